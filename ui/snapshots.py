"""How a run got where it is: the fitted line after 10, 100, 1,000 … iterations and at the end (tutorial 000's
picture), the learned line's equation H(x) = W·x + b, and the held-out score at each of those moments."""
import numpy as np
import pandas as pd
import streamlit as st

from engine.evaluation import line_equation, part_arrays, score_key, snapshot_lines, snapshot_table
from ui import charts
from ui.names import number_table
from ui.state import tr


def step_label(step: int) -> str:
    return tr("lessons.after_steps", n=f"{step:,}")


def line_chart(run, points: pd.DataFrame, X: np.ndarray) -> object:
    """The data (x, y, part) with the model's line (a curve, with hidden layers) at every snapshot and now,
    earlier ones dashed."""
    lines = snapshot_lines(run, X)
    lines["label"] = [step_label(int(s)) for s in lines["step"]]
    return charts.fit_line_chart(points, lines, run.feature_names[0], run.target_name,
                                 line_title=tr("lessons.curves_title" if run.config.hidden else "lessons.lines_title"))


def equation(run) -> str | None:
    """'H(x) = W·x + b' with the learned numbers and what x and H(x) stand for; None unless a one-feature line."""
    line = line_equation(run)
    if line is None:
        return None
    w, b = line
    sign = "−" if b < 0 else "+"
    return tr("lessons.equation", w=f"{w:.4g}", sign=sign, b=f"{abs(b):.4g}", b_signed=f"{b:.4g}",
              feature=run.feature_names[0], target=run.target_name)


def snapshot_frame(run) -> pd.DataFrame:
    """snapshot_table with translated column names, ready for st.dataframe."""
    table = snapshot_table(run)
    key = score_key(run.task)
    held_out = bool(len(run.data.test_idx))
    names = {"step": tr("lessons.col_step"), "epoch": tr("lessons.col_epoch"),
             key: tr(f"lessons.col_{key}_{'test' if held_out else 'train'}")}
    return table.rename(columns=names)


def snapshot_panel(run) -> None:
    """The table of scores (and W, b) at each snapshot, with a line saying what to read in it."""
    if not run.snapshots:
        _not_kept_note(run)
        return
    st.markdown(f"**{tr('lessons.snapshots_title')}**")
    frame = snapshot_frame(run)
    # Scores as Evaluate writes them (143,800,000 for won, 0.1234 for a loss); step and epoch with commas.
    st.dataframe(number_table(frame, {c: "{:,}" for c in frame.columns[:2]}, small=".4g"), hide_index=True)
    st.caption(tr("lessons.snapshots_help"))
    _not_kept_note(run)


def _not_kept_note(run) -> None:
    """Say so when the workspace kept only some of a big model's snapshots (engine.stored_run.SNAPSHOT_BUDGET)."""
    if run.snapshots_not_kept:
        st.caption(tr("lessons.snapshots_not_kept", n=run.snapshots_not_kept))


def evaluate_panel(run) -> None:
    """On Evaluate: for one feature, the data with the line at each snapshot beside the equation and the table."""
    if run.task != "regression" or len(run.feature_names) != 1:
        snapshot_panel(run)
        return
    parts = []
    for part in ("train", "test"):
        _, X, y = part_arrays(run, part)
        parts.append(pd.DataFrame({"x": X[:, 0], "y": y, "part": tr(f"train_page.part_{part}")}))
    points = pd.concat(parts, ignore_index=True)
    left, right = st.columns(2)
    left.markdown(f"**{tr('train_page.pred_title')}**")
    left.altair_chart(line_chart(run, charts.thin(points, 600), points[["x"]].to_numpy()), width="stretch")
    with right:
        line = equation(run)
        if line is not None:
            st.markdown(line)
        snapshot_panel(run)

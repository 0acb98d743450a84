"""The Train page's live view: progress bar, loss curves and a picture of the model's predictions."""
import math

import numpy as np
import pandas as pd
import streamlit as st

from engine.evaluation import decision_grid, eval_part, part_arrays
from engine.metrics import classification_metrics
from ui import charts, snapshots
from engine.pacing import Progress
from engine.train import loss_on_scaled_target
from ui.state import tr


def _duration(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "…"
    if seconds < 60:
        return tr("train_page.seconds", s=f"{seconds:.0f}")
    return tr("train_page.minutes", m=int(seconds // 60), s=int(seconds % 60))


def _predictions(run, ds):
    """The live picture of what the model does now, chosen by the kind of data; None when nothing fits."""
    if ds.image_shape is not None:
        shown = run.data.test_idx if len(run.data.test_idx) else run.data.train_idx
        rows = shown[np.linspace(0, len(shown) - 1, 16).astype(int)]  # spread out: the rows may be sorted by label
        pred = run.predict(ds.X[rows])
        truth = ds.y[rows]
        captions = [f"{p}" if p == t else f"{p} ({t})" for p, t in zip(pred, truth)]
        return charts.image_grid_chart(ds.X[rows].reshape(-1, *ds.image_shape), captions, pred == truth, size=54)
    if ds.task == "regression" and ds.X.shape[1] == 1:
        part = np.where(np.isin(np.arange(len(ds)), run.data.test_idx), tr("train_page.part_test"),
                        tr("train_page.part_train"))
        points = charts.thin(pd.DataFrame({"x": ds.X[:, 0], "y": ds.y[:, 0], "part": part}), 600)
        return snapshots.line_chart(run, points, ds.X)
    if ds.task != "regression" and ds.X.shape[1] == 2:
        points = charts.thin(pd.DataFrame({"x1": ds.X[:, 0], "x2": ds.X[:, 1],
                                           "label": [ds.class_names[c] for c in ds.y]}), 400)
        return charts.boundary_chart(decision_grid(run, ds.X, steps=40), points, tuple(ds.feature_names),
                                     tr("train_page.boundary_legend"))
    _, X, y = part_arrays(run, eval_part(run))
    if ds.task == "regression":
        return charts.pred_actual_chart(y, run.predict(X), tr("train_page.actual"), tr("train_page.predicted"))
    matrix = classification_metrics(y, run.predict(X), max(ds.n_classes, 2))["confusion"]
    return charts.confusion_chart(matrix, ds.class_names, tr("train_page.predicted"), tr("train_page.actual"),
                                  share_title=tr("lessons.share_of_row"))


def _is_confusion(ds) -> bool:
    """True when _predictions draws a confusion matrix (classification without two features or images)."""
    return ds.task != "regression" and ds.image_shape is None and ds.X.shape[1] != 2


class TrainView:
    """Placeholders for the progress bar, loss curves and predictions; draw() fills them."""

    def __init__(self, ds, live: bool, bar: bool = True):
        self.ds, self.live = ds, live
        self.bar = st.empty() if bar else None
        self.group_note = st.empty()
        left, right = st.columns(2)
        left.markdown(f"**{tr('train_page.loss_title')}**")
        right.markdown(f"**{tr('train_page.pred_title')}**")
        self.loss_slot, self.pred_slot = left.empty(), right.empty()
        self.accuracy_slot, self.equation_slot = left.empty(), right.empty()
        self.scale_note = left.empty()
        self.names = {"train_loss": tr("train_page.series_train"), "val_loss": tr("train_page.series_val")}
        self.accuracy_names = {"train_acc": tr("train_page.series_train"), "val_acc": tr("train_page.series_val")}

    def draw(self, run, progress: Progress) -> None:
        if self.bar is not None:
            self._progress(progress)
        if not (self.live or progress.final) or run is None or not run.history:
            return
        if run.trained_together > 1:  # kept from "several at once": the time shown with it is the group's
            self.group_note.caption(tr("train_page.trained_together", others=run.trained_together - 1,
                                       n=run.trained_together))
        self.loss_slot.altair_chart(charts.loss_chart(charts.history_long(run.history, self.names),
                                                      tr("train_page.epoch"), tr("train_page.loss_axis")),
                                    width="stretch")
        if loss_on_scaled_target(run):
            self.scale_note.caption(tr("train_page.loss_scaled", target=run.target_name))
        if "train_acc" in run.history[-1]:  # tutorial 003 plots accuracy per epoch beside the loss
            self.accuracy_slot.altair_chart(charts.loss_chart(
                charts.history_long(run.history, self.accuracy_names), tr("train_page.epoch"),
                tr("lessons.accuracy_axis"), share=True, height=220), width="stretch")
        chart = _predictions(run, self.ds)
        if chart is not None:
            fixed = self.ds.image_shape is not None or _is_confusion(self.ds)  # drawn at their own size
            self.pred_slot.altair_chart(chart, width="content" if fixed else "stretch")
        line = snapshots.equation(run)
        if line is not None:
            self.equation_slot.markdown(line)

    def _progress(self, progress: Progress) -> None:
        share = progress.step / max(progress.total_steps, 1)
        text = tr("train_page.progress", step=f"{progress.step:,}", total=f"{progress.total_steps:,}",
                  epoch=f"{progress.epoch:,}", rate=f"{progress.steps_per_s:,.0f}", eta=_duration(progress.eta))
        if progress.batch_loss is not None:
            text += " · " + tr("train_page.batch_loss", loss=f"{progress.batch_loss:.4g}")
        self.bar.progress(min(share, 1.0), text=text)

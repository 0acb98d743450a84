"""The Train page's "try several at once" panel: copies of the learner's model that differ in learning rate,
optimizer or seed, trained as one stacked computation (engine.train.fit_many, in a child process like a Train
run), drawn as overlaid loss curves and a table; any copy can be kept as a normal run.
"""
from __future__ import annotations

import math
import time
from dataclasses import replace

import numpy as np
import pandas as pd
import streamlit as st

from engine.choices import OPTIMIZERS
from engine.config import TrainConfig
from engine.errors import LearnerError
from engine.train import History, Run
from engine.worker import BackgroundSweep
from ui import charts
from ui.names import number_table, number_text, optimizer_name
from ui.live import child_nice, redraw_interval
from ui.state import next_run_number, show_error, tr
from ui.workspace import keep_run

KINDS = ("lr", "optimizer", "seed")
LIMITS = {"lr": (2, 8), "optimizer": (2, 6), "seed": (2, 8)}  # members per kind, as the issue sets them
LR_GRID = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
LAST = "sweep_last"  # the last sweep's result, shown until the next one
RUNNING = "sweep_running"  # the sweep training now: its BackgroundSweep and what the result needs


def lr_choices(lr: float) -> tuple[list[float], list[float]]:
    """The offered learning rates (a 1-3-10 grid plus the learner's own) and the default pick: ÷10, own, ×10."""
    picked = [v for v in (lr / 10, lr, lr * 10) if 1e-6 <= v <= 10.0]
    return sorted({*LR_GRID, *picked}), picked


def members(cfg: TrainConfig, kind: str, values: list) -> list[TrainConfig]:
    """One config per value: the learner's config with only that one thing changed."""
    field = {"lr": "lr", "optimizer": "optimizer", "seed": "seed"}[kind]
    return [replace(cfg, **{field: value}) for value in values]


def member_label(kind: str, config: TrainConfig) -> str:
    if kind == "lr":
        return tr("sweep.member_lr", lr=f"{config.lr:g}")
    if kind == "optimizer":
        return tr(OPTIMIZERS[config.optimizer].label)
    return tr("sweep.member_seed", seed=config.seed)


def curves_chart(histories: list[History], labels: list[str]):
    """Each member's training loss, one colour per member."""
    frame = pd.concat([charts.history_long(h, {"train_loss": label}) for h, label in zip(histories, labels)],
                      ignore_index=True)
    return charts.loss_chart(frame, tr("train_page.epoch"), tr("train_page.loss_axis"))


def results_table(result: dict) -> pd.DataFrame:
    """Per member: final training and test loss (the history's val_loss is the held-out test rows' loss), the test
    metric, and whether it diverged."""
    rows = []
    for label, run in zip(result["labels"], result["runs"]):
        final = run.history[-1] if run.history else {}
        metric = "rmse" if run.task == "regression" else "accuracy"
        rows.append({
            tr("sweep.col_member"): label,
            tr("sweep.col_train"): final.get("train_loss"),
            tr("sweep.col_val"): final.get("val_loss"),
            tr("sweep.col_test", metric="RMSE" if metric == "rmse" else tr("sweep.accuracy")): run.metrics.get(metric),
            tr("sweep.col_diverged"): tr("sweep.yes" if _diverged(run) else "sweep.no"),
        })
    return pd.DataFrame(rows)


def best_member(result: dict) -> tuple[str, list[str], float] | None:
    """The members with the lowest final test loss, or training loss when the runs have no test rows: (sentence key,
    their labels, the loss); several labels when they tie. None when no member has a finite loss (all diverged)."""
    column = "val_loss" if any("val_loss" in run.history[-1] for run in result["runs"] if run.history) else "train_loss"
    finals = [(run.history[-1].get(column, math.nan), label)
              for label, run in zip(result["labels"], result["runs"]) if run.history]
    finite = [(loss, label) for loss, label in finals if math.isfinite(loss)]
    if not finite:
        return None
    lowest = min(loss for loss, _ in finite)
    tied = [label for loss, label in finite if ties(loss, lowest)]
    return ("sweep.best_test" if column == "val_loss" else "sweep.best_train"), tied, lowest


def ties(a: float, b: float) -> bool:
    """Equal as the results table writes them and within a relative 1e-5 (float32 noise of one same end): a small
    loss has few digits in the table (0.0019 for both 0.00186 and 0.00194), so looking the same is not enough."""
    return shown_loss(a) == shown_loss(b) and math.isclose(a, b, rel_tol=1e-5)


def shown_loss(loss: float) -> str:
    """A loss as the results table (number_table's default) writes it, so the sentence reads like the table."""
    return number_text(loss, ".4f")


def best_sentences(result: dict) -> list[str]:
    """What the table's lowest loss says: the one best member, the members that tie, or for seeds that all end the
    same, that the seed changed nothing (with why, when the full batch and one test split leave it only the start)."""
    best = best_member(result)
    if best is None:
        return []
    key, tied, loss = best
    runs = result["runs"]
    if result.get("kind") == "seed" and len(tied) == len(runs) > 1:
        lines = [tr("sweep.seed_same", n=len(runs), loss=shown_loss(loss))]
        config = runs[0].config
        one_split = all(np.array_equal(run.data.test_idx, runs[0].data.test_idx) for run in runs)
        if config.batch_size is None and config.dropout == 0 and one_split:
            lines.append(tr("sweep.seed_same_why"))
        return lines
    if len(tied) > 1:
        return [tr(key.replace("best", "tie"), members=", ".join(f"**{label}**" for label in tied),
                   loss=shown_loss(loss))]
    return [tr(key, member=f"**{tied[0]}**", loss=shown_loss(loss))]


def _diverged(run: Run) -> bool:
    return run.stopped is not None and run.stopped[0] == "train.diverged"


def _keep(i: int) -> None:
    """Keep member i as a run of its own, as the Train button would (a button callback)."""
    result = st.session_state[LAST]
    run, cfg = result["runs"][i], result["runs"][i].config
    name = tr("train_page.run_name", n=next_run_number(), dataset=result["dataset"], model=result["model"],
              optimizer=optimizer_name(cfg.optimizer, short=True), lr=f"{cfg.lr:g}")
    if result.get("kind") == "seed":  # the name says the lr and optimizer already: a seed member differs in its seed
        name += " " + result["labels"][i]
    # The time is the whole group's (run.trained_together says so); the Train view never drew this run live.
    keep_run(run, name, result["dataset"], result["seconds"], live=False)  # in the workspace, like a Train run
    result["kept"].add(i)


def _start(configs: list[TrainConfig], ds, kind: str, model: str) -> None:
    """The Go button's callback: the members train together in a child process (engine.worker), so a click
    elsewhere on the page (which reruns it) does not interrupt them."""
    st.session_state[RUNNING] = {"work": BackgroundSweep(configs, ds, nice=child_nice()), "dataset": ds.name,
                                 "model": model, "kind": kind,
                                 "labels": [member_label(kind, config) for config in configs],
                                 "epochs": configs[0].epochs, "started": time.perf_counter()}


def _watch() -> None:
    """The running sweep's progress and curves, redrawn every redraw_interval() seconds; its result when done."""
    running = st.session_state.get(RUNNING)
    if running is None:
        return
    work, epochs = running["work"], running["epochs"]
    if work.running:
        st.progress(work.epoch / epochs, text=tr("sweep.progress", epoch=work.epoch, epochs=epochs))
        if any(work.histories):
            st.altair_chart(curves_chart(work.histories, running["labels"]), width="stretch")
        return
    del st.session_state[RUNNING]
    if isinstance(work.error, LearnerError):
        st.session_state[LAST] = {"dataset": running["dataset"], "error": work.error}
    elif work.error is not None:
        raise work.error
    else:
        st.session_state[LAST] = {"dataset": running["dataset"], "model": running["model"], "runs": work.runs,
                                  "kind": running["kind"], "labels": running["labels"],
                                  "seconds": time.perf_counter() - running["started"],
                                  "kept": set()}
    st.rerun(scope="app")  # the table and the keep buttons are drawn outside this fragment


def _pick(cfg: TrainConfig, kind: str) -> list:
    """The widget for the chosen kind; returns the picked values."""
    if kind == "lr":
        options, default = lr_choices(cfg.lr)
        return st.multiselect(tr("sweep.lrs"), options, default=default, key="sweep_lrs", format_func="{:g}".format)
    if kind == "optimizer":
        default = list(dict.fromkeys([cfg.optimizer, "sgd", "adam"]))
        return st.multiselect(tr("sweep.optimizers", lr=f"{cfg.lr:g}"), list(OPTIMIZERS), default=default,
                              key="sweep_optimizers", format_func=lambda name: tr(OPTIMIZERS[name].label))
    count = st.number_input(tr("sweep.seeds", seed=cfg.seed), min_value=2, max_value=8, value=3, step=1,
                            key="sweep_seed_count")
    return [cfg.seed + i for i in range(int(count))]


def sweep_panel(cfg: TrainConfig, ds, model: str) -> None:
    """The expander on the Train page; `model` is the model's short name used in kept runs' names."""
    # Open while a sweep runs or has a result: a rerun (e.g. the sidebar's Train link) must not fold it away.
    shown = RUNNING in st.session_state or LAST in st.session_state
    with st.expander(tr("sweep.title"), icon=":material/stacked_line_chart:", expanded=shown):
        st.caption(tr("sweep.intro"))
        kind = st.radio(tr("sweep.vary"), KINDS, key="sweep_kind", horizontal=True,
                        format_func={k: tr(f"sweep.vary_{k}") for k in KINDS}.get)
        values = _pick(cfg, kind)
        low, high = LIMITS[kind]
        if cfg.dropout > 0:
            st.caption(tr("sweep.dropout_note"))
        if not low <= len(values) <= high:
            st.warning(tr("sweep.count", low=low, high=high), icon=":material/warning:")
        elif RUNNING not in st.session_state:
            st.button(tr("sweep.go"), key="sweep_go", icon=":material/play_arrow:", on_click=_start,
                      args=(members(cfg, kind, values), ds, kind, model))
        if RUNNING in st.session_state:
            st.fragment(_watch, run_every=redraw_interval())()
            return
        result = st.session_state.get(LAST)
        if result is None or result["dataset"] != ds.name:
            return
        if "error" in result:
            show_error(result["error"])
            return
        st.caption(tr("sweep.done", n=len(result["runs"]), seconds=f"{result['seconds']:.1f}"))
        st.markdown(f"**{tr('sweep.curves')}**")
        st.altair_chart(curves_chart([run.history for run in result["runs"]], result["labels"]), width="stretch")
        st.dataframe(number_table(results_table(result)), hide_index=True, width="stretch")
        for sentence in best_sentences(result):
            st.markdown(sentence)
        for column, (i, label) in zip(st.columns(min(len(result["labels"]), 4)) * 2, enumerate(result["labels"])):
            kept = i in result["kept"]
            column.button(tr("sweep.kept" if kept else "sweep.keep", member=label), key=f"sweep_keep_{i}",
                          on_click=_keep, args=(i,), disabled=kept, help=tr("sweep.keep_help"))

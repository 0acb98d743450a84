"""Train: loss, optimiser, schedule and batches for the learner's model; train with live charts and stop any time."""
import json
import math
from dataclasses import replace

import numpy as np
import pandas as pd
import streamlit as st

from engine import datasets
from engine.config import LOSSES_FOR_TASK, MAX_EPOCHS, OPTIMIZERS, SCALINGS, SCHEDULERS, TrainConfig, suggested_loss
from engine.errors import LearnerError
from engine.evaluation import boundary_grid, eval_part, line_grid, part_arrays
from engine.metrics import classification_metrics
from engine.optim import SCHEDULER_DEFAULTS, lr_curve, scheduler_params
from engine.split import split_indices
from engine.train import train
from pages import charts
from pages.live import LAST, LiveTrainer, Progress, keep_training, start_training
from pages.ui import config, dataset, labels, require_dataset, runs, set_config, show_error, show_stopped, tr


PRESETS = {  # the settings of the reference tutorials, so a learner can reproduce their numbers
    "seed000": ("rent", dict(hidden=[], loss="mse", optimizer="sgd", lr=5e-4, weight_decay=0.0, epochs=50_000,
                             scaling="none", scale_target=False, dropout=0.0, scheduler=None, scheduler_params={},
                             test_size=0.2, seed=0)),
    "seed001": ("house_prices", dict(hidden=[50, 30], activation="relu", dropout=0.5, loss="mse", optimizer="adam",
                                     lr=1e-3, weight_decay=1e-7, betas=(0.9, 0.999), batch_size=32, epochs=400,
                                     scaling="minmax", scale_target=True, test_size=0.5, scheduler=None,
                                     scheduler_params={}, seed=0)),
    "seed003": ("mnist_5k", dict(hidden=[50], activation="sigmoid", dropout=0.0, loss="ce", optimizer="sgd", lr=0.1,
                                 weight_decay=0.0, batch_size=100, epochs=20, scaling="minmax", scale_target=False,
                                 test_size=0.2, scheduler=None, scheduler_params={}, seed=0)),
}
BATCH_MODES = ("full", "one", "mini")


def _apply_preset():
    name = st.session_state.train_page_preset
    if name == "none":
        return
    ds_name, values = PRESETS[name]
    values = dict(values)
    if "batch_size" not in values:  # seed 000: a random half of the training rows per step
        n_train = len(split_indices(TrainConfig(**values), datasets.load(ds_name))[0])
        values["batch_size"] = n_train // 2
    if set_config(**values) is not None:
        st.session_state.train_page_applied = name


def _load_preset_data(name):
    st.session_state.dataset = datasets.load(name)


def _set(key, changes):
    set_config(**changes(st.session_state[key]))


def mirrored(widget, label, key, shown, changes, **kwargs):
    """A widget that shows the config's value and writes its changes back with set_config (one TrainConfig)."""
    key = f"train_page_{key}"
    st.session_state[key] = shown
    return widget(label, key=key, on_change=_set, args=(key, changes), **kwargs)


def _scale_lr(factor):
    set_config(lr=float(min(10.0, max(1e-6, config().lr * factor))))


def _set_scheduler_param(name, key):
    value = st.session_state[key]
    if isinstance(SCHEDULER_DEFAULTS[config().scheduler][name], list):
        try:
            value = sorted(int(v) for v in str(value).replace(" ", "").split(",") if v)
        except ValueError:
            st.session_state.train_page_sched_error = True
            return
    cfg = config()
    defaults = scheduler_params(replace(cfg, scheduler_params={}))
    chosen = {**cfg.scheduler_params, name: value}
    set_config(scheduler_params={k: v for k, v in chosen.items() if v != defaults[k]})


@st.cache_data(max_entries=32)
def _rates(config_json: str) -> list[float]:
    return lr_curve(TrainConfig.from_dict(json.loads(config_json)))


def _layers(cfg, ds) -> str:
    return "-".join(str(n) for n in [ds.X.shape[1], *cfg.hidden, ds.n_outputs])


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
        return charts.fit_line_chart(points, line_grid(run, ds.X), ds.feature_names[0], ds.target_name)
    if ds.task != "regression" and ds.X.shape[1] == 2:
        points = charts.thin(pd.DataFrame({"x1": ds.X[:, 0], "x2": ds.X[:, 1],
                                           "label": [ds.class_names[c] for c in ds.y]}), 400)
        return charts.boundary_chart(boundary_grid(run, ds.X, steps=40), points, tuple(ds.feature_names),
                                     tr("train_page.boundary_legend"))
    _, X, y = part_arrays(run, eval_part(run))
    if ds.task == "regression":
        return charts.pred_actual_chart(y, run.predict(X), tr("train_page.actual"), tr("train_page.predicted"))
    matrix = classification_metrics(y, run.predict(X), max(ds.n_classes, 2))["confusion"]
    return charts.confusion_chart(matrix, ds.class_names, tr("train_page.predicted"), tr("train_page.actual"))


class TrainView:
    """Placeholders for the progress bar, loss curves and predictions; draw() fills them."""

    def __init__(self, ds, live: bool, bar: bool = True):
        self.ds, self.live = ds, live
        self.bar = st.empty() if bar else None
        left, right = st.columns(2)
        left.markdown(f"**{tr('train_page.loss_title')}**")
        right.markdown(f"**{tr('train_page.pred_title')}**")
        self.loss_slot, self.pred_slot = left.empty(), right.empty()
        self.names = {"train_loss": tr("train_page.series_train"), "val_loss": tr("train_page.series_val")}

    def draw(self, run, progress: Progress) -> None:
        if self.bar is not None:
            self._progress(progress)
        if not (self.live or progress.final) or not run.history:
            return
        self.loss_slot.altair_chart(charts.loss_chart(charts.history_long(run.history, self.names),
                                                      tr("train_page.epoch"), tr("train_page.loss_axis")),
                                    width="stretch")
        chart = _predictions(run, self.ds)
        if chart is not None:
            self.pred_slot.altair_chart(chart, width="stretch" if self.ds.image_shape is None else "content")

    def _progress(self, progress: Progress) -> None:
        share = progress.step / max(progress.total_steps, 1)
        text = tr("train_page.progress", step=f"{progress.step:,}", total=f"{progress.total_steps:,}",
                  epoch=f"{progress.epoch:,}", rate=f"{progress.steps_per_s:,.0f}", eta=_duration(progress.eta))
        if progress.batch_loss is not None:
            text += " · " + tr("train_page.batch_loss", loss=f"{progress.batch_loss:.4g}")
        self.bar.progress(min(share, 1.0), text=text)


st.title(tr("nav.train"))
st.caption(tr("train_page.intro"))

with st.expander(tr("train_page.presets"), icon=":material/menu_book:"):
    st.selectbox(tr("train_page.preset_pick"), ["none", *PRESETS], key="train_page_preset",
                 format_func=labels("train_page.preset_", ["none", *PRESETS]).get)
    if st.session_state.train_page_preset != "none":
        st.caption(tr(f"train_page.preset_{st.session_state.train_page_preset}_help"))
    st.button(tr("train_page.preset_apply"), on_click=_apply_preset, icon=":material/check:",
              disabled=st.session_state.train_page_preset == "none")
applied = st.session_state.get("train_page_applied")
if applied:
    want = PRESETS[applied][0]
    current = dataset()
    if current is None or current.name != want:
        st.warning(tr("train_page.preset_wrong_data", preset=tr(f"train_page.preset_{applied}"), want=want,
                      have=current.name if current else "—"), icon=":material/swap_horiz:")
        st.button(tr("train_page.preset_load", name=want), on_click=_load_preset_data, args=(want,),
                  icon=":material/download:")
    else:
        st.success(tr("train_page.preset_ready", preset=tr(f"train_page.preset_{applied}")),
                   icon=":material/check_circle:")

ds = require_dataset()
cfg = config()
if st.session_state.pop("train_page_sched_error", False):
    st.error(tr("train_page.milestones_bad"), icon=":material/error:")

st.markdown(tr("train_page.model_line", layers=_layers(cfg, ds),
               activation=cfg.activation if cfg.hidden else tr("train_page.linear"),
               dropout=f"{cfg.dropout:g}", dataset=ds.name))
st.page_link("pages/model.py", label=tr("train_page.change_model"), icon=":material/account_tree:")

left, middle, right = st.columns(3)
with left:
    allowed = LOSSES_FOR_TASK[ds.task]
    suggested = suggested_loss(ds.task)
    mirrored(st.selectbox, tr("train_page.loss"), "loss", cfg.loss if cfg.loss in allowed else suggested,
             lambda v: {"loss": v}, options=allowed,
             format_func={v: tr(f"train_page.loss_{v}") + (tr("train_page.suggested") if v == suggested else "")
                          for v in allowed}.get)
    st.caption(tr(f"train_page.why_{suggested}"))
with middle:
    mirrored(st.selectbox, tr("train_page.optimizer"), "optimizer", cfg.optimizer, lambda v: {"optimizer": v},
             options=OPTIMIZERS, format_func=labels("train_page.opt_", OPTIMIZERS).get)
    lr_box, down, up = st.columns([2, 1, 1], vertical_alignment="bottom")
    with lr_box:
        mirrored(st.number_input, tr("train_page.lr"), "lr", float(cfg.lr), lambda v: {"lr": v},
                 min_value=1e-6, max_value=10.0, step=cfg.lr / 2, format="%g", help=tr("train_page.lr_help"))
    down.button("÷10", on_click=_scale_lr, args=(0.1,), help=tr("train_page.lr_down"), width="stretch")
    up.button("×10", on_click=_scale_lr, args=(10.0,), help=tr("train_page.lr_up"), width="stretch")
with right:
    if cfg.optimizer in ("momentum", "nesterov"):
        mirrored(st.slider, tr("train_page.momentum"), "momentum", float(cfg.momentum), lambda v: {"momentum": v},
                 min_value=0.0, max_value=0.99, step=0.01, help=tr("train_page.momentum_help"))
    if cfg.optimizer in ("adam", "adamw"):
        b1, b2 = st.columns(2)
        with b1:
            mirrored(st.number_input, "β1", "beta1", float(cfg.betas[0]), lambda v: {"betas": (v, config().betas[1])},
                     min_value=0.0, max_value=0.9999, step=0.01, format="%g")
        with b2:
            mirrored(st.number_input, "β2", "beta2", float(cfg.betas[1]), lambda v: {"betas": (config().betas[0], v)},
                     min_value=0.0, max_value=0.9999, step=0.001, format="%g")
        st.caption(tr("train_page.betas_help"))
    mirrored(st.number_input, tr("train_page.weight_decay"), "weight_decay", float(cfg.weight_decay),
             lambda v: {"weight_decay": v}, min_value=0.0, max_value=1.0, step=1e-4, format="%g",
             help=tr("train_page.weight_decay_help"))

left, right = st.columns(2)
with left:
    mirrored(st.selectbox, tr("train_page.scheduler"), "scheduler", cfg.scheduler or "none",
             lambda v: {"scheduler": None if v == "none" else v, "scheduler_params": {}},
             options=["none", *SCHEDULERS], format_func=labels("train_page.sched_", ["none", *SCHEDULERS]).get)
    if cfg.scheduler:
        st.caption(tr(f"train_page.sched_{cfg.scheduler}_help"))
        shown = scheduler_params(cfg)
        for column, (name, value) in zip(st.columns(len(shown)), shown.items()):
            key = f"train_page_sched_{cfg.scheduler}_{name}"
            if isinstance(value, list):
                st.session_state[key] = ", ".join(str(v) for v in value)
                column.text_input(name, key=key, on_change=_set_scheduler_param, args=(name, key))
            else:
                whole = name in ("step_size", "T_max", "warmup_epochs")
                st.session_state[key] = int(value) if whole else float(value)
                column.number_input(name, key=key, on_change=_set_scheduler_param, args=(name, key),
                                    min_value=1 if whole else 0.0, step=1 if whole else 0.01,
                                    format="%d" if whole else "%g")
with right:
    if cfg.scheduler:
        st.altair_chart(charts.lr_chart(_rates(cfg.to_json()), tr("train_page.epoch"), tr("train_page.lr")),
                        width="stretch")

n_train = len(split_indices(cfg, ds)[0])
left, middle, right = st.columns(3)
with left:
    mode = "full" if cfg.batch_size is None else "one" if cfg.batch_size == 1 else "mini"
    mirrored(st.radio, tr("train_page.batch"), "batch_mode", mode,
             lambda v: {"batch_size": {"full": None, "one": 1}.get(v, max(2, min(32, n_train // 2)))},
             options=BATCH_MODES, format_func=labels("train_page.batch_", BATCH_MODES).get, horizontal=True)
with middle:
    if mode == "mini":
        mirrored(st.number_input, tr("train_page.batch_size"), "batch_size", int(cfg.batch_size),
                 lambda v: {"batch_size": int(v)}, min_value=1, step=1)
with right:
    mirrored(st.number_input, tr("train_page.epochs"), "epochs", int(cfg.epochs), lambda v: {"epochs": int(v)},
             min_value=1, max_value=MAX_EPOCHS, step=1)

batch = min(cfg.batch_size or n_train, n_train)
per_epoch = math.ceil(n_train / batch)
st.info(tr("train_page.steps", n=f"{n_train:,}", b=f"{batch:,}", per_epoch=f"{per_epoch:,}",
           epochs=f"{cfg.epochs:,}", total=f"{per_epoch * cfg.epochs:,}"), icon=":material/calculate:")
if cfg.batch_size is not None and cfg.batch_size > n_train:
    st.caption(tr("config.batch_too_big", batch=cfg.batch_size, n=n_train))

with st.expander(tr("train_page.split_title"), icon=":material/call_split:"):
    a, b, c = st.columns(3)
    with a:
        mirrored(st.slider, tr("train_page.test_size"), "test_size", float(cfg.test_size),
                 lambda v: {"test_size": v}, min_value=0.0, max_value=0.9, step=0.05)
        if ds.test_mask is not None:
            st.caption(tr("train_page.own_split", n=int(ds.test_mask.sum())))
    with b:
        mirrored(st.selectbox, tr("train_page.scaling"), "scaling", cfg.scaling, lambda v: {"scaling": v},
                 options=SCALINGS, format_func=labels("train_page.scaling_", SCALINGS).get)
        if ds.task == "regression":
            mirrored(st.checkbox, tr("train_page.scale_target"), "scale_target", bool(cfg.scale_target),
                     lambda v: {"scale_target": v}, help=tr("train_page.scale_target_help"))
    with c:
        mirrored(st.number_input, tr("train_page.seed"), "seed", int(cfg.seed), lambda v: {"seed": int(v)},
                 min_value=0, max_value=2**31 - 1, step=1)

st.divider()
go, live_col = st.columns([1, 3], vertical_alignment="center")
live = live_col.toggle(tr("train_page.live"), value=True, key="train_page_live", help=tr("train_page.live_help"))
if go.button(tr("train_page.train"), type="primary", icon=":material/play_arrow:"):
    try:
        training = train(cfg, ds)
    except LearnerError as error:
        show_error(error)
    else:
        model = tr("train_page.linear") if not cfg.hidden else _layers(cfg, ds)
        name = tr("train_page.run_name", n=len(runs()) + 1, dataset=ds.name, model=model, optimizer=cfg.optimizer,
                  lr=f"{cfg.lr:g}")
        start_training(training, ds.name, name, live)
        st.button(tr("train_page.stop"), icon=":material/stop:", help=tr("train_page.stop_help"))
        LiveTrainer(training, TrainView(ds, live).draw).run()
        keep_training()
        st.rerun()  # show the finished run below, without the Stop button

last = st.session_state.get(LAST)
if last is None or last["dataset"] != ds.name:
    st.caption(tr("train_page.none_yet"))
    st.stop()

run = last["run"]
st.subheader(last["name"])
show_stopped(run)
st.caption(tr("train_page.done", seconds=f"{last['seconds']:.1f}", epochs=f"{len(run.history):,}",
              mode=tr("train_page.live_on" if last["live"] else "train_page.live_off")))
if run.history:
    final = run.history[-1]
    cols = st.columns(3)
    cols[0].metric(tr("train_page.final_train"), f"{final['train_loss']:.4g}")
    if "val_loss" in final:
        cols[1].metric(tr("train_page.final_val"), f"{final['val_loss']:.4g}")
    TrainView(ds, True, bar=False).draw(run, Progress(0, 0, len(run.history), last["seconds"], None, final=True))
    st.page_link("pages/evaluate.py", label=tr("train_page.to_evaluate"), icon=":material/target:")

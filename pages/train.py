"""Train: loss, optimiser, schedule and batches for the learner's model; train with live charts and stop any time."""
import json
from dataclasses import replace

import streamlit as st

from engine.choices import LOSSES, OPTIMIZERS, SCHEDULERS
from engine.config import (LOSSES_FOR_TASK, MAX_EPOCHS, SCALINGS, TrainConfig, batch_rows, steps_per_epoch,
                           suggested_loss)
from engine.errors import LearnerError
from engine.optimizer_setup import lr_curve, scheduler_params
from engine.split import split_indices
from engine.train import train
from ui import charts
from ui.live import LAST, LiveTrainer, Progress, finish_interrupted_run, start_training
from ui.sweep import sweep_panel
from ui.train_presets import preset_panel
from ui.train_view import TrainView
from ui.state import choice_labels, config, labels, require_dataset, runs, set_config, show_error, show_stopped, tr

BATCH_MODES = ("full", "one", "mini")


def _set(key, changes):
    set_config(**changes(st.session_state[key]))


def mirrored(widget, label, key, shown, changes, **kwargs):
    """A widget that shows the config's value and writes its changes back with set_config (one TrainConfig).

    The value goes in twice: as session state (it wins) and as the widget's own default, so a browser that
    has not drawn the widget yet (e.g. inside a closed expander) can only ever send the config's value back.
    """
    key = f"train_page_{key}"
    st.session_state[key] = shown
    if "options" in kwargs:
        kwargs["index"] = list(kwargs["options"]).index(shown)
    else:
        kwargs["value"] = shown
    return widget(label, key=key, on_change=_set, args=(key, changes), **kwargs)


def _scale_lr(factor):
    set_config(lr=float(min(10.0, max(1e-6, config().lr * factor))))


def _set_scheduler_param(name, key):
    value = st.session_state[key]
    if SCHEDULERS[config().scheduler].params[name].kind is list:
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


st.title(tr("nav.train"))
st.caption(tr("train_page.intro"))
preset_panel()

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
             format_func={v: tr(LOSSES[v].label) + (tr("train_page.suggested") if v == suggested else "")
                          for v in allowed}.get)
    st.caption(tr(f"train_page.why_{suggested}"))
with middle:
    mirrored(st.selectbox, tr("train_page.optimizer"), "optimizer", cfg.optimizer, lambda v: {"optimizer": v},
             options=list(OPTIMIZERS), format_func=choice_labels(OPTIMIZERS).get)
    lr_box, down, up = st.columns([2, 1, 1], vertical_alignment="bottom")
    with lr_box:
        mirrored(st.number_input, tr("train_page.lr"), "lr", float(cfg.lr), lambda v: {"lr": v},
                 min_value=1e-6, max_value=10.0, step=cfg.lr / 2, format="%g", help=tr("train_page.lr_help"))
    down.button("÷10", on_click=_scale_lr, args=(0.1,), help=tr("train_page.lr_down"), width="stretch")
    up.button("×10", on_click=_scale_lr, args=(10.0,), help=tr("train_page.lr_up"), width="stretch")
with right:
    reads = OPTIMIZERS[cfg.optimizer].reads
    if "momentum" in reads:
        mirrored(st.slider, tr("train_page.momentum"), "momentum", float(cfg.momentum), lambda v: {"momentum": v},
                 min_value=0.0, max_value=0.99, step=0.01, help=tr("train_page.momentum_help"))
    if "betas" in reads:
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
             options=["none", *SCHEDULERS], format_func={"none": tr("train_page.sched_none"),
                                                         **choice_labels(SCHEDULERS)}.get)
    if cfg.scheduler:
        st.caption(tr(SCHEDULERS[cfg.scheduler].help))
        shown = scheduler_params(cfg)
        for column, (name, value) in zip(st.columns(len(shown)), shown.items()):
            key = f"train_page_sched_{cfg.scheduler}_{name}"
            if isinstance(value, list):
                st.session_state[key] = ", ".join(str(v) for v in value)
                column.text_input(name, key=key, on_change=_set_scheduler_param, args=(name, key))
            else:
                kind = SCHEDULERS[cfg.scheduler].params[name].kind
                whole = kind is int
                st.session_state[key] = kind(value)
                column.number_input(name, key=key, on_change=_set_scheduler_param, args=(name, key),
                                    min_value=kind(SCHEDULERS[cfg.scheduler].params[name].minimum),
                                    step=1 if whole else 0.01, format="%d" if whole else "%g")
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

batch, per_epoch = batch_rows(cfg, n_train), steps_per_epoch(cfg, n_train)
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
        finish_interrupted_run()
        st.rerun()  # show the finished run below, without the Stop button
sweep_panel(cfg, ds, tr("train_page.linear") if not cfg.hidden else _layers(cfg, ds))

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

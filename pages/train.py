"""Train: loss, optimiser, schedule and batches for the learner's model; train with live charts and stop any time."""
import json
from dataclasses import replace

import streamlit as st

from engine.choices import LOSSES, OPTIMIZERS, SCHEDULERS
from engine.config import LOSSES_FOR_TASK, MAX_EPOCHS, TrainConfig, batch_rows, steps_per_epoch, suggested_loss
from engine.errors import LearnerError
from engine.optimizer_setup import lr_curve, scheduler_params
from engine.pacing import Progress
from engine.split import split_indices
from engine.train import train
from engine.worker import warm_up
from ui import charts
from ui.coach import coach_panel
from ui.help import help_for
from ui.live import LAST, REFUSED, current_job, keep_training, redraw_interval, start_training, stop_training
from ui.names import activation_name, choice_labels, number_text, optimizer_name
from ui.snapshots import snapshot_panel
from ui.sweep import sweep_panel
from ui.state import (bind, config, dataset, end_page, labels, next_run_number, remember, require_dataset, runs,
                      set_config, show_error, show_reset_note, show_stopped, tr)
from ui.train_presets import init_note, preset_panel
from ui.train_view import TrainView

BATCH_MODES = ("full", "one", "mini")


def _scale_lr(factor):
    set_config(lr=float(min(10.0, max(1e-6, config().lr * factor))))


def _scheduler_param(name):
    """The config change for one scheduler parameter's widget value (milestones come as "30, 60" text)."""
    def changes(value):
        if SCHEDULERS[config().scheduler].params[name].kind is list:
            try:
                value = sorted(int(v) for v in str(value).replace(" ", "").split(",") if v)
            except ValueError:
                st.session_state.train_page_sched_error = True
                return {}
        cfg = config()
        defaults = scheduler_params(replace(cfg, scheduler_params={}))
        chosen = {**cfg.scheduler_params, name: value}
        return {"scheduler_params": {k: v for k, v in chosen.items() if v != defaults[k]}}
    return changes


def _param_shown(name):
    def shown(cfg):
        value, kind = scheduler_params(cfg)[name], SCHEDULERS[cfg.scheduler].params[name].kind
        return ", ".join(str(v) for v in value) if kind is list else kind(value)
    return shown


@st.cache_data(max_entries=32)
def _rates(config_json: str) -> list[float]:
    return lr_curve(TrainConfig.from_dict(json.loads(config_json)))


def _layers(cfg, ds) -> str:
    return "-".join(str(n) for n in [ds.X.shape[1], *cfg.hidden, ds.n_outputs])


st.title(tr("nav.train"))
st.caption(tr("train_page.intro"))
warm_up()  # the training processes' fork server loads torch while the learner reads this page
preset_panel()

ds = require_dataset()
show_reset_note("train")
if config().loss not in ("auto", *LOSSES_FOR_TASK[ds.task]):  # e.g. a preset applied before its data is loaded
    set_config(loss=suggested_loss(ds.task))
    st.info(tr("state.loss_fitted", loss=tr(LOSSES[suggested_loss(ds.task)].label), dataset=ds.name),
            icon=":material/restart_alt:")
cfg = config()
if st.session_state.pop("train_page_sched_error", False):
    st.error(tr("train_page.milestones_bad"), icon=":material/error:")

st.markdown(tr("train_page.model_line", layers=_layers(cfg, ds),
               activation=activation_name(cfg.activation) if cfg.hidden else tr("train_page.linear"),
               dropout=f"{cfg.dropout:g}", dataset=ds.name))
st.page_link("pages/model.py", label=tr("train_page.change_model"), icon=":material/account_tree:")
init_note()

left, middle, right = st.columns(3)
with left:
    allowed = LOSSES_FOR_TASK[ds.task]
    suggested = suggested_loss(ds.task)
    bind(st.selectbox, tr("train_page.loss"), "train_page_loss", "loss", shown=lambda c: c.loss_for(ds.task),
         options=allowed, format_func={v: tr(LOSSES[v].label) + (tr("train_page.suggested") if v == suggested else "")
                                       for v in allowed}.get, help=help_for("loss"))
    st.caption(tr(f"train_page.why_{suggested}"))
with middle:
    bind(st.selectbox, tr("train_page.optimizer"), "train_page_optimizer", "optimizer", options=list(OPTIMIZERS),
         format_func=choice_labels(OPTIMIZERS).get, help=help_for("optimizer"))
    lr_box, down, up = st.columns([2, 1, 1], vertical_alignment="bottom")
    with lr_box:
        bind(st.number_input, tr("train_page.lr"), "train_page_lr", "lr", shown=lambda c: float(c.lr), min_value=1e-6,
             max_value=10.0, step=cfg.lr / 2, format="%g", help=tr("train_page.lr_help"))
    down.button("÷10", on_click=_scale_lr, args=(0.1,), help=tr("train_page.lr_down"), width="stretch")
    up.button("×10", on_click=_scale_lr, args=(10.0,), help=tr("train_page.lr_up"), width="stretch")
with right:
    reads = OPTIMIZERS[cfg.optimizer].reads
    if "momentum" in reads:
        bind(st.slider, tr("train_page.momentum"), "train_page_momentum", "momentum", shown=lambda c: float(c.momentum),
             min_value=0.0, max_value=0.99, step=0.01, help=tr("train_page.momentum_help"))
    if "betas" in reads:
        b1, b2 = st.columns(2)
        with b1:
            bind(st.number_input, "β1", "train_page_beta1", "betas", shown=lambda c: float(c.betas[0]),
                 changes=lambda v: {"betas": (v, config().betas[1])}, min_value=0.0, max_value=0.9999, step=0.01,
                 format="%g")
        with b2:
            bind(st.number_input, "β2", "train_page_beta2", "betas", shown=lambda c: float(c.betas[1]),
                 changes=lambda v: {"betas": (config().betas[0], v)}, min_value=0.0, max_value=0.9999, step=0.001,
                 format="%g")
        st.caption(tr("train_page.betas_help"))
    bind(st.number_input, tr("train_page.weight_decay"), "train_page_weight_decay", "weight_decay",
         shown=lambda c: float(c.weight_decay), min_value=0.0, max_value=1.0, step=1e-4, format="%g",
         help=tr("train_page.weight_decay_help"))

left, right = st.columns(2)
with left:
    bind(st.selectbox, tr("train_page.scheduler"), "train_page_scheduler", "scheduler",
         shown=lambda c: c.scheduler or "none",
         changes=lambda v: {"scheduler": None if v == "none" else v, "scheduler_params": {}},
         options=["none", *SCHEDULERS], format_func={"none": tr("train_page.sched_none"),
                                                     **choice_labels(SCHEDULERS)}.get, help=help_for("scheduler"))
    if cfg.scheduler:
        st.caption(tr(SCHEDULERS[cfg.scheduler].help))
        shown = scheduler_params(cfg)
        for column, name in zip(st.columns(len(shown)), shown):
            key = f"train_page_sched_{cfg.scheduler}_{name}"
            param = SCHEDULERS[cfg.scheduler].params[name]
            whole = param.kind is int
            with column:
                if param.kind is list:
                    bind(st.text_input, name, key, "scheduler_params", shown=_param_shown(name),
                         changes=_scheduler_param(name))
                else:
                    bind(st.number_input, name, key, "scheduler_params", shown=_param_shown(name),
                         changes=_scheduler_param(name), min_value=param.kind(param.minimum),
                         step=1 if whole else 0.01, format="%d" if whole else "%g")
with right:
    if cfg.scheduler:
        st.altair_chart(charts.lr_chart(_rates(cfg.to_json()), tr("train_page.epoch"), tr("train_page.lr")),
                        width="stretch")

n_train = len(split_indices(cfg, ds)[0])
left, middle, right = st.columns(3)
with left:
    mode = "full" if cfg.batch_size is None else "one" if cfg.batch_size == 1 else "mini"
    bind(st.radio, tr("train_page.batch"), "train_page_batch_mode", "batch_size", shown=lambda c: mode,
         changes=lambda v: {"batch_size": {"full": None, "one": 1}.get(v, max(2, min(32, n_train // 2)))},
         options=BATCH_MODES, format_func=labels("train_page.batch_", BATCH_MODES).get, horizontal=True,
         help=help_for("batch"))
with middle:
    if mode == "mini":
        bind(st.number_input, tr("train_page.batch_size"), "train_page_batch_size", "batch_size",
             shown=lambda c: int(c.batch_size), changes=lambda v: {"batch_size": int(v)}, min_value=1, step=1,
             help=help_for("mini_batch"))
with right:
    bind(st.number_input, tr("train_page.epochs"), "train_page_epochs", "epochs", shown=lambda c: int(c.epochs),
         changes=lambda v: {"epochs": int(v)}, min_value=1, max_value=MAX_EPOCHS, step=1, help=help_for("epoch"))

batch, per_epoch = batch_rows(cfg, n_train), steps_per_epoch(cfg, n_train)
st.info(tr("train_page.steps", n=f"{n_train:,}", b=f"{batch:,}", per_epoch=f"{per_epoch:,}",
           epochs=f"{cfg.epochs:,}", total=f"{per_epoch * cfg.epochs:,}"), icon=":material/calculate:")
if cfg.batch_size is not None and cfg.batch_size > n_train:
    st.caption(tr("config.batch_too_big", batch=cfg.batch_size, n=n_train))

with st.container(border=True):  # the split is the Data page's: shown here, changed there
    st.markdown(tr("state.split_line", test_size=f"{cfg.test_size:g}", scaling=tr(f"train_page.scaling_{cfg.scaling}"),
                   seed=cfg.seed))
    if ds.test_mask is not None:
        st.caption(tr("train_page.own_split", n=int(ds.test_mask.sum())))
    st.page_link("pages/data.py", label=tr("state.change_split"), icon=":material/call_split:")

def _start():
    """Train button callback: start one run in the background; a click while one trains does nothing."""
    if current_job() is not None:
        return
    cfg, ds, live = config(), dataset(), st.session_state.get("train_page_live", True)
    try:
        training = train(cfg, ds)
    except LearnerError as error:
        st.session_state[REFUSED] = error
        return
    model = tr("train_page.linear") if not cfg.hidden else _layers(cfg, ds)
    name = tr("train_page.run_name", n=next_run_number(), dataset=ds.name, model=model,
              optimizer=optimizer_name(cfg.optimizer, short=True), lr=f"{cfg.lr:g}")
    start_training(training, ds, name, live)


def _watch(ds):
    """The running job's progress and live charts, redrawn every redraw_interval() seconds until it ends."""
    job = current_job()
    if job is None:
        return
    if job.running:
        view = TrainView(ds, job.live)
        if job.snapshot is None:  # the training process has not reported yet (well under a second when idle)
            view.bar.progress(0.0, text=tr("train_page.starting"))
            return
        view.draw(*job.snapshot)
        interval = redraw_interval()
        # About to end: wait for it here, so the result shows at once rather than at the next redraw. (An ETA not
        # known yet, NaN before the first step's speed, is not "about to end".)
        if not job.snapshot[1].eta < interval or not job.work.wait(timeout=interval):
            return
    keep_training()
    st.rerun(scope="app")  # show the kept run, without the Stop button


st.divider()
remember("train_page_live")
job = current_job()
go, live_col = st.columns([1, 3], vertical_alignment="center")
live_col.toggle(tr("train_page.live"), value=True, key="train_page_live", help=tr("train_page.live_help"))
go.button(tr("train_page.train"), type="primary", icon=":material/play_arrow:", on_click=_start,
          disabled=job is not None)
if REFUSED in st.session_state:
    show_error(st.session_state.pop(REFUSED))
if job is not None:
    st.button(tr("train_page.stop"), icon=":material/stop:", help=tr("train_page.stop_help"), on_click=stop_training)
    st.fragment(_watch, run_every=redraw_interval())(ds)
    end_page()  # the previous run's result is not drawn under the live one
sweep_panel(cfg, ds, tr("train_page.linear") if not cfg.hidden else _layers(cfg, ds))

last = st.session_state.get(LAST)
if last is None or last["dataset"] != ds.name:  # e.g. after a reload: the latest kept run on this dataset
    last = next((entry for entry in reversed(runs()) if entry["dataset"] == ds.name), None)
if last is None:
    st.caption(tr("train_page.none_yet"))
    end_page()

run = last["run"]
st.subheader(last["name"])
show_stopped(run)
st.caption(tr("train_page.done", seconds=f"{last['seconds']:.1f}", epochs=f"{len(run.history):,}",
              mode=tr("train_page.mode_together" if run.trained_together > 1
                      else "train_page.live_on" if last["live"] else "train_page.live_off")))
if run.history:
    final = run.history[-1]
    cols = st.columns(3)
    cols[0].metric(tr("train_page.final_train"), number_text(final['train_loss']))
    if "val_loss" in final:
        cols[1].metric(tr("train_page.final_val"), number_text(final['val_loss']))
    TrainView(ds, True, bar=False).draw(run, Progress(0, 0, len(run.history), last["seconds"], None, final=True))
    coach_panel(run)
    snapshot_panel(run)
    st.page_link("pages/evaluate.py", label=tr("train_page.to_evaluate"), icon=":material/target:")

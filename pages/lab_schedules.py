"""Lab: learning-rate schedules — real torch schedulers' lr per epoch, and constant lr vs a schedule in training."""
import time
from functools import partial

import numpy as np
import pandas as pd
import streamlit as st

from engine import choices
from engine.config import SCHEDULERS, TrainConfig
from engine.codegen import scheduler_code
from engine.datasets import load
from engine.labs.verdicts import schedule_verdict, small
from engine.optimizer_setup import lr_curve
from engine.train import fit_many
from ui.charts import history_long, loss_chart, lr_chart
from ui.lab_cache import ahead, shared
from ui.state import end_page, kept, labels, put, remember, tr

remember("sched_")  # the widgets as the learner left them, after a visit to another page

def name(scheduler: str | None) -> str:
    return tr(f"lab_schedules.name_{scheduler or 'constant'}")


def schedule_sentence(verdict: dict, scheduled_name: str) -> str:
    """The comparison's conclusion in words: the lower final loss and by how much, then the steadier end."""
    names = {"constant": name(None), "scheduled": scheduled_name}
    finals, wobbles = verdict["finals"], verdict["wobbles"]
    if verdict["lower"] is None:
        text = tr("lab_schedules.verdict_same_final", loss=f"{finals['constant']:.5f}")
    else:
        text = tr("lab_schedules.verdict_lower", lower=names[verdict["lower"]], higher=names[verdict["higher"]],
                  low=f"{finals[verdict['lower']]:.5f}", high=f"{finals[verdict['higher']]:.5f}",
                  gap=small(verdict["gap"]), share=f"{verdict['share']:.0%}")
    if verdict["steadier"] is None:
        return text + " " + tr("lab_schedules.verdict_same_wobble", wobble=small(wobbles["constant"]))
    return text + " " + tr("lab_schedules.verdict_steadier", steadier=names[verdict["steadier"]],
                           shakier=names[verdict["shakier"]], low=small(wobbles[verdict["steadier"]]),
                           high=small(wobbles[verdict["shakier"]]))


def milestones(text: str, fallback: list[int]) -> list[int]:
    """Comma-separated whole numbers; a warning and the fallback when the learner typed something else."""
    try:
        values = sorted({int(part) for part in text.split(",") if part.strip()})
        if values and values[0] >= 1:
            return values
    except ValueError:
        pass
    st.warning(tr("lab_schedules.bad_milestones", used=", ".join(map(str, fallback))), icon=":material/warning:")
    return fallback


# The lab's starting values per schedule (chosen to show each shape within 10–200 epochs); None = all epochs.
LAB_DEFAULTS = {"step": {"step_size": 20, "gamma": 0.5}, "multistep": {"milestones": [20, 45], "gamma": 0.3},
                "exponential": {"gamma": 0.95}, "cosine": {"T_max": None, "eta_min": 0.0},
                "warmup": {"warmup_epochs": 10}, "multiplicative": {"factor": 0.97}}


def _epochs_slider(label):
    def widget(column, key, default, epochs):
        if kept(key, 0) > epochs:  # kept from a longer run: it must fit the slider's new range
            put(key, epochs)
        return column.slider(tr(label), 1, epochs, epochs if default is None else min(default, epochs), key=key)
    return widget


# One widget per scheduler parameter name (engine.choices lists which parameters each schedule has),
# with the key suffix that keeps its value.
WIDGETS = {
    "gamma": ("gamma", lambda column, key, default, epochs: column.slider(tr("lab_schedules.gamma"), 0.05, 0.99,
                                                                          default, key=key)),
    "step_size": ("size", _epochs_slider("lab_schedules.step_size")),
    "milestones": ("milestones", lambda column, key, default, epochs: milestones(
        column.text_input(tr("lab_schedules.milestones"), ", ".join(map(str, default)), key=key), default)),
    "T_max": ("tmax", _epochs_slider("lab_schedules.t_max")),
    "eta_min": ("eta", lambda column, key, default, epochs: column.select_slider(
        tr("lab_schedules.eta_min"), [0.0, 1e-4, 1e-3, 5e-3], default, key=key)),
    "warmup_epochs": ("warm", _epochs_slider("lab_schedules.warmup_epochs")),
    "factor": ("factor", lambda column, key, default, epochs: column.slider(tr("lab_schedules.factor"), 0.5, 0.99,
                                                                             default, key=key)),
}


def params_widgets(scheduler: str, epochs: int, column) -> dict:
    """The scheduler's own parameters as widgets (keys per scheduler, so each keeps its values)."""
    column.markdown(f"**{name(scheduler)}**")
    column.caption(tr(f"lab_schedules.rule_{scheduler}"))
    chosen = {}
    for param in choices.SCHEDULERS[scheduler].params:
        suffix, widget = WIDGETS[param]
        chosen[param] = widget(column, f"sched_{scheduler}_{suffix}", LAB_DEFAULTS[scheduler][param], epochs)
    if scheduler == "cosine" and chosen["T_max"] < epochs:  # torch's cosine is periodic: say why the curve rises
        # in the chart's 1-based epochs: lowest at T_max + 1, back at the start rate at 2·T_max + 1
        column.caption(tr("lab_schedules.cosine_periodic", low=chosen["T_max"] + 1, back=2 * chosen["T_max"] + 1))
    return chosen


def config(lr: float, epochs: int, scheduler: str | None, params: dict) -> TrainConfig:
    """The comparison run: 13-50-30-1 on house prices, Adam, batch 16, half the rows held out."""
    return TrainConfig(hidden=[50, 30], optimizer="adam", lr=lr, epochs=epochs, batch_size=16, scaling="standard",
                       scale_target=True, test_size=0.5, seed=1, scheduler=scheduler, scheduler_params=params)


@st.cache_data(max_entries=256, show_spinner=False)
def curve(lr: float, epochs: int, scheduler: str, params: dict) -> list[float]:
    return lr_curve(config(lr, epochs, scheduler, params))


def _pair(lr: float, epochs: int, scheduler: str, params: dict, progress=None) -> tuple[list[dict], list[dict]]:
    configs = [config(lr, epochs, None, {}), config(lr, epochs, scheduler, params)]
    last = [time.perf_counter()]

    def on_epoch(epoch: int, histories) -> None:
        if progress is not None and time.perf_counter() - last[0] > 0.2:
            progress(epoch / epochs)
            last[0] = time.perf_counter()
    return tuple(list(run.history) for run in fit_many(configs, load("house_prices"), on_epoch))


def trained_pair(lr: float, epochs: int, scheduler: str, params: dict, progress) -> tuple[list[dict], list[dict]]:
    """Per-epoch records on house prices of the constant-lr run and the scheduled one, trained side by side as
    one stacked computation (engine.train.fit_many: each as its own run up to float rounding, in a third of the
    time); progress(share done) about 5 times a second. Once per server for each setting (ui/lab_cache.py)."""
    return shared(_pair_key(lr, epochs, scheduler, params), partial(_pair, lr, epochs, scheduler, params, progress))


def _pair_key(lr: float, epochs: int, scheduler: str, params: dict) -> str:
    return f"schedules.pair:{(lr, epochs, scheduler, sorted(params.items()))!r}"


st.title(tr("nav.lab_schedules"))
st.caption(tr("lab_schedules.intro"))

# The whole width: in half of it, all six schedules' names no longer fitted and the first were cut off
picked = st.multiselect(tr("lab_schedules.pick"), SCHEDULERS, default=["step", "cosine"],
                        format_func=labels("lab_schedules.name_", SCHEDULERS).get, key="sched_pick")
b, c = st.columns(2)
base_lr = b.select_slider(tr("lab_schedules.base_lr"), [0.001, 0.003, 0.01, 0.03, 0.1], value=0.01, key="sched_lr")
epochs = c.slider(tr("lab_schedules.epochs"), 10, 200, 60, key="sched_epochs")

if not picked:
    st.info(tr("lab_schedules.none_picked"), icon=":material/schedule:")
    end_page()

# at most three schedules a row: six narrow columns wrapped the formulas and notes into tall strips
note_columns = [column for start in range(0, len(picked), 3) for column in st.columns(3)]
chosen = {s: params_widgets(s, epochs, column) for s, column in zip(picked, note_columns)}
rates = pd.concat([pd.DataFrame({"epoch": np.arange(1, epochs + 1), "lr": curve(base_lr, epochs, s, p),
                                 "series": name(s)}) for s, p in chosen.items()])
title, log_toggle = st.columns([3, 1], vertical_alignment="bottom")
title.markdown(f"**{tr('lab_schedules.curve_title')}**")
log_lr = log_toggle.toggle(tr("lab_schedules.log_lr"), value=False, key="sched_log_lr")
# the height holds the legend on top too, which wraps to more rows with more schedules: the plot keeps its room
st.altair_chart(lr_chart(rates, tr("lab_schedules.epoch_axis"), tr("lab_schedules.lr_axis"),
                         height=220 + 30 * len(picked), log_y=log_lr, dashed=True),
                width="stretch")

st.subheader(tr("lab_schedules.effect_title"))
st.caption(tr("lab_schedules.effect_help"))
left, right = st.columns([2, 1])
which = left.selectbox(tr("lab_schedules.which"), picked, format_func=labels("lab_schedules.name_", picked).get,
                      key="sched_which")
settings = (base_lr, epochs, which, chosen[which])
# What "train both" will show for these settings, begun in the background now (a guess: it is dropped when the
# learner moves on before it starts), so the button finds it done or under way.
ahead([(_pair_key(*settings), partial(_pair, *settings))], replaces="schedules.pair")
with st.expander(tr("lab_schedules.code"), icon=":material/code:"):
    st.code(f"""import torch
from torch import optim

model = torch.nn.Linear(13, 1)                 # any model: the schedule only touches the optimizer
optimizer = optim.Adam(model.parameters(), lr={base_lr:g})
scheduler = {scheduler_code(config(base_lr, epochs, which, chosen[which]))}
for epoch in range({epochs}):
    print(epoch + 1, optimizer.param_groups[0]["lr"])   # the rate this epoch's batches use
    optimizer.step()      # stands in for the epoch's batches: zero_grad(), loss.backward(), step() each
    scheduler.step()      # once per epoch, after the optimizer's steps""", language="python")
if right.button(tr("lab_schedules.train"), type="primary", icon=":material/play_arrow:"):
    text = tr("lab_schedules.training_both", constant=name(None), name=name(which))
    bar = st.progress(0.0, text=text)
    constant, scheduled = trained_pair(*settings, lambda share: bar.progress(share, text=text))
    bar.empty()
    st.session_state.lab_schedules = {"settings": settings, "constant": constant, "scheduled": scheduled}

result = st.session_state.get("lab_schedules")
if result is None:
    st.info(tr("lab_schedules.press_train"), icon=":material/play_arrow:")
    end_page()
if result["settings"] != settings:  # never show another setting's curves as if they were these
    st.warning(tr("lab_schedules.stale"), icon=":material/history:")
    end_page()
st.caption(tr("lab_schedules.trained_with", lr=f"{base_lr:g}", epochs=epochs,
              schedule=scheduler_code(config(*settings))))
shown = result["settings"][2]
curves = pd.concat([history_long(result["constant"], {"val_loss": name(None)}),
                    history_long(result["scheduled"], {"val_loss": name(shown)})])
st.altair_chart(loss_chart(curves, tr("lab_schedules.epoch_axis"), tr("lab_schedules.loss_axis"), log_y=True),
                width="stretch")
used = pd.concat([pd.DataFrame({"epoch": [r["epoch"] for r in history], "lr": [r["lr"] for r in history],
                                "series": label})
                  for label, history in [(name(None), result["constant"]), (name(shown), result["scheduled"])]])
st.altair_chart(lr_chart(used, tr("lab_schedules.epoch_axis"), tr("lab_schedules.lr_axis"), height=220,
                         log_y=log_lr), width="stretch")  # the height holds the legend and axes too
losses = {run: [record["val_loss"] for record in result[run]] for run in ("constant", "scheduled")}
verdict = schedule_verdict(losses["constant"], losses["scheduled"])  # the cards and the sentence read the same numbers
for column, (label, run) in zip(st.columns(2), [(name(None), "constant"), (name(shown), "scheduled")]):
    column.metric(tr("lab_schedules.final_test", name=label), f"{verdict['finals'][run]:.5f}")
    column.metric(tr("lab_schedules.wiggle", name=label), small(verdict["wobbles"][run]),
                  help=tr("lab_schedules.wiggle_help"))
st.info(schedule_sentence(verdict, name(shown)), icon=":material/insights:")

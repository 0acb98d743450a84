"""Lab: overfitting — train vs test loss as capacity, dropout and weight decay change; k-fold CV; dropout's modes."""
from dataclasses import replace
from functools import partial

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine.config import TrainConfig
from engine.cv import cross_validate
from engine.labs.overfitting import (CAPACITIES, capacity_sweep, dropout_passes, interleaved_split, noise_level,
                                     noisy_sine, overfit_region, rows_of, verdict)
from engine.labs.verdicts import cv_verdict
from engine.train import fit
from ui.charts import SERIES_COLORS, history_long, loss_chart
from ui.lab_cache import ahead, shared
from ui.state import remember, tr

remember("overfit_")  # the widgets as the learner left them, after a visit to another page

DATA = noisy_sine()
TRAIN_ROWS, TEST_ROWS = interleaved_split(len(DATA))
NOISE = noise_level(DATA, TEST_ROWS)  # what sin(x) itself scores on the test points: the floor for any model
TRAIN_NOISE = noise_level(DATA, TRAIN_ROWS)  # the same on the training points
CURVE_X = np.linspace(-3, 3, 200, dtype=np.float32).reshape(-1, 1)
DROPOUT_INPUT = np.arange(1, 9, dtype=np.float32)


DEFAULTS = {"units": 128, "layers": 2, "dropout": 0.0, "weight_decay": 0.0, "epochs": 600}  # the widgets' starts


def config(units: int, layers: int, dropout: float, weight_decay: float, epochs: int) -> TrainConfig:
    """Adam lr 0.01 on the full batch; every other one of the 40 points is held out for testing."""
    return TrainConfig(hidden=[units] * layers, dropout=dropout, weight_decay=weight_decay, optimizer="adam",
                       lr=0.01, epochs=epochs, test_size=0.5, seed=1)


def _train(cfg: TrainConfig):
    run = fit(cfg, DATA, TRAIN_ROWS, TEST_ROWS)
    return list(run.history), run.predict(CURVE_X), run.train_metrics["mse"], run.metrics["mse"]


def trained(cfg: TrainConfig):
    """Per-epoch records, the fitted curve over x ∈ [−3, 3], and the final train and test MSE measured in eval
    mode (dropout off), the numbers every verdict and table uses; once per server for each setting."""
    return shared(f"overfitting.trained:{cfg!r}", partial(_train, cfg))


def _folds(cfg: TrainConfig) -> list[float]:
    result = cross_validate(replace(cfg, test_size=0.0), rows_of(DATA, TRAIN_ROWS), k=5)
    return [score ** 2 for score in result.fold_scores]


def folds(cfg: TrainConfig) -> list[float]:
    """Validation MSE of each of 5 folds on the 20 training points only (the test points stay unseen): the
    page's one metric (cross_validate reports RMSE, whose square is the fold's MSE); once per server."""
    return shared(f"overfitting.folds:{cfg!r}", partial(_folds, cfg))


def sweep_key(cfg: TrainConfig) -> TrainConfig:
    """Every setting of the sweep but the width (1 stands for any)."""
    return replace(cfg, hidden=[1] * len(cfg.hidden))


def _sweep(cfg: TrainConfig, progress=None) -> list[dict]:
    return capacity_sweep(cfg, DATA, TRAIN_ROWS, TEST_ROWS, progress=progress)


def sweep(cfg: TrainConfig, bar) -> list[dict]:
    """Final train and test loss for each width in CAPACITIES, other settings as in cfg; bar shows progress
    (it waits without moving when the sweep is already under way in the background, see ui/lab_cache.py)."""
    bar.progress(0.0, text=tr("lab_overfitting.sweep_running"))
    rows = shared(f"overfitting.sweep:{sweep_key(cfg)!r}", partial(
        _sweep, cfg, lambda share: bar.progress(share, text=tr("lab_overfitting.sweep_running"))))
    bar.empty()
    return rows


def fit_chart(curve) -> alt.LayerChart:
    """Training points as filled dots, test points as rings, and the model's curve through them."""
    parts = [tr("lab_overfitting.part_train"), tr("lab_overfitting.part_test")]
    dots = pd.DataFrame({"x": DATA.X.ravel(), "y": DATA.y.ravel(),
                         "part": np.where(np.isin(np.arange(len(DATA)), TRAIN_ROWS), *parts)})
    color = alt.Color("part:N", title=None, sort=parts, scale=alt.Scale(domain=parts, range=SERIES_COLORS[:2]),
                      legend=alt.Legend(orient="top"))
    base = alt.Chart(dots).encode(x=alt.X("x:Q", title="x"), y=alt.Y("y:Q", title="y"), color=color,
                                  tooltip=["part", alt.Tooltip("x:Q", format=".2f"), alt.Tooltip("y:Q", format=".2f")])
    train_dots = base.transform_filter(alt.datum.part == parts[0]).mark_circle(size=80, opacity=1)
    test_rings = base.transform_filter(alt.datum.part == parts[1]).mark_point(size=80, strokeWidth=2, filled=False)
    line = alt.Chart(pd.DataFrame({"x": CURVE_X.ravel(), "predicted": curve})).mark_line(
        color="#2ca02c", strokeWidth=3).encode(x="x:Q", y="predicted:Q")
    return (line + train_dots + test_rings).properties(height=280)


# The default settings' run, sweep and cross-validation, worked out in the background while the learner reads:
# nothing they show depends on the learner (ui/lab_cache.py); the buttons then find them done.
DEFAULT = config(**DEFAULTS)
ahead([(f"overfitting.trained:{DEFAULT!r}", partial(_train, DEFAULT)),
       (f"overfitting.sweep:{sweep_key(DEFAULT)!r}", partial(_sweep, DEFAULT)),
       (f"overfitting.folds:{DEFAULT!r}", partial(_folds, DEFAULT))])

st.title(tr("nav.lab_overfitting"))
st.caption(tr("lab_overfitting.intro"))

with st.container(border=True):  # plain widgets, not a form: every button below uses what they show
    a, b, c, d, e = st.columns(5)
    units = a.select_slider(tr("lab_overfitting.units"), CAPACITIES, value=DEFAULTS["units"], key="overfit_units")
    layers = b.slider(tr("lab_overfitting.layers"), 1, 3, DEFAULTS["layers"], key="overfit_layers")
    dropout = c.slider(tr("lab_overfitting.dropout"), 0.0, 0.7, DEFAULTS["dropout"], 0.05, key="overfit_dropout")
    weight_decay = d.select_slider(tr("lab_overfitting.weight_decay"), [0.0, 1e-4, 1e-3, 1e-2, 1e-1],
                                   value=DEFAULTS["weight_decay"], key="overfit_weight_decay")
    epochs = e.select_slider(tr("lab_overfitting.epochs"), [100, 300, 600, 1000], value=DEFAULTS["epochs"],
                             key="overfit_epochs")
    submitted = st.button(tr("lab_overfitting.train"), type="primary", icon=":material/play_arrow:")

cfg = config(units, layers, dropout, weight_decay, epochs)
# What Train will show for these settings, begun in the background now (a guess, dropped when the learner moves
# on before it starts), so the button finds it done or under way.
ahead([(f"overfitting.trained:{cfg!r}", partial(_train, cfg))], replaces="overfitting.trained")
tried = st.session_state.setdefault("lab_overfitting_tried", [])
if submitted:
    with st.spinner():
        _, _, train_loss, test_loss = trained(cfg)
    if not tried or tried[-1]["cfg"] != cfg:
        tried.append({"cfg": cfg, "train": train_loss, "test": test_loss,
                      "verdict": verdict(train_loss, test_loss, TRAIN_NOISE, NOISE)})
    st.session_state.lab_overfitting = cfg

shown = st.session_state.get("lab_overfitting")
if shown is None:
    st.info(tr("lab_overfitting.press_train"), icon=":material/play_arrow:")
else:
    if shown != cfg:
        st.warning(tr("lab_overfitting.result_stale"), icon=":material/history:")
    history, curve, train_loss, test_loss = trained(shown)
    numbers = {"train": f"{train_loss:.4f}", "test": f"{test_loss:.4f}", "noise": f"{NOISE:.4f}",
               "train_noise": f"{TRAIN_NOISE:.4f}"}
    kind = verdict(train_loss, test_loss, TRAIN_NOISE, NOISE)
    show = {"overfit": st.error, "underfit": st.warning, "good": st.success}[kind]
    show(tr(f"lab_overfitting.verdict_{kind}", **numbers), icon=":material/gavel:")
    left, right = st.columns(2)
    left.markdown(f"**{tr('lab_overfitting.curves')}**")
    dropped = shown.dropout > 0  # the per-epoch train loss is then a thinned network's, not the curve's
    names = {"train_loss": tr("lab_overfitting.train_series_dropout" if dropped else "lab_overfitting.train_series"),
             "val_loss": tr("lab_overfitting.test_series")}
    left.altair_chart(loss_chart(history_long(history, names), tr("lab_overfitting.epoch_axis"),
                                 tr("lab_overfitting.loss_axis"), log_y=True), width="stretch")
    left.caption(tr("lab_overfitting.curves_dropout" if dropped else "lab_overfitting.curves_help",
                    train=numbers["train"]))
    right.markdown(f"**{tr('lab_overfitting.fit_title')}**")
    right.altair_chart(fit_chart(curve), width="stretch")

if tried:
    st.markdown(f"**{tr('lab_overfitting.tried')}**")
    st.dataframe(pd.DataFrame([{
        tr("lab_overfitting.col_layers"): f"{len(t['cfg'].hidden)} × {t['cfg'].hidden[0]}",
        tr("lab_overfitting.col_dropout"): t["cfg"].dropout, tr("lab_overfitting.col_wd"): t["cfg"].weight_decay,
        tr("lab_overfitting.col_train"): t["train"], tr("lab_overfitting.col_test"): t["test"],
        tr("lab_overfitting.col_verdict"): tr(f"lab_overfitting.short_{t['verdict']}")} for t in tried]),
        hide_index=True, width="stretch")

st.subheader(tr("lab_overfitting.sweep_title"))
st.caption(tr("lab_overfitting.sweep_help", layers=layers, noise=f"{NOISE:.3f}"))
if st.button(tr("lab_overfitting.sweep_run"), icon=":material/stacked_line_chart:"):
    st.session_state.lab_overfitting_sweep = (sweep_key(cfg), sweep(cfg, st.progress(0.0)))
if "lab_overfitting_sweep" in st.session_state:
    swept_key, rows = st.session_state.lab_overfitting_sweep
    if swept_key != sweep_key(cfg):
        st.caption(tr("lab_overfitting.sweep_stale"))
    names = [tr("lab_overfitting.train_series"), tr("lab_overfitting.test_series")]
    long = pd.DataFrame(rows).melt(id_vars="units", value_vars=["train", "test"], var_name="series", value_name="loss")
    long["series"] = long["series"].map(dict(zip(["train", "test"], names)))
    lines = alt.Chart(long).mark_line(point=alt.OverlayMarkDef(size=60)).encode(
        x=alt.X("units:Q", title=tr("lab_overfitting.units"), scale=alt.Scale(type="log", base=2),
                axis=alt.Axis(values=CAPACITIES, format="d")),
        y=alt.Y("loss:Q", title=tr("lab_overfitting.sweep_axis"), scale=alt.Scale(type="log")),
        color=alt.Color("series:N", title=None, sort=names, scale=alt.Scale(domain=names, range=SERIES_COLORS[:2]),
                        legend=alt.Legend(orient="top")),
        tooltip=["series", "units", alt.Tooltip("loss:Q", format=".4f")])
    floor = alt.Chart(pd.DataFrame({"loss": [NOISE], "label": [tr("lab_overfitting.noise_line")]})).mark_rule(
        strokeDash=[6, 4], color="gray").encode(y="loss:Q", tooltip=["label", alt.Tooltip("loss:Q", format=".4f")])
    st.altair_chart((lines + floor).properties(height=300), width="stretch")
    best = min(rows, key=lambda r: r["test"])
    summary = tr("lab_overfitting.sweep_summary", best=best["units"], best_test=f"{best['test']:.4f}",
                 low=f"{rows[0]['test']:.4f}", high=f"{rows[-1]['test']:.4f}", high_train=f"{rows[-1]['train']:.4f}")
    region = overfit_region(rows)
    if region:
        start, end = (rows[n] for n in region)
        summary += " " + tr("lab_overfitting.sweep_region", start=start["units"], end=end["units"],
                            train_from=f"{start['train']:.4f}", train_to=f"{end['train']:.4f}",
                            best_test=f"{start['test']:.4f}")
    elif best is rows[-1]:
        summary += " " + tr("lab_overfitting.sweep_no_region")
    st.info(summary, icon=":material/insights:")

st.subheader(tr("lab_overfitting.cv_title"))
st.caption(tr("lab_overfitting.cv_help"))
if st.button(tr("lab_overfitting.cv_run"), icon=":material/repeat:"):
    with st.spinner(tr("lab_overfitting.cv_running")):
        st.session_state.lab_overfitting_cv = (cfg, folds(cfg))
if "lab_overfitting_cv" in st.session_state:
    cv_cfg, scores = st.session_state.lab_overfitting_cv
    if cv_cfg != cfg:
        st.caption(tr("lab_overfitting.cv_stale"))
    single = trained(cv_cfg)[3]  # the one split's test loss for the same settings, as the verdict above shows it
    versus = cv_verdict(scores, single)
    numbers = {"mean": f"{versus['mean']:.4f}", "single": f"{single:.4f}", "lo": f"{versus['low']:.4f}",
               "hi": f"{versus['high']:.4f}"}
    st.info(tr("lab_overfitting.cv_summary", mean=numbers["mean"], std=f"{np.std(scores):.4f}", lo=numbers["lo"],
               hi=numbers["hi"]) + " " + tr("lab_overfitting.cv_versus", **numbers) + " "
            + tr(f"lab_overfitting.cv_single_{versus['place']}", **numbers), icon=":material/insights:")
    bars = pd.DataFrame({"fold": [tr("lab_overfitting.cv_fold", n=n + 1) for n in range(len(scores))], "mse": scores})
    # the two reference lines carry their own names, so the dashed one is not a mystery
    lines = pd.DataFrame({"mse": [versus["mean"], single], "label": [
        tr("lab_overfitting.cv_mean_line", value=numbers["mean"]),
        tr("lab_overfitting.cv_single_line", value=numbers["single"])], "dash": ["mean", "single"]})
    rule = alt.Chart(lines).encode(y="mse:Q", tooltip=["label", alt.Tooltip("mse:Q", format=".4f")])
    st.altair_chart(alt.Chart(bars).mark_bar().encode(
        x=alt.X("fold:N", title=None, sort=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("mse:Q", title=tr("lab_overfitting.cv_axis")),
        tooltip=["fold", alt.Tooltip("mse:Q", format=".4f")]).properties(height=220)
        + rule.mark_rule(color="black").encode(strokeDash=alt.StrokeDash(
            "dash:N", scale=alt.Scale(domain=["mean", "single"], range=[[6, 4], [2, 2]]), legend=None))
        # the mean's name at the right end of its line, the single split's at the left: close lines stay readable
        + rule.transform_filter(alt.datum.dash == "mean").mark_text(
            align="right", baseline="bottom", dx=-4, dy=-2, x="width", fontSize=12).encode(text="label:N")
        + rule.transform_filter(alt.datum.dash == "single").mark_text(
            align="left", baseline="bottom", dx=4, dy=-2, x=0, fontSize=12).encode(text="label:N"),
        width="stretch")

st.subheader(tr("lab_overfitting.dropout_title"))
p = st.slider(tr("lab_overfitting.dropout_p"), 0.1, 0.9, 0.5, 0.05, key="overfit_dropout_p")
st.caption(tr("lab_overfitting.dropout_help", scale=f"{1 / (1 - p):.3g}"))
train_out, eval_out = dropout_passes(DROPOUT_INPUT, p)
rows = [tr("lab_overfitting.row_input")] + [tr("lab_overfitting.row_train", n=n + 1) for n in range(len(train_out))]
table = pd.DataFrame(np.vstack([DROPOUT_INPUT, train_out, eval_out]),
                     index=rows + [tr("lab_overfitting.row_eval")],
                     columns=[f"x{j + 1}" for j in range(len(DROPOUT_INPUT))])
st.dataframe(table.style.format("{:.3g}"), width="stretch")
zeros = int((train_out == 0).sum())
st.caption(tr("lab_overfitting.zeros", zeros=zeros, total=train_out.size, share=f"{zeros / train_out.size:.0%}",
              p=f"{p:g}"))

def code(cfg: TrainConfig) -> str:
    """This lab's data, split and network for cfg as a standalone script that prints the final test loss."""
    drop = f"nn.Dropout({cfg.dropout:g}), " if cfg.dropout > 0 else ""
    layers, width = [], 1
    for units in cfg.hidden:
        layers.append(f"nn.Linear({width}, {units}), nn.ReLU(), {drop}")
        width = units
    body = "\n    ".join(layers) + f"\n    nn.Linear({width}, 1)"
    return f"""import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(1)                   # the lab's 40 noisy points of sin(x)
x = np.linspace(-3, 3, 40) + rng.uniform(-0.06, 0.06, 40)
y = np.sin(x) + rng.normal(scale=0.3, size=40)
X = torch.tensor(x, dtype=torch.float32).reshape(-1, 1)
Y = torch.tensor(y, dtype=torch.float32).reshape(-1, 1)
X_train, y_train, X_test, y_test = X[0::2], Y[0::2], X[1::2], Y[1::2]   # every other point

torch.manual_seed({cfg.seed})
model = nn.Sequential(
    {body},
)
optimizer = torch.optim.Adam(model.parameters(), lr={cfg.lr:g}, weight_decay={cfg.weight_decay:g})
loss_fn = nn.MSELoss()
for epoch in range({cfg.epochs}):
    model.train()                      # dropout on
    optimizer.zero_grad()
    loss_fn(model(X_train), y_train).backward()
    optimizer.step()
model.eval()                           # dropout off: every unit counts, nothing is rescaled
with torch.no_grad():
    print(loss_fn(model(X_test), y_test).item())   # the final test loss"""


with st.expander(tr("lab_overfitting.code"), icon=":material/code:"):
    st.code(code(cfg), language="python")

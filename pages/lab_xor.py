"""Lab: XOR — one straight line fails, a hidden layer bends the boundary (live), and the hidden layer's view."""
import time

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine import choices
from engine.config import ACTIVATIONS, OPTIMIZERS
from engine.datasets import load
from engine.labs.xor import (GRID_RANGE, accuracy, hidden_view, linearly_separable, output_line, probability_grid,
                             undecided, xor_config)
from engine.train import fit, train
from ui.charts import image_heatmap
from ui.lab_cache import torch_alone
from ui.names import activation_label, optimizer_name
from ui.state import remember, tr

remember("xor_")  # the widgets as the learner left them, after a visit to another page

XOR = load("xor")
MLP_LR, REDRAW_SECONDS = 0.05, 0.25
SNAPSHOT_SIZE = 130  # pixels per snapshot: four with their axes fit the main column of a 1280-pixel window
CLASS_COLORS = ["#2166ac", "#d6604d"]  # class 0 blue, class 1 red: the ends of the boundary map's colours
def points() -> pd.DataFrame:
    return pd.DataFrame({"x1": XOR.X[:, 0], "x2": XOR.X[:, 1], "label": [tr("lab_xor.class", c=c) for c in XOR.y]})


def shown_accuracy(accuracy: float, unsure: bool) -> str:
    """The accuracy as both parts show it: "undecided (p ≈ 0.5)" when the model says p ≈ 0.5 at every point,
    where a percentage would only count how 0.5 happened to round (engine.labs.xor.undecided)."""
    return tr("lab_xor.undecided") if unsure else f"{accuracy:.0%}"


def panel(grid: pd.DataFrame) -> alt.LayerChart:
    """P(class 1) over the square under the four points, with its colour legend.

    The probabilities are one picture (ui.charts.image_heatmap), each grid point a pixel's centre: the browser
    draws one mark instead of a rectangle per point (41² of them), which made every redraw of this lab slow.
    """
    n = round(np.sqrt(len(grid)))
    half = (GRID_RANGE[1] - GRID_RANGE[0]) / (n - 1) / 2
    extent = (GRID_RANGE[0] - half, GRID_RANGE[1] + half)
    heat = image_heatmap(grid["p1"].to_numpy().reshape(n, n), "x1", "x2", extent, extent, "x1", "x2",
                         scheme="redblue", reverse=True, opacity=0.45, domain=(0.0, 1.0))
    dots = alt.Chart(points()).mark_point(size=90, filled=True, stroke="black", strokeWidth=1, color="black").encode(
        x="x1:Q", y="x2:Q", shape=alt.Shape("label:N", title=None), tooltip=["x1", "x2", "label"])
    scale = alt.Chart(pd.DataFrame({"p1": [0.0, 1.0]})).mark_point(opacity=0).encode(color=alt.Color(
        "p1:Q", title=tr("lab_xor.prob"), scale=alt.Scale(scheme="redblue", domain=[0, 1], reverse=True)))
    return alt.layer(heat, dots, scale)


def chart(grid: pd.DataFrame) -> alt.LayerChart:
    return panel(grid).properties(height=320)


def snapshots_chart(snapshots: dict) -> alt.HConcatChart:
    """The snapshots side by side as ONE chart (one view for the browser to build, not four), titled by epoch,
    without legends: the big chart above has them."""
    return alt.hconcat(*[panel(grid).properties(width=SNAPSHOT_SIZE, height=SNAPSHOT_SIZE,
                                                title=tr("lab_xor.snapshot_epoch", epoch=epoch))
                         for epoch, grid in snapshots.items()], spacing=12).configure_legend(disable=True)


def hidden_verdict(hidden: np.ndarray, solved_share: float) -> str:
    """The caption key for what the hidden space shows: split by a line (and by the output layer?), or not."""
    if np.ptp(hidden, axis=0).max() < 1e-6:
        return "lab_xor.hidden_collapsed"
    if not linearly_separable(hidden, XOR.y):
        return "lab_xor.hidden_not_separable"
    return "lab_xor.hidden_split" if solved_share == 1.0 else "lab_xor.hidden_split_not_yet"


def spot_labels(view: pd.DataFrame, near: float) -> pd.DataFrame:
    """One row per hidden spot (points closer than `near` share one): its place and the inputs that land there."""
    spots: list[dict] = []
    for row in view.itertuples():
        spot = next((s for s in spots if np.hypot(s["h1"] - row.h1, s["h2"] - row.h2) < near), None)
        if spot is None:
            spots.append({"h1": row.h1, "h2": row.h2, "point": row.point})
        else:
            spot["point"] += f" {row.point}"
    return pd.DataFrame(spots)



@st.cache_data(max_entries=64, show_spinner=False)
def linear_result(optimizer: str, lr: float, epochs: int, seed: int):
    """(accuracy, final loss, boundary grid, undecided) of a single-layer model: a pure function of its settings."""
    with torch_alone():  # seeded: not while a lab in the background draws from torch's generator
        run = fit(xor_config([], optimizer=optimizer, lr=lr, epochs=epochs, seed=seed), XOR)
    return accuracy(run, XOR.X, XOR.y), run.history[-1]["train_loss"], probability_grid(run), undecided(run, XOR.X)


st.title(tr("nav.lab_xor"))
st.caption(tr("lab_xor.intro"))

st.subheader(tr("lab_xor.linear_title"))
a, b, c, d = st.columns(4)
optimizer = a.selectbox(tr("lab_xor.optimizer"), OPTIMIZERS, index=OPTIMIZERS.index("adam"), key="xor_lin_opt",
                        format_func=lambda name: optimizer_name(name, short=True))
lr = b.select_slider(tr("lab_xor.lr"), [0.001, 0.01, 0.05, 0.1, 0.5, 1.0], value=0.05, key="xor_lin_lr")
epochs = c.select_slider(tr("lab_xor.epochs"), [10, 100, 300, 1000, 3000], value=300, key="xor_lin_epochs")
seed = d.number_input(tr("lab_xor.seed"), 0, 999, 0, key="xor_lin_seed")
with st.spinner(tr("lab_xor.fitting", epochs=epochs), show_time=True):  # shown only past half a second: 3000
    acc, loss, grid, unsure = linear_result(optimizer, lr, epochs, int(seed))  # epochs take ~0.6 s of CPU
left, right = st.columns([1, 2])
left.metric(tr("lab_xor.accuracy"), shown_accuracy(acc, unsure))
left.metric(tr("lab_xor.final_loss"), f"{loss:.4f}")
if unsure:
    left.warning(tr("lab_xor.linear_undecided", loss=f"{loss:.4f}"), icon=":material/block:")
else:
    left.warning(tr("lab_xor.linear_why", accuracy=f"{acc:.0%}"), icon=":material/block:")
right.altair_chart(chart(grid), width="stretch")

st.subheader(tr("lab_xor.mlp_title"))
a, b, c, d = st.columns(4)
units = a.slider(tr("lab_xor.units"), 1, 16, 4, key="xor_units")
activation = b.selectbox(tr("lab_xor.activation"), ACTIVATIONS, index=ACTIVATIONS.index("tanh"), key="xor_act",
                         format_func={a: activation_label(a) for a in ACTIVATIONS}.get)  # names fixed in this run
mlp_epochs = c.select_slider(tr("lab_xor.epochs"), [50, 100, 300, 1000, 2000], value=300, key="xor_mlp_epochs")
mlp_seed = d.number_input(tr("lab_xor.seed"), 0, 999, 0, key="xor_mlp_seed")

if st.button(tr("lab_xor.train"), type="primary", icon=":material/play_arrow:"):
    cfg = xor_config([units], activation=activation, lr=MLP_LR, epochs=mlp_epochs, seed=int(mlp_seed))
    snapshot_at = sorted({1, mlp_epochs // 10, mlp_epochs // 3, mlp_epochs})
    live, status = st.empty(), st.empty()
    with torch_alone():  # the seeded starting weights; without dropout the steps draw nothing random after
        training = train(cfg, XOR)
    snapshots, last_draw = {}, 0.0
    for event in training:
        if event.kind != "epoch":
            continue
        if event.epoch in snapshot_at:
            snapshots[event.epoch] = probability_grid(training.run, n=21)
        if time.perf_counter() - last_draw > REDRAW_SECONDS:  # redraw by time, not every epoch
            status.caption(tr("lab_xor.training", epoch=event.epoch, epochs=mlp_epochs))
            live.altair_chart(chart(probability_grid(training.run, n=21)), width="stretch")
            last_draw = time.perf_counter()
    live.empty()
    status.empty()
    run = training.run
    result = {"cfg": cfg, "accuracy": accuracy(run, XOR.X, XOR.y), "undecided": undecided(run, XOR.X),
              "grid": probability_grid(run),
              "snapshots": snapshots, "hidden": None}
    if units == 2:
        hidden = hidden_view(run, XOR.X)
        span = [min(hidden.min(), -1.0) - 0.2, max(hidden.max(), 1.0) + 0.2]  # tanh's range, or wider for relu
        result.update(hidden=hidden, span=span, line=output_line(run, span))
    st.session_state.lab_xor = result

result = st.session_state.get("lab_xor")
if result is None:
    st.info(tr("lab_xor.press_train"), icon=":material/play_arrow:")
else:
    cfg = result["cfg"]
    st.caption(tr("lab_xor.trained_with", units=cfg.hidden[0], activation=activation_label(cfg.activation), lr=cfg.lr,
                  epochs=cfg.epochs, seed=cfg.seed))
    left, right = st.columns([1, 2])
    shown = shown_accuracy(result["accuracy"], result["undecided"])
    left.metric(tr("lab_xor.accuracy"), shown)
    if result["accuracy"] == 1.0:
        left.success(tr("lab_xor.solved"), icon=":material/check_circle:")
    else:  # a network with no nonlinearity is one straight line however it trains: other advice would mislead
        advice = "lab_xor.not_solved_linear" if cfg.activation == "identity" else "lab_xor.not_solved"
        left.warning(tr(advice, accuracy=shown), icon=":material/warning:")
    right.altair_chart(chart(result["grid"]), width="stretch")

    st.markdown(f"**{tr('lab_xor.snapshots')}**")
    st.altair_chart(snapshots_chart(result["snapshots"]), width="content")

    st.markdown(f"**{tr('lab_xor.hidden_title')}**")
    if result["hidden"] is None:
        st.info(tr("lab_xor.hidden_need_two"), icon=":material/scatter_plot:")
    else:
        hidden = result["hidden"]
        verdict = tr(hidden_verdict(hidden, result["accuracy"]), h1=f"{hidden[0, 0]:.2f}", h2=f"{hidden[0, 1]:.2f}")
        st.caption(f"{tr('lab_xor.hidden_help')} {verdict}")
        view = points().assign(h1=hidden[:, 0], h2=hidden[:, 1],
                               point=[f"({int(x1)}, {int(x2)})" for x1, x2 in XOR.X])
        line = pd.DataFrame({"h1": result["span"], "h2": result["line"]})
        scale = alt.Scale(domain=result["span"], nice=False)
        classes = [tr("lab_xor.class", c=c) for c in (0, 1)]
        dots = alt.Chart(view).mark_point(size=160, filled=True, opacity=0.85).encode(
            x=alt.X("h1:Q", scale=scale), y=alt.Y("h2:Q", scale=scale),
            color=alt.Color("label:N", title=None, scale=alt.Scale(domain=classes, range=CLASS_COLORS)),
            shape=alt.Shape("label:N", title=None, scale=alt.Scale(domain=classes)), tooltip=["point", "h1", "h2"])
        # Points often land on one hidden spot ((0,0) and (1,1) do): one label per spot, naming all its points
        labels = spot_labels(view, near=0.06 * (result["span"][1] - result["span"][0]))
        labels = alt.Chart(labels).mark_text(dx=12, dy=-12, align="left", fontSize=13).encode(
            x=alt.X("h1:Q", scale=scale), y=alt.Y("h2:Q", scale=scale), text="point:N")
        boundary = alt.Chart(line).mark_line(strokeDash=[6, 4], color="gray", clip=True).encode(
            x=alt.X("h1:Q", scale=scale), y=alt.Y("h2:Q", scale=scale))
        st.altair_chart((boundary + dots + labels).properties(height=320), width="stretch")

torch_activation = choices.ACTIVATIONS[activation].torch_class.__name__
with st.expander(tr("lab_xor.code"), icon=":material/code:"):
    st.code(f"""import torch
from torch import nn

torch.manual_seed({int(mlp_seed)})                       # the seed above: the same starting weights
model = nn.Sequential(nn.Linear(2, {units}), nn.{torch_activation}(), nn.Linear({units}, 1))
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
y = torch.tensor([[0.], [1.], [1.], [0.]])
optimizer = torch.optim.Adam(model.parameters(), lr={MLP_LR:g})
for epoch in range({mlp_epochs}):
    optimizer.zero_grad()
    loss = nn.functional.binary_cross_entropy_with_logits(model(X), y)
    loss.backward()
    optimizer.step()
print((model(X) > 0).int().ravel().tolist())   # XOR is [0, 1, 1, 0]""", language="python")

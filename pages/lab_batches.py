"""Lab: the epoch / batch / iteration arithmetic, and batch GD vs SGD vs mini-batch on the rent data."""
import textwrap
from functools import partial

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine import datasets
from engine.labs import batches
from engine.labs.cost import cost_pixels, least_squares
from engine.labs.verdicts import batch_verdict
from ui.charts import LOSS_MAP, colour_legend, image_heatmap, loss_chart, on_canvas, series_color, thin
from ui.lab_cache import ahead, shared
from ui.state import put, remember, tr

remember("batches_")  # the widgets as the learner left them, after a visit to another page

MAX_PATH_POINTS = 400  # a path longer than this is thinned for drawing only (the browser draws every point)
HORIZONS = (10, 30)  # the runs are trained to the next of these and cut: moving Epochs within one is free
PIXELS = 100  # per axis of the loss surface, drawn as one picture


def _long_comparison(batch: int, horizon: int, lr: float) -> dict:
    """The three runs on the built-in rent data: a pure function of the sliders, shared by every session."""
    return shared(f"batches.compare:{(batch, horizon, lr)!r}",
                  partial(batches.compare, datasets.load("rent"), batch, horizon, lr))


def _numbers(values) -> str:
    """A Python list of the values for the code block, as the table writes them (56, 12.5), a few to a line."""
    lines = textwrap.wrap(", ".join(f"{v:g}" for v in values), 72)
    return "[" + "\n                     ".join(lines) + "]"


def comparison(batch: int, epochs: int, lr: float) -> dict:
    """The first `epochs` epochs of runs trained to the next horizon: an epoch's steps never depend on how many
    epochs follow it (the same seed shuffles the same orders), so the cut equals a run of `epochs` epochs.
    The longer horizon for the same mini-batch and lr is worked out in the background meanwhile (while the
    browser draws this one), so moving Epochs past the first horizon finds it done."""
    horizon = next(h for h in HORIZONS if h >= epochs)
    result = _long_comparison(batch, horizon, lr)
    ahead([(f"batches.compare:{(batch, h, lr)!r}", partial(batches.compare, datasets.load("rent"), batch, h, lr))
           for h in HORIZONS if h > horizon], replaces="batches.compare")  # newer settings drop a waiting guess
    steps, per_epoch = result["steps"], result["epochs"]
    return {**result, "steps": steps[steps["epoch"] <= epochs], "epochs": per_epoch[per_epoch["epoch"] <= epochs]}


@st.cache_data(show_spinner=False)
def surface(x, y, w_range, b_range) -> np.ndarray:
    """The MSE over the (w, b) ranges as PIXELS × PIXELS pixel values (engine.labs.cost.cost_pixels)."""
    return cost_pixels(x, y, w_range, b_range, PIXELS)


def padded(values: np.ndarray, span: float) -> tuple[float, float]:
    """A range of length span·1.16 centred on the values: both axes get the same span, so circles stay round."""
    middle = (float(values.min()) + float(values.max())) / 2
    half = 0.58 * (span or 1.0)
    return middle - half, middle + half


st.title(tr("lab_batches.title"))
st.write(tr("lab_batches.intro"))

st.subheader(tr("lab_batches.calc"))
c1, c2, c3 = st.columns(3)
n = c1.number_input(tr("lab_batches.n"), 1, 10_000_000, 2000, key="batches_n")
b = c2.number_input(tr("lab_batches.b"), 1, 10_000_000, 200, key="batches_b")
e = c3.number_input(tr("lab_batches.e"), 1, 100_000, 1, key="batches_e")
drop_last = st.checkbox(tr("lab_batches.drop_last"), key="batches_drop_last")
counts = batches.iterations(n, b, e, drop_last)
c1, c2, c3 = st.columns(3)
c1.metric(tr("lab_batches.per_epoch"), f"{counts['per_epoch']:,}")
c2.metric(tr("lab_batches.total"), f"{counts['total']:,}")
c3.metric(tr("lab_batches.last"), f"{counts['last_batch']:,}")
if counts["per_epoch"] == 0:
    st.warning(tr("lab_batches.no_batch"), icon=":material/warning:")
elif drop_last:
    st.caption(tr("lab_batches.formula_floor", n=n, b=b, it=counts["per_epoch"], e=e, total=counts["total"],
                  dropped=n % b))
else:
    st.caption(tr("lab_batches.formula_ceil", n=n, b=b, it=counts["per_epoch"], e=e, total=counts["total"]))
st.code(f"""import torch
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.arange({n}))   # {n} samples (only their count matters here)
loader = DataLoader(dataset, batch_size={b}, shuffle=True, drop_last={drop_last})
print(len(loader), {e} * len(loader))   # iterations per epoch, updates in {e} epoch(s)
# for epoch in range({e}):
#     for (xb,) in loader:   # one iteration = one batch = one update""", "python")

st.subheader(tr("lab_batches.compare"))
c1, c2, c3 = st.columns(3)
mini = c1.select_slider(tr("lab_batches.mini"), [2, 4, 5, 10, 15, 20, 30], value=10, key="batches_mini")
epochs = c2.slider(tr("lab_batches.epochs"), 2, 30, 10, key="batches_epochs",
                   on_change=lambda: put("batches_upto", st.session_state.batches_epochs))  # replay the new race whole
lr = c3.select_slider(tr("lab_batches.lr"), [0.01, 0.03, 0.1, 0.3], value=0.1, key="batches_lr")
with st.spinner(tr("lab_batches.running")):
    result = comparison(mini, epochs, lr)
steps, per_epoch, x, y = result["steps"], result["epochs"], result["x"], result["y"]
n_rows = len(x)
st.caption(tr("lab_batches.compare_help", n=n_rows))
names = {mode: tr(f"lab_batches.mode.{mode}", n=n_rows, b=mini) for mode in batches.modes(mini)}

last = steps.groupby("mode", sort=False).tail(1).set_index("mode")
st.dataframe(pd.DataFrame({
    tr("lab_batches.col_mode"): [names[m] for m in last.index],
    tr("lab_batches.col_per_epoch"): [int(last.loc[m, "step"]) // epochs for m in last.index],
    tr("lab_batches.col_steps"): last["step"].astype(int).to_numpy(),
    tr("lab_batches.col_final"): last["full_loss"].to_numpy()}), hide_index=True, width="stretch")
race = batch_verdict(last["full_loss"].to_dict(), last["step"].astype(int).to_dict())
st.info(tr("lab_batches.verdict", epochs=epochs, winner=names[race["winner"]],
           loss=f"{last.loc[race['winner'], 'full_loss']:.4f}",
           steps=", ".join(f"{names[m]} {int(last.loc[m, 'step']):,}" for m in last.index)) + " "
        + (tr("lab_batches.verdict_most_steps") if race["most_steps_won"] else
           tr("lab_batches.verdict_noisy", busiest=names[race["busiest"]],
              loss=f"{last.loc[race['busiest'], 'full_loss']:.4f}")), icon=":material/insights:")

steps = steps.assign(series=steps["mode"].map(names))
st.markdown(f"**{tr('lab_batches.epoch_chart')}**")
st.altair_chart(loss_chart(per_epoch.assign(series=per_epoch["mode"].map(names)).rename(
    columns={"train_loss": "loss"})[["epoch", "loss", "series"]], x_title=tr("lab_batches.epoch"),
    y_title=tr("lab_batches.loss"), log_y=True), width="stretch")
st.markdown(f"**{tr('lab_batches.step_chart')}**")
step_rows = pd.concat([thin(part, MAX_PATH_POINTS) for _, part in steps[steps["step"] > 0].groupby("mode", sort=False)])
st.altair_chart(alt.Chart(step_rows).mark_line(strokeWidth=1).encode(
    # the axis ends at the real step count (a "nice" log axis ran to 10,000 for 1,800 steps)
    x=alt.X("step:Q", title=tr("lab_batches.step"),
            scale=alt.Scale(type="log", domain=[1, int(step_rows["step"].max())], nice=False)),
    y=alt.Y("batch_loss:Q", title=tr("lab_batches.loss"), scale=alt.Scale(type="log")),
    color=series_color(step_rows, labelLimit=320),
    tooltip=["series", "step", "epoch", alt.Tooltip("batch_loss:Q", format=".4g")]).properties(
        height=280, autosize=alt.AutoSizeParams(type="fit-x", contains="padding")),  # 280 px for the plot itself:
    width="stretch")  # with the legend and axes inside it, the eight decades of one-row losses got ~110 px

best_w, best_b = least_squares(x, y)
w_all, b_all = np.append(steps["w"].to_numpy(), best_w), np.append(steps["b"].to_numpy(), best_b)
span = max(np.ptp(w_all), np.ptp(b_all))
w_range, b_range = padded(w_all, span), padded(b_all, span)
grid = surface(x, y, w_range, b_range)
heat = image_heatmap(grid, "w", "b", w_range, b_range, "w", "b", scale="log", **LOSS_MAP)
st.markdown(f"**{tr('lab_batches.path_chart')}**")
st.caption(tr("lab_batches.path_help"))
upto = st.slider(tr("lab_batches.upto"), 0, epochs, epochs, key="batches_upto")
# SGD's path zig-zags over everything: drawn faint; every path is thin so the optimum's cross, drawn last, shows
shown = steps[steps["epoch"] <= upto]
drawn = pd.concat([thin(part, MAX_PATH_POINTS) for _, part in shown.groupby("mode", sort=False)])
drawn = drawn.assign(faint=drawn["mode"] == "sgd")
paths = alt.Chart(drawn).mark_line(point=alt.OverlayMarkDef(size=6)).encode(
    x="w:Q", y="b:Q", order="step:Q", color=series_color(drawn, labelLimit=320),
    opacity=alt.Opacity("faint:N", scale=alt.Scale(domain=[True, False], range=[0.35, 0.8]), legend=None),
    strokeWidth=alt.StrokeWidth("faint:N", scale=alt.Scale(domain=[True, False], range=[1.0, 1.5]), legend=None),
    tooltip=["series", "step", "epoch", alt.Tooltip("w:Q", format=".3f"), alt.Tooltip("b:Q", format=".3f")])
optimum = alt.Chart(pd.DataFrame({"w": [best_w], "b": [best_b]}))
best = (optimum.mark_point(shape="cross", size=420, color="white", filled=True).encode(x="w:Q", y="b:Q")  # a halo
        + optimum.mark_point(shape="cross", size=260, color="#d62728", filled=True).encode(x="w:Q", y="b:Q"))
heads = alt.Chart(shown.groupby("mode", sort=False).tail(1)).mark_circle(size=120, stroke="white", opacity=1).encode(
    x="w:Q", y="b:Q", color=series_color(drawn).legend(None),
    tooltip=["series", "step", "epoch", alt.Tooltip("w:Q", format=".3f"), alt.Tooltip("b:Q", format=".3f")])
legend = colour_legend(grid, tr("lab_batches.loss"), scale="log", **LOSS_MAP)
# "pad": 440 × 440 is the plot itself, so equal spans get equal lengths (Streamlit's "fit" would squeeze the
# axes and the legend into those pixels and the plot would no longer be square)
st.altair_chart(on_canvas((heat + paths + heads + best + legend).properties(width=440, height=440, autosize="pad")),
                width="content")

st.markdown(f"**{tr('lab_batches.code')}**")
st.code(f"""import torch
from torch import nn

area = torch.tensor({_numbers(result["x_raw"])}).float()   # the {n_rows} training rows
rent = torch.tensor({_numbers(y)}).float()
X = ((area - area.mean()) / area.std(correction=0)).reshape(-1, 1)   # area, standardised
y = rent.reshape(-1, 1)
for batch_size in (len(X), 1, {mini}):        # batch GD, SGD, mini-batch
    torch.manual_seed(0)
    model = nn.Linear(1, 1)                 # w and b: the same start every time
    optimizer = torch.optim.SGD(model.parameters(), lr={lr:g})
    order_gen = torch.Generator().manual_seed(0)
    for epoch in range({epochs}):
        order = torch.randperm(len(X), generator=order_gen) if batch_size < len(X) else torch.arange(len(X))
        for start in range(0, len(X), batch_size):
            idx = order[start:start + batch_size]
            optimizer.zero_grad()
            loss = nn.functional.mse_loss(model(X[idx]), y[idx])
            loss.backward()
            optimizer.step()                # one iteration
    with torch.no_grad():
        print(batch_size, nn.functional.mse_loss(model(X), y).item())   # the loss on every row""", "python")

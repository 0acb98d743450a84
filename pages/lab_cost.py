"""Lab: the hypothesis H(x) = Wx + b, its errors point by point, and the MSE cost surface over (W, b)."""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine.datasets import load
from engine.labs.cost import cost_grid, cost_pixels, cost_table, gradient_step, largest_stable_lr, least_squares, mse
from ui.charts import LOSS_MAP, colour_legend, heatmap, image_heatmap, on_canvas
from ui.state import put, remember, tr

remember("lab_cost_")  # the widgets as the learner left them, after a visit to another page

# Slider ranges (W, b) per dataset: wide enough to hold the optimum and the classic 13x + 1.
RANGES = {"study_hours_4": ((-5.0, 25.0), (-20.0, 40.0)), "study_hours": ((-2.0, 6.0), (-4.0, 4.0))}
PIXELS = 50  # the cost surface's picture, per axis
TIPS = 20  # hover cells per axis, each saying the cost at its centre (fewer marks than pixels: Vega is slow per mark)
START = {"study_hours_4": (13.0, 1.0), "study_hours": (1.0, 1.0)}
LR_RANGE = (0.0001, 1.0)  # wide enough to overshoot on purpose: the lesson of a too-large step


@st.cache_data
def _points(name):
    ds = load(name)
    return ds.X[:, 0].astype(float), ds.y[:, 0].astype(float)


@st.cache_data
def _surface(name):
    x, y = _points(name)
    (w_range, b_range) = RANGES[name]
    return (cost_pixels(x, y, w_range, b_range, PIXELS), cost_grid(x, y, w_range, b_range, n=TIPS),
            least_squares(x, y))


def _set(W, b):
    (w_lo, w_hi), (b_lo, b_hi) = RANGES[st.session_state.lab_cost_data]
    put("lab_cost_W", min(max(float(W), w_lo), w_hi))
    put("lab_cost_b", min(max(float(b), b_lo), b_hi))


def _reset():
    _set(*START[st.session_state.lab_cost_data])
    st.session_state.cost_trail = []


def _step():
    """One gradient step from the sliders' (W, b); the trail keeps the steps taken in a row from there."""
    state = st.session_state
    here = (state.lab_cost_W, state.lab_cost_b)
    x, y = _points(state.lab_cost_data)
    W, b, _, _ = gradient_step(*here, x, y, min(state.lab_cost_lr, LR_RANGE[1]))
    trail = state.get("cost_trail") or []
    state.cost_trail = (trail if trail and trail[-1] == here else [here])
    _set(W, b)
    state.cost_trail = [*state.cost_trail, (state.lab_cost_W, state.lab_cost_b)]


def _shown(value: float, scale: float) -> str:
    """A cost for people: rounding noise around zero (e.g. 8.5e-31 for points on a line) is shown as 0."""
    return "0" if abs(value) < 1e-12 * max(scale, 1.0) else f"{value:.4g}"


st.title(tr("nav.lab_cost"))
st.markdown(tr("lab_cost.intro"))

name = st.segmented_control(tr("lab_cost.data"), list(RANGES), key="lab_cost_data", on_change=_reset,
                            format_func={n: tr(f"lab_cost.data_{n}") for n in RANGES}.get, default="study_hours_4")
if name is None:  # clicking the selected option clears it; keep a dataset
    name = "study_hours_4"
    put("lab_cost_data", name)
if "lab_cost_W" not in st.session_state:
    _reset()
x, y = _points(name)
(w_range, b_range) = RANGES[name]

left, right = st.columns(2)
W = left.slider(tr("lab_cost.W"), *w_range, step=0.01, format="%.2f", key="lab_cost_W")
b = right.slider(tr("lab_cost.b"), *b_range, step=0.01, format="%.2f", key="lab_cost_b")
lr_col, step_col, reset_col = st.columns([2, 1, 1], vertical_alignment="bottom")
# no max_value: the widget would refuse 2 without a word; the page says why it uses 1 instead
lr_col.number_input(tr("lab_cost.lr", lo=f"{LR_RANGE[0]:g}", hi=f"{LR_RANGE[1]:g}"), LR_RANGE[0], None, 0.01,
                    step=0.005,
                    format="%.4f", key="lab_cost_lr", help=tr("lab_cost.lr_help", limit=f"{largest_stable_lr(x):.3f}"))
if st.session_state.lab_cost_lr > LR_RANGE[1]:
    st.warning(tr("lab_cost.lr_too_big", lr=f"{st.session_state.lab_cost_lr:g}", hi=f"{LR_RANGE[1]:g}"),
               icon=":material/warning:")
step_col.button(tr("lab_cost.step"), icon=":material/south:", on_click=_step, width="stretch")
reset_col.button(tr("lab_cost.reset", W=START[name][0], b=START[name][1]), icon=":material/restart_alt:",
                 on_click=_reset, width="stretch")

table = cost_table(W, b, x, y)
pixels, tips, (W_best, b_best) = _surface(name)
cost = mse(W, b, x, y)
m1, m2, m3 = st.columns([2, 1, 1])
m1.metric(tr("lab_cost.hypothesis"), f"H(x) = {W:.2f}·x {'+' if b >= 0 else '−'} {abs(b):.2f}")
m2.metric(tr("lab_cost.mse"), _shown(cost, float(np.mean(y ** 2))))
m3.metric(tr("lab_cost.best"), _shown(mse(W_best, b_best, x, y), float(np.mean(y ** 2))),
          help=tr("lab_cost.best_help", W=f"{W_best:.3f}", b=f"{b_best:.3f}"))

trail = st.session_state.get("cost_trail") or []
if trail and trail[-1] != (W, b):  # the sliders moved since the last step: that trail is over
    trail = st.session_state.cost_trail = []
if len(trail) >= 2 and mse(*trail[-1], x, y) > mse(*trail[-2], x, y):
    st.warning(tr("lab_cost.overshoot", before=f"{mse(*trail[-2], x, y):.4g}", after=f"{mse(*trail[-1], x, y):.4g}",
                  limit=f"{largest_stable_lr(x):.3f}"), icon=":material/trending_up:")

if name == "study_hours_4" and (W, b) == (13.0, 1.0):
    st.info(tr("lab_cost.tutorial_slip"), icon=":material/calculate:")

shown = table.rename(columns={c: tr(f"lab_cost.col_{c}") for c in table.columns})
st.dataframe(shown.style.format("{:.2f}"), hide_index=True, width="stretch")
st.caption(tr("lab_cost.sum", total=f"{table['squared_error'].sum():.4g}", n=len(table), mse=f"{cost:.4g}"))

fit_col, surface_col = st.columns(2)
line = pd.DataFrame({"x": [x.min() - 0.5, x.max() + 0.5]}).assign(y=lambda d: W * d.x + b)
points = alt.Chart(table).mark_circle(size=90, color="#1f77b4").encode(
    x=alt.X("x:Q", title=tr("lab_cost.x_axis")), y=alt.Y("y:Q", title=tr("lab_cost.y_axis")),
    tooltip=["x", "y", alt.Tooltip("prediction:Q", format=".2f")])
errors = alt.Chart(table).mark_rule(color="#d62728", strokeDash=[4, 3]).encode(x="x:Q", y="y:Q", y2="prediction:Q")
fit_col.altair_chart((errors + points + alt.Chart(line).mark_line(color="#ff7f0e").encode(x="x:Q", y="y:Q"))
                     .properties(height=360, title=tr("lab_cost.fit_title")), width="stretch")

# One picture instead of 2,500 rectangles (each slider move redraws the map), with a coarser invisible grid on top
# for the hover tooltips.
heat = alt.layer(
    image_heatmap(pixels, "W", "b", w_range, b_range, "W", "b", scale="sqrt", **LOSS_MAP),
    colour_legend(pixels, tr("lab_cost.mse"), scale="sqrt", **LOSS_MAP),
    heatmap(tips, "W", "b", alt.Undefined, "W", "b", w_range, b_range, opacity=0,
            tooltip=[alt.Tooltip("W:Q", format=".2f"), alt.Tooltip("b:Q", format=".2f"),
                     alt.Tooltip("cost:Q", format=".3g", title=tr("lab_cost.mse"))]))
marks = pd.DataFrame({"W": [W, W_best], "b": [b, b_best], "label": [tr("lab_cost.you"), tr("lab_cost.optimum")]})
dots = alt.Chart(marks).mark_point(size=160, filled=True, stroke="black").encode(
    x="W:Q", y="b:Q", color=alt.Color("label:N", scale=alt.Scale(domain=list(marks.label), range=["#ff7f0e", "white"]),
                                      legend=None))
# The two labels point away from each other (yours up-right, the optimum down-left), so they never collide
# when the points are close; a white outline under dark letters reads on light and dark parts of the map.
marks = marks.assign(align=["left", "right"], dx=[10, -10], dy=[-12, 16])
outline, letters = {"stroke": "white", "strokeWidth": 3}, {"color": "black"}
labels = alt.layer(*[alt.Chart(marks.iloc[[i]]).mark_text(
    align=row.align, dx=row.dx, dy=row.dy, fontWeight="bold", **paint).encode(x="W:Q", y="b:Q", text="label:N")
    for i, row in enumerate(marks.itertuples()) for paint in (outline, letters)])
steps_taken = pd.DataFrame(trail, columns=["W", "b"]).assign(step=range(len(trail)))
walk = alt.Chart(steps_taken).mark_line(color="#ff7f0e", strokeWidth=1.5, point=alt.OverlayMarkDef(
    color="#ff7f0e", size=30)).encode(x="W:Q", y="b:Q", order="step:Q", tooltip=["step", alt.Tooltip(
        "W:Q", format=".3f"), alt.Tooltip("b:Q", format=".3f")])
surface_col.altair_chart(on_canvas((heat + walk + dots + labels).properties(height=360,
                                                                           title=tr("lab_cost.surface_title"))),
                         width="stretch")
st.caption(tr("lab_cost.surface_caption", W=f"{W_best:.3f}", b=f"{b_best:.3f}"))

st.subheader(tr("lab_cost.code_title"))
lr = st.session_state.lab_cost_lr
st.code(f"""import torch

x = torch.tensor({[float(v) for v in x]}, dtype=torch.float64)
y = torch.tensor({[float(v) for v in y]}, dtype=torch.float64)
W = torch.tensor({W:.10g}, dtype=torch.float64, requires_grad=True)
b = torch.tensor({b:.10g}, dtype=torch.float64, requires_grad=True)

cost = torch.mean((W * x + b - y) ** 2)
print(cost.item())                        # the MSE above
cost.backward()                           # fills W.grad and b.grad
with torch.no_grad():                     # one gradient step, as the button takes
    W -= {lr:g} * W.grad
    b -= {lr:g} * b.grad
print(W.item(), b.item())""", language="python")

"""Lab: torch.optim optimisers racing on 2-D surfaces, drawn over the surface and its downhill arrows."""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine import surfaces
from engine.labs.optimizers import CLOSE, arrow_field, race, summary
from ui.charts import heatmap
from ui.names import optimizer_name
from ui.state import remember, tr

remember("lab_opt_")  # the widgets as the learner left them, after a visit to another page

OPTIMIZERS = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#e377c2"]  # one clear colour per optimiser
LRS = [1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0]  # 1-2-5: a log scale
GRID_N = 40
SEED_003 = {"lab_opt_surface": "paraboloid", "lab_opt_x0": -3.0, "lab_opt_x1": 4.0, "lab_opt_lr": 0.1,
            "lab_opt_steps": 20}


@st.cache_data
def _background(surface):
    xs, ys, zz = surfaces.grid(surface, GRID_N)
    g0, g1 = np.meshgrid(xs, ys)  # zz[i, j] belongs to (xs[j], ys[i]), as meshgrid lays it out
    cells = pd.DataFrame({"x0": g0.ravel(), "x1": g1.ravel(), "loss": zz.ravel()})
    return cells, arrow_field(surface)


@st.cache_data
def _race(surface, optimizers, lr, steps, start):
    paths = race(surface, optimizers, lr, steps, start)
    return paths, summary(surface, paths)


def _surface_defaults():
    s = surfaces.get(st.session_state.lab_opt_surface)
    st.session_state.lab_opt_x0, st.session_state.lab_opt_x1 = s.start
    st.session_state.lab_opt_lr = s.lr


def _seed_003():
    st.session_state.update(SEED_003)
    if "sgd" not in st.session_state.lab_opt_optimizers:
        st.session_state.lab_opt_optimizers = ["sgd", *st.session_state.lab_opt_optimizers]


if "lab_opt_surface" not in st.session_state:
    st.session_state.update(SEED_003, lab_opt_optimizers=["sgd", "momentum", "adam"])

st.title(tr("nav.lab_optimizers"))
st.markdown(tr("lab_optimizers.intro"))

top = st.columns([2, 3, 2], vertical_alignment="bottom")
surface = top[0].selectbox(tr("lab_optimizers.surface"), surfaces.names(), key="lab_opt_surface",
                           on_change=_surface_defaults, format_func={n: tr(f"lab_optimizers.s_{n}") for n in surfaces.names()}.get)
names = {name: optimizer_name(name, short=True) for name in OPTIMIZERS}  # what the choices, legend and table show
chosen = top[1].multiselect(tr("lab_optimizers.optimizers"), OPTIMIZERS, key="lab_opt_optimizers",
                            format_func=names.get)
top[2].button(tr("lab_optimizers.seed003"), icon=":material/replay:", on_click=_seed_003, width="stretch",
              help=tr("lab_optimizers.seed003_help"))
row = st.columns(4)
s = surfaces.get(surface)
x0 = row[0].number_input(tr("lab_optimizers.x0"), *s.xlim, step=0.1, key="lab_opt_x0")
x1 = row[1].number_input(tr("lab_optimizers.x1"), *s.ylim, step=0.1, key="lab_opt_x1")
lr = row[2].select_slider(tr("lab_optimizers.lr"), LRS, key="lab_opt_lr", format_func=lambda v: f"{v:g}")
steps = row[3].slider(tr("lab_optimizers.steps"), 1, 300, key="lab_opt_steps")
st.caption(tr(f"lab_optimizers.about_{surface}"))

if not chosen:
    st.info(tr("lab_optimizers.pick"), icon=":material/sports_score:")
    st.stop()
paths, results = _race(surface, tuple(chosen), lr, steps, (x0, x1))
cells, arrows = _background(surface)

heat = heatmap(cells, "x0", "x1", alt.Color("loss:Q", scale=alt.Scale(scheme="greys", reverse=True), legend=None),
               "x0", "x1", s.xlim, s.ylim, opacity=0.85)
field = alt.Chart(arrows).mark_point(shape="wedge", filled=True, color="#555", opacity=0.7).encode(
    x="x0:Q", y="x1:Q", angle=alt.Angle("angle:Q", scale=alt.Scale(domain=[0, 360], range=[0, 360])),
    size=alt.Size("length:Q", scale=alt.Scale(type="sqrt", range=[0, 320]), legend=None))
legend = alt.Scale(domain=list(names.values()), range=COLORS)
color = alt.Color("optimizer:N", scale=legend, title=tr("lab_optimizers.optimizer"))
drawn = paths.dropna(subset=["x0", "x1"]).assign(optimizer=lambda frame: frame.optimizer.map(names))
lines = alt.Chart(drawn).mark_line(strokeWidth=2.5, clip=True).encode(x="x0:Q", y="x1:Q", color=color, order="step:Q")
dots = alt.Chart(drawn).mark_circle(size=28, clip=True).encode(
    x="x0:Q", y="x1:Q", color=alt.Color("optimizer:N", scale=legend, legend=None),
    tooltip=["optimizer", "step", alt.Tooltip("x0:Q", format=".4f"), alt.Tooltip("x1:Q", format=".4f"),
             alt.Tooltip("loss:Q", format=".4g")])
layers = [heat, field, lines, dots]
if s.minimum is not None:
    layers.append(alt.Chart(pd.DataFrame({"x0": [s.minimum[0]], "x1": [s.minimum[1]]}))
                  .mark_point(shape="cross", size=220, color="#d62728", strokeWidth=3).encode(x="x0:Q", y="x1:Q"))

left, right = st.columns([3, 2])
left.altair_chart(alt.layer(*layers).properties(height=520, title=tr("lab_optimizers.map_title"))
                  .configure_axis(grid=False), width="stretch")
right.altair_chart(alt.Chart(drawn).mark_line().encode(
    x=alt.X("step:Q", title=tr("lab_optimizers.step")), y=alt.Y("loss:Q", title=tr("lab_optimizers.loss")),
    color=color).properties(height=500, title=tr("lab_optimizers.loss_title")), width="stretch")


def _reached(value):
    if value is None:
        return tr("lab_optimizers.no_minimum")
    return {-1: tr("lab_optimizers.never"), -2: tr("lab_optimizers.diverged")}.get(value, str(value))


table = pd.DataFrame({
    tr("lab_optimizers.optimizer"): results.optimizer.map(names),
    tr("lab_optimizers.final_point"): [f"({a:.4f}, {b:.4f})" for a, b in zip(results.x0, results.x1)],
    tr("lab_optimizers.final_loss"): [f"{v:.4g}" for v in results.loss],
    tr("lab_optimizers.distance"): ["—" if d is None or pd.isna(d) else f"{d:.4f}" for d in results.distance],
    tr("lab_optimizers.reached", close=f"{CLOSE:g}"): [_reached(v) for v in results.reached],
})
st.dataframe(table, hide_index=True, width="stretch")
st.caption(tr("lab_optimizers.table_help", close=f"{CLOSE:g}"))
if (surface, lr, x0, x1) == ("paraboloid", 0.1, -3.0, 4.0) and "sgd" in chosen:
    sgd = results.set_index("optimizer").loc["sgd"]
    st.success(tr("lab_optimizers.seed003_result", steps=steps, factor=f"{0.8 ** steps:.6g}", x0=f"{sgd.x0:.6f}",
                  x1=f"{sgd.x1:.6f}", distance=f"{sgd.distance:.6f}"), icon=":material/check_circle:")

st.subheader(tr("lab_optimizers.code_title"))
st.code(f"""import torch

point = torch.tensor([{x0:g}, {x1:g}], requires_grad=True)
opt = torch.optim.Adam([point], lr={lr:g})   # or SGD(..., momentum=0.9, nesterov=True), RMSprop, Adagrad

for step in range({steps}):
    opt.zero_grad()
    loss = point[0] ** 2 + point[1] ** 2        # the paraboloid
    loss.backward()
    opt.step()""", language="python")

"""Lab: gradient descent on one weight of y_hat = w·x over the rent data, one step at a time."""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine.datasets import load
from engine.labs import descent
from ui.state import end_page, put, remember, tr

remember("lab_descent_")  # the widgets as the learner left them, after a visit to another page

W_START = 0.2
VIEW = 1.6  # the loss curve spans w* ± VIEW (w* ≈ 1.64 on rent: the start 0.2 stays in view)


@st.cache_data
def _data():
    ds = load("rent")
    train = ~ds.test_mask
    return ds.X[train, 0].astype(float), ds.y[train, 0].astype(float)


@st.cache_data
def _curve(x, y):
    w_star = descent.best_w(x, y)
    ws = np.linspace(w_star - VIEW, w_star + VIEW, 121)
    return pd.DataFrame({"w": ws, "loss": descent.loss_curve(x, y, ws)})


def _reset():
    st.session_state.lab_descent_path = [float(st.session_state.lab_descent_start)]


def _preset():
    if st.session_state.lab_descent_preset:
        put("lab_descent_lr", presets[st.session_state.lab_descent_preset])
    _reset()


def _advance(steps):
    path = st.session_state.lab_descent_path
    path += descent.run(path[-1], st.session_state.lab_descent_lr, steps, x, y)


x, y = _data()
w_star, crit = descent.best_w(x, y), descent.critical_lr(x)
presets = descent.preset_lrs(x)
st.session_state.setdefault("lab_descent_start", W_START)
st.session_state.setdefault("lab_descent_lr", presets["about_right"])
st.session_state.setdefault("lab_descent_path", [W_START])

st.title(tr("nav.lab_descent"))
st.markdown(tr("lab_descent.intro", n=len(x)))

c1, c2 = st.columns(2)
c1.segmented_control(tr("lab_descent.preset"), list(presets), key="lab_descent_preset", on_change=_preset,
                     format_func={p: tr(f"lab_descent.preset_{p}") for p in presets}.get)
c2.number_input(tr("lab_descent.lr"), min_value=1e-7, max_value=0.01, step=1e-5, format="%.6f",
                key="lab_descent_lr", on_change=_reset, help=tr("lab_descent.lr_help", crit=f"{crit:.6f}"))
c1.slider(tr("lab_descent.start"), float(round(w_star - VIEW, 2)), float(round(w_star + VIEW, 2)), step=0.01,
          key="lab_descent_start", on_change=_reset)
b1, b2, b3 = c2.columns(3)
path = st.session_state.lab_descent_path
blown = not abs(path[-1]) < descent.BLOW_UP
b1.button(tr("lab_descent.step"), icon=":material/south:", on_click=_advance, args=(1,), disabled=blown,
          width="stretch")
b2.button(tr("lab_descent.run20"), icon=":material/fast_forward:", on_click=_advance, args=(20,), disabled=blown,
          width="stretch")
b3.button(tr("lab_descent.reset"), icon=":material/restart_alt:", on_click=_reset, width="stretch")

lr = st.session_state.lab_descent_lr
path = st.session_state.lab_descent_path
w = path[-1]
st.info(tr("lab_descent.critical", curv=f"{descent.curvature(x):.1f}", half=f"{crit / 2:.6f}", crit=f"{crit:.6f}",
           lr=f"{lr:.6f}", ratio=f"{lr / crit:.2f}"), icon=":material/speed:")

if blown:
    st.error(tr("lab_descent.blown", steps=len(path) - 1), icon=":material/warning:")
    end_page()
m = st.columns(5)
m[0].metric(tr("lab_descent.step_no"), len(path) - 1)
COMPACT = ".6g"  # six significant digits: a diverging run's −29487.0123… still fits a fifth of the page
m[1].metric("w", f"{w:{COMPACT}}", help=tr("lab_descent.w_star", w_star=f"{w_star:.4f}"))
m[2].metric(tr("lab_descent.loss"), f"{descent.loss(w, x, y):{COMPACT}}")
m[3].metric(tr("lab_descent.slope_auto"), f"{descent.slope(w, x, y):{COMPACT}}")
m[4].metric(tr("lab_descent.slope_num"), f"{descent.numeric_slope(w, x, y):{COMPACT}}",
            help=tr("lab_descent.slope_num_help"))

curve = _curve(x, y)
lo, hi = curve.w.min(), curve.w.max()
top = float(curve.loss.max())
steps = pd.DataFrame({"step": range(len(path)), "w": path}).assign(loss=lambda d: descent.loss_curve(x, y, d.w))
tx, ty = descent.tangent(w, x, y, 0.25)
w_axis = alt.X("w:Q", title=tr("lab_descent.w_axis"), scale=alt.Scale(domain=[lo, hi], nice=False))
loss_axis = alt.Y("loss:Q", title=tr("lab_descent.loss"), scale=alt.Scale(domain=[0, top], nice=False))
layers = [
    alt.Chart(curve).mark_line(color="#1f77b4").encode(x=w_axis, y=loss_axis),
    alt.Chart(pd.DataFrame({"w": tx, "loss": ty})).mark_line(color="#d62728", strokeWidth=2.5, clip=True)
    .encode(x="w:Q", y="loss:Q"),
    alt.Chart(steps).mark_line(color="#ff7f0e", opacity=0.6, clip=True).encode(x="w:Q", y="loss:Q", order="step:Q"),
    alt.Chart(steps).mark_circle(size=70, color="#ff7f0e", clip=True).encode(
        x="w:Q", y="loss:Q", tooltip=["step:Q", alt.Tooltip("w:Q", format=".4f"), alt.Tooltip("loss:Q", format=".4g")]),
    alt.Chart(pd.DataFrame({"w": [w_star]})).mark_rule(strokeDash=[4, 4], color="gray").encode(x="w:Q"),
]
left, right = st.columns([3, 2])
left.altair_chart(alt.layer(*layers).properties(height=380, title=tr("lab_descent.curve_title")), width="stretch")
right.altair_chart(alt.Chart(steps).mark_line(point=True, color="#ff7f0e").encode(
    # whole-number steps, and an axis from 0 to at least 1 so a lone first point gets no 0.000000 tick
    x=alt.X("step:Q", title=tr("lab_descent.step_no"), scale=alt.Scale(domain=[0, max(1, len(path) - 1)]),
            axis=alt.Axis(tickMinStep=1, format="d")),
    y=alt.Y("loss:Q", title=tr("lab_descent.loss"), scale=alt.Scale(type="log"), axis=alt.Axis(format="~g")))
    .properties(height=380, title=tr("lab_descent.history_title")), width="stretch")
if not lo <= w <= hi:
    st.warning(tr("lab_descent.off_chart"), icon=":material/open_in_full:")

st.subheader(tr("lab_descent.code_title"))
st.code(f"""import torch

x = torch.tensor({[round(float(v), 6) for v in x]}, dtype=torch.float64)   # the {len(x)} training flats (m²)
y = torch.tensor({[round(float(v), 6) for v in y]}, dtype=torch.float64)   # their rent
w = torch.tensor({float(st.session_state.lab_descent_start)!r}, dtype=torch.float64, requires_grad=True)
lr = {lr!r}

for step in range({len(path) - 1}):   # the steps taken above
    loss = torch.mean((w * x - y) ** 2)
    loss.backward()              # w.grad = dL/dw, the tangent's slope
    with torch.no_grad():
        w -= lr * w.grad         # downhill: against the slope
    w.grad.zero_()               # gradients add up unless cleared
print(w.item())""", language="python")

"""Lab: central differences against autograd: the error as h shrinks, and what each costs on a real net."""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine.grad import time_numerical_vs_autograd
from engine.labs.gradients import CODE, FUNCTIONS, H_EXPONENTS, autograd, central, error_curve, has_truncation_error
from ui.state import remember, tr

remember("lab_grad_")  # the widgets as the learner left them, after a visit to another page


@st.cache_data
def _curve(name, dtype):
    return pd.DataFrame(error_curve(name, dtype), columns=["h", "error"])


def _vector(v):
    v = np.atleast_1d(v)
    return ", ".join(f"{a:.10g}" for a in v) if v.size > 1 else f"{v[0]:.10g}"


st.title(tr("nav.lab_gradients"))
st.markdown(tr("lab_gradients.intro"))

c1, c2, c3 = st.columns([2, 1, 3])
name = c1.radio(tr("lab_gradients.function"), list(FUNCTIONS), key="lab_grad_fn",
                format_func={n: tr(f"lab_gradients.f_{n}") for n in FUNCTIONS}.get)
dtype = c2.radio(tr("lab_gradients.dtype"), ["float64", "float32"], key="lab_grad_dtype")
exponent = c3.select_slider(tr("lab_gradients.h"), list(H_EXPONENTS), value=-4.0, key="lab_grad_h",
                            format_func=lambda e: f"1e{e:g}" if e == int(e) else f"{10.0 ** e:.2g}")
h = 10.0**exponent

exact = autograd(name)
numeric = central(name, h, dtype)
error = float(np.max(np.abs(numeric.astype(np.float64) - exact)))
m = st.columns(3)
m[0].metric(tr("lab_gradients.numeric", h=f"{h:.2g}"), _vector(numeric))
m[1].metric(tr("lab_gradients.autograd"), _vector(exact))
# "largest" only means something when there are several partial derivatives to compare
m[2].metric(tr("lab_gradients.error" if np.size(exact) > 1 else "lab_gradients.error_one"), f"{error:.3g}")

curve = _curve(name, dtype)
exact_rows = curve.error == 0  # a log axis cannot show 0: say so instead
shown = curve[~exact_rows]
x_axis = alt.X("h:Q", scale=alt.Scale(type="log"), title=tr("lab_gradients.h_axis"), axis=alt.Axis(format=".0e"))
chart = alt.Chart(shown).mark_line(point=True).encode(
    x=x_axis, y=alt.Y("error:Q", scale=alt.Scale(type="log"), title=tr("lab_gradients.error_axis"),
                      axis=alt.Axis(format=".0e")),
    tooltip=[alt.Tooltip("h:Q", format=".2e"), alt.Tooltip("error:Q", format=".3e")])
now = alt.Chart(pd.DataFrame({"h": [h]})).mark_rule(color="#d62728", strokeWidth=2).encode(x="h:Q")
st.altair_chart((chart + now).properties(height=340, title=tr("lab_gradients.chart_title", dtype=dtype)),
                width="stretch")
if exact_rows.any():
    st.caption(tr("lab_gradients.exact_rows", n=int(exact_rows.sum())))
best = shown.loc[shown.error.idxmin()] if len(shown) else None
if not has_truncation_error(name):
    st.info(tr("lab_gradients.no_truncation"), icon=":material/balance:")
elif best is not None:
    st.info(tr("lab_gradients.two_errors", best_h=f"{best.h:.1e}", best_err=f"{best.error:.1e}", dtype=dtype),
            icon=":material/balance:")

f_numpy, f_torch, point = CODE[name]
st.code(f"""import numpy as np, torch

def f(x):
    return {f_numpy}

def central_difference(f, x, h={h:.2g}):
    x = np.array(x, dtype=np.{dtype})
    grad = np.zeros_like(x)
    for i in range(x.size):                      # two evaluations per input number
        step = np.zeros_like(x)
        step.flat[i] = h
        grad.flat[i] = (f(x + step) - f(x - step)) / (2 * step.flat[i])
    return grad

x = torch.tensor({point}, dtype=torch.float64, requires_grad=True)
{f_torch}.backward()                             # autograd: one backward pass for all inputs
print(central_difference(f, {point}), x.grad.numpy())""", language="python")

st.subheader(tr("lab_gradients.cost_title"))
st.markdown(tr("lab_gradients.cost_intro"))
if st.button(tr("lab_gradients.time_it"), icon=":material/timer:", type="primary"):
    with st.spinner(tr("lab_gradients.timing")):
        st.session_state.lab_grad_timing = time_numerical_vs_autograd()
timing = st.session_state.get("lab_grad_timing")
if timing:
    t = st.columns(4)
    t[0].metric(tr("lab_gradients.t_autograd"), f"{timing['autograd_s'] * 1000:.1f} ms")
    t[1].metric(tr("lab_gradients.t_slice", k=timing["slice_size"]), f"{timing['numeric_slice_s']:.2f} s")
    t[2].metric(tr("lab_gradients.t_full", n=f"{timing['n_params']:,}"),
                f"{timing['numeric_full_estimate_s']:.0f} s")
    t[3].metric(tr("lab_gradients.t_ratio"), f"{timing['ratio']:,.0f}×")
    st.caption(tr("lab_gradients.t_note", k=timing["slice_size"], n=f"{timing['n_params']:,}",
                  diff=f"{timing['max_abs_diff']:.1e}"))
    st.success(tr("lab_gradients.lesson", minutes=f"{timing['numeric_full_estimate_s'] / 60:.1f}",
                  ratio=f"{timing['ratio']:,.0f}"), icon=":material/bolt:")

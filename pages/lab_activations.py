"""Lab: activation functions and their autograd derivatives, saturation, and softmax with a temperature."""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine.errors import LearnerError
from engine.labs import activations
from engine.labs.loss_examples import parse_numbers
from ui.state import end_page, remember, show_error, tr

remember("act_")  # the widgets as the learner left them, after a visit to another page

TORCH_CALL = {"linear": "x", "sigmoid": "torch.sigmoid(x)", "tanh": "torch.tanh(x)", "relu": "F.relu(x)",
              "leaky_relu": "F.leaky_relu(x, {slope:g})", "elu": "F.elu(x)", "selu": "F.selu(x)",
              "logsigmoid": "F.logsigmoid(x)"}
TEMPERATURES = [0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 100.0]

# a colour and a dash per function, in the order of activations.FUNCTIONS
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
DASHES = [[1, 0], [12, 4], [6, 3], [2, 3], [12, 3, 2, 3], [4, 4], [8, 2, 2, 2], [1, 4]]

curve = st.cache_data(activations.curve, show_spinner=False)

st.title(tr("lab_activations.title"))
st.write(tr("lab_activations.intro"))

function_names = {k: tr(f"lab_activations.name.{k}") for k in activations.FUNCTIONS}
left, mid, right = st.columns([2, 3, 2])
name = left.selectbox(tr("lab_activations.function"), list(function_names), index=1, format_func=function_names.get,
                      key="act_function")
compared = mid.multiselect(tr("lab_activations.compare"), list(function_names), default=["tanh", "relu"],
                           format_func=function_names.get, key="act_compare")
slope = right.slider(tr("lab_activations.slope"), 0.0, 0.5, 0.1, 0.01,
                     disabled="leaky_relu" not in [name, *compared], key="act_slope")
st.info(tr(f"lab_activations.use.{name}"), icon=":material/lightbulb:")

shown = [name] + [n for n in compared if n != name]
frames = {n: curve(n, slope) for n in shown}
top = activations.max_slope(frames[name])
left, right = st.columns([1, 2])
left.metric(tr("lab_activations.max_slope"), f"{top:.4g}")
layers = right.slider(tr("lab_activations.layers"), 1, 30, 10, key="act_layers")
left.metric(tr("lab_activations.after_layers", n=layers), f"{top ** layers:.3g}")

curve_names = {"f": "f(x)", "df": "f′(x)"}
long = pd.concat([frame.melt(id_vars="x", value_vars=list(curve_names), var_name="curve", value_name="value")
                  .assign(function=function_names[n]) for n, frame in frames.items()], ignore_index=True)
long["curve"] = long["curve"].map(curve_names)
order = [function_names[n] for n in shown]
# one colour per function, whichever is selected or compared (tanh is not blue one moment and orange the next)
hues = [PALETTE[list(activations.FUNCTIONS).index(n)] for n in shown]
color = alt.Color("function:N", title=None, sort=order, legend=alt.Legend(orient="top"),
                  scale=alt.Scale(domain=order, range=hues))
# A fixed window around the bends: ReLU's 6 at x = 6 would otherwise squash sigmoid's 0.25 into a flat line.
lines = alt.Chart(long).mark_line(strokeWidth=2.5, clip=True).encode(
    x=alt.X("x:Q", title="x"),
    y=alt.Y("value:Q", title=tr("lab_activations.value"), scale=alt.Scale(domain=[-1.5, 2.0])), color=color,
    strokeDash=alt.StrokeDash("curve:N", title=None, sort=list(curve_names.values()),
                              scale=alt.Scale(domain=list(curve_names.values()), range=[[1, 0], [6, 3]]),
                              legend=alt.Legend(orient="top")),
    tooltip=["function", "curve", alt.Tooltip("x:Q", format=".2f"), alt.Tooltip("value:Q", format=".4f")])
st.markdown(f"**{tr('lab_activations.chart')}**")
st.altair_chart(lines.properties(height=340), width="stretch")

slopes = {function_names[n]: activations.max_slope(frame) for n, frame in frames.items()}
products = pd.concat([pd.DataFrame({"layers": np.arange(1, layers + 1), "function": label,
                                    "left": activations.best_case_products(v, layers)})
                      for label, v in slopes.items()], ignore_index=True)
left, right = st.columns([3, 2])
left.markdown(f"**{tr('lab_activations.product_chart')}**")
# functions with the same largest slope (tanh, ReLU: 1) draw the same line: a dash per function keeps both visible
dashes = [DASHES[list(activations.FUNCTIONS).index(n)] for n in shown]
left.altair_chart(alt.Chart(products).mark_line(point=True, strokeWidth=2.5).encode(
    x=alt.X("layers:Q", title=tr("lab_activations.layers_axis"), axis=alt.Axis(tickMinStep=1, format="d")),
    y=alt.Y("left:Q", title=tr("lab_activations.left_axis"), scale=alt.Scale(type="log"),
            axis=alt.Axis(format="~e")),
    color=color, strokeDash=alt.StrokeDash("function:N", sort=order, legend=None,
                                           scale=alt.Scale(domain=order, range=dashes)),
    tooltip=["function", "layers", alt.Tooltip("left:Q", format=".3g")]).properties(height=260),
    width="stretch")
# about the selected function: its own largest slope, and what that slope does over the chosen layers
trend = "small" if top ** layers < 0.01 else "grows" if top > 1.01 else "kept"
right.info(tr("lab_activations.vanishing", name=function_names[name], n=layers, top=f"{top:.3g}",
              left=f"{top ** layers:.3g}") + " " + tr(f"lab_activations.vanishing_{trend}", name=function_names[name]),
           icon=":material/trending_down:")
st.code(f"""import torch
import torch.nn.functional as F

x = torch.linspace(-6, 6, 241, requires_grad=True)
y = {TORCH_CALL[name].format(slope=slope)}
dy, = torch.autograd.grad(y.sum(), x)   # f'(x) at every x
top = dy.abs().max().item()
print(top, top ** {layers})   # largest slope; at best what is left after {layers} layers""", "python")

st.subheader(tr("lab_activations.softmax_title"))
st.caption(tr("lab_activations.softmax_help"))
left, right = st.columns(2)
text = left.text_input(tr("lab_activations.logits"), "2.0, 1.0, 0.1, -1.0", key="act_logits")
temperature = right.select_slider(tr("lab_activations.temperature"), TEMPERATURES, value=1.0, key="act_temperature")
try:
    logits = parse_numbers(text)
except LearnerError as error:
    show_error(error)
    end_page()
probs = activations.softmax(logits, temperature)
left, right = st.columns(2)
left.metric(tr("lab_activations.top"), f"{probs.max():.4f}")
right.metric(tr("lab_activations.uniform"), f"{1 / len(probs):.4f}")
st.altair_chart(alt.Chart(pd.DataFrame({"index": np.arange(len(probs)), "prob": probs})).mark_bar().encode(
    x=alt.X("index:O", title=tr("lab_activations.index")),
    y=alt.Y("prob:Q", title=tr("lab_activations.prob"), scale=alt.Scale(domain=[0, 1])),
    tooltip=["index", alt.Tooltip("prob:Q", format=".4f")]).properties(height=240), width="stretch")
st.code(f"""import torch

logits = torch.tensor([{text}])
T = {temperature:g}
probs = torch.softmax(logits / T, dim=0)   # large T → even, small T → one-hot
print(probs.max().item())""", "python")

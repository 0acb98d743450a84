"""Lab: activation functions and their autograd derivatives, saturation, and softmax with a temperature."""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine.errors import LearnerError
from engine.labs import activations
from engine.labs.loss_examples import parse_numbers
from ui.state import remember, show_error, tr

remember("act_")  # the widgets as the learner left them, after a visit to another page

TORCH_CALL = {"linear": "x", "sigmoid": "torch.sigmoid(x)", "tanh": "torch.tanh(x)", "relu": "F.relu(x)",
              "leaky_relu": "F.leaky_relu(x, {slope:g})", "elu": "F.elu(x)", "selu": "F.selu(x)",
              "logsigmoid": "F.logsigmoid(x)"}
TEMPERATURES = [0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 100.0]

curve = st.cache_data(activations.curve, show_spinner=False)

st.title(tr("lab_activations.title"))
st.write(tr("lab_activations.intro"))

left, right = st.columns(2)
function_names = {k: tr(f"lab_activations.name.{k}") for k in activations.FUNCTIONS}
name = left.selectbox(tr("lab_activations.function"), list(function_names), index=1, format_func=function_names.get,
                      key="act_function")
slope = right.slider(tr("lab_activations.slope"), 0.0, 0.5, 0.1, 0.01, disabled=name != "leaky_relu", key="act_slope")
frame = curve(name, slope)
st.info(tr(f"lab_activations.use.{name}"), icon=":material/lightbulb:")
st.metric(tr("lab_activations.saturated"), f"{100 * activations.saturated_share(frame):.0f}%")

names = {"f": "f(x)", "df": "f′(x)"}
long = frame.melt(id_vars=["x", "saturated"], value_vars=list(names), var_name="curve", value_name="value")
long["curve"] = long["curve"].map(names)
lines = alt.Chart(long).mark_line().encode(
    x=alt.X("x:Q", title="x"), y=alt.Y("value:Q", title=tr("lab_activations.value")),
    color=alt.Color("curve:N", title=None, legend=alt.Legend(orient="top")),
    tooltip=["curve", alt.Tooltip("x:Q", format=".2f"), alt.Tooltip("value:Q", format=".4f")])
flat = alt.Chart(long[(long["curve"] == names["df"]) & long["saturated"]].assign(
    label=tr("lab_activations.is_saturated"))).mark_circle(size=18, color="#d62728").encode(
    x="x:Q", y="value:Q", shape=alt.Shape("label:N", title=None, legend=alt.Legend(orient="top")))
st.markdown(f"**{tr('lab_activations.chart')}**")
st.altair_chart((lines + flat).properties(height=320), width="stretch")
st.code(f"""import torch.nn.functional as F

x = torch.linspace(-6, 6, 241, requires_grad=True)
y = {TORCH_CALL[name].format(slope=slope)}
dy, = torch.autograd.grad(y.sum(), x)   # f'(x) at every x
saturated = dy.abs() < 0.01""", "python")

st.subheader(tr("lab_activations.softmax_title"))
st.caption(tr("lab_activations.softmax_help"))
left, right = st.columns(2)
text = left.text_input(tr("lab_activations.logits"), "2.0, 1.0, 0.1, -1.0", key="act_logits")
temperature = right.select_slider(tr("lab_activations.temperature"), TEMPERATURES, value=1.0, key="act_temperature")
try:
    logits = parse_numbers(text)
except LearnerError as error:
    show_error(error)
    st.stop()
probs = activations.softmax(logits, temperature)
left, right = st.columns(2)
left.metric(tr("lab_activations.top"), f"{probs.max():.4f}")
right.metric(tr("lab_activations.uniform"), f"{1 / len(probs):.4f}")
st.altair_chart(alt.Chart(pd.DataFrame({"index": np.arange(len(probs)), "prob": probs})).mark_bar().encode(
    x=alt.X("index:O", title=tr("lab_activations.index")),
    y=alt.Y("prob:Q", title=tr("lab_activations.prob"), scale=alt.Scale(domain=[0, 1])),
    tooltip=["index", alt.Tooltip("prob:Q", format=".4f")]).properties(height=240), width="stretch")
st.code(f"""logits = torch.tensor([{text}])
T = {temperature:g}
probs = torch.softmax(logits / T, dim=0)   # large T → even, small T → one-hot""", "python")

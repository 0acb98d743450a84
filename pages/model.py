"""Model: a linear model or an MLP; the architecture as a diagram, its parameters counted by hand and by torchinfo.

This page owns the config's hidden layers, activation and dropout; every widget is bound to them with
ui.state.bind, so widgets, config and the preset box never disagree. The last MLP is kept while a linear
model is chosen, so switching back brings it back.
"""
import streamlit as st

from engine.config import ACTIVATIONS, TrainConfig
from engine.models import build_model, count_params, param_formula
from engine.summary import summarize
from ui.help import help_for
from ui.lab_cache import torch_alone
from ui.names import activation_name, summary_table
from ui.state import bind, config, kept, labels, put, require_dataset, tr

PRESETS = {
    "linear": dict(hidden=[], activation="relu", dropout=0.0),
    "seed001": dict(hidden=[50, 30], activation="relu", dropout=0.5),
    "seed003": dict(hidden=[50], activation="sigmoid", dropout=0.0),
}
PRESET_SHAPES = {"seed001": (13, 1), "seed003": (784, 10)}  # (inputs, outputs) of the tutorial's data
MAX_LAYERS = 10
DEFAULT_UNITS = 32


def _mlp(cfg: TrainConfig) -> list[int]:
    """The hidden layers the MLP widgets show: the config's, or the last MLP while the model is linear."""
    return cfg.hidden or kept("model_last_hidden") or [DEFAULT_UNITS]


def _resized(n: int) -> dict:
    hidden = _mlp(config())[:n]
    return {"hidden": hidden + [DEFAULT_UNITS] * (n - len(hidden))}


def _with_units(i: int):
    def changes(units):
        hidden = list(_mlp(config()))
        hidden[i] = int(units)
        return {"hidden": hidden}
    return changes


def _preset_of(cfg: TrainConfig, shape) -> str:
    for name, preset in PRESETS.items():
        if cfg.hidden == preset["hidden"] and (not cfg.hidden or (cfg.activation, cfg.dropout) ==
                                                (preset["activation"], preset["dropout"])) \
                and PRESET_SHAPES.get(name, shape) == shape:
            return name
    return "custom"


@st.cache_data(show_spinner=False, max_entries=32)
def _describe(hidden: tuple, activation: str, dropout: float, n_features: int, n_outputs: int):
    """torchinfo table, print(model) text and the parameter count of one architecture (pure, so cached)."""
    with torch_alone():  # its weights and torchinfo's input are drawn from torch's generator, as a lab's work is
        model = build_model(TrainConfig(hidden=list(hidden), activation=activation, dropout=dropout), n_features,
                            n_outputs)
        return summarize(model, n_features), str(model), count_params(model)


def _diagram(cfg: TrainConfig, n_features: int, n_outputs: int, task: str) -> str:
    """Graphviz DOT of input → hidden layers → output, each box saying what it does."""
    boxes = [tr("model_page.dot_input", n=n_features)]
    width = n_features
    for i, units in enumerate(cfg.hidden, 1):
        text = tr("model_page.dot_hidden", i=i, fan_in=width, units=units, activation=cfg.activation)
        boxes.append(text + (tr("model_page.dot_dropout", p=cfg.dropout) if cfg.dropout else ""))
        width = units
    boxes.append(tr("model_page.dot_output", fan_in=width, n=n_outputs) + tr(f"model_page.means_{task}", n=n_outputs))
    nodes = "\n".join(f'  n{i} [label="{b}"];' for i, b in enumerate(boxes))
    edges = " -> ".join(f"n{i}" for i in range(len(boxes)))
    return ('digraph {\n  rankdir=LR;\n  node [shape=box, style="rounded,filled", fillcolor="#eef3fb", '
            f'color="#4a6fa5", fontname="Helvetica", fontsize=11];\n{nodes}\n  {edges};\n}}')


st.title(tr("nav.model"))
st.caption(tr("model_page.intro"))
ds = require_dataset()
cfg = config()
n_features, n_outputs = ds.X.shape[1], ds.n_outputs

shape = (n_features, n_outputs)
presets = ["custom", *[name for name in PRESETS if PRESET_SHAPES.get(name, shape) == shape]]
bind(st.selectbox, tr("model_page.preset"), "model_preset", "hidden", shown=lambda c: _preset_of(c, shape),
     changes=lambda v: PRESETS.get(v, {}), options=presets,
     format_func=labels("model_page.preset_", presets).get, help=tr("model_page.preset_help"))
bind(st.radio, tr("model_page.kind"), "model_kind", "hidden", shown=lambda c: "mlp" if c.hidden else "linear",
     changes=lambda v: {"hidden": [] if v == "linear" else _mlp(config())}, options=["linear", "mlp"],
     horizontal=True, format_func=labels("model_page.kind_", ("linear", "mlp")).get)
cfg = config()
linear = not cfg.hidden
if linear:
    st.caption(tr("model_page.linear_help", n=n_features, out=n_outputs))
else:
    put("model_last_hidden", cfg.hidden)
# Hidden-layer controls stay on screen (disabled for a linear model), showing the MLP a switch back brings.
hidden = _mlp(cfg)
left, right = st.columns([1, 2])
with left:
    bind(st.number_input, tr("model_page.layers"), "model_layers", "hidden", shown=lambda c: len(_mlp(c)),
         changes=lambda v: _resized(int(v)), min_value=1, max_value=MAX_LAYERS, step=1, disabled=linear,
         help=help_for("hidden_layer"))
    bind(st.selectbox, tr("model_page.activation"), "model_activation", "activation", options=ACTIVATIONS,
         format_func=activation_name, help=help_for("activation"), disabled=linear)
    bind(st.slider, tr("model_page.dropout"), "model_dropout", "dropout", shown=lambda c: float(c.dropout),
         min_value=0.0, max_value=0.9, step=0.05, help=tr("model_page.dropout_help"), disabled=linear)
units = right.columns(min(len(hidden), 5))
for i in range(len(hidden)):
    with units[i % len(units)]:
        bind(st.number_input, tr("model_page.units", i=i + 1), f"model_units_{i}", "hidden",
             shown=lambda c, i=i: _mlp(c)[i], changes=_with_units(i), min_value=0, max_value=4096, step=1,
             disabled=linear)

st.subheader(tr("model_page.diagram"))
# Stretched, two or three boxes would be blown up to the page's width: a small model keeps its natural size.
st.graphviz_chart(_diagram(cfg, n_features, n_outputs, ds.task), width="stretch" if len(cfg.hidden) > 1 else "content")

table, printed, total = _describe(tuple(cfg.hidden), cfg.activation, cfg.dropout, n_features, n_outputs)
st.subheader(tr("model_page.params"))
formula = param_formula(cfg, n_features, n_outputs)
left, right = st.columns([1, 2])
left.metric(tr("model_page.total"), f"{total:,}")
right.markdown("\n".join(f"- {tr('model_page.formula_row', i=i, formula=text)}"
                         for i, (text, _) in enumerate(formula, 1)))
right.caption(tr("model_page.formula_help"))
left, right = st.columns(2)
left.markdown(f"**{tr('model_page.summary')}**")
left.dataframe(summary_table(table), hide_index=True, width="stretch")
right.markdown(f"**{tr('model_page.printed')}**")
right.code(f">>> print(model)\n{printed}", language="python", wrap_lines=True)

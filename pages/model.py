"""Model: a linear model or an MLP; the architecture as a diagram, its parameters counted by hand and by torchinfo.

The widgets' values are read from session_state at the top of the script (Streamlit stores them
before the rerun), pushed into the config, and the preset box is then set to whichever preset the
config matches, so widgets, config and preset never disagree.
"""
import streamlit as st

from engine.config import ACTIVATIONS, TrainConfig
from engine.models import build_model, count_params, param_formula
from engine.summary import summarize
from ui.help import help_for
from ui.names import activation_name, summary_table
from ui.state import config, labels, require_dataset, set_config, tr

PRESETS = {
    "linear": dict(hidden=[], activation="relu", dropout=0.0),
    "seed001": dict(hidden=[50, 30], activation="relu", dropout=0.5),
    "seed003": dict(hidden=[50], activation="sigmoid", dropout=0.0),
}
MAX_LAYERS = 10
DEFAULT_UNITS = 32
state = st.session_state


def _widgets_from(hidden, activation, dropout):
    """Put an architecture into the widgets' keys (before they render); a linear one leaves the layer widgets be."""
    state.model_kind = "mlp" if hidden else "linear"
    state.model_layers = max(len(hidden), 1) if hidden else state.get("model_layers", 1)
    for i, units in enumerate(hidden):
        state[f"model_units_{i}"] = units
    state.model_activation, state.model_dropout = activation, dropout


def _apply_preset():
    if state.model_preset in PRESETS:
        _widgets_from(**PRESETS[state.model_preset])
        set_config(**PRESETS[state.model_preset])


def _wanted() -> dict:
    """The architecture the widgets describe."""
    mlp = state.model_kind == "mlp"
    hidden = [int(state[f"model_units_{i}"]) for i in range(state.model_layers)] if mlp else []
    return dict(hidden=hidden, activation=state.model_activation, dropout=float(state.model_dropout))


def _preset_of(cfg: TrainConfig) -> str:
    for name, preset in PRESETS.items():
        if cfg.hidden == preset["hidden"] and (not cfg.hidden or (cfg.activation, cfg.dropout) ==
                                                (preset["activation"], preset["dropout"])):
            return name
    return "custom"


@st.cache_data(show_spinner=False, max_entries=32)
def _describe(hidden: tuple, activation: str, dropout: float, n_features: int, n_outputs: int):
    """torchinfo table, print(model) text and the parameter count of one architecture (pure, so cached)."""
    model = build_model(TrainConfig(hidden=list(hidden), activation=activation, dropout=dropout), n_features, n_outputs)
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

if "model_kind" not in state:  # first visit, or back from another page: start from the config
    _widgets_from(cfg.hidden, cfg.activation, cfg.dropout)
for key, default in (("model_layers", max(len(cfg.hidden), 1)), ("model_activation", cfg.activation),
                     ("model_dropout", cfg.dropout)):
    state.setdefault(key, default)
for i in range(int(state.model_layers)):
    state.setdefault(f"model_units_{i}", cfg.hidden[i] if i < len(cfg.hidden) else DEFAULT_UNITS)
wanted = _wanted()
if wanted != {k: getattr(cfg, k) for k in wanted}:
    cfg = set_config(**wanted) or cfg
state.model_preset = _preset_of(cfg)

st.selectbox(tr("model_page.preset"), ["custom", *PRESETS], key="model_preset", on_change=_apply_preset,
             format_func=labels("model_page.preset_", ("custom", *PRESETS)).get, help=tr("model_page.preset_help"))
st.radio(tr("model_page.kind"), ["linear", "mlp"], key="model_kind", horizontal=True,
         format_func=labels("model_page.kind_", ("linear", "mlp")).get)
linear = state.model_kind == "linear"
if linear:
    st.caption(tr("model_page.linear_help", n=n_features, out=n_outputs))
# Hidden-layer controls stay on screen (disabled for a linear model): a widget that disappears loses its value,
# and the learner's MLP is back as it was when they switch again.
left, right = st.columns([1, 2])
left.number_input(tr("model_page.layers"), 1, MAX_LAYERS, step=1, key="model_layers", disabled=linear,
                  help=help_for("hidden_layer"))
left.selectbox(tr("model_page.activation"), ACTIVATIONS, key="model_activation", disabled=linear,
               format_func=activation_name, help=help_for("activation"))
left.slider(tr("model_page.dropout"), 0.0, 0.9, step=0.05, key="model_dropout", help=tr("model_page.dropout_help"),
            disabled=linear)
units = right.columns(min(int(state.model_layers), 5))
for i in range(int(state.model_layers)):
    units[i % len(units)].number_input(tr("model_page.units", i=i + 1), 0, 4096, step=1, key=f"model_units_{i}",
                                       disabled=linear)

st.subheader(tr("model_page.diagram"))
st.graphviz_chart(_diagram(cfg, n_features, n_outputs, ds.task), width="stretch")

table, printed, total = _describe(tuple(cfg.hidden), cfg.activation, cfg.dropout, n_features, n_outputs)
st.subheader(tr("model_page.params"))
formula = param_formula(cfg, n_features, n_outputs)
left, right = st.columns([1, 2])
left.metric(tr("model_page.total"), f"{total:,}")
right.markdown("\n".join(f"- {tr('model_page.formula_row', i=i, formula=text)}" for i, (text, _) in enumerate(formula, 1)))
right.caption(tr("model_page.formula_help"))
left, right = st.columns(2)
left.markdown(f"**{tr('model_page.summary')}**")
left.dataframe(summary_table(table), hide_index=True, width="stretch")
right.markdown(f"**{tr('model_page.printed')}**")
right.code(f">>> print(model)\n{printed}", language="python", wrap_lines=True)

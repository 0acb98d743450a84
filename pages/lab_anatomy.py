"""Lab: model anatomy — print(model), named parameters, counting by hand, torchinfo summary, first weights."""
from dataclasses import replace

import pandas as pd
import streamlit as st

from engine.config import ACTIVATIONS, TrainConfig
from engine.labs.anatomy import parameter_table, parse_hidden, sequential_code, weight_peek
from engine.models import count_params, param_formula, seeded_model
from engine.summary import summarize
from ui.names import activation_name, summary_table
from ui.state import config, dataset, remember, tr

remember("anatomy_")  # the widgets as the learner left them, after a visit to another page

TUTORIAL = TrainConfig(hidden=[50, 30], activation="relu", dropout=0.5)  # seed 001's house-price net
HOUSE_FEATURES = 13
@st.cache_data(max_entries=32, show_spinner=False)
def anatomy(cfg: TrainConfig, n_features: int, n_outputs: int):
    """Everything the page shows about one architecture: a pure function of it."""
    model = seeded_model(cfg, n_features, n_outputs)
    return (str(model), parameter_table(model), param_formula(cfg, n_features, n_outputs), count_params(model),
            summarize(model, n_features), weight_peek(model))


st.title(tr("nav.lab_anatomy"))
st.caption(tr("lab_anatomy.intro"))

# the learner's seed everywhere on the page, so the starting weights shown are the ones their runs start from
cfg, n_features, n_outputs = replace(TUTORIAL, seed=config().seed), HOUSE_FEATURES, 1
if st.toggle(tr("lab_anatomy.use_mine"), key="anatomy_mine"):
    cfg, ds = config(), dataset()
    if ds is None:
        st.info(tr("lab_anatomy.no_dataset"), icon=":material/table_chart:")
    else:
        n_features, n_outputs = ds.X.shape[1], ds.n_outputs
else:  # build one here: the tutorial's net to start with
    a, b, c = st.columns([2, 1, 1])
    text = a.text_input(tr("lab_anatomy.hidden"), "50, 30", key="anatomy_hidden", help=tr("lab_anatomy.hidden_help"))
    activation = b.selectbox(tr("lab_anatomy.activation"), ACTIVATIONS, index=0, key="anatomy_activation",
                             format_func=activation_name)
    dropout = c.slider(tr("lab_anatomy.dropout"), 0.0, 0.9, 0.5, 0.05, key="anatomy_dropout")
    hidden = parse_hidden(text)
    if hidden is None:
        st.warning(tr("lab_anatomy.bad_hidden", text=text), icon=":material/warning:")
        hidden = TUTORIAL.hidden
    cfg = TrainConfig(hidden=hidden, activation=activation, dropout=dropout, seed=config().seed)
layers = " → ".join(map(str, [n_features, *cfg.hidden, n_outputs]))
if cfg.hidden:
    st.markdown(tr("lab_anatomy.layers", layers=layers, activation=activation_name(cfg.activation),
                   dropout=f"{cfg.dropout:g}"))
else:
    st.markdown(tr("lab_anatomy.linear", layers=layers))

printed, params, formula, total, summary, peek = anatomy(cfg, n_features, n_outputs)
st.markdown(f"**{tr('lab_anatomy.print_title')}**")
st.code(printed, language="text")
st.markdown(f"**{tr('lab_anatomy.params_title')}**")
st.caption(tr("lab_anatomy.params_help"))
st.dataframe(params.rename(columns={"name": tr("lab_anatomy.col_name"), "shape": tr("lab_anatomy.col_shape"),
                                    "count": tr("lab_anatomy.col_count")}), hide_index=True, width="stretch")

st.markdown(f"**{tr('lab_anatomy.formula_title')}**")
left, right = st.columns([2, 1])
left.dataframe(pd.DataFrame({tr("lab_anatomy.col_layer"): range(1, len(formula) + 1),
                             tr("lab_anatomy.col_arithmetic"): [text for text, _ in formula]}),
               hide_index=True, width="stretch")
right.metric(tr("lab_anatomy.total"), f"{total:,}")
if len(formula) > 1:  # one layer's count is the total itself: "14 = 14" says nothing
    right.caption(" + ".join(f"{count:,}" for _, count in formula) + f" = {total:,}")

st.markdown(f"**{tr('lab_anatomy.summary_title')}**")
st.dataframe(summary_table(summary), hide_index=True, width="stretch")

st.markdown(f"**{tr('lab_anatomy.peek_title')}**")
st.caption(tr("lab_anatomy.peek_help", seed=cfg.seed, bound=f"{n_features ** -0.5:.3f}"))
st.dataframe(pd.DataFrame(peek, index=[tr("lab_anatomy.unit", i=i) for i in range(peek.shape[0])],
                          columns=[tr("lab_anatomy.input", j=j) for j in range(peek.shape[1])]).style.format("{:+.4f}"),
             width="stretch")

with st.expander(tr("lab_anatomy.code"), icon=":material/code:"):
    st.code(sequential_code(cfg, n_features, n_outputs), language="python")

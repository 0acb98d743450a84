"""Lab: model anatomy — print(model), named parameters, counting by hand, torchinfo summary, first weights."""
import pandas as pd
import streamlit as st

from engine.config import TrainConfig
from engine.labs.anatomy import parameter_table, weight_peek
from engine.models import count_params, param_formula, seeded_model
from engine.summary import summarize
from ui.names import activation_name, summary_table
from ui.state import config, dataset, remember, tr

remember("anatomy_")  # the widgets as the learner left them, after a visit to another page

TUTORIAL = TrainConfig(hidden=[50, 30], activation="relu", dropout=0.5, seed=1)  # seed 001's house-price net
HOUSE_FEATURES = 13
CODE = """model = nn.Sequential(nn.Linear(13, 50), nn.ReLU(), nn.Dropout(0.5),
                      nn.Linear(50, 30), nn.ReLU(), nn.Dropout(0.5), nn.Linear(30, 1))
print(model)
for name, p in model.named_parameters():
    print(name, tuple(p.shape), p.numel())
print(sum(p.numel() for p in model.parameters() if p.requires_grad))   # 2261
from torchinfo import summary
summary(model, input_size=(1, 13))"""


@st.cache_data(max_entries=32, show_spinner=False)
def anatomy(cfg: TrainConfig, n_features: int, n_outputs: int):
    """Everything the page shows about one architecture: a pure function of it."""
    model = seeded_model(cfg, n_features, n_outputs)
    return (str(model), parameter_table(model), param_formula(cfg, n_features, n_outputs), count_params(model),
            summarize(model, n_features), weight_peek(model))


st.title(tr("nav.lab_anatomy"))
st.caption(tr("lab_anatomy.intro"))

cfg, n_features, n_outputs = TUTORIAL, HOUSE_FEATURES, 1
if st.toggle(tr("lab_anatomy.use_mine"), key="anatomy_mine"):
    cfg, ds = config(), dataset()
    if ds is None:
        st.info(tr("lab_anatomy.no_dataset"), icon=":material/table_chart:")
    else:
        n_features, n_outputs = ds.X.shape[1], ds.n_outputs
layers = " → ".join(map(str, [n_features, *cfg.hidden, n_outputs]))
st.markdown(tr("lab_anatomy.layers", layers=layers, activation=activation_name(cfg.activation),
               dropout=f"{cfg.dropout:g}"))

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
right.caption(" + ".join(f"{count:,}" for _, count in formula) + f" = {total:,}")

st.markdown(f"**{tr('lab_anatomy.summary_title')}**")
st.dataframe(summary_table(summary), hide_index=True, width="stretch")

st.markdown(f"**{tr('lab_anatomy.peek_title')}**")
st.caption(tr("lab_anatomy.peek_help", seed=cfg.seed, bound=f"{n_features ** -0.5:.3f}"))
st.dataframe(pd.DataFrame(peek, index=[tr("lab_anatomy.unit", i=i) for i in range(peek.shape[0])],
                          columns=[tr("lab_anatomy.input", j=j) for j in range(peek.shape[1])]).style.format("{:+.4f}"),
             width="stretch")

with st.expander(tr("lab_anatomy.code"), icon=":material/code:"):
    st.code(CODE, language="python")

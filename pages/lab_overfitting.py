"""Lab: overfitting — train vs test loss as capacity, dropout and weight decay change; k-fold CV; dropout's modes."""
import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine.config import TrainConfig
from engine.cv import cross_validate
from engine.labs.overfitting import dropout_passes, noisy_sine, verdict
from engine.train import fit
from ui.charts import fit_line_chart, history_long, loss_chart
from ui.state import remember, tr

remember("overfit_")  # the widgets as the learner left them, after a visit to another page

DATA = noisy_sine()
CURVE_X = np.linspace(-3, 3, 200, dtype=np.float32).reshape(-1, 1)
DROPOUT_INPUT = np.arange(1, 9, dtype=np.float32)
CODE = """model = nn.Sequential(nn.Linear(1, 128), nn.ReLU(), nn.Dropout(0.3),
                      nn.Linear(128, 128), nn.ReLU(), nn.Dropout(0.3), nn.Linear(128, 1))
optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=1e-3)
for epoch in range(600):
    model.train()                      # dropout on
    optimizer.zero_grad()
    loss_fn(model(X_train), y_train).backward()
    optimizer.step()
    model.eval()                       # dropout off: every unit counts, nothing is rescaled
    with torch.no_grad():
        test_loss = loss_fn(model(X_test), y_test)"""


def config(units: int, layers: int, dropout: float, weight_decay: float, epochs: int) -> TrainConfig:
    """Adam lr 0.01 on the full batch; half of the 40 points are held out for testing."""
    return TrainConfig(hidden=[units] * layers, dropout=dropout, weight_decay=weight_decay, optimizer="adam",
                       lr=0.01, epochs=epochs, test_size=0.5, seed=1)


@st.cache_data(max_entries=32, show_spinner=False)
def trained(cfg: TrainConfig):
    """Per-epoch records (plain dicts, which the cache can pickle), the fitted curve over x ∈ [−3, 3], train rows."""
    run = fit(cfg, DATA)
    return list(run.history), run.predict(CURVE_X), run.data.train_idx


@st.cache_data(max_entries=16, show_spinner=False)
def folds(cfg: TrainConfig) -> list[float]:
    return cross_validate(cfg, DATA, k=5).fold_scores


st.title(tr("nav.lab_overfitting"))
st.caption(tr("lab_overfitting.intro"))

with st.form("overfit_form", border=True):
    a, b, c, d, e = st.columns(5)
    units = a.select_slider(tr("lab_overfitting.units"), [2, 4, 8, 16, 32, 64, 128, 256], value=128, key="overfit_units")
    layers = b.slider(tr("lab_overfitting.layers"), 1, 3, 2, key="overfit_layers")
    dropout = c.slider(tr("lab_overfitting.dropout"), 0.0, 0.7, 0.0, 0.05, key="overfit_dropout")
    weight_decay = d.select_slider(tr("lab_overfitting.weight_decay"), [0.0, 1e-4, 1e-3, 1e-2, 1e-1], value=0.0,
                                key="overfit_weight_decay")
    epochs = e.select_slider(tr("lab_overfitting.epochs"), [100, 300, 600, 1000], value=600, key="overfit_epochs")
    submitted = st.form_submit_button(tr("lab_overfitting.train"), type="primary", icon=":material/play_arrow:")

cfg = config(units, layers, dropout, weight_decay, epochs)
tried = st.session_state.setdefault("lab_overfitting_tried", [])
if submitted:
    with st.spinner():
        history, _, _ = trained(cfg)
    frame = pd.DataFrame(history)
    kind = verdict(frame, float(DATA.y.var()))
    if not tried or tried[-1]["cfg"] != cfg:
        tried.append({"cfg": cfg, "train": frame["train_loss"].iloc[-1], "test": frame["val_loss"].iloc[-1],
                      "verdict": kind})
    st.session_state.lab_overfitting = cfg

shown = st.session_state.get("lab_overfitting")
if shown is None:
    st.info(tr("lab_overfitting.press_train"), icon=":material/play_arrow:")
else:
    history, curve, train_idx = trained(shown)
    frame = pd.DataFrame(history)
    numbers = {"train": f"{frame['train_loss'].iloc[-1]:.4f}", "test": f"{frame['val_loss'].iloc[-1]:.4f}",
               "best": f"{frame['val_loss'].min():.4f}"}
    kind = verdict(frame, float(DATA.y.var()))
    show = {"overfit": st.error, "underfit": st.warning, "good": st.success}[kind]
    show(tr(f"lab_overfitting.verdict_{kind}", **numbers), icon=":material/gavel:")
    left, right = st.columns(2)
    left.markdown(f"**{tr('lab_overfitting.curves')}**")
    names = {"train_loss": tr("lab_overfitting.train_series"), "val_loss": tr("lab_overfitting.test_series")}
    left.altair_chart(loss_chart(history_long(history, names), tr("train_page.epoch"), tr("train_page.loss_axis"),
                                 log_y=True), width="stretch")
    right.markdown(f"**{tr('lab_overfitting.fit_title')}**")
    part = np.where(np.isin(np.arange(len(DATA)), train_idx), tr("lab_overfitting.part_train"),
                    tr("lab_overfitting.part_test"))
    dots = pd.DataFrame({"x": DATA.X.ravel(), "y": DATA.y.ravel(), "part": part})
    line = pd.DataFrame({"x": CURVE_X.ravel(), "predicted": curve})
    right.altair_chart(fit_line_chart(dots, line, "x", "y"), width="stretch")

if tried:
    st.markdown(f"**{tr('lab_overfitting.tried')}**")
    st.dataframe(pd.DataFrame([{
        tr("lab_overfitting.col_layers"): f"{len(t['cfg'].hidden)} × {t['cfg'].hidden[0]}",
        tr("lab_overfitting.col_dropout"): t["cfg"].dropout, tr("lab_overfitting.col_wd"): t["cfg"].weight_decay,
        tr("lab_overfitting.col_train"): t["train"], tr("lab_overfitting.col_test"): t["test"],
        tr("lab_overfitting.col_verdict"): tr(f"lab_overfitting.short_{t['verdict']}")} for t in tried]),
        hide_index=True, width="stretch")

st.subheader(tr("lab_overfitting.cv_title"))
st.caption(tr("lab_overfitting.cv_help"))
if st.button(tr("lab_overfitting.cv_run"), icon=":material/repeat:"):
    with st.spinner(tr("lab_overfitting.cv_running")):
        st.session_state.lab_overfitting_cv = (cfg, folds(cfg))
if "lab_overfitting_cv" in st.session_state:
    cv_cfg, scores = st.session_state.lab_overfitting_cv
    if cv_cfg != cfg:
        st.caption(tr("lab_overfitting.cv_stale"))
    st.info(tr("lab_overfitting.cv_summary", mean=f"{np.mean(scores):.3f}", std=f"{np.std(scores):.3f}",
               lo=f"{min(scores):.3f}", hi=f"{max(scores):.3f}"), icon=":material/insights:")
    bars = pd.DataFrame({"fold": [tr("lab_overfitting.cv_fold", n=n + 1) for n in range(len(scores))], "rmse": scores})
    st.altair_chart(alt.Chart(bars).mark_bar().encode(
        x=alt.X("fold:N", title=None, sort=None), y=alt.Y("rmse:Q", title=tr("lab_overfitting.cv_axis")),
        tooltip=["fold", alt.Tooltip("rmse:Q", format=".4f")]).properties(height=220)
        + alt.Chart(pd.DataFrame({"mean": [np.mean(scores)]})).mark_rule(strokeDash=[6, 4]).encode(y="mean:Q"),
        width="stretch")

st.subheader(tr("lab_overfitting.dropout_title"))
p = st.slider(tr("lab_overfitting.dropout_p"), 0.1, 0.9, 0.5, 0.05, key="overfit_dropout_p")
st.caption(tr("lab_overfitting.dropout_help", scale=f"{1 / (1 - p):.3g}"))
train_out, eval_out = dropout_passes(DROPOUT_INPUT, p)
rows = [tr("lab_overfitting.row_input")] + [tr("lab_overfitting.row_train", n=n + 1) for n in range(len(train_out))]
table = pd.DataFrame(np.vstack([DROPOUT_INPUT, train_out, eval_out]),
                     index=rows + [tr("lab_overfitting.row_eval")], columns=[f"x{j + 1}" for j in range(len(DROPOUT_INPUT))])
st.dataframe(table.style.format("{:.3g}"), width="stretch")
zeros = int((train_out == 0).sum())
st.caption(tr("lab_overfitting.zeros", zeros=zeros, total=train_out.size, share=f"{zeros / train_out.size:.0%}",
              p=f"{p:g}"))

with st.expander(tr("lab_overfitting.code"), icon=":material/code:"):
    st.code(CODE, language="python")

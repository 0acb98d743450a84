"""Evaluate: a kept run's test metrics, train vs test, residuals, worst predictions, and predicting your own input."""
import numpy as np
import pandas as pd
import streamlit as st

from engine import fit
from engine.errors import DataError
from engine.evaluation import eval_part, medians, part_arrays, worst_rows
from engine.stored_run import has_rows
from ui import charts
from ui.coach import coach_panel
from ui.names import number_text
from ui.snapshots import evaluate_panel
from ui.state import end_page, no_runs_hint, runs, show_error, show_stopped, tr


REGRESSION = (("mse", "MSE"), ("rmse", "RMSE"), ("mae", "MAE"), ("r2", "R²"))
CLASSIFICATION = (("accuracy", "accuracy"), ("precision", "precision"), ("recall", "recall"), ("f1", "F1"))


def _show_metrics(run, values: dict) -> None:
    names = REGRESSION if run.task == "regression" else CLASSIFICATION
    shown = [number_text(values[key]) for key, _ in names]
    per_row = 2 if max(map(len, shown)) > 11 else len(names)  # a won-sized MSE (2,719,921,235,903,257) needs room
    columns = [column for _ in range(len(names) // per_row) for column in st.columns(per_row)]
    for column, (key, label), text in zip(columns, names, shown):
        column.metric(tr(f"eval_page.m_{key}", label=label), text)


st.title(tr("nav.evaluate"))
st.caption(tr("eval_page.intro"))
entries = runs()
if not entries:
    no_runs_hint("eval_page.no_runs", ":material/target:")
    end_page()

pick = st.selectbox(tr("eval_page.pick"), range(len(entries)), index=len(entries) - 1,
                    format_func=lambda i: entries[i]["name"], key="eval_pick")
entry = entries[pick]
run = entry["run"]
show_stopped(run)
if run.stopped is not None and run.stopped[0] == "train.diverged":
    st.warning(tr("eval_page.rolled_back", epochs=len(run.history)), icon=":material/history:")

if not has_rows(run):  # a stored run whose upload was deleted: its scores are kept, its rows are not
    _show_metrics(run, run.metrics or run.train_metrics)
    show_error(DataError("data.table_gone", name=run.dataset_name))
    end_page()

part = eval_part(run)
scores = run.metrics if part == "test" else run.train_metrics
st.subheader(tr("eval_page.test_title") if part == "test" else tr("eval_page.train_only_title"))
if part == "train":
    st.warning(tr("eval_page.on_train_data"), icon=":material/warning:")
_show_metrics(run, scores)
if run.task == "regression":
    st.caption(tr("eval_page.mae_note", target=run.target_name))
    if run.data.y_scaler is not None and run.config.scaled_scores:
        st.caption(tr("eval_page.units_note"))
else:
    st.caption(tr("eval_page.cls_note"))

idx, X, y = part_arrays(run, part)
image_shape = run.image_shape
if run.task == "regression":
    pred = run.predict(X)
    left, right = st.columns(2)
    left.markdown(f"**{tr('eval_page.pred_actual')}**")
    left.altair_chart(charts.pred_actual_chart(y, pred, tr("eval_page.actual", target=run.target_name),
                                               tr("eval_page.predicted", target=run.target_name)), width="stretch")
    left.caption(tr("eval_page.pred_actual_help"))
    right.markdown(f"**{tr('eval_page.residuals')}**")
    right.altair_chart(charts.residual_chart(pred, pred - y, tr("eval_page.predicted", target=run.target_name),
                                             tr("eval_page.residual")), width="stretch")
    right.caption(tr("eval_page.residuals_help"))
else:
    left, _ = st.columns(2)
    left.markdown(f"**{tr('eval_page.confusion')}**")
    shares = left.toggle(tr("lessons.confusion_shares"), key="eval_page_confusion_shares")
    left.altair_chart(charts.confusion_chart(scores["confusion"], run.class_names or ["0", "1"],
                                             tr("eval_page.pred_class"), tr("eval_page.true_class"), normalize=shares,
                                             share_title=tr("lessons.share_of_row")), width="content")
    left.caption(tr("eval_page.confusion_help"))

evaluate_panel(run)

st.subheader(tr("eval_page.compare_title"))
names = REGRESSION if run.task == "regression" else CLASSIFICATION
# Written out as text: a won-sized MSE is past the browser's exact integers, which the grid flags instead of formats.
st.dataframe(pd.DataFrame({
    tr("eval_page.col_metric"): [tr(f"eval_page.m_{key}", label=label) for key, label in names],
    tr("eval_page.col_train"): [number_text(run.train_metrics[k], ".4f") for k, _ in names],
    tr("eval_page.col_test"): [number_text(run.metrics.get(k, np.nan), ".4f") for k, _ in names],
}), hide_index=True)
key, params = fit.verdict(run)
st.info(tr(key, **params), icon=":material/psychology:")
coach_panel(run, fit=False)  # its fit sentence would repeat the verdict above
st.caption(tr("eval_page.rules_reg" if run.task == "regression" else "eval_page.rules_cls",
              line=fit.UNDERFIT_LINE, share=f"{fit.UNDERFIT_SHARE:.0%}", mild=fit.MILD_RATIO, over=fit.OVERFIT_RATIO,
              rise=f"{fit.OVERFIT_RISE:.0%}", mild_gap=f"{fit.MILD_GAP * 100:.0f}", gap=f"{fit.OVERFIT_GAP * 100:.0f}"))

st.subheader(tr("eval_page.worst_title"))
worst = worst_rows(run, part, k=12 if image_shape else 10)
if image_shape:
    captions = [f"{p} ({a}) {c:.0%}" for p, a, c in zip(worst["predicted"], worst["actual"], worst["confidence"])]
    st.altair_chart(charts.image_grid_chart(worst[run.feature_names].to_numpy().reshape(-1, *image_shape), captions,
                                            ~worst["wrong"].to_numpy(), columns=6, size=84), width="content")
    st.caption(tr("eval_page.worst_images_help"))
else:
    labels = {"row": tr("eval_page.col_row"), "actual": tr("eval_page.col_actual"),
              "predicted": tr("eval_page.col_predicted"), "error": tr("eval_page.col_error"),
              "abs_error": tr("eval_page.col_abs_error"), "confidence": tr("eval_page.col_confidence"),
              "p_actual": tr("eval_page.col_p_actual"), "wrong": tr("eval_page.col_wrong")}
    if run.task != "regression":  # the learner's class names, not the indices 0, 1, 2 the model uses
        worst = worst.assign(actual=[run.class_names[i] for i in worst["actual"]],
                             predicted=[run.class_names[i] for i in worst["predicted"]])
    shown = worst[["row", *[c for c in labels if c in worst and c != "row"], *run.feature_names]]
    scores = [labels[c] for c in ("actual", "predicted", "error", "abs_error")  # in the target's units
              if c in shown and run.task == "regression"]
    # Features as the file wrote them (64.8, 3, 1,250): every digit they have, none of float's default six.
    features = {c: "{:,.9g}".format for c in run.feature_names if pd.api.types.is_float_dtype(shown[c])}
    st.dataframe(shown.rename(columns=labels).style.format({**features, **{c: number_text for c in scores}}),
                 hide_index=True)
    st.caption(tr("eval_page.worst_reg_help" if run.task == "regression" else "eval_page.worst_cls_help"))

st.subheader(tr("eval_page.own_title"))
if image_shape:
    position = st.slider(tr("eval_page.pick_image"), 0, len(idx) - 1, 0, key="eval_image")
    proba = run.predict_proba(X[position:position + 1])[0]
    left, right = st.columns([1, 2])
    left.altair_chart(charts.image_grid_chart(X[position:position + 1].reshape(-1, *image_shape),
                                              [tr("eval_page.true_label", label=run.class_names[y[position]])],
                                              [True], columns=1, size=160), width="content")
    right.metric(tr("eval_page.prediction"), run.class_names[int(proba.argmax())])
    right.altair_chart(charts.proba_chart(run.class_names, proba, tr("eval_page.probability")), width="stretch")
else:
    with st.form(f"eval_page_form_{pick}"):
        st.caption(tr("eval_page.own_help"))
        # float(f"{m:.6g}"): start from 13.04, not the float32 noise of 13.039999827861772
        values = [column.number_input(name, value=float(f"{m:.6g}"), format="%g", key=f"eval_page_in_{pick}_{i}")
                  for i, (name, m, column) in enumerate(zip(run.feature_names, medians(run),
                                                              st.columns(min(4, len(run.feature_names))) *
                                                              len(run.feature_names)))]
        submitted = st.form_submit_button(tr("eval_page.predict"), icon=":material/online_prediction:")
    if submitted:
        row = np.array([values], dtype=np.float64)
        if run.task == "regression":
            st.metric(tr("eval_page.predicted", target=run.target_name), number_text(float(run.predict(row)[0])))
        else:
            proba = run.predict_proba(row)[0]
            st.metric(tr("eval_page.prediction"), run.class_names[int(proba.argmax())])
            st.altair_chart(charts.proba_chart(run.class_names, proba, tr("eval_page.probability")), width="stretch")

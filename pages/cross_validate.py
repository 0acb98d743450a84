"""Cross-validate: k-fold scores of the learner's config (mean ± std), the folds, then one final test."""
import time

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine.cv import cross_validate
from engine.errors import LearnerError
from engine.train import fit, scaled_loss_own_scores, scores_on_scaled_target
from ui.charts import history_long, loss_chart
from ui.lab_cache import torch_alone
from ui.names import activation_name, loss_name, mean_std_text, number_table, number_text, optimizer_name, scaling_name
from ui.state import config, end_page, next_run_number, notes, remember, require_dataset, show_error, show_stopped, tr
from ui.study import record_cv
from ui.workspace import keep_run

PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#eeca3b", "#b279a2", "#ff9da6", "#9d755d",
           "#bab0ac"]  # one colour per fold (k ≤ 10); held-out test rows are grey

st.title(tr("nav.cv"))
st.caption(tr("cv_page.intro"))
ds = require_dataset()
cfg = config()

with st.container(border=True):
    try:
        loss = cfg.loss_for(ds.task)
    except LearnerError as error:  # a loss that does not fit this task: say so; Run k-fold will refuse it too
        show_error(error)
        loss = cfg.loss
    layers = " → ".join(str(n) for n in [ds.X.shape[1], *cfg.hidden, ds.n_outputs])
    batch = cfg.batch_size or tr("cv_page.full_batch")
    st.markdown(tr("cv_page.config_summary", layers=layers,
                   activation=activation_name(cfg.activation) if cfg.hidden else tr("train_page.linear"),
                   dropout=f"{cfg.dropout:g}", loss=loss_name(loss), optimizer=optimizer_name(cfg.optimizer),
                   lr=f"{cfg.lr:g}", batch=batch, epochs=f"{cfg.epochs:,}",
                   test_size=f"{cfg.test_size:g}", scaling=scaling_name(cfg.scaling)))
    # Both links span the box: in a third of the page the longer one was cut short ("…데이터 페이지에서 바꾸").
    st.page_link("pages/train.py", label=tr("cv_page.change_config"), icon=":material/tune:")
    st.page_link("pages/data.py", label=tr("state.change_split"), icon=":material/call_split:")


remember("cv_")  # so a kept result is not shown as stale after a visit to another page
left, middle, right = st.columns(3)
k = left.slider(tr("cv_page.k"), 2, 10, 3, key="cv_k", help=tr("cv_page.k_help"))
shuffle = middle.checkbox(tr("cv_page.shuffle"), value=True, key="cv_shuffle", help=tr("cv_page.shuffle_help"))
right.markdown(f"{tr('cv_page.seed')}: **{cfg.seed}**", help=tr("cv_page.seed_help"))  # the Data page's, shown

if st.button(tr("cv_page.run"), type="primary", icon=":material/repeat:"):
    try:
        with st.spinner(tr("cv_page.running", k=k)), torch_alone():  # a lab in the background seeds torch too
            result = cross_validate(cfg, ds, k, shuffle)
        st.session_state.cv = {"result": result, "config": cfg, "dataset": ds.name, "k": k, "shuffle": shuffle}
        record_cv(ds.name, k, result.metric, result.mean, cfg.scale_target and cfg.scaled_scores)
    except LearnerError as error:
        show_error(error)

cv = st.session_state.get("cv")
if cv is None or cv["dataset"] != ds.name:
    st.info(tr("cv_page.none_yet"), icon=":material/repeat:")
    end_page()

result = cv["result"]
metric = "RMSE" if result.metric == "rmse" else tr("cv_page.accuracy")
if cv["config"] != cfg or cv["k"] != k or cv["shuffle"] != shuffle:
    st.warning(tr("cv_page.stale"), icon=":material/history:")
notes(result.notes)

st.subheader(tr("cv_page.score", metric=metric, score=mean_std_text(result.mean, result.std)))
# Which units the RMSEs are in: the target's own, or its 0–1 scale when the learner asked for scaled scores.
scaled_scores = scores_on_scaled_target(cv["config"], ds.task)
help_key = f"cv_page.score_help_{result.metric}{'_scaled' if scaled_scores else ''}"
st.caption(tr(help_key, k=len(result.fold_scores), target=ds.target_name))
if scaled_scores:
    st.caption(tr("cv_page.scaled_note"))

folds = [tr("cv_page.fold_series", n=n + 1) for n in range(len(result.fold_scores))]
# One colour per fold (the strip's below), training solid and validation dashed: 2k lines in one palette repeated.
parts = {"train_loss": tr("cv_page.train"), "val_loss": tr("cv_page.val")}
curves = pd.concat([history_long(h, parts).rename(columns={"series": "part"}).assign(series=fold)
                    for fold, h in zip(folds, result.histories)], ignore_index=True)
st.markdown(f"**{tr('cv_page.curves')}**")
st.altair_chart(loss_chart(curves, tr("cv_page.epoch"), tr("cv_page.loss"), dash="part", colors=PALETTE),
                width="stretch")
if scaled_loss_own_scores(cv["config"], ds.task):  # the curves are on 0–1 while the scores above are in won
    st.caption(tr("train_page.loss_scaled", target=ds.target_name))

score_column = tr("cv_page.col_score", metric=metric)
table = []
for n, score in enumerate(result.fold_scores):
    rows = np.flatnonzero(result.fold_of_row == n)
    table.append({tr("cv_page.col_fold"): n + 1, tr("cv_page.col_rows"): len(rows), score_column: score,
                  tr("cv_page.col_which"): ", ".join(map(str, rows[:12])) + (", …" if len(rows) > 12 else "")})
st.dataframe(number_table(pd.DataFrame(table)), hide_index=True, width="stretch")

st.markdown(f"**{tr('cv_page.strip')}**")
st.caption(tr("cv_page.strip_help"))
held_out = tr("cv_page.test_rows")
strip = pd.DataFrame({"row": np.arange(len(result.fold_of_row)),
                      "fold": [held_out if f < 0 else folds[f] for f in result.fold_of_row]})
strip["end"] = strip["row"] + 1
palette = alt.Scale(domain=folds + [held_out], range=PALETTE[:len(folds)] + ["#9e9e9e"])
st.altair_chart(alt.Chart(strip).mark_rect().encode(
    x=alt.X("row:Q", title=tr("cv_page.row_index"), scale=alt.Scale(domain=[0, len(strip)], nice=False)),
    x2="end:Q",
    y=alt.Y("fold:N", title=None, sort=folds + [held_out]),
    color=alt.Color("fold:N", scale=palette, legend=None),
    tooltip=[alt.Tooltip("row:Q", title=tr("cv_page.row_index")), alt.Tooltip("fold:N", title=tr("cv_page.col_fold"))],
).properties(height=alt.Step(24)), width="stretch")

st.divider()
st.subheader(tr("cv_page.final_title"))
st.caption(tr("cv_page.final_help"))
if len(result.test_idx) == 0:
    st.warning(tr("cv_page.no_test"), icon=":material/warning:")
elif st.button(tr("cv_page.final_run"), icon=":material/flag:", disabled=cv["config"] != cfg):
    start = time.perf_counter()
    with st.spinner(tr("cv_page.final_running")), torch_alone():
        run = fit(cfg, ds)
    cv["final"] = keep_run(run, tr("cv_page.run_name", n=next_run_number()), ds.name, time.perf_counter() - start,
                           False)

final = cv.get("final")
if final is not None:
    run = final["run"]
    show_stopped(run)
    if result.metric in run.metrics:
        a, b = st.columns(2)
        a.metric(tr("cv_page.final_metric", metric=metric), number_text(run.metrics[result.metric], ".4f"))
        b.metric(tr("cv_page.cv_metric", metric=metric), mean_std_text(result.mean, result.std))
        st.caption(tr("cv_page.kept", name=final["name"]))
        st.page_link("pages/runs.py", label=tr("nav.runs"), icon=":material/compare:")

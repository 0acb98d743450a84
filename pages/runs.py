"""Runs: compare kept runs (curves, metrics, config differences), export them, and load a model file back."""
from dataclasses import asdict

import pandas as pd
import streamlit as st

from engine import datasets
from engine.codegen import to_bundle, to_notebook, to_script
from engine.errors import LearnerError
from engine.export import load_model, model_bytes
from engine.filenames import data_file_name, slug
from engine.models import count_params
from engine.summary import summarize
from engine.train import DIVERGED, loss_on_scaled_target, scores_on_scaled_target, stop_reason
from ui.charts import history_long, loss_chart
from ui.confirm import confirm_step
from ui.names import number_table, setting_label, setting_value, summary_table
from ui.state import lang, no_runs_hint, runs, show_error, tr
from ui.workspace import add_model_file, delete_run, export_file, import_file, rename_run

METRICS = {"regression": ("rmse", "mae", "r2"), "binary": ("accuracy", "f1"), "multiclass": ("accuracy", "f1")}
LABELS = {"rmse": "RMSE", "mae": "MAE", "r2": "R²", "f1": "F1"}  # accuracy is translated


def _label(metric: str) -> str:
    return LABELS.get(metric) or tr("cv_page.accuracy")


def _stopped(run) -> str:
    if run.stopped is None:
        return tr("runs_page.finished")
    key, params = stop_reason(run)  # a blow-up counts the kept epochs, like the "epochs run" column
    short = {"train.stopped_by_learner": "runs_page.stopped_learner", DIVERGED: "runs_page.stopped_diverged"}
    return tr(short.get(key, key), **params)


def _curves(entries) -> pd.DataFrame:
    """Long format (epoch, loss, series = the run, part = training or test) of every chosen run: one colour per
    run, its two parts told apart by dash (two colours a run repeated the palette after four runs)."""
    parts = {"train_loss": tr("runs_page.train"), "val_loss": tr("runs_page.test")}
    return pd.concat([history_long(e["run"].history, parts).rename(columns={"series": "part"}).assign(series=e["name"])
                      for e in entries], ignore_index=True)


def _metrics_table(entries) -> pd.DataFrame:
    rows = []
    for entry in entries:
        run = entry["run"]
        row = {tr("runs_page.col_run"): entry["name"], tr("runs_page.col_dataset"): entry["dataset"]}
        for name in METRICS[run.task]:
            row[tr("runs_page.col_test", metric=_label(name))] = run.metrics.get(name, float("nan"))
        for name in METRICS[run.task][:1]:
            row[tr("runs_page.col_train", metric=_label(name))] = run.train_metrics.get(name, float("nan"))
        row[tr("runs_page.col_epochs")] = len(run.history)
        row[tr("runs_page.col_stopped")] = _stopped(run)
        row[tr("runs_page.col_seconds")] = entry["seconds"]
        rows.append(row)
    return pd.DataFrame(rows)


def _script(run, uploaded: bool, ds) -> str:
    """The exported script, made once per run (it reads and formats data): a built-in by name, an upload as `ds`."""
    scripts = st.session_state.setdefault("runs_page_scripts", {})
    if id(run) not in scripts:
        scripts[id(run)] = (to_script(run.config, data_file_name(ds.name), ds) if uploaded
                            else to_script(run.config, run.dataset_name))
    return scripts[id(run)]


def _outcome(work, done_key=None, **params):
    """Run a store action from a button; its message (or the problem) is shown on the next run."""
    try:
        result = work()
    except LearnerError as error:
        st.session_state.runs_outcome = ("error", error)
    else:
        if done_key:
            st.session_state.runs_outcome = ("done", tr(done_key, **(params or {}), **(result or {})))


def _list_changed():
    """The run list's names or order changed: its choice widgets start afresh (their options' labels moved)."""
    st.session_state.runs_version = st.session_state.get("runs_version", 0) + 1


def _rename(entry):
    new, old = st.session_state.get("runs_new_name", "").strip(), entry["name"]
    _outcome(lambda: rename_run(entry, new), "state.renamed", old=old, new=new)
    st.session_state.runs_new_name = ""
    _list_changed()


def _delete(entry):
    _outcome(lambda: delete_run(entry), "state.deleted", name=entry["name"])
    _list_changed()


def _add_model(name, data):
    _outcome(lambda: {"name": add_model_file(name, data)["name"]}, "state.added_model")


def _import(data):
    _outcome(lambda: dict(zip(("runs", "uploads"), import_file(data))), "state.imported")


def _show_outcome():
    kind, value = st.session_state.pop("runs_outcome", (None, None))
    if kind == "error":
        show_error(value)
    elif kind == "done":
        st.success(value, icon=":material/check_circle:")


st.title(tr("nav.runs"))
st.caption(tr("runs_page.intro"))
kept = runs()
if not kept:
    no_runs_hint("runs_page.none", ":material/compare:")
else:
    names = [entry["name"] for entry in kept]  # numbered only where two runs share a name
    name_of = {i: name if names.count(name) == 1 else f"{i + 1}. {name}" for i, name in enumerate(names)}
    version = st.session_state.get("runs_version", 0)  # part of the choice widgets' keys: see _list_changed
    chosen = st.multiselect(tr("runs_page.pick"), list(name_of), default=list(name_of)[-4:], format_func=name_of.get,
                            key=f"runs_pick_{version}")
    picked = [kept[i] for i in chosen]
    if picked:
        st.markdown(f"**{tr('runs_page.curves')}**")
        charts = {}
        for entry in picked:  # one chart per dataset and loss scale: different units never share an axis
            run = entry["run"]
            scaled_target = run.target_name if loss_on_scaled_target(run) else None
            charts.setdefault((entry["dataset"], scaled_target), []).append(entry)
        for (name, scaled_target), entries in charts.items():
            if len(charts) > 1:
                st.caption(tr("runs_page.curves_dataset", dataset=datasets.title(name, lang())))
            st.altair_chart(loss_chart(_curves(entries), tr("cv_page.epoch"), tr("cv_page.loss"), dash="part",
                                       height=220 if len(charts) > 1 else 320), width="stretch")
            if scaled_target is not None:  # the Train page's note under the same curve
                st.caption(tr("train_page.loss_scaled", target=scaled_target))
        table = _metrics_table(picked)
        # A score a run does not have (no test rows) is an empty cell, which the data grid draws as a gray None
        # (the Styler's na_rep does not reach it): the caption below says what it means.
        st.dataframe(number_table(table, {tr("runs_page.col_epochs"): "{:,}", tr("runs_page.col_seconds"): "{:.1f} s"}),
                     hide_index=True, width="stretch")
        st.caption(tr("runs_page.metrics_help"))
        scaled = [e["name"] for e in picked if scores_on_scaled_target(e["run"].config, e["run"].task)]
        if scaled:
            st.caption(tr("runs_page.scaled_note", runs=", ".join(scaled)))
        together = [e["name"] for e in picked if e["run"].trained_together > 1]
        if together:
            st.caption(tr("runs_page.together_note", runs=", ".join(together)))

    if len(kept) >= 2:
        st.subheader(tr("runs_page.diff_title"))
        left, right = st.columns(2)
        a = left.selectbox(tr("runs_page.diff_a"), list(name_of), index=len(kept) - 2, format_func=name_of.get,
                              key=f"runs_diff_a_{version}")
        b = right.selectbox(tr("runs_page.diff_b"), list(name_of), index=len(kept) - 1, format_func=name_of.get,
                               key=f"runs_diff_b_{version}")
        first, second = asdict(kept[a]["run"].config), asdict(kept[b]["run"].config)
        first["dataset"], second["dataset"] = (datasets.title(kept[i]["dataset"], lang()) for i in (a, b))
        diff = [{tr("runs_page.col_field"): setting_label(field), name_of[a]: setting_value(field, first[field]),
                 name_of[b]: setting_value(field, second[field])}
                for field in first if first[field] != second[field]]
        if a == b:
            st.info(tr("runs_page.diff_same_run"), icon=":material/info:")
        elif diff:
            st.dataframe(pd.DataFrame(diff), hide_index=True, width="stretch")
        else:
            st.info(tr("runs_page.diff_none"), icon=":material/info:")

    st.subheader(tr("runs_page.export_title"))
    pick = st.selectbox(tr("runs_page.export_pick"), list(name_of), index=len(kept) - 1, format_func=name_of.get,
                        key=f"runs_export_{version}")
    entry = kept[pick]
    run = entry["run"]
    file_base = slug(entry["name"])
    st.download_button(tr("runs_page.download_model"), data=lambda: model_bytes(run), file_name=f"{file_base}.pt",
                       mime="application/octet-stream", on_click="ignore", icon=":material/download:")
    st.caption(tr("runs_page.model_help"))
    # A built-in is loaded by name in the script; an upload travels with the run as its cleaned table.
    uploaded = run.dataset_name not in datasets.names()
    source, language = data_file_name(run.dataset_name), lang()
    with st.expander(tr("runs_page.script_title"), icon=":material/code:"):
        try:
            export_ds = run.dataset() if uploaded else datasets.load(run.dataset_name)
            script = _script(run, uploaded, export_ds)
        except LearnerError as error:
            show_error(error)
        else:
            st.caption(tr("runs_page.script_help"))
            left, middle, right = st.columns(3)
            left.download_button(tr("runs_page.download_script"), data=script, file_name=f"{file_base}.py",
                                 mime="text/x-python", on_click="ignore", icon=":material/download:")
            middle.download_button(tr("runs_page.download_bundle"), file_name=f"{file_base}.zip",
                                   data=lambda: to_bundle(run.config, export_ds, language),
                                   mime="application/zip", on_click="ignore", icon=":material/folder_zip:")
            right.download_button(tr("runs_page.download_notebook"), file_name=f"{file_base}.ipynb",
                                  data=lambda: to_notebook(run.config, export_ds, language),
                                  mime="application/x-ipynb+json", on_click="ignore", icon=":material/menu_book:")
            st.caption(tr("runs_page.formats_help", data=data_file_name(export_ds.name)))
            if uploaded:
                st.download_button(tr("runs_page.download_csv", file=source),
                                   data=lambda: export_ds.frame.to_csv(index=False), file_name=source,
                                   mime="text/csv", on_click="ignore", icon=":material/table_chart:")
            st.code(script, language="python")

    st.subheader(tr("state.manage_title"))
    left, middle, right = st.columns([2, 2, 1], vertical_alignment="bottom")
    managed = left.selectbox(tr("state.manage_pick"), list(name_of), index=len(kept) - 1, format_func=name_of.get,
                             key=f"runs_manage_{version}")
    middle.text_input(tr("state.new_name"), key="runs_new_name", max_chars=200)
    right.button(tr("state.rename"), on_click=_rename, args=(kept[managed],), icon=":material/edit:")
    label = name_of[managed]  # numbered when two runs share its name, so they are told apart
    confirm_step("runs_confirm_delete", label, tr("state.delete"), tr("state.delete_run_question", name=label),
                 tr("state.delete_run_yes", name=label), _delete, (kept[managed],))
_show_outcome()

st.subheader(tr("runs_page.load_title"))
upload = st.file_uploader(tr("runs_page.upload"), type=["pt", "pth"], help=tr("runs_page.upload_help"),
                          key="runs_upload")
if upload is not None:
    try:
        model, info = load_model(upload.getvalue())
    except LearnerError as error:
        show_error(error)
    else:
        names = info["feature_names"]
        st.success(tr("runs_page.loaded", dataset=info["dataset"], task=tr(f"data_page.task_{info['task']}"),
                      target=info["target_name"],
                      features=", ".join(names[:8]) + (" …" if len(names) > 8 else ""),
                      params=f"{count_params(model):,}"), icon=":material/check_circle:")
        left, right = st.columns(2)
        left.dataframe(summary_table(summarize(model, info["n_features"])), hide_index=True, width="stretch")
        config_rows = [{tr("runs_page.col_field"): setting_label(k), tr("runs_page.col_value"): setting_value(k, v)}
                       for k, v in asdict(info["config"]).items()]
        right.dataframe(pd.DataFrame(config_rows), hide_index=True, width="stretch")
        st.button(tr("state.add_model"), on_click=_add_model, args=(upload.name, upload.getvalue()),
                  icon=":material/add:")

st.subheader(tr("state.workspace_title"))
st.caption(tr("state.workspace_help"))
left, right = st.columns(2)
left.download_button(tr("state.export"), data=export_file, file_name="studylab-workspace.sqlite",
                     mime="application/octet-stream", on_click="ignore", icon=":material/download:")
imported = right.file_uploader(tr("state.import"), type=["sqlite"], key="runs_workspace_file")
if imported is not None:
    right.button(tr("state.import_button"), on_click=_import, args=(imported.getvalue(),), icon=":material/upload:")

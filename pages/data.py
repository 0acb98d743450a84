"""Data: pick a built-in dataset or upload a CSV, choose target, features and task, and look at the table.

This page owns the dataset and the config's split fields (test share, scaling, target scaling, seed). Its own
choices are kept with ui.state.remember("data_"); an upload reaches this script as bytes in `upload_incoming`
(set by the uploader's callback) and the raw table then stays in `upload_table`. Every upload is kept in the
workspace with the target/features/task last chosen for it, so the learner can pick it again or delete it.
"""
import pandas as pd
import streamlit as st

from engine import datasets
from engine.config import SCALINGS
from engine.data import UPLOAD_TYPES, default_target, make_dataset, suggest_features
from engine.tables.columns import column_kind
from engine.dataset import TASKS
from engine.errors import LearnerError
from ui import explore_charts as charts
from ui.confirm import confirm_step
from ui.help import help_for
from ui.workspace import (delete_upload, kept_uploads, open_upload, runs_on_upload, save_upload, save_upload_choices,
                          use_upload)
from ui.uploader import file_uploader
from ui.state import (bind, config, dataset, end_page, kept, labels, lang, notes, put, remember, show_error,
                      show_reset_note, tr, use_dataset)

MAX_CORR_COLUMNS = 30
N_IMAGES = 30

state = st.session_state


def _take_upload():
    """Uploader callback: hand the new file to the next script run as bytes."""
    if state.get("upload_file") is not None:
        state.upload_incoming = {"name": state.upload_file.name, "bytes": state.upload_file.getvalue()}


def _pick_upload():
    """Kept-uploads callback: use the table the learner picked, with the target/features/task saved for it."""
    try:
        use_upload(*open_upload(state.uploads_pick))
        state.pop("upload_error", None)
    except LearnerError as error:  # gone meanwhile (another tab), or no longer readable
        state.upload_error = error


def _delete_upload(upload_id, name):
    try:
        delete_upload(upload_id, name)
    except LearnerError as error:
        state.upload_error = error
    else:
        state.upload_deleted = name


def _upload_label(info) -> str:
    return tr("data_page.upload_label", name=info.name, size=f"{info.size / 1024:,.1f}",
              when=info.created.astimezone().strftime("%Y-%m-%d %H:%M"))


def _kept_uploads(current) -> bool:
    """The learner's kept uploads to pick again, and a delete (asked twice) for the one in use; False if none."""
    deleted = state.pop("upload_deleted", None)
    if deleted:
        st.success(tr("state.deleted", name=deleted), icon=":material/check_circle:")
    by_id = {info.id: info for info in kept_uploads()}
    if not by_id:
        return False
    chosen = current.get("id") if current is not None and current.get("id") in by_id else None
    state.uploads_pick = chosen  # the table in use, even after an upload or a pick elsewhere changed it
    names = {i: _upload_label(info) for i, info in by_id.items()}  # fixed now: AppTest formats outside the page
    st.selectbox(tr("data_page.kept_uploads"), list(by_id), index=list(by_id).index(chosen) if chosen else None,
                 format_func=names.get, key="uploads_pick", on_change=_pick_upload,
                 placeholder=tr("data_page.pick_upload"), help=tr("data_page.kept_uploads_help"))
    if chosen is not None:
        name = by_id[chosen].name
        trained = runs_on_upload(chosen, name)
        question = tr("data_page.delete_upload_question", name=name)
        if trained:
            question += " " + tr("data_page.delete_upload_runs", runs=", ".join(trained))
        confirm_step("uploads_confirm_delete", chosen, tr("data_page.delete_upload"), question,
                     tr("data_page.delete_upload_yes", name=name), _delete_upload, (chosen, name))
    return True


def _target_changed():
    """A new target: the suggested features for it (IDs, free text and mostly empty columns left out)."""
    upload = state.get("upload_table")
    if upload is not None and kept("data_source") == "upload":
        put("data_features", _suggested(upload["key"], upload["frame"], state.data_target))
    else:
        put("data_features", [c for c in state.data_columns if c != state.data_target])


@st.cache_data(show_spinner=False, max_entries=8)
def _suggested(key, _frame, target):
    """The features to start from for this target (IDs, free text, mostly empty columns left out); cached by hash."""
    return suggest_features(_frame, target)[0]


@st.cache_data(show_spinner=False, max_entries=8)
def _build_upload(key, _frame, target, features, task, name):
    """make_dataset on an uploaded table; cached by the file's hash so reruns cost nothing.

    The suggested features go in as None, so the notes say why the other columns were left out."""
    suggested = tuple(_suggested(key, _frame, target))
    return make_dataset(_frame, target, None if features == suggested else list(features), task, name=name)


@st.cache_data(show_spinner=False, max_entries=8)
def _profile(key, _frame, _read):
    """Each column's kind and missing count as read (_read), describe() and correlations of the numeric columns."""
    columns = pd.DataFrame({"kind": [column_kind(_read[c]) for c in _read.columns], "missing": _read.isna().sum()},
                           index=_read.columns)
    numeric = _frame.select_dtypes("number")
    corr = numeric.corr() if 2 <= numeric.shape[1] <= MAX_CORR_COLUMNS else None
    return columns, _frame.describe(), corr


@st.cache_data(show_spinner=False, max_entries=4)
def _gallery(key, _X, _y, shape):
    """A few images of every class and their row numbers (cached: the enlarging is the slow part)."""
    rows = charts.example_rows(_y, N_IMAGES)
    return rows, charts.image_tiles(_X, rows, shape)


def _choose(base, frame, key, name, first_target, first_features):
    """Target, features and task widgets for one table, then the Dataset they describe (kept if it fails)."""
    state.data_columns = columns = list(frame.columns)
    if kept("data_columns_for") != key:  # a new table: start from its default target and all features
        put("data_columns_for", key)
        put("data_target", first_target)
        put("data_task", "auto")
        put("data_features", first_features)

    tabular = base is None or base.image_shape is None
    if tabular:
        with st.expander(tr("data_page.columns"), expanded=base is None):
            left, right = st.columns([1, 2])
            tasks = ["auto", *TASKS]
            target = left.selectbox(tr("data_page.target"), columns, key="data_target", on_change=_target_changed,
                                    help=help_for("target"))
            task = left.selectbox(tr("data_page.task"), tasks, key="data_task", help=tr("data_page.task_help"),
                                  format_func=labels("data_page.task_", tasks).get)
            options = [c for c in columns if c != target]
            features = right.multiselect(tr("data_page.features"), options, key="data_features",
                                         help=help_for("feature"))
    else:
        target, task, features = None, None, []
    choice = (key, target, task, tuple(features))
    if state.get("dataset_choice") != choice or dataset() is None:
        try:
            task_or_none = None if task == "auto" else task
            if base is not None and (not tabular or (target == base.target_name and task in ("auto", base.task)
                                                     and features == base.feature_names)):
                new = base
            elif base is not None:  # a built-in table with the learner's own columns: a new name, so exports say so
                new = make_dataset(frame, target, features, task_or_none, name=f"{name}_custom.csv")
            else:
                new = _build_upload(key, frame, target, tuple(features), task_or_none, name)
            use_dataset(new, key)
            state.dataset_choice = choice
            if base is None:  # kept with the upload, so picking it again brings these choices back
                save_upload_choices(state.upload_table.get("id"))
        except LearnerError as error:
            show_error(error)
            if dataset() is not None:
                st.warning(tr("data_page.kept_previous", name=dataset().name), icon=":material/history:")


current, built = dataset(), state.get("dataset_choice")
if current is not None and current.name in datasets.names() and (built is None or built[0] != current.name):
    # Another page (a Train preset) loaded this built-in: show it as the choice here, not the old one.
    put("data_source", "builtin")
    put("data_builtin", current.name)
remember("data_")
incoming = state.pop("upload_incoming", None)
if incoming:
    try:
        use_upload(*save_upload(incoming["name"], incoming["bytes"]))  # the same file again: its choices come back
        state.pop("upload_error", None)
        put("data_source", "upload")
    except LearnerError as error:  # keep the previous upload and dataset
        state.upload_error = error

st.title(tr("nav.data"))
st.caption(tr("data_page.intro"))
source = st.radio(tr("data_page.source"), ["builtin", "upload"], key="data_source", horizontal=True,
                  format_func=labels("data_page.source_", ("builtin", "upload")).get)
if source == "builtin":
    name = st.selectbox(tr("data_page.builtin"), datasets.names(), key="data_builtin",
                        format_func={n: tr(f"dataset.{n}.title") for n in datasets.names()}.get)
    st.write(tr(f"dataset.{name}.desc"))
    if name == "house_prices":
        st.warning(tr("data_page.house_prices_b"), icon=":material/warning:")
    base = datasets.load(name)
    frame = base.frame.drop(columns="split") if "split" in base.frame else base.frame  # drop() copies: 17 ms on MNIST
    _choose(base, frame, name, name, base.target_name, [c for c in frame.columns if c != base.target_name])
else:
    file_uploader(tr("data_page.upload"), list(UPLOAD_TYPES), "upload_file", on_change=_take_upload,
                  help=tr("data_page.upload_help"))
    if "upload_error" in state:
        show_error(state.upload_error)
    upload = state.get("upload_table")
    any_kept = _kept_uploads(upload)
    if upload is None:  # the previous dataset (if any) stays in use and on show below
        still = " " + tr("data_page.kept_previous", name=dataset().name) if dataset() is not None else ""
        st.info(tr("data_page.upload_or_pick" if any_kept else "data_page.upload_first") + still,
                icon=":material/upload_file:")
    else:
        first = default_target(upload["frame"])
        _choose(None, upload["frame"], upload["key"], upload["name"], first,
                _suggested(upload["key"], upload["frame"], first))

ds = dataset()
if ds is None:
    end_page()

show_reset_note("data")
st.subheader(tr("data_page.split_title"))
left, middle, right = st.columns(3)
with left:
    bind(st.selectbox, tr("data_page.scaling"), "data_scaling", "scaling", options=SCALINGS,
         format_func=labels("data_page.scaling_", SCALINGS).get, help=tr("data_page.scaling_help"))
    if ds.task == "regression":
        bind(st.checkbox, tr("train_page.scale_target"), "data_scale_target", "scale_target",
             help=tr("train_page.scale_target_help"))
        if config().scale_target:
            bind(st.checkbox, tr("train_page.scaled_scores"), "data_scaled_scores", "scaled_scores",
                 help=tr("train_page.scaled_scores_help"))
with middle:
    bind(st.slider, tr("data_page.test_size"), "data_test_size", "test_size", shown=lambda c: float(c.test_size),
         min_value=0.0, max_value=0.9, step=0.05, help=tr("data_page.test_size_help"))
with right:
    bind(st.number_input, tr("data_page.seed"), "data_seed", "seed", shown=lambda c: int(c.seed),
         changes=lambda v: {"seed": int(v)}, min_value=0, max_value=2**31 - 1, step=1, help=tr("data_page.seed_help"))
if ds.test_mask is not None:
    st.caption(tr("data_page.fixed_split", train=int((~ds.test_mask).sum()), test=int(ds.test_mask.sum())))

notes(ds.notes)
st.subheader(datasets.title(ds.name, lang()))
cells = st.columns(4)
cells[0].metric(tr("data_page.rows"), f"{len(ds):,}")
cells[1].metric(tr("data_page.n_features"), ds.X.shape[1])
cells[2].metric(tr("data_page.task"), tr(f"data_page.task_{ds.task}"))
cells[3].metric(tr("data_page.outputs"), ds.n_outputs, help=tr("data_page.outputs_help"))

tab_keys = ["data_page.tab_table", "data_page.tab_charts"] + (["data_page.tab_images"] if ds.image_shape else [])
tabs = st.tabs([tr(k) for k in tab_keys])
profile_key = repr((ds.name, state.get("dataset_choice")))  # a Train preset can load a dataset without this page
upload = state.get("upload_table")
as_read = upload["frame"] if upload is not None and upload["name"] == ds.name else ds.frame
column_info, described, corr = _profile(profile_key, ds.frame, as_read)
with tabs[0]:
    st.dataframe(ds.frame.head(100), width="stretch")
    st.caption(tr("data_page.shape", rows=ds.frame.shape[0], columns=ds.frame.shape[1]))
    left, right = st.columns([1, 2])
    left.markdown(f"**{tr('data_page.dtypes')}**")
    headers = {"kind": tr("data_page.col_kind"), "missing": tr("data_page.col_missing")}
    kinds = column_info.assign(kind=[tr(f"data_page.kind_{kind}") for kind in column_info["kind"]])
    left.dataframe(kinds.rename(columns=headers), width="stretch", height=320)
    left.caption(tr("data_page.model_float32"))
    right.markdown(f"**{tr('data_page.describe')}**")
    stats = {stat: tr(f"data_page.stat_{stat}") for stat in ("count", "mean", "std", "min", "max")}
    right.dataframe(described.rename(index=stats), width="stretch")
with tabs[1]:
    classes = ds.task != "regression"
    if kept("data_x") not in ds.feature_names:  # kept from another dataset
        put("data_x", ds.feature_names[0])
    x = st.selectbox(tr("data_page.scatter_x"), ds.feature_names, key="data_x")
    st.altair_chart(charts.scatter(ds.frame, x, ds.target_name, classes), width="stretch")
    numeric = list(ds.frame.select_dtypes("number").columns)
    if kept("data_hist") not in numeric:
        put("data_hist", ds.target_name if ds.target_name in numeric else numeric[0])
    column = st.selectbox(tr("data_page.hist_column"), numeric, key="data_hist")
    st.altair_chart(charts.histogram(ds.frame, column, tr("data_page.count")), width="stretch")
    st.markdown(f"**{tr('data_page.corr')}**")
    if corr is None:
        st.caption(tr("data_page.corr_skipped", n=len(numeric), max=MAX_CORR_COLUMNS))
    else:
        st.caption(tr("data_page.corr_help"))
        st.altair_chart(charts.correlation_heatmap(corr), width="content")
if ds.image_shape:
    with tabs[2]:
        st.caption(tr("data_page.images_help"))
        rows, tiles = _gallery(profile_key, ds.X, ds.y, ds.image_shape)
        labels = [tr("data_page.image_label", row=r, label=ds.class_names[ds.y[r]]) for r in rows]
        st.image(tiles, caption=labels, output_format="PNG")

"""Data: pick a built-in dataset or upload a CSV, choose target, features and task, and look at the table.

Widget state is wiped when the learner visits another page, so the choices also live in the durable
`data_prefs` dict and seed the widgets again on return. An upload reaches this script as bytes in
`data_incoming` (set by the uploader's callback); the raw table then stays in `data_upload`.
"""
import hashlib

import pandas as pd
import streamlit as st

from engine import datasets
from engine.config import SCALINGS
from engine.data import make_dataset, read_csv
from engine.dataset import TASKS
from engine.errors import LearnerError
from ui import explore_charts as charts
from ui.help import help_for
from ui.state import config, dataset, labels, notes, set_config, show_error, tr

MAX_CORR_COLUMNS = 30
N_IMAGES = 30

state = st.session_state
_chosen = getattr(state.get("dataset"), "name", None)
prefs = state.setdefault("data_prefs", {"data_source": "builtin",
                                        "data_builtin": _chosen if _chosen in datasets.names() else datasets.names()[0]})


def _take_upload():
    """Uploader callback: hand the new file to the next script run as bytes."""
    if state.get("data_file") is not None:
        state.data_incoming = {"name": state.data_file.name, "bytes": state.data_file.getvalue()}


def _target_changed():
    """A new target: every other column becomes a feature again."""
    state.data_features = [c for c in state.data_columns if c != state.data_target]


@st.cache_data(show_spinner=False, max_entries=8)
def _build_upload(key, _frame, target, features, task, name):
    """make_dataset on an uploaded table; cached by the file's hash so reruns cost nothing."""
    return make_dataset(_frame, target, list(features), task, name=name)


@st.cache_data(show_spinner=False, max_entries=8)
def _profile(key, _frame):
    """Per-column type and missing count, describe(), and correlations of the numeric columns."""
    columns = pd.DataFrame({"dtype": _frame.dtypes.astype(str), "missing": _frame.isna().sum()})
    numeric = _frame.select_dtypes("number")
    corr = numeric.corr() if 2 <= numeric.shape[1] <= MAX_CORR_COLUMNS else None
    return columns, _frame.describe(), corr


@st.cache_data(show_spinner=False, max_entries=4)
def _gallery(key, _X, _y, shape):
    """A few images of every class and their row numbers (cached: the enlarging is the slow part)."""
    rows = charts.example_rows(_y, N_IMAGES)
    return rows, charts.image_tiles(_X, rows, shape)


def _choose(base, frame, key, name, default_target):
    """Target, features and task widgets for one table, then the Dataset they describe (kept if it fails)."""
    state.data_columns = columns = list(frame.columns)
    if prefs.get("data_columns_for") != key:  # a new table: start from its default target and all features
        prefs.update(data_columns_for=key, data_target=default_target, data_task="auto",
                     data_features=[c for c in columns if c != default_target])
        for widget in ("data_target", "data_features", "data_task"):
            state[widget] = prefs[widget]

    tabular = base is None or base.image_shape is None
    if tabular:
        with st.expander(tr("data_page.columns"), expanded=base is None):
            left, right = st.columns([1, 2])
            # The chosen values also go in as defaults, as for the split widgets below.
            tasks = ["auto", *TASKS]
            target_now, task_now = state.get("data_target"), state.get("data_task")
            target = left.selectbox(tr("data_page.target"), columns, key="data_target", on_change=_target_changed,
                                    help=help_for("target"),
                                    index=columns.index(target_now if target_now in columns else default_target))
            task = left.selectbox(tr("data_page.task"), tasks, index=tasks.index(task_now) if task_now in tasks else 0,
                                  key="data_task", help=tr("data_page.task_help"),
                                  format_func=labels("data_page.task_", tasks).get)
            options = [c for c in columns if c != target]
            features = right.multiselect(tr("data_page.features"), options, key="data_features",
                                         help=help_for("feature"),
                                         default=[c for c in state.get("data_features", []) if c in options])
        prefs.update(data_target=target, data_task=task, data_features=features)
    else:
        target, task, features = None, None, []
    choice = (key, target, task, tuple(features))
    if state.get("data_choice") != choice or dataset() is None:
        try:
            task_or_none = None if task == "auto" else task
            if base is not None and (not tabular or (target == base.target_name and task in ("auto", base.task)
                                                     and features == base.feature_names)):
                new = base
            elif base is not None:  # a built-in table with the learner's own columns: a new name, so exports say so
                new = make_dataset(frame, target, features, task_or_none, name=f"{name}_custom.csv")
            else:
                new = _build_upload(key, frame, target, tuple(features), task_or_none, name)
            state.dataset, state.data_choice = new, choice
            suggested = datasets.info(name)["test_size"] if base is not None else None
            if suggested is not None and set_config(test_size=suggested):
                state.data_test_size = suggested
        except LearnerError as error:
            show_error(error)
            if dataset() is not None:
                st.warning(tr("data_page.kept_previous", name=dataset().name), icon=":material/history:")


incoming = state.pop("data_incoming", None)
if incoming:
    try:
        state.data_upload = {"name": incoming["name"], "frame": read_csv(incoming["bytes"]),
                             "key": hashlib.sha1(incoming["bytes"]).hexdigest()}
        state.pop("data_upload_error", None)
        prefs.update(data_source="upload", data_columns_for=None)
        state.data_source = "upload"
    except LearnerError as error:  # keep the previous upload and dataset
        state.data_upload_error = error

current = dataset()
if current is not None and current.name in datasets.names() and current.name != prefs.get("data_builtin"):
    # Another page (a Train preset) loaded this built-in: show it as the choice here, not the old one.
    prefs.update(data_source="builtin", data_builtin=current.name)
    state.data_source, state.data_builtin = "builtin", current.name
for key, value in prefs.items():  # widgets forget their state on other pages; bring it back
    if key not in state and key != "data_columns_for":
        state[key] = value

st.title(tr("nav.data"))
st.caption(tr("data_page.intro"))
source = st.radio(tr("data_page.source"), ["builtin", "upload"], key="data_source", horizontal=True,
                  format_func=labels("data_page.source_", ("builtin", "upload")).get)
prefs["data_source"] = source
if source == "builtin":
    name = st.selectbox(tr("data_page.builtin"), datasets.names(), key="data_builtin",
                        format_func={n: tr(f"dataset.{n}.title") for n in datasets.names()}.get)
    st.write(tr(f"dataset.{name}.desc"))
    if name == "house_prices":
        st.warning(tr("data_page.house_prices_b"), icon=":material/warning:")
    prefs["data_builtin"] = name
    base = datasets.load(name)
    frame = base.frame.drop(columns="split") if "split" in base.frame else base.frame  # drop() copies: 17 ms on MNIST
    _choose(base, frame, name, name, base.target_name)
else:
    st.file_uploader(tr("data_page.upload"), type=["csv", "tsv", "txt"], key="data_file", on_change=_take_upload,
                     help=tr("data_page.upload_help"))
    if "data_upload_error" in state:
        show_error(state.data_upload_error)
    upload = state.get("data_upload")
    if upload is None:  # the previous dataset stays in use and on show below
        st.info(tr("data_page.upload_first"), icon=":material/upload_file:")
    else:
        _choose(None, upload["frame"], upload["key"], upload["name"], upload["frame"].columns[-1])

ds = dataset()
if ds is None:
    st.stop()

st.subheader(tr("data_page.split_title"))
cfg = config()
left, middle, right = st.columns(3)
# The config's values are the widgets' defaults: a widget keeps what the learner set, and starts from the config.
left.selectbox(tr("data_page.scaling"), SCALINGS, index=SCALINGS.index(cfg.scaling), key="data_scaling",
               format_func=labels("data_page.scaling_", SCALINGS).get, help=tr("data_page.scaling_help"),
               on_change=lambda: set_config(scaling=state.data_scaling))
middle.slider(tr("data_page.test_size"), 0.0, 0.9, value=float(cfg.test_size), step=0.05, key="data_test_size",
              help=tr("data_page.test_size_help"), on_change=lambda: set_config(test_size=state.data_test_size))
right.number_input(tr("data_page.seed"), 0, 2**31 - 1, value=int(cfg.seed), step=1, key="data_seed",
                   help=tr("data_page.seed_help"), on_change=lambda: set_config(seed=int(state.data_seed)))
if ds.test_mask is not None:
    st.caption(tr("data_page.fixed_split", train=int((~ds.test_mask).sum()), test=int(ds.test_mask.sum())))

notes(ds.notes)
st.subheader(tr(f"dataset.{ds.name}.title") if ds.name in datasets.names() else ds.name)
cells = st.columns(4)
cells[0].metric(tr("data_page.rows"), f"{len(ds):,}")
cells[1].metric(tr("data_page.n_features"), ds.X.shape[1])
cells[2].metric(tr("data_page.task"), tr(f"data_page.task_{ds.task}"))
cells[3].metric(tr("data_page.outputs"), ds.n_outputs, help=tr("data_page.outputs_help"))

tab_keys = ["data_page.tab_table", "data_page.tab_charts"] + (["data_page.tab_images"] if ds.image_shape else [])
tabs = st.tabs([tr(k) for k in tab_keys])
profile_key = repr((ds.name, state.data_choice))  # the Train page can load a preset's dataset without this page
column_info, described, corr = _profile(profile_key, ds.frame)
with tabs[0]:
    st.dataframe(ds.frame.head(100), width="stretch")
    st.caption(tr("data_page.shape", rows=ds.frame.shape[0], columns=ds.frame.shape[1]))
    left, right = st.columns([1, 2])
    left.markdown(f"**{tr('data_page.dtypes')}**")
    left.dataframe(column_info.rename(columns={"dtype": tr("data_page.col_dtype"), "missing": tr("data_page.col_missing")}),
                   width="stretch", height=320)
    right.markdown(f"**{tr('data_page.describe')}**")
    stats = {stat: tr(f"data_page.stat_{stat}") for stat in ("count", "mean", "std", "min", "max")}
    right.dataframe(described.rename(index=stats), width="stretch")
with tabs[1]:
    classes = ds.task != "regression"
    x = st.selectbox(tr("data_page.scatter_x"), ds.feature_names, key="data_x")
    st.altair_chart(charts.scatter(ds.frame, x, ds.target_name, classes), width="stretch")
    numeric = list(ds.frame.select_dtypes("number").columns)
    column = st.selectbox(tr("data_page.hist_column"), numeric, index=numeric.index(ds.target_name)
                          if ds.target_name in numeric else 0, key="data_hist")
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

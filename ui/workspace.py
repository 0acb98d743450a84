"""The learner's workspace on disk (engine.store); st.session_state is its cache.

A new browser session restores the workspace (language, config, the page's own widget values, the
dataset with an uploaded table, the runs) in `restore()`; every script run ends with `save()`, which
writes the preferences only when they changed. Runs are saved when they are kept (`keep_run`), and a
session holds at most engine.store.DEFAULT_CACHE_SIZE models: an entry loads its run from the store when
a page asks for entry["run"]. Personal mode has one workspace; shared mode (STUDYLAB_SHARED=1) one per
browser, named by an unguessable token in the URL (?ws=…), so a reload or a bookmark brings it back.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json

import streamlit as st

from engine import datasets
from engine.config import TrainConfig
from engine.data import default_target, make_dataset, read_table, suggest_features
from engine.dataset import TASKS
from engine.errors import LearnerError
from engine.store import (PERSONAL, ModelCache, Store, StoreError, default_path, is_workspace_token,
                          new_workspace_token, open_store, run_from_model_file, shared_mode)
from ui.state import config, dataset, kept, kept_values, lang, put, runs, tr

PREFS_SAVED = "workspace_prefs_saved"  # the preferences as last written, to write only changes


@st.cache_resource(show_spinner=False)
def _open(path: str) -> Store:
    """One Store per file for the whole server: a SQLite connection with its own lock; no learner data."""
    return open_store(path)


def store() -> Store:
    return _open(str(default_path()))


def workspace() -> str:
    """This browser's workspace name: PERSONAL, or in shared mode the token kept in the URL."""
    state = st.session_state
    if "workspace" not in state:
        token = st.query_params.get("ws")
        state.workspace = (token if is_workspace_token(token) else new_workspace_token()) if shared_mode() else PERSONAL
    if shared_mode() and st.query_params.get("ws") != state.workspace:
        st.query_params["ws"] = state.workspace  # a reload or a bookmark of this URL finds the workspace again
    return state.workspace


class StoredEntry(dict):
    """A runs() entry whose run lives in the store: entry["run"] comes from the session's bounded ModelCache."""

    def __init__(self, run_id: int, cache: ModelCache, **fields):
        super().__init__(id=run_id, **fields)
        self.cache = cache

    def __getitem__(self, key):
        return self.cache.get(self["id"]) if key == "run" else super().__getitem__(key)

    def get(self, key, default=None):
        return self[key] if key == "run" or key in self else default

    def __contains__(self, key):
        return key == "run" or super().__contains__(key)


def _cache() -> ModelCache:
    state = st.session_state
    if "model_cache" not in state:
        state.model_cache = ModelCache(store(), workspace())
    return state.model_cache


def keep_run(run, name: str, dataset_name: str, seconds: float, live: bool) -> dict:
    """Append a finished run to runs() and save it; if saving fails the run stays in memory and a warning says so."""
    upload = st.session_state.get("upload_table")
    upload_id = upload.get("id") if upload and dataset_name == getattr(dataset(), "name", None) \
        and dataset_name not in datasets.names() else None
    try:
        if upload_id is not None:  # the Data page's choices for this table, so the run can rebuild its rows later
            store().set_upload_choices(workspace(), upload_id, _data_choices(run.target_name))
        run_id = store().save_run(workspace(), name, run, upload_id=upload_id,
                                  extra={"seconds": seconds, "live": live, "dataset": dataset_name})
    except LearnerError as error:
        st.session_state.workspace_problem = error
        entry = {"name": name, "run": run, "dataset": dataset_name, "seconds": seconds, "live": live}
    else:
        _cache().put(run_id, run)
        entry = StoredEntry(run_id, _cache(), name=name, dataset=dataset_name, seconds=seconds, live=live,
                            upload_id=upload_id)
    runs().append(entry)
    return entry


def table_of(name: str, data: bytes, upload_id: int | None) -> dict:
    """An uploaded file as the session holds it (`upload_table`): name, parsed frame, content key, store id.

    The key names the content (and the file name, so two names for one file stay two datasets); it keys the
    Data page's caches and the dataset's identity. DataError (a LearnerError) when the bytes are not a table."""
    key = hashlib.sha1(name.encode() + b"\0" + data).hexdigest()
    return {"name": name, "frame": read_table(data), "key": key, "id": upload_id}


def save_upload(name: str, data: bytes) -> tuple[dict, dict]:
    """Keep an uploaded file in the workspace: (its table, the choices saved for it before, or {}).

    The same file uploaded again is the same kept upload, so its target/features/task come back. When it
    cannot be saved the table still works in this session (id None) and a warning says so."""
    table = table_of(name, data, None)  # read first: a file that is not a table is not kept
    try:
        table["id"] = store().save_upload(workspace(), name, data, {})
        choices = store().load_upload(workspace(), table["id"]).choices
    except LearnerError as error:
        st.session_state.workspace_problem = error
        return table, {}
    for entry in _runs_on_table(table["id"], name):  # runs whose table was deleted may find their rows here
        if entry.get("upload_id") is None:
            _cache().forget(entry["id"])
    return table, choices


def kept_uploads() -> list:
    """The uploaded tables kept in the workspace (engine.store.UploadInfo), oldest first."""
    try:
        return store().list_uploads(workspace())
    except LearnerError as error:
        st.session_state.workspace_problem = error
        return []


def open_upload(upload_id: int) -> tuple[dict, dict]:
    """A kept upload as (table, saved choices). StoreError when it is gone, DataError when it no longer reads."""
    upload = store().load_upload(workspace(), upload_id)
    return table_of(upload.name, upload.data, upload.id), upload.choices


def _data_choices(target=None) -> dict:
    """The Data page's target/features/task as an upload keeps them (task None for "auto")."""
    task = kept("data_task", "auto")
    return {"target": kept("data_target", target), "features": kept("data_features"),
            "task": None if task == "auto" else task}


def save_upload_choices(upload_id: int | None) -> None:
    """Keep the Data page's target/features/task with the upload, so picking it again brings them back."""
    if upload_id is None:
        return
    try:
        store().set_upload_choices(workspace(), upload_id, _data_choices())
    except LearnerError as error:
        st.session_state.workspace_problem = error


def use_upload(table: dict, choices: dict) -> None:
    """Make `table` the session's upload, its Data page target/features/task set from `choices` (the saved ones
    that still fit its columns; the starting ones otherwise). Before the Data page draws its widgets."""
    frame = table["frame"]
    columns = list(frame.columns)
    saved = choices.get("target")
    target = saved if saved in columns else default_target(frame)
    features = [c for c in choices.get("features") or [] if c in columns and c != target] if saved == target else []
    task = choices.get("task") if choices.get("task") in TASKS else "auto"
    st.session_state.upload_table = table
    put("data_columns_for", table["key"])  # these choices belong to this table (see the Data page's _choose)
    put("data_target", target)
    put("data_task", task)
    put("data_features", features or suggest_features(frame, target)[0])


def _runs_on_table(upload_id: int, name: str) -> list[StoredEntry]:
    """Kept runs that take their rows from an upload: trained on it, or on a deleted upload of the same name
    (engine.store.Store.load_run looks for their rows in a same-named upload)."""
    return [e for e in runs() if isinstance(e, StoredEntry) and (e.get("upload_id") == upload_id or (
        e.get("upload_id") is None and e["dataset"] == name and name not in datasets.names()))]


def runs_on_upload(upload_id: int, name: str) -> list[str]:
    """Names of the kept runs whose rows come from an upload (they lose them when it is deleted)."""
    return [e["name"] for e in _runs_on_table(upload_id, name)]


def delete_upload(upload_id: int, name: str) -> None:
    """Delete a kept upload. Its runs stay and still predict and compare, but load without its rows: they are
    dropped from the model cache now, so every one of them says the same (the table is gone), not just the
    ones that happen to be out of memory. If it was the table in use, the session takes the most recent upload
    left instead (or none, and the Data page asks for one)."""
    affected = _runs_on_table(upload_id, name)
    store().delete_upload(workspace(), upload_id)
    for entry in affected:
        _cache().forget(entry["id"])
        entry["upload_id"] = None  # as the store now has it (ON DELETE SET NULL)
    state = st.session_state
    table = state.get("upload_table")
    if table is not None and table.get("id") == upload_id:
        del state.upload_table
        if (state.get("dataset_identity") or (None,))[0] == table["key"]:
            for key in ("dataset", "dataset_identity", "dataset_choice"):
                state.pop(key, None)
        _use_latest_upload()


def _use_latest_upload() -> None:
    """Make the most recently kept upload the session's table (the Data page then builds its dataset)."""
    for info in reversed(kept_uploads()):
        try:
            use_upload(*open_upload(info.id))
            return
        except LearnerError:
            continue  # gone meanwhile, or no longer reads: try the one before


def _prefs() -> dict:
    """What a new session needs besides the runs, as plain JSON values."""
    state, ds = st.session_state, dataset()
    source = None
    if ds is not None:
        upload = state.get("upload_table")
        if ds.name in datasets.names():
            source = {"builtin": ds.name}
        elif upload is not None and upload.get("id") is not None:
            source = {"upload": upload["id"]}
    return {"lang": lang(), "config": dataclasses.asdict(config()), "kept": _plain(kept_values()),
            "dataset": source, "preset": state.get("preset"),
            "study": json.loads(json.dumps(state.get("study") or {}))}  # a copy: the page changes it in place


def _plain(values: dict) -> dict:
    """The kept values that JSON can hold: widget values (numbers, strings, lists of them), not a lab's results."""
    plain = {}
    for key, value in values.items():
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError):
            continue
        plain[key] = list(value) if isinstance(value, tuple) else value
    return plain


def save() -> None:
    """End of every script run: write the preferences if they changed (a cheap comparison otherwise)."""
    state = st.session_state
    if "workspace" not in state:
        return
    prefs = _prefs()
    if prefs == state.get(PREFS_SAVED):
        return
    try:
        store().update_prefs(state.workspace, prefs)
        state[PREFS_SAVED] = prefs
    except LearnerError as error:
        state.workspace_problem = error


def restore() -> bool:
    """Once per browser session, before its page runs: bring the workspace back into st.session_state.

    A value the session already holds (e.g. set by a test before its first run) is left as it is, except the
    language, which app.py has just drawn: returns True when the saved one differs (app.py then reruns, and
    takes it from `lang_restored` before drawing the switch).
    """
    state = st.session_state
    if "workspace" in state:
        return False
    space = workspace()
    try:
        prefs = store().get_prefs(space)
        infos = store().list_runs(space)
    except LearnerError as error:
        state.workspace_problem = error
        return False
    other_language = prefs.get("lang") in ("en", "ko") and prefs["lang"] != state.get("lang")
    if other_language:
        state.lang_restored = prefs["lang"]
    if prefs.get("config") and "config" not in state:
        try:
            state.config = TrainConfig.from_dict(prefs["config"])
        except LearnerError:
            pass  # a config this version refuses: start from the starting one
    for key, value in (prefs.get("kept") or {}).items():
        kept_values().setdefault(key, value)
    if prefs.get("preset") and "preset" not in state:
        state.preset = prefs["preset"]
    if prefs.get("study") and "study" not in state:
        state.study = prefs["study"]
    if "dataset" not in state:
        _restore_dataset(space, prefs.get("dataset") or {})
    state.runs = state.get("runs", []) + [_entry(info) for info in infos]
    state[PREFS_SAVED] = prefs
    return other_language


def _entry(info) -> StoredEntry:
    """The runs() entry of a stored run (its model loads when a page asks for it)."""
    return StoredEntry(info.id, _cache(), name=info.name, dataset=info.extra.get("dataset", info.dataset_name),
                       seconds=info.extra.get("seconds", 0.0), live=info.extra.get("live", False),
                       upload_id=info.upload_id)


def _restore_dataset(space: str, source: dict) -> None:
    """The dataset the learner had: a built-in by name, or an upload rebuilt from its bytes and the kept choices."""
    state, kept = st.session_state, kept_values()
    try:
        if "builtin" in source:
            ds = datasets.load(source["builtin"])
            state.dataset, state.dataset_identity = ds, (ds.name, ds.target_name, ds.task)
        elif "upload" in source:
            table, choices = open_upload(source["upload"])
            if not choices:  # kept by an older version, which saved the choices only with a run
                choices = {"target": kept.get("data_target"), "features": kept.get("data_features"),
                           "task": kept.get("data_task")}
            use_upload(table, choices)
            task = kept["data_task"]
            ds = make_dataset(table["frame"], kept["data_target"], list(kept["data_features"]),
                              None if task == "auto" else task, name=table["name"])
            state.dataset, state.dataset_identity = ds, (table["key"], ds.target_name, ds.task)
    except (LearnerError, KeyError, ValueError):
        pass  # the data is gone or no longer fits the kept choices: the learner picks it again


def show_problems() -> None:
    """Once per session: say that nothing is being saved; and any save that failed just now."""
    state = st.session_state
    notice = store().notice
    if notice is not None and not state.get("workspace_notice_shown"):
        state.workspace_notice_shown = True
        st.warning(tr(notice[0], **notice[1]), icon=":material/save:")
    problem = state.pop("workspace_problem", None)
    if isinstance(problem, StoreError) or isinstance(problem, LearnerError):
        st.warning(problem.message(lang()), icon=":material/save:")


def _reload_runs() -> None:
    """runs() anew from the store (after an import, a rename or a delete); unsaved in-memory runs stay at the end."""
    state = st.session_state
    unsaved = [e for e in runs() if not isinstance(e, StoredEntry)]
    state.runs = [_entry(info) for info in store().list_runs(workspace())] + unsaved
    state.pop("train_last", None)


def rename_run(entry: dict, name: str) -> None:
    """Give a kept run a new name (in the store too, when it is saved there). StoreError for an empty name."""
    if isinstance(entry, StoredEntry):
        store().rename_run(workspace(), entry["id"], name)
        _reload_runs()
    else:
        entry["name"] = name.strip() or entry["name"]


def delete_run(entry: dict) -> None:
    """Remove a kept run from the session and the store."""
    if isinstance(entry, StoredEntry):
        store().delete_run(workspace(), entry["id"])
        _cache().forget(entry["id"])
        _reload_runs()
    else:
        runs().remove(entry)


def add_model_file(name: str, data: bytes) -> dict:
    """A .pt downloaded from the Runs page becomes a run (rows from the current or built-in data when they fit)."""
    run = run_from_model_file(data, dataset())
    return keep_run(run, name, run.dataset_name, 0.0, False)


def export_file() -> bytes:
    """The whole workspace (runs, uploads, preferences) as one file."""
    return store().export_workspace(workspace())


def import_file(data: bytes) -> tuple[int, int]:
    """Add an exported workspace's runs and uploads to this one; (runs added, uploads added)."""
    added = store().import_workspace(workspace(), data)
    _reload_runs()
    return added

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
from engine.errors import LearnerError
from engine.store import (PERSONAL, ModelCache, Store, StoreError, default_path, is_workspace_token,
                          new_workspace_token, open_store, run_from_model_file, shared_mode)
from ui.state import config, dataset, kept, kept_values, lang, runs, tr

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
            task = kept("data_task", "auto")
            store().set_upload_choices(workspace(), upload_id, {
                "target": kept("data_target", run.target_name), "features": kept("data_features"),
                "task": None if task == "auto" else task})
        run_id = store().save_run(workspace(), name, run, upload_id=upload_id,
                                  extra={"seconds": seconds, "live": live, "dataset": dataset_name})
    except LearnerError as error:
        st.session_state.workspace_problem = error
        entry = {"name": name, "run": run, "dataset": dataset_name, "seconds": seconds, "live": live}
    else:
        _cache().put(run_id, run)
        entry = StoredEntry(run_id, _cache(), name=name, dataset=dataset_name, seconds=seconds, live=live)
    runs().append(entry)
    return entry


def save_upload(name: str, data: bytes) -> int | None:
    """Keep an uploaded file's bytes in the workspace; its id (None when it could not be saved)."""
    try:
        return store().save_upload(workspace(), name, data, {})
    except LearnerError as error:
        st.session_state.workspace_problem = error
        return None


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
    state.runs = state.get("runs", []) + [StoredEntry(info.id, _cache(), name=info.name,
                                                      dataset=info.extra.get("dataset", info.dataset_name),
                                                      seconds=info.extra.get("seconds", 0.0),
                                                      live=info.extra.get("live", False))
                  for info in infos]
    state[PREFS_SAVED] = prefs
    return other_language


def _restore_dataset(space: str, source: dict) -> None:
    """The dataset the learner had: a built-in by name, or an upload rebuilt from its bytes and the kept choices."""
    state, kept = st.session_state, kept_values()
    try:
        if "builtin" in source:
            ds = datasets.load(source["builtin"])
            state.dataset, state.dataset_identity = ds, (ds.name, ds.target_name, ds.task)
        elif "upload" in source:
            upload = store().load_upload(space, source["upload"])
            frame = read_table(upload.data)
            key = hashlib.sha1(upload.data).hexdigest()
            state.upload_table = {"name": upload.name, "frame": frame, "key": key, "id": upload.id}
            task = kept.get("data_task", "auto")
            target = kept.get("data_target", default_target(frame))
            features = kept.get("data_features") or suggest_features(frame, target)[0]
            ds = make_dataset(frame, target, list(features), None if task == "auto" else task, name=upload.name)
            state.dataset, state.dataset_identity = ds, (key, ds.target_name, ds.task)
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
    state.runs = [StoredEntry(info.id, _cache(), name=info.name, dataset=info.extra.get("dataset", info.dataset_name),
                              seconds=info.extra.get("seconds", 0.0), live=info.extra.get("live", False))
                  for info in store().list_runs(workspace())] + unsaved
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

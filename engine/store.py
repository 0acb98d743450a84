"""The learner's workspace on disk: runs, uploaded tables and preferences in one SQLite file.

One file may hold many workspaces: personal mode uses the one named PERSONAL, shared mode (a classroom
server) one per browser, named by an unguessable token. A Store only ever answers for the workspace it
is asked about; there is no call that lists workspaces.

Every write is one transaction. WAL mode lets readers work while one process writes, and busy_timeout
makes a second process wait its turn instead of failing. When the file cannot be used (damaged,
read-only folder, full disk) the store keeps working in memory: `persistent` turns False and `notice`
says why as (translation key, params), for the UI to show. A damaged file is moved aside, never deleted.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import sqlite3
import threading
import time
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

from engine import datasets
from engine.config import TrainConfig
from engine.data import make_dataset, read_table
from engine.dataset import Dataset
from engine.errors import LearnerError, StoreError
from engine.model_cache import DEFAULT_CACHE_SIZE, ModelCache
from engine.store_file import (
    connect,
    is_disk_problem,
    memory,
    open_connection,
    transaction,
)
from engine.store_schema import ForeignFile, NewerFile, migrate
from engine.stored_run import from_record, has_rows, run_from_model_file, to_record
from engine.train import History, Run

__all__ = ["DEFAULT_CACHE_SIZE", "PERSONAL", "ModelCache", "RunInfo", "Store", "StoreError", "Upload", "UploadInfo",
           "default_path", "is_workspace_token", "new_workspace_token", "open_store", "run_from_model_file",
           "shared_mode"]

PERSONAL = "personal"  # the one workspace of personal (desktop) mode
MAX_NAME = 200
MAX_RELINK = 5  # a run whose upload was deleted looks for its rows in at most this many same-named uploads
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")


def default_path() -> Path:
    """STUDYLAB_DB if set, else studylab.sqlite in the user's data folder (e.g. ~/.local/share/studylab)."""
    chosen = os.environ.get("STUDYLAB_DB")
    if chosen:
        return Path(chosen).expanduser()
    return platformdirs.user_data_path("studylab", appauthor=False) / "studylab.sqlite"


def shared_mode() -> bool:
    """True on a classroom server (STUDYLAB_SHARED=1): one workspace per browser instead of one for all."""
    return os.environ.get("STUDYLAB_SHARED", "") == "1"


def new_workspace_token() -> str:
    """A fresh workspace name for shared mode: 128 random bits, safe in a URL, impossible to guess."""
    return secrets.token_urlsafe(16)


def is_workspace_token(text) -> bool:
    """Whether a value from the URL can be a shared-mode workspace name (never PERSONAL, never short)."""
    return isinstance(text, str) and _TOKEN.fullmatch(text) is not None


@dataclass(frozen=True)
class RunInfo:
    """One run as the run list shows it, without loading its model."""

    id: int
    name: str
    created: datetime
    dataset_name: str
    task: str
    config: TrainConfig | None  # None for a config this version of the app no longer accepts
    metrics: dict
    train_metrics: dict
    epochs: int
    stopped: tuple[str, dict] | None
    upload_id: int | None
    extra: dict  # what the UI passed to save_run(extra=...), e.g. training seconds


@dataclass(frozen=True)
class UploadInfo:
    """An uploaded table as a list shows it, without its bytes."""

    id: int
    name: str
    created: datetime
    size: int
    choices: dict


@dataclass(frozen=True)
class Upload:
    """An uploaded table: the file's bytes and the learner's choices (target, features, task)."""

    id: int
    name: str
    created: datetime
    data: bytes
    choices: dict


def _when(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def _json(value, what: str = "value") -> str:
    try:
        return json.dumps(value, allow_nan=True, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise StoreError("store.not_plain", what=what) from error


def _check_workspace(workspace) -> None:
    if not isinstance(workspace, str) or not 1 <= len(workspace) <= 100:
        raise StoreError("store.bad_workspace")


def _clean_name(name) -> str:
    name = str(name).strip()
    if not 1 <= len(name) <= MAX_NAME:
        raise StoreError("store.bad_name", max=MAX_NAME)
    return name


def open_store(path=None) -> Store:
    """The store at `path` (default_path() when None; ":memory:" for one that never saves).

    Never raises for a bad file: a damaged one is moved aside and replaced by a fresh one, and a file
    that cannot be written (read-only folder, full disk, newer or foreign file) leaves the store working
    in memory. Either way `store.notice` tells the learner what happened.
    """
    if path is not None and str(path) == ":memory:":
        return Store(memory(), None, persistent=False)
    path = Path(path).expanduser() if path is not None else default_path()
    conn, persistent, notice = open_connection(path)
    return Store(conn, path, persistent, notice)


class Store:
    """Runs, uploads and preferences of any number of workspaces, each reachable only by its name."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None, persistent: bool = True,
                 notice: tuple[str, dict] | None = None):
        self._conn = conn
        self._lock = threading.RLock()
        # Loaded runs on the same data, split and scaling share one set of row tensors (read-only after
        # training): a learner's mnist_5k runs with seed 0 hold 16 MB together instead of 16 MB each.
        self._shared_rows: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        # ... and the cleaned table those rows came from, which a run carries for its exports (Run.dataset()).
        self._shared_tables: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
        self.path = path
        self.persistent = persistent
        self.notice = notice

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # ---- plumbing: one lock, one transaction per write, memory when the disk gives up

    def _read(self, work):
        with self._lock:
            try:
                return work(self._conn)
            except sqlite3.DatabaseError as error:
                raise StoreError("store.unreadable") from error

    def _write(self, work):
        with self._lock:
            try:
                return self._transaction(work)
            except sqlite3.DatabaseError as error:
                if not (self.persistent and is_disk_problem(error)):
                    key = "store.busy" if "locked" in str(error).lower() else "store.unreadable"
                    raise StoreError(key) from error
            # The file stopped taking writes: keep what it holds, carry on in memory, and say so.
            old = self._conn
            self._conn = memory(old)
            try:
                old.close()
            except sqlite3.Error:
                pass
            self.persistent = False
            self.notice = ("store.disk_full", {"path": str(self.path)})
            return self._transaction(work)

    def _transaction(self, work):
        return transaction(self._conn, work)

    # ---- runs

    def save_run(self, workspace: str, name: str, run: Run, *, upload_id: int | None = None,
                 extra: dict | None = None) -> int:
        """Keep a run; returns its id. upload_id: the uploaded table it trained on (so it can be rebuilt).

        extra: plain values the UI wants back in RunInfo.extra (e.g. the training time).
        """
        _check_workspace(workspace)
        name = _clean_name(name)
        record = to_record(run)  # the slow part (serialising weights), outside the lock
        texts = {k: _json(record[k], k) for k in ("config", "history", "metrics", "train_metrics", "stopped",
                                                    "details", "facts")}
        extra_text = _json(extra or {}, "extra")

        def insert(conn):
            choices = None
            if upload_id is not None:
                row = conn.execute("SELECT choices FROM uploads WHERE id = ? AND workspace = ?",
                                   (upload_id, workspace)).fetchone()
                if row is None:
                    raise StoreError("store.no_upload")
                choices = row[0]
            cursor = conn.execute(
                "INSERT INTO runs (workspace, name, created, dataset_name, upload_id, dataset_choices, task, config,"
                " history, epochs, metrics, train_metrics, stopped, n_features, n_outputs, details, facts, extra,"
                " train_idx, test_idx, weights, snapshots)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (workspace, name, time.time(), record["dataset_name"], upload_id, choices, record["task"],
                 texts["config"], texts["history"], len(record["history"]), texts["metrics"], texts["train_metrics"],
                 texts["stopped"], record["n_features"], record["n_outputs"], texts["details"], texts["facts"],
                 extra_text, record["train_idx"], record["test_idx"], record["weights"], record["snapshots"]))
            return cursor.lastrowid

        return self._write(insert)

    def list_runs(self, workspace: str) -> list[RunInfo]:
        """The workspace's runs, oldest first, without loading any model."""
        _check_workspace(workspace)
        rows = self._read(lambda conn: conn.execute(
            "SELECT id, name, created, dataset_name, task, config, metrics, train_metrics, epochs, stopped, upload_id,"
            " extra FROM runs WHERE workspace = ? ORDER BY id", (workspace,)).fetchall())
        infos = []
        for (id_, name, created, dataset_name, task, config, metrics, train_metrics, epochs, stopped, upload_id,
             extra) in rows:
            stopped = json.loads(stopped) if stopped else None
            infos.append(RunInfo(id_, name, _when(created), dataset_name, task, _config(config), json.loads(metrics),
                                 json.loads(train_metrics), epochs, (stopped[0], stopped[1]) if stopped else None,
                                 upload_id, json.loads(extra)))
        return infos

    def load_history(self, workspace: str, run_id: int) -> History:
        """A run's per-epoch records alone (for loss curves), without rebuilding its model or rows."""
        _check_workspace(workspace)
        row = self._read(lambda conn: conn.execute("SELECT history FROM runs WHERE id = ? AND workspace = ?",
                                                   (run_id, workspace)).fetchone())
        if row is None:
            raise StoreError("store.no_run")
        return History(json.loads(row[0]))

    def load_run(self, workspace: str, run_id: int) -> Run:
        """The saved run with its model rebuilt; its rows too when its dataset is still there.

        A run whose upload was deleted finds its rows again in an upload of the same name (the same file
        uploaded again): from_record takes a table's rows only if they give back the run's own scalers."""
        _check_workspace(workspace)

        def fetch(conn):
            cursor = conn.execute("SELECT * FROM runs WHERE id = ? AND workspace = ?", (run_id, workspace))
            row = cursor.fetchone()
            if row is None:
                raise StoreError("store.no_run")
            record = dict(zip((c[0] for c in cursor.description), row))
            if record["upload_id"] is not None:
                uploads = conn.execute("SELECT data FROM uploads WHERE id = ? AND workspace = ?",
                                       (record["upload_id"], workspace)).fetchall()
            elif record["dataset_choices"] is not None:  # trained on an upload that was deleted since
                uploads = conn.execute("SELECT data FROM uploads WHERE name = ? AND workspace = ? ORDER BY id DESC"
                                       " LIMIT ?", (record["dataset_name"], workspace, MAX_RELINK)).fetchall()
            else:
                uploads = []
            return record, [upload[0] for upload in uploads] or [None]

        record, candidates = self._read(fetch)
        record = _decoded(record)
        for upload_bytes in candidates:
            key = _rows_key(record, upload_bytes)
            with self._lock:
                shared, table = self._shared_rows.get(key), self._shared_tables.get(key)
            if table is None:  # without its table a run on an upload cannot export: rebuild rather than share
                shared = None
            run = from_record(record, None if shared else _dataset_of(record, upload_bytes), rows=shared)
            if shared is not None:
                run.table = table
            if has_rows(run):
                if shared is None and run.table is not None:
                    with self._lock:
                        self._shared_rows[key], self._shared_tables[key] = run.data, run.table
                break
        return run

    def rename_run(self, workspace: str, run_id: int, name: str) -> None:
        _check_workspace(workspace)
        name = _clean_name(name)
        self._write(lambda conn: _one(conn.execute("UPDATE runs SET name = ? WHERE id = ? AND workspace = ?",
                                                   (name, run_id, workspace)), "store.no_run"))

    def delete_run(self, workspace: str, run_id: int) -> None:
        _check_workspace(workspace)
        self._write(lambda conn: _one(conn.execute("DELETE FROM runs WHERE id = ? AND workspace = ?",
                                                   (run_id, workspace)), "store.no_run"))

    # ---- preferences (current config, language, lab widget values, study progress)

    def get_prefs(self, workspace: str) -> dict:
        _check_workspace(workspace)
        row = self._read(lambda conn: conn.execute("SELECT data FROM prefs WHERE workspace = ?",
                                                   (workspace,)).fetchone())
        return json.loads(row[0]) if row else {}

    def set_prefs(self, workspace: str, prefs: dict) -> None:
        """Replace the workspace's preferences with `prefs` (plain JSON values)."""
        _check_workspace(workspace)
        text = _json(dict(prefs), "prefs")
        self._write(lambda conn: _put_prefs(conn, workspace, text))

    def update_prefs(self, workspace: str, changes: dict) -> dict:
        """Merge `changes` into the preferences in one transaction (two tabs cannot lose each other's keys)."""
        _check_workspace(workspace)
        _json(dict(changes), "prefs")

        def merge(conn):
            row = conn.execute("SELECT data FROM prefs WHERE workspace = ?", (workspace,)).fetchone()
            prefs = {**(json.loads(row[0]) if row else {}), **changes}
            _put_prefs(conn, workspace, _json(prefs, "prefs"))
            return prefs

        return self._write(merge)

    # ---- uploaded tables

    def save_upload(self, workspace: str, name: str, data: bytes, choices: dict) -> int:
        """Keep an uploaded file's bytes and the learner's choices (target, features, task); returns its id.

        The same file (name and bytes) uploaded again is not kept twice: its id comes back, with the choices
        the learner saved for it (`choices` only start a new upload)."""
        _check_workspace(workspace)
        name, text, data = _clean_name(name), _json(dict(choices), "choices"), bytes(data)

        def insert(conn):
            same = conn.execute("SELECT id FROM uploads WHERE workspace = ? AND name = ? AND data = ?",
                                (workspace, name, data)).fetchone()
            if same is not None:
                return same[0]
            return conn.execute("INSERT INTO uploads (workspace, name, created, data, choices) VALUES (?, ?, ?, ?, ?)",
                                (workspace, name, time.time(), data, text)).lastrowid

        return self._write(insert)

    def set_upload_choices(self, workspace: str, upload_id: int, choices: dict) -> None:
        """New target/features/task for a kept upload (runs keep the choices they trained with)."""
        _check_workspace(workspace)
        text = _json(dict(choices), "choices")
        self._write(lambda conn: _one(conn.execute("UPDATE uploads SET choices = ? WHERE id = ? AND workspace = ?",
                                                   (text, upload_id, workspace)), "store.no_upload"))

    def list_uploads(self, workspace: str) -> list[UploadInfo]:
        """The workspace's uploaded tables, oldest first, without their bytes."""
        _check_workspace(workspace)
        rows = self._read(lambda conn: conn.execute(
            "SELECT id, name, created, length(data), choices FROM uploads WHERE workspace = ? ORDER BY id",
            (workspace,)).fetchall())
        return [UploadInfo(id_, name, _when(created), size, json.loads(choices))
                for id_, name, created, size, choices in rows]

    def load_upload(self, workspace: str, upload_id: int) -> Upload:
        _check_workspace(workspace)
        row = self._read(lambda conn: conn.execute(
            "SELECT id, name, created, data, choices FROM uploads WHERE id = ? AND workspace = ?",
            (upload_id, workspace)).fetchone())
        if row is None:
            raise StoreError("store.no_upload")
        return Upload(row[0], row[1], _when(row[2]), bytes(row[3]), json.loads(row[4]))

    def delete_upload(self, workspace: str, upload_id: int) -> None:
        """Forget an upload; runs trained on it stay (they still predict, but no longer carry their rows)."""
        _check_workspace(workspace)
        self._write(lambda conn: _one(conn.execute("DELETE FROM uploads WHERE id = ? AND workspace = ?",
                                                   (upload_id, workspace)), "store.no_upload"))

    # ---- the whole workspace as one file

    def export_workspace(self, workspace: str) -> bytes:
        """One SQLite file with this workspace's runs, uploads and preferences (and nothing of any other)."""
        _check_workspace(workspace)
        content = self._read(lambda conn: _read_workspace(conn, workspace))
        out = memory()
        try:
            transaction(out, lambda conn: _write_workspace(conn, "export", *content))
            return out.serialize()
        finally:
            out.close()

    def import_workspace(self, workspace: str, data: bytes) -> tuple[int, int]:
        """Add the runs and uploads of an exported file to `workspace` and take its preferences.

        Every run in the file must load (its model rebuilds from the stored weights) before anything is
        added. Returns (runs added, uploads added); StoreError("store.bad_import") for anything else.
        """
        _check_workspace(workspace)
        content = _read_export(bytes(data))
        return self._write(lambda conn: _write_workspace(conn, workspace, *content))


def _read_export(data: bytes) -> tuple[list, list, list]:
    """The uploads, runs and prefs of an exported file, each run checked to load; StoreError if it is not one."""
    if len(data) < 100:  # shorter than SQLite's file header (and deserialize() fails oddly on b"")
        raise StoreError("store.bad_import")
    source = connect(":memory:")
    try:
        source.deserialize(data)
        if source.execute("PRAGMA quick_check").fetchone()[0] != "ok" or \
                source.execute("PRAGMA application_id").fetchone()[0] == 0:
            raise StoreError("store.bad_import")
        migrate(source)
        uploads, runs, prefs = _read_workspace(source, None)
        for row in uploads:
            if not isinstance(row["data"], bytes) or not isinstance(json.loads(row["choices"]), dict):
                raise StoreError("store.bad_import")
        for row in runs:
            from_record(_decoded(row), None)
            RunInfo(row["id"], str(row["name"]), _when(row["created"]), row["dataset_name"], row["task"],
                    TrainConfig.from_dict(json.loads(row["config"])), {}, {}, int(row["epochs"]), None, None,
                    json.loads(row["extra"]))
        for row in prefs:
            if not isinstance(json.loads(row["data"]), dict):
                raise StoreError("store.bad_import")
    except (sqlite3.Error, ForeignFile, NewerFile, LearnerError, KeyError, TypeError, ValueError, OverflowError) \
            as error:
        raise StoreError("store.bad_import") from error
    finally:
        source.close()
    return uploads, runs, prefs


def _one(cursor: sqlite3.Cursor, missing_key: str) -> None:
    if cursor.rowcount == 0:
        raise StoreError(missing_key)


def _put_prefs(conn: sqlite3.Connection, workspace: str, text: str) -> None:
    conn.execute("INSERT INTO prefs (workspace, data, updated) VALUES (?, ?, ?) ON CONFLICT (workspace)"
                 " DO UPDATE SET data = excluded.data, updated = excluded.updated", (workspace, text, time.time()))


def _read_workspace(conn: sqlite3.Connection, workspace: str | None) -> tuple[list, list, list]:
    """Uploads, runs and prefs rows (as dicts) of one workspace, or of every workspace when None."""
    where, args = ("WHERE workspace = ?", (workspace,)) if workspace is not None else ("", ())
    return tuple(_rows(conn, f"SELECT * FROM {table} {where} ORDER BY rowid", args)
                 for table in ("uploads", "runs", "prefs"))


def _write_workspace(conn: sqlite3.Connection, workspace: str, uploads: list, runs: list,
                     prefs: list) -> tuple[int, int]:
    """Add rows read by _read_workspace to `workspace` under new ids (runs follow their uploads' new ids)."""
    new_ids = {row["id"]: _insert(conn, "uploads", {**row, "id": None, "workspace": workspace}) for row in uploads}
    for row in runs:
        _insert(conn, "runs", {**row, "id": None, "workspace": workspace, "upload_id": new_ids.get(row["upload_id"])})
    if prefs:
        _put_prefs(conn, workspace, prefs[-1]["data"])
    return len(runs), len(new_ids)


def _rows(conn: sqlite3.Connection, sql: str, args=()) -> list[dict]:
    cursor = conn.execute(sql, args)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _insert(conn: sqlite3.Connection, table: str, row: dict) -> int:
    """Insert the row's values for the table's own columns (a NULL id takes the next free one)."""
    columns = [info[1] for info in conn.execute(f"PRAGMA table_info({table})")]
    marks = ", ".join("?" for _ in columns)
    return conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                        tuple(row[c] for c in columns)).lastrowid


def _decoded(record: dict) -> dict:
    """A runs row with its JSON columns parsed (StoreError "run_damaged" if they do not parse)."""
    try:
        return {**record, **{key: json.loads(record[key]) if record[key] is not None else None
                             for key in ("config", "history", "metrics", "train_metrics", "stopped", "details",
                                         "facts")}}
    except (TypeError, ValueError) as error:
        raise StoreError("store.run_damaged", name=str(record.get("name"))) from error


def _rows_key(record: dict, upload_bytes: bytes | None) -> tuple:
    """What a run's rebuilt rows depend on: the data (built-in name, or upload content and choices), the
    split's row numbers, and the scaling and loss prepare() applies."""
    upload = hashlib.sha256(upload_bytes).hexdigest() if upload_bytes is not None else None
    config, details = record["config"], record["details"]
    return (record["dataset_name"], upload, record["dataset_choices"], record["train_idx"], record["test_idx"],
            config.get("scaling"), config.get("scale_target"), details["loss"],
            json.dumps(details["scalers"], sort_keys=True))


def _config(text: str) -> TrainConfig | None:
    """A stored config, or None if this version of the app no longer accepts it (the list still shows the run)."""
    try:
        return TrainConfig.from_dict(json.loads(text))
    except (LearnerError, TypeError, ValueError):
        return None


def _dataset_of(record: dict, upload_bytes: bytes | None) -> Dataset | None:
    """The dataset a stored run trained on, if it can still be built: its upload, or the built-in it names."""
    try:
        if upload_bytes is not None and record["dataset_choices"]:
            choices = json.loads(record["dataset_choices"])
            task = choices.get("task")
            return make_dataset(read_table(upload_bytes), choices["target"], choices.get("features"),
                                None if task in (None, "auto") else task, name=record["dataset_name"])
        if record["dataset_name"] in datasets.names():
            return datasets.load(record["dataset_name"])
    except (LearnerError, KeyError, ValueError):
        return None
    return None

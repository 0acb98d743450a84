"""The workspace file as a usable SQLite connection, and what happens when the file is bad.

Connections run in autocommit mode with writes in explicit BEGIN IMMEDIATE transactions, WAL mode (readers
never wait for the writer) and a busy timeout (a second process waits its turn). A damaged file is moved
aside, never deleted; a file that cannot be written leaves an in-memory copy that works but saves nothing.
"""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from engine.store_schema import ForeignFile, NewerFile, check_ours, migrate

BUSY_TIMEOUT_MS = 15_000  # how long a write waits for another process's transaction before giving up
_DISK_PROBLEMS = ("disk is full", "readonly", "read-only", "disk i/o", "unable to open")


def is_disk_problem(error: sqlite3.Error) -> bool:
    """Errors that mean the file no longer takes writes (as opposed to a busy or damaged file)."""
    return isinstance(error, sqlite3.OperationalError) and any(p in str(error).lower() for p in _DISK_PROBLEMS)


def connect(target: str, uri: bool = False) -> sqlite3.Connection:
    """A connection with the store's settings (not yet checked or migrated)."""
    # Autocommit mode: transactions are opened explicitly (BEGIN IMMEDIATE), one per write.
    # check_same_thread=False: Streamlit serves sessions from several threads; Store's lock serialises use.
    conn = sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_file(path: Path) -> sqlite3.Connection:
    """A migrated connection to the file; sqlite3.DatabaseError (not Operational) means the file is damaged."""
    conn = connect(str(path))
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("quick_check failed")
        check_ours(conn)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: a crash loses no committed write, only power loss may
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def memory(copy_from: sqlite3.Connection | None = None) -> sqlite3.Connection:
    """A fresh in-memory workspace file, starting as a copy of `copy_from` when that can still be read."""
    conn = connect(":memory:")
    if copy_from is not None:
        try:
            copy_from.backup(conn)
        except sqlite3.Error:
            conn.close()
            conn = connect(":memory:")
    try:
        migrate(conn)
    except (ForeignFile, NewerFile, sqlite3.Error):  # the copy was unusable after all: start empty
        conn.close()
        conn = connect(":memory:")
        migrate(conn)
    return conn


def readable_copy(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to an existing file we cannot write (a read-only folder), or None."""
    if not path.is_file():
        return None
    for flags in ("mode=ro", "immutable=1"):  # immutable: no -shm file needed, for folders we cannot write
        try:
            conn = connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
            check_ours(conn)
            conn.execute("SELECT count(*) FROM runs").fetchone()
            return conn
        except (sqlite3.Error, ForeignFile, NewerFile, OSError):
            continue
    return None


def move_aside(path: Path) -> Path:
    """Rename a damaged file (and its WAL side files) to <name>.damaged-<UTC time>; return the new path."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while moved.exists():
        n += 1
        moved = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    path.rename(moved)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(moved.with_name(moved.name + suffix))
    return moved


def transaction(conn: sqlite3.Connection, work):
    """work(conn) inside BEGIN IMMEDIATE … COMMIT: all of it is written, or (on any error) none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        result = work(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite already rolled back (it does so itself on a full disk)
        raise
    return result


def open_connection(path: Path) -> tuple[sqlite3.Connection, bool, tuple[str, dict] | None]:
    """(connection, saves to the file?, notice) for the workspace file at `path`; never raises for a bad file.

    A damaged file is moved aside and replaced by a fresh one; a file that cannot be written (read-only
    folder, full disk) or must not be touched (newer or foreign) leaves an in-memory connection.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return open_file(path), True, None
    except (NewerFile, ForeignFile) as error:
        key = "store.newer_file" if isinstance(error, NewerFile) else "store.foreign_file"
        return _in_memory(path, key)
    except sqlite3.OperationalError:
        return _in_memory(path, "store.not_saving")
    except sqlite3.DatabaseError:  # the file is not (or no longer) a readable database
        try:
            moved = move_aside(path)
            return open_file(path), True, ("store.moved_aside", {"path": str(moved)})
        except (OSError, sqlite3.Error, NewerFile, ForeignFile):
            return _in_memory(path, "store.not_saving")
    except OSError:  # the folder cannot be created
        return _in_memory(path, "store.not_saving")


def _in_memory(path: Path, key: str) -> tuple[sqlite3.Connection, bool, tuple[str, dict]]:
    old = readable_copy(path) if key == "store.not_saving" else None
    conn = memory(old)
    if old is not None:
        old.close()
    return conn, False, (key, {"path": str(path)})

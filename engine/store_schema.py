"""The workspace file's tables, as a list of migrations numbered by SQLite's `PRAGMA user_version`.

MIGRATIONS[n] takes a file from version n to n + 1; a new column or table is a new entry at the end, never
an edit of an old one, so every older file can be brought up to date.
"""
from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x53544C42  # "STLB": marks a file as a Study Lab workspace (PRAGMA application_id)

MIGRATIONS: list[tuple[str, ...]] = [
    (  # 1: runs, uploaded tables and preferences, each row belonging to one workspace
        f"PRAGMA application_id = {APPLICATION_ID}",
        """CREATE TABLE uploads (
            id INTEGER PRIMARY KEY,
            workspace TEXT NOT NULL,
            name TEXT NOT NULL,
            created REAL NOT NULL,
            data BLOB NOT NULL,
            choices TEXT NOT NULL)""",
        "CREATE INDEX uploads_by_workspace ON uploads (workspace, id)",
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            workspace TEXT NOT NULL,
            name TEXT NOT NULL,
            created REAL NOT NULL,
            dataset_name TEXT NOT NULL,
            upload_id INTEGER REFERENCES uploads (id) ON DELETE SET NULL,
            dataset_choices TEXT,
            task TEXT NOT NULL,
            config TEXT NOT NULL,
            history TEXT NOT NULL,
            epochs INTEGER NOT NULL,
            metrics TEXT NOT NULL,
            train_metrics TEXT NOT NULL,
            stopped TEXT,
            n_features INTEGER NOT NULL,
            n_outputs INTEGER NOT NULL,
            details TEXT NOT NULL,
            facts TEXT NOT NULL,
            extra TEXT NOT NULL,
            train_idx BLOB NOT NULL,
            test_idx BLOB NOT NULL,
            weights BLOB NOT NULL)""",
        "CREATE INDEX runs_by_workspace ON runs (workspace, id)",
        """CREATE TABLE prefs (
            workspace TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated REAL NOT NULL)""",
    ),
    (  # 2: the copies of the model a run kept along the way (engine.train.Run.snapshots); NULL for older runs
        "ALTER TABLE runs ADD COLUMN snapshots BLOB",
    ),
]

LATEST = len(MIGRATIONS)


class NewerFile(Exception):
    """The file was written by a newer version of the app (a user_version this code does not know)."""


class ForeignFile(Exception):
    """A valid SQLite file that belongs to some other program."""


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def check_ours(conn: sqlite3.Connection) -> None:
    """ForeignFile unless the file is ours or still empty; NewerFile if a newer app wrote it."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != 0 or tables:
            raise ForeignFile()
    if version(conn) > LATEST:
        raise NewerFile()


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the file up to LATEST, each step in its own transaction (another process may be migrating too)."""
    check_ours(conn)
    while version(conn) < LATEST:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = version(conn)  # re-read under the write lock: another process may have just done it
            if current < LATEST:
                for statement in MIGRATIONS[current]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

"""engine.store under faults: two writer processes, a damaged file, a read-only folder, a full disk.

What must hold: nothing is half-written or lost, a bad file is moved aside (never deleted), and when the
disk cannot be used the store keeps working in memory and says so (`persistent` False plus a notice).
"""
import itertools
import multiprocessing
import signal
import sqlite3
import threading
import time
from contextlib import closing

import numpy as np
import pandas as pd
import pytest
import torch
from torch import nn

from engine import store_file
from engine.config import TrainConfig
from engine.dataset import Dataset
from engine.i18n import t
from engine.models import seeded_model
from engine.split import prepare
from engine.store import PERSONAL, StoreError, open_store
from engine.train import History, Run

PER_PROCESS = 100
TINY = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [2, 1]], dtype=np.float32)


def tiny_run(seed: int) -> Run:
    """A 2-3-1 network with seeded starting weights, wrapped as a finished run: built in a millisecond."""
    config = TrainConfig(hidden=[3], test_size=0.0, seed=seed)
    y = (TINY @ np.array([1.0, -2.0], dtype=np.float32)).reshape(-1, 1)
    dataset = Dataset(TINY, y, ["a", "b"], "y", "regression", pd.DataFrame(TINY, columns=["a", "b"]), "tiny")
    history = History([{"epoch": 1, "train_loss": float(seed)}])
    return Run(config, seeded_model(config, 2, 1), history, prepare(config, dataset, "mse"), "regression", "mse",
               ["a", "b"], "y", [], "tiny", metrics={"rmse": float(seed)})


def expected_predictions(seed: int) -> np.ndarray:
    """What run `seed` predicts for TINY, computed with torch directly."""
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
    with torch.no_grad():
        return model(torch.from_numpy(TINY)).numpy().ravel()


def save_many(path: str, prefix: str, barrier, count: int | None = PER_PROCESS) -> None:
    """Child process: open the shared file and save `count` runs as fast as it can.

    count=None: save until killed, with a short pause after each run so that the rows it leaves stay few
    (the others' processes take seconds to exit before the kill comes).
    """
    store = open_store(path)
    runs = [tiny_run(i) for i in range(PER_PROCESS)]
    barrier.wait()  # every writer starts at the same time
    for i in range(count) if count is not None else itertools.count():
        store.save_run(PERSONAL, f"{prefix}-{i}", runs[i % PER_PROCESS])
        if count is None:
            time.sleep(0.02)
    store.close()


def count_runs(path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM runs").fetchone()[0]


def test_two_processes_saving_at_once_lose_nothing(tmp_path):
    """p and q save 100 runs each while k saves in a loop until it is killed (SIGKILL) at whatever it is doing."""
    path = str(tmp_path / "shared.sqlite")
    open_store(path).close()  # create the file first, as the app does on start
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(3)
    workers = [context.Process(target=save_many, args=(path, prefix, barrier)) for prefix in ("p", "q")]
    killed = context.Process(target=save_many, args=(path, "k", barrier, None))
    for worker in [*workers, killed]:
        worker.start()
    for worker in workers:
        worker.join(timeout=180)
    killed.kill()
    killed.join()
    assert [w.exitcode for w in workers] == [0, 0] and killed.exitcode == -signal.SIGKILL

    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = [row[0] for row in conn.execute("SELECT name FROM runs ORDER BY id")]
    assert sorted(n for n in names if n[0] in "pq") == sorted(f"{p}-{i}" for p in "pq" for i in range(PER_PROCESS))
    kept = sorted(int(n[2:]) for n in names if n.startswith("k-"))
    assert kept == list(range(len(kept))) and len(kept) > 0  # the killed writer's runs up to its last commit
    store = open_store(path)
    infos = store.list_runs(PERSONAL)
    last_killed = [i for i in infos if i.name.startswith("k-")][-20:]  # the rows nearest the kill
    for info in [i for i in infos if i.name[0] in "pq"] + last_killed:  # whole: each loads, predicts as torch says
        seed = int(info.name.split("-")[1]) % PER_PROCESS
        loaded = store.load_run(PERSONAL, info.id)
        assert loaded.metrics == {"rmse": seed} and loaded.history == [{"epoch": 1, "train_loss": seed}]
        np.testing.assert_allclose(loaded.predict(TINY), expected_predictions(seed), rtol=1e-6)
    store.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "scribbled"])
def test_a_damaged_file_is_moved_aside_and_a_fresh_one_started(tmp_path, damage):
    path = tmp_path / "work.sqlite"
    store = open_store(path)
    for i in range(12):
        store.save_run(PERSONAL, f"r{i}", tiny_run(i))
    store.close()
    good = path.read_bytes()
    bad = {"garbage": b"this is not a database\n" * 400,
           "truncated": good[:len(good) // 2],
           "scribbled": good[:4096] + b"\xff" * 8192 + good[4096 + 8192:]}[damage]
    path.write_bytes(bad)

    store = open_store(path)
    assert store.persistent and store.notice[0] == "store.moved_aside"
    moved = [p for p in tmp_path.iterdir() if p.name.startswith("work.sqlite.damaged-")]
    assert len(moved) == 1 and moved[0].read_bytes() == bad  # kept as it was, never deleted
    assert str(moved[0]) in t(*store.notice[:1], "ko", **store.notice[1])
    assert store.list_runs(PERSONAL) == []
    run_id = store.save_run(PERSONAL, "fresh", tiny_run(0))
    np.testing.assert_allclose(store.load_run(PERSONAL, run_id).predict(TINY), expected_predictions(0))
    store.close()
    assert count_runs(path) == 1


def test_a_folder_that_cannot_hold_the_file_means_working_in_memory(tmp_path):
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the data folder should be")
    store = open_store(blocker / "work.sqlite")
    assert store.persistent is False and store.notice[0] == "store.not_saving"
    assert "저장할 수 없습니다" in t(store.notice[0], "ko", **store.notice[1])
    run_id = store.save_run(PERSONAL, "kept in memory", tiny_run(1))
    store.set_prefs(PERSONAL, {"lang": "ko"})
    np.testing.assert_allclose(store.load_run(PERSONAL, run_id).predict(TINY), expected_predictions(1))
    assert store.get_prefs(PERSONAL) == {"lang": "ko"}


def test_a_read_only_file_keeps_its_runs_visible_in_memory(tmp_path, monkeypatch):
    path = tmp_path / "work.sqlite"
    store = open_store(path)
    store.save_run(PERSONAL, "before", tiny_run(2))
    store.close()
    before = path.read_bytes()

    def read_only(_path):  # what SQLite reports for a file in a folder the app may not write
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store_file, "open_file", read_only)
    store = open_store(path)
    assert store.persistent is False and store.notice[0] == "store.not_saving"
    assert [r.name for r in store.list_runs(PERSONAL)] == ["before"]
    store.save_run(PERSONAL, "after", tiny_run(3))
    assert [r.name for r in store.list_runs(PERSONAL)] == ["before", "after"]
    store.close()
    assert path.read_bytes() == before


class FullDisk:
    """A connection whose every data change fails the way SQLite fails on a full disk."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, *args):
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_full_disk_switches_to_memory_without_losing_the_run(tmp_path):
    path = tmp_path / "work.sqlite"
    store = open_store(path)
    store.save_run(PERSONAL, "on disk", tiny_run(4))
    store.set_prefs(PERSONAL, {"lang": "ko"})
    store._conn = FullDisk(store._conn)

    run_id = store.save_run(PERSONAL, "after the disk filled", tiny_run(5))
    assert store.persistent is False and store.notice[0] == "store.disk_full"
    assert [r.name for r in store.list_runs(PERSONAL)] == ["on disk", "after the disk filled"]
    np.testing.assert_allclose(store.load_run(PERSONAL, run_id).predict(TINY), expected_predictions(5))
    assert store.get_prefs(PERSONAL) == {"lang": "ko"}
    store.rename_run(PERSONAL, run_id, "renamed")
    assert count_runs(path) == 1  # the file holds what it held; nothing half-written


@pytest.mark.parametrize("kind", ["newer", "foreign"])
def test_a_file_this_app_must_not_touch_is_left_alone(tmp_path, kind):
    path = tmp_path / "work.sqlite"
    if kind == "newer":
        open_store(path).close()
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA user_version = 99")
    else:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("CREATE TABLE notes (text TEXT)")
            conn.commit()
    before = path.read_bytes()
    store = open_store(path)
    assert store.persistent is False and store.notice[0] == f"store.{kind}_file"
    store.save_run(PERSONAL, "x", tiny_run(6))
    assert len(store.list_runs(PERSONAL)) == 1
    store.close()
    assert path.read_bytes() == before and list(tmp_path.iterdir()) == [path]


def test_a_file_locked_by_another_writer_is_a_clear_error(tmp_path):
    path = tmp_path / "work.sqlite"
    store = open_store(path)
    store._conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as error:
            store.set_prefs(PERSONAL, {"lang": "en"})
        assert error.value.key == "store.busy" and store.persistent
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.set_prefs(PERSONAL, {"lang": "en"})
    assert store.get_prefs(PERSONAL) == {"lang": "en"}


def test_threads_sharing_one_store_and_a_second_store_on_the_file(tmp_path):
    path = tmp_path / "work.sqlite"
    shared, second = open_store(path), open_store(path)  # e.g. two Streamlit sessions, then a second server

    def save(store, prefix):
        for i in range(25):
            store.save_run(PERSONAL, f"{prefix}-{i}", tiny_run(i))
            store.update_prefs(PERSONAL, {f"{prefix}-{i}": i})

    threads = [threading.Thread(target=save, args=(shared if n < 3 else second, f"t{n}")) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert count_runs(path) == 100
    assert shared.get_prefs(PERSONAL) == {f"t{n}-{i}": i for n in range(4) for i in range(25)}  # no lost update
    shared.close()
    second.close()

"""The copies of the model a run kept along the way (Run.snapshots) survive a restart of the workspace file, within
a size budget, and an older file written before snapshots were kept still loads.

Checks are independent of the storing code: each loaded snapshot's predictions against the original snapshot's
(torch.equal on the model outputs), sizes from the parameter counts by hand, and an old file built with plain SQL.
"""
import math
import sqlite3
from contextlib import closing

import numpy as np
import pytest
import torch

from engine import datasets, store_schema, stored_run
from engine.config import TrainConfig
from engine.evaluation import at_snapshot, snapshot_table
from engine.store import PERSONAL, open_store
from engine.train import fit

RENT = TrainConfig(hidden=[], optimizer="sgd", momentum=0.9, lr=0.01, epochs=300, batch_size=None,
                   scaling="standard")


@pytest.fixture(scope="module")
def rent_run():
    return fit(RENT, datasets.load("rent"))


@pytest.fixture(scope="module")
def mlp_run():
    return fit(TrainConfig(hidden=[16, 8], lr=0.01, epochs=80, batch_size=32, scaling="standard"),
               datasets.load("house_prices"))


def _reopened(path, run):
    """Save the run, close the file, open it again (a server restart) and load the run back."""
    first = open_store(path)
    run_id = first.save_run(PERSONAL, "kept", run)
    first.close()
    again = open_store(path)
    try:
        return again.load_run(PERSONAL, run_id)
    finally:
        again.close()


def _outputs(run, snapshot, X):
    return at_snapshot(run, snapshot).outputs(X)


def test_snapshots_come_back_after_a_restart(tmp_path, rent_run):
    assert [s["step"] for s in rent_run.snapshots] == [10, 100]  # 300 full-batch steps: 10 and 100 below 300
    loaded = _reopened(tmp_path / "work.sqlite", rent_run)
    assert [(s["step"], s["epoch"]) for s in loaded.snapshots] == [(s["step"], s["epoch"]) for s in rent_run.snapshots]
    X = rent_run.data.X_test
    for mine, original in zip(loaded.snapshots, rent_run.snapshots):
        assert mine["metrics"] == original["metrics"]
        for name, tensor in original["state"].items():
            assert torch.equal(mine["state"][name], tensor)
        assert torch.equal(_outputs(loaded, mine, X), _outputs(rent_run, original, X))
        # the model at that moment, by hand: the line's weights applied to the scaled rows
        w, b = original["state"]["0.weight"].numpy(), original["state"]["0.bias"].numpy()
        np.testing.assert_allclose(_outputs(loaded, mine, X).numpy(), X.numpy() @ w.T + b, rtol=1e-5, atol=1e-6)
    assert loaded.snapshots_not_kept == 0
    # so the table on Train and Evaluate has the same rows: 10, 100 and the end (300 iterations)
    table = snapshot_table(loaded)
    assert list(table["step"]) == [10, 100, 300]
    np.testing.assert_allclose(table.to_numpy(dtype=float), snapshot_table(rent_run).to_numpy(dtype=float))


def test_a_run_without_snapshots_stores_none(tmp_path, rent_run):
    import dataclasses
    bare = dataclasses.replace(rent_run, snapshots=[])
    loaded = _reopened(tmp_path / "work.sqlite", bare)
    assert loaded.snapshots == [] and loaded.snapshots_not_kept == 0
    with closing(sqlite3.connect(tmp_path / "work.sqlite")) as conn:
        assert conn.execute("SELECT snapshots FROM runs").fetchone()[0] is None


def test_snapshots_of_a_big_model_are_bounded(tmp_path, mlp_run, monkeypatch):
    # house_prices, 80 epochs of batches of 32: over 1,000 iterations, so snapshots at 10, 100 and 1,000
    assert mlp_run.steps == 80 * math.ceil(len(mlp_run.data.X_train) / 32) > 1000
    assert [s["step"] for s in mlp_run.snapshots] == [10, 100, 1000]
    n_params = sum(p.numel() for p in mlp_run.model.parameters())  # float32: 4 bytes each
    one = 4 * n_params
    monkeypatch.setattr(stored_run, "SNAPSHOT_BUDGET", 2 * one + 1)  # room for two of them
    loaded = _reopened(tmp_path / "a.sqlite", mlp_run)
    assert [s["step"] for s in loaded.snapshots] == [10, 100] and loaded.snapshots_not_kept == 1
    X = mlp_run.data.X_test
    for mine, original in zip(loaded.snapshots, mlp_run.snapshots):
        assert torch.equal(_outputs(loaded, mine, X), _outputs(mlp_run, original, X))
    monkeypatch.setattr(stored_run, "SNAPSHOT_BUDGET", one - 1)  # not even one fits
    loaded = _reopened(tmp_path / "b.sqlite", mlp_run)
    assert loaded.snapshots == [] and loaded.snapshots_not_kept == 3
    # the end is the run itself, always there
    np.testing.assert_allclose(loaded.predict(datasets.load("house_prices").X[:5]),
                               mlp_run.predict(datasets.load("house_prices").X[:5]), rtol=1e-6)


def test_the_budget_keeps_every_snapshot_of_the_tutorial_models(rent_run, mlp_run):
    for run in (rent_run, mlp_run):
        sizes = [4 * sum(t.numel() for t in s["state"].values()) for s in run.snapshots]
        assert sum(sizes) <= stored_run.SNAPSHOT_BUDGET


def test_a_file_from_before_snapshots_loads(tmp_path, rent_run):
    """A version-1 workspace (no snapshots column) is migrated; its runs load, with no snapshots."""
    new, old = tmp_path / "new.sqlite", tmp_path / "old.sqlite"
    store = open_store(new)
    store.save_run(PERSONAL, "from version 1", rent_run)
    store.close()
    with closing(sqlite3.connect(old)) as conn:
        for statement in store_schema.MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("ATTACH DATABASE ? AS new", (str(new),))
        columns = [info[1] for info in conn.execute("PRAGMA main.table_info(runs)")]
        assert "snapshots" not in columns
        listed = ", ".join(columns)
        conn.execute(f"INSERT INTO main.runs ({listed}) SELECT {listed} FROM new.runs")
        conn.commit()
    store = open_store(old)
    assert store.persistent and store.notice is None
    with closing(sqlite3.connect(old)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(store_schema.MIGRATIONS)
    (info,) = store.list_runs(PERSONAL)
    loaded = store.load_run(PERSONAL, info.id)
    store.close()
    assert loaded.snapshots == [] and loaded.snapshots_not_kept == 0
    X = datasets.load("rent").X
    np.testing.assert_allclose(loaded.predict(X), rent_run.predict(X), rtol=1e-6)
    assert snapshot_table(loaded)["step"].tolist() == [300]  # the end still says how far it got


def test_an_exported_workspace_carries_the_snapshots(tmp_path, rent_run):
    store = open_store(tmp_path / "a.sqlite")
    store.save_run(PERSONAL, "kept", rent_run)
    data = store.export_workspace(PERSONAL)
    store.close()
    other = open_store(tmp_path / "b.sqlite")
    other.import_workspace(PERSONAL, data)
    (info,) = other.list_runs(PERSONAL)
    loaded = other.load_run(PERSONAL, info.id)
    other.close()
    X = rent_run.data.X_train
    assert [s["step"] for s in loaded.snapshots] == [10, 100]
    for mine, original in zip(loaded.snapshots, rent_run.snapshots):
        assert torch.equal(_outputs(loaded, mine, X), _outputs(rent_run, original, X))

"""engine.store: runs, uploads and preferences survive a round trip through the SQLite file, per workspace.

Checks are independent of the code under test: predictions of the loaded model against the original
model's on the same rows (numpy allclose), weights read straight from the file with torch.load, and
row counts from plain SQL.
"""
import dataclasses
import io
import sqlite3
from contextlib import closing

import numpy as np
import pandas as pd
import pytest
import torch

from engine import datasets, stored_run
from engine.config import TrainConfig
from engine.data import make_dataset, read_csv
from engine.errors import LearnerError
from engine.export import model_bytes
from engine.i18n import t
from engine.store import (
    PERSONAL,
    ModelCache,
    StoreError,
    default_path,
    is_workspace_token,
    new_workspace_token,
    open_store,
    run_from_model_file,
)
from engine.store_schema import APPLICATION_ID, MIGRATIONS
from engine.stored_run import has_rows
from engine.train import Run, fit

HOUSE = TrainConfig(hidden=[8, 4], dropout=0.5, optimizer="adam", lr=1e-3, batch_size=64, epochs=3,
                    scaling="minmax", scale_target=True, test_size=0.5)
OTHER = "A" * 22  # another learner's workspace


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "work.sqlite")
    yield s
    s.close()


@pytest.fixture(scope="module")
def house_run():
    return fit(HOUSE, datasets.load("house_prices"))


@pytest.fixture(scope="module")
def digits_run():
    return fit(TrainConfig(hidden=[], optimizer="adam", lr=0.01, epochs=2, batch_size=256, scaling="standard"),
               datasets.load("digits"))


def count(path, table, where="1"):
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def test_regression_run_round_trip(store, house_run):
    ds = datasets.load("house_prices")
    run_id = store.save_run(PERSONAL, "house", house_run)
    loaded = store.load_run(PERSONAL, run_id)
    assert isinstance(loaded, Run)
    np.testing.assert_allclose(loaded.predict(ds.X), house_run.predict(ds.X), rtol=1e-6)
    # the rows are rebuilt from the built-in: same split, same scaled tensors, same scalers
    assert torch.equal(loaded.data.X_train, house_run.data.X_train)
    assert torch.equal(loaded.data.y_test, house_run.data.y_test)
    np.testing.assert_array_equal(loaded.data.test_idx, house_run.data.test_idx)
    assert list(loaded.history) == list(house_run.history)
    assert loaded.metrics == house_run.metrics and loaded.train_metrics == house_run.train_metrics
    assert loaded.config == house_run.config and loaded.stopped is None
    assert (loaded.task, loaded.loss, loaded.feature_names, loaded.target_name) == \
        ("regression", "mse", house_run.feature_names, house_run.target_name)


def test_classifier_round_trip_keeps_probabilities_and_stop_reason(store, digits_run):
    ds = datasets.load("digits")
    stopped = dataclasses.replace(digits_run, stopped=("train.diverged", {"epoch": 2, "loss": "1e+09"}))
    loaded = store.load_run(PERSONAL, store.save_run(PERSONAL, "digits", stopped))
    np.testing.assert_allclose(loaded.predict_proba(ds.X[:200]), digits_run.predict_proba(ds.X[:200]), atol=1e-6)
    assert (loaded.predict(ds.X) == digits_run.predict(ds.X)).all()
    assert loaded.stopped == ("train.diverged", {"epoch": 2, "loss": "1e+09"})
    assert loaded.metrics["confusion"] == digits_run.metrics["confusion"]
    assert loaded.class_names == [str(c) for c in range(10)]


def test_weights_in_the_file_are_a_plain_state_dict(store, house_run, tmp_path):
    run_id = store.save_run(PERSONAL, "house", house_run)
    with closing(sqlite3.connect(tmp_path / "work.sqlite")) as conn:
        blob = conn.execute("SELECT weights FROM runs WHERE id = ?", (run_id,)).fetchone()[0]
    state = torch.load(io.BytesIO(blob), weights_only=True)
    expected = house_run.model.state_dict()
    assert set(state) == set(expected)
    assert all(torch.equal(state[k], expected[k]) for k in expected)


def test_upload_run_rebuilds_its_rows_from_the_kept_upload(store):
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({"a": rng.normal(size=60), "b": rng.normal(size=60), "note": ["x"] * 60})
    frame["y"] = 2 * frame["a"] - frame["b"] + 1
    raw = frame.to_csv(index=False).encode()
    choices = {"target": "y", "features": ["a", "b"], "task": "auto"}
    upload_id = store.save_upload(PERSONAL, "mine.csv", raw, choices)
    ds = make_dataset(read_csv(raw), "y", ["a", "b"], None, name="mine.csv")
    run = fit(TrainConfig(scaling="standard", epochs=5, lr=0.1), ds)
    run_id = store.save_run(PERSONAL, "mine", run, upload_id=upload_id)
    loaded = store.load_run(PERSONAL, run_id)
    assert has_rows(loaded) and torch.equal(loaded.data.X_test, run.data.X_test)
    np.testing.assert_allclose(loaded.predict(ds.X), run.predict(ds.X), rtol=1e-6)
    # new choices for the upload later do not change what the stored run trained on
    store.set_upload_choices(PERSONAL, upload_id, {"target": "a", "features": ["b"], "task": "auto"})
    assert torch.equal(store.load_run(PERSONAL, run_id).data.X_train, run.data.X_train)
    # once the upload is gone the run still predicts (stored scalers, float64 arithmetic) but carries no rows
    store.delete_upload(PERSONAL, upload_id)
    orphan = store.load_run(PERSONAL, run_id)
    assert not has_rows(orphan)
    np.testing.assert_allclose(orphan.predict(ds.X), run.predict(ds.X), rtol=1e-5, atol=1e-6)


def test_run_on_data_the_store_cannot_rebuild_still_predicts(store, linear3):
    run = fit(TrainConfig(hidden=[5], scaling="minmax", scale_target=True, epochs=5), linear3)
    loaded = store.load_run(PERSONAL, store.save_run(PERSONAL, "handmade", run))
    assert not has_rows(loaded) and loaded.data.X_train.shape == (0, 3)
    np.testing.assert_allclose(loaded.predict(linear3.X), run.predict(linear3.X), rtol=1e-5, atol=1e-6)
    assert loaded.metrics == run.metrics


def test_list_rename_delete_against_sql_counts(store, house_run, tmp_path, monkeypatch):
    path = tmp_path / "work.sqlite"
    ids = [store.save_run(PERSONAL, f"run {i}", house_run, extra={"seconds": i / 2}) for i in range(3)]
    with monkeypatch.context() as patch:  # listing never reads a model's weights
        patch.setattr(torch, "load", lambda *a, **k: pytest.fail("list_runs loaded weights"))
        listed = store.list_runs(PERSONAL)
    assert [r.id for r in listed] == ids and [r.name for r in listed] == ["run 0", "run 1", "run 2"]
    assert listed[1].dataset_name == "house_prices" and listed[1].metrics == house_run.metrics
    assert listed[2].extra == {"seconds": 1.0} and listed[0].epochs == len(house_run.history)
    assert listed[0].created <= listed[2].created and listed[0].config == HOUSE
    assert store.load_history(PERSONAL, ids[2]) == list(house_run.history)
    store.rename_run(PERSONAL, ids[1], "  better name  ")
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT name FROM runs WHERE id = ?", (ids[1],)).fetchone()[0] == "better name"
    store.delete_run(PERSONAL, ids[0])
    assert count(path, "runs") == 2 and [r.id for r in store.list_runs(PERSONAL)] == ids[1:]
    with pytest.raises(StoreError) as error:
        store.load_run(PERSONAL, ids[0])
    assert error.value.key == "store.no_run" and isinstance(error.value, LearnerError)
    with pytest.raises(StoreError, match="1 to 200"):
        store.rename_run(PERSONAL, ids[1], "   ")


def test_a_workspace_sees_only_its_own_work(store, house_run):
    mine = store.save_run(PERSONAL, "mine", house_run)
    theirs = store.save_run(OTHER, "theirs", house_run)
    upload = store.save_upload(OTHER, "t.csv", b"a,b\n1,2\n", {"target": "b"})
    store.set_prefs(OTHER, {"lang": "ko"})
    assert [r.name for r in store.list_runs(PERSONAL)] == ["mine"] and store.list_uploads(PERSONAL) == []
    assert store.get_prefs(PERSONAL) == {}
    for call in (lambda: store.load_run(PERSONAL, theirs), lambda: store.delete_run(PERSONAL, theirs),
                 lambda: store.rename_run(PERSONAL, theirs, "x"), lambda: store.load_upload(PERSONAL, upload),
                 lambda: store.save_run(PERSONAL, "x", house_run, upload_id=upload)):
        with pytest.raises(StoreError):
            call()
    assert store.load_run(OTHER, theirs).metrics == house_run.metrics
    assert [r.id for r in store.list_runs(PERSONAL)] == [mine]


def test_prefs_replace_merge_and_refuse_non_json(store):
    assert store.get_prefs(PERSONAL) == {}
    prefs = {"lang": "ko", "config": {"hidden": [50, 30], "lr": 0.001}, "labs": {"xor_hidden": 4}}
    store.set_prefs(PERSONAL, prefs)
    assert store.get_prefs(PERSONAL) == prefs
    assert store.update_prefs(PERSONAL, {"lang": "en", "study": [1, 2]}) == {**prefs, "lang": "en", "study": [1, 2]}
    store.set_prefs(PERSONAL, {"lang": "en"})
    assert store.get_prefs(PERSONAL) == {"lang": "en"}
    with pytest.raises(StoreError) as error:
        store.set_prefs(PERSONAL, {"bad": object()})
    assert "prefs" in error.value.message("ko")
    assert store.get_prefs(PERSONAL) == {"lang": "en"}


def test_uploads_keep_bytes_and_choices(store, tmp_path):
    raw = "키,값\n1,2\n".encode("cp949")
    first = store.save_upload(PERSONAL, "한글.csv", raw, {"target": "값", "features": ["키"], "task": "regression"})
    second = store.save_upload(PERSONAL, "b.csv", b"x,y\n", {"target": "y"})
    infos = store.list_uploads(PERSONAL)
    assert [(u.id, u.name, u.size) for u in infos] == [(first, "한글.csv", len(raw)), (second, "b.csv", 4)]
    upload = store.load_upload(PERSONAL, first)
    assert upload.data == raw and upload.choices["features"] == ["키"]
    store.delete_upload(PERSONAL, second)
    assert count(tmp_path / "work.sqlite", "uploads") == 1
    with pytest.raises(StoreError, match="no longer"):
        store.load_upload(PERSONAL, second)


def test_the_same_file_uploaded_again_is_kept_once(store, tmp_path):
    raw = b"a,y\n1,2\n2,4\n"
    first = store.save_upload(PERSONAL, "t.csv", raw, {"target": "y"})
    assert store.save_upload(PERSONAL, "t.csv", raw, {"target": "a"}) == first
    with closing(sqlite3.connect(tmp_path / "work.sqlite")) as conn:
        assert conn.execute("SELECT id, choices FROM uploads").fetchall() == [(first, '{"target": "y"}')]
    # another name, other bytes or another workspace is another upload
    others = {store.save_upload(PERSONAL, "u.csv", raw, {}), store.save_upload(PERSONAL, "t.csv", raw + b"3,6\n", {}),
              store.save_upload(OTHER, "t.csv", raw, {})}
    assert len(others) == 3 and first not in others
    assert count(tmp_path / "work.sqlite", "uploads") == 4


def test_a_run_finds_its_rows_again_when_its_deleted_upload_comes_back(store, tmp_path):
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({"a": rng.normal(size=50), "b": rng.normal(size=50)})
    frame["y"] = 3 * frame["a"] - frame["b"]
    raw = frame.to_csv(index=False).encode()
    ds = make_dataset(read_csv(raw), "y", ["a", "b"], None, name="mine.csv")
    run = fit(TrainConfig(scaling="standard", epochs=3), ds)
    upload_id = store.save_upload(PERSONAL, "mine.csv", raw, {"target": "y", "features": ["a", "b"], "task": None})
    run_id = store.save_run(PERSONAL, "mine", run, upload_id=upload_id)
    store.delete_upload(PERSONAL, upload_id)
    assert count(tmp_path / "work.sqlite", "runs", "upload_id IS NULL") == 1  # the run stays, unlinked
    assert not has_rows(store.load_run(PERSONAL, run_id))
    # a different table under the same name does not pass for the run's rows (its scalers would differ)
    changed = frame.assign(a=frame["a"] * 2).to_csv(index=False).encode()
    store.save_upload(PERSONAL, "mine.csv", changed, {})
    assert not has_rows(store.load_run(PERSONAL, run_id))
    # the same file again: the rows the run trained and was tested on come back
    store.save_upload(PERSONAL, "mine.csv", raw, {})
    back = store.load_run(PERSONAL, run_id)
    assert torch.equal(back.data.X_train, run.data.X_train) and torch.equal(back.data.X_test, run.data.X_test)
    np.testing.assert_array_equal(back.data.test_idx, run.data.test_idx)


def test_export_import_moves_a_whole_workspace(store, house_run, tmp_path):
    raw = b"a,y\n1,2\n2,4\n3,6\n4,8\n5,10\n"
    upload = store.save_upload(PERSONAL, "up.csv", raw, {"target": "y"})
    ds = make_dataset(read_csv(raw), "y", name="up.csv")
    up_run = fit(TrainConfig(epochs=3, test_size=0.4), ds)
    store.save_run(PERSONAL, "house", house_run)
    store.save_run(PERSONAL, "up", up_run, upload_id=upload)
    store.save_run(OTHER, "not mine", house_run)
    store.set_prefs(PERSONAL, {"lang": "ko"})
    data = store.export_workspace(PERSONAL)

    elsewhere = open_store(tmp_path / "elsewhere.sqlite")
    assert elsewhere.import_workspace("new", data) == (2, 1)
    assert [r.name for r in elsewhere.list_runs("new")] == ["house", "up"]
    assert elsewhere.get_prefs("new") == {"lang": "ko"}
    assert count(tmp_path / "elsewhere.sqlite", "runs") == 2  # the other workspace did not travel
    loaded = elsewhere.load_run("new", elsewhere.list_runs("new")[1].id)
    assert has_rows(loaded) and loaded.data.X_train.shape == up_run.data.X_train.shape
    np.testing.assert_allclose(loaded.predict(ds.X), up_run.predict(ds.X), rtol=1e-6)
    elsewhere.close()


@pytest.mark.parametrize("data", [b"", b"not a database at all" * 50, b"SQLite format 3\x00" + b"\x00" * 200])
def test_import_refuses_a_file_that_is_not_an_export(store, data):
    with pytest.raises(StoreError) as error:
        store.import_workspace(PERSONAL, data)
    assert error.value.key == "store.bad_import" and "가져오지" in error.value.message("ko")
    assert store.list_runs(PERSONAL) == []


def test_import_refuses_another_programs_database(store, tmp_path):
    other = sqlite3.connect(tmp_path / "other.sqlite")
    other.execute("CREATE TABLE runs (id INTEGER)")
    data = other.serialize()
    other.close()
    with pytest.raises(StoreError, match="not a Study Lab"):
        store.import_workspace(PERSONAL, data)


def test_schema_is_versioned_and_in_wal_mode(store, tmp_path):
    with closing(sqlite3.connect(tmp_path / "work.sqlite")) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.persistent and store.notice is None
    again = open_store(tmp_path / "work.sqlite")  # reopening an up-to-date file changes nothing
    assert again.persistent and again.notice is None
    again.close()


def test_unknown_plain_run_fields_are_kept(store, house_run, monkeypatch):
    @dataclasses.dataclass
    class RunWithFacts(Run):
        seconds: float = 0.0
        device: str = "cpu"
        handle: object = None  # not plain data: left out

    monkeypatch.setattr(stored_run, "Run", RunWithFacts)
    rich = RunWithFacts(**{f.name: getattr(house_run, f.name) for f in dataclasses.fields(Run)}, seconds=2.5,
                        device="cpu", handle=object())
    loaded = store.load_run(PERSONAL, store.save_run(PERSONAL, "rich", rich))
    assert (loaded.seconds, loaded.device, loaded.handle) == (2.5, "cpu", None)


def test_model_file_from_the_runs_page_becomes_a_run(house_run):
    ds = datasets.load("house_prices")
    run = run_from_model_file(model_bytes(house_run))
    np.testing.assert_allclose(run.predict(ds.X), house_run.predict(ds.X), rtol=1e-5, atol=1e-6)
    # the built-in it names is found again, with the split its config draws: same rows, same test scores
    assert has_rows(run) and torch.equal(run.data.X_test, house_run.data.X_test)
    assert run.metrics == pytest.approx(house_run.metrics, rel=1e-5)
    assert run.history == [] and run.dataset_name == "house_prices"


def test_model_file_of_unknown_data_predicts_and_can_be_stored(store, blobs3):
    original = fit(TrainConfig(hidden=[6], scaling="standard", epochs=20, lr=0.1, optimizer="adam"), blobs3)
    run = run_from_model_file(model_bytes(original))
    assert not has_rows(run) and run.metrics == {}
    assert (run.predict(blobs3.X) == original.predict(blobs3.X)).all()
    given = run_from_model_file(model_bytes(original), dataset=blobs3)  # the learner's current data fits it
    assert has_rows(given) and given.metrics["accuracy"] == pytest.approx(original.metrics["accuracy"])
    again = store.load_run(PERSONAL, store.save_run(PERSONAL, "from file", run))
    np.testing.assert_allclose(again.predict_proba(blobs3.X), original.predict_proba(blobs3.X), atol=1e-6)


@pytest.mark.parametrize("data, key", [(b"", "export.unreadable"), (b"PK\x03\x04junk", "export.unreadable")])
def test_bad_model_file_is_a_store_error(data, key):
    with pytest.raises(StoreError) as error:
        run_from_model_file(data)
    assert error.value.key == key


def test_model_cache_keeps_a_bounded_number_of_runs(store, house_run):
    ids = [store.save_run(PERSONAL, f"r{i}", house_run) for i in range(4)]
    loads = []
    original = store.load_run

    def counting(workspace, run_id):
        loads.append(run_id)
        return original(workspace, run_id)

    store.load_run = counting
    cache = ModelCache(store, PERSONAL, size=2)
    cache.get(ids[0]), cache.get(ids[1]), cache.get(ids[0])  # ids[0] is now the most recent
    cache.get(ids[2])  # evicts ids[1]
    assert len(cache) == 2 and ids[0] in cache and ids[1] not in cache
    assert cache.get(ids[1]) is not None and loads == [ids[0], ids[1], ids[2], ids[1]]
    cache.put(ids[3], house_run)
    assert cache.get(ids[3]) is house_run and len(cache) == 2


def test_default_path_and_workspace_names(monkeypatch, tmp_path):
    monkeypatch.setenv("STUDYLAB_DB", str(tmp_path / "here.sqlite"))
    assert default_path() == tmp_path / "here.sqlite"
    monkeypatch.delenv("STUDYLAB_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "studylab" / "studylab.sqlite"
    tokens = {new_workspace_token() for _ in range(200)}
    assert len(tokens) == 200 and all(is_workspace_token(tok) and len(tok) >= 20 for tok in tokens)
    assert not is_workspace_token(PERSONAL) and not is_workspace_token("../x" * 6) and not is_workspace_token(None)


def test_store_strings_exist_in_both_languages():
    keys = [k for k in ("store.moved_aside", "store.not_saving", "store.disk_full", "store.bad_import",
                        "store.no_run", "store.run_damaged", "store.busy")]
    for key in keys:
        en, ko = t(key, "en", path="/p", name="n", max=1, what="w"), t(key, "ko", path="/p", name="n", max=1, what="w")
        assert en and ko and en != ko and "에폭" not in ko


def test_import_checks_every_run_before_adding_any(store, house_run):
    store.save_run(PERSONAL, "good", house_run)
    store.save_run(PERSONAL, "bad", house_run)
    edited = sqlite3.connect(":memory:")
    edited.deserialize(store.export_workspace(PERSONAL))
    edited.execute("UPDATE runs SET weights = ? WHERE name = 'bad'", (b"\x00" * 64,))
    edited.commit()
    data = edited.serialize()
    edited.close()
    with pytest.raises(StoreError, match="nothing was imported"):
        store.import_workspace(OTHER, data)
    assert store.list_runs(OTHER) == []


def test_an_older_file_is_migrated_and_keeps_its_runs(tmp_path, house_run, monkeypatch):
    from engine import store_schema

    path = tmp_path / "old.sqlite"
    old = open_store(path)
    run_id = old.save_run(PERSONAL, "from the current version", house_run)
    old.close()
    newer = [*store_schema.MIGRATIONS, ("ALTER TABLE runs ADD COLUMN note TEXT",)]  # a later app's next version
    monkeypatch.setattr(store_schema, "MIGRATIONS", newer)
    monkeypatch.setattr(store_schema, "LATEST", len(newer))
    store = open_store(path)
    assert store.persistent and store.notice is None
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(newer)
        assert "note" in [info[1] for info in conn.execute("PRAGMA table_info(runs)")]
    ds = datasets.load("house_prices")
    np.testing.assert_allclose(store.load_run(PERSONAL, run_id).predict(ds.X), house_run.predict(ds.X), rtol=1e-6)
    store.close()


def test_loaded_runs_on_the_same_rows_share_them(store, house_run):
    ds = datasets.load("house_prices")
    other_lr = fit(dataclasses.replace(HOUSE, lr=1e-2), ds)  # same split and scaling, other weights
    other_scaling = fit(dataclasses.replace(HOUSE, scaling="standard"), ds)
    ids = [store.save_run(PERSONAL, name, run) for name, run in
           (("a", house_run), ("b", other_lr), ("c", other_scaling))]
    a, b, c = (store.load_run(PERSONAL, run_id) for run_id in ids)
    assert a.data is b.data and c.data is not a.data
    np.testing.assert_allclose(b.predict(ds.X), other_lr.predict(ds.X), rtol=1e-6)
    np.testing.assert_allclose(c.predict(ds.X), other_scaling.predict(ds.X), rtol=1e-6)
    assert torch.equal(c.data.X_train, other_scaling.data.X_train)


def test_runs_sharing_an_uploads_rows_each_carry_its_table_for_exports(store):
    # the second loaded run on the same upload, split and scaling took the first one's rows but not its table,
    # so its export said the upload was deleted (issue 9)
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({"hours": rng.uniform(0, 10, 40), "score": rng.uniform(0, 100, 40)})
    raw = frame.to_csv(index=False).encode()
    upload_id = store.save_upload(PERSONAL, "study.csv", raw, {"target": "score", "features": ["hours"]})
    ds = make_dataset(read_csv(raw), "score", ["hours"], None, name="study.csv")
    ids = [store.save_run(PERSONAL, f"run {lr}", fit(TrainConfig(scaling="standard", epochs=2, lr=lr), ds),
                          upload_id=upload_id) for lr in (0.01, 0.1)]
    first, second = (store.load_run(PERSONAL, run_id) for run_id in ids)
    assert second.data is first.data  # still shared
    for run in (first, second):
        pd.testing.assert_frame_equal(run.dataset().frame, ds.frame)
        np.testing.assert_allclose(run.dataset().X, frame[["hours"]].to_numpy(), rtol=1e-6)


def test_a_run_this_version_cannot_rebuild_is_listed_and_refused_clearly(store, house_run, tmp_path):
    good = store.save_run(PERSONAL, "good", house_run)
    bad = store.save_run(PERSONAL, "odd config", house_run)
    with closing(sqlite3.connect(tmp_path / "work.sqlite")) as conn, conn:
        conn.execute("UPDATE runs SET config = ? WHERE id = ?", ('{"lr": -1.0}', bad))
    listed = {info.id: info for info in store.list_runs(PERSONAL)}
    assert listed[bad].config is None and listed[bad].metrics == house_run.metrics
    with pytest.raises(StoreError) as error:
        store.load_run(PERSONAL, bad)
    assert error.value.key == "store.run_damaged" and "odd config" in error.value.message("ko")
    assert store.load_run(PERSONAL, good).metrics == house_run.metrics

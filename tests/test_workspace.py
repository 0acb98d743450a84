"""The workspace outlives the session (issue 9, section 2) in AppTest: a new session gets back the runs, the
uploaded table with its choices, the language, the config and a lab's widget values; shared mode keeps
browsers apart; the run list is bounded in memory and a stored run evaluates like a fresh one."""
from pathlib import Path

import numpy as np

from conftest import open_page
from engine.i18n import t
from engine.store import DEFAULT_CACHE_SIZE
from test_page_train import train_and_wait

CSV = Path(__file__).resolve().parent / "fixtures" / "csv"


def _learner_works_a_while():
    at = open_page("pages/data.py")
    at.session_state["upload_incoming"] = {"name": "houses.csv", "bytes": (CSV / "houses.csv").read_bytes()}
    at.run()
    at.selectbox(key="data_target").set_value("rooms").run()
    at.switch_page("pages/train.py").run()
    at.selectbox(key="train_page_optimizer").set_value("adam").run()
    at.number_input(key="train_page_epochs").set_value(4).run()
    train_and_wait(at)
    at.switch_page("pages/lab_cost.py").run()
    at.slider(key="lab_cost_W").set_value(2.5).run()
    at.switch_page("pages/study.py").run()
    at.number_input(key="study_answer_c004_cost").set_value(62.5).run()
    at.button(key="study_check_c004_cost").click().run()
    at.session_state["lang"] = "ko"  # the sidebar switch (drawn by app.py, which the next run is)
    return through_app(at)


def through_app(at):
    """Run app.py itself (AppTest runs a switched-to page alone): its end-of-run save() writes the workspace."""
    at.switch_page("app.py").run()
    assert not at.exception
    return at


def test_a_new_session_gets_everything_back():
    first = _learner_works_a_while()
    trained = first.session_state["runs"][-1]["run"]
    again = _fresh()
    assert again.session_state["lang"] == "ko"
    ds = again.session_state["dataset"]
    assert ds.name == "houses.csv" and ds.target_name == "rooms"
    cfg = again.session_state["config"]
    assert (cfg.optimizer, cfg.epochs) == ("adam", 4)
    (entry,) = again.session_state["runs"]
    run = entry["run"]
    X = ds.X[:7]
    np.testing.assert_allclose(run.predict(X), trained.predict(X), rtol=1e-6)
    np.testing.assert_allclose(run.metrics["rmse"], trained.metrics["rmse"], rtol=1e-6)
    again.switch_page("pages/data.py").run()
    assert again.selectbox(key="data_target").value == "rooms" and again.radio(key="data_source").value == "upload"
    again.switch_page("pages/lab_cost.py").run()
    assert again.slider(key="lab_cost_W").value == 2.5
    again.switch_page("pages/evaluate.py").run()
    assert not again.exception and again.metric  # a stored run opens in Evaluate like a fresh one
    again.switch_page("pages/runs.py").run()  # and its script exports from the table it trained on
    assert not again.exception and run.table is not None and len(run.data.X_train) == len(trained.data.X_train)
    study = again.session_state["study"]  # the study path's ticks and answers come back too
    assert study["answers"]["c004_cost"] == 62.5 and "c004_cost" in study["progress"]


def test_a_change_on_a_page_that_ends_early_is_kept():
    """The Train page without a run ends early (like st.stop()); the epochs changed in that run are saved, though
    after st.stop() no st.session_state access works, so app.py's save after the page cannot run."""
    at = open_page("pages/data.py")  # which picks a built-in dataset
    at.switch_page("pages/train.py").run()
    assert at.caption[-1].value == t("train_page.none_yet")
    at.number_input(key="train_page_epochs").set_value(7).run()
    assert not at.exception
    assert _fresh().session_state["config"].epochs == 7


def _fresh():
    """A new browser session on the same server and file: nothing set before its first run."""
    from streamlit.testing.v1 import AppTest

    from conftest import APP
    at = AppTest.from_file(APP, default_timeout=60)
    return at.run()


def test_shared_mode_gives_each_browser_its_own_workspace(monkeypatch):
    monkeypatch.setenv("STUDYLAB_SHARED", "1")
    alice = _learner_works_a_while()
    token = alice.query_params["ws"][0] if isinstance(alice.query_params["ws"], list) else alice.query_params["ws"]
    assert len(token) >= 20
    bob = _fresh()
    assert not bob.session_state["runs"] and "dataset" not in bob.session_state
    from streamlit.testing.v1 import AppTest

    from conftest import APP
    alice_again = AppTest.from_file(APP, default_timeout=60)
    alice_again.query_params["ws"] = token  # a reload or a bookmark of her URL
    alice_again.run()
    assert len(alice_again.session_state["runs"]) == 1 and alice_again.session_state["lang"] == "ko"


def test_runs_are_loaded_on_demand_within_the_bound(study_hours):
    from engine.config import TrainConfig
    at = open_page("pages/train.py", state={"dataset": study_hours, "config": TrainConfig(lr=0.05, epochs=2)})
    for _ in range(DEFAULT_CACHE_SIZE + 2):
        train_and_wait(at)
    entries = at.session_state["runs"]
    assert len(entries) == DEFAULT_CACHE_SIZE + 2
    assert len(at.session_state["model_cache"]) == DEFAULT_CACHE_SIZE  # the oldest models left memory
    assert entries[0]["run"].history == entries[0]["run"].history and len(entries[0]["run"].history) == 2


def _manage(at):
    """The Runs page's rename/delete choice (its key changes whenever the list of runs does)."""
    return next(box for box in at.selectbox if box.key.startswith("runs_manage"))


def _stored_runs() -> int:
    """How many runs the workspace file holds, read with sqlite3 itself."""
    import sqlite3
    from contextlib import closing

    from engine.store import default_path
    with closing(sqlite3.connect(default_path())) as conn:
        return conn.execute("SELECT count(*) FROM runs").fetchone()[0]


def test_runs_page_renames_deletes_adds_a_model_file_and_moves_a_workspace(study_hours):
    from engine.config import TrainConfig
    from engine.export import model_bytes
    from ui.workspace import StoredEntry

    at = open_page("pages/train.py", state={"dataset": study_hours, "config": TrainConfig(lr=0.05, epochs=3)})
    train_and_wait(at)
    train_and_wait(at)
    first = at.session_state["runs"][0]
    at.switch_page("pages/runs.py").run()
    _manage(at).set_value(0).run()
    at.text_input(key="runs_new_name").input("baseline").run()
    next(b for b in at.button if b.label == "Rename").click().run()
    assert [e["name"] for e in at.session_state["runs"]][0] == "baseline"
    assert any("'baseline'" in s.value for s in at.success) and at.text_input(key="runs_new_name").value == ""
    assert "baseline" in at.multiselect[0].options  # the lists show the new name at once
    _manage(at).set_value(1).run()  # picking another run after a rename (this once crashed the page)
    assert not at.exception
    second = at.session_state["runs"][1]["name"]
    next(b for b in at.button if b.label == "Delete").click().run()  # asks first, naming the run
    assert len(at.session_state["runs"]) == 2 and _stored_runs() == 2
    (question,) = [w.value for w in at.warning if "cannot be undone" in w.value]
    assert f"'{second}'" in question  # numbered only if another run had the same name
    next(b for b in at.button if b.label == "Cancel, keep it").click().run()
    assert not any("cannot be undone" in w.value for w in at.warning) and _stored_runs() == 2
    next(b for b in at.button if b.label == "Delete").click().run()
    _manage(at).set_value(0).run()  # another run chosen meanwhile: the question about run 2 is dropped
    assert not any("cannot be undone" in w.value for w in at.warning)
    _manage(at).set_value(1).run()
    next(b for b in at.button if b.label == "Delete").click().run()
    next(b for b in at.button if b.label == f"Yes, delete '{second}'").click().run()
    assert [e["name"] for e in at.session_state["runs"]] == ["baseline"] and _stored_runs() == 1
    assert any("Deleted" in s.value for s in at.success)
    assert all(isinstance(e, StoredEntry) for e in at.session_state["runs"])

    # The workspace as one file, opened by another learner (shared mode: another workspace) adds the run there.
    from engine.store import PERSONAL, default_path, open_store, run_from_model_file
    exported = open_store(default_path()).export_workspace(PERSONAL)
    other = open_store(default_path())
    other.import_workspace("someone-else-workspace-0001", exported)
    (info,) = other.list_runs("someone-else-workspace-0001")
    assert info.name == "baseline"
    moved = other.load_run("someone-else-workspace-0001", info.id)
    np.testing.assert_allclose(moved.predict(study_hours.X), first["run"].predict(study_hours.X), rtol=1e-6)

    # A downloaded model file becomes a run (what the page's "Add this model as a run" keeps) that predicts alike.
    added = run_from_model_file(model_bytes(first["run"]), study_hours)
    np.testing.assert_allclose(added.predict(study_hours.X), first["run"].predict(study_hours.X), rtol=1e-6)

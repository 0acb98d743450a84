"""Data page (AppTest): every upload stays in the learner's list, to pick again with its saved target, features
and task, or to delete after a confirmation; runs trained on a deleted upload keep predicting and say the table
is gone, until the same file is uploaded again. Checked against the workspace file read with sqlite3."""
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from conftest import open_page
from engine.i18n import t
from engine.store import default_path
from engine.stored_run import has_rows
from test_page_train import train_and_wait
from ui.workspace import _open

CSV = Path(__file__).resolve().parent / "fixtures" / "csv"


def _upload(at, name):
    """What the uploader's callback hands the script (AppTest cannot drive st.file_uploader)."""
    at.session_state["upload_incoming"] = {"name": name, "bytes": (CSV / name).read_bytes()}
    return at.run()


def _sql(query):
    with closing(sqlite3.connect(default_path())) as conn:
        return conn.execute(query).fetchall()


def _button(at, label):
    return next(b for b in at.button if b.label == label)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_second_upload_leaves_the_first_to_pick_again_with_its_choices(lang):
    at = _upload(open_page("pages/data.py", lang=lang), "houses.csv")
    at.selectbox(key="data_target").set_value("rooms").run()
    at = _upload(at, "houses_semicolon.csv")
    assert not at.exception and at.session_state["dataset"].name == "houses_semicolon.csv"
    pick = at.selectbox(key="uploads_pick")
    assert pick.label == t("data_page.kept_uploads", lang)
    assert [o.split(" · ")[0] for o in pick.options] == ["houses.csv", "houses_semicolon.csv"]
    saved = {name: (id_, json.loads(choices)) for id_, name, choices in _sql("SELECT id, name, choices FROM uploads")}
    first, choices = saved["houses.csv"]
    assert choices["target"] == "rooms"  # kept with the upload when it was chosen

    pick.set_value(first).run()  # the options are the uploads' ids
    assert not at.exception
    ds = at.session_state["dataset"]
    raw = pd.read_csv(CSV / "houses.csv", thousands=",").dropna()  # pandas' own reading; one row lacks rooms
    assert (ds.name, ds.target_name) == ("houses.csv", "rooms") and len(ds) == len(raw)
    np.testing.assert_allclose(ds.y.ravel(), raw["rooms"])
    assert at.selectbox(key="data_target").value == "rooms"
    assert at.multiselect(key="data_features").value == choices["features"]
    assert at.selectbox(key="uploads_pick").value == first

    at = _upload(at, "houses_semicolon.csv")  # the same file again is not kept twice, and keeps its choices
    assert _sql("SELECT count(*) FROM uploads") == [(2,)]
    assert at.session_state["dataset"].target_name == "price"


def test_deleting_an_upload_asks_first_and_its_run_says_the_table_is_gone():
    at = _upload(open_page("pages/data.py"), "houses.csv")
    at.switch_page("pages/train.py").run()
    at.number_input(key="train_page_epochs").set_value(3).run()
    train_and_wait(at)
    (entry,) = at.session_state["runs"]
    trained, X = entry["run"], at.session_state["dataset"].X
    at.switch_page("pages/data.py").run()

    _button(at, "Delete this table").click().run()
    (question,) = [w.value for w in at.warning if "cannot be undone" in w.value]
    assert "'houses.csv'" in question and entry["name"] in question  # names the table and the run it takes rows from
    assert _sql("SELECT count(*) FROM uploads") == [(1,)]  # nothing deleted yet
    _button(at, "Cancel, keep it").click().run()
    assert _sql("SELECT count(*) FROM uploads") == [(1,)] and not any("cannot be undone" in w.value for w in at.warning)

    _button(at, "Delete this table").click().run()
    _button(at, "Yes, delete 'houses.csv'").click().run()
    assert not at.exception and any("Deleted 'houses.csv'" in s.value for s in at.success)
    assert _sql("SELECT count(*) FROM uploads") == [(0,)]
    assert _sql("SELECT upload_id FROM runs") == [(None,)]  # the run stays
    assert "dataset" not in at.session_state  # the table in use is gone: the page asks for another
    assert any(i.value == t("data_page.upload_first", "en") for i in at.info)

    orphan = at.session_state["runs"][0]["run"]  # loaded again from the store, without the table's rows
    assert not has_rows(orphan)
    np.testing.assert_allclose(orphan.predict(X), trained.predict(X), rtol=1e-5, atol=1e-6)
    at.switch_page("pages/runs.py").run()
    gone = t("data.table_gone", "en", name="houses.csv")
    assert not at.exception and [e.value for e in at.error] == [gone]
    at.switch_page("pages/evaluate.py").run()  # its saved scores, and why nothing else can be drawn
    assert not at.exception and [e.value for e in at.error] == [gone] and not at.get("vega_lite_chart")
    assert any(m.value == f"{trained.metrics['rmse']:.4g}" for m in at.metric)

    at.switch_page("pages/data.py").run()
    at = _upload(at, "houses.csv")  # the same file again: the run finds its rows and exports once more
    back = at.session_state["runs"][0]["run"]
    np.testing.assert_array_equal(back.data.test_idx, trained.data.test_idx)
    assert has_rows(back)
    at.switch_page("pages/runs.py").run()
    assert not at.exception and not at.error



EXPORTS = {t(f"runs_page.download_{kind}", "en") for kind in ("script", "bundle", "notebook")}  # .py .zip .ipynb


def _exports(at):
    """The labels of the downloads the Runs page offers (for the run its export section picks: the last)."""
    at.switch_page("pages/runs.py").run()
    assert not at.exception and not at.error
    return {b.proto.label for b in at.get("download_button")}


def test_a_run_trained_after_picking_a_kept_upload_again_exports_also_after_a_restart():
    at = _upload(open_page("pages/data.py"), "houses.csv")
    first = at.session_state["upload_table"]["id"]
    at.switch_page("pages/train.py").run()
    at.number_input(key="train_page_epochs").set_value(3).run()
    train_and_wait(at)  # run 1 on houses.csv
    at.switch_page("pages/data.py").run()
    at = _upload(at, "houses_semicolon.csv")
    _button(at, "Delete this table").click().run()
    _button(at, "Yes, delete 'houses_semicolon.csv'").click().run()
    at.selectbox(key="uploads_pick").set_value(first).run()
    assert not at.exception and at.session_state["dataset"].name == "houses.csv"
    at.switch_page("pages/train.py").run()
    at.number_input(key="train_page_epochs").set_value(4).run()
    train_and_wait(at)  # run 2: the same table, split and scaling as run 1
    assert _sql("SELECT upload_id FROM runs") == [(first,), (first,)]
    assert EXPORTS <= _exports(at)

    _open.clear()  # a server restart: a new Store, nothing loaded yet
    again = open_page()
    runs = again.session_state["runs"]
    assert [len(e["run"].history) for e in runs] == [3, 4]  # run 1 loads first, run 2 then shares its rows
    raw = pd.read_csv(CSV / "houses.csv", thousands=",").dropna()
    assert len(runs[1]["run"].dataset()) == len(raw)
    assert EXPORTS <= _exports(again)


def test_deleting_the_table_in_use_takes_the_most_recent_upload_left():
    at = _upload(open_page("pages/data.py"), "houses_tab.tsv")
    at = _upload(at, "houses.csv")
    latest_left = at.session_state["upload_table"]["id"]
    at = _upload(at, "houses_semicolon.csv")
    _button(at, "Delete this table").click().run()
    _button(at, "Yes, delete 'houses_semicolon.csv'").click().run()
    assert not at.exception and any("Deleted 'houses_semicolon.csv'" in s.value for s in at.success)
    ds = at.session_state["dataset"]
    raw = pd.read_csv(CSV / "houses.csv", thousands=",")
    assert ds.name == "houses.csv" and ds.target_name == raw.columns[-1] and len(ds) == len(raw.dropna())
    assert at.selectbox(key="uploads_pick").value == latest_left
    assert not any(i.value.startswith(t("data_page.upload_first", "en")) for i in at.info)

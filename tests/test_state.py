"""The one state model (issue 9) in AppTest: data-dependent resets, presets tied to their data, the
language switch keeping every choice, and training that no rerun stops or doubles."""
import time

import numpy as np
import pytest

from conftest import open_page
from engine import datasets
from engine.config import LOSSES_FOR_TASK, TrainConfig
from test_page_train import TRAIN, _button, train_and_wait
from ui.live import PENDING



def _go(at, page):
    at.switch_page(page)
    return at.run()


def _apply_preset(at, name):
    """One click on a tutorial's preset button: its dataset and its settings."""
    at.button(key=f"train_page_preset_{name}").click().run()
    assert at.session_state["preset"]["name"] == name


def _pick(at, name):
    _go(at, "pages/data.py")
    at.selectbox(key="data_builtin").set_value(name).run()
    assert not at.exception and at.session_state["dataset"].name == name


def test_preset_003_then_study_hours_trains_with_mse():
    """The newcomer path of issue 9: the preset's 'ce' must not survive a move to regression data."""
    at = _go(open_page("pages/data.py"), "pages/train.py")  # rent, the first dataset
    _apply_preset(at, "seed003")
    assert at.session_state["dataset"].name == "mnist_5k" and at.session_state["config"].loss == "ce"
    _pick(at, "study_hours")
    notes = [i.value for i in at.info if "New data" in i.value]
    assert notes and "test share: 0.2 → 0" in notes[0]  # the reset is said, not silent
    from engine.choices import LOSSES
    from engine.i18n import t
    # … in the names the pages use, not the config's ids
    assert f"loss: {t(LOSSES['ce'].label)} → {t(LOSSES['mse'].label)}" in notes[0] and "ce →" not in notes[0]
    assert "preset" not in at.session_state  # its banner belonged to mnist_5k
    _go(at, "pages/train.py")
    assert at.selectbox(key="train_page_loss").value == "mse"
    assert not any("mnist_5k" in w.value for w in at.warning)
    at.number_input(key="train_page_epochs").set_value(3).run()
    train_and_wait(at)
    assert not at.exception and not at.error
    run = at.session_state["runs"][-1]["run"]
    assert run.loss == "mse" and run.stopped is None and len(run.history) == 3


def test_loading_the_presets_own_data_keeps_its_settings():
    at = open_page("pages/train.py")
    _apply_preset(at, "seed003")
    cfg = at.session_state["config"]
    assert at.session_state["dataset"].name == "mnist_5k"
    assert (cfg.loss, cfg.batch_size, cfg.scaling, cfg.test_size) == ("ce", 100, "minmax", 0.2)
    assert any("mnist" in s.value.lower() or "003" in s.value for s in at.success)


def test_a_three_class_upload_gets_a_loss_that_works():
    rng = np.random.default_rng(0)
    rows = "\n".join(f"{a:.3f},{b:.3f},{c}" for c in range(3) for a, b in rng.normal(c * 3, 0.5, (20, 2)))
    at = open_page("pages/train.py")
    _apply_preset(at, "seed000")  # MSE, no scaling, test share 0.2: settings for rent
    _go(at, "pages/data.py")
    at.session_state["upload_incoming"] = {"name": "three.csv", "bytes": f"x1,x2,label\n{rows}\n".encode()}
    at.run()
    at.selectbox(key="data_task").set_value("multiclass").run()
    assert not at.exception and at.session_state["dataset"].n_outputs == 3
    cfg = at.session_state["config"]
    assert (cfg.loss, cfg.scaling, cfg.test_size, cfg.batch_size) == ("ce", "standard", 0.2, None)
    _go(at, "pages/train.py")
    assert at.selectbox(key="train_page_loss").value == "ce"
    at.number_input(key="train_page_epochs").set_value(5).run()
    train_and_wait(at)
    assert not at.exception and at.session_state["runs"][-1]["run"].loss == "ce"


def test_split_scaling_and_seed_are_edited_on_the_data_page_only():
    at = open_page("pages/data.py")
    at.slider(key="data_test_size").set_value(0.3).run()
    _go(at, "pages/train.py")
    keys = {w.key for kind in ("slider", "selectbox", "number_input") for w in getattr(at, kind)}
    assert not {"train_page_test_size", "train_page_scaling", "train_page_seed"} & keys
    assert any("**0.3**" in m.value for m in at.markdown)  # shown read-only, with a link to the Data page
    _go(at, "pages/cross_validate.py")
    assert not at.number_input


def test_choices_survive_page_visits_and_a_language_switch():
    at = open_page("pages/data.py")
    at.selectbox(key="data_builtin").set_value("house_prices").run()
    at.selectbox(key="data_scaling").set_value("minmax").run()
    _go(at, "pages/model.py")
    at.radio(key="model_kind").set_value("mlp").run()
    _go(at, "pages/train.py")
    at.selectbox(key="train_page_optimizer").set_value("adam").run()
    at.session_state["lang"] = "ko"
    at.run()
    assert not at.exception
    assert at.selectbox(key="train_page_optimizer").value == "adam"
    _go(at, "pages/data.py")
    assert at.selectbox(key="data_builtin").value == "house_prices"
    assert at.selectbox(key="data_scaling").value == "minmax"
    _go(at, "pages/model.py")
    assert at.radio(key="model_kind").value == "mlp"


def test_a_language_switch_never_stops_training_and_a_second_click_adds_nothing():
    at = open_page("pages/train.py", state={"dataset": datasets.load("rent"),
                                            "config": TrainConfig(scaling="standard", epochs=50_000)})
    _button(at, "Train").click().run()
    job = at.session_state[PENDING]
    assert _button(at, "Train").disabled  # and a click that raced the redraw finds a job and starts nothing
    at.session_state["lang"] = "ko"
    at.run()
    assert at.session_state[PENDING] is job and job.running  # still training, now in Korean
    assert not at.session_state["runs"]
    deadline = time.time() + 30
    while job.snapshot is None or not job.snapshot[0].history:  # the learner sees the first epochs, then stops
        assert time.time() < deadline and job.running
        time.sleep(0.05)
    _button(at, "멈추기").click().run()
    deadline = time.time() + 30
    while PENDING in at.session_state:
        assert time.time() < deadline
        at.run()
    (entry,) = at.session_state["runs"]
    assert entry["run"].stopped == ("train.stopped_by_learner", {}) and 0 < len(entry["run"].history) < 50_000


PRESETS = ("seed000", "seed001", "seed003", "seed004")


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_on_every_builtin_trains(preset, lang):
    """The matrix: apply a preset (its own data and settings), then move to each built-in and press Train
    (epochs cut to 2): no exception, a loss that fits the data, and what is shown is what trained."""
    at = open_page("pages/train.py", lang)
    for name in datasets.names():
        _go(at, "pages/train.py")
        _apply_preset(at, preset)
        _pick(at, name)
        _go(at, "pages/train.py")
        at.number_input(key="train_page_epochs").set_value(2).run()
        train_and_wait(at, TRAIN[lang])
        assert not at.exception, (preset, name)
        run = at.session_state["runs"][-1]["run"]
        task = datasets.info(name)["task"]
        assert run.dataset_name == name and run.loss in LOSSES_FOR_TASK[task], (preset, name)
        assert at.selectbox(key="train_page_loss").value == run.loss  # what is shown is what trained


def test_the_reset_note_names_settings_as_the_pages_do_in_korean():
    """ui.state's note and the pages name losses and scalings through ui.names alone (which needs no ui.state)."""
    import ast
    from pathlib import Path

    from engine.choices import LOSSES
    from engine.i18n import t
    at = open_page("pages/data.py", lang="ko")
    at.selectbox(key="data_scaling").set_value("minmax").run()
    at.selectbox(key="data_builtin").set_value("digits").run()
    (note,) = [i.value for i in at.info if "데이터가 바뀌어" in i.value]
    assert f"손실 함수: {t(LOSSES['mse'].label, 'ko')} → {t(LOSSES['ce'].label, 'ko')}" in note
    assert f"스케일링: {t('train_page.scaling_minmax', 'ko')} → {t('train_page.scaling_standard', 'ko')}" in note
    source = (Path(__file__).resolve().parent.parent / "ui" / "names.py").read_text(encoding="utf-8")
    imported = {node.module for node in ast.walk(ast.parse(source)) if isinstance(node, ast.ImportFrom)}
    assert "ui.state" not in imported


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_reset_note_names_the_new_data_by_its_title(lang):
    from engine.i18n import t
    at = open_page("pages/data.py", lang=lang)
    at.selectbox(key="data_builtin").set_value("digits").run()
    start = t("state.reset_note", lang, dataset="\0", items="").split("\0")[0]  # the note's words before the name
    (note,) = [i.value for i in at.info if i.value.startswith(start)]
    title = t("dataset.digits.title", lang)
    assert note.startswith(start + title) and title != "digits" and "(digits)" not in note
    assert datasets.title("houses.csv", lang) == "houses.csv"  # an upload is named by its file

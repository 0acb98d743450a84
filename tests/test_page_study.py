"""The Study path page: steps tick from real runs, answers are judged, hints unfold, progress resets."""
from conftest import open_page
from engine import datasets
from engine.config import TrainConfig
from engine.i18n import t
from engine.train import fit


def kept(name, run):
    return {"name": name, "run": run, "dataset": run.dataset_name, "seconds": 0.1, "live": False}


def test_a_linear_rent_run_ticks_the_first_step_and_home_points_to_the_next():
    rent = datasets.load("rent")
    run = fit(TrainConfig(hidden=[], epochs=50, scaling="standard", lr=0.1), rent)
    at = open_page("pages/study.py", "ko", state={"runs": [kept("실행 1", run)]})
    assert not at.exception
    done = t("study.check.linear_rent", "ko", mae=run.metrics["mae"])
    assert done in [s.value for s in at.success]
    assert at.session_state["study"]["progress"]["c000_linear"]["run"] == "실행 1"
    at.switch_page("pages/home.py")
    at.run()
    assert t("study.c000_iterations.task", "ko") in at.info[0].value  # "continue where you left off"


def test_a_prediction_is_judged_and_hints_unfold_one_at_a_time():
    at = open_page("pages/study.py", "en")
    hint = at.button(key="study_hint_c004_cost")
    hint.click().run()
    captions = [c.value for c in at.caption]
    assert any(t("study.c004_cost.hint1", "en") in c for c in captions)
    assert not any(t("study.c004_cost.hint2", "en") in c for c in captions)
    at.number_input(key="study_answer_c004_cost").set_value(52.5).run()
    at.button(key="study_check_c004_cost").click().run()
    assert t("study.predict_low", "en", answer=52.5) in [i.value for i in at.info]
    at.number_input(key="study_answer_c004_cost").set_value(62.5).run()
    at.button(key="study_check_c004_cost").click().run()
    assert "c004_cost" in at.session_state["study"]["progress"]


def test_reset_clears_progress_after_confirmation():
    at = open_page("pages/study.py", "en", state={"study": {"progress": {"c004_cost": {"at": "x", "run": None}},
                                                          "answers": {"c004_cost": 62.5}, "hints": {}, "cv": []}})
    assert at.session_state["study"]["progress"]
    at.button(key="study_reset_confirm").click().run()
    assert not at.exception
    assert at.session_state["study"]["answers"] == {}

"""The study path: every check passes on a state that meets it and fails on one that does not."""
import math

import numpy as np
import pytest

from engine import datasets
from engine.config import TrainConfig
from engine.i18n import TABLE, t
from engine.study import checks
from engine.study.facts import CVFacts, ModelFacts, RunFacts, StudyState, run_facts
from engine.study.path import CHAPTERS, STEPS, evaluate
from engine.study.progress import chapter_count, check_all, next_step
from engine.train import fit


def run(name="r", dataset="rent", **kw):
    kw.setdefault("final_train_loss", 1.0)
    return RunFacts(name=name, dataset=dataset, **kw)


def state(*runs, **kw):
    return StudyState(runs=list(runs), **kw)


def test_every_chapter_has_at_least_four_steps_of_mixed_kinds():
    assert [c.id for c in CHAPTERS] == ["c000", "c001", "c002", "c003", "c004"]
    for chapter in CHAPTERS:
        assert len(chapter.steps) >= 4
        assert {s.kind for s in chapter.steps} >= {"do"} and len({s.kind for s in chapter.steps}) >= 2


def test_every_step_has_its_texts_in_both_languages():
    for step in STEPS.values():
        keys = [f"study.{step.id}.task"] + [f"study.{step.id}.hint{i}" for i in range(1, step.hints + 1)]
        keys += [f"study.{step.id}.{kind}_{c}" for c in step.choices for kind in ("choice", "why")]
        missing = [k for k in keys if k not in TABLE]
        assert not missing, missing
        assert step.kind != "explain" or step.correct in step.choices


def test_linear_rent_run():
    assert not checks.linear_rent_run(state(run(hidden=(8,), metrics={"mae": 6.0}))).done
    assert not checks.linear_rent_run(state(run(metrics={"mae": 6.0}, diverged=True))).done
    verdict = checks.linear_rent_run(state(run("a", metrics={"mae": 7.0}), run("b", metrics={"mae": 6.5})))
    assert verdict.done and verdict.run == "b" and verdict.params["mae"] == 6.5


def test_more_iterations_needs_both_lengths_and_the_longer_better():
    short, long = run("s", steps=1_000, metrics={"mae": 9.3}), run("l", steps=100_000, metrics={"mae": 6.8})
    assert checks.more_iterations(state(short, long)).done
    assert not checks.more_iterations(state(short)).done
    worse = run("l", steps=100_000, metrics={"mae": 9.5})
    verdict = checks.more_iterations(state(short, worse))
    assert not verdict.done and verdict.key == "study.check.iterations_not_better"


def test_lr_bracket_within_two_times():
    ok, bad = run("ok", lr=0.01), run("bad", lr=0.015, diverged=True)
    verdict = checks.lr_bracket(state(ok, bad))
    assert verdict.done and verdict.params == {"ok": 0.01, "bad": 0.015}
    wide = checks.lr_bracket(state(ok, run("bad", lr=0.1, diverged=True)))
    assert not wide.done and math.isclose(wide.params["ratio"], 10.0)
    other_setup = run("bad", lr=0.015, diverged=True, optimizer="adam")  # only the lr may differ
    assert not checks.lr_bracket(state(ok, other_setup)).done
    # full-batch and mini-batch runs side by side (None and 30 cannot be sorted): each setup judged on its own
    mixed = state(run("full", lr=0.01), run("mini", lr=0.01, batch_size=30),
                  run("mini_bad", lr=0.015, batch_size=30, diverged=True))
    assert checks.lr_bracket(mixed).run == "mini"


def test_house_network_counts_2261_parameters():
    # 13·50 + 50 + 50·30 + 30 + 30·1 + 1 by hand
    by_hand = 13 * 50 + 50 + 50 * 30 + 30 + 30 + 1
    assert checks.HOUSE_PARAMS == by_hand == STEPS["c001_count"].truth()
    assert checks.house_network(StudyState(model=ModelFacts("house_prices", 13, (50, 30), by_hand))).done
    assert not checks.house_network(StudyState(model=ModelFacts("house_prices", 13, (32,), 481))).done
    assert not checks.house_network(StudyState()).done


def test_house_rmse_needs_scaled_target_and_the_goal():
    good = run("h", "house_prices", hidden=(50, 30), scale_target=True, metrics={"rmse": 0.105})
    assert checks.house_rmse(state(good)).done
    assert not checks.house_rmse(state(run("h", "house_prices", hidden=(50, 30), metrics={"rmse": 0.105}))).done
    high = checks.house_rmse(state(run("h", "house_prices", hidden=(50, 30), scale_target=True, metrics={"rmse": 0.2})))
    assert not high.done and high.params["rmse"] == 0.2


def test_house_cv():
    assert checks.house_cv(StudyState(cv=[CVFacts("house_prices", 3, "rmse", 0.09, True)])).done
    assert not checks.house_cv(StudyState(cv=[CVFacts("house_prices", 3, "rmse", 0.11, True)])).done
    assert not checks.house_cv(StudyState(cv=[CVFacts("house_prices", 5, "rmse", 0.09, True)])).done


def test_sgd_vs_adam_and_batch_modes():
    sgd, adam = run("s", optimizer="sgd", final_train_loss=2.0), run("a", optimizer="adam", final_train_loss=1.0)
    verdict = checks.sgd_vs_adam(state(sgd, adam))
    assert verdict.done and verdict.params["winner"] == "Adam"
    assert not checks.sgd_vs_adam(state(sgd, run("a", "xor", optimizer="adam"))).done
    assert checks.batch_modes(state(run("f", steps=300), run("m", batch_size=16, steps=1500))).done
    assert not checks.batch_modes(state(run("f"), run("m", hidden=(4,), batch_size=16))).done


def test_smallest_xor_records_the_fewest_units():
    solved = [run("big", "xor", hidden=(8,), train_metrics={"accuracy": 1.0}),
              run("small", "xor", hidden=(2,), train_metrics={"accuracy": 1.0})]
    verdict = checks.smallest_xor(state(*solved))
    assert verdict.done and verdict.run == "small" and verdict.params["units"] == 2
    assert not checks.smallest_xor(state(run("lin", "xor", train_metrics={"accuracy": 1.0}))).done  # linear can't count


def test_mnist_accuracy():
    assert checks.mnist_accuracy(state(run("m", "mnist_5k", hidden=(50,), metrics={"accuracy": 0.88}))).done
    assert not checks.mnist_accuracy(state(run("m", "mnist_5k", hidden=(50,), metrics={"accuracy": 0.80}))).done


def test_hours_line_against_numpy_least_squares():
    W, b = np.polyfit([1, 2, 3], [2, 4, 6], 1)
    assert checks.hours_line(state(run("h", "study_hours", line=(2.05, 0.05))), (W, b)).done
    assert not checks.hours_line(state(run("h", "study_hours", line=(1.7, 0.6))), (W, b)).done


def test_predict_truths_match_hand_calculations():
    assert STEPS["c002_iterations"].truth() == 2000 / 200
    assert abs(STEPS["c003_gradient"].truth() - 2 * 3) < 1e-6
    assert abs(STEPS["c003_cross_entropy"].truth() - (-math.log(0.6))) < 1e-6
    preds = 13 * np.array([2, 3, 4, 5]) + 1
    assert STEPS["c004_cost"].truth() == pytest.approx(np.mean((preds - [25, 50, 42, 61]) ** 2)) == 62.5
    assert STEPS["c004_accumulate"].truth() == 3 * 2


def test_predict_and_explain_steps_judge_the_answer():
    step = STEPS["c004_cost"]
    assert not evaluate(step, StudyState()).done
    assert evaluate(step, StudyState(answers={"c004_cost": 62.5})).done
    assert evaluate(step, StudyState(answers={"c004_cost": 52.5})).key == "study.predict_low"
    slip = STEPS["c004_slip"]
    wrong = evaluate(slip, StudyState(answers={"c004_slip": "mean"}))
    assert not wrong.done and wrong.key == "study.c004_slip.why_mean"  # feedback says why
    assert evaluate(slip, StudyState(answers={"c004_slip": "third"})).done


def test_progress_is_sticky_and_points_to_the_next_step():
    done_state = state(run("a", metrics={"mae": 6.5}))
    progress, verdicts = check_all({}, done_state, "2026-12-01")
    assert progress["c000_linear"] == {"at": "2026-12-01", "run": "a"}
    again, _ = check_all(progress, StudyState(), "2026-12-02")  # the run is gone: the tick stays
    assert again["c000_linear"]["at"] == "2026-12-01"
    assert chapter_count(again, CHAPTERS[0]) == (1, len(CHAPTERS[0].steps))
    chapter, step = next_step(again)
    assert chapter.id == "c000" and step.id == "c000_iterations"


def test_a_better_run_later_is_the_one_credited():
    """The tryout: run 3 (MAE 6.68) ticked the step, then run 4 (6.61) came: the step must name run 4."""
    maes = {"run 3": 6.68, "run 4": 6.61, "run 5": 6.9}
    first, _ = check_all({}, state(run("run 3", metrics={"mae": maes["run 3"]})), "2026-12-01")
    assert first["c000_linear"]["run"] == "run 3"
    later = state(*(run(name, metrics={"mae": mae}) for name, mae in maes.items()))
    progress, verdicts = check_all(first, later, "2026-12-02")
    best = min(maes, key=maes.get)  # by hand: the lowest MAE
    assert progress["c000_linear"] == {"at": "2026-12-01", "run": best} and verdicts["c000_linear"].run == best
    assert verdicts["c000_linear"].params["mae"] == min(maes.values())
    for step_id, verdict in verdicts.items():  # every credited run is the one its check names now
        if verdict.done and verdict.run is not None:
            assert progress[step_id]["run"] == verdict.run


def test_facts_of_real_runs():
    ds = datasets.load("study_hours")
    hours = fit(TrainConfig(hidden=[], optimizer="sgd", lr=0.05, epochs=3000, test_size=0.0), ds)
    facts = run_facts("h", hours)
    W, b = np.polyfit(ds.X[:, 0], ds.y[:, 0], 1)
    assert facts.line == pytest.approx((W, b), abs=0.02) and facts.steps == 3000 and facts.converged
    assert checks.hours_line(StudyState(runs=[facts]), (W, b)).done
    rent = datasets.load("rent")
    half = fit(TrainConfig(hidden=[], batch_size=20, epochs=3, scaling="standard"), rent)
    n_train = len(half.data.X_train)
    assert run_facts("r", half).steps == 3 * math.ceil(n_train / 20)
    blown = run_facts("x", fit(TrainConfig(hidden=[], lr=5.0, epochs=50), rent))
    assert blown.diverged and not blown.converged


def test_messages_format_in_both_languages():
    for step in STEPS.values():
        for answers in ({}, {step.id: step.correct or 0.0}):
            verdict = evaluate(step, StudyState(answers=answers))
            for lang in ("en", "ko"):
                assert t(verdict.key, lang, **verdict.params)

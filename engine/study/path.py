"""The study path: the reference tutorials as chapters of checked steps.

A step is one of three kinds: "do" (checked on the learner's runs, model and CV results), "predict" (a
number typed before looking, checked against what the engine computes) and "explain" (a multiple choice
whose every option has feedback saying why). Texts live in the translation table under study.<step id>.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Callable

import numpy as np

from engine import datasets
from engine.config import TrainConfig
from engine.grad import numerical_gradient
from engine.labs import batches, cost, loss_examples, zero_grad
from engine.models import build_model, count_params
from engine.study import checks
from engine.study.checks import Verdict
from engine.study.facts import StudyState

# Seed 003's softmax output for a "2", and seed 004's four points with the hypothesis y = 13x + 1.
SOFTMAX_OUTPUT = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
COST_X, COST_Y, COST_W, COST_B = [2, 3, 4, 5], [25, 50, 42, 61], 13.0, 1.0


@dataclass(frozen=True)
class Step:
    """One step: what kind it is, where it is done, and how it is checked."""

    id: str
    kind: str                                              # "do", "predict" or "explain"
    page: str | None = None                                # the page or lab to do it on
    check: Callable[[StudyState], Verdict] | None = None  # do
    truth: Callable[[], float] | None = None               # predict: what the engine computes
    tolerance: float = 0.0
    choices: tuple[str, ...] = ()                          # explain: option ids, in the order shown
    correct: str = ""
    hints: int = 2


@dataclass(frozen=True)
class Chapter:
    id: str
    steps: tuple[Step, ...]


@cache
def _hours_least_squares() -> tuple[float, float]:
    ds = datasets.load("study_hours")
    return cost.least_squares(ds.X[:, 0], ds.y)


CHAPTERS: tuple[Chapter, ...] = (
    Chapter("c000", (
        Step("c000_linear", "do", "pages/train.py", checks.linear_rent_run),
        Step("c000_iterations", "do", "pages/train.py", checks.more_iterations, hints=3),
        Step("c000_curve", "explain", "pages/lab_descent.py", choices=("bowl", "wavy", "line"), correct="bowl"),
        Step("c000_lr", "do", "pages/train.py", checks.lr_bracket, hints=3),
        Step("c000_why", "explain", "pages/lab_descent.py", choices=("small_steps", "more_params", "new_data"),
             correct="small_steps"),
    )),
    Chapter("c001", (
        Step("c001_count", "predict", "pages/model.py",
             truth=lambda: count_params(build_model(TrainConfig(hidden=list(checks.HOUSE_LAYERS)), 13, 1)),
             hints=3),
        Step("c001_build", "do", "pages/model.py", checks.house_network),
        Step("c001_train", "do", "pages/train.py", checks.house_rmse, hints=3),
        Step("c001_dropout", "explain", "pages/lab_overfitting.py", choices=("half", "off", "random"),
             correct="off"),
        Step("c001_cv", "do", "pages/cross_validate.py", checks.house_cv),
    )),
    Chapter("c002", (
        Step("c002_iterations", "predict", "pages/lab_batches.py",
             truth=lambda: batches.iterations(2000, 200, 1)["per_epoch"]),
        Step("c002_batches", "do", "pages/train.py", checks.batch_modes),
        Step("c002_optimizers", "do", "pages/train.py", checks.sgd_vs_adam),
        Step("c002_loss", "explain", "pages/lab_losses.py", choices=("mse", "bce", "ce"), correct="ce"),
        Step("c002_xor", "do", "pages/train.py", checks.smallest_xor, hints=3),
    )),
    Chapter("c003", (
        Step("c003_gradient", "predict", "pages/lab_gradients.py",
             truth=lambda: float(numerical_gradient(lambda v: v[0] ** 2 + v[1] ** 2, np.array([3.0, 4.0]))[0]),
             tolerance=0.01),
        Step("c003_cross_entropy", "predict", "pages/lab_losses.py",
             truth=lambda: loss_examples.tutorial_losses(SOFTMAX_OUTPUT, 2)["ce"], tolerance=0.01),
        Step("c003_autograd", "explain", "pages/lab_gradients.py", choices=("exact", "cheap", "no_math"),
             correct="cheap"),
        Step("c003_mnist", "do", "pages/train.py", checks.mnist_accuracy, hints=3),
    )),
    Chapter("c004", (
        Step("c004_cost", "predict", "pages/lab_cost.py",
             truth=lambda: cost.mse(COST_W, COST_B, COST_X, COST_Y), tolerance=0.05),
        Step("c004_slip", "explain", "pages/lab_cost.py", choices=("third", "mean", "square"), correct="third"),
        Step("c004_accumulate", "predict", "pages/lab_zero_grad.py",
             truth=lambda: zero_grad.grads_after_backward(1.0, 3, zero_grad=False)[-1]),
        Step("c004_train", "do", "pages/train.py",
             lambda state: checks.hours_line(state, _hours_least_squares()), hints=3),
    )),
)
STEPS = {step.id: step for chapter in CHAPTERS for step in chapter.steps}


def evaluate(step: Step, state: StudyState) -> Verdict:
    """Check one step on the learner's state: their runs for "do", their answer for "predict" and "explain"."""
    if step.kind == "do":
        return step.check(state)
    answer = state.answers.get(step.id)
    if answer is None:
        return Verdict(False, "study.answer_waiting")
    if step.kind == "explain":
        return Verdict(answer == step.correct, f"study.{step.id}.why_{answer}")
    truth = float(step.truth())
    if abs(float(answer) - truth) <= step.tolerance + 1e-9:
        return Verdict(True, "study.predict_right", {"truth": truth})
    return Verdict(False, "study.predict_high" if answer > truth else "study.predict_low", {"answer": answer})

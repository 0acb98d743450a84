"""A coach that reads a finished run and says, in a sentence or two, what happened and what to try next.

Each rule is a small pure function of plain values (a history, arrays, numbers) returning a translation key
and its parameters, or None when the run does not show that problem. `advise(run)` gathers those values from
a Run and returns the first few rules that fire, most important first.
"""
from __future__ import annotations

import re

import numpy as np

from engine.fit import OVERFIT_KEYS, UNDERFIT_KEYS, verdict
from engine.train import Run

ADAPTIVE = ("adagrad", "rmsprop", "adam", "adamw")
HIGH_LR = {"adaptive": 0.01, "sgd": 0.5}  # at or above this a learning rate counts as high for the optimizer
BOUNCE_SHARE = 0.4       # share of epochs where the loss turns direction: above this it bounces
BOUNCE_SIZE = 0.05       # … by 5 % of its level on average per epoch (a settled loss wiggles far less)
STILL_IMPROVING = 0.01   # the loss fell more than 1 % from one tenth of the epochs to the last
STEADY_T = 3.0           # … and its trend is that many standard errors below zero (not noise)
SCALE_RATIO = 100.0      # feature spreads differ by two orders of magnitude
ID_MIN_ROWS = 10         # fewer rows than this: 1, 2, 3 is a small table's x, not an ID
MAJORITY_MARGIN = 0.01   # accuracy within one point of always answering the most common class
STOPPED_BY_LEARNER = ("train.stopped_by_learner", {})
ID_NAME = re.compile(r"(^|[_\s.-])id$|^id([_\s.-]|$)|^(no|index|번호|순번)$|[a-z]ID$", re.IGNORECASE)


def diverged(stopped: tuple[str, dict] | None, lr: float) -> tuple[str, dict] | None:
    """The run was stopped because its loss blew up (engine.train.diverged): suggest a tenth of the rate."""
    if stopped is None or stopped[0] != "train.diverged":
        return None
    return "coach.diverged", {"lr": f"{lr:g}", "lower": f"{lr / 10:g}"}


def _losses(history, column: str = "train_loss") -> np.ndarray:
    return np.array([r[column] for r in history if column in r], dtype=float)


def bouncing(history, task: str, optimizer: str, lr: float) -> tuple[str, dict] | None:
    """Classification loss that keeps turning up and down without getting lower, at a high learning rate."""
    loss = _losses(history)
    high = HIGH_LR["adaptive" if optimizer in ADAPTIVE else "sgd"]
    if task == "regression" or lr < high or len(loss) < 10:
        return None
    early, late = loss[:len(loss) // 2], loss[len(loss) // 2:]
    turns = np.mean(np.diff(np.sign(np.diff(late))) != 0)
    size = np.mean(np.abs(np.diff(late))) / np.median(late)
    no_progress = np.median(late) >= 0.9 * np.median(early)
    if turns < BOUNCE_SHARE or size < BOUNCE_SIZE or not no_progress:
        return None
    return "coach.bouncing", {"lr": f"{lr:g}", "lower": f"{lr / 10:g}"}


def still_improving(history) -> tuple[str, dict] | None:
    """The loss was still falling at the end: its mean over the last tenth of the epochs is more than 1 % below
    the tenth before, and steadily so (a line through those two tenths falls by more than STEADY_T of its standard
    errors), not a wiggle of a settled noisy loss (dropout, mini-batches: tutorial 001's preset at 400 epochs
    drifts 1 % while its test loss has been flat since epoch 100). Validation loss when there is one (it is what
    should improve), else training loss."""
    column = "val_loss" if history and "val_loss" in history[-1] else "train_loss"
    loss = _losses(history, column)
    if len(loss) < 10:
        return None
    window = max(2, len(loss) // 10)
    before, last = loss[-2 * window:-window].mean(), loss[-window:].mean()
    if not before > 0 or (before - last) / before <= STILL_IMPROVING or not _steady_fall(loss[-2 * window:]):
        return None
    return "coach.still_improving", {"epochs": f"{len(loss):,}", "drop": f"{(before - last) / before:.1%}",
                                     "window": f"{window:,}"}


def _steady_fall(loss: np.ndarray) -> bool:
    """The least-squares line through the losses falls by more than STEADY_T standard errors of its slope."""
    x = np.arange(len(loss), dtype=float)
    slope, intercept = np.polyfit(x, loss, 1)
    residual = loss - (slope * x + intercept)
    spread = np.sqrt(residual @ residual / (len(loss) - 2) / ((x - x.mean()) @ (x - x.mean())))
    return slope < 0 and (spread == 0 or -slope / spread > STEADY_T)


def unscaled_features(X: np.ndarray, names: list[str], scaling: str) -> tuple[str, dict] | None:
    """Raw features whose spreads differ by orders of magnitude: one big feature then drowns the small ones."""
    if scaling != "none" or X.shape[1] < 2:
        return None
    spread = X.std(axis=0)
    varying = np.flatnonzero(spread > 0)
    if len(varying) < 2:
        return None
    small, big = varying[spread[varying].argmin()], varying[spread[varying].argmax()]
    ratio = spread[big] / spread[small]
    if ratio < SCALE_RATIO:
        return None
    return "coach.scale", {"big": names[big], "small": names[small], "ratio": f"{ratio:,.0f}"}


def id_like(values: np.ndarray, name: str) -> bool:
    """Distinct whole numbers that count rows (1, 2, 3 … in some order) or sit in a column named like an ID."""
    values = np.ravel(values)
    if len(values) < ID_MIN_ROWS or not np.all(values == np.round(values)) or len(np.unique(values)) < len(values):
        return False
    return bool(np.all(np.diff(np.sort(values)) == 1) or ID_NAME.search(str(name)))


def id_feature(X: np.ndarray, names: list[str]) -> tuple[str, dict] | None:
    """A feature that only numbers the rows: the model can memorise it but it says nothing about new rows."""
    for column, name in enumerate(names):
        if id_like(X[:, column], name):
            return "coach.id_feature", {"name": name}
    return None


def majority_guess(y_train: np.ndarray, y_test: np.ndarray, accuracy: float,
                   class_names: list[str]) -> tuple[str, dict] | None:
    """Accuracy no better than always answering the training rows' most common class."""
    if not len(y_test):
        return None
    common = int(np.bincount(np.ravel(y_train).astype(np.int64)).argmax())
    base = float(np.mean(np.ravel(y_test) == common))
    if accuracy > base + MAJORITY_MARGIN:
        return None
    return "coach.majority", {"acc": f"{accuracy:.0%}", "base": f"{base:.0%}", "cls": class_names[common]}


def advise(run: Run, limit: int = 2, fit: bool = True) -> list[tuple[str, dict]]:
    """The first `limit` rules that fire for this run, most important first (a blow-up before fine tuning).

    Underfitting and overfitting are engine.fit's verdict, repeated (fit=False leaves it to a page that shows it).
    """
    cfg, data, history = run.config, run.data, run.history
    X_raw = data.X_train.numpy().astype(np.float64)
    if data.x_scaler is not None and len(X_raw):
        X_raw = data.x_scaler.inverse_transform(X_raw)
    y_train, y_test = data.y_train.numpy(), data.y_test.numpy()
    too_fast = diverged(run.stopped, cfg.lr) or bouncing(history, run.task, cfg.optimizer, cfg.lr)
    if too_fast:  # the learning rate comes first: "train longer" would be the wrong advice
        return [too_fast]
    found = [
        id_feature(X_raw, run.feature_names),
        unscaled_features(X_raw, run.feature_names, cfg.scaling),
        None if run.task == "regression" else
        majority_guess(y_train, y_test, run.metrics.get("accuracy", 0.0), run.class_names),
        _fit_problem(run) if fit else None,
        None if run.stopped == STOPPED_BY_LEARNER else still_improving(history),  # they chose to stop
    ]
    return [rule for rule in found if rule is not None][:limit]


def _fit_problem(run: Run) -> tuple[str, dict] | None:
    """The fit verdict when it names a problem (underfitting or overfitting), else None."""
    key, params = verdict(run)
    return (key, params) if key in UNDERFIT_KEYS + OVERFIT_KEYS else None

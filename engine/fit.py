"""Underfitting, overfitting or a good fit: the one rule behind the Evaluate page's verdict and the coach's words.

`verdict(run)` (and its pure part `judge`) returns a translation key and its parameters. The coach repeats the
verdict when it is underfitting or overfitting instead of judging by rules of its own, so the two never disagree.
"""
from __future__ import annotations

import numpy as np

# Underfitting: the training loss is still far from a bar the model should clear.
UNDERFIT_LINE = 1.5      # regression: this many times what the best straight line costs on the training rows
UNDERFIT_SHARE = 0.8     # classification: this share of what always answering the class shares costs
# Overfitting: the held-out score is much worse than the training score, or the held-out loss turned back up.
OVERFIT_RATIO = 2.0      # regression: test RMSE at least twice the training RMSE
MILD_RATIO = 1.3         # regression: test RMSE 1.3–2× the training RMSE → a gap worth watching
OVERFIT_GAP = 0.10       # classification: training accuracy 10+ points above test accuracy
MILD_GAP = 0.03          # classification: a 3–10 point gap → a gap worth watching
OVERFIT_RISE = 0.10      # validation loss 10 % above its lowest point, reached well before the end
LATE_SHARE = 0.8         # … "well before": in the first 80 % of the epochs
FEW_WEIGHTS = 0.1        # a line with at most this many weights per training row has little it could memorize

UNDERFIT_KEYS = ("verdict.underfit_line", "verdict.underfit_cls")
OVERFIT_KEYS = ("verdict.overfit_reg", "verdict.overfit_cls", "verdict.overfit_curve")


def constant_loss(loss: str, y: np.ndarray) -> float:
    """The loss of the best constant answer on these targets: the bar any classifier should clear."""
    y = np.ravel(y)
    if loss in ("bce", "ce"):
        p = np.bincount(y.astype(np.int64)) / len(y)
        p = p[p > 0]
        return float(-(p * np.log(p)).sum())  # always answering the class shares
    return _regression_loss(loss, y - (y.mean() if loss == "mse" else np.median(y)))


def line_loss(loss: str, X: np.ndarray, y: np.ndarray) -> float:
    """The loss of the least-squares line (hyperplane) through these rows: what a linear model can reach."""
    A = np.c_[np.asarray(X, dtype=np.float64), np.ones(len(X))]
    y = np.ravel(y).astype(np.float64)
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    return _regression_loss(loss, y - A @ coef)


def _regression_loss(loss: str, residuals: np.ndarray) -> float:
    err = np.abs(residuals)
    if loss == "mse":
        return float(np.mean(err**2))
    return float(err.mean() if loss == "mae" else np.mean(np.where(err < 1, 0.5 * err**2, err - 0.5)))


def _losses(history, column: str) -> np.ndarray:
    return np.array([r[column] for r in history if column in r], dtype=float)


def underfitting(history, baseline: float, task: str) -> tuple[str, dict] | None:
    """The last training loss still far above the bar: for regression the best straight line (so noise a line
    cannot explain is never called underfitting), for classification the class shares."""
    train = _losses(history, "train_loss")
    if not len(train) or not baseline > 0:
        return None
    if task == "regression":
        if train[-1] < UNDERFIT_LINE * baseline:
            return None
        return "verdict.underfit_line", {"times": f"{train[-1] / baseline:.1f}"}
    if train[-1] < UNDERFIT_SHARE * baseline:
        return None
    return "verdict.underfit_cls", {"share": f"{train[-1] / baseline:.0%}"}


def turned_up(history) -> tuple[str, dict] | None:
    """Validation loss turned back up well before the end while the training loss kept falling."""
    val, train = _losses(history, "val_loss"), _losses(history, "train_loss")
    if len(val) < 10 or len(val) != len(train):
        return None
    best = int(val.argmin())
    if best > LATE_SHARE * (len(val) - 1) or val[-1] < (1 + OVERFIT_RISE) * val[best] or train[-1] > train[best]:
        return None
    return "verdict.overfit_curve", {"best": f"{best + 1:,}", "rise": f"{val[-1] / val[best] - 1:.0%}"}


def score_gap(task: str, train: dict, test: dict) -> tuple[str, dict]:
    """Overfitting, a small gap or a good fit from the final training and test scores."""
    if task == "regression":
        ratio = test["rmse"] / max(train["rmse"], 1e-12)
        level = "overfit" if ratio >= OVERFIT_RATIO else "mild" if ratio >= MILD_RATIO else "good"
        return f"verdict.{level}_reg", {"ratio": f"{ratio:.2f}"}
    gap = train["accuracy"] - test["accuracy"]
    level = "overfit" if gap >= OVERFIT_GAP else "mild" if gap >= MILD_GAP else "good"
    return f"verdict.{level}_cls", {"gap": f"{gap * 100:.0f}"}


def judge(task: str, train: dict, test: dict, history=(), baseline: float = 0.0) -> tuple[str, dict]:
    """The verdict from plain values: underfitting first (the model has not learned the training rows), then
    overfitting by the scores or by the validation curve, then a small gap or a good fit.

    train/test: the run's training and test metrics; history: its per-epoch dicts; baseline: the underfitting bar
    in the run's loss units (engine.fit.verdict computes it), 0 to skip that check.
    """
    if not train:
        return "verdict.none", {}
    lagging = underfitting(history, baseline, task)
    if lagging:
        return lagging
    if not test:
        return "verdict.no_test", {}
    by_scores = score_gap(task, train, test)
    if by_scores[0] in OVERFIT_KEYS:
        return by_scores
    return turned_up(history) or by_scores


def split_gap(key: str, params: dict, n_inputs: int, n_rows: int) -> tuple[str, dict]:
    """A straight line's score gap said as what it is. With p inputs on n training rows least squares fits the
    training rows better than new ones by only about (p + 1)/n (its expected training MSE is σ²(1 − (p+1)/n), a new
    row's σ²(1 + (p+1)/n)); with few weights per row a larger gap comes from which rows the split held out, which
    a line cannot be blamed for memorizing. Other verdicts, and lines with many weights per row, stay as they are."""
    if key not in ("verdict.mild_reg", "verdict.overfit_reg") or (n_inputs + 1) > FEW_WEIGHTS * n_rows:
        return key, params
    return "verdict.split_gap_reg", {**params, "weights": n_inputs + 1, "rows": f"{n_rows:,}"}


def verdict(run) -> tuple[str, dict]:
    """The fit verdict of a finished engine.train.Run (what Evaluate shows and the coach repeats)."""
    data = run.data
    y_train = data.y_train.numpy()
    baseline = 0.0
    if len(y_train):
        baseline = (line_loss(run.loss, data.X_train.numpy(), y_train) if run.task == "regression"
                    else constant_loss(run.loss, y_train))
    key, params = judge(run.task, run.train_metrics, run.metrics, run.history, baseline)
    if run.task == "regression" and not run.config.hidden:
        return split_gap(key, params, data.X_train.shape[1], len(y_train))
    return key, params

"""Looking at a finished Run: its rows in raw units, and the worst predictions (the fit verdict: engine/fit.py)."""
from __future__ import annotations

import copy
import dataclasses

import numpy as np
import pandas as pd

from engine.train import Run


def part_arrays(run: Run, part: str = "test") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dataset row indices, raw (unscaled) features and true targets of the run's "train" or "test" rows."""
    data = run.data
    X, y, idx = (data.X_train, data.y_train, data.train_idx) if part == "train" else \
        (data.X_test, data.y_test, data.test_idx)
    X = X.numpy().astype(np.float64)
    if data.x_scaler is not None and len(X):
        X = data.x_scaler.inverse_transform(X)
    if run.task == "regression":
        y = data.unscale_y(y.numpy()).ravel() if len(y) else np.zeros(0)
    else:
        y = y.numpy().reshape(-1).astype(np.int64)
    return np.asarray(idx), X, y


def eval_part(run: Run) -> str:
    """The part the Evaluate page scores: the test rows, or the training rows when nothing was held out."""
    return "test" if len(run.data.test_idx) else "train"


def worst_rows(run: Run, part: str = "test", k: int = 10) -> pd.DataFrame:
    """The k rows the model gets most wrong, worst first.

    Regression: by absolute error. Classification: wrong rows first, most confident mistakes first, then
    right rows with the least confidence in the true class.
    """
    idx, X, y = part_arrays(run, part)
    table = pd.DataFrame(X, columns=run.feature_names).assign(row=idx)
    if run.task == "regression":
        y = _table_targets(run, idx, y)
        pred = run.predict(X)
        table = table.assign(actual=y, predicted=pred, error=pred - y, abs_error=np.abs(pred - y))
        order = np.argsort(-table["abs_error"].to_numpy(), kind="stable")
    else:
        proba = run.predict_proba(X)
        pred = proba.argmax(axis=1)
        wrong = pred != y
        table = table.assign(actual=y, predicted=pred, confidence=proba.max(axis=1),
                             p_actual=proba[np.arange(len(y)), y], wrong=wrong)
        # Sort key: wrong rows by falling confidence, then right rows by rising probability of the truth.
        key = np.where(wrong, -table["confidence"].to_numpy(), 1 + table["p_actual"].to_numpy())
        order = np.argsort(key, kind="stable")
    worst = table.iloc[order[:k]].reset_index(drop=True)
    worst[run.feature_names] = _table_features(run, worst["row"].to_numpy(), worst[run.feature_names].to_numpy())
    return worst


def _table_targets(run: Run, idx: np.ndarray, fallback: np.ndarray) -> np.ndarray:
    """The rows' targets as the learner's table holds them (its float64 values), where the run keeps its table.
    The model's float32 copy, scaled to 0–1 and back, is off by tens at 10⁸ (457,170,000 won came back as
    457,169,990.02): a learner checking the worst rows against their file would find other numbers."""
    if run.table is None or run.target_name not in run.table:
        return fallback
    return run.table[run.target_name].to_numpy(dtype=float)[idx]


def _table_features(run: Run, idx: np.ndarray, fallback: np.ndarray) -> np.ndarray:
    """The rows' features as the learner's file wrote them, where the run keeps its table (else `fallback`).

    The table holds them as float32, and scaled and unscaled they come back as 64.80000305: each is written
    with the fewest digits that read back as the same float32 (64.8), the number the file had."""
    values = fallback
    if run.table is not None and all(name in run.table for name in run.feature_names):
        values = run.table[run.feature_names].to_numpy()[idx]
    return values.astype(np.float32).astype(str).astype(np.float64)


def line_grid(run: Run, X: np.ndarray, steps: int = 60) -> pd.DataFrame:
    """The model's prediction along the range of its single feature: columns x, predicted."""
    lo, hi = float(X[:, 0].min()), float(X[:, 0].max())
    xs = np.linspace(lo, hi, steps)
    return pd.DataFrame({"x": xs, "predicted": run.predict(xs.reshape(-1, 1))})


def decision_grid(run: Run, X: np.ndarray, steps: int = 50, margin: float = 0.15) -> pd.DataFrame:
    """Predicted probability of class 1 (binary) or the predicted class on a grid over two features."""
    lo, hi = X.min(axis=0), X.max(axis=0)
    pad = (hi - lo) * margin + 1e-6
    a = np.linspace(lo[0] - pad[0], hi[0] + pad[0], steps)
    b = np.linspace(lo[1] - pad[1], hi[1] + pad[1], steps)
    A, B = np.meshgrid(a, b)
    proba = run.predict_proba(np.column_stack([A.ravel(), B.ravel()]))
    return pd.DataFrame({"x1": A.ravel(), "x2": B.ravel(), "p1": proba[:, 1] if proba.shape[1] == 2 else np.nan,
                         "predicted": proba.argmax(axis=1), "confidence": proba.max(axis=1)})


def medians(run: Run) -> np.ndarray:
    """Median of each raw feature over the training rows: the starting values of the predict-your-own form."""
    return np.median(part_arrays(run, "train")[1], axis=0)


def line_equation(run: Run) -> tuple[float, float] | None:
    """(W, b) of a one-feature linear regression in the data's own units, prediction = W·x + b; else None.

    Read off two predictions, so it holds whatever scaling the run used (scaling is affine, so is the model).
    """
    if run.task != "regression" or run.config.hidden or len(run.feature_names) != 1:
        return None
    at0, at1 = run.predict(np.array([[0.0], [1.0]]))
    return float(at1 - at0), float(at0)


def at_snapshot(run: Run, snapshot: dict) -> Run:
    """The run as it was at one of its snapshots: the same data and scalers, that moment's weights and scores."""
    model = copy.deepcopy(run.model)
    model.load_state_dict(snapshot["state"])
    return dataclasses.replace(run, model=model, metrics=snapshot["metrics"], snapshots=[], steps=snapshot["step"])


def score_key(task: str) -> str:
    """The one number the snapshot table follows: mean absolute error (tutorial 000) or accuracy."""
    return "mae" if task == "regression" else "accuracy"


def snapshot_table(run: Run) -> pd.DataFrame:
    """One row per snapshot and one for the end: step, epoch, score (held-out rows, else training rows), W and b.

    W and b are there only for a one-feature linear regression, the line a learner can draw by hand.
    """
    key = score_key(run.task)
    final = run.metrics or run.train_metrics
    moments = [(s["step"], s["epoch"], s["metrics"].get(key), at_snapshot(run, s)) for s in run.snapshots]
    moments.append((run.iterations(), len(run.history), final.get(key), run))
    rows = []
    for step, epoch, score, state in moments:
        row = {"step": step, "epoch": epoch, key: score}
        line = line_equation(state)
        if line is not None:
            row["W"], row["b"] = line
        rows.append(row)
    return pd.DataFrame(rows)


def snapshot_lines(run: Run, X: np.ndarray, steps: int = 60) -> pd.DataFrame:
    """line_grid of every snapshot and of the end, stacked, with the step in a column `step`."""
    states = [(s["step"], at_snapshot(run, s)) for s in run.snapshots] + [(run.iterations(), run)]
    return pd.concat([line_grid(state, X, steps).assign(step=step) for step, state in states], ignore_index=True)

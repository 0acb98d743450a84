"""Test metrics: regression errors (numpy) and classification scores (scikit-learn)."""
from __future__ import annotations

import numpy as np

# scikit-learn is imported where it is used: it takes about a second, and a fresh server's first page (Home) needs
# none of it (ui/preload.py loads it in the background once that page is on screen).


def regression_metrics(y_true, y_pred) -> dict:
    """MSE, RMSE, MAE (the tutorials' 'average absolute error') and R².

    Plain numpy, with scikit-learn's conventions (R² of a constant target: 1 if predicted exactly, else 0):
    its input checks cost half a millisecond a call, and every run scores itself at each snapshot and at the end.
    Non-finite predictions (weights that blew up) give non-finite scores instead of an error.
    """
    y_true, y_pred = np.ravel(y_true).astype(np.float64), np.ravel(y_pred).astype(np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        errors = y_pred - y_true
        squared = float(np.sum(errors ** 2))
        mse = squared / len(y_true)
        spread = float(np.sum((y_true - y_true.mean()) ** 2))
        r2 = 1 - squared / spread if spread > 0 else float(squared == 0)
        return {
            "mse": mse,
            "rmse": float(np.sqrt(mse)),
            "mae": float(np.mean(np.abs(errors))),
            "r2": r2 if len(y_true) > 1 else float("nan"),
        }


def classification_metrics(y_true, y_pred, n_classes: int) -> dict:
    """Accuracy, precision/recall/F1 (binary for two classes, macro-averaged otherwise), confusion matrix."""
    from sklearn import metrics as skm
    y_true, y_pred = np.ravel(y_true), np.ravel(y_pred)
    average = "binary" if n_classes == 2 else "macro"
    precision, recall, f1, _ = skm.precision_recall_fscore_support(
        y_true, y_pred, average=average, labels=None if average == "binary" else range(n_classes), zero_division=0)
    return {
        "accuracy": float(skm.accuracy_score(y_true, y_pred)),
        "precision": float(precision),
        "recall": float(recall),
        "f1": float(f1),
        "confusion": skm.confusion_matrix(y_true, y_pred, labels=range(n_classes)).tolist(),
    }

"""Test metrics: regression errors and classification scores, from scikit-learn."""
from __future__ import annotations

import numpy as np

# scikit-learn is imported where it is used: it takes about a second, and a fresh server's first page (Home) needs
# none of it (ui/preload.py loads it in the background once that page is on screen).


def regression_metrics(y_true, y_pred) -> dict:
    """MSE, RMSE, MAE (the tutorials' 'average absolute error') and R²."""
    from sklearn import metrics as skm
    y_true, y_pred = np.ravel(y_true), np.ravel(y_pred)
    mse = skm.mean_squared_error(y_true, y_pred)
    return {
        "mse": float(mse),
        "rmse": float(np.sqrt(mse)),
        "mae": float(skm.mean_absolute_error(y_true, y_pred)),
        "r2": float(skm.r2_score(y_true, y_pred)) if len(y_true) > 1 else float("nan"),
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

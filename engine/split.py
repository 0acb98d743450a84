"""Train/test split and feature scaling: the data a run actually trains on, as tensors."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from engine.config import TrainConfig
from engine.dataset import Dataset
from engine.losses import target_tensor

# scikit-learn's scaler class for each scaling; scikit-learn itself is imported where it is used (see
# engine/metrics.py: it takes about a second and a fresh server's first page needs none of it).
SCALERS = {"standard": "StandardScaler", "minmax": "MinMaxScaler"}


def make_scaler(scaling: str):
    """A fresh, unfitted scikit-learn scaler for a config's scaling ("standard" or "minmax")."""
    from sklearn import preprocessing
    return getattr(preprocessing, SCALERS[scaling])()


def stratify_labels(config: TrainConfig, dataset: Dataset) -> np.ndarray | None:
    """The labels to stratify the test split by, or None when sklearn could not stratify this data.

    Stratifying keeps each class's share equal in train and test; it needs at least two rows per class
    and room for every class on both sides.
    """
    if dataset.task == "regression" or np.bincount(dataset.y).min() < 2:
        return None
    from sklearn.model_selection import train_test_split
    try:
        train_test_split(dataset.y, test_size=config.test_size, random_state=config.seed, stratify=dataset.y)
    except ValueError:
        return None
    return dataset.y


def split_indices(config: TrainConfig, dataset: Dataset) -> tuple[np.ndarray, np.ndarray]:
    """Sorted row indices for training and testing: the dataset's own split if it ships one, else a seeded draw."""
    rows = np.arange(len(dataset))
    if config.test_size == 0:
        return rows, rows[:0]
    if dataset.test_mask is not None:
        return rows[~dataset.test_mask], rows[dataset.test_mask]
    from sklearn.model_selection import train_test_split
    train, test = train_test_split(rows, test_size=config.test_size, random_state=config.seed,
                                   stratify=stratify_labels(config, dataset))
    return np.sort(train), np.sort(test)


@dataclass
class Prepared:
    """Scaled tensors for one run; scalers are fitted on the training rows only (no test leakage)."""

    X_train: torch.Tensor
    y_train: torch.Tensor
    X_test: torch.Tensor
    y_test: torch.Tensor
    train_idx: np.ndarray
    test_idx: np.ndarray
    x_scaler: object | None
    y_scaler: object | None

    def scale_x(self, X) -> torch.Tensor:
        """Raw feature rows → the model's input scale."""
        X = np.array(X, dtype=np.float32, ndmin=2)  # a copy: datasets' arrays are read-only
        if self.x_scaler is not None:
            X = self.x_scaler.transform(X).astype(np.float32)
        return torch.from_numpy(X)

    def unscale_y(self, y) -> np.ndarray:
        """Model outputs on the training target scale → the target's own units."""
        y = np.asarray(y, dtype=np.float64).reshape(-1, 1)
        return self.y_scaler.inverse_transform(y) if self.y_scaler is not None else y


def prepare(config: TrainConfig, dataset: Dataset, loss: str,
            train_idx: np.ndarray | None = None, test_idx: np.ndarray | None = None) -> Prepared:
    """Split (or use the given rows), fit scalers on the training part, and build tensors once."""
    if train_idx is None:
        train_idx, test_idx = split_indices(config, dataset)
    X_train, X_test = dataset.X[train_idx], dataset.X[test_idx]
    y_train, y_test = dataset.y[train_idx], dataset.y[test_idx]
    x_scaler = None
    if config.scaling != "none":
        x_scaler = make_scaler(config.scaling).fit(X_train)
        X_train = x_scaler.transform(X_train)
        X_test = x_scaler.transform(X_test) if len(X_test) else X_test
    y_scaler = None
    if config.scale_target and dataset.task == "regression":
        y_scaler = make_scaler("minmax").fit(y_train)
        y_train = y_scaler.transform(y_train)
        y_test = y_scaler.transform(y_test) if len(y_test) else y_test

    def tensor(a):
        return torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32))

    return Prepared(tensor(X_train), target_tensor(y_train, loss), tensor(X_test), target_tensor(y_test, loss),
                    train_idx, test_idx, x_scaler, y_scaler)

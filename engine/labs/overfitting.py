"""Overfitting lab: a small noisy regression set, a verdict on train vs test loss, and dropout's two modes."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch
from torch import nn

from engine.dataset import Dataset

NOISE = 0.3  # the noise's standard deviation
CAPACITIES = [1, 2, 4, 8, 16, 32, 64, 128, 256]  # hidden units per layer in the capacity sweep
UNDERFIT = 1.5  # final test loss above this many times the noise level: much of the pattern missed
OVERFIT = 0.5  # final train loss below this share of both the test loss and the noise: memorising noise


def noisy_sine(n: int = 40, noise: float = NOISE, seed: int = 1) -> Dataset:
    """n points of y = sin(x) + Gaussian noise, x spread evenly over [−3, 3] with a little jitter, seeded."""
    rng = np.random.default_rng(seed)
    x = (np.linspace(-3, 3, n) + rng.uniform(-0.06, 0.06, n)).astype(np.float32)
    y = (np.sin(x) + rng.normal(scale=noise, size=n)).astype(np.float32)
    frame = pd.DataFrame({"x": x, "y": y})
    return Dataset(x.reshape(-1, 1), y.reshape(-1, 1), ["x"], "y", "regression", frame, "noisy_sine")


def noise_level(data: Dataset, rows) -> float:
    """The MSE of the true curve sin(x) on these rows: what the noise alone costs, the floor for any model."""
    x, y = data.X[rows].ravel().astype(np.float64), data.y[rows].ravel().astype(np.float64)
    return float(np.mean((y - np.sin(x)) ** 2))


def interleaved_split(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(train, test) row indices taking every other point of x-sorted data: each test point lies between two
    training points, so no stretch of x is left without training data (a random half can leave gaps)."""
    rows = np.arange(n)
    return rows[0::2], rows[1::2]


def rows_of(data: Dataset, rows) -> Dataset:
    """Only these rows of the data (e.g. the training points, to cross-validate on them alone)."""
    return Dataset(data.X[rows], data.y[rows], list(data.feature_names), data.target_name, data.task,
                   data.frame.iloc[rows].reset_index(drop=True), data.name)


def verdict(train: float, test: float, train_noise: float, test_noise: float) -> str:
    """"overfit", "underfit" or "good" from a run's final losses and the noise level of each part.

    `train` must be the training points' loss measured in eval mode (dropout off, as the test loss is): the
    average of batch losses with dropout on scores a thinned network and says little about the fitted curve.
    Overfit: train loss far below the test loss and below its noise (it fits noise it cannot predict).
    Underfit: the train or the test loss well above its noise (a curve following the wave would come close to it).
    """
    if train < OVERFIT * test and train < OVERFIT * train_noise:
        return "overfit"
    if test > UNDERFIT * test_noise or train > UNDERFIT * train_noise:
        return "underfit"
    return "good"


def overfit_region(rows: list[dict]) -> tuple[int, int] | None:
    """(from, to) row indices of a sweep where the train loss still falls but the test loss does not: from the
    width with the lowest test loss to the wider one with the lowest train loss, if that is lower than at the
    first; None if the train loss does not fall past the best test width."""
    best = min(range(len(rows)), key=lambda n: rows[n]["test"])
    if best == len(rows) - 1:
        return None
    lowest = min(range(best + 1, len(rows)), key=lambda n: rows[n]["train"])
    return (best, lowest) if rows[lowest]["train"] < rows[best]["train"] else None


def dropout_passes(x, p: float, passes: int = 5, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The same input through nn.Dropout(p): `passes` outputs in train mode (rows), and one in eval mode."""
    layer = nn.Dropout(p)
    x = torch.as_tensor(np.asarray(x, dtype=np.float32))
    with torch.random.fork_rng(), torch.no_grad():  # seeded masks without disturbing anyone else's draws
        torch.manual_seed(seed)
        layer.train()
        train_out = torch.stack([layer(x) for _ in range(passes)])
        layer.eval()
        eval_out = layer(x)
    return train_out.numpy(), eval_out.numpy()

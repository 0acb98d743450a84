"""XOR lab: why one straight line fails on the four XOR points, and what a hidden layer sees."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch

from engine.config import TrainConfig
from engine.train import Run

GRID_RANGE = (-0.5, 1.5)  # a margin around the unit square, so the boundary is visible between points
UNDECIDED = 0.05  # every point's P(class 1) within this of 0.5: the model has not picked a side anywhere


def xor_config(hidden: list[int], activation: str = "tanh", optimizer: str = "adam", lr: float = 0.05,
               epochs: int = 300, seed: int = 0) -> TrainConfig:
    """A run on all four points (there is nothing to hold out), full batch, no scaling."""
    return TrainConfig(hidden=hidden, activation=activation, optimizer=optimizer, lr=lr, epochs=epochs,
                       test_size=0.0, scaling="none", seed=seed)


def grid_points(n: int = 41) -> np.ndarray:
    """An n×n grid over GRID_RANGE² as rows (x1, x2), x1 varying fastest."""
    axis = np.linspace(*GRID_RANGE, n, dtype=np.float32)
    x1, x2 = np.meshgrid(axis, axis)
    return np.column_stack([x1.ravel(), x2.ravel()])


def probability_grid(run: Run, n: int = 41) -> pd.DataFrame:
    """P(class 1) from the model at every grid point: columns x1, x2, p1."""
    points = grid_points(n)
    return pd.DataFrame({"x1": points[:, 0], "x2": points[:, 1], "p1": run.predict_proba(points)[:, 1]})


def hidden_view(run: Run, X) -> np.ndarray:
    """The first hidden layer's outputs (after its activation) for raw rows X: where the points land."""
    linear, activation = run.model[0], run.model[1]
    with torch.no_grad():
        return activation(linear(run.data.scale_x(X))).numpy()


def accuracy(run: Run, X, y) -> float:
    """Share of rows the run classifies correctly."""
    return float(np.mean(run.predict(X) == np.asarray(y)))


def undecided(run: Run, X) -> bool:
    """True when the run says p ≈ 0.5 for every row of X: its accuracy is then a coin toss of rounding.

    On XOR this is where a single linear layer ends: BCE is convex in its weights, and mirroring the square
    through its centre maps XOR onto itself, so the one best answer has zero weights, i.e. p = 0.5 everywhere.
    """
    return bool(np.all(np.abs(run.predict_proba(X)[:, 1] - 0.5) < UNDECIDED))


def linearly_separable(points, labels, tolerance: float = 1e-6) -> bool:
    """True when one straight line puts every point of class 1 strictly on one side and class 0 on the other.

    Exact for a few 2-D points: if the classes can be split, the widest split's normal is either the difference of
    two points of different classes (closest vertex to vertex) or perpendicular to a segment between two points
    (closest vertex to edge), so trying those directions is enough. Points closer than `tolerance` count as touching.
    """
    points, labels = np.asarray(points, dtype=float), np.asarray(labels)
    ones, zeros = points[labels == 1], points[labels != 1]
    differences = [p - q for i, p in enumerate(points) for q in points[i + 1:]]
    for direction in differences + [np.array([-d[1], d[0]]) for d in differences]:
        length = np.hypot(*direction)
        if length <= tolerance:
            continue
        on_ones, on_zeros = ones @ direction, zeros @ direction
        gap = max(on_ones.min() - on_zeros.max(), on_zeros.min() - on_ones.max())  # either class may be the upper one
        if gap > tolerance * length:
            return True
    return False


def output_line(run: Run, h1) -> np.ndarray:
    """For a 2-unit hidden layer: the h2 values where the output logit is 0 (the output layer's line) at h1."""
    weight, bias = (p.detach().numpy() for p in run.model[-1].parameters())
    (w1, w2), b = weight[0], bias[0]
    return -(w1 * np.asarray(h1) + b) / w2

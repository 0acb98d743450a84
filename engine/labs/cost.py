"""Hypothesis H(x) = Wx + b and its mean squared error, point by point and over a (W, b) grid."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch


def as_xy(x, y) -> tuple[np.ndarray, np.ndarray]:
    """x and y as flat float64 arrays (lists, columns and tensors all welcome)."""
    return np.ravel(np.asarray(x, dtype=np.float64)), np.ravel(np.asarray(y, dtype=np.float64))


def cost_table(W: float, b: float, x, y) -> pd.DataFrame:
    """One row per point: x, y, the prediction Wx + b, the error (prediction - y) and its square."""
    x, y = as_xy(x, y)
    pred = W * x + b
    return pd.DataFrame({"x": x, "y": y, "prediction": pred, "error": pred - y, "squared_error": (pred - y) ** 2})


def mse(W: float, b: float, x, y) -> float:
    """Mean squared error of H(x) = Wx + b on the points."""
    return float(cost_table(W, b, x, y)["squared_error"].mean())


def least_squares(x, y) -> tuple[float, float]:
    """The (W, b) with the smallest MSE, by numpy's least-squares solver."""
    x, y = as_xy(x, y)
    (W, b), *_ = np.linalg.lstsq(np.column_stack([x, np.ones_like(x)]), y, rcond=None)
    return float(W), float(b)


def cost_grid(x, y, W_range, b_range, n: int = 60) -> pd.DataFrame:
    """Long table (W, b, cost) on an n x n grid, for a heatmap of the cost surface."""
    x, y = as_xy(x, y)
    Ws, bs = np.linspace(*W_range, n), np.linspace(*b_range, n)
    gW, gb = np.meshgrid(Ws, bs)
    # Broadcast every grid point against every data point, then average over the points.
    cost = ((gW[..., None] * x + gb[..., None] - y) ** 2).mean(axis=-1)
    return pd.DataFrame({"W": gW.ravel(), "b": gb.ravel(), "cost": cost.ravel()})


def cost_pixels(x, y, W_range, b_range, n: int) -> np.ndarray:
    """The MSE at the centres of n × n pixels covering the (W, b) ranges, row 0 at the lowest b: the surface as a
    picture (ui.charts.image_heatmap) whose every pixel shows the cost where it sits."""
    inset = [(hi - lo) / (2 * n) for lo, hi in (W_range, b_range)]
    grid = cost_grid(x, y, (W_range[0] + inset[0], W_range[1] - inset[0]),
                     (b_range[0] + inset[1], b_range[1] - inset[1]), n=n)
    return grid["cost"].to_numpy().reshape(n, n)  # cost_grid runs over W fastest, as meshgrid does


def gradient_step(W: float, b: float, x, y, lr: float) -> tuple[float, float, float, float]:
    """One step of gradient descent on the MSE, gradients by torch autograd: (new W, new b, dW, db)."""
    x, y = (torch.from_numpy(a) for a in as_xy(x, y))
    Wt = torch.tensor(float(W), dtype=torch.float64, requires_grad=True)
    bt = torch.tensor(float(b), dtype=torch.float64, requires_grad=True)
    torch.mean((Wt * x + bt - y) ** 2).backward()
    dW, db = Wt.grad.item(), bt.grad.item()
    return W - lr * dW, b - lr * db, dW, db


def largest_stable_lr(x) -> float:
    """The learning rate above which gradient steps on this MSE overshoot and the cost grows without end.

    The MSE of Wx + b is a quadratic bowl whose curvature (Hessian) is 2/n·AᵀA with A = [x, 1]; a step
    shrinks the distance to the minimum along every direction only while lr < 2 / (its largest eigenvalue).
    """
    x = np.ravel(np.asarray(x, dtype=np.float64))
    design = np.column_stack([x, np.ones_like(x)])
    return float(2 / np.linalg.eigvalsh(2 / len(x) * design.T @ design).max())

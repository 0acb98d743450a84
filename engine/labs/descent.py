"""Gradient descent on one weight: the model y_hat = w * x (no bias) and its MSE loss L(w)."""
from __future__ import annotations

import numpy as np
import torch

from engine.grad import derivative
from engine.labs.cost import as_xy

# Learning-rate presets as multiples of 1/L'': below 1 every step moves w monotonically towards w*,
# between 1 and 2 it overshoots and oscillates in towards w*, above 2 it overshoots further each time.
LR_PRESETS = {"too_small": 0.05, "about_right": 0.5, "oscillating": 1.8, "diverging": 2.1}
BLOW_UP = 1e12  # |w| beyond this counts as diverged; further steps are refused


def loss(w: float, x, y) -> float:
    """L(w) = mean((w x - y)^2)."""
    x, y = as_xy(x, y)
    return float(np.mean((w * x - y) ** 2))


def loss_curve(x, y, ws) -> np.ndarray:
    """L(w) for every w in ws."""
    x, y = as_xy(x, y)
    ws = np.asarray(ws, dtype=np.float64)
    return ((ws[:, None] * x - y) ** 2).mean(axis=1)


def slope(w: float, x, y) -> float:
    """dL/dw at w by torch autograd."""
    xt, yt = (torch.from_numpy(a) for a in as_xy(x, y))
    wt = torch.tensor(float(w), dtype=torch.float64, requires_grad=True)
    torch.mean((wt * xt - yt) ** 2).backward()
    return wt.grad.item()


def numeric_slope(w: float, x, y, h: float = 1e-4) -> float:
    """dL/dw at w by central differences (engine.grad.derivative)."""
    return derivative(lambda v: loss(v, x, y), float(w), h)


def best_w(x, y) -> float:
    """The w with the smallest loss: sum(x y) / sum(x^2)."""
    x, y = as_xy(x, y)
    return float(x @ y / (x @ x))


def curvature(x) -> float:
    """L''(w) = 2 mean(x^2); the same for every w because L is a parabola in w."""
    x = np.ravel(np.asarray(x, dtype=np.float64))
    return float(2 * np.mean(x**2))


def critical_lr(x) -> float:
    """The learning rate 2 / L'' above which every step lands farther from w* than the last."""
    return 2 / curvature(x)


def preset_lrs(x) -> dict[str, float]:
    """The named learning rates of the lab, from the curvature of this data."""
    return {name: factor / curvature(x) for name, factor in LR_PRESETS.items()}


def step(w: float, lr: float, x, y) -> float:
    """One gradient-descent step w - lr * dL/dw."""
    return w - lr * slope(w, x, y)


def run(w: float, lr: float, steps: int, x, y) -> list[float]:
    """The weights after each of `steps` steps (the start not included); stops early once |w| blows up."""
    path = []
    for _ in range(int(steps)):
        if not abs(w) < BLOW_UP:
            break
        w = step(w, lr, x, y)
        path.append(w)
    return path


def tangent(w: float, x, y, half_width: float, n: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Points (ws, L(w) + slope * (ws - w)) of the tangent line at w, half_width either side."""
    ws = np.linspace(w - half_width, w + half_width, n)
    return ws, loss(w, x, y) + slope(w, x, y) * (ws - w)

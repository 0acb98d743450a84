"""2-D test functions for the optimiser lab, written in torch so autograd gives their gradients."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch
from torch import optim

from engine.choices import OPTIMIZERS
from engine.config import TrainConfig

BLOW_UP = 1e6  # a coordinate beyond this counts as diverged


@dataclass(frozen=True)
class Surface:
    """A function f(x0, x1) of torch tensors plus what the lab needs to draw and start on it."""

    fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor]
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    start: tuple[float, float]
    minimum: tuple[float, float] | None  # the global minimum, None when f is unbounded below
    lr: float  # a learning rate at which plain SGD makes visible progress


def _rastrigin_bowl(x0, x1):
    # Both terms are >= 0 and vanish only at the origin, so (0, 0) is the global minimum (value 0);
    # the cosines add a local minimum near every point with even integer coordinates.
    return 0.25 * (x0**2 + x1**2) + (2 - torch.cos(math.pi * x0) - torch.cos(math.pi * x1))


SURFACES: dict[str, Surface] = {
    "paraboloid": Surface(lambda x0, x1: x0**2 + x1**2, (-5.0, 5.0), (-5.0, 5.0), (-3.0, 4.0), (0.0, 0.0), 0.1),
    # Zero gradient at the origin but no minimum: downhill along x1 forever.
    "saddle": Surface(lambda x0, x1: 0.5 * (x0**2 - x1**2), (-3.0, 3.0), (-3.0, 3.0), (-2.5, 0.01), None, 0.1),
    "local_minima": Surface(_rastrigin_bowl, (-4.5, 4.5), (-4.5, 4.5), (3.0, 3.5), (0.0, 0.0), 0.05),
    # A bowl that flattens out: far from the origin the gradient is tiny and SGD barely moves.
    "plateau": Surface(lambda x0, x1: 1 - torch.exp(-(x0**2 + x1**2) / 2), (-4.0, 4.0), (-4.0, 4.0),
                       (2.5, 2.0), (0.0, 0.0), 0.5),
    # A curved, narrow valley; scaled by 1/10 so that SGD learning rates up to about 0.01 stay stable.
    "rosenbrock": Surface(lambda x0, x1: 0.1 * ((1 - x0) ** 2 + 100 * (x1 - x0**2) ** 2), (-2.0, 2.0), (-1.0, 3.0),
                          (-1.5, 2.0), (1.0, 1.0), 0.005),
}


def names() -> list[str]:
    """The surface names, in the order the lab lists them."""
    return list(SURFACES)


def get(surface: str) -> Surface:
    """The Surface called `surface`; ValueError naming the choices otherwise."""
    if surface not in SURFACES:
        raise ValueError(f"Unknown surface {surface!r}; choose one of: {', '.join(SURFACES)}.")
    return SURFACES[surface]


def _tensors(x0, x1, requires_grad=False):
    a, b = np.broadcast_arrays(np.asarray(x0, dtype=np.float64), np.asarray(x1, dtype=np.float64))
    return (torch.tensor(a, requires_grad=requires_grad), torch.tensor(b, requires_grad=requires_grad))


def value(surface: str, x0, x1) -> np.ndarray:
    """f(x0, x1) element-wise over broadcast numpy inputs."""
    fn = get(surface).fn
    with torch.no_grad():
        return fn(*_tensors(x0, x1)).numpy()


def gradient(surface: str, x0, x1) -> tuple[np.ndarray, np.ndarray]:
    """(df/dx0, df/dx1) element-wise, by autograd."""
    fn = get(surface).fn
    t0, t1 = _tensors(x0, x1, requires_grad=True)
    # Each output depends only on its own inputs, so the gradient of the sum is the gradient per point.
    fn(t0, t1).sum().backward()
    return t0.grad.numpy(), t1.grad.numpy()


def grid(surface: str, n: int = 60) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """xs (n,), ys (n,) over the surface's range and zz (n, n) with zz[i, j] = f(xs[j], ys[i])."""
    s = get(surface)
    xs, ys = np.linspace(*s.xlim, n), np.linspace(*s.ylim, n)
    gx, gy = np.meshgrid(xs, ys)
    return xs, ys, value(surface, gx, gy)


def _optimizer(name: str, params, lr: float, opt_params: dict) -> optim.Optimizer:
    """The optimizer as training builds it from a default TrainConfig (momentum 0.9, no weight decay), at `lr`."""
    if name not in OPTIMIZERS:
        raise ValueError(f"Unknown optimizer {name!r}; choose one of: {', '.join(OPTIMIZERS)}.")
    choice = OPTIMIZERS[name]
    try:
        return choice.torch_class(params, **{**choice.arguments(TrainConfig()), "lr": lr, **opt_params})
    except TypeError as err:  # an option this optimizer does not take
        raise ValueError(f"{name}: {err}") from err


def descend(surface: str, optimizer: str, lr: float, steps: int, start=None, **opt_params) -> np.ndarray:
    """The path of a real torch.optim optimiser on the surface: an array (steps+1, 2), the start first.

    `start` defaults to the surface's own; extra keywords go to the optimiser (momentum, betas, ...).
    If the point diverges (non-finite, or a coordinate beyond 1e6) the path stops: that row and every
    later one are NaN, so the lab draws it up to the blow-up.
    """
    s = get(surface)
    fn, start = s.fn, s.start if start is None else start
    if np.shape(start) != (2,):
        raise ValueError(f"The start point needs two coordinates, got {start!r}.")
    if int(steps) < 0:
        raise ValueError("The number of steps cannot be negative.")
    point = torch.tensor(np.asarray(start, dtype=np.float64), requires_grad=True)
    opt = _optimizer(optimizer, [point], lr, opt_params)
    path = np.full((int(steps) + 1, 2), np.nan)
    path[0] = start
    for k in range(1, int(steps) + 1):
        opt.zero_grad()
        fn(point[0], point[1]).backward()
        opt.step()
        row = point.detach().numpy()
        if not np.all(np.isfinite(row)) or np.max(np.abs(row)) > BLOW_UP:
            break
        path[k] = row
    return path

"""Functions for comparing central differences with autograd: each in numpy (keeps its dtype) and in torch."""
from __future__ import annotations

import numpy as np
import torch

from engine.grad import gradient_error_curve, numerical_gradient

# name -> (numpy version, torch version, the point where the lab differentiates)
FUNCTIONS = {
    "sin": (np.sin, torch.sin, 1.0),
    "cube": (lambda x: x**3, lambda x: x**3, 2.0),
    "paraboloid": (lambda x: np.sum(x**2), lambda x: torch.sum(x**2), (3.0, 4.0)),
}
H_EXPONENTS = np.arange(-10, 0.01, 0.25)  # h from 1e-10 to 1 on a log scale
# What the lab's code block writes for each function: numpy call, torch call (a whole expression: `.backward()`
# follows it), point
CODE = {"sin": ("np.sin(x)", "torch.sin(x)", "1.0"), "cube": ("x ** 3", "(x ** 3)", "2.0"),
        "paraboloid": ("np.sum(x ** 2)", "torch.sum(x ** 2)", "[3.0, 4.0]")}


def autograd(name: str) -> np.ndarray:
    """The exact gradient at the function's point, by torch autograd in float64."""
    _, f_torch, point = FUNCTIONS[name]
    x = torch.tensor(point, dtype=torch.float64, requires_grad=True)
    f_torch(x).backward()
    return x.grad.numpy()


def error_curve(name: str, dtype: str = "float64") -> list[tuple[float, float]]:
    """(h, largest |central difference - autograd|) for h over 1e-10 ... 1, in float32 or float64."""
    f_numpy, _, point = FUNCTIONS[name]
    return gradient_error_curve(f_numpy, lambda _x: autograd(name), point, 10.0**H_EXPONENTS, np.dtype(dtype))


def central(name: str, h: float, dtype: str = "float64") -> np.ndarray:
    """The central-difference gradient at the function's point with step h, every number in `dtype`."""
    f_numpy, _, point = FUNCTIONS[name]
    return numerical_gradient(f_numpy, point, h, np.dtype(dtype).type)


def has_truncation_error(name: str) -> bool:
    """Whether the central difference at the largest h (1) misses in float64 by more than rounding could.

    False for quadratics: ((x + h)² − (x − h)²) / 2h = 2x exactly, so no h is too large.
    """
    f_numpy, _, point = FUNCTIONS[name]
    return float(np.max(np.abs(numerical_gradient(f_numpy, point, 1.0) - autograd(name)))) > 1e-9

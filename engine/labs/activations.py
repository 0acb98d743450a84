"""Activation functions and their derivatives (by autograd), and softmax with a temperature."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch
from torch.nn import functional as F

SATURATED = 0.01  # a derivative below this barely passes any gradient back: the unit "saturates" there

FUNCTIONS = {
    "linear": lambda x, slope: x,
    "sigmoid": lambda x, slope: torch.sigmoid(x),
    "tanh": lambda x, slope: torch.tanh(x),
    "relu": lambda x, slope: F.relu(x),
    "leaky_relu": lambda x, slope: F.leaky_relu(x, slope),
    "elu": lambda x, slope: F.elu(x),
    "selu": lambda x, slope: F.selu(x),
    "logsigmoid": lambda x, slope: F.logsigmoid(x),
}


def curve(name: str, slope: float = 0.01, limit: float = 6.0, n: int = 241) -> pd.DataFrame:
    """x in [−limit, limit], f(x), f'(x) by autograd, and whether |f'(x)| < SATURATED there."""
    x = torch.linspace(-limit, limit, n, dtype=torch.float64, requires_grad=True)
    y = FUNCTIONS[name](x, slope)
    (dy,) = torch.autograd.grad(y.sum(), x)  # each y_i depends only on x_i, so this is f'(x_i)
    return pd.DataFrame({"x": x.detach().numpy(), "f": y.detach().numpy(), "df": dy.numpy(),
                         "saturated": np.abs(dy.numpy()) < SATURATED})


def saturated_share(frame: pd.DataFrame) -> float:
    """The share of the plotted x range where the derivative is below SATURATED."""
    return float(frame["saturated"].mean())


def softmax(logits, temperature: float = 1.0) -> np.ndarray:
    """softmax(logits / T): large T flattens towards uniform, small T sharpens towards one-hot."""
    z = torch.as_tensor(np.ravel(logits), dtype=torch.float64)
    return torch.softmax(z / temperature, dim=0).numpy()

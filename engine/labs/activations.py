"""Activation functions and their derivatives (by autograd), and softmax with a temperature."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch
from torch.nn import functional as F

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
    """x in [−limit, limit], f(x) and f'(x) by autograd."""
    x = torch.linspace(-limit, limit, n, dtype=torch.float64, requires_grad=True)
    y = FUNCTIONS[name](x, slope)
    (dy,) = torch.autograd.grad(y.sum(), x)  # each y_i depends only on x_i, so this is f'(x_i)
    return pd.DataFrame({"x": x.detach().numpy(), "f": y.detach().numpy(), "df": dy.numpy()})


def max_slope(frame: pd.DataFrame) -> float:
    """The largest |f′(x)| on the plotted range: at best, the factor a gradient keeps passing this function."""
    return float(np.abs(frame["df"]).max())


def best_case_products(slope: float, layers: int) -> np.ndarray:
    """slope**n for n = 1 … layers: backprop multiplies by f′ once per layer, so this bounds what gets through."""
    return float(slope) ** np.arange(1, layers + 1)


def softmax(logits, temperature: float = 1.0) -> np.ndarray:
    """softmax(logits / T): large T flattens towards uniform, small T sharpens towards one-hot."""
    z = torch.as_tensor(np.ravel(logits), dtype=torch.float64)
    return torch.softmax(z / temperature, dim=0).numpy()

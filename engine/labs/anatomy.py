"""Anatomy lab: a model's parameters by name and shape, and a peek at the numbers inside."""
from __future__ import annotations

import numpy as np
import pandas as pd
from torch import nn


def parameter_table(model: nn.Module) -> pd.DataFrame:
    """One row per named parameter: name, shape, count (the product of the shape)."""
    rows = [{"name": name, "shape": str(list(p.shape)), "count": p.numel()} for name, p in model.named_parameters()]
    return pd.DataFrame(rows, columns=["name", "shape", "count"])


def weight_peek(model: nn.Module, rows: int = 3, cols: int = 5) -> np.ndarray:
    """The top-left corner of the first layer's weight matrix (rows = output units, columns = inputs)."""
    weight = next(p for name, p in model.named_parameters() if name.endswith("weight"))
    return weight.detach()[:rows, :cols].numpy().copy()

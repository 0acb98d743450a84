"""Anatomy lab: a model's parameters by name and shape, and a peek at the numbers inside."""
from __future__ import annotations

import numpy as np
import pandas as pd
from torch import nn

from engine.config import TrainConfig
from engine.models import model_spec


def parameter_table(model: nn.Module) -> pd.DataFrame:
    """One row per named parameter: name, shape, count (the product of the shape)."""
    rows = [{"name": name, "shape": str(list(p.shape)), "count": p.numel()} for name, p in model.named_parameters()]
    return pd.DataFrame(rows, columns=["name", "shape", "count"])


def weight_peek(model: nn.Module, rows: int = 3, cols: int = 5) -> np.ndarray:
    """The top-left corner of the first layer's weight matrix (rows = output units, columns = inputs)."""
    weight = next(p for name, p in model.named_parameters() if name.endswith("weight"))
    return weight.detach()[:rows, :cols].numpy().copy()


def parse_hidden(text: str) -> list[int] | None:
    """Hidden widths typed as "50, 30" (empty: a linear model); None when it is not whole numbers from 1 to 1024."""
    try:
        widths = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        return None
    return widths if all(1 <= w <= 1024 for w in widths) and len(widths) <= 8 else None


def sequential_code(cfg: TrainConfig, n_features: int, n_outputs: int) -> str:
    """The nn.Sequential that build_model makes for this config, as code, with a parameter count at the end."""
    body = ",\n    ".join(layer.code() for layer in model_spec(cfg, n_features, n_outputs))
    return (f"import torch\nfrom torch import nn\n\nmodel = nn.Sequential(\n    {body},\n)\nprint(model)\n"
            "for name, p in model.named_parameters():\n    print(name, tuple(p.shape), p.numel())\n"
            "print(sum(p.numel() for p in model.parameters() if p.requires_grad))   # trainable parameters\n"
            f"# from torchinfo import summary; summary(model, input_size=(1, {n_features}))")

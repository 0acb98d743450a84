"""The layer-by-layer summary table of a model, from torchinfo."""
from __future__ import annotations

import pandas as pd
from torch import nn
from torchinfo import summary


def summarize(model: nn.Module, n_features: int) -> pd.DataFrame:
    """One row per layer: layer, output shape (batch of 1), parameter count. Total: engine.models.count_params."""
    stats = summary(model, input_size=(1, n_features), verbose=0, device="cpu")
    rows = [
        {"layer": f"{info.class_name}-{info.depth_index}", "output shape": str(list(info.output_size)),
         "params": info.num_params}
        for info in stats.summary_list
        if info.depth > 0  # depth 0 is the Sequential container itself
    ]
    return pd.DataFrame(rows, columns=["layer", "output shape", "params"])

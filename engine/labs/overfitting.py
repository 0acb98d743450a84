"""Overfitting lab: a small noisy regression set, a verdict on train vs test loss, and dropout's two modes."""
from __future__ import annotations

import numpy as np
import pandas as pd
import torch
from torch import nn

from engine.dataset import Dataset

RISE = 1.5  # final test loss this many times its best means it climbed back up: memorising noise
UNDERFIT = 0.3  # final train loss above this share of the target's variance: most of the pattern missed


def noisy_sine(n: int = 40, noise: float = 0.3, seed: int = 1) -> Dataset:
    """n points of y = sin(x) + Gaussian noise, x uniform in [−3, 3], drawn from a seeded generator."""
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-3, 3, n)).astype(np.float32)
    y = (np.sin(x) + rng.normal(scale=noise, size=n)).astype(np.float32)
    frame = pd.DataFrame({"x": x, "y": y})
    return Dataset(x.reshape(-1, 1), y.reshape(-1, 1), ["x"], "y", "regression", frame, "noisy_sine")


def verdict(history: pd.DataFrame, target_variance: float) -> str:
    """"overfit", "underfit" or "good" from a run's per-epoch train_loss and val_loss columns."""
    train, val = history["train_loss"].iloc[-1], history["val_loss"].iloc[-1]
    if val > RISE * history["val_loss"].min() and train < val:
        return "overfit"
    if train > UNDERFIT * target_variance:
        return "underfit"
    return "good"


def dropout_passes(x, p: float, passes: int = 5, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The same input through nn.Dropout(p): `passes` outputs in train mode (rows), and one in eval mode."""
    layer = nn.Dropout(p)
    x = torch.as_tensor(np.asarray(x, dtype=np.float32))
    with torch.random.fork_rng(), torch.no_grad():  # seeded masks without disturbing anyone else's draws
        torch.manual_seed(seed)
        layer.train()
        train_out = torch.stack([layer(x) for _ in range(passes)])
        layer.eval()
        eval_out = layer(x)
    return train_out.numpy(), eval_out.numpy()

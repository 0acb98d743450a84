"""Loss functions by name, and the target shape each one expects."""
from __future__ import annotations

import torch
from torch import nn

LOSSES = {
    "mse": nn.MSELoss,
    "mae": nn.L1Loss,
    "huber": nn.HuberLoss,
    "bce": nn.BCEWithLogitsLoss,  # sigmoid + binary cross-entropy in one numerically stable step
    "ce": nn.CrossEntropyLoss,  # softmax + negative log-likelihood on raw logits
}


def make_loss(name: str) -> nn.Module:
    """The torch loss module for a name in LOSSES."""
    if name not in LOSSES:
        raise ValueError(f"unknown loss {name!r}; choose from {', '.join(LOSSES)}")
    return LOSSES[name]()


def target_tensor(y, loss: str) -> torch.Tensor:
    """Targets as the loss wants them: float (n,1) for mse/mae/huber/bce, int64 class indices (n,) for ce."""
    y = torch.as_tensor(y)
    if loss == "ce":
        return y.long().reshape(-1)
    return y.float().reshape(-1, 1)

"""Loss functions by name (engine.choices.LOSSES), and the target shape each one expects."""
from __future__ import annotations

import torch
from torch import nn

from engine.choices import LOSSES


def make_loss(name: str) -> nn.Module:
    """The torch loss module for a name in LOSSES."""
    if name not in LOSSES:
        raise ValueError(f"unknown loss {name!r}; choose from {', '.join(LOSSES)}")
    return LOSSES[name].torch_class()


def target_tensor(y, loss: str) -> torch.Tensor:
    """Targets as the loss wants them: int64 class indices (n,) for cross-entropy, float (n,1) otherwise."""
    y = torch.as_tensor(y)
    if LOSSES[loss].class_targets:
        return y.long().reshape(-1)
    return y.float().reshape(-1, 1)

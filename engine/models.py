"""Build the learner's network: a linear model or a multi-layer perceptron."""
from __future__ import annotations

import torch
from torch import nn

from engine.config import TrainConfig
from engine.layers import layer_spec


def model_spec(config: TrainConfig, n_features: int, n_outputs: int) -> list:
    """The config's layers as an engine.layers specification (what build_model, codegen and CV build from)."""
    return layer_spec(config.hidden, config.activation, config.dropout, n_features, n_outputs)


def build_model(config: TrainConfig, n_features: int, n_outputs: int) -> nn.Sequential:
    """Linear → activation (→ dropout) per hidden layer, then a linear output layer.

    The output is raw: a value for regression, logits for classification (the loss squashes them).
    Weights come from torch's default initialisation (seed torch before calling for repeatable runs), or are
    all 0 when config.init is "zeros".
    """
    model = nn.Sequential(*(layer.module() for layer in model_spec(config, n_features, n_outputs)))
    if config.init == "zeros":  # tutorial 004 starts W = b = 0; in a hidden layer every unit would then stay alike
        for param in model.parameters():
            nn.init.zeros_(param)
    return model


def count_params(model: nn.Module) -> int:
    """Number of trainable parameters."""
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def param_formula(config: TrainConfig, n_features: int, n_outputs: int) -> list[tuple[str, int]]:
    """Per linear layer, the arithmetic 'inputs×outputs + outputs = count' a learner can check by hand."""
    widths = [n_features, *config.hidden, n_outputs]
    rows = []
    for fan_in, fan_out in zip(widths, widths[1:]):
        count = fan_in * fan_out + fan_out
        rows.append((f"{fan_in}×{fan_out} + {fan_out} = {count:,}", count))
    return rows


def seeded_model(config: TrainConfig, n_features: int, n_outputs: int) -> nn.Sequential:
    """build_model after torch.manual_seed(config.seed): the exact starting weights a run uses."""
    torch.manual_seed(config.seed)
    return build_model(config, n_features, n_outputs)

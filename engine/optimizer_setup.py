"""Optimizers and learning-rate schedules by name, built from a TrainConfig through engine.choices."""
from __future__ import annotations

import torch
from torch import optim

from engine.choices import OPTIMIZERS, SCHEDULERS
from engine.config import TrainConfig


def make_optimizer(config: TrainConfig, params, **options) -> optim.Optimizer:
    """The torch.optim optimizer the config names, with its hyper-parameters (and torch `options`, e.g. fused)."""
    choice = OPTIMIZERS[config.optimizer]
    return choice.torch_class(params, **choice.arguments(config), **options)


def scheduler_params(config: TrainConfig) -> dict:
    """The scheduler's parameters: the defaults overridden by the learner's choices, cleaned to their kinds."""
    return SCHEDULERS[config.scheduler].arguments(config)


def make_lr_lambda(code: str):
    """The lr_lambda function written by `code` (a choices template filled with plain numbers).

    Evaluating the very text the exported script contains keeps the app's schedule and the script's equal.
    """
    return eval(code, {"__builtins__": {}, "min": min, "max": max})


def make_scheduler(config: TrainConfig, optimizer: optim.Optimizer):
    """A torch.optim.lr_scheduler stepped once per epoch, or None."""
    if config.scheduler is None:
        return None
    choice = SCHEDULERS[config.scheduler]
    arguments = scheduler_params(config)
    code = choice.lr_lambda_code(arguments)
    if code is not None:
        return choice.torch_class(optimizer, make_lr_lambda(code))
    return choice.torch_class(optimizer, **arguments)


def lr_curve(config: TrainConfig) -> list[float]:
    """The learning rate used in each epoch 1..epochs, read off a real scheduler on a dummy parameter."""
    if config.scheduler is None:
        return [config.lr] * config.epochs  # nothing changes it (and 50,000 dummy steps would cost a second)
    optimizer = make_optimizer(config, [torch.zeros(1, requires_grad=True)])
    scheduler = make_scheduler(config, optimizer)
    rates = []
    for _ in range(config.epochs):
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()  # torch warns if a scheduler steps before its optimizer
        if scheduler is not None:
            scheduler.step()
    return rates

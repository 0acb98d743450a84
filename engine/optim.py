"""Optimisers and learning-rate schedules by name, built from a TrainConfig."""
from __future__ import annotations

import torch
from torch import optim

from engine.config import TrainConfig

SCHEDULER_DEFAULTS = {
    "step": {"step_size": 30, "gamma": 0.1},
    "multistep": {"milestones": [30, 80], "gamma": 0.1},
    "exponential": {"gamma": 0.95},
    "cosine": {"T_max": None, "eta_min": 0.0},  # None = the number of epochs
    "warmup": {"warmup_epochs": 5},
    "multiplicative": {"factor": 0.95},
}


def make_optimizer(config: TrainConfig, params) -> optim.Optimizer:
    """The torch.optim optimiser the config names, with its hyper-parameters."""
    name, lr, wd = config.optimizer, config.lr, config.weight_decay
    if name == "sgd":
        return optim.SGD(params, lr=lr, weight_decay=wd)
    if name in ("momentum", "nesterov"):
        return optim.SGD(params, lr=lr, momentum=config.momentum, nesterov=name == "nesterov", weight_decay=wd)
    if name == "adagrad":
        return optim.Adagrad(params, lr=lr, weight_decay=wd)
    if name == "rmsprop":
        return optim.RMSprop(params, lr=lr, weight_decay=wd)
    if name == "adam":
        return optim.Adam(params, lr=lr, betas=config.betas, weight_decay=wd)
    return optim.AdamW(params, lr=lr, betas=config.betas, weight_decay=wd)


def scheduler_params(config: TrainConfig) -> dict:
    """The scheduler's parameters: the defaults overridden by the learner's choices."""
    params = {**SCHEDULER_DEFAULTS[config.scheduler], **config.scheduler_params}
    if config.scheduler == "cosine" and params["T_max"] is None:
        params["T_max"] = config.epochs
    return params


def make_scheduler(config: TrainConfig, optimizer: optim.Optimizer):
    """A torch.optim.lr_scheduler stepped once per epoch, or None."""
    if config.scheduler is None:
        return None
    p = scheduler_params(config)
    sched = optim.lr_scheduler
    if config.scheduler == "step":
        return sched.StepLR(optimizer, step_size=int(p["step_size"]), gamma=p["gamma"])
    if config.scheduler == "multistep":
        return sched.MultiStepLR(optimizer, milestones=[int(m) for m in p["milestones"]], gamma=p["gamma"])
    if config.scheduler == "exponential":
        return sched.ExponentialLR(optimizer, gamma=p["gamma"])
    if config.scheduler == "cosine":
        return sched.CosineAnnealingLR(optimizer, T_max=int(p["T_max"]), eta_min=p["eta_min"])
    if config.scheduler == "warmup":
        warm = max(1, int(p["warmup_epochs"]))
        return sched.LambdaLR(optimizer, lambda epoch: min(1.0, (epoch + 1) / warm))
    factor = p["factor"]
    return sched.MultiplicativeLR(optimizer, lambda epoch: factor)


def lr_curve(config: TrainConfig) -> list[float]:
    """The learning rate used in each epoch 1..epochs, read off a real scheduler on a dummy parameter."""
    optimizer = make_optimizer(config, [torch.zeros(1, requires_grad=True)])
    scheduler = make_scheduler(config, optimizer)
    rates = []
    for _ in range(config.epochs):
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()  # torch warns if a scheduler steps before its optimiser
        if scheduler is not None:
            scheduler.step()
    return rates

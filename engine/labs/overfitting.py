"""Overfitting lab: a small noisy regression set, a verdict on train vs test loss, and dropout's two modes."""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

import numpy as np
import pandas as pd
import torch
from torch import nn

from engine.config import TrainConfig, batch_rows
from engine.dataset import Dataset
from engine.losses import make_loss
from engine.metrics import regression_metrics
from engine.models import seeded_model
from engine.optimizer_setup import make_optimizer
from engine.split import prepare
from engine.train import diverged, fit

NOISE = 0.3  # the noise's standard deviation
CAPACITIES = [1, 2, 4, 8, 16, 32, 64, 128, 256]  # hidden units per layer in the capacity sweep
PROGRESS_EVERY = 50  # epochs between two progress reports of the sweep
UNDERFIT = 1.5  # final test loss above this many times the noise level: much of the pattern missed
OVERFIT = 0.5  # final train loss below this share of both the test loss and the noise: memorising noise


def noisy_sine(n: int = 40, noise: float = NOISE, seed: int = 1) -> Dataset:
    """n points of y = sin(x) + Gaussian noise, x spread evenly over [−3, 3] with a little jitter, seeded."""
    rng = np.random.default_rng(seed)
    x = (np.linspace(-3, 3, n) + rng.uniform(-0.06, 0.06, n)).astype(np.float32)
    y = (np.sin(x) + rng.normal(scale=noise, size=n)).astype(np.float32)
    frame = pd.DataFrame({"x": x, "y": y})
    return Dataset(x.reshape(-1, 1), y.reshape(-1, 1), ["x"], "y", "regression", frame, "noisy_sine")


def noise_level(data: Dataset, rows) -> float:
    """The MSE of the true curve sin(x) on these rows: what the noise alone costs, the floor for any model."""
    x, y = data.X[rows].ravel().astype(np.float64), data.y[rows].ravel().astype(np.float64)
    return float(np.mean((y - np.sin(x)) ** 2))


def interleaved_split(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(train, test) row indices taking every other point of x-sorted data: each test point lies between two
    training points, so no stretch of x is left without training data (a random half can leave gaps)."""
    rows = np.arange(n)
    return rows[0::2], rows[1::2]


def rows_of(data: Dataset, rows) -> Dataset:
    """Only these rows of the data (e.g. the training points, to cross-validate on them alone)."""
    return Dataset(data.X[rows], data.y[rows], list(data.feature_names), data.target_name, data.task,
                   data.frame.iloc[rows].reset_index(drop=True), data.name)


def verdict(train: float, test: float, train_noise: float, test_noise: float) -> str:
    """"overfit", "underfit" or "good" from a run's final losses and the noise level of each part.

    `train` must be the training points' loss measured in eval mode (dropout off, as the test loss is): the
    average of batch losses with dropout on scores a thinned network and says little about the fitted curve.
    Overfit: train loss far below the test loss and below its noise (it fits noise it cannot predict).
    Underfit: the train or the test loss well above its noise (a curve following the wave would come close to it).
    """
    if train < OVERFIT * test and train < OVERFIT * train_noise:
        return "overfit"
    if test > UNDERFIT * test_noise or train > UNDERFIT * train_noise:
        return "underfit"
    return "good"


def capacity_sweep(config: TrainConfig, data: Dataset, train_rows, test_rows, widths=CAPACITIES,
                   progress: Callable[[float], None] | None = None) -> list[dict]:
    """Per width: {"units", "train", "test"}, the final train and test MSE (eval mode) of the config's network
    with that many units per hidden layer: what fit(...).train_metrics["mse"] and .metrics["mse"] say.

    The widths train at once: each network takes its own full-batch forward pass (the same calls fit makes,
    so the same rounding), their losses are summed into one backward pass, and one optimizer steps all the
    weights with one call per step. A network's weights get exactly its own gradient (no other loss depends
    on them) and the optimizers act element by element, so each width ends where its own run ends, with a
    ninth of the per-step calls and none of a run's per-epoch bookkeeping (on 20 points those, not the
    arithmetic, are most of the time). Dropout masks are other draws of the same kind. A width whose training
    loss blows up (engine.train.diverged) is trained again alone by fit, which rolls it back as a run does.
    (Padding the narrow widths into one stacked model needs fewer calls still, but its other rounding grows
    into a few per cent of a final loss over 600 epochs: no longer the run the learner would train.)
    progress(share done) is called every PROGRESS_EVERY epochs.
    """
    loss_name = config.loss_for(data.task)
    prep = prepare(config, data, loss_name, train_rows, test_rows)
    X, y = prep.X_train, prep.y_train
    if batch_rows(config, len(X)) < len(X) or config.scheduler is not None or data.task != "regression":
        raise ValueError("the capacity sweep trains full-batch regressions without a schedule")
    configs = [replace(config, hidden=[units] * len(config.hidden)) for units in widths]
    models = [seeded_model(c, data.X.shape[1], data.n_outputs) for c in configs]
    params = [p for model in models for p in model.parameters()]
    optimizer = make_optimizer(config, params, foreach=True)  # one call per step over every tensor
    loss_fn = make_loss(loss_name)
    losses = torch.empty(config.epochs, len(models))  # written in place each epoch: no float() per step
    for model in models:
        model.train()
    for epoch in range(config.epochs):
        for p in params:
            p.grad = None
        each = torch.stack([loss_fn(model(X), y) for model in models])
        each.sum().backward()
        optimizer.step()
        losses[epoch] = each.detach()
        if progress is not None and epoch % PROGRESS_EVERY == 0:
            progress(epoch / config.epochs)
    rows = []
    for units, c, model, curve in zip(widths, configs, models, losses.T.tolist()):
        if any(diverged(loss, curve[0]) for loss in curve):
            run = fit(c, data, train_rows, test_rows)
            train, test = run.train_metrics["mse"], run.metrics["mse"]
        else:
            model.eval()
            with torch.no_grad():
                train = regression_metrics(y.numpy(), model(X).numpy())["mse"]
                test = regression_metrics(prep.y_test.numpy(), model(prep.X_test).numpy())["mse"]
        rows.append({"units": units, "train": train, "test": test})
    return rows


def overfit_region(rows: list[dict]) -> tuple[int, int] | None:
    """(from, to) row indices of a sweep where the train loss still falls but the test loss does not: from the
    width with the lowest test loss to the wider one with the lowest train loss, if that is lower than at the
    first; None if the train loss does not fall past the best test width."""
    best = min(range(len(rows)), key=lambda n: rows[n]["test"])
    if best == len(rows) - 1:
        return None
    lowest = min(range(best + 1, len(rows)), key=lambda n: rows[n]["train"])
    return (best, lowest) if rows[lowest]["train"] < rows[best]["train"] else None


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

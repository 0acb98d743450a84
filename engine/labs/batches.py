"""Epochs, batches and iterations: the arithmetic, and batch GD vs SGD vs mini-batch on one linear model."""
from __future__ import annotations

import numpy as np
import pandas as pd

from engine.config import TrainConfig, steps_per_epoch
from engine.dataset import Dataset
from engine.train import Training, train


def iterations(n: int, batch: int, epochs: int, drop_last: bool = False) -> dict[str, int]:
    """Updates per epoch (⌈N/B⌉, or ⌊N/B⌋ when the short last batch is dropped), in total, and the last batch's size."""
    per_epoch = n // batch if drop_last else steps_per_epoch(TrainConfig(batch_size=batch), n)
    last = batch if n % batch == 0 or drop_last else n % batch
    return {"per_epoch": per_epoch, "total": per_epoch * epochs, "last_batch": last if per_epoch else 0}


def modes(batch: int) -> dict[str, int | None]:
    """The three ways to batch, as TrainConfig.batch_size values: full batch, one row, and `batch` rows."""
    return {"batch": None, "sgd": 1, "mini": batch}


def linear_config(batch_size: int | None, epochs: int, lr: float, seed: int) -> TrainConfig:
    """A linear model (one weight w, one bias b) trained by plain SGD on the MSE of standardised inputs."""
    return TrainConfig(hidden=[], loss="mse", optimizer="sgd", lr=lr, batch_size=batch_size, epochs=epochs,
                       scaling="standard", seed=seed)


def path(config: TrainConfig, dataset: Dataset) -> tuple[pd.DataFrame, Training]:
    """Train, reading (w, b) after every step; returns the steps table and the finished Training.

    steps: step (0 = the starting weights), epoch, w, b, batch_loss (the loss the step was taken on).
    """
    training = train(config, dataset)
    layer = training.run.model[0]
    rows = [{"step": 0, "epoch": 0, "w": layer.weight.item(), "b": layer.bias.item(), "batch_loss": np.nan}]
    for event in training:
        if event.kind == "step":
            rows.append({"step": event.step, "epoch": event.epoch, "w": layer.weight.item(),
                         "b": layer.bias.item(), "batch_loss": event.batch_loss.item()})
    return pd.DataFrame(rows), training


def compare(dataset: Dataset, batch: int, epochs: int, lr: float, seed: int = 0) -> dict:
    """Run the three batching modes with the same epochs, lr and starting weights.

    Returns steps and epochs as long tables with a `mode` column; steps also carry full_loss, the MSE
    on every training row at that (w, b) (the height of the loss surface under the path); x and y are
    the standardised inputs and targets the model trained on, for drawing that surface, and x_raw the same
    rows' inputs as the table has them (before standardising).
    """
    if dataset.X.shape[1] != 1:
        raise ValueError("the batch comparison draws (w, b) paths, so it needs a dataset with exactly one feature")
    steps, epoch_frames = [], []
    for mode, size in modes(batch).items():
        s, training = path(linear_config(size, epochs, lr, seed), dataset)
        steps.append(s.assign(mode=mode))
        epoch_frames.append(training.run.history.to_frame().assign(mode=mode))
    data = training.data  # the split and scaling depend on the seed only, so every mode saw the same rows
    x, y = data.X_train.numpy().ravel().astype(np.float64), data.y_train.numpy().ravel().astype(np.float64)
    steps = pd.concat(steps, ignore_index=True)
    steps["full_loss"] = ((steps["w"].to_numpy()[:, None] * x + steps["b"].to_numpy()[:, None] - y) ** 2).mean(axis=1)
    x_raw = dataset.X[data.train_idx, 0].astype(np.float64)
    return {"steps": steps, "epochs": pd.concat(epoch_frames, ignore_index=True), "x": x, "y": y, "x_raw": x_raw}

"""Training as an iterator of events: the page decides how often to draw, and may stop at any time."""
from __future__ import annotations

import inspect
import math
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterator

import numpy as np
import pandas as pd
import torch
from torch import nn

from engine.config import TrainConfig, batch_rows, steps_per_epoch
from engine.data import make_dataset
from engine.dataset import Dataset
from engine.errors import DataError
from engine.layers import unstack_model
from engine.losses import make_loss
from engine.metrics import classification_metrics, regression_metrics
from engine.models import seeded_model
from engine.optimizer_setup import make_optimizer, make_scheduler
from engine.split import Prepared, prepare, split_indices

# One intra-op thread: the app's models are tiny, so a second thread buys nothing, and on a busy machine
# (other sessions, the browser) it waits for a free core. bench/run.py on this 2-core machine, steps/s
# with 1 vs 2 threads: idle, house MLP 1,621 vs 1,623 and rent Linear(1,1) 6,272 vs 6,251; under load,
# house 1,399 vs 589 and 770 vs 55-115.
torch.set_num_threads(1)

EXPLODE_FACTOR = 1e4  # an epoch loss this many times the first one means the steps overshoot


DIVERGED = "train.diverged"  # the stop reason of a run whose loss blew up


def diverged(loss: float, first_loss: float) -> bool:
    """True when an epoch's loss is NaN/inf or has exploded relative to the first epoch's."""
    return not math.isfinite(loss) or loss > EXPLODE_FACTOR * max(first_loss, 1e-8)


def stop_reason(run: "Run") -> tuple[str, dict] | None:
    """Why a run ended early, as the pages say it (None when it ran to the end).

    A blow-up is told by the epochs the run kept, counted from its history: the one count the pages show next to
    it ("7 epochs run"), where the engine's record names the epoch that blew up (8) and was thrown away.
    """
    if run.stopped is None:
        return None
    key, params = run.stopped
    if key == DIVERGED:
        return key, {"loss": params.get("loss", ""), "epochs": len(run.history)}
    return key, params


def loss_on_scaled_target(run: "Run") -> bool:
    """True when a run's loss is on its target min-max scaled to 0–1 while its scores are in the target's own
    units: the one case where the loss curve and the scores disagree in size, so a page must say so."""
    return scaled_loss_own_scores(run.config, run.task)


def scaled_loss_own_scores(config: TrainConfig, task: str) -> bool:
    """loss_on_scaled_target's rule for a config and task without a run (the Cross-validate page's k folds)."""
    return task == "regression" and config.scale_target and not config.scaled_scores


def scores_on_scaled_target(config: TrainConfig, task: str) -> bool:
    """The other case of a scaled target: the learner asked for the scores (RMSE, MAE) on its 0–1 scale too."""
    return task == "regression" and config.scale_target and config.scaled_scores


def bare_step(optimizer: torch.optim.Optimizer) -> Callable[[], None]:
    """optimizer.step without the wrappers torch puts around it (a profiler range, hook loops and a grad-mode
    switch), to be called under torch.no_grad() as they would. Those cost about 10 µs a call: a tenth of
    rent's whole step (runs trained together go further: engine.kernel_steps). The same update runs
    (inspect.unwrap reaches the optimizer's own step; unwrapped, it is that step; tests/test_bench_loop.py
    checks the losses bit for bit). Skipped with the wrappers: optimizer step hooks, which the app never
    registers, and the call count a scheduler checks, so the first step of a run goes through optimizer.step()."""
    return partial(inspect.unwrap(type(optimizer).step), optimizer)


def snapshot_steps(total_steps: int) -> list[int]:
    """Steps after which a run keeps a snapshot: 10, 100, 1,000, … below its last step (the end is the run itself)."""
    steps, step = [], 10
    while step < total_steps:
        steps.append(step)
        step *= 10
    return steps


class History(list):
    """One dict per epoch: epoch, train_loss, val_loss (with held-out rows), lr, and accuracies for classifiers."""

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame(list(self))


@dataclass(slots=True)
class Event:
    """What just happened: kind "step" after every optimiser step, "epoch" after every epoch.

    Step events carry the batch loss as a detached tensor (`batch_loss`); turning it into a float costs
    a little, so only a consumer that draws it should. Epoch events carry the epoch's `record`.
    """

    kind: str
    step: int
    epoch: int
    total_steps: int
    batch_loss: torch.Tensor | None = None
    record: dict | None = None


@dataclass
class Run:
    """A finished (or stopped) training run: everything needed to evaluate, compare and export it."""

    config: TrainConfig
    model: nn.Module
    history: History
    data: Prepared
    task: str
    loss: str
    feature_names: list[str]
    target_name: str
    class_names: list[str]
    dataset_name: str
    metrics: dict = field(default_factory=dict)
    train_metrics: dict = field(default_factory=dict)
    stopped: tuple[str, dict] | None = None  # (translation key, params) when it ended early
    # Facts about the data the pages need, carried so no page looks the dataset up again by name:
    table: pd.DataFrame | None = None  # the cleaned table it trained on (Dataset.frame)
    image_shape: tuple[int, int] | None = None  # (h, w) when each row is an image
    steps_per_epoch: int = 0

    # After 10, 100, 1,000 … steps: {"step", "epoch", "state" (the weights), "metrics" (test, else train)},
    # so a learner can compare the model after 1,000 iterations with the one after 100,000 (tutorial 000).
    snapshots: list[dict] = field(default_factory=list)
    steps: int = 0  # optimiser steps taken (iterations)
    snapshots_not_kept: int = 0  # snapshots the workspace left out to stay small (engine.stored_run.SNAPSHOT_BUDGET)
    trained_together: int = 1  # runs fit_many trained in one go, this one included: a time kept with it is theirs

    def dataset(self) -> Dataset:
        """The Dataset rebuilt from the cleaned table the run carries (e.g. to export a script for an upload);
        DataError when the run no longer has it (a stored run whose upload was deleted)."""
        if self.table is None:
            raise DataError("data.table_gone", name=self.dataset_name)
        ds = make_dataset(self.table, self.target_name, self.feature_names, self.task, self.dataset_name)
        ds.image_shape = self.image_shape
        return ds

    def iterations(self) -> int:
        """The optimizer steps it took; for a run kept before sweeps counted them (steps 0), epochs × steps per
        epoch."""
        return self.steps or len(self.history) * self.steps_per_epoch

    def outputs(self, X_scaled: torch.Tensor) -> torch.Tensor:
        """Raw model outputs in eval mode (dropout off), leaving the module's mode as it was."""
        was_training = self.model.training
        self.model.eval()
        with torch.no_grad():
            out = self.model(X_scaled)
        self.model.train(was_training)
        return out

    def predict(self, X) -> np.ndarray:
        """Predictions for raw feature rows: values in target units (regression) or class indices."""
        out = self.outputs(self.data.scale_x(X))
        if self.task == "regression":
            return self.data.unscale_y(out.numpy()).ravel()
        return class_indices(out, self.task).numpy()

    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities (n, n_classes) for raw feature rows (classification only)."""
        out = self.outputs(self.data.scale_x(X))
        if self.task == "binary":
            p = torch.sigmoid(out)
            return torch.cat([1 - p, p], dim=1).numpy()
        return torch.softmax(out, dim=1).numpy()


def class_indices(out: torch.Tensor, task: str) -> torch.Tensor:
    """Logits → class indices: a positive logit means class 1 for binary, the arg-max otherwise."""
    return (out.reshape(-1) > 0).long() if task == "binary" else out.argmax(dim=1)


class Training:
    """Iterate to train; `run` holds the model and history so far at every moment.

    The learner may stop by simply not iterating further and calling `stop()`: what was learned is kept
    and evaluated. Divergence (a non-finite or exploding loss) ends the run with an explanation.
    """

    def __init__(self, config: TrainConfig, dataset: Dataset,
                 train_idx: np.ndarray | None = None, val_idx: np.ndarray | None = None):
        config.validate()
        loss = config.loss_for(dataset.task)
        self.data = prepare(config, dataset, loss, train_idx, val_idx)
        model = seeded_model(config, dataset.X.shape[1], dataset.n_outputs)
        self.optimizer = make_optimizer(config, model.parameters())
        self.scheduler = make_scheduler(config, self.optimizer)
        self.loss_fn = make_loss(loss)
        n = len(self.data.X_train)
        self.batch_size = batch_rows(config, n)
        self.steps_per_epoch = steps_per_epoch(config, n)
        self.run = Run(config, model, History(), self.data, dataset.task, loss, list(dataset.feature_names),
                       dataset.target_name, list(dataset.class_names), dataset.name, table=dataset.frame,
                       image_shape=dataset.image_shape, steps_per_epoch=self.steps_per_epoch)
        self.total_steps = self.steps_per_epoch * config.epochs
        self.finished = False
        self._events = self._loop()
        self._dropouts = [m for m in model.modules() if isinstance(m, nn.Dropout)]
        self._has_test = len(self.data.X_test) > 0  # asked every epoch: a tensor's len() is a Python call

    def __iter__(self) -> Iterator[Event]:
        return self._events  # a for loop resumes the generator itself, without a method call per step

    def __next__(self) -> Event:
        return next(self._events)

    def _loop(self) -> Iterator[Event]:
        cfg, run = self.run.config, self.run
        model, optimizer, loss_fn = run.model, self.optimizer, self.loss_fn
        params = [p for group in optimizer.param_groups for p in group["params"]]
        # torch's step for the first step (a scheduler warns unless it has seen the optimizer step), then bare.
        optimizer_step, bare = optimizer.step, bare_step(optimizer)
        X, y = self.data.X_train, self.data.y_train
        n, bs = len(X), self.batch_size
        # Seeded batch order, independent of torch's global generator (which dropout also draws from).
        order_gen = torch.Generator().manual_seed(cfg.seed)
        starts = range(0, n, bs)
        sizes = torch.tensor([min(bs, n - s) for s in starts], dtype=torch.float32)
        step, total_steps = 0, self.total_steps
        snap_steps = iter(snapshot_steps(self.total_steps))
        snap_at = next(snap_steps, 0)
        first_loss = None
        # The weights after the last good epoch: a diverged run is rolled back to them, not kept as garbage.
        # `weights` alias the parameters (the optimizer updates them in place), detached once, not every epoch.
        weights = [p.detach() for p in params]
        last_good = [w.clone() for w in weights]
        for epoch in range(1, cfg.epochs + 1):
            if not model.training:  # scoring restores the mode; this is for a consumer that switched it off
                model.train()
            Xe, ye = X, y
            if bs < n:
                # Shuffle the rows once per epoch; each batch is then a cheap slice (a view), not a gather.
                order = torch.randperm(n, generator=order_gen)
                Xe, ye = X[order], y[order]
            losses = []
            for start in starts:
                xb, yb = Xe[start:start + bs], ye[start:start + bs]
                # What optimizer.zero_grad() does, without its profiling wrapper (~10 µs, a tenth of a tiny step).
                for p in params:
                    p.grad = None
                loss = loss_fn(model(xb), yb)
                loss.backward()
                with torch.no_grad():
                    optimizer_step()
                optimizer_step = bare
                step += 1
                run.steps = step
                if step == snap_at:
                    self._snapshot(step, epoch)
                    snap_at = next(snap_steps, 0)
                batch_loss = loss.detach()
                losses.append(batch_loss)
                yield Event("step", step, epoch, total_steps, batch_loss)
            train_loss = float(torch.stack(losses) @ sizes) / n
            if first_loss is None:
                first_loss = train_loss
            record = {"epoch": epoch, "train_loss": train_loss, "lr": optimizer.param_groups[0]["lr"]}
            record.update(self._epoch_scores())
            worst = max(train_loss, record.get("val_loss", 0.0))  # the step may already have blown up validation
            if diverged(worst, first_loss):
                for w, good in zip(weights, last_good):
                    w.copy_(good)
                self._finish((DIVERGED, {"epoch": epoch, "loss": f"{worst:.3g}"}))
                return
            for w, good in zip(weights, last_good):
                good.copy_(w)
            if self.scheduler is not None:
                self.scheduler.step()
            run.history.append(record)
            yield Event("epoch", step, epoch, total_steps, None, record)
        self._finish(None)

    def _snapshot(self, step: int, epoch: int) -> None:
        """Keep a copy of the weights now and how well they score on the held-out rows (training rows if none)."""
        data = self.data
        X, y = (data.X_test, data.y_test) if len(data.X_test) else (data.X_train, data.y_train)
        state = {name: value.detach().clone() for name, value in self.run.model.state_dict().items()}
        self.run.snapshots.append({"step": step, "epoch": epoch, "state": state, "metrics": score(self.run, X, y)})

    def _epoch_scores(self) -> dict:
        """Validation loss each epoch (and accuracies for classifiers), with dropout off."""
        scores = {}
        data, run = self.data, self.run
        if self._has_test:
            out = self._outputs(data.X_test)
            scores["val_loss"] = float(self.loss_fn(out, data.y_test))
            if run.task != "regression":
                right = class_indices(out, run.task) == data.y_test.reshape(-1).long()
                scores["val_acc"] = float(right.float().mean())
        if run.task != "regression":
            out = self._outputs(data.X_train)
            right = class_indices(out, run.task) == data.y_train.reshape(-1).long()
            scores["train_acc"] = float(right.float().mean())
        return scores

    def _outputs(self, X: torch.Tensor) -> torch.Tensor:
        """Run.outputs, but switching only the dropout layers (the only ones the mode changes) off and back.

        On a tiny model, switching every submodule (model.eval(), model.train()) costs as much as the forward
        pass, and this runs every epoch.
        """
        modes = [m.training for m in self._dropouts]
        for m in self._dropouts:
            m.training = False
        with torch.no_grad():
            out = self.run.model(X)
        for m, mode in zip(self._dropouts, modes):
            m.training = mode
        return out

    def stop(self) -> Run:
        """End early at the learner's request; keeps and evaluates what was learned so far."""
        if not self.finished:
            self._finish(("train.stopped_by_learner", {}))
        return self.run

    def _finish(self, stopped: tuple[str, dict] | None) -> None:
        self.finished = True
        finish(self.run, stopped)


def finish(run: Run, stopped: tuple[str, dict] | None) -> None:
    """Record why a run ended and compute the train and test metrics of the weights it ends with."""
    run.stopped = stopped
    run.train_metrics = score(run, run.data.X_train, run.data.y_train)
    if len(run.data.X_test):
        run.metrics = score(run, run.data.X_test, run.data.y_test)


def scored_targets(config: TrainConfig, data: Prepared, y: np.ndarray, out: np.ndarray) -> tuple[np.ndarray, ...]:
    """Regression targets and outputs as the scores see them: unscaled unless the config scores on the 0–1 scale."""
    if data.y_scaler is None or config.scaled_scores or not len(y):
        return y, out
    return data.unscale_y(y), data.unscale_y(out)


def score(run: Run, X: torch.Tensor, y: torch.Tensor) -> dict:
    """Metrics of the run's model on scaled rows X and targets y (train or test part): on the scale the loss sees,
    or in the target's own units when the target was scaled for training only (config.scaled_scores False)."""
    out = run.outputs(X)
    if run.task == "regression":
        return regression_metrics(*scored_targets(run.config, run.data, y.numpy(), out.numpy()))
    return classification_metrics(y.reshape(-1).long().numpy(), class_indices(out, run.task).numpy(),
                                  max(len(run.class_names), 2))


def train(config: TrainConfig, dataset: Dataset) -> Training:
    """Start a run: iterate the result for Events; `.run` is the Run so far, `.stop()` ends it early."""
    return Training(config, dataset)


def fit(config: TrainConfig, dataset: Dataset,
        train_idx: np.ndarray | None = None, val_idx: np.ndarray | None = None) -> Run:
    """Train to the end (or until divergence) and return the Run; given rows replace the config's split."""
    training = Training(config, dataset, train_idx, val_idx)
    for _ in training:
        pass
    return training.run


def fit_many(configs: list[TrainConfig], dataset: Dataset, on_epoch=None) -> list[Run]:
    """Several runs that differ only in seed and optimizer settings (kind, lr, momentum, betas, weight decay),
    trained as one stacked computation (engine.vectorized): one forward and backward pass for all of them.

    Each Run equals what fit(config, dataset) gives, up to float rounding (dropout draws aside). When the
    members cannot share steps (different numbers of batches per epoch) they are fitted one by one.
    on_epoch(epoch, histories) is called after every epoch of the stacked training with each member's history.
    """
    from engine.vectorized import train_together  # here, not at the top: engine.vectorized builds on this module

    one_per_seed = {config.seed: config for config in configs}
    splits = {seed: split_indices(config, dataset) for seed, config in one_per_seed.items()}  # a split is its seed's
    together = train_together(configs, dataset, [splits[config.seed] for config in configs], on_epoch)
    if together is None:
        return _together([fit(config, dataset) for config in configs])
    loss = configs[0].loss_for(dataset.task)
    runs = []
    for i, (config, prep) in enumerate(zip(configs, together.preps)):
        per_epoch, stopped = steps_per_epoch(config, len(prep.X_train)), together.stopped[i]
        # as fit counts them: every step up to the end, the steps of the epoch that diverged included
        epochs_run = stopped[1]["epoch"] if stopped else len(together.histories[i])
        run = Run(config, unstack_model(together.spec, together.model, i), together.histories[i], prep,
                  dataset.task, loss, list(dataset.feature_names), dataset.target_name, list(dataset.class_names),
                  dataset.name, table=dataset.frame, image_shape=dataset.image_shape,
                  steps_per_epoch=per_epoch, steps=epochs_run * per_epoch)
        finish(run, stopped)
        runs.append(run)
    return _together(runs)


def _together(runs: list[Run]) -> list[Run]:
    """Marks each run with the size of its group (fit_many's time covers all of them)."""
    for run in runs:
        run.trained_together = len(runs)
    return runs

"""Train the k cross-validation folds together: stacked weights, batched matmuls, one optimizer over the stack.

The stacked model is built by engine.layers.stack_models from the same layer spec as build_model, so the
folds run exactly the architecture a single fit runs (there is no second, hand-written forward pass).

Every fold starts from the weights Training would build (same seed), shuffles its own rows with its own
generator seeded like Training's, and takes the same batches in the same order. Rows a fold lacks (fold
sizes differ by one) are padding with a zero weight in that fold's loss. Each fold's loss is a mean over
its own rows and the optimised total is their sum, so every fold's slice of the stacked weights gets
exactly its own gradient. The optimisers (SGD, momentum, Adagrad, RMSprop, Adam, AdamW) and weight decay
all act element by element, so one optimiser over stacked tensors is k independent optimisers; the
epoch-based schedulers change one shared learning rate, as they would in each fold.

Without dropout the per-fold histories equal sequential training up to float rounding. Dropout masks
are drawn for all folds at once, so they are other draws from the same distribution (each unit kept
with probability 1 - p, scaled by 1 / (1 - p)): same kind of run, not the same numbers.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import torch
from torch import nn

from engine.choices import LOSSES
from engine.config import TrainConfig, batch_rows, steps_per_epoch
from engine.dataset import Dataset
from engine.layers import stack_models
from engine.metrics import classification_metrics, regression_metrics
from engine.models import model_spec, seeded_model
from engine.optimizer_setup import lr_curve, make_optimizer, make_scheduler
from engine.split import Prepared, prepare
from engine.train import History, class_indices, diverged


def _stack(tensors: list[torch.Tensor], rows: int) -> torch.Tensor:
    """(k, rows, ...) with each fold's tensor at the top and zeros below."""
    out = tensors[0].new_zeros((len(tensors), rows, *tensors[0].shape[1:]))
    for f, t in enumerate(tensors):
        out[f, :len(t)] = t
    return out


def _row_weights(lengths: list[int], rows: int) -> torch.Tensor:
    """(k, rows, 1): 1 / length for a fold's real rows, 0 for padding, so a weighted sum is that fold's mean."""
    real = torch.arange(rows) < torch.tensor(lengths)[:, None]
    return (real / torch.tensor(lengths, dtype=torch.float32)[:, None]).unsqueeze(-1)


def train_folds(config: TrainConfig, dataset: Dataset, folds) -> tuple[list[float], list[History]] | None:
    """Per-fold validation scores and histories, or None when the folds' step counts differ (train them one by one).

    A fold with one row more can need one batch more per epoch; the optimizer would then have to skip the
    other folds for that step, which one optimizer over stacked weights cannot do.
    """
    together = train_together([config] * len(folds), dataset, folds)
    if together is None:
        return None
    n_classes = max(dataset.n_classes, 2)
    with torch.no_grad():
        together.model.eval()
        out = together.model(together.X_val)
    scores = [_score(out[f, :len(prep.X_test)], prep.y_test, dataset.task, n_classes) if stop is None
              else float("nan") for f, (prep, stop) in enumerate(zip(together.preps, together.stopped))]
    return scores, together.histories


@dataclass
class Together:
    """The outcome of train_together: the stacked model (each diverged member rolled back to its last good
    epoch), and per member its prepared rows, history and why it stopped early (None = ran every epoch)."""

    model: nn.Sequential
    spec: list
    preps: list[Prepared]
    histories: list[History]
    stopped: list[tuple[str, dict] | None]
    X_val: torch.Tensor


def train_together(configs: list[TrainConfig], dataset: Dataset, rows) -> Together | None:
    """Train one member per (config, (train rows, validation rows)) at once; None when their step counts differ.

    The configs may differ only in lr and seed (the seed sets a member's starting weights and batch order).
    With one lr for all, the real optimizer and scheduler run at that lr. With several, the optimizer runs
    at lr 1 and each member's step is scaled by its own lr for that epoch, read off its real scheduler
    (engine.optimizer_setup.lr_curve): every optimizer in the table moves a weight by lr × a step that does not depend
    on lr, so this is each member's own run up to float rounding.
    """
    base = configs[0]
    for config in configs:
        config.validate()
        if replace(config, lr=base.lr, seed=base.seed) != base:
            raise ValueError("members trained together may differ only in lr and seed")
    task, loss_name = dataset.task, base.loss_for(dataset.task)
    preps = [prepare(config, dataset, loss_name, tr, va) for config, (tr, va) in zip(configs, rows)]
    k = len(preps)
    ns = [len(p.X_train) for p in preps]
    sizes = [batch_rows(base, n) for n in ns]
    steps = {steps_per_epoch(base, n) for n in ns}
    if len(steps) != 1:
        return None
    n_steps, width, n_max = steps.pop(), max(sizes), max(ns)

    # Batch layout: slot (step s, place j) of member f holds the row at position s*bs_f + j of its epoch order,
    # or the zero padding row n_f when that position does not exist.
    ns_, sizes_ = torch.tensor(ns)[:, None, None], torch.tensor(sizes)[:, None, None]
    slots = torch.arange(n_steps)[:, None] * sizes_ + torch.arange(width)
    real = (torch.arange(width) < sizes_) & (slots < ns_)
    slots = torch.where(real, slots, ns_).reshape(k, -1)
    # Each row's share of its batch mean: the optimised sum is then the sum of the members' batch-mean losses.
    shares = (real / real.sum(2, keepdim=True)).unsqueeze(-1)  # (k, steps, width, 1)
    counts = real.sum(2).float()  # (k, steps)
    X, y = _stack([p.X_train for p in preps], n_max + 1), _stack([p.y_train for p in preps], n_max + 1)
    m_sizes = [len(p.X_test) for p in preps]
    X_val, y_val = _stack([p.X_test for p in preps], max(m_sizes)), _stack([p.y_test for p in preps], max(m_sizes))
    val_shares = _row_weights(m_sizes, X_val.shape[1]) if min(m_sizes) else None
    train_shares = _row_weights(ns, n_max + 1)
    members_ix = torch.arange(k)[:, None]

    spec = model_spec(base, dataset.X.shape[1], dataset.n_outputs)
    # seeded_model reseeds torch as Training does; the last member's seed then drives dropout, as one run's would.
    models = [seeded_model(config, dataset.X.shape[1], dataset.n_outputs) for config in configs]
    stacked = stack_models(spec, models)
    params = list(stacked.parameters())
    one_lr = len({config.lr for config in configs}) == 1
    optimizer = make_optimizer(base if one_lr else replace(base, lr=1.0), params)
    scheduler = make_scheduler(base, optimizer) if one_lr else None
    if not one_lr:  # each member's lr per epoch, as its own run would record it
        curves = [lr_curve(config) for config in configs]
        rates = torch.tensor(curves).T[:, :, None, None]  # (epochs, k, 1, 1): broadcasts over a stacked weight
    row_loss = LOSSES[loss_name].torch_class(reduction="none")

    def forward(h: torch.Tensor, training: bool) -> torch.Tensor:
        """Every member's model on (k, rows, features); dropout only when training."""
        stacked.train(training)
        return stacked(h)

    def losses(out: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """Per-row losses shaped (k, rows, 1)."""
        if LOSSES[loss_name].class_targets:
            return row_loss(out.reshape(-1, out.shape[-1]), target.reshape(-1)).reshape(*target.shape, 1)
        return row_loss(out, target)

    def correct(out: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """1.0 where the predicted class is right, (k, rows, 1)."""
        labels = class_indices(out.reshape(-1, out.shape[-1]), task).reshape(target.shape[:2])
        return (labels == target.reshape(target.shape[:2]).long()).float().unsqueeze(-1)

    gens = [torch.Generator().manual_seed(config.seed) for config in configs]
    histories = [History() for _ in range(k)]
    stopped: list[tuple[str, dict] | None] = [None] * k
    first = [None] * k
    good = [p.detach().clone() for p in params]  # each member's weights after its last good epoch
    shuffled = [bs < n for n, bs in zip(ns, sizes)]
    for epoch in range(1, base.epochs + 1):
        if epoch == 1 or any(shuffled):  # full-batch members keep one order: gather their rows once
            orders = [torch.randperm(n, generator=g) if mixed else torch.arange(n)
                      for n, g, mixed in zip(ns, gens, shuffled)]
            padded = torch.stack([torch.cat([o, o.new_full((n_max + 1 - len(o),), len(o))]) for o in orders])
            order = padded.gather(1, slots).reshape(k, n_steps, width)
            Xe, ye = X[members_ix[:, :, None], order], y[members_ix[:, :, None], order]
        batch_losses = []
        for s in range(n_steps):
            for p in params:
                p.grad = None
            weighted = losses(forward(Xe[:, s], True), ye[:, s]) * shares[:, s]
            weighted.sum().backward()
            before = None if one_lr else [p.detach().clone() for p in params]
            optimizer.step()
            if not one_lr:
                with torch.no_grad():
                    for p, start in zip(params, before):
                        p.copy_(start + rates[epoch - 1] * (p - start))
            batch_losses.append(weighted.detach().sum((1, 2)))
        with torch.no_grad():
            columns = [(torch.stack(batch_losses, 1) * counts).sum(1) / torch.tensor(ns, dtype=torch.float32)]
            if val_shares is not None:
                out = forward(X_val, False)
                columns.append((losses(out, y_val) * val_shares).sum((1, 2)))
                if task != "regression":
                    columns.append((correct(out, y_val) * val_shares).sum((1, 2)))
            if task != "regression":
                columns.append((correct(forward(X, False), y) * train_shares).sum((1, 2)))
            values = torch.stack(columns, 1).tolist()
        for f in range(k):
            if stopped[f] is not None:
                continue
            lr = optimizer.param_groups[0]["lr"] if one_lr else curves[f][epoch - 1]
            record = {"epoch": epoch, "train_loss": values[f][0], "lr": lr}
            names = (["val_loss"] if val_shares is not None else []) + (
                (["val_acc"] if val_shares is not None else []) + ["train_acc"] if task != "regression" else [])
            record.update(zip(names, values[f][1:]))
            first[f] = record["train_loss"] if first[f] is None else first[f]
            worst = max(record["train_loss"], record.get("val_loss", 0.0))
            if diverged(worst, first[f]):
                # as in Training: the run ends there, its history stops, its weights go back to the last good epoch
                stopped[f] = ("train.diverged", {"epoch": epoch, "loss": f"{worst:.3g}"})
                continue
            with torch.no_grad():
                for p, kept in zip(params, good):
                    kept[f] = p[f]
            histories[f].append(record)
        if scheduler is not None:
            scheduler.step()
        if all(stopped):
            break
    with torch.no_grad():
        for p, kept in zip(params, good):
            p.copy_(kept)
    return Together(stacked, spec, preps, histories, stopped, X_val)


def _score(out: torch.Tensor, y: torch.Tensor, task: str, n_classes: int) -> float:
    """A fold's validation RMSE (regression) or accuracy, from the metric functions Training uses."""
    if task == "regression":
        return regression_metrics(y.numpy(), out.numpy())["rmse"]
    return classification_metrics(y.reshape(-1).long().numpy(), class_indices(out, task).numpy(), n_classes)["accuracy"]

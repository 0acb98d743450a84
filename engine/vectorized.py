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

import torch

from engine.choices import LOSSES
from engine.config import TrainConfig, batch_rows, steps_per_epoch
from engine.dataset import Dataset
from engine.layers import stack_models
from engine.metrics import classification_metrics, regression_metrics
from engine.models import model_spec, seeded_model
from engine.optim import make_optimizer, make_scheduler
from engine.split import prepare
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

    A fold with one row more can need one batch more per epoch; the optimiser would then have to skip the
    other folds for that step, which one optimiser over stacked weights cannot do.
    """
    config.validate()
    task, loss_name = dataset.task, config.loss_for(dataset.task)
    preps = [prepare(config, dataset, loss_name, tr, va) for tr, va in folds]
    k = len(preps)
    ns = [len(p.X_train) for p in preps]
    sizes = [batch_rows(config, n) for n in ns]
    steps = {steps_per_epoch(config, n) for n in ns}
    if len(steps) != 1:
        return None
    n_steps, width, n_max = steps.pop(), max(sizes), max(ns)

    # Batch layout: slot (step s, place j) of fold f holds the row at position s*bs_f + j of its epoch order,
    # or the zero padding row n_f when that position does not exist.
    ns_, sizes_ = torch.tensor(ns)[:, None, None], torch.tensor(sizes)[:, None, None]
    slots = torch.arange(n_steps)[:, None] * sizes_ + torch.arange(width)
    real = (torch.arange(width) < sizes_) & (slots < ns_)
    slots = torch.where(real, slots, ns_).reshape(k, -1)
    # Each row's share of its batch mean: the optimised sum is then the sum of the folds' batch-mean losses.
    shares = (real / real.sum(2, keepdim=True)).unsqueeze(-1)  # (k, steps, width, 1)
    counts = real.sum(2).float()  # (k, steps)
    X, y = _stack([p.X_train for p in preps], n_max + 1), _stack([p.y_train for p in preps], n_max + 1)
    m_max = max(len(p.X_test) for p in preps)
    X_val, y_val = _stack([p.X_test for p in preps], m_max), _stack([p.y_test for p in preps], m_max)
    val_shares = _row_weights([len(p.X_test) for p in preps], X_val.shape[1])
    train_shares = _row_weights(ns, n_max + 1)
    folds_ix = torch.arange(k)[:, None]

    model = seeded_model(config, dataset.X.shape[1], dataset.n_outputs)  # reseeds torch, as Training does
    # Every fold starts from that model: k copies side by side, built from the same layer spec as build_model.
    stacked = stack_models(model_spec(config, dataset.X.shape[1], dataset.n_outputs), [model] * k)
    params = list(stacked.parameters())
    optimizer = make_optimizer(config, params)
    scheduler = make_scheduler(config, optimizer)
    row_loss = LOSSES[loss_name].torch_class(reduction="none")

    def forward(h: torch.Tensor, training: bool) -> torch.Tensor:
        """Every fold's model on (k, rows, features); dropout only when training."""
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

    gens = [torch.Generator().manual_seed(config.seed) for _ in range(k)]
    histories = [History() for _ in range(k)]
    active = [True] * k
    first = [None] * k
    shuffled = [bs < n for n, bs in zip(ns, sizes)]
    for epoch in range(1, config.epochs + 1):
        if epoch == 1 or any(shuffled):  # full-batch folds keep one order: gather their rows once
            orders = [torch.randperm(n, generator=g) if mixed else torch.arange(n)
                      for n, g, mixed in zip(ns, gens, shuffled)]
            padded = torch.stack([torch.cat([o, o.new_full((n_max + 1 - len(o),), len(o))]) for o in orders])
            rows = padded.gather(1, slots).reshape(k, n_steps, width)
            Xe, ye = X[folds_ix[:, :, None], rows], y[folds_ix[:, :, None], rows]
        batch_losses = []
        for s in range(n_steps):
            for p in params:
                p.grad = None
            weighted = losses(forward(Xe[:, s], True), ye[:, s]) * shares[:, s]
            weighted.sum().backward()
            optimizer.step()
            batch_losses.append(weighted.detach().sum((1, 2)))
        with torch.no_grad():
            out = forward(X_val, False)
            columns = [(torch.stack(batch_losses, 1) * counts).sum(1) / torch.tensor(ns, dtype=torch.float32),
                       (losses(out, y_val) * val_shares).sum((1, 2))]
            if task != "regression":
                columns += [(correct(out, y_val) * val_shares).sum((1, 2)),
                            (correct(forward(X, False), y) * train_shares).sum((1, 2))]
            values = torch.stack(columns, 1).tolist()
        lr = optimizer.param_groups[0]["lr"]
        for f in range(k):
            if not active[f]:
                continue
            loss = values[f][0]
            first[f] = loss if first[f] is None else first[f]
            if diverged(max(loss, values[f][1]), first[f]):
                active[f] = False  # as in Training: the run ends there, its history stops, it gets no score
                continue
            record = {"epoch": epoch, "train_loss": loss, "lr": lr, "val_loss": values[f][1]}
            if task != "regression":
                record.update(val_acc=values[f][2], train_acc=values[f][3])
            histories[f].append(record)
        if scheduler is not None:
            scheduler.step()
        if not any(active):
            break
    with torch.no_grad():
        out = forward(X_val, False)
    n_classes = max(dataset.n_classes, 2)
    scores = [_score(out[f, :len(prep.X_test)], prep.y_test, task, n_classes) if active[f] else float("nan")
              for f, prep in enumerate(preps)]
    return scores, histories


def _score(out: torch.Tensor, y: torch.Tensor, task: str, n_classes: int) -> float:
    """A fold's validation RMSE (regression) or accuracy, from the metric functions Training uses."""
    if task == "regression":
        return regression_metrics(y.numpy(), out.numpy())["rmse"]
    return classification_metrics(y.reshape(-1).long().numpy(), class_indices(out, task).numpy(), n_classes)["accuracy"]

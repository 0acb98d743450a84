"""Export a run as a standalone, readable PyTorch script that reproduces it for the same seed."""
from __future__ import annotations

from engine import datasets
from engine.config import TrainConfig
from engine.dataset import Dataset
from engine.optim import scheduler_params
from engine.split import stratify_labels

_OPTIMIZERS = {
    "sgd": "optim.SGD(model.parameters(), lr={lr}, weight_decay={wd})",
    "momentum": "optim.SGD(model.parameters(), lr={lr}, momentum={mom}, weight_decay={wd})",
    "nesterov": "optim.SGD(model.parameters(), lr={lr}, momentum={mom}, nesterov=True, weight_decay={wd})",
    "adagrad": "optim.Adagrad(model.parameters(), lr={lr}, weight_decay={wd})",
    "rmsprop": "optim.RMSprop(model.parameters(), lr={lr}, weight_decay={wd})",
    "adam": "optim.Adam(model.parameters(), lr={lr}, betas={betas}, weight_decay={wd})",
    "adamw": "optim.AdamW(model.parameters(), lr={lr}, betas={betas}, weight_decay={wd})",
}
_SCHEDULERS = {
    "step": "optim.lr_scheduler.StepLR(optimizer, step_size={step_size}, gamma={gamma})",
    "multistep": "optim.lr_scheduler.MultiStepLR(optimizer, milestones={milestones}, gamma={gamma})",
    "exponential": "optim.lr_scheduler.ExponentialLR(optimizer, gamma={gamma})",
    "cosine": "optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max={T_max}, eta_min={eta_min})",
    "warmup": "optim.lr_scheduler.LambdaLR(optimizer, lambda epoch: min(1.0, (epoch + 1) / {warmup_epochs}))",
    "multiplicative": "optim.lr_scheduler.MultiplicativeLR(optimizer, lambda epoch: {factor})",
}
_LOSSES = {"mse": "nn.MSELoss()", "mae": "nn.L1Loss()", "huber": "nn.HuberLoss()",
           "bce": "nn.BCEWithLogitsLoss()", "ce": "nn.CrossEntropyLoss()"}
_ACTIVATIONS = {"relu": "nn.ReLU()", "tanh": "nn.Tanh()", "sigmoid": "nn.Sigmoid()", "leaky_relu": "nn.LeakyReLU()",
                "elu": "nn.ELU()", "selu": "nn.SELU()", "identity": "nn.Identity()"}


def to_script(config: TrainConfig, dataset_name_or_csv: str, dataset: Dataset | None = None) -> str:
    """A plain PyTorch script for this config: load, split, scale, build, then zero_grad/forward/loss/backward/step.

    `dataset_name_or_csv` is a built-in dataset name or the file name of a CSV whose columns are the
    dataset's features and target (the Runs page offers the cleaned table under that name). Run with
    plain `python`, it prints `epoch E train_loss L` for every epoch, matching the app's history.
    """
    if dataset_name_or_csv in datasets.names():
        dataset = datasets.load(dataset_name_or_csv)
    if dataset is None:
        raise ValueError("to_script needs the Dataset for an uploaded CSV")
    loss = config.loss_for(dataset.task)
    parts = [
        _header(config, dataset_name_or_csv),
        _load_code(dataset_name_or_csv, dataset),
        _split_code(config, dataset),
        _scale_code(config, dataset, loss),
        _model_code(config, dataset, loss),
        _loop_code(config, dataset, loss),
    ]
    return "\n\n".join(parts) + "\n"


def _header(config: TrainConfig, source: str) -> str:
    return f'''"""Reproduces a Deep Learning Study Lab run on '{source}' with plain PyTorch.

Config: {config.to_json()}
"""
import numpy as np
import pandas as pd
import torch
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import MinMaxScaler, StandardScaler
from torch import nn, optim

SEED = {config.seed}'''


def _load_code(source: str, dataset: Dataset) -> str:
    if source in datasets.names():
        load = datasets.loader_code(source)
    else:
        load = f'DATA = "{source}"  # the cleaned table downloaded from the app\ndf = pd.read_csv(DATA)'
    others = [c for c in dataset.frame.columns if c not in (dataset.target_name, "split")]
    features = ("FEATURES = [c for c in df.columns if c not in (TARGET, \"split\")]"
                if others == list(dataset.feature_names) else f"FEATURES = {list(dataset.feature_names)!r}")
    code = f'{load}\nTARGET = {dataset.target_name!r}\n{features}\nX = df[FEATURES].to_numpy(np.float32)'
    if dataset.task == "regression":
        return code + "\ny = df[[TARGET]].to_numpy(np.float32)"
    return code + ("\n# Class labels become indices 0..k-1 in sorted order.\n"
                   "classes = np.unique(df[TARGET])\ny = np.searchsorted(classes, df[TARGET].to_numpy())")


def _split_code(config: TrainConfig, dataset: Dataset) -> str:
    rows = "rows = np.arange(len(X))\n"
    if config.test_size == 0:
        return rows + "train_idx, test_idx = rows, rows[:0]  # test_size 0: train on every row"
    if dataset.test_mask is not None:
        return rows + ('is_test = (df["split"] == "test").to_numpy()  # the split shipped with the data\n'
                       "train_idx, test_idx = rows[~is_test], rows[is_test]")
    stratify = "y" if stratify_labels(config, dataset) is not None else "None"
    return rows + (f"train_idx, test_idx = train_test_split(rows, test_size={config.test_size}, "
                   f"random_state=SEED, stratify={stratify})\n"
                   "train_idx, test_idx = np.sort(train_idx), np.sort(test_idx)")


def _scale_code(config: TrainConfig, dataset: Dataset, loss: str) -> str:
    lines = ["X_train, X_test, y_train, y_test = X[train_idx], X[test_idx], y[train_idx], y[test_idx]"]
    if config.scaling != "none":
        scaler = "StandardScaler" if config.scaling == "standard" else "MinMaxScaler"
        lines += [f"x_scaler = {scaler}().fit(X_train)  # fitted on training rows only",
                  "X_train = x_scaler.transform(X_train)",
                  "X_test = x_scaler.transform(X_test) if len(X_test) else X_test"]
    if config.scale_target and dataset.task == "regression":
        lines += ["y_scaler = MinMaxScaler().fit(y_train)  # the target is scaled to [0, 1] too",
                  "y_train = y_scaler.transform(y_train)",
                  "y_test = y_scaler.transform(y_test) if len(y_test) else y_test"]
    target = ("torch.as_tensor(a).long().reshape(-1)" if loss == "ce"
              else "torch.as_tensor(a).float().reshape(-1, 1)")
    lines += ["", "", "def features(a):", "    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32))", "",
              "", "def targets(a):", f"    return {target}", "", "",
              "X_train, X_test = features(X_train), features(X_test)",
              "y_train, y_test = targets(y_train), targets(y_test)"]
    return "\n".join(lines)


def _model_code(config: TrainConfig, dataset: Dataset, loss: str) -> str:
    widths = [dataset.X.shape[1], *config.hidden]
    layers = []
    for fan_in, fan_out in zip(widths, widths[1:]):
        layers += [f"nn.Linear({fan_in}, {fan_out})", _ACTIVATIONS[config.activation]]
        if config.dropout > 0:
            layers.append(f"nn.Dropout({config.dropout})")
    layers.append(f"nn.Linear({widths[-1]}, {dataset.n_outputs})")
    body = ",\n    ".join(layers)
    optimizer = _OPTIMIZERS[config.optimizer].format(lr=config.lr, wd=config.weight_decay, mom=config.momentum,
                                                     betas=tuple(config.betas))
    code = (f"torch.manual_seed(SEED)  # same starting weights as the app\nmodel = nn.Sequential(\n    {body},\n)\n"
            f"print(model)\nloss_fn = {_LOSSES[loss]}\noptimizer = {optimizer}")
    if config.scheduler is not None:
        code += "\nscheduler = " + scheduler_code(config)
    return code


def scheduler_code(config: TrainConfig) -> str:
    """The torch call that builds config's scheduler on a variable `optimizer` (`optim` is torch.optim)."""
    return _SCHEDULERS[config.scheduler].format(**scheduler_params(config))


def _loop_code(config: TrainConfig, dataset: Dataset, loss: str) -> str:
    batch = "len(X_train)" if config.batch_size is None else f"min({config.batch_size}, len(X_train))"
    sched = "    scheduler.step()\n" if config.scheduler is not None else ""
    if dataset.task == "regression":
        report = 'print(f"test rmse {float(nn.MSELoss()(out, y_test)) ** 0.5:.6f}")'
    elif dataset.task == "binary":
        report = 'print(f"test accuracy {float(((out.reshape(-1) > 0).long() == y_test.reshape(-1).long()).float().mean()):.4f}")'
    else:
        report = 'print(f"test accuracy {float((out.argmax(dim=1) == y_test).float().mean()):.4f}")'
    return f'''n, batch_size = len(X_train), {batch}
order_gen = torch.Generator().manual_seed(SEED)  # the batch order, separate from dropout's randomness
for epoch in range(1, {config.epochs} + 1):
    model.train()
    order = torch.randperm(n, generator=order_gen) if batch_size < n else torch.arange(n)
    total = 0.0
    for start in range(0, n, batch_size):
        idx = order[start:start + batch_size]
        xb, yb = X_train[idx], y_train[idx]
        optimizer.zero_grad()          # forget the previous step's gradients
        loss = loss_fn(model(xb), yb)  # forward pass and loss
        loss.backward()                # gradients of the loss w.r.t. every weight
        optimizer.step()               # move the weights against the gradient
        total += loss.item() * len(xb)
{sched}    print(f"epoch {{epoch}} train_loss {{total / n:.6f}}")

model.eval()  # dropout off for evaluation
if len(X_test):
    with torch.no_grad():
        out = model(X_test)
    {report}'''

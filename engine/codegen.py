"""Export a run as a standalone, readable PyTorch script that reproduces it for the same seed.

The script is built from named pieces (setup, data, split, scaling, model, loss, optimizer, loop, evaluation):
to_script joins them and the notebook (engine/notebook.py) gives each its own cell, so both say the same.
"""
from __future__ import annotations

import inspect
import re

from engine import datasets, metrics
from engine.choices import LOSSES, OPTIMIZERS, SCHEDULERS
from engine.config import TrainConfig
from engine.dataset import Dataset
from engine.filenames import data_file_name
from engine.models import model_spec
from engine.optimizer_setup import scheduler_params
from engine.split import stratify_labels


def _keywords(arguments: dict) -> str:
    return ", ".join(f"{name}={value!r}" for name, value in arguments.items())


def optimizer_code(config: TrainConfig, params: str = "model.parameters()") -> str:
    """The script's optimizer construction, from the same table entry make_optimizer builds from."""
    choice = OPTIMIZERS[config.optimizer]
    return f"optim.{choice.torch_class.__name__}({params}, {_keywords(choice.arguments(config))})"


def scheduler_code(config: TrainConfig, optimizer: str = "optimizer") -> str:
    """The script's scheduler construction (config.scheduler must be set), as make_scheduler builds it."""
    choice = SCHEDULERS[config.scheduler]
    arguments = scheduler_params(config)
    lr_lambda = choice.lr_lambda_code(arguments)
    return (f"optim.lr_scheduler.{choice.torch_class.__name__}({optimizer}, "
            f"{lr_lambda if lr_lambda is not None else _keywords(arguments)})")


def loss_code(loss: str) -> str:
    """The script's loss module, as make_loss builds it."""
    return f"nn.{LOSSES[loss].torch_class.__name__}()"


def to_script(config: TrainConfig, dataset_name_or_csv: str, dataset: Dataset | None = None) -> str:
    """A plain PyTorch script for this config: load, split, scale, build, then zero_grad/forward/loss/backward/step.

    `dataset_name_or_csv` is a built-in dataset name or the file name of a CSV whose columns are the
    dataset's features and target (the Runs page offers the cleaned table under that name). The script
    reads that file from its own folder, whatever the working directory. Run with plain `python`, it prints
    `epoch E train_loss L` for every epoch, matching the app's history, then the Evaluate page's scores.
    """
    if dataset_name_or_csv in datasets.names():
        dataset = datasets.load(dataset_name_or_csv)
    if dataset is None:
        raise ValueError("to_script needs the Dataset for an uploaded CSV")
    return "\n\n".join(code for _, code in script_steps(config, dataset_name_or_csv, dataset)) + "\n"


def script_source(dataset: Dataset) -> str:
    """What to_script takes for this dataset: a built-in's name, else the file name of its cleaned CSV."""
    return dataset.name if dataset.name in datasets.names() else data_file_name(dataset.name)


def to_bundle(config: TrainConfig, dataset: Dataset, lang: str = "en") -> bytes:
    """A .zip with train.py, train.ipynb, the data file, requirements.txt and a README (engine/bundle.py)."""
    from engine.bundle import bundle  # noqa: PLC0415 - bundle.py builds on this module's pieces

    return bundle(config, dataset, lang)


def to_notebook(config: TrainConfig, dataset: Dataset, lang: str = "en") -> str:
    """The script as nbformat v4 JSON, one explained cell per step (engine/notebook.py)."""
    from engine.notebook import notebook  # noqa: PLC0415 - notebook.py builds on this module's pieces

    return notebook(config, dataset, lang)


def script_steps(config: TrainConfig, source: str, dataset: Dataset, notebook: bool = False,
                 csv_text: str | None = None) -> list[tuple[str, str]]:
    """The script as (step, code) pairs in order; translation key `codegen.md_<step>` explains each step.

    notebook=True: the settings are plain assignments instead of command-line options, and the data is
    read from the notebook's folder, or from `csv_text` written into the cell when given.
    """
    loss = config.loss_for(dataset.task)
    model, loss_code, optimizer = _model_code(config, dataset, loss)
    steps = [
        ("data", _load_code(source, dataset, notebook, csv_text)),
        ("split", _split_code(config, dataset)),
        ("scaling", _scale_code(config, dataset, loss)),
        ("model", model),
        ("loss", loss_code),
        ("optimizer", optimizer),
        ("loop", _loop_code(config, dataset, loss)),
        ("evaluation", _evaluation_code(config, dataset)),
    ]
    imports = _imports("\n".join(code for _, code in steps))
    return [("setup", _setup_code(config, source, notebook, csv_text is not None, imports)), *steps]


_DOC = """Reproduces a Deep Learning Study Lab run with plain PyTorch.

Run it with python (in the bundle: python train.py); options: --device cpu|cuda|..., --seed N.
It prints the training loss of every epoch, then the scores the app's Evaluate page shows.
On the CPU the numbers match the app's run; on a GPU they can differ in the last digits,
because GPU kernels add numbers up in a different order."""
_GPU_NOTE = "# On the CPU the numbers match the app's run; on a GPU they can differ in the last digits."
# Every import a script may need, with the names it brings ({} takes the ones used): a script imports only those
# its code uses (a regression script has no per-class report, so no `skm`; no scaling, no scalers).
_IMPORTS = (("import numpy as np", "np"), ("import pandas as pd", "pd"), ("import torch", "torch"),
            ("from sklearn import metrics as skm", "skm"),
            ("from sklearn.model_selection import {}", "train_test_split"),
            ("from sklearn.preprocessing import {}", "MinMaxScaler StandardScaler"),
            ("from torch import {}", "nn optim"))


def _imports(code: str) -> str:
    """The import lines `code` needs: each statement with only the names used in it, none that is unused."""
    lines = []
    for statement, names in _IMPORTS:
        used = [name for name in names.split() if re.search(rf"\b{name}\b", code)]
        if used:
            lines.append(statement.format(", ".join(used)))
    return "\n".join(lines)


def _setup_code(config: TrainConfig, source: str, notebook: bool, embedded: bool, imports: str) -> str:
    about = f"# Data: {source!r}. Settings: {config.to_json()}"
    if notebook:
        stdlib = "import io" if embedded else "from pathlib import Path"
        return (f"{about}\n{stdlib}\n\n{imports}\n\n{_GPU_NOTE}\n"
                'DEVICE = torch.device("cuda" if torch.cuda.is_available() else "cpu")\n'
                f"SEED = {config.seed}  # the split, the starting weights and the batch order all follow it")
    return f'''"""{_DOC}"""
{about}
import argparse
import sys
from pathlib import Path

{imports}

parser = argparse.ArgumentParser(description="Train the network of a Deep Learning Study Lab run.")
parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu",
                    help="cpu, cuda, cuda:1, mps, ... (default: cuda when available, else cpu)")
parser.add_argument("--seed", type=int, default={config.seed},
                    help="seeds the split, the starting weights and the batch order (default: the app's)")
args = parser.parse_args()
DEVICE, SEED = torch.device(args.device), args.seed'''


def _load_code(source: str, dataset: Dataset, notebook: bool, csv_text: str | None) -> str:
    file = data_file_name(source) if source in datasets.names() else source
    if csv_text is not None:
        load = f"CSV_TEXT = {_text_literal(csv_text)}\ndf = pd.read_csv(io.StringIO(CSV_TEXT))"
    elif notebook:
        load = (f"DATA = Path({file!r})  # the data file from the bundle, in the notebook's folder\n"
                "if not DATA.exists():\n"
                '    raise FileNotFoundError(f"This notebook needs the data file {DATA.name!r} in its folder "\n'
                '                            f"({Path.cwd()}); in Colab, upload it next to the notebook first.")\n'
                "df = pd.read_csv(DATA)")
    else:
        load = ("HERE = Path(__file__).resolve().parent  # the data sits next to this script, wherever it runs from\n"
                f"DATA = HERE / {file!r}\n"
                "if not DATA.exists():\n"
                '    sys.exit(f"This script needs the data file {DATA.name!r} next to it, in {HERE}. "\n'
                '             "Put the CSV from the download (or from the .zip bundle) there and run it again.")\n'
                "df = pd.read_csv(DATA)")
    others = [c for c in dataset.frame.columns if c not in (dataset.target_name, "split")]
    features = ("FEATURES = [c for c in df.columns if c not in (TARGET, \"split\")]"
                if others == list(dataset.feature_names) else f"FEATURES = {list(dataset.feature_names)!r}")
    code = f'{load}\nTARGET = {dataset.target_name!r}\n{features}\nX = df[FEATURES].to_numpy(np.float32)'
    if dataset.task == "regression":
        return code + "\ny = df[[TARGET]].to_numpy(np.float32)"
    return code + ("\n# Class labels become indices 0..k-1 in sorted order.\n"
                   "classes = np.unique(df[TARGET])\ny = np.searchsorted(classes, df[TARGET].to_numpy())")


def _text_literal(text: str) -> str:
    """`text` as Python source: a readable triple-quoted block when that is safe, else repr()."""
    if "\\" in text or "'''" in text or not all(c.isprintable() or c == "\n" for c in text):
        return repr(text)
    return "'''\\\n" + text + "'''"


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
    target = ("torch.as_tensor(a).long().reshape(-1)" if LOSSES[loss].class_targets
              else "torch.as_tensor(a).float().reshape(-1, 1)")
    lines += ["", "", "def features(a):", "    return torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32))", "",
              "", "def targets(a):", f"    return {target}", "", "",
              "X_train, X_test = features(X_train).to(DEVICE), features(X_test).to(DEVICE)",
              "y_train, y_test = targets(y_train).to(DEVICE), targets(y_test).to(DEVICE)"]
    return "\n".join(lines)


def _model_code(config: TrainConfig, dataset: Dataset, loss: str) -> tuple[str, str, str]:
    """The code of three steps: the model, the loss function, and the optimizer (with its schedule)."""
    layers = [layer.code() for layer in model_spec(config, dataset.X.shape[1], dataset.n_outputs)]
    body = ",\n    ".join(layers)
    code = f"optimizer = {optimizer_code(config)}"
    if config.scheduler is not None:
        code += "\nscheduler = " + scheduler_code(config)
    model = (f"torch.manual_seed(SEED)  # same starting weights as the app\nmodel = nn.Sequential(\n    {body},\n)"
             ".to(DEVICE)")
    if config.init == "zeros":
        model += "\nfor p in model.parameters():\n    nn.init.zeros_(p)  # start from W = 0 and b = 0"
    model += "\nprint(model)"
    return model, f"loss_fn = {loss_code(loss)}", code


def _loop_code(config: TrainConfig, dataset: Dataset, loss: str) -> str:
    batch = "len(X_train)" if config.batch_size is None else f"min({config.batch_size}, len(X_train))"
    sched = "    scheduler.step()               # the learning rate for the next epoch\n" \
        if config.scheduler is not None else ""
    return f'''n, batch_size = len(X_train), {batch}
order_gen = torch.Generator().manual_seed(SEED)  # the batch order, separate from dropout's randomness
history = []  # the training loss of every epoch
for epoch in range(1, {config.epochs} + 1):
    model.train()
    order = torch.randperm(n, generator=order_gen) if batch_size < n else torch.arange(n)
    order = order.to(DEVICE)
    total = 0.0
    for start in range(0, n, batch_size):
        idx = order[start:start + batch_size]
        xb, yb = X_train[idx], y_train[idx]
        optimizer.zero_grad()          # forget the previous step's gradients
        loss = loss_fn(model(xb), yb)  # forward pass and loss
        loss.backward()                # gradients of the loss w.r.t. every weight
        optimizer.step()               # move the weights against the gradient
        total += loss.item() * len(xb)
{sched}    history.append(total / n)
    print(f"epoch {{epoch}} train_loss {{history[-1]:.6g}}")'''


def _evaluation_code(config: TrainConfig, dataset: Dataset) -> str:
    """The Evaluate page's scores, computed by the same functions the app uses (copied from engine/metrics.py)."""
    head = ("model.eval()  # dropout off for evaluation\n"
            "# Like the app's Evaluate page: score the test rows, or the training rows when none were held out.\n"
            'part, X_eval, y_eval = ("test", X_test, y_test) if len(X_test) else ("train", X_train, y_train)\n'
            "with torch.no_grad():\n    out = model(X_eval).cpu()")
    if dataset.task == "regression":
        y_eval, out = "y_eval.cpu().numpy()", "out.numpy()"
        scale = ""
        if config.scale_target and config.scaled_scores:
            scale = "\n# The target was scaled to [0, 1] for training, so these errors are on that scale (as the app)."
        elif config.scale_target:
            scale = "\n# The target was scaled to [0, 1] for training only: back to its own units for the scores."
            y_eval, out = f"y_scaler.inverse_transform({y_eval})", f"y_scaler.inverse_transform({out})"
        return (f"\n{inspect.getsource(metrics.regression_metrics)}\n\n{head}{scale}\n"
                f"scores = regression_metrics({y_eval}, {out})\n"
                'for name in ("mse", "rmse", "mae", "r2"):\n    print(f"{part} {name} {scores[name]:.6g}")')
    predicted = "(out.reshape(-1) > 0).long()" if dataset.task == "binary" else "out.argmax(dim=1)"
    return f'''
{inspect.getsource(metrics.classification_metrics)}

{head}
y_true = y_eval.cpu().reshape(-1).long().numpy()
predicted = {predicted}.numpy()  # the class each row gets
scores = classification_metrics(y_true, predicted, len(classes))
for name in ("accuracy", "precision", "recall", "f1"):
    print(f"{{part}} {{name}} {{scores[name]:.6g}}")
print(f"{{part}} confusion (a row per true class, a column per predicted class): {{scores['confusion']}}")
# Per class: precision = the share right among rows predicted as it, recall = the share found among its rows.
precision, recall, _, support = skm.precision_recall_fscore_support(
    y_true, predicted, labels=range(len(classes)), zero_division=0)
for k, label in enumerate(classes):
    print(f"{{part}} class {{label}} precision {{precision[k]:.6g}} recall {{recall[k]:.6g}} rows {{support[k]}}")'''

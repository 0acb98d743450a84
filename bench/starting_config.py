"""The app's starting settings against scikit-learn on the files learners have (issue 11).

Usage: python bench/starting_config.py [lr=0.1 epochs=300 optimizer='sgd' ...]  (about a minute)
Every file of bench/real_tables.py goes through read_table → make_dataset (default features) → fit with
the starting settings before issue 11 and with ui/state.py's STARTING_CONFIG (plus any overrides given),
and scikit-learn's LinearRegression / LogisticRegression fits the same scaled training rows. Prints a
Markdown table: test R² for regression, test accuracy for classification, and whether the loss was still
falling at the last epoch.
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.metrics import accuracy_score, r2_score

from engine.config import TrainConfig
from engine.data import make_dataset, read_table
from engine.coach import still_improving
from engine.split import make_scaler, split_indices
from engine.train import fit
from real_tables import corpus
from ui.state import STARTING_CONFIG

BEFORE = {"scaling": "standard", "lr": 0.01, "epochs": 300}  # ui/state.py's STARTING_CONFIG before issue 11


def sklearn_score(config: TrainConfig, ds) -> float:
    """scikit-learn's linear model on exactly the rows and scaling the app trains and tests on."""
    train, test = split_indices(config, ds)
    X_train, X_test, y_train, y_test = ds.X[train], ds.X[test], ds.y[train], ds.y[test]
    if config.scaling != "none":
        scaler = make_scaler(config.scaling).fit(X_train)
        X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)
    if ds.task == "regression":
        model = LinearRegression().fit(X_train, y_train.ravel())
        return r2_score(y_test.ravel(), model.predict(X_test))
    model = LogisticRegression(max_iter=5000).fit(X_train, y_train)
    return accuracy_score(y_test, model.predict(X_test))


def main(overrides: dict) -> None:
    after = {**STARTING_CONFIG, **overrides}
    print(f"before: {BEFORE}\nafter: {after}")
    print("| file | task | rows × features | scikit-learn | app before | app after "
          "| loss still falling (before/after) |")
    print("|---|---|---|---|---|---|---|")
    for name, raw, target in corpus():
        ds = make_dataset(read_table(raw), target, name=name)
        metric = "r2" if ds.task == "regression" else "accuracy"
        runs = [fit(TrainConfig(**settings), ds) for settings in (BEFORE, after)]
        falling = "/".join("no" if still_improving(run.history) is None else "yes" for run in runs)
        print(f"| {name} | {ds.task} | {len(ds)} × {ds.X.shape[1]} | {metric} "
              f"{sklearn_score(TrainConfig(**after), ds):.3f} | {runs[0].metrics[metric]:.3f} | "
              f"{runs[1].metrics[metric]:.3f} | {falling} |")


if __name__ == "__main__":
    main({key: ast.literal_eval(value) for key, value in (arg.split("=", 1) for arg in sys.argv[1:])})

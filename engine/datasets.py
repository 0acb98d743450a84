"""The built-in datasets: small files in data/ (plus scikit-learn's digits), loaded as Dataset values.

Provenance and licences are in data/README.md. Loaded datasets are cached: their arrays are
read-only, and each call gets its own shallow copy of the table, so copy before you change anything.
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from engine.dataset import Dataset
from engine.i18n import t

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# name -> file (None: scikit-learn's bundled copy), target column, task, suggested test share, image shape
_SPECS: dict[str, dict] = {
    "rent": dict(file="rent.csv", target="rent", task="regression", test_size=None),
    "study_hours": dict(file="study_hours.csv", target="score", task="regression", test_size=0.0),
    "study_hours_4": dict(file="study_hours_4.csv", target="score", task="regression", test_size=0.0),
    "toy_linear": dict(file="toy_linear.csv", target="y", task="regression", test_size=0.0),
    "house_prices": dict(file="house_prices.csv", target="MEDV", task="regression", test_size=0.5),
    "xor": dict(file="xor.csv", target="y", task="binary", test_size=0.0),
    "digits": dict(file=None, target="target", task="multiclass", test_size=0.2, image_shape=(8, 8)),
    "mnist_5k": dict(file="mnist_5k.csv.gz", target="label", task="multiclass", test_size=0.2,
                     image_shape=(28, 28)),
}


def names() -> list[str]:
    """Names of the built-in datasets, in the order the Data page lists them."""
    return list(_SPECS)


def title(name: str, lang: str) -> str:
    """A dataset as the learner knows it: a built-in's title in `lang`, else (an upload) its file name."""
    return t(f"dataset.{name}.title", lang) if name in _SPECS else name


def _spec(name: str) -> dict:
    if name not in _SPECS:
        raise ValueError(f"Unknown dataset {name!r}. Built-in datasets: {', '.join(_SPECS)}.")
    return _SPECS[name]


def info(name: str) -> dict:
    """What the Data page and the code exporter need to know before (or without) loading a dataset.

    Keys: title_key, description_key (translation keys), target (default target column), task,
    file (Path of the data file, None for digits), test_size (suggested held-out share; None when the
    file carries its own `split` column), image_shape (or None).
    """
    spec = _spec(name)
    return {
        "name": name,
        "title_key": f"dataset.{name}.title",
        "description_key": f"dataset.{name}.desc",
        "target": spec["target"],
        "task": spec["task"],
        "file": DATA_DIR / spec["file"] if spec["file"] else None,
        "test_size": spec["test_size"],
        "image_shape": spec.get("image_shape"),
    }


def _read_table(name: str) -> pd.DataFrame:
    spec = _SPECS[name]
    if spec["file"] is None:
        from sklearn.datasets import load_digits  # noqa: PLC0415 - only digits needs it

        return load_digits(as_frame=True).frame
    path = DATA_DIR / spec["file"]
    if name == "mnist_5k":  # 5000 x 785 small integers: read straight into uint8
        return pd.read_csv(path, dtype=np.uint8, engine="c")
    return pd.read_csv(path)


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    a.setflags(write=False)
    return a


@lru_cache(maxsize=None)
def _build(name: str) -> Dataset:
    spec = _SPECS[name]
    frame = _read_table(name)
    target, task = spec["target"], spec["task"]
    features = [c for c in frame.columns if c not in (target, "split")]
    X = frame[features].to_numpy(dtype=np.float32)
    if task == "regression":
        y = frame[target].to_numpy(dtype=np.float32).reshape(-1, 1)
        class_names: list[str] = []
    else:
        y = frame[target].to_numpy(dtype=np.int64)
        class_names = [str(c) for c in range(int(y.max()) + 1)]
    test_mask = _frozen(frame["split"].to_numpy() == "test") if "split" in frame else None
    return Dataset(X=_frozen(X), y=_frozen(y), feature_names=features, target_name=target, task=task,
                   frame=frame, name=name, class_names=class_names, test_mask=test_mask,
                   image_shape=spec.get("image_shape"))


def load(name: str) -> Dataset:
    """The built-in dataset `name` (see names()); ValueError for anything else.

    Arrays are shared with a cache and read-only; the table is a copy-on-write shallow copy.
    """
    _spec(name)
    cached = _build(name)
    return dataclasses.replace(cached, frame=cached.frame.copy(deep=False),
                               feature_names=list(cached.feature_names),
                               class_names=list(cached.class_names), notes=list(cached.notes))

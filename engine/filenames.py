"""File names for downloads (safe on every system, Korean letters kept) and the data file an export ships."""
from __future__ import annotations

import re

from engine import datasets
from engine.dataset import Dataset


def slug(name: str) -> str:
    """A run or file name as a download file name: letters (Korean too), digits, '.', '-'; the rest become '_'."""
    return re.sub(r"[^\w.-]+", "_", name).strip("_.") or "run"


def data_file_name(dataset_name: str) -> str:
    """The file an exported script reads: a built-in's own file (digits: digits.csv), else a safe .csv name.

    An upload named `인구 "2020".csv` becomes `인구_2020.csv`: quotes, slashes and the like are not allowed in
    file names on every system, so the script, the bundle and the CSV download all use the cleaned name.
    """
    if dataset_name in datasets.names():
        file = datasets.info(dataset_name)["file"]
        return file.name if file is not None else f"{dataset_name}.csv"
    stem = dataset_name[:-4] if dataset_name.lower().endswith(".csv") else dataset_name
    return f"{slug(stem)}.csv"


def data_file(dataset: Dataset) -> tuple[str, bytes]:
    """(file name, contents) of the data an exported run reads: a built-in's own file, else the cleaned table."""
    name = data_file_name(dataset.name)
    if dataset.name in datasets.names() and datasets.info(dataset.name)["file"] is not None:
        return name, datasets.info(dataset.name)["file"].read_bytes()
    return name, dataset.frame.to_csv(index=False, lineterminator="\n").encode("utf-8")

"""The Dataset value that flows from the Data page into training, evaluation and code export."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

TASKS = ("regression", "binary", "multiclass")


@dataclass
class Dataset:
    """Model-ready arrays plus the table the learner sees.

    X: float32 (n, d). y: float32 (n, 1) for regression, int64 (n,) for classification.
    test_mask: optional bool (n,) marking a fixed test split shipped with the data (seed 000's rent
    files); when absent the split is drawn from TrainConfig.test_size and seed.
    class_names: labels of the classes in code order (classification only).
    image_shape: (h, w) when each row is an image (digits, mnist_5k).
    notes: what was dropped or converted on the way from the raw table, as (translation key, params)
    pairs the page shows in the learner's language.
    """

    X: np.ndarray
    y: np.ndarray
    feature_names: list[str]
    target_name: str
    task: str
    frame: pd.DataFrame
    name: str = "uploaded"
    class_names: list[str] = field(default_factory=list)
    test_mask: np.ndarray | None = None
    image_shape: tuple[int, int] | None = None
    notes: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def n_classes(self) -> int:
        """Number of classes (0 for regression)."""
        return len(self.class_names) if self.task != "regression" else 0

    @property
    def n_outputs(self) -> int:
        """Width of the model's last layer: one for regression and binary, one logit per class otherwise."""
        return self.n_classes if self.task == "multiclass" else 1

    def __len__(self) -> int:
        return len(self.X)

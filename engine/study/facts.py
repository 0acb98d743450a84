"""What the study checks look at: plain facts about the learner's runs, model and CV results.

The checks never see Streamlit or torch modules, only these values, so each one can be tested on a
hand-made state that meets it and one that does not.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

DIVERGED = "train.diverged"


@dataclass(frozen=True)
class RunFacts:
    """One trained run as the study path sees it."""

    name: str
    dataset: str
    hidden: tuple[int, ...] = ()
    optimizer: str = "sgd"
    lr: float = 0.01
    batch_size: int | None = None
    scaling: str = "none"
    scale_target: bool = False                  # scored on the min-max scaled target (tutorial 001's RMSE)
    steps: int = 0                              # optimizer steps actually taken
    diverged: bool = False
    metrics: dict = field(default_factory=dict)        # on held-out rows (empty without any)
    train_metrics: dict = field(default_factory=dict)
    final_train_loss: float = math.nan
    line: tuple[float, float] | None = None      # (W, b) in the data's own units, for a 1-feature linear model

    @property
    def converged(self) -> bool:
        """Trained to a finite loss without blowing up."""
        return not self.diverged and math.isfinite(self.final_train_loss)


@dataclass(frozen=True)
class ModelFacts:
    """The model the Model page builds now, for the data chosen now."""

    dataset: str
    n_features: int
    hidden: tuple[int, ...]
    n_params: int


@dataclass(frozen=True)
class CVFacts:
    """One cross-validation result: the mean fold score (validation RMSE or accuracy)."""

    dataset: str
    k: int
    metric: str
    mean: float
    scale_target: bool = False


@dataclass
class StudyState:
    """Everything the checks may look at: runs, the current model, CV results and the learner's answers."""

    runs: list[RunFacts] = field(default_factory=list)
    model: ModelFacts | None = None
    cv: list[CVFacts] = field(default_factory=list)
    answers: dict = field(default_factory=dict)   # step id -> number typed or choice picked on the Study page


def run_facts(name: str, run) -> RunFacts:
    """Facts of an engine Run (engine.train.Run)."""
    config, history = run.config, run.history
    line = None
    if not config.hidden and len(run.feature_names) == 1 and run.task == "regression":
        at = run.predict(np.array([[0.0], [1.0]], dtype=np.float32))
        line = (float(at[1] - at[0]), float(at[0]))  # predictions at x = 0 and 1 give b and W in raw units
    return RunFacts(
        name=name, dataset=run.dataset_name, hidden=tuple(config.hidden), optimizer=config.optimizer,
        lr=float(config.lr), batch_size=config.batch_size, scaling=config.scaling,
        scale_target=bool(config.scale_target and config.scaled_scores),
        steps=run.iterations(),
        diverged=bool(run.stopped and run.stopped[0] == DIVERGED), metrics=dict(run.metrics),
        train_metrics=dict(run.train_metrics),
        final_train_loss=float(history[-1]["train_loss"]) if history else math.nan, line=line)

"""TrainConfig: every choice the learner makes, in one value shared by training, CV and code export."""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields

from engine import choices
from engine.errors import ConfigError
from engine.i18n import Key

# The allowed names, in the order the pages list them: read off the tables in engine.choices.
ACTIVATIONS = tuple(choices.ACTIVATIONS)
LOSSES = tuple(choices.LOSSES)
OPTIMIZERS = tuple(choices.OPTIMIZERS)
SCHEDULERS = tuple(choices.SCHEDULERS)
SCALINGS = ("none", "standard", "minmax")
INITS = ("default", "zeros")  # torch's seeded default, or every weight and bias 0 (tutorial 004's W = b = 0)
LOSSES_FOR_TASK = {task: tuple(name for name, loss in choices.LOSSES.items() if task in loss.tasks)
                   for task in ("regression", "binary", "multiclass")}
MAX_EPOCHS = 50_000


def suggested_loss(task: str) -> str:
    """The loss a beginner should start with for this task."""
    return LOSSES_FOR_TASK[task][0]


@dataclass
class TrainConfig:
    """Model, loss, optimiser, schedule, batching, split and seed of one training run.

    hidden=[] is linear regression / logistic regression; loss="auto" picks the task's usual loss.
    batch_size=None trains on the full batch; test_size=0.0 trains on every row.
    scale_target min-max scales a regression target too (as seed 001 does), so losses are on that scale; with
    scaled_scores the metrics and CV scores are on that 0–1 scale as well (as seed 001 reports them), without
    them in the target's own units (an upload's prices in won train on 0–1 but are scored in won).
    init="zeros" starts every weight and bias at 0, as seed 004 starts W and b.
    """

    hidden: list[int] = field(default_factory=list)
    activation: str = "relu"
    dropout: float = 0.0
    loss: str = "auto"
    optimizer: str = "sgd"
    lr: float = 0.01
    momentum: float = 0.9
    weight_decay: float = 0.0
    betas: tuple[float, float] = (0.9, 0.999)
    scheduler: str | None = None
    scheduler_params: dict = field(default_factory=dict)
    batch_size: int | None = None
    epochs: int = 100
    test_size: float = 0.2
    scaling: str = "none"
    scale_target: bool = False
    scaled_scores: bool = True
    seed: int = 0
    init: str = "default"

    def __post_init__(self):
        self.hidden = [int(h) for h in self.hidden]
        self.betas = tuple(float(b) for b in self.betas)
        self.validate()

    def validate(self) -> None:
        """Raise ConfigError naming the first hyper-parameter a learner set to something unusable."""
        if any(h < 1 for h in self.hidden):
            raise ConfigError("config.hidden_units")
        if len(self.hidden) > 10 or any(h > 4096 for h in self.hidden):
            raise ConfigError("config.too_big")
        _choice("activation", self.activation, ACTIVATIONS)
        _choice("loss", self.loss, LOSSES + ("auto",))
        _choice("optimizer", self.optimizer, OPTIMIZERS)
        _choice("scaling", self.scaling, SCALINGS)
        _choice("init", self.init, INITS)
        if self.scheduler is not None:
            _choice("scheduler", self.scheduler, SCHEDULERS)
            try:
                choices.SCHEDULERS[self.scheduler].arguments(self)
            except (TypeError, ValueError) as error:
                raise ConfigError("config.scheduler_params", scheduler=self.scheduler) from error
        if not 0.0 <= self.dropout < 1.0:
            raise ConfigError("config.dropout")
        if not (math.isfinite(self.lr) and 0.0 < self.lr <= 10.0):
            raise ConfigError("config.lr")
        if not 0.0 <= self.momentum < 1.0 or not all(0.0 <= b < 1.0 for b in self.betas):
            raise ConfigError("config.momentum")
        if not (math.isfinite(self.weight_decay) and self.weight_decay >= 0.0):
            raise ConfigError("config.weight_decay")
        if self.batch_size is not None and self.batch_size < 1:
            raise ConfigError("config.batch_size")
        if not 1 <= self.epochs <= MAX_EPOCHS:
            raise ConfigError("config.epochs", max=MAX_EPOCHS)
        if not 0.0 <= self.test_size <= 0.9:
            raise ConfigError("config.test_size")

    def loss_for(self, task: str) -> str:
        """The loss this run uses on `task`; ConfigError if it does not fit the task."""
        loss = suggested_loss(task) if self.loss == "auto" else self.loss
        if loss not in LOSSES_FOR_TASK[task]:
            raise ConfigError("config.loss_task", loss=Key(choices.LOSSES[loss].label),
                              task=Key(f"data_page.task_{task}"),
                              suggested=Key(choices.LOSSES[suggested_loss(task)].label))
        return loss

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_dict(cls, values: dict) -> "TrainConfig":
        """Build from a dict (e.g. a downloaded config JSON), ignoring unknown keys."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})


def batch_rows(config: TrainConfig, n_rows: int) -> int:
    """Rows per batch when training on n_rows rows: the config's batch size, at most n_rows (None = all)."""
    return min(config.batch_size or n_rows, n_rows)


def steps_per_epoch(config: TrainConfig, n_rows: int) -> int:
    """Optimizer steps (iterations) per epoch over n_rows rows: ⌈N / B⌉, the short last batch included."""
    return math.ceil(n_rows / max(1, batch_rows(config, n_rows)))


def _choice(name: str, value, allowed) -> None:
    if value not in allowed:
        raise ConfigError("config.choice", name=name, value=value, allowed=", ".join(allowed))

"""TrainConfig: every choice the learner makes, in one value shared by training, CV and code export."""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field, fields

from engine.errors import ConfigError
from engine.i18n import Key

ACTIVATIONS = ("relu", "tanh", "sigmoid", "leaky_relu", "elu", "selu", "identity")
LOSSES = ("mse", "mae", "huber", "bce", "ce")
OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw")
SCHEDULERS = ("step", "multistep", "exponential", "cosine", "warmup", "multiplicative")
SCALINGS = ("none", "standard", "minmax")
LOSSES_FOR_TASK = {"regression": ("mse", "mae", "huber"), "binary": ("bce",), "multiclass": ("ce",)}
MAX_EPOCHS = 50_000


def suggested_loss(task: str) -> str:
    """The loss a beginner should start with for this task."""
    return LOSSES_FOR_TASK[task][0]


@dataclass
class TrainConfig:
    """Model, loss, optimiser, schedule, batching, split and seed of one training run.

    hidden=[] is linear regression / logistic regression; loss="auto" picks the task's usual loss.
    batch_size=None trains on the full batch; test_size=0.0 trains on every row.
    scale_target min-max scales a regression target too (as seed 001 does), so losses are on that scale.
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
    seed: int = 0

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
        if self.scheduler is not None:
            _choice("scheduler", self.scheduler, SCHEDULERS)
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
            raise ConfigError("config.loss_task", loss=Key(f"train_page.loss_{loss}"),
                              task=Key(f"data_page.task_{task}"), suggested=Key(f"train_page.loss_{suggested_loss(task)}"))
        return loss

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_dict(cls, values: dict) -> "TrainConfig":
        """Build from a dict (e.g. a downloaded config JSON), ignoring unknown keys."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in names})


def _choice(name: str, value, allowed) -> None:
    if value not in allowed:
        raise ConfigError("config.choice", name=name, value=value, allowed=", ".join(allowed))

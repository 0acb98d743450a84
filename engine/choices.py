"""One table per kind of choice: activations, losses, optimizers and learning-rate schedulers.

Each entry names the torch class it builds, what it reads from the TrainConfig, its defaults and its
translation key. Validation (engine.config), building (models, losses, optim), code export (codegen),
the optimizer surfaces and the Train page all read these tables, so adding an optimizer is one entry
here plus its strings.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from torch import nn, optim
from torch.optim import lr_scheduler


@dataclass(frozen=True)
class Activation:
    """A hidden-layer non-linearity: a torch module built without arguments."""

    torch_class: type[nn.Module]


@dataclass(frozen=True)
class Loss:
    """A loss module, the tasks it fits (the first loss listed for a task is the suggested one) and its target."""

    torch_class: type[nn.Module]
    tasks: tuple[str, ...]
    label: str
    class_targets: bool = False  # targets are int64 class indices (n,), not floats (n, 1)


@dataclass(frozen=True)
class Optimizer:
    """A torch.optim class, the TrainConfig fields passed as keywords of the same name, and fixed keywords."""

    torch_class: type[optim.Optimizer]
    reads: tuple[str, ...]
    label: str
    fixed: dict = field(default_factory=dict)  # keywords that make this entry what it is, e.g. nesterov=True

    def arguments(self, config) -> dict:
        """The torch class's keyword arguments for this config (after `params`)."""
        values = {name: getattr(config, name) for name in self.reads}
        if "betas" in values:
            values["betas"] = tuple(values["betas"])
        return {**values, **self.fixed}


@dataclass(frozen=True)
class Param:
    """One scheduler parameter: its default, its kind (int, float or a list of ints) and its smallest value.

    A default of None is filled from the TrainConfig field named by `from_config` (cosine's T_max = epochs).
    """

    default: object
    kind: type
    minimum: float = 0.0
    from_config: str | None = None

    def clean(self, value, config):
        """The value as its kind, at least `minimum`; a plain number or list, safe to write into code."""
        if value is None and self.from_config is not None:
            value = getattr(config, self.from_config)
        if self.kind is list:
            return [max(int(self.minimum), int(v)) for v in value]
        return max(self.kind(self.minimum), self.kind(value))


@dataclass(frozen=True)
class Scheduler:
    """A torch.optim.lr_scheduler class stepped once per epoch, its parameters, and its translation keys.

    `lr_lambda` is, for the lambda-based schedulers, the function's source with {param} placeholders: the
    engine evaluates exactly the text the exported script writes, so the two cannot differ.
    """

    torch_class: type
    params: dict[str, Param]
    label: str
    help: str
    lr_lambda: str | None = None

    def defaults(self) -> dict:
        return {name: p.default for name, p in self.params.items()}

    def arguments(self, config) -> dict:
        """The defaults overridden by config.scheduler_params, each cleaned to its kind.

        ValueError (or TypeError) for an unknown parameter name or a value that is not a number.
        """
        unknown = set(config.scheduler_params) - set(self.params)
        if unknown:
            raise ValueError(f"unknown scheduler parameter {sorted(unknown)[0]!r}")
        chosen = {**self.defaults(), **config.scheduler_params}
        return {name: p.clean(chosen[name], config) for name, p in self.params.items()}

    def lr_lambda_code(self, arguments: dict) -> str | None:
        """The lr_lambda's source for these (cleaned) arguments, or None when the class takes keywords."""
        return None if self.lr_lambda is None else self.lr_lambda.format(**arguments)


ACTIVATIONS: dict[str, Activation] = {
    "relu": Activation(nn.ReLU),
    "tanh": Activation(nn.Tanh),
    "sigmoid": Activation(nn.Sigmoid),
    "leaky_relu": Activation(nn.LeakyReLU),
    "elu": Activation(nn.ELU),
    "selu": Activation(nn.SELU),
    "identity": Activation(nn.Identity),
}

LOSSES: dict[str, Loss] = {
    "mse": Loss(nn.MSELoss, ("regression",), "choice.loss_mse"),
    "mae": Loss(nn.L1Loss, ("regression",), "choice.loss_mae"),
    "huber": Loss(nn.HuberLoss, ("regression",), "choice.loss_huber"),
    # sigmoid + binary cross-entropy in one numerically stable step
    "bce": Loss(nn.BCEWithLogitsLoss, ("binary",), "choice.loss_bce"),
    # softmax + negative log-likelihood on raw logits
    "ce": Loss(nn.CrossEntropyLoss, ("multiclass",), "choice.loss_ce", class_targets=True),
}

OPTIMIZERS: dict[str, Optimizer] = {
    "sgd": Optimizer(optim.SGD, ("lr", "weight_decay"), "choice.opt_sgd"),
    "momentum": Optimizer(optim.SGD, ("lr", "momentum", "weight_decay"), "choice.opt_momentum"),
    "nesterov": Optimizer(optim.SGD, ("lr", "momentum", "weight_decay"), "choice.opt_nesterov",
                          {"nesterov": True}),
    "adagrad": Optimizer(optim.Adagrad, ("lr", "weight_decay"), "choice.opt_adagrad"),
    "rmsprop": Optimizer(optim.RMSprop, ("lr", "weight_decay"), "choice.opt_rmsprop"),
    "adam": Optimizer(optim.Adam, ("lr", "betas", "weight_decay"), "choice.opt_adam"),
    "adamw": Optimizer(optim.AdamW, ("lr", "betas", "weight_decay"), "choice.opt_adamw"),
    "adamax": Optimizer(optim.Adamax, ("lr", "betas", "weight_decay"), "choice.opt_adamax"),
}

SCHEDULERS: dict[str, Scheduler] = {
    "step": Scheduler(lr_scheduler.StepLR, {"step_size": Param(30, int, 1), "gamma": Param(0.1, float)},
                      "choice.sched_step", "choice.sched_step_help"),
    "multistep": Scheduler(lr_scheduler.MultiStepLR, {"milestones": Param([30, 80], list, 1),
                                                      "gamma": Param(0.1, float)},
                           "choice.sched_multistep", "choice.sched_multistep_help"),
    "exponential": Scheduler(lr_scheduler.ExponentialLR, {"gamma": Param(0.95, float)},
                             "choice.sched_exponential", "choice.sched_exponential_help"),
    "cosine": Scheduler(lr_scheduler.CosineAnnealingLR, {"T_max": Param(None, int, 1, from_config="epochs"),
                                                         "eta_min": Param(0.0, float)},
                        "choice.sched_cosine", "choice.sched_cosine_help"),
    "warmup": Scheduler(lr_scheduler.LambdaLR, {"warmup_epochs": Param(5, int, 1)},
                        "choice.sched_warmup", "choice.sched_warmup_help",
                        lr_lambda="lambda epoch: min(1.0, (epoch + 1) / {warmup_epochs})"),
    "multiplicative": Scheduler(lr_scheduler.MultiplicativeLR, {"factor": Param(0.95, float)},
                                "choice.sched_multiplicative", "choice.sched_multiplicative_help",
                                lr_lambda="lambda epoch: {factor}"),
}

"""Racing torch.optim optimizers on the 2-D surfaces of engine.surfaces, and the gradient field they follow."""
from __future__ import annotations

import numpy as np
import pandas as pd

from engine import surfaces

CLOSE = 1e-3  # "reached the minimum": the loss within this of the minimum's value
# Adaptive optimizers divide by the gradient's size, so their step is about lr whatever the surface: one
# learning rate each fits every surface. SGD-like ones move lr × gradient: they start at the surface's own lr.
ADAPTIVE_LR = {"adagrad": 0.5, "rmsprop": 0.1, "adam": 0.1}
# With β = 0.9 momentum adds its steps up to about 1 / (1 − β) = 10 × lr × gradient: a fifth of the surface's
# SGD lr keeps its overshoot visible but bounded (the surfaces' lrs are 1-2-5 values, so this stays one).
MOMENTUM_SHARE = 0.2
# The optimizer's own "β": (the torch keyword, its default). Adam's β1 is the momentum of its mean gradient
# (β2 stays 0.999); RMSprop's alpha is how slowly its average of squared gradients forgets.
BETA = {"momentum": ("momentum", 0.9), "nesterov": ("momentum", 0.9), "rmsprop": ("alpha", 0.99),
        "adam": ("betas", 0.9)}
# The surfaces as PyTorch code, for the lab's code block (a test checks each against engine.surfaces).
SURFACE_CODE = {
    "paraboloid": "x0 ** 2 + x1 ** 2",
    "saddle": "0.5 * (x0 ** 2 - x1 ** 2)",
    "local_minima": "0.25 * (x0 ** 2 + x1 ** 2) + (2 - torch.cos(math.pi * x0) - torch.cos(math.pi * x1))",
    "plateau": "1 - torch.exp(-(x0 ** 2 + x1 ** 2) / 2)",
    "rosenbrock": "0.1 * ((1 - x0) ** 2 + 100 * (x1 - x0 ** 2) ** 2)",
}
TORCH_CLASS = {"sgd": "SGD", "momentum": "SGD", "nesterov": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop",
               "adam": "Adam"}


def default_lr(surface: str, optimizer: str) -> float:
    """A learning rate at which this optimizer makes visible, stable progress on this surface."""
    if optimizer in ADAPTIVE_LR:
        return ADAPTIVE_LR[optimizer]
    lr = surfaces.get(surface).lr
    return round(MOMENTUM_SHARE * lr, 6) if optimizer in ("momentum", "nesterov") else lr


def options(optimizer: str, beta: float | None) -> dict:
    """The torch keyword arguments besides lr: the optimizer's β (see BETA), nothing for SGD and Adagrad."""
    if optimizer not in BETA or beta is None:
        return {}
    keyword, _ = BETA[optimizer]
    return {keyword: (beta, 0.999) if keyword == "betas" else beta}


def path(surface: str, optimizer: str, lr: float, beta: float | None, steps: int, start) -> pd.DataFrame:
    """One optimizer's path as a table (optimizer, step, x0, x1, loss), the start first."""
    points = surfaces.descend(surface, optimizer, lr, steps, start, **options(optimizer, beta))
    return pd.DataFrame({"optimizer": optimizer, "step": np.arange(len(points)), "x0": points[:, 0],
                         "x1": points[:, 1], "loss": surfaces.value(surface, points[:, 0], points[:, 1])})


def race(surface: str, settings: dict, steps: int, start) -> pd.DataFrame:
    """Long table (optimizer, step, x0, x1, loss) of each optimizer's path from the same start.

    settings: optimizer → (lr, β or None), so each runs with its own learning rate.
    """
    frames = [path(surface, name, lr, beta, steps, start) for name, (lr, beta) in settings.items()]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["optimizer", "step", "x0", "x1", "loss"])


def standings(results: pd.DataFrame) -> tuple[list[str], list[str]]:
    """(optimizers that stayed finite, best first; those that diverged) from summary().

    Those that end at the minimum (`arrived`) come first, fastest first: below CLOSE their final losses
    (1e-119 against 1e-12) are rounding noise, and the race is about who got there. The rest follow by final loss.
    """
    finite = results[results["reached"] != -2]
    order = finite.assign(key=np.where(finite["arrived"], finite["reached"].astype(float), np.inf))
    order = order.sort_values(["key", "loss"], kind="stable")
    return list(order["optimizer"]), list(results.loc[results["reached"] == -2, "optimizer"])


def race_code(surface: str, settings: dict, steps: int, start) -> str:
    """A standalone PyTorch script of the race: the surface, each optimizer with its own settings, the loop."""
    makers = []
    for name, (lr, beta) in settings.items():
        extra = "".join(f", {key}={value!r}" for key, value in options(name, beta).items())
        if name == "nesterov":
            extra += ", nesterov=True"
        makers.append(f'    "{name}": lambda p: torch.optim.{TORCH_CLASS[name]}(p, lr={lr:g}{extra}),')
    imports = ["import math", "import torch"] if "math." in SURFACE_CODE[surface] else ["import torch"]
    return "\n".join([
        *imports, "",
        "def f(x0, x1):",
        f"    return {SURFACE_CODE[surface]}", "",
        "optimizers = {", *makers, "}",
        "for name, make in optimizers.items():",
        f"    point = torch.tensor([{float(start[0])!r}, {float(start[1])!r}], dtype=torch.float64,"
        " requires_grad=True)",
        "    optimizer = make([point])",
        f"    for step in range({steps}):",
        "        optimizer.zero_grad()",
        "        loss = f(point[0], point[1])",
        "        loss.backward()",
        "        optimizer.step()",
        "    print(name, point.tolist(), f(point[0], point[1]).item())",
    ])


def summary(surface: str, paths: pd.DataFrame) -> pd.DataFrame:
    """Per optimizer: final point, final loss, distance to the minimum and the first step within CLOSE of it.

    `reached` is the step number, -1 when the path never got there and -2 when it diverged (NaN rows);
    None when the surface has no minimum (the saddle). `arrived`: the final loss is within CLOSE of the minimum's.
    """
    minimum = surfaces.get(surface).minimum
    target = None if minimum is None else float(surfaces.value(surface, *minimum)) + CLOSE
    rows = []
    for name, path in paths.groupby("optimizer", sort=False):
        finite = path.dropna(subset=["x0", "x1"])
        last = finite.iloc[-1]
        if len(finite) < len(path):
            reached = -2
        elif target is None:
            reached = None
        else:
            hits = finite.loc[finite["loss"] < target, "step"]
            reached = int(hits.iloc[0]) if len(hits) else -1
        distance = None if minimum is None else float(np.hypot(last.x0 - minimum[0], last.x1 - minimum[1]))
        rows.append({"optimizer": name, "x0": float(last.x0), "x1": float(last.x1), "loss": float(last.loss),
                     "distance": distance, "reached": reached,
                     "arrived": target is not None and reached != -2 and float(last.loss) < target})
    return pd.DataFrame(rows)


def arrow_field(surface: str, n: int = 13) -> pd.DataFrame:
    """Coarse grid (x0, x1) with the negative gradient's direction as a compass angle and its length.

    angle is in degrees clockwise from "up", the convention of Vega-Lite's `angle` channel for point shapes.
    """
    s = surfaces.get(surface)
    # Inset by half a cell so arrows do not sit on the chart's border.
    pad0, pad1 = (s.xlim[1] - s.xlim[0]) / (2 * n), (s.ylim[1] - s.ylim[0]) / (2 * n)
    g0, g1 = np.meshgrid(np.linspace(s.xlim[0] + pad0, s.xlim[1] - pad0, n),
                         np.linspace(s.ylim[0] + pad1, s.ylim[1] - pad1, n))
    d0, d1 = surfaces.gradient(surface, g0, g1)
    return pd.DataFrame({"x0": g0.ravel(), "x1": g1.ravel(),
                         "angle": np.degrees(np.arctan2(-d0, -d1)).ravel() % 360,
                         "length": np.hypot(d0, d1).ravel()})

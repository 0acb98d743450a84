"""Racing torch.optim optimisers on the 2-D surfaces of engine.surfaces, and the gradient field they follow."""
from __future__ import annotations

import numpy as np
import pandas as pd

from engine import surfaces

CLOSE = 1e-3  # "reached the minimum": the loss within this of the minimum's value


def race(surface: str, optimizers, lr: float, steps: int, start) -> pd.DataFrame:
    """Long table (optimizer, step, x0, x1, loss) of each optimiser's path from the same start."""
    frames = []
    for name in optimizers:
        path = surfaces.descend(surface, name, lr, steps, start)
        frames.append(pd.DataFrame({"optimizer": name, "step": np.arange(len(path)), "x0": path[:, 0],
                                    "x1": path[:, 1], "loss": surfaces.value(surface, path[:, 0], path[:, 1])}))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["optimizer", "step", "x0", "x1", "loss"])


def summary(surface: str, paths: pd.DataFrame) -> pd.DataFrame:
    """Per optimiser: final point, final loss, distance to the minimum and the first step within CLOSE of it.

    `reached` is the step number, -1 when the path never got there and -2 when it diverged (NaN rows);
    None when the surface has no minimum (the saddle).
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
                     "distance": distance, "reached": reached})
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

"""Altair charts and image tiles the Data page uses to look at a table before modelling it."""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

MAX_POINTS = 2_000  # a scatter with more points draws slowly and shows nothing more


def scatter(frame: pd.DataFrame, x: str, y: str, classes: bool) -> alt.Chart:
    """One feature against the target; classification targets are coloured by class."""
    data = frame[[x, y]].sample(MAX_POINTS, random_state=0) if len(frame) > MAX_POINTS else frame[[x, y]]
    color = alt.Color(f"{y}:N", title=y) if classes else alt.value("#1f77b4")
    return alt.Chart(data).mark_circle(size=40, opacity=0.7).encode(
        x=alt.X(f"{x}:Q", title=x, scale=alt.Scale(zero=False, padding=8)),
        y=alt.Y(f"{y}:{'N' if classes else 'Q'}", title=y, scale=alt.Scale(zero=False, padding=8)),
        color=color, tooltip=[x, y],
    ).properties(height=360)


def histogram(frame: pd.DataFrame, column: str, count_title: str) -> alt.Chart:
    """How often each range of values occurs in one column (30 bins)."""
    return alt.Chart(frame[[column]]).mark_bar().encode(
        x=alt.X(f"{column}:Q", bin=alt.Bin(maxbins=30), title=column),
        y=alt.Y("count():Q", title=count_title),
    ).properties(height=300)


def correlation_heatmap(corr: pd.DataFrame) -> alt.Chart:
    """Pearson correlation of every pair of numeric columns, −1 (blue) to +1 (red), values written in."""
    long = corr.rename_axis("a").reset_index().melt(id_vars="a", var_name="b", value_name="r")
    order = list(corr.columns)
    base = alt.Chart(long).encode(x=alt.X("b:N", sort=order, title=None), y=alt.Y("a:N", sort=order, title=None))
    cells = base.mark_rect().encode(
        color=alt.Color("r:Q", scale=alt.Scale(scheme="redblue", domain=[-1, 1], reverse=True), title="r"),
        tooltip=["a", "b", alt.Tooltip("r:Q", format=".2f")])
    labels = base.mark_text(fontSize=10).encode(
        text=alt.Text("r:Q", format=".2f"),
        color=alt.condition("abs(datum.r) > 0.6", alt.value("white"), alt.value("black")))
    side = max(240, 34 * len(order))
    return (cells + labels).properties(width=side, height=side)


def example_rows(y: np.ndarray, n: int) -> np.ndarray:
    """Row numbers of the first n // k rows of each of the k classes, in table order (MNIST is sorted by label)."""
    per_class = max(1, n // len(np.unique(y)))
    return np.sort(np.concatenate([np.flatnonzero(y == c)[:per_class] for c in np.unique(y)]))


def image_tiles(X: np.ndarray, rows: np.ndarray, shape: tuple[int, int], pixel: int = 3) -> list[np.ndarray]:
    """The given rows as grey images scaled to 0..1, enlarged by whole pixels so they stay sharp."""
    images = X[rows].reshape(-1, *shape).astype(np.float32)
    images = images / max(float(images.max()), 1.0)
    scale = max(1, (28 * pixel) // shape[0])  # 8×8 digits and 28×28 MNIST come out the same size
    return [np.kron(image, np.ones((scale, scale), dtype=np.float32)) for image in images]

"""Altair charts of training results, shared by the Train, Evaluate, Cross-validate and Runs pages.

Builders take plain data and already-translated titles, and return a chart; pages decide where it goes.
"""
from __future__ import annotations

import base64
import io

import altair as alt
import numpy as np
import pandas as pd
from PIL import Image

MAX_POINTS = 400  # points per curve: more only slows the browser, the shape is the same
SHORT_LEGEND = 90  # characters (a name and its symbol's room) that fit in one legend row over a half-width chart
EARLIER_LINES = ["#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603", "#7f2704"]

# Series get these colours in the order they first appear (not sorted by label), so a pair such as
# train / test keeps its colours in every language: blue then orange, strongly contrasting.
SERIES_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
# A dash per series where lines can lie on one another (lr_chart(dashed=True)): solid first.
SERIES_DASHES = [[1, 0], [8, 4], [2, 3], [12, 3, 2, 3], [4, 4], [8, 2, 2, 2]]


def series_color(frame: pd.DataFrame, field: str = "series", colors: list[str] = SERIES_COLORS,
                 **legend) -> alt.Color:
    """A colour per value of `field`, in order of first appearance, from `colors` (SERIES_COLORS)."""
    domain = list(dict.fromkeys(frame[field])) if len(frame) else []
    palette = [colors[i % len(colors)] for i in range(len(domain))]
    return alt.Color(f"{field}:N", title=None, sort=domain, scale=alt.Scale(domain=domain, range=palette),
                     legend=alt.Legend(**{"orient": "top", **legend}))


def thin(frame: pd.DataFrame, max_points: int = MAX_POINTS) -> pd.DataFrame:
    """Every k-th row so at most about max_points remain, always keeping the last row."""
    if len(frame) <= max_points:
        return frame
    step = int(np.ceil(len(frame) / max_points))
    keep = np.unique(np.r_[np.arange(0, len(frame), step), len(frame) - 1])
    return frame.iloc[keep]


def history_long(history, names: dict[str, str], max_points: int = MAX_POINTS) -> pd.DataFrame:
    """A run's history (list of per-epoch dicts) as long format epoch, loss, series; names maps column → label."""
    n = len(history)
    step = max(1, int(np.ceil(n / max_points)))
    # Slice the list before building a frame: 50,000 epochs of history would be slow to convert on every draw.
    rows = list(history[::step]) + ([history[-1]] if n and (n - 1) % step else [])
    frame = pd.DataFrame(rows)
    parts = [pd.DataFrame({"epoch": frame["epoch"], "loss": frame[col], "series": label})
             for col, label in names.items() if col in frame]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["epoch", "loss", "series"])


def loss_chart(frame: pd.DataFrame, x_title: str, y_title: str, log_y: bool | None = None,
               height: int = 320, share: bool = False, dash: str | None = None,
               colors: list[str] = SERIES_COLORS) -> alt.Chart:
    """Loss curves from long format (epoch, loss, series): one colour per series, e.g. train/validation of several runs.

    log_y=None picks a log axis when the losses span more than 20×, so a huge first epoch does not flatten the rest.
    Colours follow the order the series come in (not their names), so training and validation keep their colours
    in every language. share=True draws values in 0–1 (accuracies) on a fixed 0–100 % axis.
    dash names a second column told apart by line dash (solid first), e.g. train / validation of each CV fold, so
    the colours stay one per series (a fold) instead of repeating after eight lines.
    `height` is the plot's own: autosize fit-x stretches only the width, so a long legend below adds to the chart
    instead of squashing the curves (Streamlit's default "fit" squeezed them to ~30 px under a dozen series).
    """
    frame = frame[np.isfinite(frame["loss"].astype(float))] if len(frame) else frame
    if log_y is None:
        loss = frame["loss"].astype(float)
        log_y = not share and bool(len(frame)) and loss.min() > 0 and loss.max() / loss.min() > 20
    if log_y:
        frame = frame[frame["loss"] > 0]
    if share:
        scale, axis = alt.Scale(domain=[0, 1]), alt.Axis(format="%")
    elif log_y:  # a few plain labels (1, 10, 100 or 2, 5, 20), not one on every minor tick
        scale, axis = alt.Scale(type="log"), alt.Axis(format="~g", labelOverlap="greedy", tickCount=6)
    else:
        scale, axis = alt.Scale(zero=False), alt.Axis(format="~g")
    series = list(dict.fromkeys(frame["series"])) if len(frame) else []
    # Long run names: a legend at the top would run off the side, so list several series one per line below;
    # short ones (a lab's "SGD (B = 1)") fit in one row on top, next to their lines.
    on_top = len(series) <= 2 or sum(len(name) + 6 for name in series) <= SHORT_LEGEND
    legend = dict(labelLimit=0) if on_top else dict(orient="bottom", columns=1, labelLimit=0)
    return alt.Chart(frame).mark_line(point=len(frame) <= 40).encode(
        x=alt.X("epoch:Q", title=x_title, axis=alt.Axis(format=",~f", labelOverlap="greedy", tickMinStep=1)),
        y=alt.Y("loss:Q", title=y_title, scale=scale, axis=axis),
        color=series_color(frame, colors=colors, **legend),
        strokeDash=series_dash(frame, dash) if dash else alt.Undefined,
        tooltip=[alt.Tooltip("series:N"), *([alt.Tooltip(f"{dash}:N")] if dash else []), alt.Tooltip("epoch:Q"),
                 alt.Tooltip("loss:Q", format=".5g")],
    ).properties(height=height, autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))


def series_dash(frame: pd.DataFrame, field: str = "series", legend: bool = True) -> alt.StrokeDash:
    """A dash per value of `field` in order of first appearance (solid first, from SERIES_DASHES), named in a
    legend on top unless legend=False (when the colours' legend already names the lines)."""
    kinds = list(dict.fromkeys(frame[field])) if len(frame) else []
    shown = alt.Legend(orient="top", symbolType="stroke", symbolStrokeWidth=2, symbolSize=400, labelLimit=0)
    return alt.StrokeDash(f"{field}:N", title=None, sort=kinds, legend=shown if legend else None, scale=alt.Scale(
        domain=kinds, range=[SERIES_DASHES[i % len(SERIES_DASHES)] for i in range(len(kinds))]))


def fit_line_chart(points: pd.DataFrame, line: pd.DataFrame, x_title: str, y_title: str,
                   height: int = 280, line_title: str | None = None) -> alt.Layer:
    """The data as dots (columns x, y, part) and the model's prediction as a line (columns x, predicted).

    With a `label` column the line frame holds several lines (e.g. the model after 1,000 and after 100,000
    iterations): earlier ones dashed and lighter, the last one solid and dark, named in a legend.
    """
    dots = alt.Chart(points).mark_circle(size=45, opacity=0.75).encode(
        x=alt.X("x:Q", title=x_title, scale=alt.Scale(zero=False)),
        y=alt.Y("y:Q", title=y_title, scale=alt.Scale(zero=False)),
        color=alt.Color("part:N", title=None, legend=alt.Legend(orient="top")),
        tooltip=["x", "y", "part"],
    )
    if "label" not in line:
        fitted = alt.Chart(line).mark_line(color="#d62728", strokeWidth=3).encode(x="x:Q", y="predicted:Q")
        return (dots + fitted).properties(height=height)
    order = list(dict.fromkeys(line["label"]))
    last = order[-1]
    picks = np.linspace(0, len(EARLIER_LINES) - 1, len(order) - 1).round().astype(int) if len(order) > 1 else []
    earlier = [EARLIER_LINES[i] for i in picks]  # light to dark: the later a line, the darker
    fitted = alt.Chart(line).mark_line().encode(
        x="x:Q", y="predicted:Q",
        color=alt.Color("label:N", sort=order, title=line_title,
                        scale=alt.Scale(domain=order, range=[*earlier, "#d62728"]),
                        legend=alt.Legend(orient="bottom", columns=2, labelLimit=260)),
        strokeDash=alt.condition(alt.datum.label == last, alt.value([1, 0]), alt.value([6, 4])),
        strokeWidth=alt.condition(alt.datum.label == last, alt.value(3), alt.value(2)),
        tooltip=["label:N"])
    # The height includes both legends: give the plot back the rows the lines' legend takes.
    rows = (len(order) + 1) // 2
    return (dots + fitted).resolve_scale(color="independent").properties(height=height + 40 + 22 * rows)


def pred_actual_chart(actual, predicted, x_title: str, y_title: str, height: int = 280) -> alt.Layer:
    """Predicted against actual values, with the diagonal where a perfect model's dots would lie."""
    frame = pd.DataFrame({"actual": np.ravel(actual), "predicted": np.ravel(predicted)})
    lo = float(np.nanmin(frame.to_numpy())) if len(frame) else 0.0
    hi = float(np.nanmax(frame.to_numpy())) if len(frame) else 1.0
    diagonal = alt.Chart(pd.DataFrame({"actual": [lo, hi], "predicted": [lo, hi]})).mark_line(
        color="gray", strokeDash=[4, 4]).encode(x="actual:Q", y="predicted:Q")
    dots = alt.Chart(frame).mark_circle(size=40, opacity=0.7).encode(
        x=alt.X("actual:Q", title=x_title, scale=alt.Scale(zero=False)),
        y=alt.Y("predicted:Q", title=y_title, scale=alt.Scale(zero=False)),
        tooltip=[alt.Tooltip("actual:Q", format=".4g"), alt.Tooltip("predicted:Q", format=".4g")])
    return (diagonal + dots).properties(height=height)


def residual_chart(predicted, residual, x_title: str, y_title: str, height: int = 280) -> alt.Layer:
    """Residuals (predicted − actual) against predictions, around a zero line: patterns mean something was missed."""
    frame = pd.DataFrame({"predicted": np.ravel(predicted), "residual": np.ravel(residual)})
    zero = alt.Chart(pd.DataFrame({"residual": [0.0]})).mark_rule(color="gray", strokeDash=[4, 4]).encode(
        y="residual:Q")
    dots = alt.Chart(frame).mark_circle(size=40, opacity=0.7).encode(
        x=alt.X("predicted:Q", title=x_title, scale=alt.Scale(zero=False)),
        y=alt.Y("residual:Q", title=y_title),
        tooltip=[alt.Tooltip("predicted:Q", format=".4g"), alt.Tooltip("residual:Q", format=".4g")])
    return (zero + dots).properties(height=height)


def boundary_chart(grid: pd.DataFrame, points: pd.DataFrame, x_titles: tuple[str, str], legend: str,
                   height: int = 320) -> alt.Layer:
    """Decision regions on a grid (columns x1, x2, p1 or predicted) under the data (x1, x2, label)."""
    step1 = np.diff(np.unique(grid["x1"]))[:1].sum() / 2
    step2 = np.diff(np.unique(grid["x2"]))[:1].sum() / 2
    cells = grid.assign(a=grid["x1"] - step1, b=grid["x1"] + step1, c=grid["x2"] - step2, d=grid["x2"] + step2)
    binary = grid["p1"].notna().all()
    fill = (alt.Color("p1:Q", title=legend, scale=alt.Scale(scheme="redblue", domain=[0, 1], reverse=True))
            if binary else alt.Color("predicted:N", title=legend))
    regions = alt.Chart(cells).mark_rect(opacity=0.45).encode(
        x=alt.X("a:Q", title=x_titles[0], scale=alt.Scale(zero=False, nice=False)), x2="b:Q",
        y=alt.Y("c:Q", title=x_titles[1], scale=alt.Scale(zero=False, nice=False)), y2="d:Q", color=fill)
    dots = alt.Chart(points).mark_point(size=90, filled=True, stroke="black", strokeWidth=1).encode(
        x="x1:Q", y="x2:Q", shape=alt.Shape("label:N", title=None), tooltip=["x1", "x2", "label"])
    if not binary:
        dots = dots.encode(color=alt.Color("label:N", title=legend))
    else:
        dots = dots.encode(color=alt.value("black"))
    return (regions + dots).resolve_scale(color="independent").properties(height=height)


def _png_url(image: np.ndarray) -> str:
    """A grey image (h, w) of any range as a PNG data URL, scaled to 0–255."""
    lo, hi = float(image.min()), float(image.max())
    pixels = ((image - lo) / (hi - lo or 1.0) * 255).astype(np.uint8)
    return _data_url(Image.fromarray(pixels, mode="L").resize((56, 56), Image.NEAREST))


def _data_url(picture: Image.Image) -> str:
    """A picture as a PNG data URL, for Vega-Lite's image mark."""
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def image_grid_chart(images: np.ndarray, captions: list[str], correct, columns: int = 8,
                     size: int = 64) -> alt.Layer:
    """Small images (n, h, w) in a grid, each with its caption in green (right) or red (wrong)."""
    n = len(images)
    frame = pd.DataFrame({"col": np.arange(n) % columns, "row": np.arange(n) // columns,
                          "url": [_png_url(im) for im in images], "caption": captions,
                          "right": np.asarray(correct, dtype=bool)})
    x = alt.X("col:O", axis=None)
    pictures = alt.Chart(frame).mark_image(width=size - 8, height=size - 8).encode(
        x=x, y=alt.Y("row:O", axis=None), url="url:N")
    labels = alt.Chart(frame).mark_text(dy=size / 2, fontSize=13, fontWeight="bold").encode(
        x=x, y=alt.Y("row:O", axis=None), text="caption:N",
        color=alt.Color("right:N", scale=alt.Scale(domain=[True, False], range=["#2ca02c", "#d62728"]), legend=None))
    rows = int(np.ceil(n / columns))
    return (pictures + labels).properties(width=columns * size, height=rows * (size + 22)).configure_view(
        strokeWidth=0)


def confusion_chart(matrix, class_names: list[str], x_title: str, y_title: str, normalize: bool = False,
                    share_title: str = "share") -> alt.Layer:
    """Confusion matrix heatmap: rows are the true classes, columns the predicted ones, square cells sized to k.

    The colour is each row's share (how a true class was spread over the predictions), so a small class reads
    as clearly as a big one; the text is the count, or that share in percent when normalize=True.
    """
    matrix = np.asarray(matrix)
    k = len(matrix)
    names = [str(c) for c in class_names[:k]]
    rows = matrix.sum(axis=1, keepdims=True)
    share = np.divide(matrix, rows, out=np.zeros(matrix.shape, dtype=float), where=rows > 0)
    frame = pd.DataFrame({"actual": np.repeat(names, k), "predicted": np.tile(names, k), "count": matrix.ravel(),
                          "share": share.ravel()})
    cell = int(np.clip(360 / k, 30, 64))  # 2 classes: 64 px cells; 10 classes: 36 px
    font = int(np.clip(cell / 3, 10, 16))
    longest = max((len(n) for n in names), default=1)
    base = alt.Chart(frame).encode(
        x=alt.X("predicted:O", title=x_title, sort=names,
                axis=alt.Axis(labelAngle=0 if longest * 7 < cell else -45, orient="top", labelLimit=120)),
        y=alt.Y("actual:O", title=y_title, sort=names, axis=alt.Axis(labelLimit=120)))
    heat = base.mark_rect(stroke="white").encode(
        color=alt.Color("share:Q", scale=alt.Scale(scheme="blues", domain=[0, 1]), legend=None),
        tooltip=["actual", "predicted", "count", alt.Tooltip("share:Q", title=share_title, format=".1%")])
    text = base.mark_text(fontSize=font).encode(
        text=alt.Text("share:Q", format=".0%") if normalize else alt.Text("count:Q"),
        color=alt.condition(alt.datum.share > 0.5, alt.value("white"), alt.value("black")))
    return (heat + text).properties(width=cell * k, height=cell * k)


def lr_chart(rates, x_title: str, y_title: str, height: int = 160, log_y: bool = False,
             dashed: bool = False) -> alt.Chart:
    """The learning rate in each epoch as a schedule makes it: held for a whole epoch, so drawn as steps.

    rates: one schedule's list (epoch 1 first), or a long frame (epoch, lr, series) for several in colours.
    A linear axis by default: on a log axis a cosine curve looks like a crash and halvings look like ramps.
    dashed: several series also differ in dash, so lines lying on each other (e.g. before a first drop) stay apart.
    """
    several = isinstance(rates, pd.DataFrame)
    frame = rates if several else pd.DataFrame({"epoch": np.arange(1, len(rates) + 1), "lr": rates, "series": ""})
    frame = pd.concat([thin(part) for _, part in frame.groupby("series", sort=False)], ignore_index=True)
    scale = alt.Scale(type="log") if log_y else alt.Scale(zero=True)
    chart = alt.Chart(frame).mark_line(interpolate="step-after", strokeWidth=2.5).encode(
        x=alt.X("epoch:Q", title=x_title, axis=alt.Axis(tickMinStep=1, format="d")),
        y=alt.Y("lr:Q", title=y_title, scale=scale, axis=alt.Axis(format="~g", tickCount=4, labelOverlap=True)),
        tooltip=["series", "epoch", alt.Tooltip("lr:Q", format=".3g")] if several
        else ["epoch", alt.Tooltip("lr:Q", format=".3g")])
    if several:
        chart = chart.encode(color=series_color(frame))
    if several and dashed:
        chart = chart.encode(strokeDash=series_dash(frame, legend=False))
    return chart.properties(height=height)


def proba_chart(class_names: list[str], proba, x_title: str) -> alt.Chart:
    """Predicted probability of each class as bars, the most likely one highlighted."""
    proba = np.ravel(proba)
    frame = pd.DataFrame({"class": class_names[:len(proba)], "p": proba, "top": proba == proba.max()})
    return alt.Chart(frame).mark_bar().encode(
        x=alt.X("p:Q", title=x_title, scale=alt.Scale(domain=[0, 1]), axis=alt.Axis(format="%")),
        y=alt.Y("class:N", title=None, sort=list(frame["class"]), axis=alt.Axis(labelOverlap=False)),
        color=alt.Color("top:N", scale=alt.Scale(domain=[True, False], range=["#1f77b4", "#c7c7c7"]), legend=None),
        tooltip=["class", alt.Tooltip("p:Q", format=".1%")]).properties(height=26 * len(proba) + 20)


def heatmap(grid: pd.DataFrame, x: str, y: str, color: alt.Color, x_title: str, y_title: str,
            x_domain=None, y_domain=None, tooltip=None, **mark) -> alt.Chart:
    """Values on a regular (x, y) grid as touching rectangles: Altair has no contour mark.

    Each grid point fills the cell around it, 3 % wider so anti-aliasing leaves no seams between cells.
    """
    half = {c: 0.515 * float(np.diff(np.unique(grid[c]))[0]) for c in (x, y)}
    cells = grid.assign(cell_x0=grid[x] - half[x], cell_x1=grid[x] + half[x],
                        cell_y0=grid[y] - half[y], cell_y1=grid[y] + half[y])

    def axis(domain):
        return alt.Scale(domain=list(domain), nice=False) if domain is not None else alt.Undefined

    return alt.Chart(cells).mark_rect(strokeWidth=0, **mark).encode(
        x=alt.X("cell_x0:Q", title=x_title, scale=axis(x_domain)), x2="cell_x1:Q",
        y=alt.Y("cell_y0:Q", title=y_title, scale=axis(y_domain)), y2="cell_y1:Q",
        color=color, tooltip=tooltip if tooltip is not None else alt.Undefined)


# Every loss or cost map in the labs: darker is lower, as at the bottom of a valley (captions say so).
LOSS_MAP = {"scheme": "greys", "reverse": True}

# Vega's "greys" and "redblue" colour schemes as their evenly spaced stops (vega-scale), so a picture coloured
# here matches the gradient of a legend that Vega draws for the same scheme.
SCHEME_STOPS = {"greys": ["#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525",
                          "#000000"],
                "redblue": ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de",
                            "#4393c3", "#2166ac", "#053061"]}
_TRANSFORMS = {"linear": lambda v: v, "log": np.log10, "sqrt": np.sqrt}


def image_heatmap(values: np.ndarray, x: str, y: str, x_domain, y_domain, x_title: str, y_title: str,
                  scheme: str = "greys", scale: str = "linear", reverse: bool = False,
                  opacity: float = 1.0, domain: tuple[float, float] | None = None) -> alt.Chart:
    """Values on a grid drawn as ONE picture stretched over the plot: the browser draws one mark, not n² cells.

    values[i, j] is the value at the centre of pixel (row i, column j), row 0 at the bottom (y_domain[0]),
    column 0 at the left (x_domain[0]); the picture covers exactly the two domains. Colours follow `scheme`
    through `scale` ("linear", "log" or "sqrt", like a Vega colour scale over the values' min…max, or over `domain`
    when given: a probability map keeps 0…1 whatever its values). The x and y fields name the axes' scales, so
    other layers plotted on the same fields share them.
    """
    level = _TRANSFORMS[scale](np.asarray(values, dtype=float))
    lo, hi = ((float(np.nanmin(level)), float(np.nanmax(level))) if domain is None
              else tuple(_TRANSFORMS[scale](np.asarray(domain, dtype=float))))
    share = np.clip((level - lo) / (hi - lo or 1.0), 0, 1)
    stops = np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] for c in SCHEME_STOPS[scheme]], dtype=float)
    if reverse:
        stops = stops[::-1]
    where = share * (len(stops) - 1)
    below = np.minimum(where.astype(int), len(stops) - 2)
    part = (where - below)[..., None]
    rgb = (stops[below] * (1 - part) + stops[below + 1] * part).round().astype(np.uint8)
    url = _data_url(Image.fromarray(rgb[::-1], mode="RGB"))  # a picture's rows run top to bottom
    corners = pd.DataFrame({x: [x_domain[0]], f"{x}_end": [x_domain[1]], y: [y_domain[0]], f"{y}_end": [y_domain[1]],
                            "url": [url]})
    return alt.Chart(corners).mark_image(aspect=False, opacity=opacity).encode(
        x=alt.X(f"{x}:Q", title=x_title, scale=alt.Scale(domain=list(x_domain), nice=False, zero=False)),
        y=alt.Y(f"{y}:Q", title=y_title, scale=alt.Scale(domain=list(y_domain), nice=False, zero=False)),
        x2=f"{x}_end:Q", y2=f"{y}_end:Q", url="url:N")


def colour_legend(values: np.ndarray, title: str, scheme: str = "greys", scale: str = "linear",
                  reverse: bool = False) -> alt.Chart:
    """An invisible layer whose only use is the colour legend of an image_heatmap (same values and scale)."""
    values = np.asarray(values, dtype=float)
    ends = pd.DataFrame({"value": [float(np.nanmin(values)), float(np.nanmax(values))]})
    return alt.Chart(ends).mark_point(opacity=0).encode(color=alt.Color(
        "value:Q", title=title,
        scale=alt.Scale(type=scale, scheme=scheme, reverse=reverse, domain=list(ends["value"]), nice=False)))


def on_canvas(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """The chart drawn on a canvas: hundreds of marks draw many times faster than as SVG elements, which is
    what Streamlit asks Vega for (it switches by itself only beyond 2,000 data points)."""
    return chart.properties(usermeta={"embedOptions": {"renderer": "canvas"}})

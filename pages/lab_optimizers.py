"""Lab: torch.optim optimizers racing on 2-D surfaces, each with its own settings, watched step by step."""
from functools import partial

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from engine import surfaces
from engine.labs.optimizer_race import BETA, CLOSE, arrow_field, default_lr, path, race_code, standings, summary
from ui.charts import LOSS_MAP, image_heatmap, on_canvas
from ui.lab_cache import ahead, shared
from ui.state import end_page, kept, put, remember, tr

remember("lab_opt_")  # the widgets as the learner left them, after a visit to another page

OPTIMIZERS = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
COLORS = dict(zip(OPTIMIZERS, ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#e377c2"]))
LRS = [1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0]  # 1-2-5: a log scale
BETAS = [0.0, 0.5, 0.8, 0.9, 0.95, 0.99, 0.999]
PIXELS = 120  # per axis of the shaded surface: one picture, so its resolution costs the browser nothing
HORIZONS = (20, 100, 300)  # paths are computed to the next of these and cut: moving Steps within one is free
MAP_SIZE = 400  # every surface's x and y ranges are equally long, so a square plot keeps one scale for both
MAP_FRAME = (60, 110)  # about what the map's axes, legend and title add around its plot (width, height)
SEED_003 = {"lab_opt_surface": "paraboloid", "lab_opt_x0": -3.0, "lab_opt_x1": 4.0, "lab_opt_lr_sgd": 0.1,
            "lab_opt_steps": 20, "lab_opt_at": 20}


@st.cache_data(show_spinner=False)
def _background(surface):
    """The surface's log-scaled height at pixel centres (so narrow valleys show) and the downhill arrows, each
    with its loss for the tooltip: once per surface."""
    s = surfaces.get(surface)
    centres = [np.linspace(lo + (hi - lo) / (2 * PIXELS), hi - (hi - lo) / (2 * PIXELS), PIXELS)
               for lo, hi in (s.xlim, s.ylim)]
    zz = surfaces.value(surface, *np.meshgrid(*centres))  # zz[i, j] at (x0 = centres[0][j], x1 = centres[1][i])
    floor = 1e-3 * float(zz.max() - zz.min())
    arrows = arrow_field(surface)
    return np.log10(zz - zz.min() + floor), arrows.assign(loss=surfaces.value(surface, arrows.x0, arrows.x1))


def _path_job(surface, optimizer, lr, beta, horizon, start) -> tuple:
    """(key, compute) of one optimizer's path for ui/lab_cache.py."""
    return (f"optimizers.path:{(surface, optimizer, lr, beta, horizon, tuple(start))!r}",
            partial(path, surface, optimizer, lr, beta, horizon, start))


def _long_path(surface, optimizer, lr, beta, horizon, start):
    """One optimizer's path: kept alone (once per server), so changing one optimizer's settings reruns only it."""
    return shared(*_path_job(surface, optimizer, lr, beta, horizon, start))


def _other_surfaces_ahead(surface, chosen, steps) -> None:
    """The race each other surface starts with (its own start and the optimizers' default settings, as choosing
    it sets them) for the chosen optimizers and this many steps, worked out in the background: switching the
    surface then finds its paths done."""
    horizon = next(h for h in HORIZONS if h >= steps)
    ahead([_path_job(other, o, default_lr(other, o), BETA[o][1] if o in BETA else None, horizon,
                     surfaces.get(other).start) for other in surfaces.names() if other != surface for o in chosen],
          replaces="optimizers.surfaces")  # newer settings drop the guesses still waiting


def _path(surface, optimizer, lr, beta, steps, start):
    """The first `steps` steps, cut from a path computed to the next horizon (an optimizer's step never
    depends on how many steps follow it)."""
    horizon = next(h for h in HORIZONS if h >= steps)
    return _long_path(surface, optimizer, lr, beta, horizon, start).iloc[:steps + 1]


def _name(optimizer):
    return tr(f"lab_optimizers.o_{optimizer}")


def _set_defaults(surface, only_missing=False):
    """Each optimizer's learning rate and β, and the start point, as the surface suggests."""
    for o in OPTIMIZERS:
        if not only_missing or kept(f"lab_opt_lr_{o}") is None:
            put(f"lab_opt_lr_{o}", default_lr(surface, o))
        if o in BETA and (not only_missing or kept(f"lab_opt_beta_{o}") is None):
            put(f"lab_opt_beta_{o}", BETA[o][1])
    if not only_missing:
        for key, value in zip(("lab_opt_x0", "lab_opt_x1"), surfaces.get(surface).start):
            put(key, value)


def _put_all(values: dict) -> None:
    for key, value in values.items():
        put(key, value)


def _seed_003():
    _set_defaults("paraboloid")
    _put_all(SEED_003)
    if "sgd" not in st.session_state.lab_opt_optimizers:
        put("lab_opt_optimizers", ["sgd", *st.session_state.lab_opt_optimizers])


if kept("lab_opt_surface") is None:  # a first visit
    _put_all({**SEED_003, "lab_opt_optimizers": ["sgd", "momentum", "adam"]})
_set_defaults(st.session_state.lab_opt_surface, only_missing=True)

st.title(tr("nav.lab_optimizers"))
st.markdown(tr("lab_optimizers.intro"))

top = st.columns([3, 2], vertical_alignment="bottom")
surface = top[0].selectbox(tr("lab_optimizers.surface"), surfaces.names(), key="lab_opt_surface",
                           on_change=lambda: _set_defaults(st.session_state.lab_opt_surface),
                           format_func={n: tr(f"lab_optimizers.s_{n}") for n in surfaces.names()}.get)
# a row of its own: with all six chosen, a narrower box scrolls some of the chips out of sight
chosen = st.multiselect(tr("lab_optimizers.optimizers"), OPTIMIZERS, key="lab_opt_optimizers",
                            format_func={o: _name(o) for o in OPTIMIZERS}.get)
top[1].button(tr("lab_optimizers.seed003"), icon=":material/replay:", on_click=_seed_003, width="stretch",
              help=tr("lab_optimizers.seed003_help"))
row = st.columns(3)
s = surfaces.get(surface)
x0 = row[0].number_input(tr("lab_optimizers.x0"), *s.xlim, step=0.1, key="lab_opt_x0")
x1 = row[1].number_input(tr("lab_optimizers.x1"), *s.ylim, step=0.1, key="lab_opt_x1")
steps = row[2].slider(tr("lab_optimizers.steps"), 1, 300, key="lab_opt_steps")
sgd_lr = kept("lab_opt_lr_sgd")  # the paraboloid's caption works out SGD's factor from the lr set below
st.caption(tr(f"lab_optimizers.about_{surface}", lr=f"{sgd_lr:g}", factor=f"{1 - 2 * sgd_lr:g}"))

if not chosen:
    st.info(tr("lab_optimizers.pick"), icon=":material/sports_score:")
    end_page()

settings = {}
for o, column in zip(chosen, st.columns(len(chosen))):
    column.markdown(f'<span style="color:{COLORS[o]}">●</span> **{_name(o)}**', unsafe_allow_html=True)
    lr = column.select_slider(tr("lab_optimizers.lr"), LRS, key=f"lab_opt_lr_{o}", format_func=lambda v: f"{v:g}")
    beta = (column.select_slider(tr(f"lab_optimizers.beta_{BETA[o][0]}"), BETAS, key=f"lab_opt_beta_{o}",
                                 format_func=lambda v: f"{v:g}") if o in BETA else None)
    settings[o] = (lr, beta)

paths = pd.concat([_path(surface, o, lr, beta, steps, (x0, x1)) for o, (lr, beta) in settings.items()],
                  ignore_index=True)
_other_surfaces_ahead(surface, chosen, steps)
results = summary(surface, paths)
if kept("lab_opt_at", steps) > steps:
    put("lab_opt_at", steps)
at = st.slider(tr("lab_optimizers.scrub"), 0, steps, steps, key="lab_opt_at", help=tr("lab_optimizers.scrub_help"))

levels, arrows = _background(surface)
names = [_name(o) for o in chosen]
color = alt.Color("name:N", scale=alt.Scale(domain=names, range=[COLORS[o] for o in chosen]),
                  title=None, legend=alt.Legend(orient="top", columns=3, labelLimit=0))  # six names fit in two rows
quiet = color.legend(None)  # the dots share the lines' colours: one legend is enough
drawn = paths[paths["step"] <= at].dropna(subset=["x0", "x1"]).assign(
    name=lambda frame: frame["optimizer"].map(dict(zip(chosen, names))))
now = drawn.groupby("optimizer", sort=False).tail(1)
heat = image_heatmap(levels, "x0", "x1", s.xlim, s.ylim, "x0", "x1", opacity=0.85, **LOSS_MAP)
field = alt.Chart(arrows).mark_point(shape="wedge", filled=True, color="#555", opacity=0.6).encode(
    x="x0:Q", y="x1:Q", angle=alt.Angle("angle:Q", scale=alt.Scale(domain=[0, 360], range=[0, 360])),
    size=alt.Size("length:Q", scale=alt.Scale(type="sqrt", range=[0, 320]), legend=None),
    tooltip=[alt.Tooltip("x0:Q", format=".2f"), alt.Tooltip("x1:Q", format=".2f"), alt.Tooltip("loss:Q", format=".4g")])
tooltip = ["name", "step", alt.Tooltip("x0:Q", format=".4f"), alt.Tooltip("x1:Q", format=".4f"),
           alt.Tooltip("loss:Q", format=".4g")]
lines = alt.Chart(drawn).mark_line(strokeWidth=2.5, clip=True).encode(x="x0:Q", y="x1:Q", color=color, order="step:Q")
dotted = drawn if steps <= 100 else drawn.iloc[0:0]  # on a long race the dots pile up: the line alone is clearer
dots = alt.Chart(dotted).mark_circle(size=22, clip=True).encode(x="x0:Q", y="x1:Q", color=quiet, tooltip=tooltip)
heads = alt.Chart(now).mark_circle(size=160, stroke="white", strokeWidth=2, opacity=1, clip=True).encode(
    x="x0:Q", y="x1:Q", color=quiet, tooltip=tooltip)
layers = [heat, field, lines, dots, heads]
if s.minimum is not None:
    layers.append(alt.Chart(pd.DataFrame({"x0": [s.minimum[0]], "x1": [s.minimum[1]]}))
                  .mark_point(shape="cross", size=220, color="#d62728", strokeWidth=3).encode(x="x0:Q", y="x1:Q"))

# The loss axis: the gap to the minimum on a log scale, so one early spike cannot flatten the rest and the
# last digits of convergence stay visible; the saddle has no minimum, so a symmetric log of the loss itself.
finite = paths.dropna(subset=["loss"])
if s.minimum is not None:
    lowest = float(surfaces.value(surface, *s.minimum))
    curve = finite.assign(shown=np.maximum(finite["loss"] - lowest, 1e-16))
    y_title, y_scale = tr("lab_optimizers.gap"), alt.Scale(type="log")
else:
    curve, y_title, y_scale = finite.assign(shown=finite["loss"]), tr("lab_optimizers.loss"), alt.Scale(type="symlog")
y_format = "~g" if s.minimum is not None else ",~r"  # a gap of 1e-12 needs its exponent; the saddle's -20 does not
curve = curve.assign(name=curve["optimizer"].map(dict(zip(chosen, names))))
loss_lines = alt.Chart(curve).mark_line(strokeWidth=2).encode(
    x=alt.X("step:Q", title=tr("lab_optimizers.step"), axis=alt.Axis(tickMinStep=1, format="d")),
    y=alt.Y("shown:Q", title=y_title, scale=y_scale, axis=alt.Axis(format=y_format)), color=color,
    tooltip=["name", "step", alt.Tooltip("loss:Q", format=".4g")])
cursor = alt.Chart(pd.DataFrame({"step": [at]})).mark_rule(color="#444", strokeDash=[4, 3]).encode(x="step:Q")

left, right = st.columns([MAP_SIZE + MAP_FRAME[0], 460])
# "pad": the width and height are the plot's own (Streamlit's "fit" would squeeze the axes, legend and title
# into them and the plot would no longer be square)
left.altair_chart(on_canvas(alt.layer(*layers).properties(width=MAP_SIZE, height=MAP_SIZE, autosize="pad",
                                                         title=tr("lab_optimizers.map_title"))
                            .configure_axis(grid=False)), width="content")
right.altair_chart((loss_lines + cursor).properties(height=MAP_SIZE + MAP_FRAME[1],
                                                   title=tr("lab_optimizers.loss_title")), width="stretch")


def _plain(value: float, digits: int) -> str:
    """value to `digits` decimals, without the minus of a tiny negative that rounds to zero (no "-0.0000")."""
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def _reached(value):
    if value is None:
        return tr("lab_optimizers.no_minimum")
    return {-1: tr("lab_optimizers.never"), -2: tr("lab_optimizers.diverged")}.get(value, str(value))


table = pd.DataFrame({
    tr("lab_optimizers.optimizer"): [_name(o) for o in results.optimizer],
    tr("lab_optimizers.final_point"): [f"({_plain(a, 4)}, {_plain(b, 4)})" for a, b in zip(results.x0, results.x1)],
    tr("lab_optimizers.final_loss"): [f"{v:.4g}" for v in results.loss],
    tr("lab_optimizers.distance"): ["—" if d is None or pd.isna(d) else f"{d:.4f}" for d in results.distance],
    tr("lab_optimizers.reached", close=f"{CLOSE:g}"): [_reached(v) for v in results.reached],
})
st.dataframe(table, hide_index=True, width="stretch")
st.caption(tr("lab_optimizers.table_help", close=f"{CLOSE:g}"))

# What the numbers show, and nothing more: who reached the minimum first, else the order of the final losses,
# and who flew off.
ranked, diverged = standings(results)
losses, by_name = results.set_index("optimizer")["loss"], results.set_index("optimizer")
arrived = [o for o in ranked if by_name.loc[o, "arrived"]]
if len(arrived) > 1 or (arrived and len(ranked) > 1):
    key = "lab_optimizers.standing_all_arrived" if len(arrived) == len(ranked) else "lab_optimizers.standing_arrived"
    st.info(tr(key, steps=steps, n=len(arrived), close=f"{CLOSE:g}", best=_name(arrived[0]),
               best_steps=int(by_name.loc[arrived[0], "reached"]), worst=_name(arrived[-1]),
               worst_steps=int(by_name.loc[arrived[-1], "reached"]),
               others=", ".join(_name(o) for o in ranked if o not in arrived)), icon=":material/leaderboard:")
elif len(ranked) > 1:
    st.info(tr("lab_optimizers.standing", steps=steps, best=_name(ranked[0]), best_loss=f"{losses[ranked[0]]:.4g}",
               worst=_name(ranked[-1]), worst_loss=f"{losses[ranked[-1]]:.4g}"), icon=":material/leaderboard:")
elif ranked:
    st.info(tr("lab_optimizers.standing_one", steps=steps, name=_name(ranked[0]), loss=f"{losses[ranked[0]]:.4g}"),
            icon=":material/leaderboard:")
if diverged:
    st.warning(tr("lab_optimizers.standing_diverged", names=", ".join(_name(o) for o in diverged)),
               icon=":material/warning:")
if (surface, x0, x1) == ("paraboloid", -3.0, 4.0) and settings.get("sgd", (None,))[0] == 0.1:
    sgd = results.set_index("optimizer").loc["sgd"]
    st.success(tr("lab_optimizers.seed003_result", steps=steps, factor=f"{0.8 ** steps:.6g}", x0=_plain(sgd.x0, 6),
                  x1=_plain(sgd.x1, 6), distance=f"{sgd.distance:.6f}"), icon=":material/check_circle:")

st.subheader(tr("lab_optimizers.code_title"))
st.code(race_code(surface, settings, steps, (x0, x1)), language="python")

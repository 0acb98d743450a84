"""The "do" checks: each looks at the learner's real state and says what it found.

A check returns a Verdict: done or not, and a message key with the numbers it looked at, so a learner who
is not there yet reads why ("your best run has test MAE 7.4; the target is under 7.0").
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engine.study.facts import RunFacts, StudyState

SHORT_RUN = (500, 2_000)     # "about 1,000 iterations"
LONG_RUN = 50_000            # the tutorial's 100,000; 50,000 full-batch epochs also count
BRACKET = 2.0                # a converged and a diverged learning rate at most this far apart
HOUSE_LAYERS, HOUSE_PARAMS = (50, 30), 2_261
HOUSE_RMSE, HOUSE_CV_RMSE = 0.12, 0.10   # on the min-max scaled target, as seed 001 reports it
MNIST_ACCURACY = 0.85


@dataclass(frozen=True)
class Verdict:
    """A check's answer: done, the message key and its numbers, and the run that did it (if any)."""

    done: bool
    key: str
    params: dict = field(default_factory=dict)
    run: str | None = None


def _runs(state: StudyState, dataset: str, linear: bool | None = None) -> list[RunFacts]:
    """The runs on `dataset`, optionally only the linear (or only the hidden-layer) ones."""
    return [r for r in state.runs if r.dataset == dataset and (linear is None or (not r.hidden) == linear)]


def linear_rent_run(state: StudyState) -> Verdict:
    """A linear model trained on rent without blowing up, scored on held-out rows."""
    good = [r for r in _runs(state, "rent", linear=True) if r.converged and "mae" in r.metrics]
    if not good:
        return Verdict(False, "study.check.no_linear_rent", {"n": len(_runs(state, "rent"))})
    best = min(good, key=lambda r: r.metrics["mae"])
    return Verdict(True, "study.check.linear_rent", {"mae": best.metrics["mae"]}, best.name)


def more_iterations(state: StudyState) -> Verdict:
    """A ~1,000-iteration and a ≥50,000-iteration linear rent run, the longer one with the lower test MAE."""
    runs = [r for r in _runs(state, "rent", linear=True) if r.converged and "mae" in r.metrics]
    short = [r for r in runs if SHORT_RUN[0] <= r.steps <= SHORT_RUN[1]]
    long = [r for r in runs if r.steps >= LONG_RUN]
    if not short or not long:
        steps = ", ".join(f"{r.steps:,}" for r in runs) or "-"
        return Verdict(False, "study.check.iterations_missing",
                       {"short": len(short), "long": len(long), "steps": steps})
    s = min(short, key=lambda r: r.metrics["mae"])
    best_long = min(long, key=lambda r: r.metrics["mae"])
    params = {"short_mae": s.metrics["mae"], "long_mae": best_long.metrics["mae"],
              "short_steps": s.steps, "long_steps": best_long.steps}
    if best_long.metrics["mae"] < s.metrics["mae"]:
        return Verdict(True, "study.check.iterations_better", params, best_long.name)
    return Verdict(False, "study.check.iterations_not_better", params)


def _setup(run: RunFacts) -> tuple:
    """Runs that differ only in their learning rate share this."""
    return run.hidden, run.optimizer, run.batch_size, run.scaling, run.scale_target


def lr_bracket(state: StudyState) -> Verdict:
    """On rent, a converged and a diverged run of one setup whose learning rates are at most 2x apart."""
    runs = _runs(state, "rent")
    setups: dict[tuple, list[RunFacts]] = {}
    for run in runs:  # grouped, not sorted: a full batch (None) and a batch size (30) cannot be ordered
        setups.setdefault(_setup(run), []).append(run)
    widest = None
    for group in setups.values():
        ok = [r.lr for r in group if r.converged]
        bad = [r.lr for r in group if r.diverged]
        if not ok or not bad:
            continue
        highest_ok = max(ok)
        above = [lr for lr in bad if lr > highest_ok]
        if not above:
            continue
        lowest_bad = min(above)
        if lowest_bad <= BRACKET * highest_ok:
            winner = max((r for r in group if r.converged and r.lr == highest_ok), key=lambda r: r.steps)
            return Verdict(True, "study.check.lr_bracket", {"ok": highest_ok, "bad": lowest_bad}, winner.name)
        if widest is None or lowest_bad / highest_ok < widest[1] / widest[0]:
            widest = (highest_ok, lowest_bad)
    if widest is None:
        return Verdict(False, "study.check.lr_bracket_missing",
                       {"ok": sum(r.converged for r in runs), "bad": sum(r.diverged for r in runs)})
    return Verdict(False, "study.check.lr_bracket_wide",
                   {"ok": widest[0], "bad": widest[1], "ratio": widest[1] / widest[0]})


def house_network(state: StudyState) -> Verdict:
    """The Model page's model is 13-50-30-1 on house_prices: 2,261 parameters."""
    model = state.model
    if model is None:
        return Verdict(False, "study.check.no_model")
    params = {"layers": "-".join(str(n) for n in (model.n_features, *model.hidden, "…")), "params": model.n_params,
              "dataset": model.dataset}
    if model.dataset == "house_prices" and model.n_params == HOUSE_PARAMS:
        return Verdict(True, "study.check.house_network", params)
    return Verdict(False, "study.check.house_network_not_yet", params)


def house_rmse(state: StudyState) -> Verdict:
    """A 13-50-30-1 run on house_prices with test RMSE under 0.12 on the min-max scaled target."""
    runs = [r for r in _runs(state, "house_prices") if r.hidden == HOUSE_LAYERS and r.scale_target
            and r.converged and "rmse" in r.metrics]
    if not runs:
        return Verdict(False, "study.check.house_rmse_missing", {"n": len(_runs(state, "house_prices"))})
    best = min(runs, key=lambda r: r.metrics["rmse"])
    params = {"rmse": best.metrics["rmse"], "goal": HOUSE_RMSE}
    if best.metrics["rmse"] < HOUSE_RMSE:
        return Verdict(True, "study.check.house_rmse", params, best.name)
    return Verdict(False, "study.check.house_rmse_high", params)


def house_cv(state: StudyState) -> Verdict:
    """3-fold cross-validation on house_prices (scaled target) with mean RMSE under 0.10."""
    results = [c for c in state.cv if c.dataset == "house_prices" and c.k == 3 and c.metric == "rmse"
               and c.scale_target]
    if not results:
        return Verdict(False, "study.check.house_cv_missing")
    best = min(results, key=lambda c: c.mean)
    params = {"rmse": best.mean, "goal": HOUSE_CV_RMSE}
    if best.mean < HOUSE_CV_RMSE:
        return Verdict(True, "study.check.house_cv", params)
    return Verdict(False, "study.check.house_cv_high", params)


def sgd_vs_adam(state: StudyState) -> Verdict:
    """The same model on the same data, once with SGD and once with Adam."""
    for sgd in (r for r in state.runs if r.optimizer == "sgd" and r.converged):
        for adam in (r for r in state.runs if r.optimizer == "adam" and r.converged):
            if adam.dataset == sgd.dataset and adam.hidden == sgd.hidden:
                winner = "Adam" if adam.final_train_loss < sgd.final_train_loss else "SGD"
                return Verdict(True, "study.check.sgd_vs_adam",
                               {"dataset": sgd.dataset, "sgd": sgd.final_train_loss, "adam": adam.final_train_loss,
                                "winner": winner}, adam.name)
    return Verdict(False, "study.check.sgd_vs_adam_missing",
                   {"sgd": sum(r.optimizer == "sgd" for r in state.runs),
                    "adam": sum(r.optimizer == "adam" for r in state.runs)})


def batch_modes(state: StudyState) -> Verdict:
    """The same model on the same data, once full-batch and once with mini-batches."""
    full = [r for r in state.runs if r.batch_size is None and r.converged]
    mini = [r for r in state.runs if r.batch_size is not None and r.converged]
    for f in full:
        for m in mini:
            if m.dataset == f.dataset and m.hidden == f.hidden:
                return Verdict(True, "study.check.batch_modes",
                               {"dataset": f.dataset, "batch": m.batch_size, "full_steps": f.steps,
                                "mini_steps": m.steps}, m.name)
    return Verdict(False, "study.check.batch_modes_missing", {"full": len(full), "mini": len(mini)})


def smallest_xor(state: StudyState) -> Verdict:
    """XOR solved (every point right); records the fewest hidden units that did it."""
    solved = [r for r in _runs(state, "xor", linear=False) if r.train_metrics.get("accuracy") == 1.0]
    if not solved:
        tried = _runs(state, "xor")
        best = max((r.train_metrics.get("accuracy", 0.0) for r in tried), default=0.0)
        return Verdict(False, "study.check.xor_missing", {"n": len(tried), "best": best})
    smallest = min(solved, key=lambda r: (sum(r.hidden), r.name))
    return Verdict(True, "study.check.xor", {"units": sum(smallest.hidden)}, smallest.name)


def mnist_accuracy(state: StudyState) -> Verdict:
    """A 784-50-10 network on mnist_5k with at least 85% test accuracy."""
    runs = [r for r in _runs(state, "mnist_5k") if r.hidden == (50,) and "accuracy" in r.metrics]
    if not runs:
        return Verdict(False, "study.check.mnist_missing", {"n": len(_runs(state, "mnist_5k"))})
    best = max(runs, key=lambda r: r.metrics["accuracy"])
    params = {"accuracy": best.metrics["accuracy"], "goal": MNIST_ACCURACY}
    if best.metrics["accuracy"] >= MNIST_ACCURACY:
        return Verdict(True, "study.check.mnist", params, best.name)
    return Verdict(False, "study.check.mnist_low", params)


def hours_line(state: StudyState, least_squares: tuple[float, float]) -> Verdict:
    """A linear run on study_hours whose line H(x) = Wx + b is within 0.1 of least squares in W and b."""
    W_best, b_best = least_squares
    lines = [r for r in _runs(state, "study_hours", linear=True) if r.line is not None and r.converged]
    if not lines:
        return Verdict(False, "study.check.hours_missing")
    closest = min(lines, key=lambda r: abs(r.line[0] - W_best) + abs(r.line[1] - b_best))
    W, b = closest.line
    params = {"W": W, "b": b, "W_best": W_best, "b_best": b_best}
    if abs(W - W_best) <= 0.1 and abs(b - b_best) <= 0.1:
        return Verdict(True, "study.check.hours", params, closest.name)
    return Verdict(False, "study.check.hours_far", params)

"""Performance as ratios measured in one run: engine vs a hand loop, CV vs one fit, live UI vs engine, sweeps.

Usage: python bench/run.py [--quick] [--repeats N]
Prints a readable table, then (last line) one JSON object. A ratio's two sides take turns in short blocks
(A B, B A, … about BLOCK_SECONDS each) so both see the same drift of a shared VM's speed; a section is a
run of such pairs until each side has run for at least MIN_SECONDS, its ratio the median of its per-pair
ratios; each ratio is printed as median [min–max] over `--repeats` sections. Times are this process's CPU
seconds (see `Ratio`), and every row notes the load average and the share of wall time the process got.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

import torch

from engine import datasets
from engine.config import TrainConfig
from engine.cv import cross_validate, fold_splits
from engine.losses import make_loss
from engine.models import seeded_model
from engine.optimizer_setup import make_optimizer, make_scheduler
from engine.split import prepare
from engine.train import Training, fit_many

# Seed 001's house-price MLP and seed 000's rent regression (batch N/2 of the 60 training rows).
HOUSE = dict(hidden=[50, 30], activation="relu", dropout=0.5, optimizer="adam", lr=1e-3, weight_decay=1e-7,
             batch_size=32, test_size=0.5, scaling="minmax", scale_target=True, seed=1)
RENT = dict(hidden=[], optimizer="sgd", lr=5e-4, batch_size=30, seed=0)
HEADLINE_STEPS = 100_000
# 8 learning rates: the case's own times these factors, none of which diverges (rent's own lr 5e-4 is its
# largest stable one: a diverged member would end a one-at-a-time fit early and flatter the sequential figure).
SWEEP_FACTORS = (0.03, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0)
SWEEP_OPTIMIZERS = ("sgd", "momentum", "adagrad", "rmsprop", "adam", "adamw")  # 6 optimizers at the case's lr


MIN_SECONDS = 2.0  # each side of every timed section runs at least this long (set from --min-seconds)
BLOCK_SECONDS = 0.15  # one side's turn inside a section: short, so A and B see the same drift
# ... and at least this many turns each, for calls longer than a block (a whole live run takes 1-2 s): with
# 1-2 pairs a section, three --quick runs' ui_vs_engine differed by ±13%.
MIN_PAIRS = 5


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def per_call(fn) -> float:
    """Wall seconds per call of fn, calling it until at least MIN_SECONDS have passed."""
    calls, start = 0, time.perf_counter()
    while True:
        fn()
        calls += 1
        elapsed = time.perf_counter() - start
        if elapsed >= MIN_SECONDS:
            return elapsed / calls


def load() -> float:
    """The 1-minute load average: above ~1.5 on this 2-core machine, other processes compete for the cores."""
    return os.getloadavg()[0]


class Ratio:
    """time(b) / time(a), the two sides taking turns in short blocks; `invert` reports a speed ratio instead.

    Both sides are called twice before timing (first-call costs: lazy imports, allocator growth), which also
    sizes each side's block (calls per turn) to about BLOCK_SECONDS. Then everything alive is frozen out of
    the garbage collector's walks, as the app does after its first run (ui/gc_freeze.py): a full collection
    of the unfrozen heap (streamlit, altair, torch: ~400k objects) takes 0.5 s. A section alternates blocks,
    A B then B A, until each side has run MIN_SECONDS and MIN_PAIRS turns; its ratio is the median of its
    per-pair ratios, so a stall that hits one block moves one pair, not the section. Garbage is collected
    before every block, so each block starts from the same heap whatever the other side left behind.

    Time is CPU time of this process (time.process_time), not wall time: the engine trains on one intra-op
    thread (engine/train.py sets torch.set_num_threads(1); checked here), so on an idle machine the two are
    equal, while on a shared one wall time also counts the time other processes held the core. `cpu_share`
    (CPU ÷ wall over every timed block) says how much of the core the bench got.
    """

    def __init__(self, a, b, sections: int, invert: bool = False):
        if torch.get_num_threads() != 1:
            raise RuntimeError("CPU time counts every thread's work: time with torch.set_num_threads(1)")
        calls = [self._calls_per_block(fn) for fn in (a, b)]
        gc.collect()
        gc.freeze()
        self.ratios, self.ta, self.tb = [], [], []
        cpu_total = wall_total = 0.0
        for _ in range(sections):
            pair_ratios, spent = [], [0.0, 0.0]
            while min(spent) < MIN_SECONDS or len(pair_ratios) < MIN_PAIRS:
                pair = [0.0, 0.0]
                for side in ((0, 1) if len(pair_ratios) % 2 == 0 else (1, 0)):
                    cpu, wall = self._block((a, b)[side], calls[side])
                    pair[side], spent[side] = cpu / calls[side], spent[side] + cpu
                    cpu_total, wall_total = cpu_total + cpu, wall_total + wall
                pair_ratios.append(pair[0] / pair[1] if invert else pair[1] / pair[0])
            self.ratios.append(statistics.median(pair_ratios))
            self.ta.append(spent[0] / (len(pair_ratios) * calls[0]))
            self.tb.append(spent[1] / (len(pair_ratios) * calls[1]))
        self.cpu_share, self.load = cpu_total / wall_total, load()

    @staticmethod
    def _block(fn, calls: int) -> tuple[float, float]:
        """CPU and wall seconds of `calls` calls of fn, after a garbage collection."""
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(calls):
            fn()
        return time.process_time() - cpu, time.perf_counter() - wall

    @classmethod
    def _calls_per_block(cls, fn) -> int:
        fn()
        cpu, _ = cls._block(fn, 1)
        return max(1, round(BLOCK_SECONDS / max(cpu, 1e-6)))

    @property
    def median(self) -> float:
        return statistics.median(self.ratios)

    def spread(self) -> str:
        return f"{self.median:.3f} [{min(self.ratios):.3f}–{max(self.ratios):.3f}]"

    def conditions(self) -> str:
        """The load average at the end of the measure and the share of the core the bench got."""
        return f"load {self.load:.1f}, cpu {self.cpu_share:.0%}"

    def record(self, out: dict, key: str) -> float:
        out[key], out[f"{key}_min"], out[f"{key}_max"] = self.median, min(self.ratios), max(self.ratios)
        return self.median


def engine_fit(cfg: TrainConfig, ds, rows=None) -> None:
    for _ in Training(cfg, ds, *(rows or ())):
        pass


def plain_loop(cfg: TrainConfig, ds) -> list[tuple[float, float]]:
    """The fastest honest hand-written loop doing the learner's work: per epoch, shuffle and slice batches,
    forward/loss/backward/step (grads set to None, as zero_grad(set_to_none=True) does without its wrapper;
    torch's own optimizer.step()), the epoch's training loss (batch losses weighted by batch size in one
    product per epoch, not a multiply per step), the validation loss, and the config's scheduler if any."""
    loss_name = cfg.loss_for(ds.task)
    data = prepare(cfg, ds, loss_name)
    model = seeded_model(cfg, ds.X.shape[1], ds.n_outputs)
    optimizer = make_optimizer(cfg, model.parameters())
    scheduler = make_scheduler(cfg, optimizer)
    params = list(model.parameters())
    loss_fn = make_loss(loss_name)
    X, y, X_val, y_val = data.X_train, data.y_train, data.X_test, data.y_test
    n = len(X)
    bs = min(cfg.batch_size or n, n)
    sizes = torch.tensor([min(bs, n - start) for start in range(0, n, bs)], dtype=torch.float32)
    dropout = any(isinstance(m, torch.nn.Dropout) for m in model.modules())
    gen = torch.Generator().manual_seed(cfg.seed)
    history = []
    for _ in range(cfg.epochs):
        if bs < n:
            order = torch.randperm(n, generator=gen)
            Xe, ye = X[order], y[order]
        else:
            Xe, ye = X, y
        losses = []
        for start in range(0, n, bs):
            for p in params:
                p.grad = None
            loss = loss_fn(model(Xe[start:start + bs]), ye[start:start + bs])
            loss.backward()
            optimizer.step()
            losses.append(loss.detach())
        if dropout:
            model.eval()
        with torch.no_grad():
            val = float(loss_fn(model(X_val), y_val))
        model.train()
        history.append((float(torch.stack(losses) @ sizes) / n, val))
        if scheduler is not None:
            scheduler.step()
    return history


def tutorial_000(cfg: TrainConfig, ds) -> None:
    """Seed 000's style: Python lists, random.sample of N/2 rows every step, torch.FloatTensor, loss mean per 100."""
    data = prepare(cfg, ds, "mse")
    xs, ys = data.X_train.tolist(), data.y_train.tolist()
    model = seeded_model(cfg, 1, 1)
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg.lr)
    loss_fn = torch.nn.MSELoss()
    random.seed(cfg.seed)
    n, half, running, means = len(xs), len(xs) // 2, 0.0, []
    for step in range(1, cfg.epochs * 2 + 1):
        rows = random.sample(range(n), half)
        xb = torch.FloatTensor([xs[i] for i in rows])
        yb = torch.FloatTensor([ys[i] for i in rows])
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        running += loss.item()
        if step % 100 == 0:
            means.append(running / 100)
            running = 0.0


class RowDataset(torch.utils.data.Dataset):
    """One (features, target) pair per index, as seed 001 wraps its arrays."""

    def __init__(self, X, y):
        self.X, self.y = X, y

    def __len__(self):
        return len(self.X)

    def __getitem__(self, i):
        return self.X[i], self.y[i]


def tutorial_001(cfg: TrainConfig, ds) -> None:
    """Seed 001's style: a per-row Dataset and DataLoader(batch 32, shuffle), loss.item() per batch, val loss."""
    data = prepare(cfg, ds, "mse")
    loader = torch.utils.data.DataLoader(RowDataset(data.X_train, data.y_train), batch_size=32, shuffle=True)
    model = seeded_model(cfg, ds.X.shape[1], 1)
    optimizer = make_optimizer(cfg, model.parameters())
    loss_fn = torch.nn.MSELoss()
    for _ in range(cfg.epochs):
        model.train()
        total = 0.0
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
        model.eval()
        with torch.no_grad():
            float(loss_fn(model(data.X_test), data.y_test))


def live_fit(cfg: TrainConfig, ds) -> int:
    """Train with the Train page's own live view (progress bar, loss chart, predictions) drawn by time.

    Outside `streamlit run` the st.* calls run in Streamlit's bare mode: each chart is still built and
    serialised to its protobuf as in the app; only sending it to a browser is skipped.
    """
    from engine.pacing import LiveTrainer
    from ui.train_view import TrainView
    trainer = LiveTrainer(Training(cfg, ds), TrainView(ds, live=True).draw, interval=0.25)
    trainer.run()
    return trainer.draws


def quiet_streamlit() -> None:
    """Log only errors: in bare mode every st.* call of a live draw would log a missing-ScriptRunContext warning
    to stderr, work the app (which has that context) never does. STREAMLIT_LOGGER_LEVEL is not read this early."""
    from streamlit import config, logger
    config.set_option("logger.level", "error")
    logger.set_log_level("error")


def apptest_rerun(page: str, repeats: int) -> float:
    """Median seconds of a rerun of a page (no training) in streamlit's AppTest."""
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page(page)
    at.run()
    if at.exception:
        raise RuntimeError(f"{page}: {at.exception}")
    return statistics.median(timed(at.run) for _ in range(repeats))


RSS_SCRIPT = """
import streamlit, altair, engine.datasets as d, engine.train, engine.cv, ui.charts
ds = d.load("mnist_5k")
print([l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1])
"""


def rss_mb() -> float:
    """Resident memory of a fresh process that imports the app's modules and loads mnist_5k."""
    out = subprocess.run([sys.executable, "-c", RSS_SCRIPT], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    if out.returncode:
        raise RuntimeError(f"the RSS process failed:\n{out.stderr}")
    return int(out.stdout.split()[-1]) / 1024


def main() -> None:
    global MIN_SECONDS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 sections a ratio, not 7; about 5.5 minutes idle")
    parser.add_argument("--repeats", type=int, default=None, help="sections per ratio (default 3 quick, 7 full)")
    parser.add_argument("--min-seconds", type=float, default=2.0,
                        help="each side's time in a section (default 2 s)")
    args = parser.parse_args()
    quick, MIN_SECONDS = args.quick, args.min_seconds
    sections = args.repeats or (3 if quick else 7)
    house_ds, rent_ds = datasets.load("house_prices"), datasets.load("rent")
    house = TrainConfig(**HOUSE, epochs=20)
    rent = TrainConfig(**RENT, epochs=500)
    out = {"threads": torch.get_num_threads(), "repeats": sections, "quick": quick, "min_seconds": MIN_SECONDS,
           "clock": "process_time", "load_start": load()}
    measured: list[Ratio] = []

    def row(name, value, goal="", note="", ratio: Ratio | None = None):
        if ratio is not None:
            measured.append(ratio)
            note = f"{note}; {ratio.conditions()}" if note else ratio.conditions()
        print(f"{name:<44}  {value:>22}  {goal:>7}  {note}", flush=True)

    quiet_streamlit()
    engine_fit(house, house_ds), plain_loop(rent, rent_ds)  # warm up allocators and lazy imports
    print(f"load average at the start: {out['load_start']:.2f} (above ~1.5 the 2 cores are shared: rerun later)")
    print(f"{'measure':<44}  {'median [min–max]':>22}  {'goal':>7}  note")

    chosen = torch.get_num_threads()
    for case, cfg, ds in (("house", house, house_ds), ("rent", rent, rent_ds)):
        rates = {1: [], 2: []}
        for r in range(sections):
            for threads in ((1, 2) if r % 2 == 0 else (2, 1)):
                torch.set_num_threads(threads)
                rates[threads].append(Training(cfg, ds).total_steps / per_call(lambda: engine_fit(cfg, ds)))
        torch.set_num_threads(chosen)
        rates = {threads: statistics.median(values) for threads, values in rates.items()}
        out[f"steps_per_s_{case}_1thread"], out[f"steps_per_s_{case}_2threads"] = rates[1], rates[2]
        row(f"{case}: engine steps/s, 1 vs 2 threads", f"{rates[1]:.0f} vs {rates[2]:.0f}")

    for case, cfg, ds in (("house", house, house_ds), ("rent", rent, rent_ds)):
        ratio = Ratio(lambda: plain_loop(cfg, ds), lambda: engine_fit(cfg, ds), sections, invert=True)
        ratio.record(out, f"engine_vs_loop_{case}")
        row(f"{case}: engine_vs_loop (speed)", ratio.spread(), "≥ 0.98",
            f"loop {statistics.median(ratio.ta) * 1e3:.0f} ms, engine {statistics.median(ratio.tb) * 1e3:.0f} ms",
            ratio=ratio)
    out["engine_vs_loop"] = min(out["engine_vs_loop_house"], out["engine_vs_loop_rent"])

    ratio = Ratio(lambda: plain_loop(rent, rent_ds), lambda: tutorial_000(rent, rent_ds), sections, invert=True)
    ratio.record(out, "tutorial000_vs_loop")
    row("rent: seed-000 code path vs loop (speed)", ratio.spread(), "", "random.sample + FloatTensor per step",
        ratio=ratio)
    ratio = Ratio(lambda: plain_loop(house, house_ds), lambda: tutorial_001(house, house_ds), sections, invert=True)
    ratio.record(out, "tutorial001_vs_loop")
    row("house: seed-001 code path vs loop (speed)", ratio.spread(), "", "per-row Dataset + DataLoader(32, shuffle)",
        ratio=ratio)

    for case, cfg, ds in (("house", house, house_ds), ("rent", rent, rent_ds)):
        fold0 = fold_splits(cfg, ds, 3)[0][0]
        one_fit = lambda: engine_fit(cfg, ds, fold0)  # noqa: E731 — one fold's training: same config and data size
        ratio = Ratio(one_fit, lambda: cross_validate(cfg, ds, k=3), sections)
        ratio.record(out, f"cv_vs_fit_{case}")
        seq = Ratio(one_fit, lambda: cross_validate(cfg, ds, k=3, vectorize=False), max(1, sections // 2))
        seq.record(out, f"cv_vs_fit_{case}_sequential")
        row(f"{case}: cv_vs_fit (3 folds, time)", ratio.spread(), "≤ 1.6", f"one after another {seq.median:.2f}",
            ratio=ratio)
    out["cv_vs_fit"] = max(out["cv_vs_fit_house"], out["cv_vs_fit_rent"])

    # Several learning rates at once (engine.train.fit_many, one stacked computation) vs one fit of one of them.
    for case, cfg, ds in (("house", house, house_ds), ("rent", rent, rent_ds)):
        members = [replace(cfg, lr=cfg.lr * factor) for factor in SWEEP_FACTORS]
        ratio = Ratio(lambda: engine_fit(cfg, ds), lambda: fit_many(members, ds), sections)
        ratio.record(out, f"sweep_vs_fit_{case}")
        seq = Ratio(lambda: engine_fit(cfg, ds), lambda: [engine_fit(member, ds) for member in members],
                    max(1, sections // 2))
        seq.record(out, f"sweep_vs_fit_{case}_sequential")
        row(f"{case}: sweep_vs_fit (8 lrs, time)", ratio.spread(), "≤ 1.5", f"one after another {seq.median:.2f}",
            ratio=ratio)
    out["sweep_vs_fit"] = max(out["sweep_vs_fit_house"], out["sweep_vs_fit_rent"])
    for case, cfg, ds in (("house", house, house_ds), ("rent", rent, rent_ds)):
        members = [replace(cfg, optimizer=name) for name in SWEEP_OPTIMIZERS]
        ratio = Ratio(lambda: engine_fit(cfg, ds), lambda: fit_many(members, ds), sections)
        ratio.record(out, f"optimizers_vs_fit_{case}")
        row(f"{case}: optimizers_vs_fit (6 optimizers, time)", ratio.spread(), "≤ 3.0",
            "one fit: the case's own optimizer", ratio=ratio)
    out["optimizers_vs_fit"] = max(out["optimizers_vs_fit_house"], out["optimizers_vs_fit_rent"])

    # Whole runs as the learner starts them (the live view's one final draw is part of the price).
    house_ui = TrainConfig(**HOUSE, epochs=400)  # seed 001's own run
    rent_ui = TrainConfig(**RENT, epochs=5000)
    for case, cfg, ds in (("house", house_ui, house_ds), ("rent", rent_ui, rent_ds)):
        ratio = Ratio(lambda: engine_fit(cfg, ds), lambda: live_fit(cfg, ds), sections, invert=True)
        ratio.record(out, f"ui_vs_engine_{case}")
        row(f"{case}: ui_vs_engine (live view, speed)", ratio.spread(), "≥ 0.85",
            f"engine {statistics.median(ratio.ta):.2f}s, live {statistics.median(ratio.tb):.2f}s", ratio=ratio)
    out["ui_vs_engine"] = min(out["ui_vs_engine_house"], out["ui_vs_engine_rent"])

    steps = 10_000 if quick else HEADLINE_STEPS
    headline = TrainConfig(**RENT, epochs=steps // 2)
    runs = [timed(lambda: live_fit(headline, rent_ds)) for _ in range(1 if quick else 3)]
    out["rent_100k_live_s"] = statistics.median(runs) * HEADLINE_STEPS / steps
    row("rent: 100,000 SGD steps with live view (s)", f"{out['rent_100k_live_s']:.1f}", "",
        "measured" if steps == HEADLINE_STEPS else f"scaled from {steps:,} steps")

    for page in ("data", "train"):
        ms = apptest_rerun(f"pages/{page}.py", 3 if quick else 9) * 1000
        out[f"rerun_ms_{page}"] = ms
        row(f"{page} page rerun, AppTest median (ms)", f"{ms:.0f}", "≤ 150", "no post-run gc: see bench/browser.py")

    out["rss_mb_mnist_5k"] = rss_mb()
    row("RSS after loading mnist_5k (MB)", f"{out['rss_mb_mnist_5k']:.0f}", "",
        "fresh process importing streamlit, altair, engine, ui.charts")

    from engine.grad import time_numerical_vs_autograd
    grad = time_numerical_vs_autograd()
    out["numerical_vs_autograd"] = grad["ratio"]
    row("784-50-10 numerical / autograd gradient time", f"{grad['ratio']:.3g}", "",
        f"autograd {grad['autograd_s'] * 1e3:.2f} ms, numerical ≈ {grad['numeric_full_estimate_s']:.0f} s")

    out["load_end"] = load()
    out["load_max"] = max([out["load_start"], out["load_end"]] + [ratio.load for ratio in measured])
    out["cpu_share_min"] = min(ratio.cpu_share for ratio in measured)
    row("load average at start / max / end", f"{out['load_start']:.2f} / {out['load_max']:.2f} / "
        f"{out['load_end']:.2f}", "≤ 1.5", f"least share of a core while timing a ratio {out['cpu_share_min']:.0%}")
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in out.items()}))


if __name__ == "__main__":
    main()

"""Resident memory (VmRSS) of the app after many runs in one session, and with many sessions open.

Usage: python bench/memory.py [--runs 50] [--sessions 10]
Each case runs in a fresh process that drives the app with Streamlit's AppTest (the script runs in that
process, as it would in the server, so its RSS is what a server holding the same sessions would hold).
A case presses Train on the Train page `--runs` times in one session (every run is kept in the session's
list, as in the app), or opens `--sessions` sessions that each train one run. Prints a table and, as its
last line, one JSON object. Bounded: a few minutes on a loaded 2-core machine.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = {
    # seed 001's house-price MLP, 50 epochs a run; and a linear model on mnist_5k (its runs carry 784 columns)
    "house MLP": ("house_prices", dict(hidden=[50, 30], dropout=0.5, optimizer="adam", lr=1e-3, batch_size=32,
                                       test_size=0.5, scaling="minmax", scale_target=True, seed=1, epochs=50)),
    "mnist_5k linear": ("mnist_5k", dict(hidden=[], optimizer="adam", lr=1e-3, batch_size=None, epochs=5)),
}


def rss_mb() -> float:
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]) / 1024


def session(dataset, config):
    """A fresh learner session on the Train page with the dataset and config already chosen."""
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.session_state["dataset"], at.session_state["config"] = dataset, config
    at.run()
    at.switch_page("pages/train.py")
    at.run()
    return at


def press_train(at) -> None:
    """Press Train and rerun (as the page's fragment does) until the run, trained in its own process, is kept."""
    from ui.live import PENDING
    next(b for b in at.button if b.key is None and b.label == "Train").click().run()
    while PENDING in at.session_state and not at.exception:
        time.sleep(0.05)
        at.run()
    if at.exception or at.error:
        raise RuntimeError(at.exception or [e.value for e in at.error])


def child(case: str, runs: int, sessions: int) -> dict:
    """In this process: RSS before, after `runs` runs in one session, then with `sessions` sessions open."""
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    from engine import datasets
    from engine.config import TrainConfig
    name, fields = CASES[case]
    dataset, config = datasets.load(name), TrainConfig(**fields)
    out = {}
    at = session(dataset, config)
    press_train(at)  # the first run imports and warms everything
    gc.collect()
    out["rss_one_run"] = rss_mb()
    began = time.perf_counter()
    for _ in range(runs - 1):
        press_train(at)
    out["seconds_runs"] = time.perf_counter() - began
    assert len(at.session_state["runs"]) == runs, (len(at.session_state["runs"]), runs)
    gc.collect()
    out["rss_after_runs"] = rss_mb()
    out["mb_per_run"] = (out["rss_after_runs"] - out["rss_one_run"]) / (runs - 1)
    del at
    gc.collect()
    out["rss_session_closed"] = rss_mb()
    opened = []
    for _ in range(sessions):
        opened.append(session(dataset, config))
        press_train(opened[-1])
    gc.collect()
    out["rss_sessions"] = rss_mb()
    out["mb_per_session"] = (out["rss_sessions"] - out["rss_session_closed"]) / sessions
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.runs, args.sessions)))
        return
    out = {"runs": args.runs, "sessions": args.sessions, "load": os.getloadavg()[0]}
    workdir = tempfile.TemporaryDirectory()
    print(f"{'case':<18} {'RSS 1 run':>10} {f'{args.runs} runs':>10} {'MB/run':>8} "
          f"{f'{args.sessions} sessions':>12} {'MB/session':>10}")
    for number, case in enumerate(CASES):
        # A fresh workspace per case: a kept one would restore the earlier case's runs (and maybe another language).
        env = {**os.environ, "STREAMLIT_LOGGER_LEVEL": "error", "PYTHONPATH": str(ROOT),
               "STUDYLAB_DB": str(Path(workdir.name) / f"workspace{number}.db")}
        result = subprocess.run([sys.executable, __file__, "--child", case, "--runs", str(args.runs),
                                 "--sessions", str(args.sessions)], capture_output=True, text=True, env=env,
                                cwd=ROOT, timeout=1200)
        if result.returncode:
            raise RuntimeError(result.stderr[-2000:])
        r = json.loads(result.stdout.strip().splitlines()[-1])
        out[case] = r
        print(f"{case:<18} {r['rss_one_run']:>10.0f} {r['rss_after_runs']:>10.0f} {r['mb_per_run']:>8.2f} "
              f"{r['rss_sessions']:>12.0f} {r['mb_per_session']:>10.2f}", flush=True)
    print(json.dumps(out))


if __name__ == "__main__":
    main()

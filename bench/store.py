"""What the workspace store costs (issue #9): save/load time, file size and memory with 50 runs.

Usage: python bench/store.py [--runs 50]
Runs: seed 001's house-price MLP (13-50-30-1, 400 epochs) and a linear model on mnist_5k (784-10).
Memory is the resident set (VmRSS) of a fresh process that opens a 50-run file and only lists the runs,
loads every one of them and keeps them, or opens each once through a ModelCache of the default size;
printed as a table, then one JSON line.
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from engine import datasets  # noqa: E402
from engine.config import TrainConfig  # noqa: E402
from engine.split import prepare  # noqa: E402
from engine.store import DEFAULT_CACHE_SIZE, PERSONAL, ModelCache, open_store  # noqa: E402
from engine.train import fit  # noqa: E402

CASES = {
    "house_mlp": ("house_prices", dict(hidden=[50, 30], activation="relu", dropout=0.5, optimizer="adam", lr=1e-3,
                                       weight_decay=1e-7, batch_size=32, epochs=400, test_size=0.5, scaling="minmax",
                                       scale_target=True, seed=0)),
    "mnist_linear": ("mnist_5k", dict(hidden=[], optimizer="sgd", lr=0.1, batch_size=100, epochs=10,
                                      scaling="minmax", test_size=0.2, seed=0)),
}


def rss_mb() -> float:
    gc.collect()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def median_ms(action, repeats: int = 7) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure_rss(path: str, mode: str, dataset: str) -> None:
    """Child process: print VmRSS after listing (or loading and keeping) every run of the file."""
    datasets.load(dataset)  # the app has the built-in cached anyway
    store = open_store(path)
    base = rss_mb()
    infos = store.list_runs(PERSONAL)
    if mode == "load":
        kept = [store.load_run(PERSONAL, info.id) for info in infos]
    elif mode == "cache":  # open every run once through the bounded cache the UI uses
        kept = ModelCache(store, PERSONAL)
        for info in infos:
            kept.get(info.id)
    else:
        kept = infos
    print(json.dumps({"base": base, "rss": rss_mb(), "n": len(kept)}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--rss", nargs=3, metavar=("PATH", "MODE", "DATASET"))
    args = parser.parse_args()
    if args.rss:
        measure_rss(*args.rss)
        return
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for case, (name, values) in CASES.items():
            ds = datasets.load(name)
            run = fit(TrainConfig(**values), ds)
            # "same split": one run kept 50 times (a learner trying settings with one seed: loaded runs share
            # their rows); "own split": 50 runs whose seeds differ, so each holds its own rows (the worst case).
            variants = {"same split": [run] * args.runs, "own split": [own_split(run, ds, i) for i in range(args.runs)]}
            for variant, runs in variants.items():
                path = os.path.join(folder, f"{case}-{variant.replace(' ', '_')}.sqlite")
                results[f"{case} ({variant})"] = measure(path, name, runs)
    print(f"{'case':<28}{'save ms':>8}{'load ms':>8}{'list ms':>8}{'file MB':>8}{'RSS list':>9}{'RSS load':>9}"
          f"{'RSS cache':>10}{'MB/run':>7}   ({args.runs} runs, cache of {DEFAULT_CACHE_SIZE})")
    for case, r in results.items():
        print(f"{case:<28}{r['save_ms']:>8}{r['load_ms']:>8}{r['list_ms']:>8}{r['file_mb']:>8}{r['rss_list_mb']:>9}"
              f"{r['rss_load_mb']:>9}{r['rss_cache_mb']:>10}{r['per_loaded_run_mb']:>7}")
    print(json.dumps(results))


def own_split(run, ds, seed: int):
    """The run as if trained with another seed: same weights, but the split (and scalers) that seed draws."""
    config = dataclasses.replace(run.config, seed=seed)
    return dataclasses.replace(run, config=config, data=prepare(config, ds, run.loss))


def measure(path: str, dataset: str, runs: list) -> dict:
    """Save/load/list times, file size, and RSS of fresh processes holding the list, every run, or a cache."""
    store = open_store(path)
    ids = [store.save_run(PERSONAL, f"run {i}", run) for i, run in enumerate(runs)]
    save = median_ms(lambda: store.save_run(PERSONAL, "timed", runs[0]))
    load = median_ms(lambda: store.load_run(PERSONAL, ids[0]))
    listing = median_ms(lambda: store.list_runs(PERSONAL))
    for info in store.list_runs(PERSONAL)[len(runs):]:
        store.delete_run(PERSONAL, info.id)
    store.close()  # checkpoints the WAL into the file
    size = os.path.getsize(path) / 1e6
    memory = {}
    for mode in ("list", "load", "cache"):
        out = subprocess.run([sys.executable, __file__, "--rss", path, mode, dataset], capture_output=True,
                             text=True, check=True).stdout
        memory[mode] = json.loads(out.strip().splitlines()[-1])["rss"]
    return {"save_ms": round(save, 1), "load_ms": round(load, 1), "list_ms": round(listing, 1),
            "file_mb": round(size, 2), "rss_list_mb": round(memory["list"]), "rss_load_mb": round(memory["load"]),
            "rss_cache_mb": round(memory["cache"]),
            "per_loaded_run_mb": round((memory["load"] - memory["list"]) / len(runs), 2)}


if __name__ == "__main__":
    main()

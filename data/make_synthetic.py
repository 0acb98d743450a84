"""Write the small built-in tables that are made up rather than collected.

    python data/make_synthetic.py              # rewrite the files next to this script
    python data/make_synthetic.py --out /tmp/x # write them somewhere else (the tests compare the two)

rent.csv and toy_linear.csv are drawn from seeded random generators; study_hours.csv,
study_hours_4.csv and xor.csv are typed in. Running the script again gives the same bytes.
"""
from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

SEED = 2021


def rent_rows() -> list[tuple[int, int, str]]:
    """80 flats: area in m² (18–57) → monthly rent in 10,000 KRW, about 0.8·area + 34 with noise (sd 7).

    The large base rent (34) is on purpose: with the raw area as input and SGD at lr 5e-4, the slope is
    learned within a few hundred iterations but the intercept only over tens of thousands, so a line
    trained for 1,000 iterations is still visibly tilted (the lesson of reference tutorial 000).
    """
    rng = np.random.default_rng(SEED)
    area = rng.integers(18, 58, size=80)                       # 18..57 inclusive
    rent = np.rint(0.8 * area + 34 + rng.normal(0.0, 7.0, size=80)).astype(int)
    rent = np.maximum(rent, 1)                                  # a rent is never zero or negative
    rows = []
    for split, part in (("train", slice(0, 60)), ("test", slice(60, 80))):
        order = np.argsort(area[part], kind="stable")          # sorted by area, like the tutorial's file
        rows += [(int(a), int(r), split) for a, r in zip(area[part][order], rent[part][order])]
    return rows


def toy_linear_rows() -> list[tuple[int, float]]:
    """Five points x = 0..4 with y = 2x + u, u drawn uniformly from [0, 1)."""
    rng = np.random.default_rng(SEED)
    x = np.arange(5)
    y = 2 * x + rng.random(5)
    return [(int(a), round(float(b), 4)) for a, b in zip(x, y)]


TABLES = {
    "rent.csv": (("area", "rent", "split"), rent_rows),
    "toy_linear.csv": (("x", "y"), toy_linear_rows),
    "study_hours.csv": (("hours", "score"), lambda: [(1, 2), (2, 4), (3, 6)]),
    "study_hours_4.csv": (("hours", "score"), lambda: [(2, 25), (3, 50), (4, 42), (5, 61)]),
    "xor.csv": (("x1", "x2", "y"), lambda: [(a, b, a ^ b) for a in (0, 1) for b in (0, 1)]),
}


def write_all(out: Path) -> list[Path]:
    """Write every table into `out` (created if missing) and return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, (header, make_rows) in TABLES.items():
        lines = [",".join(header)] + [",".join(str(v) for v in row) for row in make_rows()]
        path = out / filename
        path.write_bytes(("\n".join(lines) + "\n").encode("ascii"))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent,
                        help="folder to write into (default: the data/ folder)")
    for path in write_all(parser.parse_args(argv).out):
        print(path)


if __name__ == "__main__":
    main()

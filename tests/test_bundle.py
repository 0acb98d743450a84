"""The take-away formats: a .zip that runs with `python train.py` wherever it is unzipped, and a notebook."""
import contextlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest
from test_codegen import check_matches_engine, printed_losses, run_file

from engine import datasets, notebook
from engine.codegen import to_bundle, to_notebook
from engine.config import TrainConfig
from engine.train import fit

REPO = Path(__file__).resolve().parent.parent
HOUSE = TrainConfig(hidden=[8], optimizer="adam", lr=0.01, batch_size=64, epochs=4, test_size=0.5,
                    scaling="standard", scale_target=True)
DIGITS = TrainConfig(hidden=[16], dropout=0.2, optimizer="adamw", lr=3e-3, batch_size=128, epochs=3,
                     scaling="minmax", scheduler="cosine")


def test_unzipped_bundle_runs_from_any_folder(tmp_path):
    data = to_bundle(HOUSE, datasets.load("house_prices"), "ko")
    assert data == to_bundle(HOUSE, datasets.load("house_prices"), "ko")  # same run, same bytes
    folder = tmp_path / "Downloads" / "내 실행"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["README.md", "house_prices.csv", "requirements.txt", "train.ipynb",
                                              "train.py"]
        archive.extractall(folder)
    assert (folder / "house_prices.csv").read_bytes() == (REPO / "data" / "house_prices.csv").read_bytes()
    app_pins = set((REPO / "requirements.txt").read_text().split())
    bundle_pins = (folder / "requirements.txt").read_text().split()
    assert {p.split("==")[0] for p in bundle_pins} == {"torch", "numpy", "pandas", "scikit-learn"}
    assert set(bundle_pins) <= app_pins  # the app's own pins
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "python train.py" in readme and "실행하기" in readme and "house_prices.csv" in readme
    elsewhere = tmp_path / "home"
    elsewhere.mkdir()
    done = subprocess.run([sys.executable, str(folder / "train.py")], cwd=elsewhere, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    check_matches_engine(done.stdout, fit(HOUSE, datasets.load("house_prices")))


def run_cells(book: str, folder: Path) -> str:
    """Execute the notebook's code cells in order in one namespace, as a kernel started in `folder` would."""
    parsed = nbformat.reads(book, as_version=4)
    nbformat.validate(parsed)
    namespace: dict = {}
    out = io.StringIO()
    with contextlib.chdir(folder), contextlib.redirect_stdout(out):
        for cell in parsed.cells:
            if cell.cell_type == "code":
                exec(compile(cell.source, "<cell>", "exec"), namespace)  # noqa: S102 - the notebook under test
    return out.getvalue()


def test_notebook_explains_each_step_and_prints_the_engines_numbers(tmp_path):
    digits = datasets.load("digits")
    book = to_notebook(DIGITS, digits, "ko")
    cells = json.loads(book)["cells"]
    markdown = ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]
    headings = [re.match(r"#+ (.*)", text).group(1) for text in markdown]
    for word in ("데이터", "나누기", "스케일링", "모델", "손실 함수", "옵티마이저", "학습 반복", "손실 곡선", "평가"):
        assert any(word in heading for heading in headings), word
    assert "셀 안에" in markdown[2]  # digits' CSV is small: written into the notebook
    stdout = run_cells(book, tmp_path)  # an empty folder: the notebook needs no other file
    check_matches_engine(stdout, fit(DIGITS, digits))


def test_big_data_notebook_reads_the_bundles_file(tmp_path, monkeypatch):
    monkeypatch.setattr(notebook, "EMBED_LIMIT", 1000)  # house_prices.csv (36 kB) now counts as big
    house = datasets.load("house_prices")
    book = to_notebook(HOUSE, house, "en")
    assert "CSV_TEXT" not in book and "house_prices.csv" in book
    with pytest.raises(FileNotFoundError, match="house_prices.csv"):
        run_cells(book, tmp_path)
    (tmp_path / "house_prices.csv").write_bytes((REPO / "data" / "house_prices.csv").read_bytes())
    check_matches_engine(run_cells(book, tmp_path), fit(HOUSE, house))


def test_loss_plot_falls_back_to_a_table_without_matplotlib(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # `import matplotlib.pyplot` now raises ImportError
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(notebook.PLOT_CODE, {"pd": __import__("pandas"), "history": [0.5, 0.25]})
    rows = [line.split() for line in out.getvalue().splitlines()]
    assert rows == [["epoch", "train_loss"], ["1", "0.50"], ["2", "0.25"]]


def test_script_losses_in_the_bundle_and_notebook_agree(tmp_path):
    """The bundle's script and notebook print the same per-epoch losses (the issue's promise)."""
    rent = datasets.load("rent")
    config = TrainConfig(lr=5e-4, batch_size=10, epochs=3, seed=3)
    with zipfile.ZipFile(io.BytesIO(to_bundle(config, rent))) as archive:
        archive.extractall(tmp_path)
    script_losses = printed_losses(run_file(tmp_path / "train.py", tmp_path))
    notebook_losses = printed_losses(run_cells((tmp_path / "train.ipynb").read_text(encoding="utf-8"), tmp_path))
    assert len(script_losses) == 3 and script_losses == notebook_losses

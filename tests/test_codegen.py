"""The exported script is plain PyTorch that reproduces the engine's run: checked by running it.

Scripts run in this process (runpy, with sys.argv and the working folder set as a learner would) to keep the
suite fast; tests/test_bundle.py runs one bundle as a real `python train.py` in a fresh interpreter.
"""
import ast
import contextlib
import io
import re
import runpy
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from engine import datasets
from engine.codegen import _text_literal, script_steps, to_script
from engine.config import OPTIMIZERS, SCHEDULERS, TrainConfig
from engine.data import make_dataset
from engine.evaluation import eval_part, part_arrays
from engine.filenames import data_file, data_file_name, slug
from engine.train import fit

CASES = {
    "rent": TrainConfig(lr=5e-4, batch_size=30, epochs=40),
    "house_prices": TrainConfig(hidden=[50, 30], dropout=0.5, optimizer="adam", lr=1e-3, weight_decay=1e-7,
                                batch_size=32, epochs=5, test_size=0.5, scaling="minmax", scale_target=True),
    "study_hours": TrainConfig(init="zeros", lr=0.01, epochs=50, test_size=0.0),  # tutorial 004's W = b = 0 start
    "xor": TrainConfig(hidden=[4], activation="tanh", optimizer="momentum", lr=0.1, epochs=30, test_size=0.0),
    "digits": TrainConfig(hidden=[32], optimizer="rmsprop", lr=1e-3, batch_size=64, epochs=3, scaling="standard",
                          scheduler="step", scheduler_params={"step_size": 2, "gamma": 0.5}),
}
SCORES = {"regression": ("mse", "rmse", "mae", "r2"), "binary": ("accuracy", "precision", "recall", "f1"),
          "multiclass": ("accuracy", "precision", "recall", "f1")}


def run_file(path: Path, cwd: Path, *args: str) -> str:
    """What `python path args...` started in `cwd` prints, run in this process."""
    out = io.StringIO()
    old_argv = sys.argv
    sys.argv = [str(path), *args]
    try:
        with contextlib.chdir(cwd), contextlib.redirect_stdout(out):
            runpy.run_path(str(path), run_name="__main__")
    finally:
        sys.argv = old_argv
    return out.getvalue()


def printed_losses(stdout: str) -> list[float]:
    return [float(v) for v in re.findall(r"^epoch \d+ train_loss (\S+)$", stdout, flags=re.M)]


def printed_scores(stdout: str) -> dict:
    """{(part, metric): value} of the score lines, e.g. ('test', 'rmse')."""
    return {(part, name): float(v) for part, name, v in
            re.findall(r"^(test|train) (mse|rmse|mae|r2|accuracy|precision|recall|f1) (\S+)$", stdout, flags=re.M)}


def check_matches_engine(stdout: str, run) -> None:
    """Per-epoch losses equal the engine's history, and the scores the Evaluate page's, to 1e-4."""
    history = run.history.to_frame()["train_loss"].tolist()
    assert printed_losses(stdout) == pytest.approx(history, rel=1e-4, abs=1e-7)
    part = eval_part(run)
    expected = run.metrics if part == "test" else run.train_metrics
    scores = printed_scores(stdout)
    assert sorted(scores) == sorted((part, name) for name in SCORES[run.task])
    for name in SCORES[run.task]:
        assert scores[part, name] == pytest.approx(expected[name], rel=1e-4, abs=1e-6), name
    if run.task != "regression":
        check_per_class(stdout, run, part)


def check_per_class(stdout: str, run, part: str) -> None:
    """Per-class precision and recall, recomputed by hand from the engine's predictions with numpy."""
    _, X, y = part_arrays(run, part)
    predicted = run.predict(X)
    lines = re.findall(rf"^{part} class (.+) precision (\S+) recall (\S+) rows (\d+)$", stdout, flags=re.M)
    assert [label for label, *_ in lines] == [str(c) for c in run.class_names]
    for k, (_, precision, recall, rows) in enumerate(lines):
        hits = np.sum((predicted == k) & (y == k))
        assert float(precision) == pytest.approx(hits / max(np.sum(predicted == k), 1), abs=1e-6)
        assert float(recall) == pytest.approx(hits / max(np.sum(y == k), 1), abs=1e-6)
        assert int(rows) == np.sum(y == k)


def write_export(folder: Path, config: TrainConfig, dataset, source: str | None = None) -> Path:
    """train.py and its data file in `folder`, as a learner would save them; returns the script's path."""
    folder.mkdir(parents=True, exist_ok=True)
    name, contents = data_file(dataset)
    (folder / name).write_bytes(contents)
    script = folder / "train.py"
    script.write_text(to_script(config, source or (dataset.name if dataset.name in datasets.names() else name),
                                dataset), encoding="utf-8")
    return script


@pytest.mark.parametrize("name", list(CASES))
def test_script_reproduces_engine_history_and_scores(name, tmp_path):
    config, dataset = CASES[name], datasets.load(name)
    script = write_export(tmp_path / "download", config, dataset)
    source = script.read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = {n.names[0].name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)} | \
        {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    needed = {"argparse", "sys", "pathlib", "numpy", "pandas", "torch"}
    assert needed <= imported <= needed | {"sklearn"}  # no engine, no app (sklearn only where the code uses it)
    (tmp_path / "elsewhere").mkdir()
    stdout = run_file(script, tmp_path / "elsewhere")  # started from another folder: the data is found anyway
    assert len(printed_losses(stdout)) == config.epochs
    check_matches_engine(stdout, fit(config, dataset))


def test_seed_option_changes_the_run_like_the_app(tmp_path):
    config = TrainConfig(hidden=[8], lr=0.01, batch_size=8, epochs=3)
    script = write_export(tmp_path, config, datasets.load("rent"))
    stdout = run_file(script, tmp_path, "--seed", "5", "--device", "cpu")
    history = fit(TrainConfig(hidden=[8], lr=0.01, batch_size=8, epochs=3, seed=5), datasets.load("rent")).history
    assert printed_losses(stdout) == pytest.approx(history.to_frame()["train_loss"].tolist(), rel=1e-4)


def test_missing_data_file_is_named(tmp_path):
    script = write_export(tmp_path, TrainConfig(epochs=1), datasets.load("house_prices"))
    (tmp_path / "house_prices.csv").unlink()
    with pytest.raises(SystemExit) as stop:
        run_file(script, tmp_path)
    assert "'house_prices.csv'" in str(stop.value.code) and str(tmp_path) in str(stop.value.code)


@pytest.fixture(scope="module")
def korean_upload():
    """An upload with a quoted Korean file name and text labels, cleaned by the Data page's make_dataset."""
    rng = np.random.default_rng(11)
    X = rng.normal(size=(80, 2))
    frame = pd.DataFrame({"나이": X[:, 0], "소득 (만원)": X[:, 1],
                          "가입": np.where(X[:, 0] + X[:, 1] > 0, "예", "아니오")})
    return make_dataset(frame, "가입", name='인구 "2020".csv')


def test_quoted_korean_upload_name_compiles_and_runs(korean_upload, tmp_path):
    assert data_file_name(korean_upload.name) == "인구_2020.csv" and slug("월세 실행 #2") == "월세_실행_2"
    config = TrainConfig(hidden=[6], optimizer="adam", lr=0.02, batch_size=16, epochs=4, test_size=0.25)
    compile(to_script(config, korean_upload.name, korean_upload), "train.py", "exec")  # the raw name, quoted safely
    script = write_export(tmp_path, config, korean_upload)
    check_matches_engine(run_file(script, tmp_path), fit(config, korean_upload))


def test_uploaded_csv_script_reads_the_cleaned_table(tmp_path, linear3):
    config = TrainConfig(hidden=[8], optimizer="adam", lr=0.01, batch_size=16, epochs=4, seed=2)
    linear3.frame.to_csv(tmp_path / "my_data.csv", index=False)
    (tmp_path / "run.py").write_text(to_script(config, "my_data.csv", linear3), encoding="utf-8")
    check_matches_engine(run_file(tmp_path / "run.py", tmp_path), fit(config, linear3))


SCHEDULE_FAST = {"step": {"step_size": 2}, "multistep": {"milestones": [2, 4]}, "warmup": {"warmup_epochs": 3}}
PAIRS = [(OPTIMIZERS[i % len(OPTIMIZERS)], SCHEDULERS[i % len(SCHEDULERS)])
         for i in range(max(len(OPTIMIZERS), len(SCHEDULERS)))]  # every optimizer and every scheduler at least once


@pytest.mark.parametrize(("optimizer", "scheduler"), PAIRS)
def test_every_optimizer_and_scheduler_reproduce_the_engine(optimizer, scheduler, linear3, tmp_path):
    config = TrainConfig(hidden=[5], optimizer=optimizer, lr=0.01, batch_size=32, epochs=6, scaling="standard",
                         scheduler=scheduler, scheduler_params=SCHEDULE_FAST.get(scheduler, {}))
    run = fit(config, linear3)
    assert len(set(run.history.to_frame()["lr"])) > 1  # the schedule really changes the learning rate
    check_matches_engine(run_file(write_export(tmp_path, config, linear3), tmp_path), run)


def test_notebook_cells_are_the_script_pieces():
    """Beyond the settings and the data source, the notebook's code is the script's code, piece by piece."""
    config, dataset = CASES["digits"], datasets.load("digits")
    script = to_script(config, "digits")
    for step, code in script_steps(config, "digits", dataset, notebook=True):
        assert (code.strip() in script) == (step not in ("setup", "data")), step


@pytest.mark.parametrize("text", ["a,b\n1,2\n", "x\n'''\n", "c:\\path,\"q\"\n", "nul\x00,탭\t\n", "끝\\"])
def test_embedded_text_reads_back_exactly(text):
    assert ast.literal_eval(_text_literal(text)) == text


LINT_CASES = {  # a regression without scaling or a split, one with both and a scaled target, and a classifier
    "rent": TrainConfig(test_size=0.0, epochs=2),
    "house_prices": TrainConfig(hidden=[8], scaling="standard", scale_target=True, scaled_scores=False, epochs=2),
    "digits": TrainConfig(hidden=[8], scaling="minmax", epochs=2),
}


@pytest.mark.parametrize("name", list(LINT_CASES))
def test_exported_code_imports_only_what_it_uses(name, tmp_path):
    """pyflakes' F401 (via ruff) on the script and on the notebook's code cells joined: no unused import."""
    import json
    import subprocess

    from engine.codegen import to_notebook

    config, dataset = LINT_CASES[name], datasets.load(name)
    script = write_export(tmp_path, config, dataset)
    book = json.loads(to_notebook(config, dataset))
    cells = ["".join(c["source"]) for c in book["cells"] if c["cell_type"] == "code"]
    (tmp_path / "notebook_code.py").write_text("\n\n".join(cells) + "\n", encoding="utf-8")
    for path in (script, tmp_path / "notebook_code.py"):
        done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--isolated", "--select", "F401",
                               "--output-format", "concise", str(path)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
    source = script.read_text(encoding="utf-8")
    assert ("from sklearn import metrics as skm" in source) == (dataset.task != "regression")
    assert ("train_test_split" in source) == (config.test_size > 0 and dataset.test_mask is None)

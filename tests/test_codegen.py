"""The exported script is plain PyTorch that reproduces the engine's run: checked by running it."""
import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from engine import datasets
from engine.codegen import to_script
from engine.config import TrainConfig
from engine.train import fit

REPO = Path(__file__).resolve().parent.parent

CASES = {
    "rent": TrainConfig(lr=5e-4, batch_size=30, epochs=40),
    "house_prices": TrainConfig(hidden=[50, 30], dropout=0.5, optimizer="adam", lr=1e-3, weight_decay=1e-7,
                                batch_size=32, epochs=5, test_size=0.5, scaling="minmax", scale_target=True),
    "study_hours": TrainConfig(init="zeros", lr=0.01, epochs=50, test_size=0.0),  # tutorial 004's W = b = 0 start
    "xor": TrainConfig(hidden=[4], activation="tanh", optimizer="momentum", lr=0.1, epochs=30, test_size=0.0),
    "digits": TrainConfig(hidden=[32], optimizer="rmsprop", lr=1e-3, batch_size=64, epochs=3, scaling="standard",
                          scheduler="step", scheduler_params={"step_size": 2, "gamma": 0.5}),
}


def run_script(source: str, tmp_path) -> list[float]:
    path = tmp_path / "run.py"
    path.write_text(source, encoding="utf-8")
    done = subprocess.run([sys.executable, str(path)], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return [float(v) for v in re.findall(r"^epoch \d+ train_loss (\S+)$", done.stdout, flags=re.M)]


@pytest.mark.parametrize("name", list(CASES))
def test_script_reproduces_engine_history(name, tmp_path):
    config = CASES[name]
    script = to_script(config, name)
    ast.parse(script)
    assert "import streamlit" not in script and "engine" not in script.split('"""')[2]
    printed = run_script(script, tmp_path)
    history = fit(config, datasets.load(name)).history.to_frame()["train_loss"].tolist()
    assert len(printed) == config.epochs
    assert printed == pytest.approx(history, rel=1e-4)


def test_uploaded_csv_script_reads_the_cleaned_table(tmp_path, linear3):
    config = TrainConfig(hidden=[8], optimizer="adam", lr=0.01, batch_size=16, epochs=4, seed=2)
    linear3.frame.to_csv(tmp_path / "my_data.csv", index=False)
    script = to_script(config, str(tmp_path / "my_data.csv"), linear3)
    printed = run_script(script, tmp_path)
    history = fit(config, linear3).history.to_frame()["train_loss"].tolist()
    assert printed == pytest.approx(history, rel=1e-4)

"""Engine of the batches lab (engine.labs.batches), checked against hand counts and numpy descent."""
import math

import numpy as np
import pandas as pd
import pytest
import torch
from conftest import make
from sklearn.model_selection import train_test_split

from engine.labs import batches


@pytest.mark.parametrize("n,b", [(2000, 200), (2001, 200), (7, 3), (5, 10), (1, 1)])
@pytest.mark.parametrize("drop_last", [False, True])
def test_iteration_counts(n, b, drop_last):
    got = batches.iterations(n, b, 3, drop_last)
    per_epoch = math.floor(n / b) if drop_last else math.ceil(n / b)
    assert got["per_epoch"] == per_epoch and got["total"] == 3 * per_epoch
    if per_epoch:
        assert got["last_batch"] == (b if drop_last else n - (per_epoch - 1) * b)


def test_seed_002_example():
    assert batches.iterations(2000, 200, 1)["per_epoch"] == 10


@pytest.fixture
def line30():
    """30 rows of y = 3x + 1 + noise, one feature."""
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 10, 30)
    return make(x[:, None], 3 * x + 1 + rng.normal(size=30), "regression")


def test_batch_gd_path_equals_numpy_full_batch_descent(line30):
    steps, _ = batches.path(batches.linear_config(None, 6, 0.1, seed=4), line30)
    # the same rows and scaling the engine uses: sklearn's seeded split, then standardise with the population std
    train_rows = np.sort(train_test_split(np.arange(30), test_size=0.2, random_state=4)[0])
    xs, ys = line30.X[train_rows, 0].astype(np.float64), line30.y[train_rows, 0].astype(np.float64)
    xs = (xs - xs.mean()) / xs.std()
    torch.manual_seed(4)
    init = torch.nn.Linear(1, 1)
    w, b = init.weight.item(), init.bias.item()
    path = [(w, b)]
    for _ in range(6):
        r = w * xs + b - ys
        w, b = w - 0.1 * np.mean(2 * r * xs), b - 0.1 * np.mean(2 * r)
        path.append((w, b))
    np.testing.assert_allclose(steps[["w", "b"]].to_numpy(), path, rtol=1e-4, atol=1e-4)


def test_sgd_takes_n_steps_per_epoch_and_minibatch_ceil(line30):
    result = batches.compare(line30, batch=5, epochs=2, lr=0.05)
    steps, n = result["steps"], len(result["x"])
    last = steps.groupby("mode")["step"].max()
    assert last["batch"] == 2 and last["sgd"] == 2 * n and last["mini"] == 2 * math.ceil(n / 5)
    assert (steps[steps["mode"] == "sgd"].groupby("epoch").size().drop(0) == n).all()
    # full_loss is the MSE over every training row at that (w, b)
    row = steps.iloc[5]
    assert row["full_loss"] == pytest.approx(np.mean((row["w"] * result["x"] + row["b"] - result["y"]) ** 2))
    assert set(result["epochs"]["mode"]) == {"batch", "sgd", "mini"}


def test_a_longer_race_cut_to_fewer_epochs_is_the_shorter_race(line30):
    """The lab trains to 10 or 30 epochs and shows the first ones: that must be exactly a run of that length."""
    short, long = (batches.compare(line30, batch=4, epochs=e, lr=0.05) for e in (3, 8))
    steps = long["steps"][long["steps"]["epoch"] <= 3].reset_index(drop=True)
    per_epoch = long["epochs"][long["epochs"]["epoch"] <= 3].reset_index(drop=True)
    pd.testing.assert_frame_equal(steps, short["steps"].reset_index(drop=True), check_exact=True)
    pd.testing.assert_frame_equal(per_epoch, short["epochs"].reset_index(drop=True), check_exact=True)

"""fit_many trains runs that differ in lr and seed as one stacked computation, with one-at-a-time results."""
import numpy as np
import pytest
import torch

from engine import datasets
from engine.config import TrainConfig
from engine.train import fit, fit_many

RATES_SEEDS = [(0.01, 0), (0.03, 1), (0.003, 2), (0.1, 3)]


@pytest.fixture(scope="module")
def rent():
    return datasets.load("rent")


def assert_same_runs(configs, dataset, rtol=1e-6):
    together = fit_many(configs, dataset)
    for config, run in zip(configs, together):
        alone = fit(config, dataset)
        assert run.config is config and run.stopped == alone.stopped
        a, b = run.history.to_frame(), alone.history.to_frame()
        assert a.columns.tolist() == b.columns.tolist()
        np.testing.assert_allclose(a.to_numpy(), b.to_numpy(), rtol=rtol, atol=1e-9)
        assert run.metrics == pytest.approx(alone.metrics, rel=rtol, abs=1e-6)  # r2 = 1 - mse/var: absolute
        for p, q in zip(run.model.parameters(), alone.model.parameters()):
            torch.testing.assert_close(p, q, rtol=max(rtol, 1e-5), atol=1e-6)  # the scaled step rounds differently
        X = dataset.X[:5]
        np.testing.assert_allclose(run.predict(X), alone.predict(X), rtol=max(rtol, 1e-5))
    return together


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_lr_and_seed_members_equal_one_at_a_time_fits_on_rent(rent, optimizer):
    configs = [TrainConfig(optimizer=optimizer, lr=lr, seed=seed, batch_size=8, epochs=30, scaling="standard")
               for lr, seed in RATES_SEEDS]
    runs = assert_same_runs(configs, rent)
    assert [run.history[0]["lr"] for run in runs] == [lr for lr, _ in RATES_SEEDS]


def test_each_member_follows_its_own_schedule_and_a_diverged_member_rolls_back(rent):
    configs = [TrainConfig(hidden=[8], optimizer="momentum", lr=lr, epochs=12, batch_size=16, scaling="standard",
                           scheduler="cosine", scheduler_params={"eta_min": 0.001}) for lr in (0.01, 0.05, 9.0)]
    # A blow-up magnifies float rounding (the diverging epoch's loss is about 4e8), hence 1e-4 here.
    runs = assert_same_runs(configs, rent, rtol=1e-4)
    assert runs[2].stopped[0] == "train.diverged"  # lr 9 blows up, as it does alone, and stops at the same epoch


def test_members_may_differ_only_in_lr_and_seed(rent):
    with pytest.raises(ValueError, match="lr and seed"):
        fit_many([TrainConfig(lr=0.01), TrainConfig(lr=0.01, epochs=3)], rent)

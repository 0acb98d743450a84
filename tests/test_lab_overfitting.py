"""Engine of the overfitting lab (engine.labs.overfitting: noisy sine, split, dropout, verdict) against numpy."""
import math

import numpy as np
import pytest
import torch

from engine.config import TrainConfig
from engine.labs.overfitting import (CAPACITIES, capacity_sweep, dropout_passes, interleaved_split, noise_level,
                                     noisy_sine, overfit_region, verdict)
from engine.train import fit


def test_noisy_sine_is_seeded_and_follows_the_sine():
    a, b = noisy_sine(), noisy_sine()
    np.testing.assert_array_equal(a.X, b.X)
    residual = a.y.ravel() - np.sin(a.X.ravel())
    assert len(a) == 40 and a.task == "regression"
    assert 0.15 < residual.std() < 0.45  # the noise we asked for (σ = 0.3), from 40 draws
    assert not np.array_equal(noisy_sine(seed=2).y, a.y)


@pytest.mark.parametrize("p", [0.2, 0.5, 0.8])
def test_train_mode_zeros_or_scales_by_one_over_keep(p):
    x = np.arange(1, 21, dtype=np.float32)
    train, evaluation = dropout_passes(x, p, passes=5)
    assert train.shape == (5, 20)
    kept = train != 0
    np.testing.assert_allclose(train[kept], np.broadcast_to(x / (1 - p), train.shape)[kept], rtol=1e-6)
    assert kept.any() and (~kept).any()
    # different passes draw different masks
    assert len({tuple(row) for row in kept}) > 1
    np.testing.assert_array_equal(evaluation, x)


def test_train_mode_mean_over_many_passes_is_the_input():
    x = np.linspace(1, 2, 8, dtype=np.float32)
    p, passes = 0.5, 20_000
    train, _ = dropout_passes(x, p, passes=passes)
    # each output is x/(1-p) with probability 1-p: std of the mean = x·sqrt(p/(1-p))/sqrt(passes); allow 5σ
    tolerance = 5 * x * math.sqrt(p / (1 - p)) / math.sqrt(passes)
    assert (np.abs(train.mean(axis=0) - x) < tolerance).all()


def test_dropout_passes_do_not_disturb_the_global_generator():
    torch.manual_seed(0)
    expected = torch.rand(3)
    torch.manual_seed(0)
    dropout_passes(np.ones(4), 0.5)
    np.testing.assert_array_equal(torch.rand(3), expected)


def test_train_and_test_points_alternate_along_x():
    ds = noisy_sine()
    train, test = interleaved_split(len(ds))
    x = ds.X.ravel()
    assert np.all(np.diff(x) > 0) and len(train) == len(test) == 20
    # every test point has a training point on each side (the last one only on its left)
    for row in test[:-1]:
        assert x[train].min() < x[row] < x[train].max() and row - 1 in train and row + 1 in train
    assert np.max(np.diff(x[train])) < 0.4  # no stretch of x without training data


def test_noise_level_is_the_true_curves_test_mse():
    ds = noisy_sine()
    _, test = interleaved_split(len(ds))
    by_hand = np.mean((ds.y.ravel()[test].astype(float) - np.sin(ds.X.ravel()[test].astype(float))) ** 2)
    assert noise_level(ds, test) == pytest.approx(by_hand)
    assert 0.02 < by_hand < 0.2  # about 0.3², from 20 draws


def test_a_big_net_overfits_and_a_tiny_one_underfits():
    ds = noisy_sine()
    train, test = interleaved_split(len(ds))
    noise, train_noise = noise_level(ds, test), noise_level(ds, train)
    big = fit(TrainConfig(hidden=[128, 128], optimizer="adam", lr=0.01, epochs=600, seed=1), ds, train, test)
    train_mse, test_mse = mse_of(big, ds, train), mse_of(big, ds, test)
    assert train_mse < 0.5 * train_noise and 0.5 * noise < test_mse
    assert verdict(train_mse, test_mse, train_noise, noise) == "overfit"
    # one unit, 100 epochs: barely bends, the test MSE (numpy) stays far above the noise
    tiny = fit(TrainConfig(hidden=[1], optimizer="adam", lr=0.01, epochs=100, seed=1), ds, train, test)
    mse = mse_of(tiny, ds, test)
    assert mse > 1.5 * noise and verdict(mse_of(tiny, ds, train), mse, train_noise, noise) == "underfit"


def mse_of(run, ds, rows) -> float:
    """numpy MSE of the run's eval-mode predictions (dropout off) on these rows."""
    return float(np.mean((run.predict(ds.X[rows]).astype(float) - ds.y[rows].ravel().astype(float)) ** 2))


def test_heavy_dropout_is_judged_on_the_eval_mode_training_loss():
    # the learner's case: 2 × 256 units with dropout 0.7 flattens the peaks. The per-epoch train loss (batch
    # losses with dropout on) is far above the test loss; measured with dropout off it is the curve's own MSE.
    ds = noisy_sine()
    train, test = interleaved_split(len(ds))
    noise, train_noise = noise_level(ds, test), noise_level(ds, train)
    run = fit(TrainConfig(hidden=[256, 256], dropout=0.7, optimizer="adam", lr=0.01, epochs=600, test_size=0.5,
                          seed=1), ds, train, test)
    train_mse, test_mse = mse_of(run, ds, train), mse_of(run, ds, test)
    assert run.train_metrics["mse"] == pytest.approx(train_mse, rel=1e-4)
    assert run.history.to_frame()["train_loss"].iloc[-1] > 2 * train_mse  # the thinned network's loss
    assert train_mse > 1.5 * train_noise  # the flattened curve misses its own training points
    assert verdict(train_mse, test_mse, train_noise, noise) == "underfit"


def test_verdict_rules():
    assert verdict(0.01, 0.12, 0.09, 0.09) == "overfit"
    assert verdict(0.08, 0.11, 0.09, 0.09) == "good"
    assert verdict(0.4, 0.41, 0.09, 0.09) == "underfit"
    # a near-straight line whose test loss is 3× the noise is not a good fit
    assert verdict(0.2, 0.27, 0.09, 0.09) == "underfit"
    # a test loss near the noise does not rescue a curve that misses its own training points by 2×
    assert verdict(0.18, 0.12, 0.09, 0.09) == "underfit"


def test_overfit_region_only_where_train_falls_and_test_does_not():
    def rows(train, test):
        return [{"units": 2 ** n, "train": a, "test": b} for n, (a, b) in enumerate(zip(train, test))]
    # test falls all the way: no region
    assert overfit_region(rows([0.3, 0.2, 0.1], [0.3, 0.2, 0.1])) is None
    # test lowest at 2 units (row 1), train keeps falling to 4 (row 2): the region is rows 1 → 2
    assert overfit_region(rows([0.3, 0.2, 0.1], [0.3, 0.1, 0.2])) == (1, 2)
    # the region ends at the lowest train loss past the best test width, not at the widest network
    assert overfit_region(rows([0.3, 0.2, 0.05, 0.1], [0.3, 0.1, 0.2, 0.2])) == (1, 2)
    # test rises after its best but train rises too: nothing is being memorised
    assert overfit_region(rows([0.3, 0.2, 0.25], [0.3, 0.1, 0.2])) is None


@pytest.mark.parametrize("layers,weight_decay", [(2, 0.0), (1, 1e-2)])
def test_capacity_sweep_equals_one_fit_per_width(layers, weight_decay):
    # all widths trained at once end where each one's own run (engine.train.fit) ends
    data = noisy_sine()
    train, test = interleaved_split(len(data))
    config = TrainConfig(hidden=[1] * layers, optimizer="adam", lr=0.01, weight_decay=weight_decay, epochs=100,
                         test_size=0.5, seed=1)
    rows = capacity_sweep(config, data, train, test)
    assert [row["units"] for row in rows] == CAPACITIES
    for row in rows:
        run = fit(TrainConfig(hidden=[row["units"]] * layers, optimizer="adam", lr=0.01, weight_decay=weight_decay,
                              epochs=100, test_size=0.5, seed=1), data, train, test)
        # the final losses in numpy from the run's own predictions (eval mode)
        assert row["train"] == pytest.approx(np.mean((run.predict(data.X[train]) - data.y[train].ravel()) ** 2),
                                             rel=1e-6)
        assert row["test"] == pytest.approx(np.mean((run.predict(data.X[test]) - data.y[test].ravel()) ** 2),
                                            rel=1e-6)


def test_capacity_sweep_retrains_a_width_that_blows_up_as_a_run_would():
    # SGD at lr 3 blows up: such a width is rolled back to its last good epoch, exactly as fit does
    data = noisy_sine()
    train, test = interleaved_split(len(data))
    config = TrainConfig(hidden=[1], optimizer="sgd", lr=3.0, epochs=40, test_size=0.5, seed=1)
    rows = capacity_sweep(config, data, train, test, widths=[4, 64])
    for row in rows:
        run = fit(TrainConfig(hidden=[row["units"]], optimizer="sgd", lr=3.0, epochs=40, test_size=0.5, seed=1),
                  data, train, test)
        assert math.isfinite(row["test"])
        assert row["test"] == pytest.approx(np.mean((run.predict(data.X[test]) - data.y[test].ravel()) ** 2),
                                            rel=1e-6)
    assert any(fit(TrainConfig(hidden=[units], optimizer="sgd", lr=3.0, epochs=40, test_size=0.5, seed=1), data,
                   train, test).stopped for units in (4, 64))

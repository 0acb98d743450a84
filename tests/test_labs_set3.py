"""Engine behind labs 9-12 (XOR, schedules, overfitting, anatomy) against closed forms and numpy."""
import math

import numpy as np
import pytest
import torch

from engine.config import TrainConfig
from engine.datasets import load
from engine.labs.anatomy import parameter_table, weight_peek
from engine.labs.overfitting import dropout_passes, interleaved_split, noise_level, noisy_sine, verdict
from engine.labs.xor import accuracy, probability_grid, grid_points, hidden_view, output_line, xor_config
from engine.models import build_model, param_formula, seeded_model
from engine.optimizer_setup import lr_curve
from engine.train import fit

XOR = load("xor")


# --- XOR -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("optimizer,lr", [("sgd", 0.1), ("sgd", 1.0), ("adam", 0.05), ("adam", 0.5)])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_single_layer_never_gets_more_than_three_of_four(optimizer, lr, seed):
    run = fit(xor_config([], optimizer=optimizer, lr=lr, epochs=300, seed=seed), XOR)
    assert accuracy(run, XOR.X, XOR.y) <= 0.75


def test_four_tanh_units_solve_xor_with_the_default_settings():
    run = fit(xor_config([4]), XOR)
    assert accuracy(run, XOR.X, XOR.y) == 1.0
    assert run.train_metrics["accuracy"] == 1.0


def _manual_forward(model, points):
    """Linear → tanh → linear → sigmoid in numpy from the module's weights."""
    w1, b1, w2, b2 = (p.detach().numpy().astype(np.float64) for p in model.parameters())
    hidden = np.tanh(points @ w1.T + b1)
    return 1 / (1 + np.exp(-(hidden @ w2.T + b2))).ravel(), hidden


def test_probability_grid_equals_a_numpy_forward_pass():
    run = fit(xor_config([4], epochs=50), XOR)
    grid = probability_grid(run, n=21)
    assert len(grid) == 21 * 21
    assert grid[["x1", "x2"]].min().tolist() == [-0.5, -0.5] and grid[["x1", "x2"]].max().tolist() == [1.5, 1.5]
    expected, _ = _manual_forward(run.model, grid[["x1", "x2"]].to_numpy(dtype=np.float64))
    np.testing.assert_allclose(grid["p1"].to_numpy(), expected, atol=1e-5)


def test_hidden_view_is_the_tanh_layer_and_separates_the_classes_for_two_units():
    run = fit(xor_config([2]), XOR)
    view = hidden_view(run, XOR.X)
    _, expected = _manual_forward(run.model, XOR.X.astype(np.float64))
    np.testing.assert_allclose(view, expected, atol=1e-5)
    # in the hidden space a straight line (the output layer) separates them: its logits have the right signs
    w2, b2 = (p.detach().numpy() for p in list(run.model.parameters())[2:])
    logits = view @ w2.T + b2
    assert ((logits.ravel() > 0) == (XOR.y == 1)).all()


def test_grid_points_cover_the_square_row_by_row():
    points = grid_points(3)
    np.testing.assert_allclose(points, [[-0.5, -0.5], [0.5, -0.5], [1.5, -0.5], [-0.5, 0.5], [0.5, 0.5],
                                        [1.5, 0.5], [-0.5, 1.5], [0.5, 1.5], [1.5, 1.5]])


# --- learning-rate schedules (engine.optimizer_setup.lr_curve steps real torch schedulers) -----------------

def _curve(scheduler, params, lr=0.1, epochs=60):
    return np.array(lr_curve(TrainConfig(lr=lr, epochs=epochs, scheduler=scheduler, scheduler_params=params)))


E = np.arange(60)


def test_step_lr_closed_form():
    np.testing.assert_allclose(_curve("step", {"step_size": 7, "gamma": 0.5}), 0.1 * 0.5 ** (E // 7), rtol=1e-6)


def test_multistep_lr_closed_form():
    expected = 0.1 * 0.3 ** ((E >= 10).astype(int) + (E >= 25).astype(int))
    np.testing.assert_allclose(_curve("multistep", {"milestones": [10, 25], "gamma": 0.3}), expected, rtol=1e-6)


def test_exponential_lr_closed_form():
    np.testing.assert_allclose(_curve("exponential", {"gamma": 0.93}), 0.1 * 0.93 ** E, rtol=1e-5)


def test_cosine_lr_closed_form():
    eta_min, T = 0.01, 40
    expected = eta_min + (0.1 - eta_min) * (1 + np.cos(np.pi * E / T)) / 2
    got = _curve("cosine", {"T_max": T, "eta_min": eta_min})
    np.testing.assert_allclose(got[:T + 1], expected[:T + 1], rtol=1e-5, atol=1e-9)


def test_warmup_is_a_linear_ramp_then_flat():
    expected = 0.1 * np.minimum(1.0, (E + 1) / 8)
    np.testing.assert_allclose(_curve("warmup", {"warmup_epochs": 8}), expected, rtol=1e-6)


def test_multiplicative_closed_form():
    np.testing.assert_allclose(_curve("multiplicative", {"factor": 0.9}), 0.1 * 0.9 ** E, rtol=1e-5)


def test_no_scheduler_keeps_the_rate():
    assert lr_curve(TrainConfig(lr=0.02, epochs=5)) == [0.02] * 5


# --- overfitting and dropout ---------------------------------------------------------------------

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
    noise = noise_level(ds, test)
    big = fit(TrainConfig(hidden=[128, 128], optimizer="adam", lr=0.01, epochs=600, seed=1), ds, train, test)
    history = big.history.to_frame()
    assert history["train_loss"].iloc[-1] < 0.5 * noise < history["val_loss"].iloc[-1]
    assert verdict(history, noise) == "overfit"
    # one unit, 100 epochs: barely bends, the test MSE (numpy) stays far above the noise
    tiny = fit(TrainConfig(hidden=[1], optimizer="adam", lr=0.01, epochs=100, seed=1), ds, train, test)
    mse = np.mean((tiny.predict(ds.X[test]) - ds.y[test].ravel()) ** 2)
    assert mse > 1.5 * noise and verdict(tiny.history.to_frame(), noise) == "underfit"


def test_verdict_rules():
    import pandas as pd
    memorised = pd.DataFrame({"train_loss": [0.5, 0.1, 0.01], "val_loss": [0.5, 0.1, 0.12]})
    close = pd.DataFrame({"train_loss": [0.5, 0.1, 0.08], "val_loss": [0.5, 0.1, 0.11]})
    high = pd.DataFrame({"train_loss": [0.5, 0.45, 0.4], "val_loss": [0.5, 0.46, 0.41]})
    # the case: a near-straight line whose test loss is 3× the noise is not a good fit
    straight = pd.DataFrame({"train_loss": [0.2], "val_loss": [0.27]})
    assert verdict(memorised, 0.09) == "overfit"
    assert verdict(close, 0.09) == "good"
    assert verdict(high, 0.09) == "underfit" and verdict(straight, 0.09) == "underfit"


# --- anatomy -------------------------------------------------------------------------------------

def test_parameter_table_for_13_50_30_1_matches_hand_arithmetic():
    model = build_model(TrainConfig(hidden=[50, 30], dropout=0.5), 13, 1)
    table = parameter_table(model)
    assert table["name"].tolist() == ["0.weight", "0.bias", "3.weight", "3.bias", "6.weight", "6.bias"]
    assert table["shape"].tolist() == ["[50, 13]", "[50]", "[30, 50]", "[30]", "[1, 30]", "[1]"]
    assert table["count"].tolist() == [650, 50, 1500, 30, 30, 1]
    assert table["count"].sum() == 13 * 50 + 50 + 50 * 30 + 30 + 30 * 1 + 1 == 2261
    assert [count for _, count in param_formula(TrainConfig(hidden=[50, 30]), 13, 1)] == [700, 1530, 31]


def test_weight_peek_is_the_first_layers_corner():
    model = seeded_model(TrainConfig(hidden=[50, 30], seed=1), 13, 1)
    np.testing.assert_array_equal(weight_peek(model, 3, 4), model[0].weight.detach().numpy()[:3, :4])
    assert weight_peek(build_model(TrainConfig(), 2, 1), 3, 5).shape == (1, 2)


def test_output_line_is_where_the_logit_is_zero():
    run = fit(xor_config([2]), XOR)
    h1 = np.linspace(-1, 1, 5)
    h2 = output_line(run, h1)
    with torch.no_grad():
        logits = run.model[-1](torch.tensor(np.column_stack([h1, h2]), dtype=torch.float32))
    np.testing.assert_allclose(logits.numpy().ravel(), 0, atol=1e-4)

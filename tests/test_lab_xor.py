"""Engine of the XOR lab (engine.labs.xor), checked against a numpy forward pass."""
import numpy as np
import pytest
import torch

from engine.datasets import load
from engine.labs.xor import (accuracy, grid_points, hidden_view, linearly_separable, output_line, probability_grid,
                             xor_config)
from engine.train import fit

XOR = load("xor")


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


def test_output_line_is_where_the_logit_is_zero():
    run = fit(xor_config([2]), XOR)
    h1 = np.linspace(-1, 1, 5)
    h2 = output_line(run, h1)
    with torch.no_grad():
        logits = run.model[-1](torch.tensor(np.column_stack([h1, h2]), dtype=torch.float32))
    np.testing.assert_allclose(logits.numpy().ravel(), 0, atol=1e-4)


def _lp_separable(points, labels) -> bool:
    """Independent check: is there (w, b) with y·(w·x + b) ≥ 1 for every point (y = ±1)? A linear program."""
    from scipy.optimize import linprog
    signs = np.where(np.asarray(labels) == 1, 1.0, -1.0)
    rows = -signs[:, None] * np.column_stack([points, np.ones(len(points))])
    return linprog(np.zeros(3), A_ub=rows, b_ub=-np.ones(len(points)), bounds=[(None, None)] * 3).status == 0


@pytest.mark.parametrize("points,expected", [
    ([[0, 0], [0, 1], [1, 0], [1, 1]], False),  # XOR itself: crossing diagonals
    ([[0, 0], [0, 0], [0, 0], [0, 0]], False),  # dead units: all four on one spot
    ([[0, 0], [1, 0], [1, 0], [2, 0]], False),  # class 1 sits between the class-0 points on one line
    ([[0, 0], [1, 1], [1, 1], [0, 0]], True),  # tanh's usual picture: each class on its own spot
    ([[0, 0], [1, 0], [2, 0], [3, 0]], False),  # on one line, classes interleaved
    ([[0, 0], [0, 1], [0, 2], [5, 5]], True),
])
def test_linearly_separable_by_hand(points, expected):
    labels = XOR.y  # 0, 1, 1, 0
    assert linearly_separable(points, labels) is expected
    assert _lp_separable(np.asarray(points, float), labels) is expected


def test_linearly_separable_agrees_with_a_linear_program_on_random_points():
    rng = np.random.default_rng(0)
    for _ in range(300):
        points = rng.integers(-2, 3, size=(4, 2)).astype(float) + rng.normal(0, 0.3, size=(4, 2)) * rng.integers(0, 2)
        assert linearly_separable(points, XOR.y) == _lp_separable(points, XOR.y), points

"""Engine of the cost lab (engine.labs.cost), checked against numpy and hand calculations."""
import numpy as np
import pytest

from engine.datasets import load
from engine.labs import cost

HOURS, SCORES = [2, 3, 4, 5], [25, 50, 42, 61]


def test_classic_example_costs_62_5_by_hand():
    # y = 13x + 1: predictions 27, 40, 53, 66; errors 2, -10, 11, 5; squares 4 + 100 + 121 + 25 = 250.
    table = cost.cost_table(13, 1, HOURS, SCORES)
    assert table["error"].tolist() == [2, -10, 11, 5]
    assert table["squared_error"].sum() == 250
    assert cost.mse(13, 1, HOURS, SCORES) == 62.5


def test_study_hours_4_file_holds_the_tutorial_points():
    ds = load("study_hours_4")
    assert ds.X[:, 0].tolist() == HOURS and ds.y[:, 0].tolist() == SCORES


@pytest.mark.parametrize("seed", range(5))
def test_mse_matches_numpy_for_random_lines(seed):
    rng = np.random.default_rng(seed)
    W, b = rng.normal(scale=10, size=2)
    x, y = np.array(HOURS, float), np.array(SCORES, float)
    assert cost.mse(W, b, x, y) == pytest.approx(np.mean((W * x + b - y) ** 2), rel=1e-12)


@pytest.mark.parametrize("x, y", [(HOURS, SCORES), ([1, 2, 3], [2, 4, 6])])
def test_least_squares_and_grid_minimum_agree_with_polyfit(x, y):
    W_fit, b_fit = np.polyfit(x, y, 1)
    assert cost.least_squares(x, y) == pytest.approx((W_fit, b_fit), abs=1e-9)
    # A grid whose lines pass through the optimum has its smallest cost exactly there.
    grid = cost.cost_grid(x, y, (W_fit - 3, W_fit + 3), (b_fit - 5, b_fit + 5), n=61)
    best = grid.loc[grid.cost.idxmin()]
    assert (best.W, best.b) == pytest.approx((W_fit, b_fit), abs=1e-9)
    assert best.cost == pytest.approx(np.mean((np.polyval([W_fit, b_fit], x) - y) ** 2))


def test_gradient_step_uses_the_closed_form_gradient():
    x, y = np.array(HOURS, float), np.array(SCORES, float)
    err = 13 * x + 1 - y  # 2, -10, 11, 5
    dW, db = 2 * np.mean(err * x), 2 * np.mean(err)  # = 2*(4 - 30 + 44 + 25)/4 = 21.5 and 2*8/4 = 4
    assert (dW, db) == (21.5, 4.0)
    W, b, gW, gb = cost.gradient_step(13, 1, x, y, 0.01)
    assert (gW, gb) == pytest.approx((21.5, 4.0)) and (W, b) == pytest.approx((13 - 0.215, 1 - 0.04))
    assert cost.mse(W, b, x, y) < 62.5


@pytest.mark.parametrize("x", [[2, 3, 4, 5.0], [1, 2, 3.0]])
def test_largest_stable_lr_separates_shrinking_from_growing_steps(x):
    # independent: run plain gradient descent in numpy just below and just above the limit for many steps
    x, y = np.array(x), np.array([25, 50, 42, 61.0])[:len(x)]
    limit = cost.largest_stable_lr(x)

    def final_cost(lr):
        W, b = 13.0, 1.0
        for _ in range(2000):
            r = W * x + b - y
            W, b = W - lr * np.mean(2 * r * x), b - lr * np.mean(2 * r)
        return np.mean((W * x + b - y) ** 2)
    assert final_cost(0.98 * limit) < 1e3 < final_cost(1.02 * limit)


def test_cost_pixels_hold_the_mse_at_each_pixels_centre():
    """Pixel (i, j) of the cost picture is the MSE at the centre of that pixel: b rises with the row, W with the
    column (numpy at three pixels of a 4 × 4 picture)."""
    x, y = np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0, 7.0])
    pixels = cost.cost_pixels(x, y, (0.0, 10.0), (-4.0, 4.0), n=4)
    for i, j in [(0, 0), (3, 1), (2, 3)]:
        W, b = 0.0 + (j + 0.5) * 10.0 / 4, -4.0 + (i + 0.5) * 8.0 / 4
        assert pixels[i, j] == pytest.approx(np.mean((W * x + b - y) ** 2))

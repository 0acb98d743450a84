"""Engine behind the cost, descent, optimiser and gradient labs, checked against numpy and hand calculations."""
import numpy as np
import pytest

from engine.datasets import load
from engine import surfaces
from engine.labs import cost, descent, gradients, optimizer_race

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


@pytest.fixture(scope="module")
def rent():
    ds = load("rent")
    train = ~ds.test_mask
    return ds.X[train, 0].astype(float), ds.y[train, 0].astype(float)


def test_loss_curve_and_slopes_match_closed_forms(rent):
    x, y = rent
    ws = np.linspace(-1, 3, 9)
    assert descent.loss_curve(x, y, ws) == pytest.approx([np.mean((w * x - y) ** 2) for w in ws])
    for w in (-0.5, 0.2, 1.7):
        closed = 2 * np.mean(x * (w * x - y))
        assert descent.slope(w, x, y) == pytest.approx(closed, rel=1e-12)
        assert descent.numeric_slope(w, x, y) == pytest.approx(closed, rel=1e-7)
    assert descent.slope(descent.best_w(x, y), x, y) == pytest.approx(0, abs=1e-9)
    assert descent.curvature(x) == pytest.approx(2 * np.mean(x**2))


def test_tangent_touches_the_curve_with_the_slope(rent):
    x, y = rent
    ws, line = descent.tangent(0.4, x, y, 0.1, n=3)
    assert line[1] == pytest.approx(descent.loss(0.4, x, y))
    assert (line[2] - line[0]) / 0.2 == pytest.approx(2 * np.mean(x * (0.4 * x - y)))


def test_learning_rate_above_two_over_curvature_diverges(rent):
    # By hand: w_next - w* = (1 - lr L'')(w - w*); lr = 2.2 / L'' gives the factor -1.2.
    x, y = rent
    w_star, L2 = descent.best_w(x, y), descent.curvature(x)
    assert descent.critical_lr(x) == pytest.approx(2 / L2)
    gaps = np.abs(np.array(descent.run(0.2, 2.2 / L2, 6, x, y)) - w_star)
    assert np.all(np.diff(np.r_[abs(0.2 - w_star), gaps]) > 0)
    assert gaps[-1] == pytest.approx(abs(0.2 - w_star) * 1.2**6, rel=1e-9)


def test_learning_rate_below_one_over_curvature_converges_monotonically(rent):
    x, y = rent
    w_star, L2 = descent.best_w(x, y), descent.curvature(x)
    path = np.array(descent.run(0.2, 0.5 / L2, 10, x, y))
    assert np.all(path < w_star) and np.all(np.diff(path) > 0)  # never overshoots, always closer
    assert w_star - path[-1] == pytest.approx((w_star - 0.2) * 0.5**10, rel=1e-9)


def test_presets_sit_in_the_regimes_they_are_named_for(rent):
    x, _ = rent
    p, L2 = descent.preset_lrs(x), descent.curvature(x)
    assert p["too_small"] * L2 < p["about_right"] * L2 < 1 < p["oscillating"] * L2 < 2 < p["diverging"] * L2


def test_run_stops_once_w_blows_up(rent):
    x, y = rent
    path = descent.run(0.2, 10 / descent.curvature(x), 1000, x, y)  # factor -9 a step
    assert len(path) < 1000 and abs(path[-1]) >= descent.BLOW_UP


def test_sgd_race_on_the_paraboloid_is_0_8_to_the_k():
    paths = optimizer_race.race("paraboloid", {"sgd": (0.1, None), "adam": (0.1, 0.9)}, 20, (-3, 4))
    sgd = paths[paths.optimizer == "sgd"]
    k = sgd.step.to_numpy()
    assert sgd[["x0", "x1"]].to_numpy() == pytest.approx(np.outer(0.8**k, [-3, 4]))
    assert sgd.loss.to_numpy() == pytest.approx(25 * 0.64**k)
    row = optimizer_race.summary("paraboloid", paths).set_index("optimizer").loc["sgd"]
    assert row.distance == pytest.approx(5 * 0.8**20)
    # loss 25·0.64^k < 1e-3 first when k > ln(4e-5)/ln(0.64) = 22.7: not within 20 steps, at 23 with more.
    assert row.reached == -1
    more = optimizer_race.summary("paraboloid", optimizer_race.race("paraboloid", {"sgd": (0.1, None)}, 30, (-3, 4)))
    assert more.reached.iloc[0] == 23


def test_summary_flags_divergence_and_missing_minimum():
    blown = optimizer_race.summary("paraboloid", optimizer_race.race("paraboloid", {"sgd": (1.5, None)}, 100, (-3, 4)))
    assert blown.reached.iloc[0] == -2  # factor 1 - 2·1.5 = -2 a step
    saddle = optimizer_race.summary("saddle", optimizer_race.race("saddle", {"adam": (0.1, 0.9)}, 10, None))
    assert saddle.reached.iloc[0] is None and saddle.distance.iloc[0] is None


def test_each_optimizer_runs_with_its_own_lr_and_beta():
    paths = optimizer_race.race("paraboloid", {"sgd": (0.1, None), "momentum": (0.05, 0.5)}, 3, (-3, 4))
    # momentum by hand (torch's form): v ← β·v + g, x ← x − lr·v, with g = 2x
    x, v = np.array([-3.0, 4.0]), np.zeros(2)
    for _ in range(3):
        v = 0.5 * v + 2 * x
        x = x - 0.05 * v
    momentum = paths[paths.optimizer == "momentum"]
    assert momentum[["x0", "x1"]].to_numpy()[-1] == pytest.approx(x)
    assert paths[paths.optimizer == "sgd"][["x0", "x1"]].to_numpy()[-1] == pytest.approx(0.8**3 * np.array([-3, 4]))


def test_standings_order_the_final_losses_and_set_diverged_apart():
    results = optimizer_race.summary("paraboloid", optimizer_race.race(
        "paraboloid", {"sgd": (0.1, None), "adam": (0.1, 0.9), "rmsprop": (0.01, 0.99), "nesterov": (1.0, 0.9)},
        30, (-3, 4)))
    ranked, diverged = optimizer_race.standings(results)
    finite = results[results.reached != -2]
    assert ranked == list(finite.optimizer.to_numpy()[np.argsort(finite.loss.to_numpy())])
    assert diverged == ["nesterov"]


@pytest.mark.parametrize("surface", list(optimizer_race.SURFACE_CODE))
def test_surface_code_is_the_same_function(surface):
    import math

    import torch
    rng = np.random.default_rng(0)
    x0, x1 = torch.tensor(rng.uniform(-2, 2, 50)), torch.tensor(rng.uniform(-2, 2, 50))
    written = eval(optimizer_race.SURFACE_CODE[surface], {"torch": torch, "math": math, "x0": x0, "x1": x1})
    assert written.numpy() == pytest.approx(surfaces.value(surface, x0.numpy(), x1.numpy()))


def test_race_code_runs_and_ends_where_the_race_ends(capsys):
    settings = {"sgd": (0.005, None), "nesterov": (0.002, 0.8), "rmsprop": (0.05, 0.9), "adam": (0.1, 0.95)}
    exec(optimizer_race.race_code("rosenbrock", settings, 25, (-1.5, 2.0)), {})
    printed = capsys.readouterr().out.splitlines()
    results = optimizer_race.summary("rosenbrock", optimizer_race.race("rosenbrock", settings, 25, (-1.5, 2.0)))
    for line, row in zip(printed, results.itertuples()):
        name, point = line.split(" ", 1)
        assert name == row.optimizer
        assert eval(point.rsplit(" ", 1)[0]) == pytest.approx([row.x0, row.x1], rel=1e-9)


def test_arrow_field_points_down_the_negative_gradient():
    field = optimizer_race.arrow_field("paraboloid", n=4)
    # The paraboloid's negative gradient points at the origin: compass angle of (-x0, -x1), clockwise from up.
    expected = np.degrees(np.arctan2(-field.x0, -field.x1)) % 360
    assert field.angle.to_numpy() == pytest.approx(expected.to_numpy())
    assert field.length.to_numpy() == pytest.approx(2 * np.hypot(field.x0, field.x1).to_numpy())
    corner = field.loc[(field.x0 < 0) & (field.x1 < 0)].iloc[0]
    assert 0 < corner.angle < 90  # from the lower-left, the arrow points up and right


def test_autograd_matches_hand_derivatives():
    assert gradients.autograd("sin") == pytest.approx(np.cos(1.0))
    assert gradients.autograd("cube") == pytest.approx(12.0)
    assert gradients.autograd("paraboloid") == pytest.approx([6.0, 8.0])


def test_error_curve_shows_truncation_and_rounding():
    curve64 = dict(gradients.error_curve("sin", "float64"))
    # truncation: (sin(x+h) - sin(x-h)) / 2h = cos(x)·sin(h)/h, so at h = 1 the error is cos(1)·(1 - sin(1))
    assert curve64[1.0] == pytest.approx(np.cos(1) * (1 - np.sin(1.0)), rel=1e-9)
    best64 = min(curve64, key=curve64.get)
    assert 1e-7 < best64 < 1e-3 and curve64[best64] < 1e-9
    assert curve64[1e-10] > 100 * curve64[best64]  # rounding wall
    curve32 = dict(gradients.error_curve("sin", "float32"))
    assert curve32[1e-10] == pytest.approx(np.cos(1.0), rel=1e-6)  # x ± h rounds to x: the estimate is 0
    assert min(curve32, key=curve32.get) > best64


def test_central_difference_of_cube_by_hand():
    # ((2+h)^3 - (2-h)^3) / 2h = 12 + h^2 exactly.
    assert gradients.central("cube", 0.1) == pytest.approx(12.01, rel=1e-12)
    assert gradients.central("paraboloid", 0.5) == pytest.approx([6.0, 8.0])  # no truncation for a quadratic


def test_only_the_quadratic_is_free_of_truncation_error():
    # numpy by hand at h = 1: the quadratic's central difference is exactly (6, 8); sin and x³ miss
    x = np.array([3.0, 4.0])
    by_hand = [((x + e) ** 2 - (x - e) ** 2).sum() / 2 for e in np.eye(2)]
    assert by_hand == [6.0, 8.0] and not gradients.has_truncation_error("paraboloid")
    assert abs((np.sin(2.0) - np.sin(0.0)) / 2 - np.cos(1.0)) > 0.08 and gradients.has_truncation_error("sin")
    assert gradients.has_truncation_error("cube")  # (27 - 1) / 2 = 13, not 12

"""Engine of the descent lab (engine.labs.descent), checked against closed forms and hand calculations."""
import numpy as np
import pytest

from engine.labs import descent


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

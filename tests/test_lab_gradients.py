"""Engine of the gradients lab (engine.labs.gradients), checked against numpy and hand derivatives."""
import numpy as np
import pytest

from engine.labs import gradients


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

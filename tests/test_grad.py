"""Central differences against hand-computed derivatives and against torch autograd."""
import numpy as np
import pytest
import torch

from engine.grad import derivative, gradient_error_curve, numerical_gradient, time_numerical_vs_autograd


def paraboloid(x):
    return x[0] ** 2 + x[1] ** 2


@pytest.mark.parametrize("point, expected", [((3.0, 4.0), (6.0, 8.0)), ((0.0, 2.0), (0.0, 4.0)),
                                             ((3.0, 0.0), (6.0, 0.0))])
def test_paraboloid_gradient_by_hand(point, expected):
    # d/dx (x0² + x1²) = (2·x0, 2·x1)
    np.testing.assert_allclose(numerical_gradient(paraboloid, np.array(point)), expected, atol=1e-6)


def test_shape_kept_and_input_untouched():
    x = np.arange(6, dtype=np.float32).reshape(2, 3)
    before = x.copy()
    g = numerical_gradient(lambda a: np.sum(a**3), x)
    assert g.shape == (2, 3)
    np.testing.assert_array_equal(x, before)
    np.testing.assert_allclose(g, 3 * before.astype(np.float64) ** 2, rtol=1e-6, atol=1e-6)


def test_agrees_with_autograd():
    rng = np.random.default_rng(1)
    W = rng.normal(size=(3, 4))
    x = rng.normal(size=(3, 4))

    def f(a):
        a = torch.as_tensor(a)
        return torch.sum(torch.tanh(a * torch.as_tensor(W)) ** 2) + torch.exp(a[0, 0] * a[2, 3])

    t = torch.tensor(x, requires_grad=True)
    f(t).backward()
    np.testing.assert_allclose(numerical_gradient(lambda a: f(a).item(), x), t.grad.numpy(), atol=1e-7)


def test_derivative_of_square():
    # (x²)' = 2x: 4 at x = 2, 8 at x = 4
    assert derivative(lambda x: x**2, 2.0) == pytest.approx(4.0, abs=1e-8)
    assert derivative(lambda x: x**2, 4.0) == pytest.approx(8.0, abs=1e-8)


def test_error_curve_is_u_shaped():
    hs = [1e-10, 1e-4, 1.0]
    curve = dict(gradient_error_curve(lambda x: np.sum(np.sin(x)), np.cos, np.array([1.0]), hs))
    assert set(curve) == set(hs)
    assert curve[1e-4] < 1e-8
    assert curve[1e-10] > 10 * curve[1e-4]  # rounding
    # truncation: (sin(2) - sin(0)) / 2 is far from cos(1)
    assert curve[1.0] == pytest.approx(abs(np.sin(2.0) / 2 - np.cos(1.0)), rel=1e-9)


def test_error_curve_float32_rounds_earlier():
    f, df, x = (lambda a: np.sum(np.sin(a))), np.cos, np.array([1.0])
    e64 = dict(gradient_error_curve(f, df, x, [1e-8]))[1e-8]
    e32 = dict(gradient_error_curve(f, df, x, [1e-8], dtype=np.float32))[1e-8]
    assert e64 < 1e-6
    assert e32 > 0.1  # 1 + 1e-8 == 1 in float32, so the difference quotient is 0


def test_numerical_vs_autograd_timing():
    r = time_numerical_vs_autograd(n_params_slice=100)
    assert r["n_params"] == 784 * 50 + 50 + 50 * 10 + 10 == 39760
    assert r["slice_size"] == 100
    assert r["numeric_full_estimate_s"] == pytest.approx(r["numeric_slice_s"] * 39760 / 100)
    assert r["ratio"] > 100
    assert r["max_abs_diff"] < 1e-3

"""Optimiser paths on the 2-D surfaces against closed forms and hand-written update rules."""
import numpy as np
import pytest

from engine import surfaces
from engine.surfaces import descend


def test_registry():
    assert {"paraboloid", "saddle", "local_minima", "plateau"} <= set(surfaces.names())
    for name in surfaces.names():
        s = surfaces.get(name)
        assert s.xlim[0] < s.start[0] < s.xlim[1] and s.ylim[0] < s.start[1] < s.ylim[1]


def test_known_minima():
    assert surfaces.value("paraboloid", 0.0, 0.0) == 0
    assert surfaces.value("local_minima", 0.0, 0.0) == pytest.approx(0.0)
    assert surfaces.value("plateau", 0.0, 0.0) == pytest.approx(0.0)
    assert surfaces.value("rosenbrock", 1.0, 1.0) == pytest.approx(0.0)
    # every grid point of the bumpy bowl lies above its global minimum
    assert surfaces.grid("local_minima", 41)[2].min() >= 0


def test_value_and_gradient_vectorised():
    x0, x1 = np.array([3.0, 0.0, 3.0]), np.array([4.0, 2.0, 0.0])
    np.testing.assert_allclose(surfaces.value("paraboloid", x0, x1), [25, 4, 9])
    g0, g1 = surfaces.gradient("paraboloid", x0, x1)
    np.testing.assert_allclose(g0, [6, 0, 6])
    np.testing.assert_allclose(g1, [8, 4, 0])


@pytest.mark.parametrize("name", surfaces.names())
def test_every_gradient_matches_numpy_central_differences(name):
    s = surfaces.get(name)
    rng = np.random.default_rng(0)
    x0, x1 = rng.uniform(*s.xlim, 20), rng.uniform(*s.ylim, 20)
    h = 1e-6
    d0 = (surfaces.value(name, x0 + h, x1) - surfaces.value(name, x0 - h, x1)) / (2 * h)
    d1 = (surfaces.value(name, x0, x1 + h) - surfaces.value(name, x0, x1 - h)) / (2 * h)
    g0, g1 = surfaces.gradient(name, x0, x1)
    np.testing.assert_allclose(np.c_[g0, g1], np.c_[d0, d1], rtol=1e-5, atol=1e-6)


def test_grid_orientation():
    xs, ys, zz = surfaces.grid("saddle", n=7)
    assert xs.shape == ys.shape == (7,) and zz.shape == (7, 7)
    assert zz[0, 3] == pytest.approx(0.5 * (xs[3] ** 2 - ys[0] ** 2))  # zz[i, j] = f(xs[j], ys[i])
    assert zz[3, 0] == pytest.approx(0.5 * (xs[0] ** 2 - ys[3] ** 2))


def test_sgd_on_paraboloid_closed_form():
    # x_{k+1} = x_k - lr·2·x_k  =>  x_k = (1 - 2·lr)^k · x_0
    path = descend("paraboloid", "sgd", 0.1, 20, (-3, 4))
    assert path.shape == (21, 2)
    np.testing.assert_array_equal(path[0], [-3, 4])
    expected = 0.8 ** np.arange(21)[:, None] * np.array([-3.0, 4.0])
    np.testing.assert_allclose(path, expected, rtol=1e-12)


def test_momentum_matches_hand_loop():
    lr, mu, x, v = 0.05, 0.9, np.array([-3.0, 4.0]), np.zeros(2)
    expected = [x.copy()]
    for _ in range(10):
        v = mu * v + 2 * x  # PyTorch: v = μ·v + g, then x -= lr·v
        x = x - lr * v
        expected.append(x.copy())
    np.testing.assert_allclose(descend("paraboloid", "momentum", lr, 10, (-3, 4)), expected, rtol=1e-12)


def test_adam_matches_hand_loop():
    lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
    x, m, v = np.array([-3.0, 4.0]), np.zeros(2), np.zeros(2)
    expected = [x.copy()]
    for t in range(1, 6):
        g = 2 * x
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g**2
        x = x - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
        expected.append(x.copy())
    np.testing.assert_allclose(descend("paraboloid", "adam", lr, 5, (-3, 4)), expected, rtol=1e-10)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_saddle_axis_is_a_trap(optimizer):
    # On the x1 = 0 axis the gradient has no x1 component, so nothing ever pushes the point off the saddle.
    path = descend("saddle", optimizer, 0.1, 100, (-2.0, 0.0))
    assert np.all(path[:, 1] == 0)
    assert abs(path[-1, 0]) < 0.05  # ends near the saddle point (0, 0), which is no minimum


def test_divergence_pads_with_nan():
    # lr = 2: x_k = (-3)^k · x_0; |x1| = 4·3^k passes 1e6 at k = 12
    path = descend("paraboloid", "sgd", 2.0, 20, (-3, 4))
    assert path.shape == (21, 2)
    np.testing.assert_allclose(path[:12], (-3.0) ** np.arange(12)[:, None] * np.array([-3.0, 4.0]))
    assert np.all(np.isnan(path[12:]))


@pytest.mark.parametrize("optimizer", surfaces.OPTIMIZERS)
def test_every_optimizer_runs(optimizer):
    path = descend("paraboloid", optimizer, 0.1, 30)
    assert path.shape == (31, 2) and np.all(np.isfinite(path))
    assert surfaces.value("paraboloid", *path[-1]) < surfaces.value("paraboloid", *path[0])


def test_plateau_slows_sgd_not_adam():
    sgd = descend("plateau", "sgd", 0.5, 20)
    adam = descend("plateau", "adam", 0.1, 20)
    assert np.linalg.norm(sgd[-1]) > 2.5  # still up on the flat part
    assert np.linalg.norm(adam[-1]) < 1.0  # per-coordinate scaling ignores how small the gradient is


def test_bad_names_list_the_choices():
    with pytest.raises(ValueError, match="paraboloid"):
        descend("egg_crate", "sgd", 0.1, 5)
    with pytest.raises(ValueError, match="adamw"):
        descend("paraboloid", "lbfgs", 0.1, 5)
    with pytest.raises(ValueError):
        descend("paraboloid", "adam", 0.1, 5, nesterov=True)

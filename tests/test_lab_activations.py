"""Engine of the activations lab (engine.labs.activations), checked against closed-form derivatives."""
import numpy as np
import pytest

from engine.labs import activations

CLOSED_FORMS = {
    "linear": lambda x: np.ones_like(x),
    "sigmoid": lambda x: (s := 1 / (1 + np.exp(-x))) * (1 - s),
    "tanh": lambda x: 1 - np.tanh(x) ** 2,
    "relu": lambda x: (x > 0).astype(float),
    "leaky_relu": lambda x: np.where(x > 0, 1.0, 0.2),
    "elu": lambda x: np.where(x > 0, 1.0, np.exp(x)),
    "selu": lambda x: 1.0507009873554805 * np.where(x > 0, 1.0, 1.6732632423543772 * np.exp(x)),
    "logsigmoid": lambda x: 1 - 1 / (1 + np.exp(-x)),
}


@pytest.mark.parametrize("name", list(CLOSED_FORMS))
def test_autograd_derivative_matches_closed_form(name):
    frame = activations.curve(name, slope=0.2, n=240)  # an even count: x = 0 (where ReLU has a kink) is skipped
    x = frame["x"].to_numpy()
    np.testing.assert_allclose(frame["df"], CLOSED_FORMS[name](x), rtol=1e-7, atol=1e-10)


def test_largest_slopes_and_what_survives_many_layers():
    # by hand: σ′(x) = σ(x)(1 − σ(x)) peaks at x = 0 with 0.5 · 0.5; tanh′ = 1 − tanh² peaks at 1
    assert activations.max_slope(activations.curve("sigmoid")) == pytest.approx(0.25, abs=1e-12)
    assert activations.max_slope(activations.curve("tanh")) == pytest.approx(1.0, abs=1e-12)
    assert activations.max_slope(activations.curve("relu")) == 1.0
    np.testing.assert_allclose(activations.best_case_products(0.25, 10), [0.25 ** n for n in range(1, 11)])


def test_softmax_temperature_limits():
    z = np.array([2.0, 1.0, 0.1, -1.0])
    e = np.exp(z - z.max())
    np.testing.assert_allclose(activations.softmax(z, 1.0), e / e.sum())
    np.testing.assert_allclose(activations.softmax(z, 1e6), np.full(4, 0.25), atol=1e-6)
    np.testing.assert_allclose(activations.softmax(z, 1e-3), [1, 0, 0, 0], atol=1e-12)

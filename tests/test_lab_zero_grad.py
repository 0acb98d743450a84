"""Engine of the zero_grad lab (engine.labs.zero_grad), checked against a hand-written numpy loop."""
import numpy as np
import pytest

from engine.labs import zero_grad


@pytest.mark.parametrize("w0", [-3.0, 0.0, 2.0])
def test_gradient_accumulates_2k_without_reset_and_stays_2_with_it(w0):
    assert zero_grad.grads_after_backward(w0, 7, zero_grad=False) == [2.0 * k for k in range(1, 8)]
    assert zero_grad.grads_after_backward(w0, 7, zero_grad=True) == [2.0] * 7


def _numpy_loop(x, y, lr, steps, reset):
    """Hand-written SGD on MSE of Wx + b from 0: with reset each step uses its own gradient, else the running sum."""
    W = b = 0.0
    gW_sum = gb_sum = 0.0
    rows = []
    for _ in range(steps):
        r = W * x + b - y
        gW, gb = np.mean(2 * r * x), np.mean(2 * r)
        gW_sum, gb_sum = (gW, gb) if reset else (gW_sum + gW, gb_sum + gb)
        W, b = W - lr * gW_sum, b - lr * gb_sum
        rows.append((np.mean(r ** 2), gW, gW_sum, W, b))
    return np.array(rows)


@pytest.mark.parametrize("reset", [True, False])
def test_training_loop_matches_numpy(reset):
    x, y = np.array([1.0, 2, 3]), np.array([2.0, 4, 6])
    frame = zero_grad.fit_line(x, y, lr=0.01, steps=40, zero_grad=reset)
    expected = _numpy_loop(x, y, 0.01, 40, reset)
    np.testing.assert_allclose(frame[["loss", "dW_new", "dW_used", "W", "b"]].to_numpy(), expected, rtol=1e-9,
                               atol=1e-12)
    # loss_after is the loss at the W, b of the same row
    W, b = frame["W"].to_numpy()[:, None], frame["b"].to_numpy()[:, None]
    np.testing.assert_allclose(frame["loss_after"], np.mean((W * x + b - y) ** 2, axis=1), rtol=1e-9)


def test_without_reset_kth_update_is_lr_times_sum_of_all_gradients_so_far():
    frame = zero_grad.fit_line([1, 2, 3], [2, 4, 6], lr=0.01, steps=30, zero_grad=False)
    W_before = np.r_[0.0, frame["W"].to_numpy()[:-1]]
    updates = W_before - frame["W"].to_numpy()
    np.testing.assert_allclose(updates, 0.01 * np.cumsum(frame["dW_new"].to_numpy()), rtol=1e-9, atol=1e-12)
    # and it never settles: with the reset the loss falls below 0.1, without it keeps bouncing well above
    with_reset = zero_grad.fit_line([1, 2, 3], [2, 4, 6], lr=0.01, steps=200, zero_grad=True)
    without = zero_grad.fit_line([1, 2, 3], [2, 4, 6], lr=0.01, steps=200, zero_grad=False)
    assert with_reset["loss"].iloc[-20:].max() < 0.1
    assert without["loss"].iloc[-20:].max() > 1.0

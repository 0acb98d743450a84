"""Engine behind the zero_grad, loss, activation and batch labs, checked against numpy and hand calculations."""
import math

import numpy as np
import pytest
import torch
from conftest import make
from sklearn.model_selection import train_test_split

from engine.errors import LearnerError
from engine.labs import activations, batches, loss_examples, zero_grad

# --- zero_grad ---------------------------------------------------------------------------------------


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


# --- losses ------------------------------------------------------------------------------------------


def test_regression_losses_match_numpy_formulas():
    r = np.array([0.5, -1.0, 1.5, -0.3, 8.0])
    delta = 1.25
    huber = np.where(np.abs(r) <= delta, 0.5 * r ** 2, delta * (np.abs(r) - 0.5 * delta))
    got = loss_examples.regression_losses(r, delta)
    assert got["MSE"] == pytest.approx(np.mean(r ** 2))
    assert got["MAE"] == pytest.approx(np.mean(np.abs(r)))
    assert got["Huber"] == pytest.approx(np.mean(huber))
    shares = loss_examples.contributions(r, delta).set_index(["loss", "point"])["share"]
    assert shares["MSE", 5] == pytest.approx(64 / np.sum(r ** 2))
    assert shares["MAE", 5] == pytest.approx(8 / np.sum(np.abs(r)))
    # the outlier dominates MSE far more than MAE
    assert shares["MSE", 5] > 0.9 > 0.75 > shares["MAE", 5]


def test_loss_curves_and_bce_curves_follow_their_formulas():
    curves = loss_examples.loss_curves(4.0, delta=1.0, n=9).pivot(index="residual", columns="loss", values="value")
    r = curves.index.to_numpy()
    np.testing.assert_allclose(curves["MSE"], r ** 2)
    np.testing.assert_allclose(curves["MAE"], np.abs(r))
    bce = loss_examples.bce_curves(11)
    one, zero = bce[bce["target"] == 1], bce[bce["target"] == 0]
    np.testing.assert_allclose(one["loss"], -np.log(one["p"]))
    np.testing.assert_allclose(zero["loss"], -np.log(1 - zero["p"]))


def test_seed_003_softmax_example_numbers():
    right = [0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]
    wrong = [0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0]
    a, b = loss_examples.tutorial_losses(right, 2), loss_examples.tutorial_losses(wrong, 2)
    assert a["mse"] == pytest.approx(0.0975) and b["mse"] == pytest.approx(0.5975)
    assert a["ce"] == pytest.approx(0.510825, abs=1e-6) and b["ce"] == pytest.approx(2.302584, abs=1e-6)


def test_normalise_rescales_and_refuses_bad_probabilities():
    np.testing.assert_allclose(loss_examples.normalise([1, 1, 2]), [0.25, 0.25, 0.5])
    for bad in ([0, 0, 0], [0.5, -0.1], [np.nan, 1]):
        with pytest.raises(LearnerError):
            loss_examples.normalise(bad)


def test_sparse_and_one_hot_targets_give_the_numpy_cross_entropy():
    z = np.array([2.0, 1.0, 0.1, -0.5])
    expected = -(z[1] - np.log(np.sum(np.exp(z))))
    got = loss_examples.sparse_vs_onehot(z, 1)
    assert got["index"] == pytest.approx(expected) and got["one_hot"] == pytest.approx(expected)


def test_double_softmax_loss_and_smaller_gradient():
    z = np.array([3.0, 1.0, -2.0])
    p = np.exp(z) / np.exp(z).sum()
    q = np.exp(p) / np.exp(p).sum()  # softmax applied a second time
    table = loss_examples.double_softmax(z, 0).set_index("case")
    assert table.loc["correct", "loss"] == pytest.approx(-np.log(p[0]))
    assert table.loc["double_softmax", "loss"] == pytest.approx(-np.log(q[0]))
    # the correct gradient of CE wrt logits is p − onehot
    assert table.loc["correct", "grad_norm"] == pytest.approx(np.linalg.norm(p - [1, 0, 0]))
    assert table.loc["double_softmax", "grad_norm"] < table.loc["correct", "grad_norm"]


def test_bce_on_raw_logits_is_refused_and_with_logits_matches_numpy():
    z, t = np.array([2.5, -1.0, 0.3]), np.array([1.0, 0.0, 1.0])
    s = 1 / (1 + np.exp(-z))
    expected = -np.mean(t * np.log(s) + (1 - t) * np.log(1 - s))
    out = loss_examples.bce_on_logits(z, t)
    assert out["error"] and "between 0 and 1" in out["error"]
    assert out["with_logits"] == pytest.approx(expected) and out["sigmoid_then_bce"] == pytest.approx(expected)
    assert loss_examples.bce_on_logits([0.2, 0.9], [0, 1])["error"] is None


def test_parse_numbers():
    np.testing.assert_allclose(loss_examples.parse_numbers(" 2, 1.5 ;-3 "), [2, 1.5, -3])
    for bad in ("a, b", "1", "1, inf"):
        with pytest.raises(LearnerError):
            loss_examples.parse_numbers(bad)


# --- activations -------------------------------------------------------------------------------------

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


# --- batches -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("n,b", [(2000, 200), (2001, 200), (7, 3), (5, 10), (1, 1)])
@pytest.mark.parametrize("drop_last", [False, True])
def test_iteration_counts(n, b, drop_last):
    got = batches.iterations(n, b, 3, drop_last)
    per_epoch = math.floor(n / b) if drop_last else math.ceil(n / b)
    assert got["per_epoch"] == per_epoch and got["total"] == 3 * per_epoch
    if per_epoch:
        assert got["last_batch"] == (b if drop_last else n - (per_epoch - 1) * b)


def test_seed_002_example():
    assert batches.iterations(2000, 200, 1)["per_epoch"] == 10


@pytest.fixture
def line30():
    """30 rows of y = 3x + 1 + noise, one feature."""
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 10, 30)
    return make(x[:, None], 3 * x + 1 + rng.normal(size=30), "regression")


def test_batch_gd_path_equals_numpy_full_batch_descent(line30):
    steps, _ = batches.path(batches.linear_config(None, 6, 0.1, seed=4), line30)
    # the same rows and scaling the engine uses: sklearn's seeded split, then standardise with the population std
    train_rows = np.sort(train_test_split(np.arange(30), test_size=0.2, random_state=4)[0])
    xs, ys = line30.X[train_rows, 0].astype(np.float64), line30.y[train_rows, 0].astype(np.float64)
    xs = (xs - xs.mean()) / xs.std()
    torch.manual_seed(4)
    init = torch.nn.Linear(1, 1)
    w, b = init.weight.item(), init.bias.item()
    path = [(w, b)]
    for _ in range(6):
        r = w * xs + b - ys
        w, b = w - 0.1 * np.mean(2 * r * xs), b - 0.1 * np.mean(2 * r)
        path.append((w, b))
    np.testing.assert_allclose(steps[["w", "b"]].to_numpy(), path, rtol=1e-4, atol=1e-4)


def test_sgd_takes_n_steps_per_epoch_and_minibatch_ceil(line30):
    result = batches.compare(line30, batch=5, epochs=2, lr=0.05)
    steps, n = result["steps"], len(result["x"])
    last = steps.groupby("mode")["step"].max()
    assert last["batch"] == 2 and last["sgd"] == 2 * n and last["mini"] == 2 * math.ceil(n / 5)
    assert (steps[steps["mode"] == "sgd"].groupby("epoch").size().drop(0) == n).all()
    # full_loss is the MSE over every training row at that (w, b)
    row = steps.iloc[5]
    assert row["full_loss"] == pytest.approx(np.mean((row["w"] * result["x"] + row["b"] - result["y"]) ** 2))
    assert set(result["epochs"]["mode"]) == {"batch", "sgd", "mini"}

"""Engine of the losses lab (engine.labs.loss_examples), checked against numpy formulas."""
import numpy as np
import pytest

from engine.errors import LearnerError
from engine.labs import loss_examples


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
    # refused in the learner's words, naming the logits outside [0, 1] (by hand: 2.5 and -1), torch's kept
    assert isinstance(out["error"], LearnerError) and "between 0 and 1" in out["error"].params["torch"]
    assert "2.5, -1 lie outside [0, 1]" in out["error"].message("en")
    assert "2.5, -1은 [0, 1] 밖에" in out["error"].message("ko")
    assert out["with_logits"] == pytest.approx(expected) and out["sigmoid_then_bce"] == pytest.approx(expected)
    assert loss_examples.bce_on_logits([0.2, 0.9], [0, 1])["error"] is None


def test_parse_numbers():
    np.testing.assert_allclose(loss_examples.parse_numbers(" 2, 1.5 ;-3 "), [2, 1.5, -3])
    for bad in ("a, b", "1", "1, inf"):
        with pytest.raises(LearnerError):
            loss_examples.parse_numbers(bad)

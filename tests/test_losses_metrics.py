import numpy as np
import pytest
import torch
from sklearn.metrics import f1_score, mean_absolute_error, mean_squared_error, r2_score

from engine.losses import make_loss, target_tensor
from engine.metrics import classification_metrics, regression_metrics


def test_mse_of_13x_plus_1_on_study_hours():
    # Seed 004's worked example: hours 2,3,4,5 -> scores 25,50,42,61 with H(x) = 13x + 1.
    # The tutorial prints 210/4 = 52.5, but its third error is 53 - 42 = 11, not 9: the squares
    # sum to 4 + 100 + 121 + 25 = 250, so the MSE is 62.5. We test the arithmetic, not the typo.
    x = np.array([2, 3, 4, 5.0])
    y = np.array([25, 50, 42, 61.0])
    by_hand = ((27 - 25) ** 2 + (40 - 50) ** 2 + (53 - 42) ** 2 + (66 - 61) ** 2) / 4
    assert by_hand == 62.5
    got = make_loss("mse")(torch.tensor(13 * x + 1), torch.tensor(y))
    assert float(got) == pytest.approx(by_hand)
    assert regression_metrics(y, 13 * x + 1)["mse"] == pytest.approx(by_hand)


def test_seed003_softmax_examples():
    t = np.zeros(10)
    t[2] = 1
    good = np.array([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0])
    bad = np.array([0.1, 0.05, 0.1, 0.0, 0.05, 0.1, 0.0, 0.6, 0.0, 0.0])
    # The tutorial's MSE is half the sum of squares: 0.0975 and 0.5975.
    assert 0.5 * np.sum((good - t) ** 2) == pytest.approx(0.0975)
    assert 0.5 * np.sum((bad - t) ** 2) == pytest.approx(0.5975)
    # Cross-entropy -log(p_true): CrossEntropyLoss on log-probabilities gives exactly that.
    ce = make_loss("ce")
    for p, expected in ((good, -np.log(0.6)), (bad, -np.log(0.1))):
        logits = torch.log(torch.tensor(p + 1e-12)).unsqueeze(0)
        assert float(ce(logits, torch.tensor([2]))) == pytest.approx(expected, rel=1e-5)


def test_bce_with_logits_matches_formula():
    z, y = np.array([2.0, -1.0, 0.5]), np.array([1.0, 0.0, 0.0])
    p = 1 / (1 + np.exp(-z))
    expected = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
    got = make_loss("bce")(torch.tensor(z).reshape(-1, 1), target_tensor(y, "bce").double())
    assert float(got) == pytest.approx(expected)


def test_huber_and_mae_by_hand():
    r = np.array([0.5, -2.0, 3.0])
    huber = np.where(np.abs(r) <= 1, 0.5 * r ** 2, np.abs(r) - 0.5).mean()
    zeros = torch.zeros(3, dtype=torch.float64)
    assert float(make_loss("huber")(torch.tensor(r), zeros)) == pytest.approx(huber)
    assert float(make_loss("mae")(torch.tensor(r), zeros)) == pytest.approx(np.abs(r).mean())


def test_regression_metrics_against_numpy():
    rng = np.random.default_rng(0)
    y, p = rng.normal(size=50), rng.normal(size=50)
    m = regression_metrics(y, p)
    assert m["rmse"] == pytest.approx(np.sqrt(np.mean((y - p) ** 2)))
    assert m["mae"] == pytest.approx(np.mean(np.abs(y - p)))
    assert m["r2"] == pytest.approx(1 - np.sum((y - p) ** 2) / np.sum((y - y.mean()) ** 2))


def test_regression_metrics_follow_sklearn_conventions():
    rng = np.random.default_rng(1)
    y = rng.normal(size=(40, 1)).astype(np.float32)
    p = (y + 0.3 * rng.normal(size=(40, 1))).astype(np.float32)
    m = regression_metrics(y, p)
    assert m["mse"] == pytest.approx(mean_squared_error(y, p), rel=1e-6)
    assert m["mae"] == pytest.approx(mean_absolute_error(y, p), rel=1e-6)
    assert m["r2"] == pytest.approx(r2_score(y, p), rel=1e-6)
    # a constant target: R² is 1 when predicted exactly and 0 otherwise (scikit-learn's choice), nan for one row
    assert regression_metrics([3.0, 3.0], [3.0, 3.0])["r2"] == r2_score([3.0, 3.0], [3.0, 3.0]) == 1.0
    assert regression_metrics([3.0, 3.0], [3.0, 4.0])["r2"] == r2_score([3.0, 3.0], [3.0, 4.0]) == 0.0
    assert np.isnan(regression_metrics([3.0], [4.0])["r2"])


def test_regression_metrics_of_blown_up_predictions_are_not_finite():
    # weights that diverged predict NaN or huge values: the scores say so instead of raising
    assert all(np.isnan(v) for v in regression_metrics([1.0, 2.0, 3.0], [np.nan, 1.0, 1.0]).values())
    assert regression_metrics([1.0, 2.0, 3.0], [1e300, 1.0, 1.0])["mse"] == np.inf


def test_classification_metrics_by_hand():
    y = np.array([0, 0, 1, 1, 1, 2])
    p = np.array([0, 1, 1, 1, 0, 2])
    m = classification_metrics(y, p, 3)
    assert m["accuracy"] == pytest.approx(4 / 6)
    assert m["confusion"] == [[1, 1, 0], [1, 2, 0], [0, 0, 1]]
    assert m["f1"] == pytest.approx(f1_score(y, p, average="macro"))
    b = classification_metrics(np.array([1, 1, 0, 0]), np.array([1, 0, 0, 0]), 2)
    assert (b["precision"], b["recall"]) == (1.0, 0.5)

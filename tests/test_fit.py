"""engine.fit: the one fit verdict (underfitting / overfitting / a small gap / a good fit) that the Evaluate page
shows and the coach repeats, checked by hand-made numbers and against numpy."""
import numpy as np
import pytest

from conftest import make
from engine import coach
from engine import fit as rules
from engine.config import TrainConfig
from engine.train import fit


def _history(train, val):
    return [{"epoch": i + 1, "train_loss": t, "val_loss": v} for i, (t, v) in enumerate(zip(train, val))]


FALLING = np.linspace(1.0, 0.1, 20)
SETTLED = np.linspace(1.0, 0.5, 20)  # the validation loss falls to the end: no turn
TURNED = np.r_[np.linspace(1.0, 0.4, 10), np.linspace(0.42, 0.6, 10)]  # lowest at epoch 10, then 50 % higher


def test_judge_by_scores_by_hand():
    train = {"r2": 0.95, "rmse": 1.0}
    flat = _history(FALLING, SETTLED)
    assert rules.judge("regression", train, {"rmse": 1.1}, flat)[0] == "verdict.good_reg"
    assert rules.judge("regression", train, {"rmse": 1.5}, flat) == ("verdict.mild_reg", {"ratio": "1.50"})
    assert rules.judge("regression", train, {"rmse": 2.5}, flat) == ("verdict.overfit_reg", {"ratio": "2.50"})
    assert rules.judge("regression", train, {}, flat)[0] == "verdict.no_test"
    assert rules.judge("binary", {"accuracy": 0.99}, {"accuracy": 0.80}) == ("verdict.overfit_cls", {"gap": "19"})
    assert rules.judge("multiclass", {"accuracy": 0.95}, {"accuracy": 0.90})[0] == "verdict.mild_cls"
    assert rules.judge("multiclass", {"accuracy": 0.95}, {"accuracy": 0.94})[0] == "verdict.good_cls"
    assert rules.judge("binary", {}, {})[0] == "verdict.none"


def test_a_small_score_gap_with_a_turned_up_curve_is_overfitting_not_a_small_gap():
    """The tryout's case: test RMSE 1.5× training (a 'small gap' by scores) while the held-out loss had turned up."""
    history = _history(FALLING, TURNED)
    key, params = rules.judge("regression", {"rmse": 1.0}, {"rmse": 1.5}, history)
    assert key == "verdict.overfit_curve"
    assert params == {"best": f"{TURNED.argmin() + 1}", "rise": f"{TURNED[-1] / TURNED.min() - 1:.0%}"} == \
        {"best": "10", "rise": "50%"}
    assert rules.judge("binary", {"accuracy": 0.95}, {"accuracy": 0.9}, history)[0] == "verdict.overfit_curve"


def test_underfitting_comes_first_against_its_baseline():
    history = _history([4.0, 3.0], [4.0, 3.1])  # last training loss 3 against a bar of 1.5: twice the line's
    assert rules.judge("regression", {"rmse": 1.7}, {"rmse": 1.8}, history, baseline=1.5) == \
        ("verdict.underfit_line", {"times": "2.0"})
    assert rules.judge("regression", {"rmse": 1.7}, {"rmse": 1.8}, history, baseline=2.5)[0] == "verdict.good_reg"
    assert rules.judge("binary", {"accuracy": 0.6}, {"accuracy": 0.6}, _history([0.6], [0.6]),
                       baseline=np.log(2)) == ("verdict.underfit_cls", {"share": f"{0.6 / np.log(2):.0%}"})


def test_overfitting_when_validation_turns_up_not_for_a_line():
    rng = np.random.default_rng(1)
    X = rng.uniform(-1, 1, (20, 1))
    noisy = make(X, np.sin(3 * X) + rng.normal(0, 0.5, (20, 1)), "regression")
    big = fit(TrainConfig(hidden=[128, 128], optimizer="adam", lr=0.01, epochs=500, test_size=0.3), noisy)
    val = np.array([r["val_loss"] for r in big.history])
    key, params = rules.turned_up(big.history)
    assert key == "verdict.overfit_curve" and params["best"] == f"{val.argmin() + 1:,}"
    line = fit(TrainConfig(optimizer="adam", lr=0.01, epochs=200, test_size=0.3), noisy)
    assert rules.turned_up(line.history) is None


def test_underfitting_a_line_on_xor_not_a_hidden_layer(xor):
    line = fit(TrainConfig(lr=0.5, epochs=200, test_size=0.0), xor)
    baseline = rules.constant_loss("bce", xor.y)
    assert baseline == pytest.approx(np.log(2))  # two classes, half each
    key, params = rules.underfitting(line.history, baseline, "binary")
    assert key == "verdict.underfit_cls" and params["share"] == f"{line.history[-1]['train_loss'] / np.log(2):.0%}"
    solved = fit(TrainConfig(hidden=[8], activation="tanh", optimizer="adam", lr=0.05, epochs=300, test_size=0.0), xor)
    assert rules.underfitting(solved.history, baseline, "binary") is None


def test_constant_loss_is_the_best_constant_guess():
    y = np.array([1.0, 2.0, 4.0, 9.0])
    assert rules.constant_loss("mse", y) == pytest.approx(np.mean((y - y.mean()) ** 2))
    assert rules.constant_loss("mae", y) == pytest.approx(np.mean(np.abs(y - 3.0)))  # median 3
    shares = np.array([0.5, 0.25, 0.25])
    assert rules.constant_loss("ce", np.array([0, 0, 1, 2])) == pytest.approx(-(shares * np.log(shares)).sum())




@pytest.fixture(scope="module")
def noisy():
    rng = np.random.default_rng(1)
    X = rng.uniform(-1, 1, (20, 1))
    return make(X, np.sin(3 * X) + rng.normal(0, 0.5, (20, 1)), "regression")


FIT_KEYS = rules.UNDERFIT_KEYS + rules.OVERFIT_KEYS


@pytest.mark.parametrize("case", ["memorising", "line", "stopped_early"])
def test_the_coach_says_what_the_verdict_says(noisy, case):
    """Whatever the run, the coach's fit sentence is the verdict's: the same key and numbers, or none at all."""
    config = {"memorising": TrainConfig(hidden=[128, 128], optimizer="adam", lr=0.01, epochs=500, test_size=0.3),
              "line": TrainConfig(optimizer="adam", lr=0.01, epochs=200, test_size=0.3),
              "stopped_early": TrainConfig(lr=1e-3, epochs=5, test_size=0.3)}[case]
    run = fit(config, noisy)
    verdict = rules.verdict(run)
    said = [advice for advice in coach.advise(run, limit=10) if advice[0] in FIT_KEYS]
    assert said == ([verdict] if verdict[0] in FIT_KEYS else [])
    assert not any(key in FIT_KEYS for key, _ in coach.advise(run, limit=10, fit=False))
    if case == "memorising":  # by numpy on the predictions: test RMSE over twice the training RMSE
        rmse = {part: np.sqrt(np.mean((run.predict(noisy.X[rows]) - noisy.y[rows, 0]) ** 2))
                for part, rows in (("train", run.data.train_idx), ("test", run.data.test_idx))}
        assert verdict == ("verdict.overfit_reg", {"ratio": f"{rmse['test'] / rmse['train']:.2f}"})


def test_a_lines_gap_is_put_down_to_the_split_only_with_few_weights_per_row():
    assert rules.split_gap("verdict.mild_reg", {"ratio": "1.40"}, 1, 60) == (
        "verdict.split_gap_reg", {"ratio": "1.40", "weights": 2, "rows": "60"})
    assert rules.split_gap("verdict.overfit_reg", {"ratio": "2.10"}, 13, 60)[0] == "verdict.overfit_reg"  # 14 > 6
    assert rules.split_gap("verdict.good_reg", {"ratio": "1.05"}, 1, 60)[0] == "verdict.good_reg"


def test_rents_line_is_not_called_overfitted_and_its_ratio_is_numpys():
    """Tutorial 000's line (2 weights, 60 training rows) has test RMSE ≈ 1.4× training: the split, not memorizing."""
    import torch

    from engine import datasets
    run = fit(TrainConfig(hidden=[], scaling="standard", lr=0.1, epochs=300, batch_size=None), datasets.load("rent"))
    with torch.no_grad():
        rmse = {part: float(np.sqrt(np.mean((run.model(getattr(run.data, f"X_{part}")).numpy()
                                             - getattr(run.data, f"y_{part}").numpy()) ** 2)))
                for part in ("train", "test")}
    key, params = rules.verdict(run)
    assert key == "verdict.split_gap_reg" and float(params["ratio"]) == pytest.approx(rmse["test"] / rmse["train"],
                                                                                       abs=0.006)
    assert rmse["test"] / rmse["train"] > rules.MILD_RATIO  # a gap the plain score rule calls overfitting
    wide = fit(TrainConfig(hidden=[64], scaling="standard", lr=0.01, epochs=50), datasets.load("rent"))
    assert rules.verdict(wide)[0] != "verdict.split_gap_reg"  # a hidden layer could memorize: the usual rule

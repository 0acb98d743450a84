"""The coach's rules: each one on a run that shows its problem and on one that does not."""
import numpy as np
import pytest

from conftest import make
from engine import coach, datasets
from engine import fit as rules
from engine.config import TrainConfig
from engine.train import fit


@pytest.fixture(scope="module")
def overlapping():
    """Two overlapping Gaussian clouds: a linear classifier settles near 70 % and no higher."""
    rng = np.random.default_rng(0)
    X = np.vstack([rng.normal(0, 1, (100, 2)), rng.normal(1, 1, (100, 2))])
    return make(X, np.r_[np.zeros(100), np.ones(100)], "binary")


def test_diverged_suggests_a_tenth_of_the_rate():
    rent = datasets.load("rent")
    blown = fit(TrainConfig(lr=0.01, epochs=20), rent)  # raw areas up to 57: lr 0.01 overshoots
    assert coach.diverged(blown.stopped, 0.01) == ("coach.diverged", {"lr": "0.01", "lower": "0.001"})
    assert coach.advise(blown)[0][0] == "coach.diverged"
    calm = fit(TrainConfig(lr=5e-4, epochs=20), rent)
    assert coach.diverged(calm.stopped, 5e-4) is None


def test_bouncing_loss_at_a_high_rate_but_not_a_settled_one(overlapping):
    jumpy = fit(TrainConfig(lr=5.0, epochs=60, batch_size=20), overlapping)
    assert coach.bouncing(jumpy.history, "binary", "sgd", 5.0) == ("coach.bouncing", {"lr": "5", "lower": "0.5"})
    settled = fit(TrainConfig(lr=0.1, epochs=60, batch_size=20), overlapping)
    assert coach.bouncing(settled.history, "binary", "sgd", 0.1) is None
    assert coach.bouncing(jumpy.history, "regression", "sgd", 5.0) is None  # a classification rule


def test_still_improving_after_100_epochs_of_tutorial_004_not_once_converged():
    hours = datasets.load("study_hours")
    short = fit(TrainConfig(init="zeros", lr=0.01, epochs=100, test_size=0.0), hours)
    key, params = coach.still_improving(short.history)
    loss = [r["train_loss"] for r in short.history]
    assert key == "coach.still_improving" and params["window"] == "10"
    before, last = np.mean(loss[80:90]), np.mean(loss[90:])  # by hand: the last tenth against the one before
    assert params["drop"] == f"{(before - last) / before:.1%}"
    done = fit(TrainConfig(lr=0.1, epochs=300, test_size=0.0, scaling="standard"), hours)
    assert coach.still_improving(done.history) is None


def test_a_settled_noisy_loss_is_not_still_improving():
    """Tutorial 001's preset (dropout 0.5, mini-batches) run to 400 epochs: its test loss has been flat since about
    epoch 100 and its last tenth happens to sit 1 % lower; the coach must not ask for more epochs."""
    from ui.train_presets import PRESETS, preset_values
    run = fit(TrainConfig(**{**preset_values("seed001"), "epochs": 400}), datasets.load(PRESETS["seed001"][0]))
    val = np.array([r["val_loss"] for r in run.history])
    before, last = val[320:360].mean(), val[360:].mean()
    assert (before - last) / before > coach.STILL_IMPROVING  # the 1-% rule alone would fire
    assert coach.still_improving(run.history) is None
    rng = np.random.default_rng(0)  # the same by construction: a flat loss with noise 10× the drift
    noisy = 2.0 - np.linspace(0, 0.03, 200) + rng.normal(0, 0.3, 200)
    assert coach.still_improving([{"epoch": i + 1, "train_loss": v} for i, v in enumerate(noisy)]) is None


def test_unscaled_features_with_spreads_orders_apart():
    house = datasets.load("house_prices")
    spread = house.X.std(axis=0)
    key, params = coach.unscaled_features(house.X, house.feature_names, "none")
    assert key == "coach.scale"
    assert (params["big"], params["small"]) == (house.feature_names[spread.argmax()],
                                                house.feature_names[spread.argmin()])
    assert coach.unscaled_features(house.X, house.feature_names, "standard") is None
    rent = datasets.load("rent")
    assert coach.unscaled_features(rent.X, rent.feature_names, "none") is None  # one feature: nothing to compare
    run = fit(TrainConfig(hidden=[], lr=1e-6, epochs=2, test_size=0.5), house)
    advice = dict(coach.advise(run, limit=9))  # judged on the training rows: the same two columns stand out
    assert (advice["coach.scale"]["big"], advice["coach.scale"]["small"]) == (params["big"], params["small"])


def test_an_id_column_is_flagged_but_measurements_are_not():
    rng = np.random.default_rng(2)
    row_id = rng.permutation(np.arange(1, 41))
    X = np.column_stack([row_id, rng.normal(size=40)])
    assert coach.id_feature(X, ["row", "size"]) == ("coach.id_feature", {"name": "row"})  # counts 1..40
    codes = rng.choice(10_000, 40, replace=False)
    assert coach.id_like(codes, "customerID") and not coach.id_like(codes, "price")  # distinct, named like an ID
    rent = datasets.load("rent")
    assert coach.id_feature(rent.X, rent.feature_names) is None  # areas repeat
    hours = datasets.load("study_hours")
    assert coach.id_feature(hours.X, hours.feature_names) is None  # 1, 2, 3: too few rows to call it an ID


def test_accuracy_no_better_than_the_most_common_class(blobs3):
    rng = np.random.default_rng(4)
    y = (rng.random(200) < 0.1).astype(int)  # 90 % class 0
    skewed = make(rng.normal(size=(200, 2)), y, "binary", class_names=["no", "yes"])
    lazy = fit(TrainConfig(init="zeros", lr=1e-6, epochs=1, test_size=0.3), skewed)  # logit 0: always class 0
    test_y = skewed.y[lazy.data.test_idx]
    key, params = coach.majority_guess(skewed.y[lazy.data.train_idx], test_y, lazy.metrics["accuracy"],
                                       skewed.class_names)
    assert key == "coach.majority" and params["cls"] == "no"
    assert params["base"] == f"{np.mean(test_y == 0):.0%}" == params["acc"]
    good = fit(TrainConfig(lr=0.5, epochs=50, test_size=0.3), blobs3)
    assert good.metrics["accuracy"] > 0.9
    assert coach.majority_guess(blobs3.y[good.data.train_idx], blobs3.y[good.data.test_idx],
                                good.metrics["accuracy"], blobs3.class_names) is None


def test_advise_after_1000_iterations_of_tutorial_000_says_underfitting():
    rent = datasets.load("rent")
    run = fit(TrainConfig(lr=5e-4, epochs=500, batch_size=30, hidden=[]), rent)  # 1,000 iterations
    train = ~rent.test_mask
    slope, intercept = np.polyfit(rent.X[train, 0], rent.y[train, 0], 1)  # by hand: the least-squares line
    line = np.mean((slope * rent.X[train, 0] + intercept - rent.y[train, 0]) ** 2)
    times = run.history[-1]["train_loss"] / line
    assert times > 1.5
    assert coach.advise(run) == [("verdict.underfit_line", {"times": f"{times:.1f}"})]


def test_a_line_at_least_squares_is_not_called_underfitting_however_noisy_the_data():
    rent = datasets.load("rent")  # noise sd 7: no line gets its loss near 0
    run = fit(TrainConfig(hidden=[], scaling="standard", lr=0.1, epochs=300), rent)
    assert rules.underfitting(run.history, rules.line_loss("mse", run.data.X_train.numpy(), run.data.y_train.numpy()),
                              "regression") is None
    assert not any(key.startswith("verdict.underfit") for key, _ in coach.advise(run))


def test_a_learner_who_stopped_is_not_told_to_train_longer():
    from dataclasses import replace
    run = fit(TrainConfig(init="zeros", lr=0.01, epochs=100, test_size=0.0), datasets.load("study_hours"))
    assert coach.still_improving(run.history) is not None  # had it run to the end, the coach would say so
    stopped = replace(run, stopped=("train.stopped_by_learner", {}))
    assert not any(key == "coach.still_improving" for key, _ in coach.advise(stopped, limit=5))

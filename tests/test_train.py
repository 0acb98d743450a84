import copy

import numpy as np
import pytest
import torch
from sklearn.linear_model import LinearRegression

from engine import datasets
from engine.config import TrainConfig
from engine.train import fit, train


def test_study_hours_sgd_recovers_w_close_to_2(study_hours):
    run = fit(TrainConfig(optimizer="sgd", lr=0.01, epochs=1000, test_size=0.0), study_hours)
    w, b = run.model[0].weight.item(), run.model[0].bias.item()
    assert w == pytest.approx(2.0, abs=0.1)
    assert abs(b) < 0.25
    # the history's loss falls monotonically for full-batch GD with a small step
    losses = run.history.to_frame()["train_loss"].to_numpy()
    assert np.all(np.diff(losses) <= 1e-9) and losses[-1] < 0.01


def test_full_batch_gd_matches_hand_written_numpy(study_hours):
    """Two epochs of full-batch SGD checked against the closed-form MSE gradient in numpy."""
    run = fit(TrainConfig(lr=0.05, epochs=2, test_size=0.0, seed=1), study_hours)
    torch.manual_seed(1)
    init = torch.nn.Linear(1, 1)
    w, b = init.weight.item(), init.bias.item()
    x, y = np.array([1, 2, 3.0]), np.array([2, 4, 6.0])
    losses = []
    for _ in range(2):
        r = w * x + b - y
        losses.append(np.mean(r ** 2))
        w, b = w - 0.05 * np.mean(2 * r * x), b - 0.05 * np.mean(2 * r)
    assert run.history.to_frame()["train_loss"].tolist() == pytest.approx(losses, rel=1e-5)
    assert run.model[0].weight.item() == pytest.approx(w, rel=1e-5)


def test_same_config_same_history(linear3):
    cfg = TrainConfig(hidden=[16, 8], dropout=0.2, optimizer="adam", lr=0.01, batch_size=16, epochs=15, seed=5)
    a, b = fit(cfg, linear3).history.to_frame(), fit(cfg, linear3).history.to_frame()
    assert a.equals(b)
    c = fit(TrainConfig(**{**cfg.__dict__, "seed": 6}), linear3).history.to_frame()
    assert not a.equals(c)


def test_linear_model_approaches_least_squares(linear3):
    run = fit(TrainConfig(optimizer="adam", lr=0.05, batch_size=32, epochs=300, test_size=0.25), linear3)
    train_rows = run.data.train_idx
    ols = LinearRegression().fit(linear3.X[train_rows], linear3.y[train_rows])
    assert run.model[0].weight.detach().numpy().ravel() == pytest.approx(ols.coef_.ravel(), abs=0.05)
    assert run.metrics["rmse"] == pytest.approx(0.1, abs=0.05)  # the noise level of the data
    assert set(run.history[-1]) >= {"epoch", "train_loss", "val_loss", "lr"}


def test_xor_needs_a_hidden_layer(xor):
    linear = fit(TrainConfig(optimizer="adam", lr=0.05, epochs=500, test_size=0.0), xor)
    mlp = fit(TrainConfig(hidden=[8], activation="tanh", optimizer="adam", lr=0.05, epochs=500, test_size=0.0), xor)
    assert linear.train_metrics["accuracy"] <= 0.75  # no line separates XOR
    assert mlp.train_metrics["accuracy"] == 1.0
    assert list(mlp.predict(xor.X)) == [0, 1, 1, 0]


def test_multiclass_accuracies_recorded_per_epoch(blobs3):
    run = fit(TrainConfig(hidden=[16], optimizer="adam", lr=0.05, epochs=40, batch_size=20, test_size=0.25), blobs3)
    last = run.history[-1]
    assert last["train_acc"] > 0.95 and last["val_acc"] > 0.95
    test = run.data.test_idx
    by_hand = np.mean(run.predict(blobs3.X[test]) == blobs3.y[test])  # share of held-out rows right, in numpy
    assert run.metrics["accuracy"] == pytest.approx(by_hand) and last["val_acc"] == pytest.approx(by_hand)
    assert np.allclose(run.predict_proba(blobs3.X[:5]).sum(axis=1), 1, atol=1e-6)


def test_divergence_stops_with_reason_and_keeps_history(study_hours):
    run = fit(TrainConfig(lr=5.0, epochs=100, test_size=0.0), study_hours)
    assert run.stopped[0] == "train.diverged"
    assert len(run.history) < 100
    assert all(np.isfinite(r["train_loss"]) for r in run.history)
    # rolled back to the last good epoch: finite weights and metrics, not the blown-up state
    assert np.isfinite(run.train_metrics["mse"])
    assert np.isfinite(run.predict(study_hours.X)).all()


def test_divergence_in_the_first_epoch_restores_the_starting_weights(linear3):
    config = TrainConfig(lr=10.0, epochs=50, batch_size=8, seed=4)
    run = fit(config, linear3)
    assert run.stopped[0] == "train.diverged" and run.history == []
    torch.manual_seed(4)
    start = torch.nn.Linear(3, 1)
    assert torch.equal(run.model[0].weight, start.weight) and torch.equal(run.model[0].bias, start.bias)


def test_a_snapshot_of_blown_up_weights_is_kept_with_its_scores():
    # rent at lr 10, one row at a time: the weights are NaN before step 10, the run's first snapshot
    run = fit(TrainConfig(lr=10.0, epochs=2, batch_size=1, seed=0), datasets.load("rent"))
    assert run.stopped[0] == "train.diverged"
    assert [s["step"] for s in run.snapshots] == [10]
    assert not np.isfinite(run.snapshots[0]["metrics"]["mse"])
    assert np.isfinite(run.metrics["mse"])  # the run itself was rolled back to its starting weights


def test_validation_turns_dropout_off_and_training_turns_it_back_on(linear3):
    training = train(TrainConfig(hidden=[16], dropout=0.5, optimizer="adam", lr=0.01, batch_size=16, epochs=3,
                                 seed=2), linear3)
    for event in training:
        if event.kind == "epoch":
            model, data = training.run.model, training.data
            assert all(m.training for m in model.modules())  # the next steps draw dropout again
            evaluated = copy.deepcopy(model).eval()
            with torch.no_grad():
                out = evaluated(data.X_test).numpy()
            by_hand = np.mean((out - data.y_test.numpy()) ** 2)  # MSE with every unit kept, in numpy
            assert event.record["val_loss"] == pytest.approx(by_hand, rel=1e-5)


def test_stop_keeps_what_was_learned(linear3):
    training = train(TrainConfig(lr=0.05, epochs=200, batch_size=10), linear3)
    for event in training:
        if event.kind == "epoch" and event.epoch == 7:
            break
    run = training.stop()
    assert run.stopped[0] == "train.stopped_by_learner"
    assert len(run.history) == 7 and "rmse" in run.metrics
    steps = 7 * training.steps_per_epoch
    assert event.step == steps


def test_batch_size_larger_than_data_means_full_batch(study_hours):
    training = train(TrainConfig(batch_size=1000, epochs=3, test_size=0.0), study_hours)
    assert training.steps_per_epoch == 1
    assert sum(e.kind == "step" for e in training) == 3


def test_scale_target_reports_losses_on_scaled_target_but_predicts_in_units(linear3):
    run = fit(TrainConfig(optimizer="adam", lr=0.05, epochs=200, batch_size=32, scaling="standard",
                          scale_target=True), linear3)
    yt = linear3.y[run.data.train_idx]
    span = yt.max() - yt.min()
    pred = run.predict(linear3.X[run.data.test_idx])
    rmse_units = np.sqrt(np.mean((pred - linear3.y[run.data.test_idx].ravel()) ** 2))
    assert run.metrics["rmse"] == pytest.approx(rmse_units / span, rel=1e-3)


def test_train_is_an_iterator_of_step_then_epoch_events(study_hours):
    training = train(TrainConfig(epochs=2, batch_size=2, test_size=0.0), study_hours)
    kinds = [next(training).kind for _ in range(3)]
    assert kinds == ["step", "step", "epoch"]  # 3 rows in batches of 2: two steps, then the epoch
    assert [e.kind for e in training] == ["step", "step", "epoch"]

"""Training in a child process (engine.worker) gives the run the engine gives in-process, stops, and reports errors."""

import pickle

import numpy as np
import pytest
import torch

from engine import datasets
from engine.config import TrainConfig
from engine.errors import ConfigError, LearnerError
from engine.train import fit, fit_many, train
from engine.worker import BackgroundSweep, BackgroundTraining


def _same_weights(a, b) -> bool:
    sa, sb = a.state_dict(), b.state_dict()
    return sa.keys() == sb.keys() and all(torch.equal(sa[k], sb[k]) for k in sa)


@pytest.mark.parametrize("config", [
    TrainConfig(lr=0.05, epochs=300, scaling="standard"),  # rent: a line, full batch
    TrainConfig(hidden=[8, 8], dropout=0.2, optimizer="adam", lr=0.01, epochs=40, batch_size=16, scaling="standard"),
])
def test_a_run_in_a_child_process_is_the_run_fit_makes(config):
    rent = datasets.load("rent")
    work = BackgroundTraining(train(config, rent), rent, live=True, interval=0.0)
    assert work.wait(60) and work.error is None
    reference = fit(config, rent)
    run = work.run
    assert _same_weights(run.model, reference.model)  # bit for bit: same rows, seed, batches and dropout masks
    assert list(run.history) == list(reference.history) and run.steps == reference.steps
    assert run.metrics == reference.metrics and run.train_metrics == reference.train_metrics
    assert [s["step"] for s in run.snapshots] == [s["step"] for s in reference.snapshots]
    final_run, progress = work.snapshot
    assert final_run is run and progress.final and progress.step == run.steps == progress.total_steps


def test_a_stopped_child_keeps_what_it_learned(xor):
    work = BackgroundTraining(train(TrainConfig(hidden=[4], lr=0.1, epochs=50_000, test_size=0.0), xor), xor,
                              live=False)
    work.stop()
    assert work.wait(30) and work.error is None
    run = work.run
    assert run.stopped == ("train.stopped_by_learner", {}) and 0 < run.steps < 50_000
    assert run.train_metrics["accuracy"] == pytest.approx(np.mean(run.predict(xor.X) == xor.y))


def test_an_error_in_the_child_reaches_the_parent_in_the_learners_words():
    rent = datasets.load("rent")
    training = train(TrainConfig(), rent)
    training.run.config.optimizer = "no-such-optimizer"  # past the parent's checks, so only the child finds it
    work = BackgroundTraining(training, rent, live=True)
    assert work.wait(30)
    assert isinstance(work.error, ConfigError) and "no-such-optimizer" in str(work.error)


def test_a_learner_error_survives_the_trip_between_processes():
    error = ConfigError("config.choice", name="optimizer", value="x", allowed="sgd")
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is ConfigError and back.key == error.key and back.params == error.params
    assert back.message("ko") == error.message("ko") and str(back) == str(error)


def test_a_killed_child_is_explained_not_a_traceback(xor):
    work = BackgroundTraining(train(TrainConfig(hidden=[4], lr=0.1, epochs=50_000, test_size=0.0), xor), xor,
                              live=False)
    work.process.kill()  # what the system's out-of-memory killer would do
    assert work.wait(30)
    assert isinstance(work.error, LearnerError) and work.error.key == "train.process_lost"


def test_a_sweep_in_a_child_process_is_the_sweep_fit_many_makes():
    """Three learning rates trained together in a child: the same runs fit_many makes in this process."""
    rent = datasets.load("rent")
    configs = [TrainConfig(hidden=[8], lr=lr, epochs=60, batch_size=16, scaling="standard")
               for lr in (0.003, 0.01, 0.03)]
    work = BackgroundSweep(configs, rent, interval=0.0)
    assert work.wait(60) and work.error is None
    reference = fit_many(configs, rent)
    for run, alone in zip(work.runs, reference):
        assert _same_weights(run.model, alone.model) and run.history == alone.history
        assert run.metrics == alone.metrics and run.table is rent.frame  # the table is the parent's, not a copy
    assert work.histories == [run.history for run in reference] and work.epoch == 60


def test_a_sweep_error_in_the_child_reaches_the_parent():
    rent = datasets.load("rent")
    work = BackgroundSweep([TrainConfig(lr=0.01), TrainConfig(lr=0.01, epochs=3)], rent)
    assert work.wait(60) and work.runs is None
    assert isinstance(work.error, ValueError) and "seed and optimizer" in str(work.error)

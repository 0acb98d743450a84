"""bench/run.py's reference loop must do the engine's real work, or engine_vs_loop compares unequal things."""
import warnings
from dataclasses import replace

from bench import run as bench
from engine import datasets, train
from engine.config import TrainConfig
from engine.train import fit


def test_the_reference_loop_trains_exactly_what_the_engine_trains():
    # Same model, batches, optimizer and dropout draws: every epoch's training and validation loss agree bit for bit.
    for case, name, epochs in ((bench.HOUSE, "house_prices", 3), (bench.RENT, "rent", 20)):
        config, ds = TrainConfig(**case, epochs=epochs), datasets.load(name)
        engine = [(record["train_loss"], record["val_loss"]) for record in fit(config, ds).history]
        assert bench.plain_loop(config, ds) == engine
        assert bench.plain_loop(replace(config, seed=config.seed + 1), ds) != engine  # the check can fail


def test_the_engines_bare_optimizer_step_moves_the_weights_as_torchs_step_does(monkeypatch):
    # The engine steps through engine.train.bare_step after its first step; the reference loop calls torch's
    # optimizer.step() every time. With a scheduler halving the lr every 2 epochs, for four optimizers, the losses
    # must agree bit for bit, and torch must not warn (it does when a scheduler steps before its optimizer).
    bare_calls = []

    def counted(optimizer):
        step = bare_step(optimizer)
        return lambda: (bare_calls.append(1), step())

    bare_step = train.bare_step
    monkeypatch.setattr(train, "bare_step", counted)
    schedule = dict(scheduler="step", scheduler_params={"step_size": 2, "gamma": 0.5})
    for case, name, epochs in ((bench.HOUSE, "house_prices", 4), (bench.RENT, "rent", 6)):
        ds = datasets.load(name)
        for optimizer in ("sgd", "momentum", "adam", "rmsprop"):
            config = TrainConfig(**{**case, "optimizer": optimizer, **schedule}, epochs=epochs)
            bare_calls.clear()
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                run = fit(config, ds)
            assert len(bare_calls) == len(run.history) * run.steps_per_epoch - 1  # all but the first step
            assert [record["lr"] for record in run.history][::2] == [config.lr * 0.5 ** k for k in range(epochs // 2)]
            engine = [(record["train_loss"], record["val_loss"]) for record in run.history]
            assert bench.plain_loop(config, ds) == engine, (name, optimizer)

"""bench/run.py's reference loop must do the engine's real work, or engine_vs_loop compares unequal things."""
from dataclasses import replace

from bench import run as bench
from engine import datasets
from engine.config import TrainConfig
from engine.train import fit


def test_the_reference_loop_trains_exactly_what_the_engine_trains():
    # Same model, batches, optimizer and dropout draws: every epoch's training and validation loss agree bit for bit.
    for case, name, epochs in ((bench.HOUSE, "house_prices", 3), (bench.RENT, "rent", 20)):
        config, ds = TrainConfig(**case, epochs=epochs), datasets.load(name)
        engine = [(record["train_loss"], record["val_loss"]) for record in fit(config, ds).history]
        assert bench.plain_loop(config, ds) == engine
        assert bench.plain_loop(replace(config, seed=config.seed + 1), ds) != engine  # the check can fail

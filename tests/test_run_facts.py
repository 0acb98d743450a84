"""A Run carries the facts its pages need; steps per epoch is one function."""
import numpy as np
import pytest

from engine import datasets
from engine.config import TrainConfig, batch_rows, steps_per_epoch
from engine.train import Training, fit


@pytest.mark.parametrize("n, batch", [(10, None), (10, 1), (10, 3), (10, 5), (10, 64), (1, 1), (2001, 200)])
def test_steps_per_epoch_counts_the_batches_of_an_epoch(n, batch):
    config = TrainConfig(batch_size=batch)
    # independent count: the start offsets of the slices an epoch takes
    size = n if batch is None else min(batch, n)
    assert steps_per_epoch(config, n) == len(range(0, n, size)) == int(np.ceil(n / size))
    assert batch_rows(config, n) == size


def test_training_takes_that_many_steps_per_epoch():
    rent = datasets.load("rent")
    config = TrainConfig(batch_size=7, epochs=2, scaling="standard")
    training = Training(config, rent)
    steps = [e for e in training if e.kind == "step"]
    n = len(training.data.X_train)
    assert len(steps) == 2 * steps_per_epoch(config, n) == 2 * training.run.steps_per_epoch


def test_run_carries_image_shape_and_its_cleaned_table():
    digits = datasets.load("digits")
    run = fit(TrainConfig(epochs=1, batch_size=500), digits)
    assert run.image_shape == (8, 8) and run.table is digits.frame
    again = run.dataset()  # rebuilt from the carried table alone
    np.testing.assert_array_equal(again.X, digits.X)
    np.testing.assert_array_equal(again.y, digits.y)
    assert again.class_names == digits.class_names and again.image_shape == (8, 8)

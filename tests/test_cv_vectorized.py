"""The folds trained together (engine.vectorized) give what training them one by one gives."""
import numpy as np
import pytest
from conftest import make
from sklearn.model_selection import KFold, StratifiedKFold

from engine.config import OPTIMIZERS, TrainConfig
from engine.cv import cross_validate
from engine.split import split_indices
from engine.train import Training


@pytest.fixture
def wavy():
    """100 rows of a smooth non-linear target: 80 training rows make 3 folds of 53, 53 and 54 rows."""
    rng = np.random.default_rng(11)
    X = rng.normal(size=(100, 3))
    y = np.sin(X[:, 0]) + X[:, 1] * X[:, 2] + rng.normal(scale=0.1, size=100)
    return make(X, y, "regression")


@pytest.fixture
def moons():
    """Two interleaved noisy classes (sklearn's make_moons), 100 rows."""
    from sklearn.datasets import make_moons
    X, y = make_moons(100, noise=0.2, random_state=4)
    return make(X, y, "binary")


def assert_same(config, dataset, k=3):
    """Vectorised and sequential CV agree: scores and every history value to 1e-5 relative."""
    together = cross_validate(config, dataset, k=k)
    alone = cross_validate(config, dataset, k=k, vectorize=False)
    assert together.vectorized and not alone.vectorized
    assert together.fold_scores == pytest.approx(alone.fold_scores, rel=1e-5, abs=1e-7)
    for a, b in zip(together.histories, alone.histories):
        assert a.to_frame().columns.tolist() == b.to_frame().columns.tolist()
        assert a.to_frame().to_numpy() == pytest.approx(b.to_frame().to_numpy(), rel=1e-5, abs=1e-7)
    assert (together.fold_of_row == alone.fold_of_row).all()
    return together


@pytest.mark.parametrize("batch_size", [None, 16])
def test_linear_regression(wavy, batch_size):
    assert_same(TrainConfig(lr=0.05, epochs=25, batch_size=batch_size), wavy)


@pytest.mark.parametrize("batch_size", [None, 16])
def test_mlp_regression_adam_with_schedule_and_scaling(wavy, batch_size):
    cfg = TrainConfig(hidden=[16, 8], activation="tanh", optimizer="adam", lr=0.01, weight_decay=1e-4,
                      batch_size=batch_size, epochs=20, scaling="standard", scale_target=True,
                      scheduler="step", scheduler_params={"step_size": 5, "gamma": 0.5})
    cv = assert_same(cfg, wavy)
    assert [h[-1]["lr"] for h in cv.histories] == [0.01 * 0.5 ** 3] * 3


@pytest.mark.parametrize("optimizer", [name for name in OPTIMIZERS if name != "sgd"])
def test_every_optimizer_is_per_fold(wavy, optimizer):
    assert_same(TrainConfig(hidden=[8], optimizer=optimizer, lr=0.01, weight_decay=1e-3, batch_size=20,
                            epochs=8, scaling="standard"), wavy)


def test_binary_classification_bce(moons):
    cv = assert_same(TrainConfig(hidden=[8], optimizer="adam", lr=0.05, batch_size=16, epochs=30), moons)
    assert cv.metric == "accuracy" and {"val_acc", "train_acc"} <= set(cv.histories[0][0])


def test_multiclass_ce(blobs3):
    assert_same(TrainConfig(hidden=[8], activation="relu", optimizer="sgd", lr=0.1, batch_size=10, epochs=10),
                blobs3)


def test_scores_equal_an_independent_per_fold_fit(wavy):
    """cross_validate's scores equal, fold by fold, a Training on that fold's rows scored by hand with numpy."""
    cfg = TrainConfig(hidden=[12], optimizer="adam", lr=0.02, batch_size=16, epochs=30, scaling="minmax")
    cv = cross_validate(cfg, wavy, k=3)
    assert cv.vectorized
    train_idx, _ = split_indices(cfg, wavy)
    for f, (tr, va) in enumerate(KFold(3, shuffle=True, random_state=cfg.seed).split(train_idx)):
        training = Training(cfg, wavy, train_idx[tr], train_idx[va])
        for _ in training:
            pass
        predicted = training.run.predict(wavy.X[train_idx[va]])
        rmse = np.sqrt(np.mean((predicted - wavy.y[train_idx[va]].ravel()) ** 2))
        assert cv.fold_scores[f] == pytest.approx(rmse, rel=1e-4)


def test_classification_scores_equal_per_fold_accuracy(blobs3):
    cfg = TrainConfig(hidden=[6], optimizer="adam", lr=0.02, batch_size=8, epochs=6)
    cv = cross_validate(cfg, blobs3, k=3)
    train_idx, _ = split_indices(cfg, blobs3)
    folds = StratifiedKFold(3, shuffle=True, random_state=cfg.seed).split(train_idx, blobs3.y[train_idx])
    for f, (tr, va) in enumerate(folds):
        training = Training(cfg, blobs3, train_idx[tr], train_idx[va])
        for _ in training:
            pass
        rows = train_idx[va]
        assert cv.fold_scores[f] == pytest.approx(np.mean(training.run.predict(blobs3.X[rows]) == blobs3.y[rows]))


def test_unequal_step_counts_fall_back_to_sequential(wavy):
    """Folds of 53 and 54 rows with batch 53: one full batch against two batches, so they train one by one."""
    cv = cross_validate(TrainConfig(lr=0.05, epochs=5, batch_size=53), wavy, k=3)
    assert not cv.vectorized and len(cv.fold_scores) == 3 and all(len(h) == 5 for h in cv.histories)


def test_divergence_ends_each_fold_as_training_does(wavy):
    cfg = TrainConfig(hidden=[8], optimizer="sgd", lr=5.0, batch_size=16, epochs=30)
    together, alone = cross_validate(cfg, wavy), cross_validate(cfg, wavy, vectorize=False)
    assert [len(h) for h in together.histories] == [len(h) for h in alone.histories]
    assert np.isnan(together.fold_scores).tolist() == np.isnan(alone.fold_scores).tolist()
    assert any(len(h) < 30 for h in together.histories)


def test_dropout_runs_are_repeatable_and_comparable(wavy):
    """With dropout the masks are other draws from the same distribution: same config, same numbers, and a
    result close to sequential training's."""
    cfg = TrainConfig(hidden=[32], dropout=0.3, optimizer="adam", lr=0.01, batch_size=16, epochs=40,
                      scaling="standard")
    a, b = cross_validate(cfg, wavy), cross_validate(cfg, wavy)
    assert a.fold_scores == b.fold_scores
    alone = cross_validate(cfg, wavy, vectorize=False)
    assert a.mean == pytest.approx(alone.mean, rel=0.25)

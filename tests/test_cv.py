import numpy as np
import pytest
from sklearn.model_selection import KFold

from engine.config import TrainConfig
from engine.cv import cross_validate
from engine.errors import ConfigError
from engine.split import split_indices
from engine.train import Training


def test_three_folds_mean_std_match_numpy(linear3):
    cfg = TrainConfig(lr=0.05, epochs=30, batch_size=16, test_size=0.2)
    cv = cross_validate(cfg, linear3, k=3)
    assert len(cv.fold_scores) == 3 and len(cv.histories) == 3
    assert cv.mean == pytest.approx(np.mean(cv.fold_scores))
    assert cv.std == pytest.approx(np.std(cv.fold_scores))
    # folds partition exactly the training rows; test rows are never used
    train_idx, test_idx = split_indices(cfg, linear3)
    assert set(np.flatnonzero(cv.fold_of_row >= 0)) == set(train_idx)
    assert (cv.fold_of_row[test_idx] == -1).all()
    # the same folds sklearn's KFold gives
    expected = [set(train_idx[va]) for _, va in KFold(3, shuffle=True, random_state=cfg.seed).split(train_idx)]
    assert [set(np.flatnonzero(cv.fold_of_row == f)) for f in range(3)] == expected


def test_fold_score_is_validation_rmse(linear3):
    """Sequential path: each fold's score is the numpy RMSE, on sklearn's KFold validation rows, of a model fit on
    the rest."""
    cfg = TrainConfig(lr=0.05, epochs=20)
    cv = cross_validate(cfg, linear3, k=4, vectorize=False)
    assert not cv.vectorized
    train_idx, _ = split_indices(cfg, linear3)
    for f, (tr, va) in enumerate(KFold(4, shuffle=True, random_state=cfg.seed).split(train_idx)):
        training = Training(cfg, linear3, train_idx[tr], train_idx[va])
        for _ in training:
            pass
        rows = train_idx[va]
        rmse = np.sqrt(np.mean((training.run.predict(linear3.X[rows]) - linear3.y[rows].ravel()) ** 2))
        assert cv.fold_scores[f] == pytest.approx(rmse, rel=1e-6)


def test_classification_uses_accuracy_and_stratified_folds(blobs3):
    cv = cross_validate(TrainConfig(hidden=[8], optimizer="adam", lr=0.05, epochs=30), blobs3, k=3)
    assert cv.metric == "accuracy" and min(cv.fold_scores) > 0.9
    for f in range(3):
        counts = np.bincount(blobs3.y[cv.fold_of_row == f], minlength=3)
        assert counts.max() - counts.min() <= 1


def test_k_out_of_range(study_hours):
    with pytest.raises(ConfigError):
        cross_validate(TrainConfig(test_size=0.0), study_hours, k=5)

"""engine.evaluation against numpy: raw rows back from a run, worst predictions, grids (fit verdict: test_fit.py)."""
import numpy as np
import pytest

from engine.config import TrainConfig
from engine.evaluation import decision_grid, eval_part, line_grid, medians, part_arrays, worst_rows
from engine.train import fit


@pytest.fixture
def reg_run(linear3):
    return fit(TrainConfig(hidden=[4], lr=0.05, epochs=20, scaling="minmax", scale_target=True, test_size=0.25),
               linear3)


def test_part_arrays_undo_scaling(linear3, reg_run):
    for part, rows in (("train", reg_run.data.train_idx), ("test", reg_run.data.test_idx)):
        idx, X, y = part_arrays(reg_run, part)
        assert np.array_equal(idx, rows)
        np.testing.assert_allclose(X, linear3.X[rows], atol=1e-5)
        np.testing.assert_allclose(y, linear3.y[rows, 0], atol=1e-4)
    assert eval_part(reg_run) == "test"


def test_worst_rows_regression_by_absolute_error(linear3, reg_run):
    rows = reg_run.data.test_idx
    errors = np.abs(reg_run.predict(linear3.X[rows]) - linear3.y[rows, 0])
    expected = rows[np.argsort(-errors, kind="stable")[:5]]
    table = worst_rows(reg_run, "test", k=5)
    assert table["row"].tolist() == expected.tolist()
    np.testing.assert_allclose(table["abs_error"], np.sort(errors)[::-1][:5], rtol=1e-5)


def test_worst_rows_classification_puts_confident_mistakes_first(blobs3):
    run = fit(TrainConfig(lr=0.01, epochs=3, test_size=0.5), blobs3)  # barely trained: plenty of mistakes
    rows = run.data.test_idx
    proba = run.predict_proba(blobs3.X[rows])
    wrong = proba.argmax(1) != blobs3.y[rows]
    assert wrong.any() and (~wrong).any()
    table = worst_rows(run, "test", k=len(rows))
    n_wrong = int(wrong.sum())
    assert table["wrong"].tolist() == [True] * n_wrong + [False] * (len(rows) - n_wrong)
    assert np.all(np.diff(table["confidence"][:n_wrong]) <= 1e-9)
    np.testing.assert_allclose(sorted(table["confidence"][:n_wrong], reverse=True),
                               sorted(proba.max(1)[wrong], reverse=True), rtol=1e-6)
    assert np.all(np.diff(table["p_actual"][n_wrong:]) >= -1e-9)


def test_medians_and_grids(linear3, reg_run, xor, study_hours):
    np.testing.assert_allclose(medians(reg_run), np.median(linear3.X[reg_run.data.train_idx], axis=0), atol=1e-5)
    run = fit(TrainConfig(hidden=[4], activation="tanh", optimizer="adam", lr=0.05, epochs=50, test_size=0.0), xor)
    grid = decision_grid(run, xor.X, steps=7)
    assert len(grid) == 49
    points = grid[["x1", "x2"]].to_numpy()
    w1, b1, w2, b2 = (p.detach().numpy().astype(np.float64) for p in run.model.parameters())
    by_hand = 1 / (1 + np.exp(-(np.tanh(points @ w1.T + b1) @ w2.T + b2).ravel()))  # linear → tanh → linear → σ
    np.testing.assert_allclose(grid["p1"], by_hand, rtol=1e-5, atol=1e-6)
    assert points.min() < 0 and points.max() > 1  # a margin around the data
    one = fit(TrainConfig(lr=0.05, epochs=5, test_size=0.0), study_hours)
    line = line_grid(one, study_hours.X, steps=5)
    np.testing.assert_allclose(line["x"], [1, 1.5, 2, 2.5, 3])
    w, b = (p.item() for p in one.model.parameters())  # a linear model: the line is w·x + b
    np.testing.assert_allclose(line["predicted"], w * line["x"] + b, rtol=1e-5)

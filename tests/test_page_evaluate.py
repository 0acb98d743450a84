"""Evaluate page in AppTest: metrics match scikit-learn on run.predict, the predict form, the fit verdict."""
import numpy as np
import pytest
from sklearn import metrics as skm

from conftest import make, open_page
from engine import datasets
from engine import fit as rules
from engine.config import TrainConfig
from engine.i18n import t
from engine.train import fit


def _state(run, ds):
    return {"dataset": ds, "runs": [{"name": "run 1", "run": run, "dataset": ds.name, "seconds": 1.0, "live": False}]}


def _metrics(at) -> dict:
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_regression_metrics_match_sklearn_and_the_form_predicts(linear3, lang):
    run = fit(TrainConfig(hidden=[8], optimizer="adam", lr=0.02, epochs=60, test_size=0.25, scaling="standard"),
              linear3)
    at = open_page("pages/evaluate.py", lang, state=_state(run, linear3))
    assert not at.exception
    rows = run.data.test_idx
    y, pred = linear3.y[rows, 0], run.predict(linear3.X[rows])
    expected = [skm.mean_squared_error(y, pred), np.sqrt(skm.mean_squared_error(y, pred)),
                skm.mean_absolute_error(y, pred), skm.r2_score(y, pred)]
    shown = list(_metrics(at).values())[:4]
    assert [float(v) for v in shown] == pytest.approx(expected, rel=1e-3)
    label = "MAE (average absolute error)" if lang == "en" else "MAE (평균 절대 오차)"
    assert label in _metrics(at)
    mine = [0.5, -1.0, 2.0]
    for box, value in zip(at.number_input, mine):
        box.set_value(value)
    at.button[0].click().run()  # the form's submit button
    assert not at.exception
    prediction = list(_metrics(at).values())[-1]
    assert float(prediction) == pytest.approx(float(run.predict([mine])[0]), rel=1e-3)
    assert len(at.dataframe) == 3  # the model along the way, train vs test, worst rows
    along = at.dataframe[0].value  # 60 full-batch steps: a snapshot after 10, then the end (MAE as sklearn)
    assert along.iloc[:, 0].tolist() == [10, 60]
    assert float(along.iloc[-1, 2]) == pytest.approx(skm.mean_absolute_error(y, pred), rel=1e-3)
    worst = at.dataframe[-1].value
    errors = np.abs(pred - y)
    assert worst.iloc[0, 0] == rows[errors.argmax()]


def test_classification_metrics_match_sklearn(blobs3):
    run = fit(TrainConfig(lr=0.05, epochs=30, test_size=0.3), blobs3)
    at = open_page("pages/evaluate.py", state=_state(run, blobs3))
    assert not at.exception
    rows = run.data.test_idx
    y, pred = blobs3.y[rows], run.predict(blobs3.X[rows])
    p, r, f1, _ = skm.precision_recall_fscore_support(y, pred, average="macro", zero_division=0)
    shown = _metrics(at)
    assert float(shown["Accuracy"]) == pytest.approx(skm.accuracy_score(y, pred), rel=1e-3)
    assert [float(shown["Precision"]), float(shown["Recall"]), float(shown["F1"])] == pytest.approx([p, r, f1],
                                                                                                   rel=1e-3)
    assert len(at.get("vega_lite_chart")) >= 1  # the confusion matrix


def test_no_test_rows_says_scores_are_on_training_data(xor):
    run = fit(TrainConfig(hidden=[4], activation="tanh", optimizer="adam", lr=0.05, epochs=100, test_size=0.0), xor)
    at = open_page("pages/evaluate.py", "ko", state=_state(run, xor))
    assert not at.exception
    assert any("테스트 비율 0" in w.value for w in at.warning)
    assert any("과적합인지 판단할 수 없습니다" in i.value for i in at.info)


def test_a_diverged_run_says_so_and_scores_its_last_good_weights():
    rent = datasets.load("rent")
    run = fit(TrainConfig(lr=10.0, epochs=50), rent)
    at = open_page("pages/evaluate.py", state=_state(run, rent))
    assert not at.exception
    assert any("too high" in e.value for e in at.error)
    assert any("last good epoch (0;" in w.value for w in at.warning)


def test_images_show_a_picked_test_image():
    digits = datasets.load("digits")
    run = fit(TrainConfig(optimizer="adam", lr=0.01, epochs=3, batch_size=64, scaling="minmax"), digits)
    at = open_page("pages/evaluate.py", state=_state(run, digits))
    assert not at.exception
    at.slider[0].set_value(5).run()
    assert not at.exception
    X = digits.X[run.data.test_idx]
    assert _metrics(at)["Prediction"] == run.class_names[int(run.predict(X[5:6])[0])]
    # the image shape travels with the run: still images with no dataset loaded
    at = open_page("pages/evaluate.py", state={**_state(run, digits), "dataset": None})
    assert not at.exception and at.slider


def test_no_runs_points_to_training():
    at = open_page("pages/evaluate.py")
    assert not at.exception and "No trained runs" in at.info[0].value


def test_verdict_and_coach_agree_in_korean():
    """The tryout's case: the verdict box and the coach name the same fit problem (one rule, engine.fit)."""
    rng = np.random.default_rng(1)
    X = rng.uniform(-1, 1, (20, 1))
    noisy = make(X, np.sin(3 * X) + rng.normal(0, 0.5, (20, 1)), "regression")
    run = fit(TrainConfig(hidden=[128, 128], optimizer="adam", lr=0.01, epochs=500, test_size=0.3), noisy)
    at = open_page("pages/evaluate.py", "ko", state=_state(run, noisy))
    assert not at.exception
    key, params = rules.verdict(run)
    assert key in rules.OVERFIT_KEYS
    boxes = [box.value for box in at.info]
    assert t(key, "ko", **params) in boxes
    verdicts = [text for text in boxes if "과적합" in text or "약간의 차이" in text or "잘 맞습니다" in text]
    assert verdicts == [t(key, "ko", **params)]  # said once, and nothing else judges the fit

"""The overfitting lab page (pages/lab_overfitting.py) in AppTest (en and ko), checked against independent fits."""
import re

import numpy as np
import pytest
from conftest import charts, open_page
from sklearn.model_selection import KFold

from engine.config import TrainConfig
from engine.i18n import t
from engine.labs.overfitting import interleaved_split, noisy_sine
from engine.train import Training, fit


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_overfitting_table_matches_a_numpy_mse_and_cv_summary(lang):
    at = open_page("pages/lab_overfitting.py", lang)
    assert not at.exception
    at.select_slider[0].set_value(16)
    at.slider[0].set_value(1)
    at.select_slider[2].set_value(100)
    at.button[0].click().run()
    assert not at.exception
    ds = noisy_sine()
    train_idx, test = interleaved_split(len(ds))
    cfg = TrainConfig(hidden=[16], optimizer="adam", lr=0.01, epochs=100, test_size=0.5, seed=1)
    run = fit(cfg, ds, train_idx, test)
    mse = np.mean((run.predict(ds.X[test]) - ds.y[test].ravel()) ** 2)
    table = at.dataframe[0].value
    assert table.iloc[-1, 4] == pytest.approx(mse, rel=1e-4)
    assert len(at.error) + len(at.warning) + len(at.success) == 1  # exactly one verdict
    # the verdict names the noise level: sin(x)'s own test MSE, by numpy
    noise = np.mean((ds.y.ravel()[test].astype(float) - np.sin(ds.X.ravel()[test].astype(float))) ** 2)
    assert f"{noise:.4f}" in (at.error or at.warning or at.success)[0].value
    at.button[2].click().run()
    assert not at.exception
    # the same five folds by hand: sklearn's KFold over the 20 training rows, one fit per fold, MSE by numpy (the
    # page's one metric)
    scores = []
    for tr, va in KFold(5, shuffle=True, random_state=1).split(train_idx):
        training = Training(cfg, ds, train_idx[tr], train_idx[va])
        for _ in training:
            pass
        rows = train_idx[va]
        scores.append(np.mean((training.run.predict(ds.X[rows]) - ds.y[rows].ravel()) ** 2))
    numbers = [float(v) for v in re.findall(r"\d+\.\d+", at.info[-1].value)]
    expected = [np.mean(scores), np.std(scores), min(scores), max(scores)]
    assert numbers[:4] == pytest.approx(expected, abs=1.5e-4)  # the page rounds to 4 decimals
    assert "MSE" in at.info[-1].value and "RMSE" not in at.info[-1].value
    # the single split's test loss (the table's, checked against numpy above) set against the folds, in words
    # that match where it really lies
    place = "below" if mse < min(scores) else "above" if mse > max(scores) else "within"
    numbers = {"single": f"{mse:.4f}", "mean": f"{np.mean(scores):.4f}", "lo": f"{min(scores):.4f}",
               "hi": f"{max(scores):.4f}"}
    assert at.info[-1].value.endswith(t("lab_overfitting.cv_versus", lang, **numbers) + " "
                                      + t(f"lab_overfitting.cv_single_{place}", lang, **numbers))
    # the chart names both reference lines, each drawn at its value
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
    spec = charts(at)[-1][0]
    frames = [convert_arrow_bytes_to_pandas_df(d.data.data) for d in at.get("vega_lite_chart")[-1].proto.datasets]
    lines = next(frame for frame in frames if "label" in frame)
    labels = dict(zip(lines["label"], lines["mse"]))
    assert labels == pytest.approx({t("lab_overfitting.cv_mean_line", lang, value=numbers["mean"]): np.mean(scores),
                                    t("lab_overfitting.cv_single_line", lang, value=numbers["single"]): mse},
                                   rel=1e-4)
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["bar", "rule", "text", "text"]


def test_overfitting_capacity_sweep_matches_independent_fits():
    at = open_page("pages/lab_overfitting.py", "ko")
    at.slider[0].set_value(1)
    at.select_slider[2].set_value(100)
    at.button[1].click().run(timeout=180)  # the sweep, without training first: 9 widths, 1 layer, 100 epochs
    assert not at.exception
    rows = at.session_state["lab_overfitting_sweep"][1]
    assert [r["units"] for r in rows] == [1, 2, 4, 8, 16, 32, 64, 128, 256]
    ds = noisy_sine()
    train, test = interleaved_split(len(ds))
    for row in (rows[0], rows[-1]):
        run = fit(TrainConfig(hidden=[row["units"]], optimizer="adam", lr=0.01, epochs=100, seed=1), ds, train, test)
        assert row["test"] == pytest.approx(np.mean((run.predict(ds.X[test]) - ds.y[test].ravel()) ** 2), rel=1e-4)
        # the train loss of the final weights in eval mode, as the test loss
        assert row["train"] == pytest.approx(np.mean((run.predict(ds.X[train]) - ds.y[train].ravel()) ** 2), rel=1e-4)
    best = min(rows, key=lambda r: r["test"])
    summary = at.info[-1].value  # the first info is the hint to press Train
    assert f"{best['test']:.4f}" in summary
    # the caption names a region where train falls but test does not only if the numbers have one
    after = rows[rows.index(best) + 1:]
    has_region = any(r["train"] < best["train"] for r in after)
    assert ("내려가는데 테스트 손실은" in summary) == has_region


def test_overfitting_code_trains_the_same_network(capsys):
    at = open_page("pages/lab_overfitting.py", "ko")
    at.select_slider[0].set_value(8)
    at.slider[1].set_value(0.2)
    at.select_slider[1].set_value(1e-3)
    at.select_slider[2].set_value(100)
    at.button[0].click().run()
    exec(at.code[0].value, {})
    printed = float(capsys.readouterr().out)
    # same data, split, seed, dropout masks and weight decay: the page's final test loss
    assert printed == pytest.approx(float(at.dataframe[0].value.iloc[-1, 4]), rel=1e-4)


def test_dropout_table_train_mode_scales_and_eval_mode_is_identity():
    at = open_page("pages/lab_overfitting.py")
    at.slider(key="overfit_dropout_p").set_value(0.25).run()
    assert not at.exception
    table = at.dataframe[-1].value.to_numpy(dtype=float)
    x, passes, evaluation = table[0], table[1:6], table[6]
    kept = passes != 0
    np.testing.assert_allclose(passes[kept], np.broadcast_to(x / 0.75, passes.shape)[kept], rtol=1e-6)
    np.testing.assert_array_equal(evaluation, x)
    assert f"{(~kept).sum()} " in at.caption[-1].value


def test_big_net_on_the_page_is_called_overfitting_in_korean():
    at = open_page("pages/lab_overfitting.py", "ko")
    at.button[0].click().run()  # defaults: 2 × 128 units, no dropout, 600 epochs
    assert not at.exception
    assert "과적합" in at.error[0].value


def test_every_button_uses_the_values_the_widgets_show():
    # the learner's case: train with dropout 0.7, set it to 0, then run the sweep: the slider stays at 0, the sweep
    # trains with 0, and the result shown above is marked as from earlier settings
    at = open_page("pages/lab_overfitting.py", "ko")
    at.select_slider(key="overfit_epochs").set_value(100)
    at.select_slider(key="overfit_units").set_value(4)
    at.slider(key="overfit_layers").set_value(1)
    at.slider(key="overfit_dropout").set_value(0.7)
    at.button[0].click().run()
    assert not at.warning or "이전 설정" not in at.warning[0].value
    at.slider(key="overfit_dropout").set_value(0.0).run()
    assert any("이전 설정" in w.value for w in at.warning)  # the shown result no longer matches the sliders
    at.button[1].click().run(timeout=180)
    assert not at.exception
    assert at.slider(key="overfit_dropout").value == 0.0
    swept_key, rows = at.session_state["lab_overfitting_sweep"]
    assert swept_key.dropout == 0.0
    ds = noisy_sine()
    train, test = interleaved_split(len(ds))
    run = fit(TrainConfig(hidden=[1], optimizer="adam", lr=0.01, epochs=100, seed=1), ds, train, test)
    assert rows[0]["test"] == pytest.approx(np.mean((run.predict(ds.X[test]) - ds.y[test].ravel()) ** 2), rel=1e-4)
    at.button[0].click().run()  # Train now trains dropout 0 and the result is current again
    assert at.session_state["lab_overfitting"].dropout == 0.0
    assert not any("이전 설정" in w.value for w in at.warning)


def test_heavy_dropout_verdict_uses_the_eval_mode_training_loss():
    at = open_page("pages/lab_overfitting.py", "ko")
    at.select_slider(key="overfit_units").set_value(256)
    at.slider(key="overfit_dropout").set_value(0.7)
    at.button[0].click().run(timeout=60)
    assert not at.exception
    ds = noisy_sine()
    train, test = interleaved_split(len(ds))
    run = fit(TrainConfig(hidden=[256, 256], dropout=0.7, optimizer="adam", lr=0.01, epochs=600, test_size=0.5,
                          seed=1), ds, train, test)
    train_mse = np.mean((run.predict(ds.X[train]).astype(float) - ds.y[train].ravel()) ** 2)
    train_noise = np.mean((ds.y.ravel()[train].astype(float) - np.sin(ds.X.ravel()[train].astype(float))) ** 2)
    assert train_mse > 1.5 * train_noise  # numpy: the flattened curve misses its training points
    assert "과소적합" in at.warning[0].value and f"{train_mse:.4f}" in at.warning[0].value
    assert any("드롭아웃을 켠 채" in c.value for c in at.caption)  # the chart says which train loss it draws

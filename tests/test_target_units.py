"""A regression upload whose target is in the millions (prices in won): by default it trains on a min-max scaled
target (the default momentum lr 0.01 would blow up on raw won), and every score stays in won, checked with
scikit-learn on the unscaled values (engine, CV, exported script and the Data page's defaults)."""
import io

import numpy as np
import pandas as pd
import pytest
from sklearn import metrics as skm

from conftest import open_page
from engine.config import TrainConfig
from engine.cv import cross_validate, fold_splits
from engine.data import make_dataset
from engine.train import fit
from test_codegen import check_matches_engine, run_file, write_export


def _won_table(n=240, seed=0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    area, rooms, age = rng.uniform(20, 150, n), rng.integers(1, 6, n), rng.uniform(0, 40, n)
    price = area * 4_000_000 + rooms * 20_000_000 - age * 1_500_000 + rng.normal(0, 3e7, n)
    return pd.DataFrame({"area": area.round(1), "rooms": rooms, "age": age.round(1), "price": price.round(-4)})


@pytest.fixture(scope="module")
def won():
    return make_dataset(_won_table(), "price", name="won.csv")


# The app's starting settings (ui.state.STARTING_CONFIG) with an upload's target defaults (ui.state.data_defaults).
UPLOAD = dict(scaling="standard", optimizer="momentum", lr=0.01, hidden=[16], epochs=60)


def test_raw_won_blows_up_and_the_upload_default_trains_with_scores_in_won(won):
    raw = fit(TrainConfig(**UPLOAD), won)
    assert raw.stopped is not None and raw.stopped[0] == "train.diverged"  # the tryout's problem
    run = fit(TrainConfig(**UPLOAD, scale_target=True, scaled_scores=False), won)
    assert run.stopped is None
    for part, rows, scores in (("test", run.data.test_idx, run.metrics), ("train", run.data.train_idx,
                                                                          run.train_metrics)):
        y, predicted = won.y[rows, 0].astype(np.float64), run.predict(won.X[rows])
        assert scores["mae"] == pytest.approx(skm.mean_absolute_error(y, predicted), rel=1e-5), part
        assert scores["rmse"] == pytest.approx(np.sqrt(skm.mean_squared_error(y, predicted)), rel=1e-5), part
        assert scores["r2"] == pytest.approx(skm.r2_score(y, predicted), abs=1e-5), part
    assert run.metrics["mae"] > 1e6 and run.metrics["r2"] > 0.8  # in won, and a useful model
    tutorial = fit(TrainConfig(**UPLOAD, scale_target=True), won)  # tutorial 001's way: scores on the 0–1 scale
    span = float(run.data.y_scaler.data_range_[0])
    assert tutorial.metrics["mae"] == pytest.approx(run.metrics["mae"] / span, rel=1e-4)


def test_cross_validation_scores_in_won(won):
    config = TrainConfig(**{**UPLOAD, "epochs": 20}, scale_target=True, scaled_scores=False)
    together = cross_validate(config, won, k=3)
    assert together.vectorized
    folds, *_ = fold_splits(config, won, 3)
    by_hand = []
    for train_rows, val_rows in folds:
        run = fit(config, won, train_rows, val_rows)
        by_hand.append(np.sqrt(skm.mean_squared_error(won.y[val_rows, 0], run.predict(won.X[val_rows]))))
    assert together.fold_scores == pytest.approx(by_hand, rel=1e-3)


def test_exported_script_prints_the_scores_in_won(won, tmp_path):
    config = TrainConfig(**{**UPLOAD, "epochs": 5}, scale_target=True, scaled_scores=False)
    stdout = run_file(write_export(tmp_path, config, won), tmp_path)
    check_matches_engine(stdout, fit(config, won))


def test_the_data_page_scales_an_uploads_target_and_scores_in_its_units():
    at = open_page("pages/data.py", "ko")
    at.session_state["data_source"] = "upload"
    buffer = io.StringIO()
    _won_table().to_csv(buffer, index=False)
    at.session_state["upload_incoming"] = {"name": "won.csv", "bytes": buffer.getvalue().encode()}
    at.run()
    assert not at.exception
    config = at.session_state["config"]
    assert at.session_state["dataset"].target_name == "price"
    assert config.scale_target and not config.scaled_scores
    assert [box.value for box in at.checkbox if box.key in ("data_scale_target", "data_scaled_scores")] == [True, False]
    at.radio(key="data_source").set_value("builtin").run()  # a built-in trains on its raw target, as the tutorials do
    config = at.session_state["config"]
    assert not config.scale_target and config.scaled_scores


@pytest.mark.parametrize("scaled_scores", [False, True])
def test_the_train_page_says_the_loss_is_on_the_scaled_target_when_the_scores_are_not(won, scaled_scores):
    from engine.i18n import t
    from test_page_train import train_and_wait
    config = TrainConfig(**{**UPLOAD, "epochs": 3}, scale_target=True, scaled_scores=scaled_scores)
    at = train_and_wait(open_page("pages/train.py", state={"dataset": won, "config": config}))
    assert not at.exception
    note = t("train_page.loss_scaled").format(target="price")
    assert any(c.value == note for c in at.caption) == (not scaled_scores)


def test_the_worst_rows_show_the_tables_own_targets(won):
    """Scaled to 0–1 in float32 and back, 10⁸ won comes back off by tens; the worst-rows table shows the file's."""
    from engine.evaluation import worst_rows
    run = fit(TrainConfig(**{**UPLOAD, "epochs": 5}, scale_target=True, scaled_scores=False), won)
    worst = worst_rows(run, "test")
    prices = _won_table()["price"].to_numpy()  # the file's own values, row for row (every row is usable)
    np.testing.assert_array_equal(worst["actual"].to_numpy(), prices[worst["row"].to_numpy()])
    np.testing.assert_allclose(worst["error"], worst["predicted"] - prices[worst["row"].to_numpy()])


@pytest.mark.parametrize("scaling", ["standard", "none"])
def test_the_worst_rows_show_the_files_own_features(won, scaling):
    """The features went through float32 (and scaling) too: the table shows 64.8 as the file wrote it, not 64.800003."""
    from engine.evaluation import worst_rows
    run = fit(TrainConfig(**{**UPLOAD, "epochs": 3, "scaling": scaling}, scale_target=True, scaled_scores=False), won)
    worst = worst_rows(run, "test")
    rows = worst["row"].to_numpy()
    for column in ("area", "rooms", "age"):  # the file's float64 values, one decimal or whole
        np.testing.assert_array_equal(worst[column].to_numpy(), _won_table()[column].to_numpy()[rows], column)
    run.table = None  # no table kept: the model's own rows, unscaled, to float32's precision
    np.testing.assert_allclose(worst_rows(run, "test")[["area", "rooms", "age"]].to_numpy(),
                               _won_table()[["area", "rooms", "age"]].to_numpy()[rows], rtol=1e-6, atol=1e-5)

"""Large scores (a target in won) read with thousands commas and no decimals on Evaluate, Runs and Train; small
ones keep their significant digits. Checked against scikit-learn on a target in the hundreds of millions."""
import re

import numpy as np
import pytest
from sklearn import metrics as skm

from conftest import open_page
from engine.config import TrainConfig
from engine.train import fit
from test_target_units import UPLOAD, _won_table
from engine.data import make_dataset
from ui.names import mean_std_text, number_table, number_text


def test_number_text_by_hand():
    assert number_text(48_252_620.874) == "48,252,621"
    assert number_text(2_719_921_235_903_257.0) == "2,719,921,235,903,257"
    assert number_text(-12_345.6) == "-12,346"
    assert number_text(9_999.5) == "1e+04"  # below 10,000: four significant digits, as before
    assert number_text(0.123456) == "0.1235" and number_text(0.123456, ".4f") == "0.1235"
    assert number_text(3.0, ".4f") == "3.0000" and number_text(float("nan")) == "" and number_text(None) == ""


def test_mean_std_text_writes_the_spread_in_the_means_style():
    assert mean_std_text(17_974_739.1128, 2_527_211.4377) == "17,974,739 ± 2,527,211"
    assert mean_std_text(25_000.4, 1_234.5678) == "25,000 ± 1,235"  # not 1234.5678 beside a whole number
    assert mean_std_text(0.123456, 0.0123456) == "0.1235 ± 0.0123"


@pytest.fixture(scope="module")
def won_entry():
    won = make_dataset(_won_table(), "price", name="won.csv")
    run = fit(TrainConfig(**{**UPLOAD, "epochs": 20}, scale_target=True, scaled_scores=False), won)
    return won, {"name": "won run", "run": run, "dataset": won.name, "seconds": 1.0, "live": False}


def test_evaluate_cards_and_table_show_won_with_commas(won_entry):
    won, entry = won_entry
    run = entry["run"]
    rows = run.data.test_idx
    y, predicted = won.y[rows, 0].astype(np.float64), run.predict(won.X[rows])
    mse = skm.mean_squared_error(y, predicted)
    at = open_page("pages/evaluate.py", "ko", state={"dataset": won, "runs": [entry]})
    assert not at.exception
    cards = {m.label: m.value for m in at.metric}
    shown_mse = cards[next(label for label in cards if "MSE" in label and "RMSE" not in label)]
    shown_rmse = cards[next(label for label in cards if "RMSE" in label)]
    for shown, expected in ((shown_mse, mse), (shown_rmse, np.sqrt(mse))):  # the engine computes in float32
        assert re.fullmatch(r"\d{1,3}(,\d{3})+", shown), shown  # thousands commas, no decimals, no e+
        assert int(shown.replace(",", "")) == pytest.approx(expected, rel=1e-5)
    table = at.dataframe[1].value  # train vs test: MSE is past 2**53, so it is written out, as the cards are
    assert table.iloc[0, 2] == shown_mse and table.iloc[1, 2] == shown_rmse
    # "The model along the way" writes its test MAE the same way (tryout3 saw 143800000 there)
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
    along = convert_arrow_bytes_to_pandas_df(at.dataframe[0].proto.arrow_data.styler.display_values)
    shown_mae = along.iloc[-1, 2]
    assert re.fullmatch(r"\d{1,3}(,\d{3})+", shown_mae), shown_mae
    assert int(shown_mae.replace(",", "")) == pytest.approx(skm.mean_absolute_error(y, predicted), rel=1e-5)


def test_tables_write_large_scores_with_commas_and_small_ones_with_four_decimals():
    import pandas as pd

    html = number_table(pd.DataFrame({"run": ["a", "b"], "rmse": [48_252_620.874, 0.5], "n": [1, 2]})).to_html()
    assert "48,252,621" in html and "0.5000" in html and "48252620" not in html

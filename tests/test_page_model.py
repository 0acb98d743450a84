"""Model page (AppTest): presets, layers, bad values, parameter counts checked by hand, both languages."""
import pytest

from conftest import open_page
from engine import datasets
from engine.i18n import t


def _model_page(name, lang="en"):
    return open_page("pages/model.py", lang=lang, state={"dataset": datasets.load(name)})


def _shown_cells(frame):
    """A styled table's cells as the browser shows them (the Styler's display values), not its raw numbers."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df
    shown = convert_arrow_bytes_to_pandas_df(frame.proto.arrow_data.styler.display_values)
    shown.columns = frame.value.columns
    return shown


def _total(at):
    return int(at.metric[0].value.replace(",", ""))


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_seed001_preset_on_house_prices_has_2261_parameters(lang):
    at = _model_page("house_prices", lang)
    assert not at.exception
    at.selectbox(key="model_preset").set_value("seed001").run()
    assert not at.exception
    assert _total(at) == 13 * 50 + 50 + 50 * 30 + 30 + 30 * 1 + 1 == 2261
    cfg = at.session_state["config"]
    assert (cfg.hidden, cfg.activation, cfg.dropout) == ([50, 30], "relu", 0.5)
    assert [at.number_input(key=f"model_units_{i}").value for i in range(2)] == [50, 30]  # widgets agree
    assert at.slider(key="model_dropout").value == 0.5
    assert any("13×50 + 50 = 700" in m.value for m in at.markdown)
    dot = at.get("graphviz_chart")[0].proto.spec
    assert ("특성 13개" if lang == "ko" else "13 features") in dot and dot.count("->") == 3
    params = at.dataframe[0].value[t("model_page.col_params", lang)]
    assert sum(params) == 2261  # torchinfo's table adds up to the same total
    assert at.metric[0].value == "2,261"
    # the table writes its counts as the total is written: 50×30 + 30 = 1,530, not 1530
    shown = _shown_cells(at.dataframe[0])[t("model_page.col_params", lang)]
    assert list(shown) == ["700", "0", "0", "1,530", "0", "0", "31"]
    assert "Dropout(p=0.5" in at.code[0].value


def test_changing_layers_changes_the_config():
    at = _model_page("house_prices")
    at.selectbox(key="model_preset").set_value("seed001").run()
    at.number_input(key="model_layers").set_value(3).run()
    at.number_input(key="model_units_2").set_value(10).run()
    assert not at.exception
    assert at.session_state["config"].hidden == [50, 30, 10]
    assert _total(at) == 13 * 50 + 50 + 50 * 30 + 30 + 30 * 10 + 10 + 10 + 1
    assert at.selectbox(key="model_preset").value == "custom"  # no longer the tutorial's model
    at.radio(key="model_kind").set_value("linear").run()
    assert at.session_state["config"].hidden == [] and _total(at) == 13 + 1


def test_zero_units_shows_an_error_and_keeps_the_config():
    at = _model_page("house_prices", "ko")
    at.selectbox(key="model_preset").set_value("seed001").run()
    at.number_input(key="model_units_1").set_value(0).run()
    assert not at.exception
    assert at.error[0].value == "은닉층마다 유닛이 1개 이상 있어야 합니다."
    assert at.session_state["config"].hidden == [50, 30]
    at.number_input(key="model_units_1").set_value(5).run()
    assert not at.error and at.session_state["config"].hidden == [50, 5]


def test_dropout_of_one_cannot_be_chosen():
    at = _model_page("house_prices")
    at.radio(key="model_kind").set_value("mlp").run()
    assert at.slider(key="model_dropout").proto.max == 0.9  # 1.0 would switch off every unit
    at.slider(key="model_dropout").set_value(0.9).run()
    assert not at.exception and at.session_state["config"].dropout == 0.9


def test_mnist_seed003_preset_and_classification_output():
    at = _model_page("mnist_5k")
    at.selectbox(key="model_preset").set_value("seed003").run()
    assert not at.exception
    assert _total(at) == 784 * 50 + 50 + 50 * 10 + 10 == 39760
    assert "10 logits" in at.get("graphviz_chart")[0].proto.spec


def test_without_a_dataset_the_page_points_to_the_data_page():
    at = open_page("pages/model.py", lang="ko")
    assert not at.exception
    assert at.info[0].value == "먼저 데이터 페이지에서 데이터셋을 고르세요."

"""Data page (AppTest): built-in choices, the upload path, bad files, split settings, both languages."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from conftest import open_page
from engine import datasets

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "tests" / "fixtures" / "csv"


def _charts(at):
    return at.get("vega_lite_chart")


def _upload(at, name):
    """What the uploader's on_change callback hands the script: the file's name and bytes.

    AppTest cannot drive st.file_uploader, so the test sets this state directly; everything after it
    (read_csv, column choices, make_dataset, errors) runs exactly as for a real upload.
    """
    at.session_state["upload_incoming"] = {"name": name, "bytes": (CSV / name).read_bytes()}
    return at.run()  # the page switches itself to the upload view


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_rent_then_house_prices(lang):
    at = open_page("pages/data.py", lang=lang)
    assert not at.exception
    ds = at.session_state["dataset"]
    rent = pd.read_csv(ROOT / "data" / "rent.csv")
    assert (ds.name, ds.X.shape, ds.feature_names, ds.target_name) == ("rent", (len(rent), 1), ["area"], "rent")
    assert at.dataframe and _charts(at)
    assert at.selectbox(key="data_x").value == "area"  # the seed-000 scatter: area against rent

    at.selectbox(key="data_builtin").set_value("house_prices").run()
    assert not at.exception
    ds = at.session_state["dataset"]
    houses = pd.read_csv(ROOT / "data" / "house_prices.csv")
    assert ds.name == "house_prices" and ds.X.shape == (len(houses), houses.shape[1] - 1) == (506, 13)
    assert at.session_state["config"].test_size == 0.5  # the tutorial's 50:50 split
    assert "scikit-learn" in at.warning[0].value and "B" in at.warning[0].value
    assert len(_charts(at)) == 3  # scatter, histogram and the 14×14 correlation heatmap
    title = "보스턴 집값 (튜토리얼 001)" if lang == "ko" else "Boston house prices (tutorial 001)"
    assert title in [h.value for h in at.subheader]


def test_leaving_out_a_feature_builds_a_custom_dataset():
    at = open_page("pages/data.py", state={"lang": "en"})
    at.selectbox(key="data_builtin").set_value("house_prices").run()
    features = [c for c in at.multiselect(key="data_features").value if c != "B"]
    at.multiselect(key="data_features").set_value(features).run()
    assert not at.exception
    ds = at.session_state["dataset"]
    houses = pd.read_csv(ROOT / "data" / "house_prices.csv")
    assert ds.name == "house_prices_custom.csv" and "B" not in ds.feature_names
    np.testing.assert_array_equal(ds.X, houses.drop(columns=["B", "MEDV"]).to_numpy(np.float32))


def test_mnist_shows_an_image_grid_and_skips_the_heatmap():
    at = open_page("pages/data.py")
    at.selectbox(key="data_builtin").set_value("mnist_5k").run()
    assert not at.exception
    assert at.session_state["dataset"].X.shape == (5000, 784)
    captions = [img.caption for img in at.get("image")[0].proto.imgs]
    labels = pd.read_csv(ROOT / "data" / "mnist_5k.csv.gz", usecols=["label"])["label"]
    rows = [int(c.split(":")[0].removeprefix("row ")) for c in captions]
    assert len(captions) == 30 and [c.split(": ")[1] for c in captions] == [str(labels[r]) for r in rows]
    assert sorted(labels[rows].value_counts()) == [3] * 10  # three examples of every digit
    assert any("Skipped: 785 numeric columns" in c.value for c in at.caption)


def test_upload_flow_and_bad_files_keep_the_previous_dataset():
    at = _upload(open_page("pages/data.py"), "houses.csv")
    assert not at.exception
    ds = at.session_state["dataset"]
    raw = pd.read_csv(CSV / "houses.csv", thousands=",").dropna()  # pandas' own reading; one row lacks rooms
    assert ds.name == "houses.csv" and ds.target_name == "price" and len(ds) == len(raw)
    np.testing.assert_allclose(ds.y.ravel(), raw["price"])
    assert ds.X.shape[1] == 2 + raw["district"].nunique()  # size, rooms and one column per district

    at.session_state["upload_incoming"] = {"name": "ragged.csv", "bytes": (CSV / "ragged.csv").read_bytes()}
    at.run()
    assert not at.exception and at.error
    assert at.session_state["dataset"].name == "houses.csv"

    at = _upload(at, "constant_target.csv")  # reads fine, but a constant target cannot be learned
    assert not at.exception and at.error
    assert at.session_state["dataset"].name == "houses.csv"
    assert "houses.csv" in at.warning[0].value


def test_upload_target_and_task_choices():
    at = _upload(open_page("pages/data.py", lang="ko"), "houses.csv")
    at.selectbox(key="data_target").set_value("rooms").run()
    ds = at.session_state["dataset"]
    assert ds.target_name == "rooms" and "rooms" not in ds.feature_names and "price" in ds.feature_names
    at.selectbox(key="data_task").set_value("regression").run()
    assert not at.exception and at.session_state["dataset"].task == "regression"
    at.selectbox(key="data_task").set_value("binary").run()  # rooms has more than two values
    assert not at.exception and at.error and at.session_state["dataset"].task == "regression"


def test_scaling_test_share_and_seed_go_into_the_config():
    at = open_page("pages/data.py")
    at.selectbox(key="data_scaling").set_value("minmax").run()
    at.slider(key="data_test_size").set_value(0.3).run()
    at.number_input(key="data_seed").set_value(7).run()
    assert not at.exception
    cfg = at.session_state["config"]
    assert (cfg.scaling, cfg.test_size, cfg.seed) == ("minmax", 0.3, 7)
    assert any("60" in c.value and "20" in c.value for c in at.caption)  # rent's own 60/20 split is explained


def test_a_dataset_loaded_elsewhere_is_shown_as_the_choice():
    """The Train page's preset button loads a built-in directly; the Data page must then show that one."""
    at = open_page("pages/data.py")
    at.selectbox(key="data_builtin").set_value("study_hours").run()
    at.session_state["dataset"] = datasets.load("rent")  # what the Train preset's button does
    at.switch_page("pages/train.py").run()
    at.switch_page("pages/data.py").run()
    assert not at.exception
    assert at.selectbox(key="data_builtin").value == "rent"
    assert at.session_state["dataset"].name == "rent" and len(at.session_state["dataset"]) == 80


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_uploader_says_its_limit_in_the_learners_language(lang):
    """Streamlit's own English limit line is hidden (only on this uploader) and ours gives the server's real limit,
    read here from .streamlit/config.toml."""
    import tomllib

    from engine.data import MAX_UPLOAD_MB, UPLOAD_TYPES
    from engine.i18n import t

    limit = tomllib.loads((Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml").read_text())
    mb = limit["server"]["maxUploadSize"]
    assert mb == MAX_UPLOAD_MB  # the engine refuses bigger files with the same number
    at = open_page("pages/data.py", lang)
    at.session_state["data_source"] = "upload"
    at.run()
    assert not at.exception
    assert t("data_page.upload_limit", lang, mb=mb, types="CSV, TSV, TXT, XLSX") in [c.value for c in at.caption]
    assert [ty.upper() for ty in UPLOAD_TYPES] == ["CSV", "TSV", "TXT", "XLSX"]
    styles = [h.proto.body for h in at.get("html")]
    assert any(".st-key-upload_file [data-testid='stFileUploaderDropzoneInstructions']" in s and "display: none" in s
               for s in styles)


def test_column_kinds_are_shown_as_read_and_the_float32_is_said_apart():
    """The tryout: whole-number columns showed as float32. Now each column's own kind, checked by hand here."""
    from engine.i18n import t

    csv = ("date,rooms,area,price,city\n2024-01-05,3,84.5,\"1,200,000\",Seoul\n2024-02-11,2,59.9,\"950,000\",Busan\n"
           "2024-03-02,4,,\"1,500,000\",Seoul\n2024-04-20,1,33.1,\"600,000\",Daegu\n2024-05-20,,70.2,\"1,100,000\","
           "Seoul\n")
    at = open_page("pages/data.py", "ko")
    at.session_state["data_source"] = "upload"
    at.session_state["upload_incoming"] = {"name": "homes.csv", "bytes": csv.encode()}
    at.run()
    assert not at.exception
    table = next(d.value for d in at.dataframe if t("data_page.col_kind", "ko") in d.value.columns)
    kinds = dict(zip(table.index, table[t("data_page.col_kind", "ko")]))
    by_hand = {"date": "date", "rooms": "integer", "area": "decimal", "price": "integer", "city": "text"}
    assert kinds == {column: t(f"data_page.kind_{kind}", "ko") for column, kind in by_hand.items()}
    missing = dict(zip(table.index, table[t("data_page.col_missing", "ko")]))
    assert missing == {"date": 0, "rooms": 1, "area": 1, "price": 0, "city": 0}
    assert t("data_page.model_float32", "ko") in [c.value for c in at.caption]
    assert at.session_state["dataset"].X.dtype == np.float32  # what the caption says the model sees

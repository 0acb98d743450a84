"""Real-world tables (issue 11): the files learners actually have are read the way they mean them.

The corpus in tests/fixtures/tables/ has one small file per rule (see its README.md); the .xlsx workbook is
built here with openpyxl. Expected values come from the raw bytes with plain Python/pandas, from
scikit-learn, or are written out by hand; never from the code under test.
"""
import csv
import io
import re
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pandas.api.types import is_numeric_dtype

from conftest import open_page
from engine.codegen import to_script
from engine.config import TrainConfig
from engine.data import DataError, default_target, make_dataset, read_csv, read_table, suggest_features
from engine.coach import still_improving
from engine.i18n import t

TABLES = Path(__file__).parent / "fixtures" / "tables"
HANGUL = re.compile(r"[\uac00-\ud7a3]")

# file: (columns, kinds (n = numeric, t = text), the reader's notes)
CORPUS = {
    "menu_prices_krw.csv": (["메뉴", "가격", "할인율", "판매량"], "tnnn",
                            [("data.note_marks", {"column": "가격", "marks": "₩, 원"}),
                             ("data.note_marks", {"column": "할인율", "marks": "%"})]),
    "grocery_prices_usd.csv": (["item", "price", "price_eur", "units_sold"], "tnnn",
                               [("data.note_marks", {"column": "price", "marks": "$"}),
                                ("data.note_marks", {"column": "price_eur", "marks": "€"})]),
    "european_semicolon.csv": (["Gemeinde", "Einwohner", "Fläche km2", "Temperatur", "Miete"], "tnnnn",
                               [("data.note_text_to_numbers", {"column": "Einwohner"})]),
    "missing_tokens.csv": (["도시", "기온", "대기", "방문자"], "tntn", []),
    "excel_trailing_columns.csv": (["공부시간", "수면시간", "점수"], "nnn", [("data.note_trailing_empty", {"n": 3})]),
    "empty_target.csv": (["면적", "층", "가격"], "nnn", []),
    "title_above_header.csv": (["시군", "사업체수", "종사자수", "매출액"], "tnnn",
                               [("data.note_title_skipped",
                                 {"text": "2023년 경기도 시군별 사업체 현황 / (단위: 개, 명)"}),
                                ("data.note_text_to_numbers", {"column": "사업체수"}),
                                ("data.note_text_to_numbers", {"column": "종사자수"})]),
    "year_header.csv": (["2019", "2020", "2021", "2022"], "nnnn", []),
    "header_with_years.csv": (["지역", "2021", "2022", "증감률"], "tnnn", []),
    "headerless_mixed.csv": (["col_1", "col_2", "col_3", "col_4", "col_5"], "nnnnt",
                             [("data.note_no_header", {"n": 5})]),
    "pipe_delimited.txt": (["측정일", "측정소", "PM10", "PM2.5", "등급"], "ttnnt", []),
    "totals_rows.csv": (["구분", "지역", "인구", "세대수"], "ttnn",
                        [("data.note_totals", {"n": 3, "example": "소계"})]),
    "totals_english.csv": (["Region", "Sales", "Units"], "tnn", [("data.note_totals", {"n": 1, "example": "Total"})]),
    "population_cp949.csv": (["자치구", "면적", "인구", "인구밀도"], "tnnn",
                             [("data.note_encoding", {"encoding": "CP949 (EUC-KR)"})]),
    "weather_cp1252.csv": (["Station", "Temp °C", "Humidity", "Rain"], "tnnt",
                           [("data.note_encoding", {"encoding": "Windows-1252 (Western)"})]),
    "power_utf16.txt": (["연월", "평균기온", "전력사용량"], "tnn", [("data.note_encoding", {"encoding": "UTF-16"})]),
    "students_utf8_bom.csv": (["이름", "나이", "키"], "tnn", []),
    "dates_iso.csv": (["대여일자", "기온", "대여건수"], "tnn", []),
    "dates_day_first.csv": (["date", "temperature", "visitors"], "tnn", []),
    "dates_monthly.csv": (["month", "rainfall", "sales"], "tnn", []),
    "titanic_style.csv": (["PassengerId", "Survived", "Pclass", "Name", "Sex", "Age", "SibSp", "Parch", "Ticket",
                           "Fare", "Cabin", "Embarked"], "nnnttnnntntt", []),
    "penguins_raw.csv": (["col_1", "species", "island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm",
                          "body_mass_g", "sex", "year"], "nttnnnntn", [("data.note_unnamed", {"names": "col_1"})]),
    "churn_clientnum.csv": (["CLIENTNUM", "Attrition_Flag", "Customer_Age", "Gender", "Total_Trans_Ct",
                             "Credit_Limit"], "ntntnn", []),
    "mostly_empty_column.csv": (["공부시간", "출석률", "비고", "점수"], "nntn", []),
}


def raw_rows(name, encoding="utf-8", delimiter=","):
    """The file's rows as lists of strings, read with the csv module alone."""
    return list(csv.reader(io.StringIO((TABLES / name).read_bytes().decode(encoding)), delimiter=delimiter))


def kinds(frame):
    return "".join("n" if is_numeric_dtype(frame[c]) else "t" for c in frame.columns)


def assert_notes_render(notes):
    for key, params in notes:
        assert t(key, "en", **params) and HANGUL.search(t(key, "ko", **params)), key


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_columns_dtypes_and_notes(name):
    columns, expected_kinds, notes = CORPUS[name]
    frame = read_table(TABLES / name)
    assert list(frame.columns) == columns
    assert kinds(frame) == expected_kinds
    assert frame.attrs["notes"] == notes
    assert_notes_render(notes)


def test_every_fixture_is_in_the_corpus_table():
    assert {p.name for p in TABLES.iterdir() if p.name != "README.md"} == set(CORPUS)


# --------------------------------------------------------------------------------------------
# Numbers the way spreadsheets write them


def test_currency_and_percent_marks_are_numbers():
    frame = read_table(TABLES / "menu_prices_krw.csv")
    rows = raw_rows("menu_prices_krw.csv")[1:]
    np.testing.assert_array_equal(frame["가격"], [float(re.sub(r"\D", "", r[1])) for r in rows])  # ₩12,000 → 12000
    np.testing.assert_array_equal(frame["할인율"], [float(r[2].rstrip("%")) for r in rows])  # 37% → 37, not 0.37
    ds = make_dataset(frame, "판매량")
    assert ds.task == "regression"  # a price column no longer turns into dozens of classes
    usd = read_table(TABLES / "grocery_prices_usd.csv")
    raw = raw_rows("grocery_prices_usd.csv")[1:]
    np.testing.assert_allclose(usd["price"], [float(r[1][1:]) for r in raw])
    np.testing.assert_allclose(usd["price_eur"], [float(r[2][1:]) for r in raw])
    assert make_dataset(usd, "price").task == "regression"


def test_european_numbers_with_a_dash():
    frame = read_table(TABLES / "european_semicolon.csv")
    raw = raw_rows("european_semicolon.csv", delimiter=";")[1:]

    def european(cell):  # 1.234,56 → 1234.56 by hand; "-" is missing
        return np.nan if cell == "-" else float(cell.replace(".", "").replace(",", "."))

    for i, column in enumerate(["Einwohner", "Fläche km2", "Temperatur", "Miete"], start=1):
        np.testing.assert_allclose(frame[column], [european(r[i]) for r in raw])
    assert frame["Temperatur"].isna().sum() == 1  # one "-" does not make the column text


@pytest.mark.parametrize("token", ["-", "–", "#N/A", "N/A", "NA", "null", ""])
def test_missing_tokens_are_missing_in_every_column(token):
    frame = read_csv(f"city,temp,grade,y\nA,1.5,good,1\nB,{token},{token},2\nC,2.5,bad,3\nD,3,good,4\n".encode())
    assert is_numeric_dtype(frame["temp"]) and np.isnan(frame["temp"][1])
    assert pd.isna(frame["grade"][1])
    ds = make_dataset(frame, "y")
    assert ds.feature_names == ["city_A", "city_C", "city_D", "temp", "grade_bad", "grade_good"]  # no token category


def test_missing_tokens_fixture():
    frame = read_table(TABLES / "missing_tokens.csv")
    raw = raw_rows("missing_tokens.csv")[1:]
    tokens = {"-", "–", "#N/A", "N/A", "NA", "null", ""}
    np.testing.assert_array_equal(frame["기온"].isna(), [r[1] in tokens for r in raw])
    assert set(frame["대기"].dropna()) == {"좋음", "보통", "나쁨"}
    ds = make_dataset(frame, "방문자")
    assert ("data.note_rows_by_column", {"column": "기온", "n": sum(r[1] in tokens for r in raw)}) in ds.notes


# --------------------------------------------------------------------------------------------
# Layouts


def test_trailing_empty_columns_and_the_default_target():
    frame = read_table(TABLES / "excel_trailing_columns.csv")
    assert default_target(frame) == "점수"
    raw = raw_rows("excel_trailing_columns.csv")[1:]
    np.testing.assert_array_equal(frame.to_numpy(float), [[float(c) for c in r[:3]] for r in raw])


def test_an_empty_target_says_so():
    frame = read_table(TABLES / "empty_target.csv")
    assert default_target(frame) == "층"  # the last column that holds anything
    with pytest.raises(DataError) as info:
        make_dataset(frame, "가격")
    assert info.value.key == "data.target_empty"
    assert "target column '가격' is empty" in info.value.message("en")
    assert "비어 있어서" in info.value.message("ko")


def test_title_lines_above_the_header_are_skipped():
    frame = read_table(TABLES / "title_above_header.csv")
    raw = raw_rows("title_above_header.csv")[4:]  # two title lines, a blank line, the header
    assert frame["시군"].tolist() == [r[0] for r in raw]
    np.testing.assert_array_equal(frame["종사자수"], [float(r[2].replace(",", "")) for r in raw])


def test_headers_made_of_numbers_and_headerless_files():
    years = read_table(TABLES / "year_header.csv")
    np.testing.assert_array_equal(years.to_numpy(), np.loadtxt(TABLES / "year_header.csv", delimiter=",", skiprows=1))
    mixed = read_table(TABLES / "headerless_mixed.csv")  # iris-like rows: the first row is data, all rows kept
    raw = raw_rows("headerless_mixed.csv")
    assert len(mixed) == len(raw)
    np.testing.assert_array_equal(mixed.iloc[:, :4].to_numpy(), [[float(c) for c in r[:4]] for r in raw])
    assert mixed["col_5"].tolist() == [r[4] for r in raw]


def test_pipe_delimiter_and_its_name_in_the_ragged_message():
    frame = read_table(TABLES / "pipe_delimited.txt")
    raw = raw_rows("pipe_delimited.txt", delimiter="|")[1:]
    np.testing.assert_array_equal(frame["PM2.5"], [int(r[3]) for r in raw])
    with pytest.raises(DataError) as info:
        read_table(b"a|b|c\n1|2|3\n4|5\n6|7|8\n")
    assert info.value.key == "data.ragged" and "'|'" in info.value.message("en") and "'|'" in info.value.message("ko")
    with pytest.raises(DataError) as info:
        read_table(b"a\tb\tc\n1\t2\t3\n4\t5\n")
    assert "tab" in info.value.message("en")


def test_totals_rows_are_left_out():
    frame = read_table(TABLES / "totals_rows.csv")
    raw = [r for r in raw_rows("totals_rows.csv")[1:] if r[1] != "소계" and r[0].replace(" ", "") != "합계"]
    assert frame["지역"].tolist() == [r[1] for r in raw]
    assert frame["인구"].sum() == sum(int(r[2]) for r in raw)


# --------------------------------------------------------------------------------------------
# Encodings


@pytest.mark.parametrize("name, encoding", [("population_cp949.csv", "cp949"), ("weather_cp1252.csv", "cp1252"),
                                            ("power_utf16.txt", "utf-16"), ("students_utf8_bom.csv", "utf-8-sig")])
def test_encodings(name, encoding):
    frame = read_table(TABLES / name)
    delimiter = "\t" if name.endswith(".txt") else ","
    raw = raw_rows(name, encoding, delimiter)
    assert list(frame.columns) == raw[0]
    assert frame.iloc[:, 0].tolist() == [r[0] for r in raw[1:]]


def test_degrees_celsius_in_a_western_file_is_not_hangul():
    frame = read_csv("Ort,Temp °C\nZürich,12.5\nBâle,11\n".encode("cp1252"))
    assert list(frame.columns) == ["Ort", "Temp °C"] and frame["Ort"].tolist() == ["Zürich", "Bâle"]
    korean = read_csv("지역,기온\n서울,12.5\n부산,15\n".encode("cp949"))
    assert list(korean.columns) == ["지역", "기온"]


def test_utf16_without_a_byte_order_mark():
    frame = read_csv("지역\t값\n서울\t1\n부산\t2\n".encode("utf-16-le"))
    assert list(frame.columns) == ["지역", "값"] and frame["값"].tolist() == [1, 2]


# --------------------------------------------------------------------------------------------
# Excel workbooks


@pytest.fixture
def korean_workbook():
    """A workbook as a Korean office saves it: a title row, a header, dates, a totals row, a second sheet."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "매출"
    sheet.append(["2024년 지점별 월 매출"])
    sheet.append([])
    sheet.append(["지점", "개점일", "면적", "직원수", "매출액"])
    rows = [("강남점", "2015-03-02", 120.5, 12, 5400), ("홍대점", "2018-07-15", 85.0, 8, 4100),
            ("잠실점", "2016-11-30", 150.0, 15, 6300), ("신촌점", "2019-01-10", 70.2, 6, 3000),
            ("판교점", "2021-05-20", 99.9, 10, 4800)]
    import datetime

    for branch, opened, area, staff, sales in rows:
        sheet.append([branch, datetime.datetime.fromisoformat(opened), area, staff, sales])
    sheet.append(["합계", None, sum(r[2] for r in rows), sum(r[3] for r in rows), sum(r[4] for r in rows)])
    book.create_sheet("메모").append(["참고용"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), rows


def test_xlsx_first_sheet(korean_workbook):
    raw, rows = korean_workbook
    frame = read_table(raw)
    assert list(frame.columns) == ["지점", "개점일", "면적", "직원수", "매출액"]
    assert frame["지점"].tolist() == [r[0] for r in rows]  # the totals row is gone
    assert frame["개점일"].tolist() == [r[1] for r in rows]
    np.testing.assert_allclose(frame["면적"], [r[2] for r in rows])
    assert frame.attrs["notes"] == [("data.note_first_sheet", {"sheet": "매출", "n": 2}),
                                    ("data.note_title_skipped", {"text": "2024년 지점별 월 매출"}),
                                    ("data.note_totals", {"n": 1, "example": "합계"})]
    ds = make_dataset(frame, default_target(frame))
    assert ds.target_name == "매출액"
    assert ds.feature_names == ["지점_강남점", "지점_신촌점", "지점_잠실점", "지점_판교점", "지점_홍대점",
                                "개점일_year", "개점일_month", "개점일_day", "면적", "직원수"]
    np.testing.assert_array_equal(ds.frame["개점일_month"], [int(r[1][5:7]) for r in rows])
    with pytest.raises(DataError) as info:  # read_csv stays the CSV part
        read_csv(raw)
    assert info.value.key == "data.excel"


def test_broken_workbooks_get_a_message():
    with pytest.raises(DataError) as info:
        read_table(b"PK\x03\x04not really a zip")
    assert info.value.key == "data.excel_unreadable"
    with pytest.raises(DataError) as info:
        read_table(b"\xd0\xcf\x11\xe0" + bytes(100))
    assert info.value.key == "data.xls" and ".xlsx" in info.value.message("en")


# --------------------------------------------------------------------------------------------
# Columns a learner should not train on


@pytest.mark.parametrize("name, column, expected", [
    ("dates_iso.csv", "대여일자", lambda s: pd.to_datetime(s, format="%Y-%m-%d")),
    ("dates_day_first.csv", "date", lambda s: pd.to_datetime(s, format="%d/%m/%Y")),
    ("dates_monthly.csv", "month", lambda s: pd.to_datetime(s, format="%Y-%m")),
])
def test_dates_become_numbers(name, column, expected):
    frame = read_table(TABLES / name)
    ds = make_dataset(frame, frame.columns[-1])
    when = expected(pd.Series([r[0] for r in raw_rows(name)[1:]]))
    np.testing.assert_array_equal(ds.frame[f"{column}_year"], when.dt.year)
    np.testing.assert_array_equal(ds.frame[f"{column}_month"], when.dt.month)
    if name != "dates_monthly.csv":
        np.testing.assert_array_equal(ds.frame[f"{column}_day"], when.dt.day)
    parts = ["year", "month"] + (["day"] if name != "dates_monthly.csv" else [])
    assert [n for n in ds.feature_names if n.startswith(column)] == [f"{column}_{p}" for p in parts]  # not one-hot
    assert ("data.note_date", {"column": column, "parts": ", ".join(f"{column}_{p}" for p in parts)}) in ds.notes


def test_titanic_style_defaults():
    frame = read_table(TABLES / "titanic_style.csv")
    features, notes = suggest_features(frame, "Survived")
    assert features == ["Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked"]
    cabin_missing = sum(r[10] == "" for r in raw_rows("titanic_style.csv")[1:])
    assert notes == [("data.note_id_like", {"column": "PassengerId"}), ("data.note_id_like", {"column": "Name"}),
                     ("data.note_id_like", {"column": "Ticket"}),
                     ("data.note_mostly_empty", {"column": "Cabin", "n": cabin_missing, "total": 30})]
    ds = make_dataset(frame, "Survived")
    assert ds.task == "binary" and all(note in ds.notes for note in notes)
    assert_notes_render(ds.notes)
    age_missing = sum(r[5] == "" for r in raw_rows("titanic_style.csv")[1:])
    assert ("data.note_rows_by_column", {"column": "Age", "n": age_missing}) in ds.notes
    ds = make_dataset(frame, "Survived", features=["PassengerId", "Fare"])  # the learner may still add an ID
    assert ds.feature_names == ["PassengerId", "Fare"]


def test_raw_penguins_defaults():
    frame = read_table(TABLES / "penguins_raw.csv")
    ds = make_dataset(frame, "species")
    assert "col_1" not in ds.feature_names and ("data.note_id_like", {"column": "col_1"}) in ds.notes
    raw = raw_rows("penguins_raw.csv")[1:]
    complete = [r for r in raw if "NA" not in r]
    assert len(ds) == len(complete) and ds.class_names == ["Adelie", "Chinstrap", "Gentoo"]


def test_clientnum_and_mostly_empty_columns():
    ds = make_dataset(read_table(TABLES / "churn_clientnum.csv"), "Attrition_Flag")
    assert "CLIENTNUM" not in ds.feature_names and ds.task == "binary"
    frame = read_table(TABLES / "mostly_empty_column.csv")
    ds = make_dataset(frame, "점수")
    assert len(ds) == len(frame)  # no row lost to the remarks column
    assert ("data.note_mostly_empty", {"column": "비고", "n": int(frame["비고"].isna().sum()), "total": 12}) in ds.notes


def test_a_counting_x_column_is_a_feature_not_an_id():
    frame = pd.DataFrame({"x": np.arange(1.0, 31.0), "y": np.arange(1.0, 31.0) * 2 + 1})
    assert make_dataset(frame, "y").feature_names == ["x"]


# --------------------------------------------------------------------------------------------
# Defaults that learn something, and the hint when they have not finished


@pytest.mark.parametrize("name", ["titanic.csv", "아파트_전월세_실거래가.csv", "따릉이_일별_대여건수.csv"])
def test_the_starting_settings_reach_scikit_learn(name):
    from sklearn.linear_model import LinearRegression, LogisticRegression
    from sklearn.preprocessing import StandardScaler

    from bench.real_tables import table
    from engine.split import split_indices
    from engine.train import fit
    from ui.state import STARTING_CONFIG

    raw, target = table(name)
    ds = make_dataset(read_table(raw), target)  # the default columns, no fiddling
    config = TrainConfig(**STARTING_CONFIG)
    run = fit(config, ds)
    train, test = split_indices(config, ds)
    scaler = StandardScaler().fit(ds.X[train])
    if ds.task == "regression":
        model = LinearRegression().fit(scaler.transform(ds.X[train]), ds.y[train].ravel())
        assert run.metrics["r2"] >= model.score(scaler.transform(ds.X[test]), ds.y[test].ravel()) - 0.01
    else:
        model = LogisticRegression(max_iter=5000).fit(scaler.transform(ds.X[train]), ds.y[train])
        assert run.metrics["accuracy"] >= model.score(scaler.transform(ds.X[test]), ds.y[test]) - 0.03
    assert still_improving(run.history) is None


def history(losses):
    return [{"epoch": i + 1, "train_loss": loss} for i, loss in enumerate(losses)]


def test_still_improving():
    epochs = np.arange(300)
    assert still_improving(history(10 * np.exp(-epochs / 200) + 1)) is not None  # far from its floor of 1
    assert still_improving(history(10 * np.exp(-epochs / 20) + 1)) is None  # levelled off long ago
    assert still_improving(history(np.full(300, 2.0))) is None  # never moved
    assert still_improving(history(10 * np.exp(-epochs[:10] / 200))) is None  # too short to tell


# --------------------------------------------------------------------------------------------
# The exported script and the Data page


def test_a_file_name_with_quotes_gives_a_script_that_compiles():
    frame = read_table(TABLES / "population_cp949.csv")
    ds = make_dataset(frame, "인구밀도", name='인구 "2020".csv')
    script = to_script(TrainConfig(epochs=2), ds.name, ds)
    compile(script, "export.py", "exec")
    assert repr('인구 "2020".csv') in script


def test_data_page_takes_an_xlsx_with_the_suggested_columns(korean_workbook):
    at = open_page("pages/data.py", lang="ko")
    at.session_state["upload_incoming"] = {"name": "매출.xlsx", "bytes": korean_workbook[0]}
    at.run()
    assert not at.exception and not at.error
    ds = at.session_state["dataset"]
    assert ds.name == "매출.xlsx" and ds.target_name == "매출액"
    assert at.selectbox(key="data_target").value == "매출액"
    assert "시트가 2개" in " ".join(info.value for info in at.info)

    titanic = (TABLES / "titanic_style.csv").read_bytes()
    at.session_state["upload_incoming"] = {"name": "titanic.csv", "bytes": titanic}
    at.run()
    at.selectbox(key="data_target").set_value("Survived").run()
    assert at.multiselect(key="data_features").value == ["Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Embarked"]
    ds = at.session_state["dataset"]
    assert ds.target_name == "Survived" and ds.task == "binary"
    assert any("'Name'" in info.value for info in at.info)  # why the name column is not a feature


# Spreadsheet-shaped text: the marks, tokens, totals labels, dates and titles these rules read.
SHEET_CELLS = st.sampled_from(["1", "2.5", "₩1,000", "1,234원", "37%", "$2.39", "€3", "1.234,56", "18,7", "-", "–",
                               "#N/A", "NA", "null", "", "합계", "소계", "Total", "2017-12-01", "01/12/2017",
                               "2002-01", "서울", "x", '"a,b"', "2019"])
SHEETS = st.builds(
    lambda title, rows, sep: ((title + "\n") if title else "") + "\n".join(sep.join(row) for row in rows),
    st.sampled_from(["", "2023년 통계", "(단위: 명)", ","]),
    st.lists(st.lists(SHEET_CELLS, min_size=1, max_size=5), min_size=1, max_size=10),
    st.sampled_from([",", ";", "\t", "|"]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SHEETS, st.sampled_from(["utf-8", "cp949", "utf-16"]))
def test_spreadsheet_text_gives_a_dataset_or_a_data_error(text, encoding):
    try:
        frame = read_table(text.encode(encoding, errors="ignore"))
        ds = make_dataset(frame, default_target(frame))
    except DataError as error:
        assert error.message("en") and HANGUL.search(error.message("ko"))
        return
    assert ds.X.dtype == np.float32 and np.isfinite(ds.X).all() and len(ds) >= 2
    assert_notes_render(ds.notes)


def test_column_kind_by_the_values_not_the_storage_type():
    from engine.tables.columns import column_kind

    frame = pd.DataFrame({"rooms": [3.0, 2.0, None, 4.0],  # whole numbers stored as float because of a gap
                          "rooms32": np.array([3, 2, 1, 4], dtype=np.float32),  # the model's float32 copy
                          "area": [84.5, 59.9, 33.1, 70.2], "when": ["2024-01-05", "2024-02-11", None, "2024-04-20"],
                          "city": ["서울", "부산", "서울", "대구"], "sold": [True, False, True, True],
                          "stamp": pd.to_datetime(["2024-01-05"] * 4)})
    kinds = {c: column_kind(frame[c]) for c in frame}
    assert kinds == {"rooms": "integer", "rooms32": "integer", "area": "decimal", "when": "date", "city": "text",
                     "sold": "integer", "stamp": "date"}

"""engine.data: every bad upload becomes a DataError a learner understands; every good one a clean Dataset.

Small cases live in tests/fixtures/csv; big, binary and encoded ones are generated here. Expected
numbers come from literals or from numpy/pandas directly, never from the code under test.
"""
import io
import re
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from engine import data
from engine.data import DataError, make_dataset, read_csv
from engine.errors import DataError as EngineDataError
from engine.i18n import t

FIXTURES = Path(__file__).parent / "fixtures" / "csv"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def refused(source, *words, key=None):
    """read_csv(source) raises DataError whose English message has all `words` and whose Korean one is Korean."""
    with pytest.raises(DataError) as info:
        read_csv(source)
    return explained(info.value, *words, key=key)


def explained(error, *words, key=None):
    """Check a DataError's messages: English names the problem, Korean is Korean text."""
    english = error.message("en")
    for word in words:
        assert word.lower() in english.lower(), english
    assert HANGUL.search(error.message("ko")), error.message("ko")
    assert str(error) == english
    if key:
        assert error.key == key
    return error


def assert_clean(ds, n, d):
    """The dataset has the promised shapes and dtypes and only finite numbers."""
    assert ds.X.shape == (n, d) and ds.X.dtype == np.float32
    assert np.isfinite(ds.X).all()
    if ds.task == "regression":
        assert ds.y.shape == (n, 1) and ds.y.dtype == np.float32 and np.isfinite(ds.y).all()
    else:
        assert ds.y.shape == (n,) and ds.y.dtype == np.int64
        assert set(np.unique(ds.y)) == set(range(len(ds.class_names)))
    assert list(ds.frame.columns) == ds.feature_names + [ds.target_name]
    assert len(ds.frame) == n
    np.testing.assert_array_equal(ds.frame[ds.feature_names].to_numpy(np.float32), ds.X)
    for key, params in ds.notes:  # every note renders in both languages
        assert t(key, "en", **params) and HANGUL.search(t(key, "ko", **params))


def note_keys(ds):
    return [key for key, _ in ds.notes]


def test_data_error_is_the_engine_one():
    assert DataError is EngineDataError and issubclass(DataError, ValueError)


# --------------------------------------------------------------------------------------------
# Files that are refused


def test_empty_file():
    refused(FIXTURES / "empty.csv", "empty", key="data.empty")
    refused(b"", "empty")


def test_whitespace_only_file():
    refused(FIXTURES / "whitespace.csv", "empty", key="data.empty")


def test_header_only():
    error = refused(FIXTURES / "header_only.csv", "no data rows", key="data.no_rows")
    assert "hours, score" in error.message("en")


def test_png_bytes():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    refused(png, "image", key="data.image")


def test_xlsx_renamed_to_csv(tmp_path):
    path = tmp_path / "scores.csv"  # an Excel workbook is a zip archive of XML files
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.xml", "<workbook/>")
    refused(path, "excel", "save as", "csv", key="data.excel")


def test_nul_bytes():
    refused(b"a,b\n1,2\n3,\x004\n", "binary", key="data.binary")


def test_random_binary_is_refused():
    noise = np.random.default_rng(0).integers(1, 256, size=4000, dtype=np.uint8).tobytes()
    refused(noise, key=None)  # binary or undecodable, but never a table
    with pytest.raises(DataError) as info:
        read_csv(noise)
    assert info.value.key in ("data.binary", "data.encoding")


def test_broken_quoting_names_the_line():
    error = refused(FIXTURES / "broken_quote.csv", "quotation mark", "line 3", key="data.quoting")
    assert "3번째 줄" in error.message("ko")


def test_quote_followed_by_text():
    refused(b'a,b\n1,"x"y\n', "quotation mark", "line 2")


def test_ragged_rows_name_the_line():
    error = refused(FIXTURES / "ragged.csv", "line 4", "2 value", "header has 3", key="data.ragged")
    assert error.params == {"line": 4, "found": 2, "expected": 3, "delimiter": "','"}  # issue 11: name the delimiter


def test_ragged_line_counts_blank_lines():
    refused(b"a,b\n1,2\n\n\n3,4,5\n", "line 5")


def test_one_column_of_text():
    refused(FIXTURES / "one_column.csv", "one column", key="data.one_column")


def test_one_numeric_column_is_a_table():
    frame = read_csv(b"score\n1\n2\n3\n")
    assert list(frame.columns) == ["score"] and frame["score"].tolist() == [1, 2, 3]
    with pytest.raises(DataError) as info:
        make_dataset(frame, "score")  # but nothing is left to learn from
    explained(info.value, "no usable feature", key="data.no_features")


def test_undecodable_text():
    # 0xff never starts a UTF-8 or a CP949 character, and 0x81 is no character in Windows-1252
    # (which reads any other byte, so 0xff 0xff alone is now read as "ÿÿ" in a Western file)
    refused(b"a,b\n\xff\x81,1\n2,3\n", "encoding", "utf-8", key="data.encoding")


def test_missing_path(tmp_path):
    refused(tmp_path / "nope.csv", "could not open", key="data.not_found")


def test_unsupported_source():
    refused(12345, "cannot read", key="data.source_type")


def test_too_many_columns():
    n = data.MAX_COLUMNS + 1
    raw = (",".join(f"c{i}" for i in range(n)) + "\n" + ",".join("1" * n) + "\n").encode()
    refused(raw, f"{n:,} columns", key="data.too_many_columns")


# --------------------------------------------------------------------------------------------
# Size limit


def test_limit_constant():
    assert data.MAX_UPLOAD_MB == 50


def big_csv(megabytes: float) -> bytes:
    """A numeric CSV of about `megabytes` MB, made by repeating one block of random rows."""
    rng = np.random.default_rng(1)
    block = np.round(rng.normal(size=(10_000, 5)), 6)
    text = "\n".join(",".join(f"{v:.6f}" for v in row) for row in block) + "\n"
    repeats = int(megabytes * 1024 * 1024 / len(text)) + 1
    return ("a,b,c,d,y\n" + text * repeats).encode(), block, repeats


def test_30_mb_file_is_read(tmp_path):
    raw, block, repeats = big_csv(30)
    assert 30 * 1024 * 1024 <= len(raw) < data.MAX_UPLOAD_MB * 1024 * 1024
    path = tmp_path / "big.csv"
    path.write_bytes(raw)
    ds = make_dataset(read_csv(path), "y")
    assert_clean(ds, 10_000 * repeats, 4)
    assert ds.task == "regression" and ds.notes == []
    np.testing.assert_allclose(ds.X.mean(axis=0), block[:, :4].mean(axis=0), atol=1e-4)
    np.testing.assert_allclose(ds.y[:10_000, 0], block[:, 4], atol=1e-6)


def test_over_the_limit_is_refused(tmp_path):
    raw = b"a,b\n" + b"1,2\n" * (51 * 1024 * 1024 // 4)
    path = tmp_path / "huge.csv"
    path.write_bytes(raw)
    for source in (path, str(path), raw, io.BytesIO(raw)):
        error = refused(source, "limit", "50 MB", key="data.too_big")
        assert "51.0 MB" in error.message("en")


class FakeUpload(io.BytesIO):
    """Like Streamlit's UploadedFile: a BytesIO that knows its size."""

    def __init__(self, raw: bytes, size: int | None = None):
        super().__init__(raw)
        self.size = len(raw) if size is None else size


def test_upload_size_is_checked_before_reading():
    upload = FakeUpload(b"a,b\n1,2\n", size=60 * 1024 * 1024)
    refused(upload, "60.0 MB", "50 MB")
    assert upload.tell() == 0  # refused without reading


def test_upload_read_twice():
    upload = FakeUpload((FIXTURES / "houses.csv").read_bytes())
    first = read_csv(upload)
    pd.testing.assert_frame_equal(read_csv(upload), first)  # e.g. on a Streamlit rerun


# --------------------------------------------------------------------------------------------
# Encodings and delimiters

KOREAN = "지역,면적,방수,월세\n서울,33.5,1,55\n부산,40.2,2,48\n서울,25.0,1,60\n대구,52.8,3,45\n부산,30.1,1,50\n"
KOREAN_VALUES = np.array([[33.5, 1, 55], [40.2, 2, 48], [25.0, 1, 60], [52.8, 3, 45], [30.1, 1, 50]])


@pytest.mark.parametrize("raw", [KOREAN.encode("utf-8"), b"\xef\xbb\xbf" + KOREAN.encode("utf-8"),
                                 KOREAN.encode("cp949"), KOREAN.encode("euc-kr"), KOREAN.encode("utf-16")],
                         ids=["utf8", "utf8-bom", "cp949", "euc-kr", "utf16-bom"])
def test_korean_headers_in_every_encoding(raw):
    frame = read_csv(raw)
    assert list(frame.columns) == ["지역", "면적", "방수", "월세"]
    assert frame["지역"].tolist() == ["서울", "부산", "서울", "대구", "부산"]
    np.testing.assert_allclose(frame[["면적", "방수", "월세"]].to_numpy(float), KOREAN_VALUES)
    ds = make_dataset(frame, "월세")
    assert_clean(ds, 5, 5)
    assert ds.feature_names == ["지역_대구", "지역_부산", "지역_서울", "면적", "방수"]  # the table's column order
    np.testing.assert_allclose(ds.y[:, 0], KOREAN_VALUES[:, 2])
    np.testing.assert_allclose(ds.X[:, 3:], KOREAN_VALUES[:, :2], rtol=1e-6)
    np.testing.assert_array_equal(ds.X[:, :3], pd.get_dummies(frame["지역"]).to_numpy(np.float32))


def test_utf8_bom_header_has_no_stray_mark():
    frame = read_csv(b"\xef\xbb\xbfx,y\n1,2\n3,4\n")
    assert list(frame.columns) == ["x", "y"]


HOUSES = np.array([[30, 1, 1200], [45, 2, 1650], [60, 2, 2100], [75, 3, 2480], [90, 3, 3010], [52, np.nan, 1900]])


def test_comma_file_with_thousands_and_categories():
    ds = make_dataset(read_csv(FIXTURES / "houses.csv"), "price", name="houses")
    assert ds.name == "houses" and ds.task == "regression"
    assert_clean(ds, 5, 5)  # the row with a missing room count is dropped
    assert ds.feature_names == ["size_m2", "rooms", "district_east", "district_north", "district_south"]
    complete = HOUSES[~np.isnan(HOUSES).any(axis=1)]
    np.testing.assert_array_equal(ds.X[:, :2], complete[:, :2])
    np.testing.assert_array_equal(ds.y[:, 0], complete[:, 2])  # "1,200" read as 1200
    np.testing.assert_array_equal(ds.X[:, 2:], [[0, 1, 0], [0, 0, 1], [0, 1, 0], [1, 0, 0], [0, 0, 1]])
    assert ("data.note_text_to_numbers", {"column": "price"}) in ds.notes
    assert ("data.note_dropped_rows", {"n": 1, "total": 6}) in ds.notes
    assert ("data.note_one_hot", {"column": "district", "n": 3}) in ds.notes


def test_semicolon_file_with_decimal_commas():
    frame = read_csv(FIXTURES / "houses_semicolon.csv")
    assert list(frame.columns) == ["size_m2", "rooms", "district", "price"]
    expected = pd.read_csv(io.StringIO((FIXTURES / "houses_semicolon.csv").read_text()), sep=";")
    for column in ("size_m2", "price"):  # "30,5" -> 30.5, computed here by hand
        as_floats = expected[column].astype(str).str.replace(",", ".").astype(float)
        np.testing.assert_allclose(frame[column].to_numpy(float), as_floats)
    ds = make_dataset(frame, "price")
    assert_clean(ds, 4, 5)
    np.testing.assert_allclose(ds.y[:, 0], [1200.5, 1650.0, 2100.75, 2480.25])


def test_tab_file():
    frame = read_csv(FIXTURES / "houses_tab.tsv")
    pd.testing.assert_frame_equal(frame, pd.read_csv(FIXTURES / "houses_tab.tsv", sep="\t"))


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_delimiter_is_sniffed(sep):
    rng = np.random.default_rng(5)
    table = pd.DataFrame(rng.integers(0, 100, size=(30, 4)), columns=["p", "q", "r", "s"])
    frame = read_csv(table.to_csv(sep=sep, index=False).encode())
    pd.testing.assert_frame_equal(frame, table)


def test_headers_are_stripped():
    frame = read_csv(b" x , y\t,  label \n1,2,a\n3,4,b\n")
    assert list(frame.columns) == ["x", "y", "label"]


# --------------------------------------------------------------------------------------------
# Header problems


def test_duplicate_header_names_made_unique():
    frame = read_csv(FIXTURES / "duplicate_headers.csv")
    assert list(frame.columns) == ["x", "x.1", "y", "y.1"]  # " y " is stripped, then repeats "y"
    assert frame.attrs["notes"] == [("data.note_duplicate_names", {"names": "x, y"})]
    ds = make_dataset(frame, "y.1")
    assert_clean(ds, 3, 3)
    assert ("data.note_duplicate_names", {"names": "x, y"}) in ds.notes
    np.testing.assert_array_equal(ds.X, [[1, 2, 3], [5, 6, 7], [9, 10, 11]])


def test_blank_header_names_are_filled():
    frame = read_csv(b",x,\n1,2,3\n4,5,6\n")
    assert list(frame.columns) == ["col_1", "x", "col_3"]
    assert ("data.note_unnamed", {"names": "col_1, col_3"}) in frame.attrs["notes"]


def test_no_header_row():
    frame = read_csv(FIXTURES / "no_header.csv")
    assert list(frame.columns) == ["col_1", "col_2", "col_3"]
    assert len(frame) == 4  # the first line is data
    np.testing.assert_array_equal(frame.to_numpy(float), np.loadtxt(FIXTURES / "no_header.csv", delimiter=","))
    ds = make_dataset(frame, "col_3", task="binary")
    assert_clean(ds, 4, 2)
    assert ds.notes[0] == ("data.note_no_header", {"n": 3})
    np.testing.assert_array_equal(ds.y, [0, 1, 0, 1])


def test_no_header_with_semicolons_and_decimal_commas():
    frame = read_csv(b"1,5;2\n2,5;3\n3,5;5\n")  # two columns split at either delimiter: numbers decide
    assert list(frame.columns) == ["col_1", "col_2"]
    np.testing.assert_allclose(frame["col_1"], [1.5, 2.5, 3.5])


def test_long_semicolon_file_with_decimal_commas():
    rng = np.random.default_rng(8)
    values = np.round(rng.uniform(0, 100, size=(200, 3)), 2)
    text = "a;b;c\n" + "".join(";".join(f"{v:.2f}".replace(".", ",") for v in row) + "\n" for row in values)
    np.testing.assert_allclose(read_csv(text.encode()).to_numpy(float), values)


# --------------------------------------------------------------------------------------------
# Values


def test_text_in_a_numeric_column():
    frame = read_csv(FIXTURES / "text_in_numbers.csv")
    ds = make_dataset(frame, "score")
    raw = pd.read_csv(FIXTURES / "text_in_numbers.csv", dtype=str, keep_default_na=False)
    usable = raw[raw["score"].str.fullmatch(r"\d+")]  # the independent answer: rows whose score is digits
    assert_clean(ds, len(usable), 1)
    np.testing.assert_array_equal(ds.X[:, 0], usable["hours"].astype(float))
    np.testing.assert_array_equal(ds.y[:, 0], usable["score"].astype(float))
    assert ("data.note_not_numbers", {"column": "score", "n": 1, "example": "?"}) in ds.notes
    assert ("data.note_dropped_rows", {"n": 2, "total": 20}) in ds.notes


def test_free_text_column_is_left_out_by_default_and_refused_when_chosen():
    names = [f"student {i}" for i in range(30)]
    frame = read_csv(("name,hours,score\n" + "".join(f"{n},{i},{i * 3}\n" for i, n in enumerate(names))).encode())
    ds = make_dataset(frame, "score")  # issue 11: the default features leave a name column out, with a note
    assert_clean(ds, 30, 1)
    assert ds.feature_names == ["hours"]
    assert ("data.note_id_like", {"column": "name"}) in ds.notes
    with pytest.raises(DataError) as info:
        make_dataset(frame, "score", features=["name", "hours"])  # chosen by hand: too many categories
    error = explained(info.value, "'name'", "30 different values", "student 0", key="data.text_column")
    assert "'name'" in error.message("ko")


def test_nan_inf_and_huge_values_are_dropped():
    ds = make_dataset(read_csv(FIXTURES / "nonfinite.csv"), "y")
    raw = np.genfromtxt(FIXTURES / "nonfinite.csv", delimiter=",", skip_header=1)
    good = raw[np.isfinite(raw).all(axis=1) & (np.abs(raw) <= 1e30).all(axis=1)]
    assert_clean(ds, len(good), 2)
    np.testing.assert_array_equal(ds.X, good[:, :2])
    np.testing.assert_array_equal(ds.y[:, 0], good[:, 2])
    assert ("data.note_dropped_rows", {"n": len(raw) - len(good), "total": len(raw)}) in ds.notes


def test_only_one_usable_row():
    frame = pd.DataFrame({"a": [1.0, np.nan, np.inf], "b": [1.0, 2.0, 3.0], "y": [1.0, 2.0, 3.0]})
    with pytest.raises(DataError) as info:
        make_dataset(frame, "y")
    explained(info.value, "only 1 usable row", "'a'", "(2)", key="data.too_few_usable_rows")


def test_a_single_row():
    with pytest.raises(DataError) as info:
        make_dataset(read_csv(b"x,y\n1,2\n"), "y")
    explained(info.value, "only 1 row", key="data.too_few_rows")


def test_empty_feature_column_is_left_out():
    ds = make_dataset(read_csv(b"a,b,,y\n1,,,2\n2,,,4\n3,,,7\n"), "y")
    assert ds.feature_names == ["a"]
    assert ("data.note_empty_column", {"column": "b"}) in ds.notes
    assert ("data.note_empty_column", {"column": "col_3"}) in ds.notes


def test_thousands_separators_in_a_feature():
    frame = read_csv(b'income,spend\n"1,234",10\n"12,500",20\n"1,000,000",30\n')
    ds = make_dataset(frame, "spend")
    np.testing.assert_array_equal(ds.X[:, 0], [1234, 12500, 1_000_000])


def test_boolean_feature():
    frame = pd.DataFrame({"flag": [True, False, True, False], "y": [1.0, 2.0, 3.5, 4.0]})
    ds = make_dataset(frame, "y")
    np.testing.assert_array_equal(ds.X[:, 0], [1, 0, 1, 0])


# --------------------------------------------------------------------------------------------
# Targets and tasks


def test_constant_target():
    with pytest.raises(DataError) as info:
        make_dataset(read_csv(FIXTURES / "constant_target.csv"), "y")
    error = explained(info.value, "same value (5)", "'y'", key="data.constant_target")
    assert "(5)" in error.message("ko")


def test_one_class_target():
    with pytest.raises(DataError) as info:
        make_dataset(read_csv(FIXTURES / "one_class.csv"), "label")
    explained(info.value, "only one class", "'cat'", key="data.one_class")
    with pytest.raises(DataError) as info:
        make_dataset(read_csv(FIXTURES / "constant_target.csv"), "y", task="binary")
    explained(info.value, "only one class", key="data.one_class")


def test_text_target_is_classification_in_sorted_order():
    labels = ["setosa", "versicolor", "virginica", "setosa", "virginica", "versicolor", "setosa"]
    frame = pd.DataFrame({"x": np.arange(7.0), "species": labels})
    ds = make_dataset(frame, "species")
    assert ds.task == "multiclass" and ds.n_classes == 3 and ds.n_outputs == 3
    assert ds.class_names == sorted(set(labels))
    np.testing.assert_array_equal(ds.y, [sorted(set(labels)).index(v) for v in labels])
    assert_clean(ds, 7, 1)


def test_integer_target_with_few_values_is_classification():
    rng = np.random.default_rng(2)
    x = rng.normal(size=(40, 2))
    labels = (x[:, 0] > 0).astype(int) * 10 + 2  # the classes are 2 and 12: sorted numerically, not as text
    ds = make_dataset(pd.DataFrame({"a": x[:, 0], "b": x[:, 1], "t": labels}), "t")
    assert ds.task == "binary" and ds.class_names == ["2", "12"]
    np.testing.assert_array_equal(ds.y, (labels == 12).astype(np.int64))
    assert_clean(ds, 40, 2)


def test_true_false_target_keeps_its_labels():
    frame = read_csv(b"x,passed\n1,False\n2,True\n3,True\n4,False\n5,True\n")
    ds = make_dataset(frame, "passed")
    assert ds.task == "binary" and ds.class_names == ["False", "True"]
    np.testing.assert_array_equal(ds.y, [0, 1, 1, 0, 1])


def test_integer_target_with_many_values_is_regression():
    frame = pd.DataFrame({"x": np.arange(30.0), "y": np.arange(30) % 25})
    assert make_dataset(frame, "y").task == "regression"  # 25 values
    few_rows = pd.DataFrame({"x": [1.0, 2.0, 3.0, 4.0], "y": [0, 1, 2, 3]})
    assert make_dataset(few_rows, "y").task == "regression"  # not more than 2 rows per value


def test_explicit_task_is_honoured():
    frame = pd.DataFrame({"x": np.arange(10.0), "y": [0, 1] * 5})
    assert make_dataset(frame, "y").task == "binary"
    ds = make_dataset(frame, "y", task="regression")
    assert ds.task == "regression" and ds.y.dtype == np.float32 and ds.y.shape == (10, 1)
    ds = make_dataset(frame, "y", task="multiclass")
    assert ds.task == "multiclass" and ds.class_names == ["0", "1"]


def test_regression_needs_a_numeric_target():
    frame = pd.DataFrame({"x": [1.0, 2.0, 3.0], "y": ["low", "high", "low"]})
    with pytest.raises(DataError) as info:
        make_dataset(frame, "y", task="regression")
    explained(info.value, "numeric target", "'y'", key="data.target_not_numeric")


def test_binary_needs_two_classes():
    frame = pd.DataFrame({"x": np.arange(9.0), "y": ["a", "b", "c"] * 3})
    with pytest.raises(DataError) as info:
        make_dataset(frame, "y", task="binary")
    explained(info.value, "exactly 2 classes", "has 3", key="data.binary_needs_two")


def test_too_many_classes():
    frame = pd.DataFrame({"x": np.arange(150.0), "id": [f"user{i}" for i in range(150)]})
    with pytest.raises(DataError) as info:
        make_dataset(frame, "id")
    explained(info.value, "150 different values", "too many classes", key="data.too_many_classes")


def test_bad_task_and_columns():
    frame = pd.DataFrame({"x": [1.0, 2.0, 3.0], "y": [1.0, 2.0, 4.0]})
    cases = [
        (dict(target="y", task="clustering"), "data.bad_task", "'clustering'"),
        (dict(target="price"), "data.no_target", "'price'"),
        (dict(target="y", features=["x", "z"]), "data.unknown_features", "z"),
        (dict(target="y", features=["x", "y"]), "data.target_in_features", "'y'"),
        (dict(target="y", features=[]), "data.no_features", "'y'"),
    ]
    for kwargs, key, word in cases:
        with pytest.raises(DataError) as info:
            make_dataset(frame, **kwargs)
        explained(info.value, word, key=key)


# --------------------------------------------------------------------------------------------
# Many columns


def wide_csv(n_features: int, n_rows: int = 5) -> bytes:
    rng = np.random.default_rng(4)
    values = rng.integers(0, 9, size=(n_rows, n_features + 1))
    header = ",".join([f"f{i}" for i in range(n_features)] + ["y"])
    return (header + "\n" + "\n".join(",".join(map(str, row)) for row in values) + "\n").encode(), values


def test_2000_features_are_fine():
    raw, values = wide_csv(data.MAX_FEATURES)
    ds = make_dataset(read_csv(raw), "y", task="regression")
    assert_clean(ds, 5, data.MAX_FEATURES)
    np.testing.assert_array_equal(ds.X, values[:, :-1])


def test_thousands_of_columns_are_refused():
    raw, _ = wide_csv(3000)
    frame = read_csv(raw)
    assert frame.shape == (5, 3001)
    with pytest.raises(DataError) as info:
        make_dataset(frame, "y")
    explained(info.value, "3,000 feature columns", "2,000", key="data.too_many_features")


def test_one_hot_counts_towards_the_feature_cap():
    rng = np.random.default_rng(6)
    n = data.MAX_FEATURES - 1
    frame = pd.DataFrame(rng.normal(size=(40, n)), columns=[f"f{i}" for i in range(n)])
    frame["colour"] = ["red", "green", "blue", "black"] * 10
    frame["y"] = rng.normal(size=40)
    with pytest.raises(DataError) as info:
        make_dataset(frame, "y")
    explained(info.value, "2,003 feature columns", key="data.too_many_features")


# --------------------------------------------------------------------------------------------
# Translations


def test_every_data_message_has_korean():
    from engine.grammar import is_particle
    from engine.i18n import data as strings

    for key, (english, korean) in strings.STRINGS.items():
        assert key.startswith("data.") and english and HANGUL.search(korean), key
        fields = [{name for name in re.findall(r"{(\w+)", text) if not is_particle(name)} for text in (english, korean)]
        assert fields[0] == fields[1], key  # a Korean particle field ({을}, {으로}) has no English twin

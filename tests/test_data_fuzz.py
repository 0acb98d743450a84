"""Fuzzing engine.data: whatever bytes a learner uploads, the only error that escapes is DataError."""
import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.data import DataError, make_dataset, read_csv

# Plain random bytes are mostly refused as binary at once, so most examples are text made of the
# characters CSV parsing is sensitive to: delimiters, quotes, line ends, digits, signs, Korean.
CSV_CHARS = st.sampled_from(list(",;\t\"'\n\r .-+eE0123456789abxyNnaif?#\\ \x00\x1a") + ["\ufeff", "가", "값", "1,5"])
CSV_TEXT = st.lists(CSV_CHARS, max_size=200).map("".join)
ENCODED = st.tuples(CSV_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "cp949", "utf-16"])).map(
    lambda pair: pair[0].encode(pair[1], errors="ignore"))
# Table-shaped text: rows of a few cells with a common delimiter, where bad values are likely.
CELLS = st.sampled_from(["1", "2.5", "-3", "1e308", "-1e308", "inf", "nan", "", " ", "x", "y", "\"q\"", "1,5", "가"])
TABLES = st.builds(
    lambda rows, sep, end: end.join(sep.join(row) for row in rows).encode(),
    st.lists(st.lists(CELLS, min_size=1, max_size=5), min_size=1, max_size=12),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\n", "\r\n"]),
)
SOURCES = st.one_of(st.binary(max_size=300), ENCODED, TABLES)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SOURCES, st.sampled_from([None, "regression", "binary", "multiclass"]))
def test_any_bytes_give_a_frame_or_a_data_error(raw, task):
    try:
        frame = read_csv(raw)
    except DataError as error:
        assert error.message("en") and error.message("ko")
        return
    assert isinstance(frame, pd.DataFrame) and len(frame) >= 1 and frame.shape[1] >= 1
    try:
        ds = make_dataset(frame, frame.columns[-1], task=task)
    except DataError as error:
        assert error.message("en") and error.message("ko")
        return
    assert ds.X.dtype == np.float32 and np.isfinite(ds.X).all() and len(ds) >= 2
    assert task in (None, ds.task)
    assert np.isfinite(ds.y.astype(np.float64)).all()

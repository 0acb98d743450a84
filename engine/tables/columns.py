"""Which columns a model should start from: not IDs, not free text, not columns that are mostly empty.

Each column left out gets a note saying why; the learner can still add it by hand.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
from pandas.api.types import is_bool_dtype, is_numeric_dtype

from engine.tables.dates import date_parts
from engine.tables.numbers import as_text

MAX_CATEGORIES = 20   # a text feature with at most this many values is one-hot encoded
MOSTLY_EMPTY = 0.5    # a column missing in more than this share of rows would cost too many rows
MIN_ID_ROWS = 10      # fewer rows than this are too few to call a column unique "per row"
# Names that say "identifier": PassengerId, CLIENTNUM, customer_no, 번호, 순번, R's or pandas' row index.
_ID_NAME = re.compile(r"(id|num|no|number|index|idx|key|번호|순번|코드)$|^unnamed", re.IGNORECASE)
_NO_NAME = re.compile(r"col_\d+")  # what read_csv calls a column whose header cell is blank


def default_target(frame: pd.DataFrame):
    """The last column that holds any value (an Excel export may end in empty columns)."""
    filled = [c for c in frame.columns if frame[c].notna().any()]
    return filled[-1] if filled else frame.columns[-1]


def suggest_features(frame: pd.DataFrame, target) -> tuple[list, list[tuple[str, dict]]]:
    """(columns to train on by default, notes on each column left out and why)."""
    features, notes = [], []
    for column in frame.columns:
        if column == target:
            continue
        why = _leave_out(frame[column], str(column))
        if why is None:
            features.append(column)
        else:
            notes.append(why)
    return features, notes


def _leave_out(series: pd.Series, column: str) -> tuple[str, dict] | None:
    """The note saying why a column is not a good default feature, or None when it is one."""
    n = len(series)
    if is_numeric_dtype(series) or is_bool_dtype(series):
        present = series.dropna()
    else:
        present = pd.Series(as_text(series)).dropna()
    if present.empty:
        return "data.note_empty_column", {"column": column}
    if len(present) < (1 - MOSTLY_EMPTY) * n:
        return "data.note_mostly_empty", {"column": column, "n": n - len(present), "total": n}
    if is_bool_dtype(series):
        return None
    if is_numeric_dtype(series):
        return ("data.note_id_like", {"column": column}) if _numeric_id(series, present, column) else None
    if date_parts(present, column) is not None:
        return None
    distinct = present.nunique()
    if distinct <= MAX_CATEGORIES:
        return None
    if distinct == len(present) and len(present) >= MIN_ID_ROWS:
        return "data.note_id_like", {"column": column}
    return "data.note_free_text", {"column": column, "n": int(distinct)}


def _numeric_id(series: pd.Series, present: pd.Series, column: str) -> bool:
    """Whole numbers, different in every row, that are named like an ID or simply count the rows."""
    if len(present) < MIN_ID_ROWS or len(present) != len(series) or present.nunique() != len(present):
        return False
    values = present.to_numpy(dtype="float64")
    if not np.all(np.mod(values, 1) == 0):
        return False
    if _ID_NAME.search(column.strip()):
        return True
    # 1, 2, 3, … in a column without a name of its own: the row number R or pandas wrote with the table.
    return bool(_NO_NAME.fullmatch(column.strip()) and values[0] in (0, 1) and np.all(np.diff(values) == 1))


def column_kind(series: pd.Series) -> str:
    """What a column holds as read, in a learner's words: "integer", "decimal", "date" or "text".

    Judged by the values, not the storage type: whole numbers stored as float (a column with gaps, or the model's
    float32 copy) are still integers; yes/no columns count as integers (0 and 1).
    """
    present = series.dropna()
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    if is_bool_dtype(series):
        return "integer"
    if is_numeric_dtype(series):
        values = present.to_numpy(dtype=np.float64)
        return "integer" if np.all(np.isfinite(values) & (values == np.round(values))) else "decimal"
    return "date" if date_parts(as_text(series), str(series.name)) is not None else "text"

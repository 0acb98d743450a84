"""From a learner's table file to a model-ready Dataset.

`read_table` reads a CSV/TSV/text file or an .xlsx workbook (first sheet) into a table; `read_csv` is
its CSV part; `make_dataset` turns a table into arrays a model can train on. Every problem with the
learner's data becomes a `DataError` carrying a translation key, so pages show a sentence in the
learner's language instead of a traceback. The reading and cleaning rules live in engine/tables/.

Choices a learner may notice (each leaves a note, see `Dataset.notes`):
- encodings other than UTF-8 (CP949/EUC-KR, UTF-16, cp1252) are named;
- title and blank lines above the header, and empty unnamed columns at the right, are cut;
- repeated header names are kept and made unique pandas-style (`a`, `a.1`, `a.2`);
- a first row that looks like data (all numbers, or categories that recur below) is not a header:
  columns become `col_1 … col_n`;
- totals rows (합계, 소계, 총계, Total, Sum) are left out;
- `-`, `–`, `#N/A`, `N/A`, `NA`, `null` and empty cells are missing in every column;
- text columns of numbers as spreadsheets write them (`$2.39`, `1,234원`, `37%`, `1.234,56` in a `;`
  file) become numbers; when at least 90% of the cells are numbers, the others count as missing;
- with features=None, ID-like columns, free text and mostly empty columns are left out (see
  engine/tables/columns.py); the learner may still pass them in `features`;
- a date column becomes its year, month and day; a text feature with at most MAX_CATEGORIES distinct
  values is one-hot encoded (`colour_red`, …);
- rows with a missing, infinite or huge (|x| > 1e30) value are dropped.
With task=None a text target, or a whole-number target with at most 20 values and more than twice as
many rows, is classification ("binary" for two classes, else "multiclass"); anything else is regression.
The readers pass their notes on in `frame.attrs["notes"]`, which `make_dataset` copies into the Dataset.
"""
from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import is_bool_dtype, is_complex_dtype, is_numeric_dtype

from engine.dataset import TASKS, Dataset
from engine.errors import DataError
from engine.tables import clean, encoding, excel, layout
from engine.tables.columns import MAX_CATEGORIES, default_target, suggest_features
from engine.tables.dates import date_parts
from engine.tables.numbers import MISSING, as_text

__all__ = ["DataError", "MAX_UPLOAD_MB", "read_csv", "read_table", "make_dataset", "suggest_features",
           "default_target"]

MAX_UPLOAD_MB = 50
MAX_COLUMNS = layout.MAX_COLUMNS  # what the readers accept at all
MAX_FEATURES = 2_000      # what make_dataset hands to a model
AUTO_CLASSES = 20         # a whole-number target with at most this many values is taken as class labels
MAX_CLASSES = 100         # more distinct labels than this is almost surely an ID column or a measurement
MAX_ABS = 1e30            # larger values overflow float32 as soon as a model squares them
UPLOAD_TYPES = ("csv", "tsv", "txt", "xlsx")  # file types read_table reads
_XLSX, _XLS = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"


# ---------------------------------------------------------------------------------------------
# read_table / read_csv


def read_table(source) -> pd.DataFrame:
    """Read a CSV, TSV or delimited text file, or the first sheet of an .xlsx workbook (path, bytes or
    binary file-like) into a DataFrame, or raise DataError saying why not."""
    raw = _read_bytes(source)
    if raw.startswith(_XLSX):
        text, notes = excel.sheet_as_csv(raw)
        return _read_text(text, notes)
    if raw.startswith(_XLS):
        raise DataError("data.xls")
    return read_csv(raw)


def read_csv(source) -> pd.DataFrame:
    """Read a CSV (path, bytes or binary file-like) into a DataFrame, or raise DataError saying why not."""
    text, used = encoding.decode(_read_bytes(source))
    return _read_text(text, encoding.encoding_note(used))


def _read_text(text: str, notes: list) -> pd.DataFrame:
    """The table in a text file: layout found, parsed, totals rows out, numbers as numbers."""
    if not text.strip():
        raise DataError("data.empty")
    found = layout.find_layout(text)
    if found.header is not None:
        names, name_notes = _column_names(found.header)
        if found.n_rows == 0:
            raise DataError("data.no_rows", columns=", ".join(names))
    else:
        names, name_notes = _numbered_names(found.width)
    frame = _parse(found, names)
    notes = [*notes, *found.notes, *name_notes]
    frame = clean.drop_totals(frame, notes)
    frame = clean.numbers_from_text(frame, found.delimiter == ";", notes)
    if frame.shape[1] == 1 and not is_numeric_dtype(frame.iloc[:, 0]):
        raise DataError("data.one_column")
    frame.attrs["notes"] = notes
    return frame


def _read_bytes(source) -> bytes:
    """The raw bytes of a path, bytes or binary file-like; DataError over MAX_UPLOAD_MB."""
    limit = MAX_UPLOAD_MB * 1024 * 1024
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        try:
            _check_size(path.stat().st_size)
            raw = path.read_bytes()
        except OSError:
            raise DataError("data.not_found", path=str(path)) from None
    elif hasattr(source, "read"):
        if isinstance(getattr(source, "size", None), int):  # Streamlit's UploadedFile knows its size
            _check_size(source.size)
        if getattr(source, "seekable", lambda: False)():
            _check_size(source.seek(0, io.SEEK_END))
            source.seek(0)  # an uploaded file read once already (e.g. on an earlier rerun) starts at its end
        raw = source.read(limit + 1)  # one byte more than allowed is enough to know it is too big
        if isinstance(raw, str):  # a text-mode file: treat its characters as UTF-8
            raw = raw.encode("utf-8")
    else:
        raise DataError("data.source_type", kind=type(source).__name__)
    _check_size(len(raw))
    return raw


def _check_size(n_bytes: int) -> None:
    """DataError if a file of n_bytes is over the upload limit."""
    if n_bytes > MAX_UPLOAD_MB * 1024 * 1024:
        raise DataError("data.too_big", size=f"{n_bytes / 1024 / 1024:.1f}", limit=MAX_UPLOAD_MB)


def _column_names(header: list[str]) -> tuple[list[str], list[tuple[str, dict]]]:
    """Header cells stripped, blanks named col_i and repeats made unique, with notes saying so."""
    stripped = [cell.strip() for cell in header]
    names = _unique([cell or f"col_{i}" for i, cell in enumerate(stripped, 1)])
    notes = []
    blanks = [name for name, cell in zip(names, stripped) if not cell]
    if blanks:
        notes.append(("data.note_unnamed", {"names": ", ".join(blanks)}))
    repeated = sorted({cell for cell in stripped if cell and stripped.count(cell) > 1})
    if repeated:
        notes.append(("data.note_duplicate_names", {"names": ", ".join(repeated)}))
    return names, notes


def _numbered_names(n: int) -> tuple[list[str], list[tuple[str, dict]]]:
    """col_1 … col_n for a file without a header row, with a note saying so."""
    return [f"col_{i}" for i in range(1, n + 1)], [("data.note_no_header", {"n": n})]


def _unique(names: list[str], taken: set[str] = frozenset()) -> list[str]:
    """Names made unique pandas-style: the second `a` becomes `a.1`, the third `a.2`."""
    seen, out = set(taken), []
    for name in names:
        new, k = name, 0
        while new in seen:
            k += 1
            new = f"{name}.{k}"
        seen.add(new)
        out.append(new)
    return out


def _parse(found: layout.Layout, names: list[str]) -> pd.DataFrame:
    """pandas' fast parser on text whose rows were already checked; any failure left is a DataError."""
    try:
        frame = pd.read_csv(
            io.StringIO(found.text), sep=found.delimiter, header=0 if found.header is not None else None,
            names=names, usecols=list(range(found.width)), index_col=False, skipinitialspace=True,
            low_memory=False, na_values=list(MISSING), keep_default_na=True,
            decimal="," if found.delimiter == ";" else ".",  # semicolon files come from locales that write 1,5
        )
    except Exception:  # noqa: BLE001 - the checks above should leave nothing, but no input may crash the page
        raise DataError("data.unreadable") from None
    if frame.shape[1] != len(names) or len(frame) == 0:
        raise DataError("data.unreadable")
    return frame


# ---------------------------------------------------------------------------------------------
# make_dataset


def make_dataset(frame: pd.DataFrame, target, features=None, task: str | None = None,
                 name: str = "uploaded") -> Dataset:
    """Validate a table and convert it into a Dataset: numbers from text, one-hot categories, finite rows only."""
    if task is not None and task not in TASKS:
        raise DataError("data.bad_task", task=task, allowed=", ".join(TASKS))
    if target not in frame.columns:
        raise DataError("data.no_target", column=str(target))
    notes = list(frame.attrs.get("notes", []))
    if as_text(frame[target]).isna().all():
        raise DataError("data.target_empty", column=str(target))
    if features is None:
        features, left_out = suggest_features(frame, target)
        notes += left_out
    features = _check_columns(frame, target, features)
    columns = {}
    for column in features:
        values = _feature(frame[column], column, notes)
        if values is not None:
            columns[column] = values
    if not columns:
        raise DataError("data.no_features", column=str(target))
    y_values = _target(frame[target], target, task, notes)
    keep = _usable_rows({**columns, target: y_values}, len(frame), notes)

    y, class_names, task, y_frame = _encode_target(y_values[keep], str(target), task)
    X, names = _encode_features({c: v[keep] for c, v in columns.items()}, notes)
    names = _unique(names, taken={str(target)})
    if len(names) > MAX_FEATURES:
        raise DataError("data.too_many_features", n=len(names), max=MAX_FEATURES)
    table = pd.DataFrame(X, columns=names)
    table[str(target)] = y_frame
    return Dataset(X=X, y=y, feature_names=names, target_name=str(target), task=task, frame=table, name=name,
                   class_names=class_names, notes=notes)


def _check_columns(frame: pd.DataFrame, target, features) -> list:
    """The feature columns to use; DataError for unknown or missing choices."""
    features = list(features)
    unknown = [str(c) for c in features if c not in frame.columns]
    if unknown:
        raise DataError("data.unknown_features", columns=", ".join(unknown))
    if target in features:
        raise DataError("data.target_in_features", column=str(target))
    if not features:
        raise DataError("data.no_features", column=str(target))
    if len(features) > MAX_FEATURES:
        raise DataError("data.too_many_features", n=len(features), max=MAX_FEATURES)
    return features


def _feature(series: pd.Series, column, notes: list) -> np.ndarray | pd.Series | pd.DataFrame | None:
    """A feature as float values, as date parts (a frame of floats) or as text categories; None (with a
    note) when the column is empty."""
    values = _numbers(series, str(column), notes)
    if values is None:
        values = as_text(series)
        dates = date_parts(values, str(column))
        if dates is not None:
            notes.append(("data.note_date", {"column": str(column), "parts": ", ".join(dates.columns)}))
            return dates
        n = values.nunique()
        if n > MAX_CATEGORIES:
            raise DataError("data.text_column", column=str(column), n=n, max=MAX_CATEGORIES,
                            example=_short(values.dropna().iloc[0]))
    if pd.isna(values).all():
        notes.append(("data.note_empty_column", {"column": str(column)}))
        return None
    return values


def _target(series: pd.Series, column, task: str | None, notes: list) -> np.ndarray:
    """Target values: floats when numeric, else text labels (an object array with None for missing).

    True/False stay labels, so the classes read "False" and "True" rather than 0 and 1.
    """
    values = None if is_bool_dtype(series) else _numbers(series, str(column), notes)
    if values is not None:
        return values
    if task == "regression":
        labels = as_text(series).dropna()
        raise DataError("data.target_not_numeric", column=str(column),
                        example=_short(labels.iloc[0]) if len(labels) else "")
    return as_text(series).to_numpy(dtype=object)


def _numbers(series: pd.Series, column: str, notes: list) -> np.ndarray | None:
    """Float values of a numeric or numeric-looking column (noting conversions), or None for real text."""
    if is_bool_dtype(series) or (is_numeric_dtype(series) and not is_complex_dtype(series)):
        return series.to_numpy(dtype="float64", na_value=np.nan)
    if as_text(series).isna().all():
        return np.full(len(series), np.nan)
    return clean.convert(series, column, False, notes)


def _short(text: str, limit: int = 40) -> str:
    """A cell shortened for a message, so one long value cannot flood the page."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _usable_rows(columns: dict, n: int, notes: list) -> np.ndarray:
    """Mask of rows whose every value is present, finite and at most MAX_ABS; DataError if fewer than 2."""
    bad = {str(name): ~_ok(values) for name, values in columns.items()}
    keep = ~np.any(list(bad.values()), axis=0)
    kept = int(keep.sum())
    if kept < 2:
        worst = max(bad, key=lambda c: bad[c].sum())
        if not bad[worst].any():
            raise DataError("data.too_few_rows", n=n)
        raise DataError("data.too_few_usable_rows", n=kept, column=worst, bad=int(bad[worst].sum()))
    if kept < n:
        notes.append(("data.note_dropped_rows", {"n": n - kept, "total": n}))
        worst = max(bad, key=lambda c: bad[c].sum())
        notes.append(("data.note_rows_by_column", {"column": worst, "n": int(bad[worst].sum())}))
    return keep


def _ok(values) -> np.ndarray:
    """Which cells are usable: present text, or finite numbers no bigger than MAX_ABS (in every part of a date)."""
    if isinstance(values, pd.DataFrame):
        return np.all([_ok(values[c].to_numpy()) for c in values.columns], axis=0)
    if isinstance(values, np.ndarray) and values.dtype == np.float64:
        with np.errstate(invalid="ignore"):
            return np.abs(values) <= MAX_ABS  # False for NaN and ±inf too
    return ~pd.isna(np.asarray(values, dtype=object))


def _encode_features(columns: dict, notes: list) -> tuple[np.ndarray, list[str]]:
    """float32 X and its column names: numeric columns as they are, dates as their parts, text columns
    one-hot encoded (noted)."""
    blocks, names = [], []
    for column, values in columns.items():
        if isinstance(values, pd.DataFrame):
            blocks.append(values.to_numpy(dtype=np.float32))
            names += [str(name) for name in values.columns]
        elif isinstance(values, pd.Series):
            dummies = pd.get_dummies(values.to_numpy(dtype=object), prefix=str(column), dtype=np.float32)
            notes.append(("data.note_one_hot", {"column": str(column), "n": dummies.shape[1]}))
            blocks.append(dummies.to_numpy())
            names += [str(name) for name in dummies.columns]
        else:
            blocks.append(values.astype(np.float32).reshape(-1, 1))
            names.append(str(column))
    return np.hstack(blocks), names


def _encode_target(values: np.ndarray, column: str, task: str | None):
    """(y, class_names, task, values for the table): the task detected when None, else checked."""
    numeric = values.dtype == np.float64
    keys = values if numeric else values.astype(str)  # numbers sort as numbers (2 < 12), text as text
    labels = np.unique(keys)
    integral = numeric and all(_is_int(v) for v in labels)
    if task is None:
        task = _detect_task(numeric, integral, len(labels), len(values))
    if task == "regression":
        if len(labels) == 1:
            raise DataError("data.constant_target", column=column, value=_label(labels[0]))
        return values.astype(np.float32).reshape(-1, 1), [], task, values
    if len(labels) == 1:
        raise DataError("data.one_class", column=column, label=_label(labels[0]))
    if len(labels) > MAX_CLASSES:
        raise DataError("data.too_many_classes", column=column, n=len(labels), max=MAX_CLASSES)
    if task == "binary" and len(labels) != 2:
        raise DataError("data.binary_needs_two", column=column, n=len(labels))
    shown = values.astype(np.int64) if integral else keys  # the table shows 3, not 3.0
    return np.searchsorted(labels, keys).astype(np.int64), [_label(v) for v in labels], task, shown


def _detect_task(numeric: bool, integral: bool, n_labels: int, n_rows: int) -> str:
    """Text labels, or a few whole numbers each seen more than twice on average, are classes; else regression."""
    few = 2 <= n_labels <= AUTO_CLASSES and n_rows > 2 * n_labels
    if numeric and not (integral and few):
        return "regression"
    return "binary" if n_labels == 2 else "multiclass"


def _label(value) -> str:
    """A class label or value as text: 3.0 reads as "3"."""
    return str(int(value)) if isinstance(value, float) and _is_int(value) else str(value)


def _is_int(value: float) -> bool:
    """Whether a float is a whole number that int64 (and float64) hold exactly."""
    return float(value).is_integer() and abs(value) < 2**53

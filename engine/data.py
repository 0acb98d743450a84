"""From a learner's CSV file to a model-ready Dataset.

`read_csv` turns uploaded bytes into a table; `make_dataset` turns a table into arrays a model can
train on. Every problem with the learner's data becomes a `DataError` carrying a translation key,
so pages show a sentence in the learner's language instead of a traceback.

Choices a learner may notice (each leaves a note, see `Dataset.notes`):
- repeated header names are kept and made unique pandas-style (`a`, `a.1`, `a.2`);
- a first row made only of numbers is data, not a header: columns become `col_1 … col_n`;
- a text feature with at most MAX_CATEGORIES distinct values is one-hot encoded (`colour_red`, …);
- a text column in which at least 90% of the cells are numbers (thousands commas allowed) becomes
  numeric, and its other cells count as missing;
- rows with a missing, infinite or huge (|x| > 1e30) value are dropped.
With task=None a text target, or a whole-number target with at most 20 values and more than twice as
many rows, is classification ("binary" for two classes, else "multiclass"); anything else is regression.
`read_csv` passes its notes on in `frame.attrs["notes"]`, which `make_dataset` copies into the Dataset.
"""
from __future__ import annotations

import codecs
import csv
import io
import os
import re
from pathlib import Path

import numpy as np
import pandas as pd
from pandas.api.types import is_bool_dtype, is_complex_dtype, is_numeric_dtype

from engine.dataset import TASKS, Dataset
from engine.errors import DataError

__all__ = ["DataError", "MAX_UPLOAD_MB", "read_csv", "make_dataset"]

MAX_UPLOAD_MB = 50
MAX_COLUMNS = 10_000      # what read_csv accepts at all; a runaway delimiter would otherwise build a huge frame
MAX_FEATURES = 2_000      # what make_dataset hands to a model
MAX_CATEGORIES = 20       # a text feature with at most this many values is one-hot encoded
AUTO_CLASSES = 20         # a whole-number target with at most this many values is taken as class labels
MAX_CLASSES = 100         # more distinct labels than this is almost surely an ID column or a measurement
MAX_ABS = 1e30            # larger values overflow float32 as soon as a model squares them
NUMERIC_SHARE = 0.9       # share of cells that must be numbers for a text column to count as numeric
DELIMITERS = ",;\t"
SNIFF_CHARS = 16_384

# Files people often upload by mistake, recognised by their first bytes. An .xlsx workbook is a ZIP
# archive; an old .xls is an OLE2 compound file.
_SIGNATURES = (
    (b"PK\x03\x04", "data.excel"),
    (b"\xd0\xcf\x11\xe0", "data.excel"),
    (b"\x89PNG", "data.image"),
    (b"\xff\xd8\xff", "data.image"),
    (b"GIF8", "data.image"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_THOUSANDS = r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?"


# ---------------------------------------------------------------------------------------------
# read_csv


def read_csv(source) -> pd.DataFrame:
    """Read a CSV (path, bytes or binary file-like) into a DataFrame, or raise DataError saying why not."""
    text = _decode(_read_bytes(source))
    if not text.strip():
        raise DataError("data.empty")
    delimiter = _sniff_delimiter(text)
    header, header_line, n_rows = _check_rows(text, delimiter)
    has_header = not all(_NUMBER.fullmatch(cell.strip()) for cell in header)
    names, notes = _column_names(header) if has_header else _numbered_names(len(header))
    if has_header and n_rows == 0:
        raise DataError("data.no_rows", columns=", ".join(names))
    frame = _parse(text, delimiter, names, has_header, skip=header_line - 1)
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


def _decode(raw: bytes) -> str:
    """Text of a CSV file in UTF-8 (with or without BOM), CP949/EUC-KR or BOM-marked UTF-16; refuses binaries."""
    for signature, key in _SIGNATURES:
        if raw.startswith(signature):
            raise DataError(key)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)  # Excel's "Unicode text" export
    else:
        encodings = ("utf-8-sig", "cp949")  # utf-8-sig also reads plain UTF-8; CP949 is a superset of EUC-KR
    text = _first_decoding(raw, encodings)
    if text is None:
        raise DataError("data.binary" if b"\x00" in raw else "data.encoding")
    # Zero bytes, or many control characters, mean a binary file that merely happened to decode.
    if "\x00" in text or len(_CONTROL.findall(text)) > len(text) / 100:
        raise DataError("data.binary")
    return text


def _first_decoding(raw: bytes, encodings) -> str | None:
    """raw decoded with the first of `encodings` that fits, or None."""
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _sniff_delimiter(text: str) -> str:
    """`,` `;` or tab: the one that splits the first lines into the most equal-width, number-like columns.

    When no delimiter gives every sampled row the same width (> 1), csv.Sniffer guesses, and when it
    cannot either, the delimiter the header row uses most wins.
    """
    sample = text[:SNIFF_CHARS]
    if len(text) > SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rfind("\n")]  # whole lines only, so every line shows its true width
    scores = {d: _split_score(sample, d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: scores[d])
    if scores[best][0]:
        return best
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = next((line for line in sample.splitlines() if line.strip()), "")
        return max(DELIMITERS, key=lambda d: (first.count(d), sample.count(d)))


def _split_score(sample: str, delimiter: str) -> tuple[int, int]:
    """(columns, number-like cells) when every sampled row splits into the same width > 1, else (0, 0).

    Number-like cells break ties such as "1,5;2", which is two columns either way but two numbers
    only when split at the semicolon.
    """
    try:
        records = [r for r in _reader(sample, delimiter) if any(cell.strip() for cell in r)]
    except csv.Error:
        return 0, 0
    widths = {len(r) for r in records}
    if len(widths) != 1 or widths == {1}:
        return 0, 0
    return widths.pop(), sum(bool(_NUMBER.fullmatch(cell.strip())) for r in records for cell in r)


def _reader(text: str, delimiter: str):
    """A strict csv.reader, so unbalanced quotes raise instead of silently swallowing lines."""
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True, strict=True)


def _check_rows(text: str, delimiter: str) -> tuple[list[str], int, int]:
    """The first record, the line it starts on and the number of rows after it.

    DataError for broken quotes or a row whose width differs from the first record's.
    """
    reader = _reader(text, delimiter)
    header, header_line, n_rows, start = None, 0, 0, 1
    try:
        for record in reader:
            if any(cell.strip() for cell in record):  # blank lines are skipped, as pandas does
                if header is None:
                    header, header_line = record, start
                    if len(header) > MAX_COLUMNS:
                        raise DataError("data.too_many_columns", n=len(header), max=MAX_COLUMNS)
                elif len(record) != len(header):
                    raise DataError("data.ragged", line=start, found=len(record), expected=len(header))
                else:
                    n_rows += 1
            start = reader.line_num + 1
    except csv.Error:
        raise DataError("data.quoting", line=start) from None
    if header is None:  # only empty quoted cells, e.g. ""
        raise DataError("data.empty")
    return header, header_line, n_rows


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


def _parse(text: str, delimiter: str, names: list[str], has_header: bool, skip: int) -> pd.DataFrame:
    """pandas' fast parser on text whose rows were already checked; any failure left is a DataError."""
    try:
        frame = pd.read_csv(
            io.StringIO(text), sep=delimiter, header=0 if has_header else None, names=names, index_col=False,
            skiprows=skip, skipinitialspace=True, low_memory=False,
            decimal="," if delimiter == ";" else ".",  # semicolon files come from locales that write 1,5
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
    features = _check_columns(frame, target, features)
    notes = list(frame.attrs.get("notes", []))
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
    """The feature columns to use (default: all but the target); DataError for unknown or missing choices."""
    if target not in frame.columns:
        raise DataError("data.no_target", column=str(target))
    features = [c for c in frame.columns if c != target] if features is None else list(features)
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


def _feature(series: pd.Series, column, notes: list) -> np.ndarray | pd.Series | None:
    """A feature as float values, or as text categories; None (with a note) when the column is empty."""
    values = _numbers(series, str(column), notes)
    if values is None:
        values = _text(series)
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
        labels = _text(series).dropna()
        raise DataError("data.target_not_numeric", column=str(column),
                        example=_short(labels.iloc[0]) if len(labels) else "")
    return _text(series).to_numpy(dtype=object, na_value=None)


def _numbers(series: pd.Series, column: str, notes: list) -> np.ndarray | None:
    """Float values of a numeric or numeric-looking column (noting conversions), or None for real text."""
    if is_bool_dtype(series) or (is_numeric_dtype(series) and not is_complex_dtype(series)):
        return series.to_numpy(dtype="float64", na_value=np.nan)
    text = _text(series)
    present = int(text.notna().sum())
    if present == 0:
        return np.full(len(series), np.nan)
    # "1,234,567" is a thousands-separated number (a quoted cell in a comma file).
    plain = text.where(~text.str.fullmatch(_THOUSANDS), text.str.replace(",", "", regex=False))
    numbers = pd.to_numeric(plain, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
    found = int((~np.isnan(numbers)).sum())
    if found < NUMERIC_SHARE * present:
        return None
    bad = text[text.notna() & np.isnan(numbers)]
    if len(bad):
        notes.append(("data.note_not_numbers", {"column": column, "n": len(bad), "example": _short(bad.iloc[0])}))
    else:
        notes.append(("data.note_text_to_numbers", {"column": column}))
    return numbers


def _text(series: pd.Series) -> pd.Series:
    """Cells as stripped strings, with empty cells missing."""
    text = series.astype(str).str.strip()
    return text.where(text != "")


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
    return keep


def _ok(values) -> np.ndarray:
    """Which cells are usable: present text, or finite numbers no bigger than MAX_ABS."""
    if isinstance(values, np.ndarray) and values.dtype == np.float64:
        with np.errstate(invalid="ignore"):
            return np.abs(values) <= MAX_ABS  # False for NaN and ±inf too
    return ~pd.isna(np.asarray(values, dtype=object))


def _encode_features(columns: dict, notes: list) -> tuple[np.ndarray, list[str]]:
    """float32 X and its column names: numeric columns as they are, text columns one-hot encoded (noted)."""
    blocks, names = [], []
    for column, values in columns.items():
        if isinstance(values, pd.Series):
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

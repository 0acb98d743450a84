"""Numbers the way spreadsheets write them: `$2.39`, `₩12,000`, `1,234원`, `37%`, `1.234,56`, `(5)`.

Cells a spreadsheet uses for "no value" (`-`, `–`, `#N/A`, `N/A`, `NA`, `null`, empty) are missing in
every column, so they never turn a numeric column into text nor become a category of their own.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

NUMERIC_SHARE = 0.9  # share of present cells that must be numbers for a text column to count as numeric
MISSING = ("", "-", "–", "—", "#N/A", "N/A", "n/a", "NA", "NaN", "nan", "null", "NULL", "Null", "None",
           "#DIV/0!", "#VALUE!", "#REF!", "#NUM!")
# Currency and unit marks that may stand before or after a number; they are removed, the number kept.
_MARKS = re.compile(r"^(?P<pre>US\$|\$|₩|€|£|¥|￦)?\s*(?P<num>.*?)\s*(?P<post>%|원|달러|엔|유로|USD|KRW|EUR|€|\$)?$")
_DOT_THOUSANDS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d*)?")     # 1.234.567,89 (European)
_COMMA_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")   # 1,234,567.89
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")                      # 18,7
_SPACES = re.compile(r"[\s\u00a0\u202f]")


def missing_mask(text: pd.Series) -> pd.Series:
    """Which cells (already stripped strings, or NA) mean "no value"."""
    return text.isna() | text.isin(MISSING)


def as_text(series: pd.Series) -> pd.Series:
    """Cells as stripped strings, with every missing token as NA."""
    text = series.astype("string").str.strip()
    return text.mask(missing_mask(text)).astype(object).where(lambda s: s.notna(), None)


def to_numbers(series: pd.Series, decimal_comma: bool = False):
    """(float values, marks removed, cells that were not numbers) when at least NUMERIC_SHARE of the
    present cells read as numbers, else None.

    `decimal_comma` (a `;` file) reads `1.234,56` as 1234.56; otherwise `1,234.56` is 1234.56. Either
    way a lone `18,7` in a `;` file and `1,234` in a `,` file read as the locale writes them.
    """
    text = as_text(series)
    present = text.notna()
    if not present.any():
        return None
    cells = text[present].astype(str)
    parts = cells.str.extract(_MARKS)
    numbers = parts["num"].str.replace(_SPACES, "", regex=True)
    negative = numbers.str.fullmatch(r"\(.*\)")  # accounting style: (1,234) is -1234
    numbers = numbers.where(~negative, "-" + numbers.str[1:-1])
    numbers = _plain(numbers, decimal_comma)
    values = pd.to_numeric(numbers, errors="coerce")
    found = values.notna()
    if found.sum() < NUMERIC_SHARE * len(cells):
        return None
    marks = sorted({m for column in ("pre", "post") for m in parts.loc[found, column].dropna()})
    out = np.full(len(series), np.nan)
    out[np.flatnonzero(present.to_numpy())] = values.to_numpy(dtype="float64", na_value=np.nan)
    return out, marks, cells[~found]


def _plain(numbers: pd.Series, decimal_comma: bool) -> pd.Series:
    """Cells rewritten so pd.to_numeric reads them: thousands separators out, the decimal mark a dot."""
    if decimal_comma:
        dots = numbers.str.fullmatch(_DOT_THOUSANDS)
        numbers = numbers.where(~dots, numbers.str.replace(".", "", regex=False))
        commas = dots | numbers.str.fullmatch(_DECIMAL_COMMA)
        return numbers.where(~commas, numbers.str.replace(",", ".", regex=False))
    commas = numbers.str.fullmatch(_COMMA_THOUSANDS)
    return numbers.where(~commas, numbers.str.replace(",", "", regex=False))

"""A freshly read table tidied the way a learner expects: totals rows out, numbers as numbers."""
from __future__ import annotations

import pandas as pd
from pandas.api.types import is_numeric_dtype

from engine.tables.numbers import as_text, to_numbers

# Labels of rows that add up the rows above them (compared without spaces, case-insensitively).
TOTALS = {"합계", "소계", "총계", "총합계", "계", "total", "totals", "subtotal", "grandtotal", "sum"}
LABEL_COLUMNS = 2  # totals labels sit in the first columns of a table


def drop_totals(frame: pd.DataFrame, notes: list) -> pd.DataFrame:
    """The frame without rows labelled as totals or subtotals in one of its first text columns (noted)."""
    labels = [c for c in frame.columns[:LABEL_COLUMNS] if not is_numeric_dtype(frame[c])]
    if not labels or len(frame) < 3:
        return frame
    words = pd.concat([as_text(frame[c]).str.replace(r"\s+", "", regex=True).str.lower() for c in labels], axis=1)
    totals = words.isin(TOTALS).any(axis=1)
    if not totals.any() or totals.all():
        return frame
    example = next(str(frame.at[i, c]).strip() for i in frame.index[totals] for c in labels
                   if words.at[i, c] in TOTALS)
    notes.append(("data.note_totals", {"n": int(totals.sum()), "example": example}))
    return frame.loc[~totals].reset_index(drop=True)


def numbers_from_text(frame: pd.DataFrame, decimal_comma: bool, notes: list) -> pd.DataFrame:
    """Text columns that hold numbers (`$2.39`, `37%`, `1.234,56`, `1,234원`) turned into float columns (noted)."""
    for column in frame.columns:
        if not is_numeric_dtype(frame[column]):
            converted = convert(frame[column], str(column), decimal_comma, notes)
            if converted is not None:
                frame[column] = converted
    return frame


def convert(series: pd.Series, column: str, decimal_comma: bool, notes: list):
    """Float values of a numbers-as-text column with a note saying what was done, or None for real text."""
    found = to_numbers(series, decimal_comma)
    if found is None:
        return None
    values, marks, bad = found
    if len(bad):
        notes.append(("data.note_not_numbers", {"column": column, "n": len(bad), "example": _short(bad.iloc[0])}))
    if marks:
        notes.append(("data.note_marks", {"column": column, "marks": ", ".join(marks)}))
    elif not len(bad) and series.notna().any():
        notes.append(("data.note_text_to_numbers", {"column": column}))
    return values


def _short(text: str, limit: int = 40) -> str:
    """A cell shortened for a message, so one long value cannot flood the page."""
    return text if len(text) <= limit else text[: limit - 1] + "…"

"""Date columns (`2017-12-01`, `01/12/2017`, `2002-01`, `2020년 3월`) as numbers a model can use.

A date becomes its year, month and (when the cells have one) day of the month: three plain numbers a
linear model can weigh, instead of hundreds of one-hot columns or a refusal.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

DATE_SHARE = 0.9  # share of present cells that must be dates
# Named groups y, m, d (or a, b, y when it is unclear which of a/b is the day); an optional time is ignored.
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_FORMATS = (
    rf"(?P<y>\d{{4}})[-./](?P<m>\d{{1,2}})[-./](?P<d>\d{{1,2}})\.?{_TIME}",
    rf"(?P<a>\d{{1,2}})[-./](?P<b>\d{{1,2}})[-./](?P<y>\d{{4}}){_TIME}",
    r"(?P<y>\d{4})[-./](?P<m>\d{1,2})",
    r"(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월(?:\s*(?P<d>\d{1,2})\s*일)?",
)


def date_parts(text: pd.Series, column: str) -> pd.DataFrame | None:
    """Year, month and day columns (float, NaN where a cell is not a date) when the column holds dates, else None.

    `text` holds stripped strings with None for missing cells. For `a/b/yyyy` the day comes first
    unless some second part is over 12 (then it is month/day/year, as US files write it).
    """
    present = text.dropna().astype(str)
    if present.empty or present.str.fullmatch(r"[+-]?\d+(\.\d+)?").any():
        return None  # plain numbers are never dates here
    for pattern in _FORMATS:
        parts = present.str.extract(f"^{pattern}$")
        if parts["y"].notna().sum() >= DATE_SHARE * len(present):
            break
    else:
        return None
    parts = parts.astype(float)
    if "a" in parts:
        month_first = (parts["b"] > 12).any()
        parts["d"], parts["m"] = (parts["b"], parts["a"]) if month_first else (parts["a"], parts["b"])
    valid = parts["m"].between(1, 12) & (parts["d"].between(1, 31) | parts["d"].isna() if "d" in parts else True)
    if valid.sum() < DATE_SHARE * len(present):
        return None
    out = pd.DataFrame(index=text.index)
    for part, name in (("y", "year"), ("m", "month"), ("d", "day")):
        if part in parts and parts[part].notna().any():
            values = parts[part].where(valid)
            out[f"{column}_{name}"] = values.reindex(text.index).to_numpy(dtype="float64", na_value=np.nan)
    return out

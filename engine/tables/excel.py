"""The first sheet of an .xlsx workbook as CSV text, so it goes through the same reading rules as a CSV."""
from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl

from engine.errors import DataError


def sheet_as_csv(raw: bytes) -> tuple[str, list[tuple[str, dict]]]:
    """(CSV text of the first sheet, notes); DataError when the bytes are not a readable workbook."""
    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - a zip that is no workbook fails in many ways inside openpyxl
        raise DataError("data.excel_unreadable") from None
    try:
        sheet = book.worksheets[0]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        for row in sheet.iter_rows(values_only=True):
            writer.writerow(["" if value is None else _cell(value) for value in row])
        notes = []
        if len(book.worksheets) > 1:
            notes.append(("data.note_first_sheet", {"sheet": sheet.title, "n": len(book.worksheets)}))
    except Exception:  # noqa: BLE001 - a damaged sheet inside a valid archive
        raise DataError("data.excel_unreadable") from None
    finally:
        book.close()
    return out.getvalue(), notes


def _cell(value) -> str:
    """A cell as the text a CSV export would hold: dates as ISO dates, whole floats without `.0`."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return str(value)

"""Where the table sits in a text file: its delimiter, title lines above it, its header row, its width.

Spreadsheet exports put things around the table a learner means: a title and blank lines above the
header, empty unnamed columns at the right (Excel's `,,,`), sometimes no header at all.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from engine.errors import DataError

MAX_COLUMNS = 10_000   # a runaway delimiter would otherwise build a huge frame
DELIMITERS = ",;\t|"
DELIMITER_NAMES = {",": "','", ";": "';'", "\t": "tab", "|": "'|'"}
SNIFF_CHARS = 16_384
HEADER_SAMPLE = 200    # data rows compared with the first row to tell a header from data
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
_FIELDS = re.compile(r"[,;\t|]")
_QUOTED = re.compile(r'"[^"]*"')


@dataclass
class Layout:
    """What read_csv needs to hand the text to pandas."""

    text: str                 # the file from the table's first row on (title and blank lines above it cut)
    delimiter: str
    skip: int                 # lines cut above the table, so messages can name lines of the file
    header: list[str] | None  # the header cells, or None when the first row is data
    width: int                # columns kept (trailing empty unnamed columns dropped)
    n_rows: int               # data rows
    notes: list = field(default_factory=list)


def find_layout(text: str) -> Layout:
    """Delimiter, title lines, header and width of the table in `text`; DataError when it is not a table."""
    skip, titles = _title_lines(text)
    body = text if not skip else "".join(text.splitlines(keepends=True)[skip:])
    delimiter = _sniff_delimiter(body)
    first, sample, n_rows, width = _scan(body, delimiter, skip)
    header_row = _is_header(first, sample)
    notes = [("data.note_title_skipped", {"text": " / ".join(titles)})] if titles else []
    if width < len(first):
        notes.append(("data.note_trailing_empty", {"n": len(first) - width}))
    return Layout(body, delimiter, skip, first[:width] if header_row else None, width,
                  n_rows + (not header_row), notes)


def _title_lines(text: str) -> tuple[int, list[str]]:
    """How many leading lines are a title or blank (nothing but the first field filled), and the titles' text.

    Only counts when a later line has two or more fields, so a one-column file keeps all its lines.
    """
    lines = text[:SNIFF_CHARS].splitlines()
    skip, titles = 0, []
    for line in lines:
        cells = [cell.strip() for cell in _FIELDS.split(_QUOTED.sub("q", line))]  # a quoted cell is one field
        filled = [cell for cell in cells if cell]
        if len(filled) > 1 or filled and not cells[0]:  # a title sits in the first cell (A1)
            return skip, titles
        skip += 1
        title = line.strip().rstrip(",;\t|").strip().strip('"')
        titles += [title] if title else []
    return 0, []


def _sniff_delimiter(text: str) -> str:
    """`,` `;` tab or `|`: the one that splits the first lines into the most equal-width, number-like columns.

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
        records = [r for r in reader(sample, delimiter) if any(cell.strip() for cell in r)]
    except csv.Error:
        return 0, 0
    widths = {len(r) for r in records}
    if len(widths) != 1 or widths == {1}:
        return 0, 0
    return widths.pop(), sum(bool(_NUMBER.fullmatch(cell.strip())) for r in records for cell in r)


def reader(text: str, delimiter: str):
    """A strict csv.reader, so unbalanced quotes raise instead of silently swallowing lines."""
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True, strict=True)


def _scan(text: str, delimiter: str, skip: int) -> tuple[list[str], list[list[str]], int, int]:
    """(first record, the next HEADER_SAMPLE records, number of records after the first, width to keep).

    The width is the first record's, less trailing columns that are empty in every row (Excel's `,,,`).
    DataError for broken quotes, and naming the line and the delimiter for a row with a different number
    of cells, unless the difference is only empty cells at the end. One pass, cheap for the usual row.
    """
    rows, start = reader(text, delimiter), 1
    first, sample, n_rows, filled_max, short = None, [], 0, 0, {}
    try:
        for record in rows:
            if any(cell.strip() for cell in record):  # blank lines are skipped, as pandas does
                if first is None:
                    first, filled_max, width = record, _filled(record), len(record)
                    if width > MAX_COLUMNS:
                        raise DataError("data.too_many_columns", n=width, max=MAX_COLUMNS)
                else:
                    n_rows += 1
                    if n_rows <= HEADER_SAMPLE:
                        sample.append(record)
                    if len(record) != width or not record[-1].strip():
                        filled = _filled(record)
                        if filled > width:
                            raise _ragged(start + skip, record, first, delimiter)
                        filled_max = max(filled_max, filled)
                        if len(record) < width:
                            short.setdefault(len(record), (start + skip, record))
                    else:
                        filled_max = width
            start = rows.line_num + 1
    except csv.Error:
        raise DataError("data.quoting", line=start + skip) from None
    if first is None:  # only empty quoted cells, e.g. ""
        raise DataError("data.empty")
    width = max(1, min(len(first), filled_max))
    too_short = sorted(found for n, found in short.items() if n < width)
    if too_short:
        raise _ragged(*too_short[0], first, delimiter)
    return first, sample, n_rows, width


def _filled(cells: list[str]) -> int:
    """How many cells there are up to the last non-empty one."""
    return max((i + 1 for i, cell in enumerate(cells) if cell.strip()), default=0)


def _ragged(line: int, record: list[str], first: list[str], delimiter: str) -> DataError:
    return DataError("data.ragged", line=line, found=len(record), expected=len(first),
                     delimiter=DELIMITER_NAMES[delimiter])


def _is_header(first: list[str], records) -> bool:
    """Whether the first row names the columns rather than holding data.

    All numbers: data. A text cell above a column of numbers: a header. Otherwise (text only above text
    columns) it is data when one of its text cells appears again below it, as a category does.
    """
    texts = [i for i, cell in enumerate(first) if cell.strip() and not _NUMBER.fullmatch(cell.strip())]
    if not texts:
        return _years(first) and not (records and _years(records[0]))
    if not records:
        return True
    below = [[cells[i].strip() for cells in records if i < len(cells) and cells[i].strip()] for i in texts]
    for column in below:
        if column and sum(bool(_NUMBER.fullmatch(cell)) for cell in column) >= 0.9 * len(column):
            return True
    return not any(first[i].strip() in column for i, column in zip(texts, below))


def _years(cells: list[str]) -> bool:
    """Whether cells are consecutive years (2018, 2019, 2020): a header of yearly columns, not data."""
    try:
        years = [int(cell.strip()) for cell in cells]
    except ValueError:
        return False
    return len(years) > 1 and 1900 <= years[0] <= 2100 and years == list(range(years[0], years[0] + len(years)))

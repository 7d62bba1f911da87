"""From a sheet's rows to a ``model.Table``: the header row found below any title rows,
merged cells filled, blank rows and notes under the data left out.

Sheets made by people rarely start at A1 with one header row.  A municipality's list
has a title ("令和7年度 連携団体一覧"), a blank row, sometimes a header of two rows
joined by merged cells (所在地 over 都道府県 and 市区町村), values merged down a column,
and notes under the data (※…, 出典…).  This module turns that into one header per
column and one ``SourceRow`` per record, keeping the row numbers Excel shows.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from db import catalogue
from db.errors import QT_TRANSLATE_NOOP
from db.exchange.mapping import is_running_number
from db.exchange.model import KINDS, Cell, ExchangeError, Problem, SourceRow, Table
from db.exchange.read_checks import DAMAGED

NOTE_SKIPPED = QT_TRANSLATE_NOOP("Import", "Row {row} was left out as a note: {text}")
EMPTY_SHEET = QT_TRANSLATE_NOOP("Import", "The sheet “{sheet}” in “{file}” is empty.")

HEAD_ROWS = 30  # the header is looked for in the first rows that hold anything
# How notes under a list begin, matched after NFKC (so ＊, （注）, 注１： match too).  A bare
# 注 or Note must be followed by a mark: 注文住宅協会 and Notebook Inc. are records.
NOTE_START = re.compile(r"\s*(?:※|\*|出典|注記|\(注|注\s*\d*\s*[:.)、]|注[\d\s]|(?:資料|備考|notes?|sources?)\s*:"
                        r"|n\.b\.)", re.IGNORECASE)
_LONG_NOTE = 40  # characters: a single text this long in a row of its own is a sentence, not a record

# A merged range as calamine gives it: ((first row, first column), (last row, last column)), 0-based.
Merged = tuple[tuple[int, int], tuple[int, int]]


def clean_cell(value: object) -> Cell:
    """A cell as the exchange passes it on: empty text → None, whole floats → int, a
    date-time at midnight → date; times and durations as text."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, timedelta):
        return str(value)
    if isinstance(value, (str, int, bool, date)):
        return value
    return str(value)


_EXACT = float(2**53)  # floats beyond this are not read as whole numbers


def clean_row(values: list) -> list[Cell]:
    """``clean_cell`` over a row; text, numbers and dates (nearly every cell) without a call
    per cell, which makes reading a large sheet several times faster."""
    return [
        (v or None) if (t := type(v)) is str
        else (int(v) if v.is_integer() and -_EXACT < v < _EXACT else v) if t is float
        else v if t is date or t is int or t is bool
        else clean_cell(v)
        for v in values
    ]


def _blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


@lru_cache(maxsize=8)
def field_headers(list_kind: str) -> frozenset[str]:
    """Every normalised header that names a field of the list's records."""
    kind = KINDS[list_kind]
    return frozenset(
        catalogue.normalise_header(s) for f in catalogue.fields(kind) for s in catalogue.header_synonyms(kind, f)
    )


def header_score(cells: Sequence[Cell], known: frozenset[str]) -> int:
    """How much a row looks like the list's header: 2 for each cell that names a field,
    1 for a short cell that contains such a name (協定締結日（西暦）)."""
    score = 0
    for value in dict.fromkeys(c for c in cells if isinstance(c, str)):  # merged copies count once
        text = catalogue.normalise_header(value)
        if not text:
            continue
        if text in known:
            score += 2
        elif len(text) <= 20 and any(len(k) >= 2 and k in text for k in known):
            score += 1
    return score


def _text_cells(cells: Sequence[Cell]) -> int:
    return len({c for c in cells if isinstance(c, str) and c.strip()})


class TooManyMerged(Exception):
    """Merged ranges that would fill more cells than the sheet has, many times over."""


def fill_merged(rows: dict[int, list[Cell]], merged: Iterable[Merged]) -> None:
    """Copy each merged range's top-left value into every cell of the range (in place).

    Ranges are clipped to the rows and columns the sheet has: a file may declare a range
    of a million rows or columns, which is no reason to make them.  Overlapping ranges
    filling far more cells than the sheet holds raise TooManyMerged."""
    if not rows:
        return
    numbers = sorted(rows)
    width = max(len(cells) for cells in rows.values())
    budget = 4 * sum(len(cells) for cells in rows.values()) + 10_000
    for (r0, c0), (r1, c1) in merged:
        top = rows.get(r0)
        if top is None or c0 >= len(top) or r1 < r0 or c1 < c0:
            continue
        value = top[c0]
        last = min(c1, width - 1)
        for r in numbers[bisect_left(numbers, r0):bisect_right(numbers, r1)]:
            row = rows[r]
            if len(row) <= last:
                row.extend([None] * (last + 1 - len(row)))
            row[c0:last + 1] = [value] * (last + 1 - c0)
            budget -= last + 1 - c0
            if budget < 0:
                raise TooManyMerged


def find_header(rows: list[tuple[int, list[Cell]]], list_kind: str | None) -> int:
    """The index (in ``rows``) of the header row among the first rows that hold anything."""
    head = rows[:HEAD_ROWS]
    if list_kind is not None:
        known = field_headers(list_kind)
        scores = [header_score(cells, known) for _, cells in head]
        best = max(range(len(head)), key=lambda i: (scores[i], -i))
        if scores[best] >= 2:
            return best
    widest = max(_text_cells(cells) for _, cells in head)
    for i, (_, cells) in enumerate(head):
        count = _text_cells(cells)
        if count >= 2 and count * 2 >= widest:
            return i
    return 0


def _joins_below(upper: int, lower: int, merged: Sequence[Merged], upper_cells: list[Cell],
                 lower_cells: list[Cell]) -> bool:
    """Whether sheet rows ``upper`` and ``lower`` (0-based) form one header of two rows:
    a cell merged down across both, or cells merged across columns that have their own
    headers in the row below — while the row below holds nothing else of its own (else
    it is the first record under a wide header cell)."""
    across: set[int] = set()
    for (r0, c0), (r1, c1) in merged:
        if r0 == upper and r1 >= lower:
            return True
        if r0 == r1 == upper and c1 > c0:
            under = [c for c in range(c0, min(c1 + 1, len(lower_cells))) if not _blank(lower_cells[c])]
            if sum(isinstance(lower_cells[c], str) for c in under) >= 2:
                across.update(range(c0, min(c1 + 1, len(lower_cells))))
    if not across:
        return False
    return all(j in across or _blank(v) or (j < len(upper_cells) and v == upper_cells[j])
               for j, v in enumerate(lower_cells))


def _join(top: Cell, bottom: Cell) -> str:
    top_text, bottom_text = _text(top).strip(), _text(bottom).strip()
    if not bottom_text or top_text == bottom_text:
        return _text(top)
    if not top_text:
        return _text(bottom)
    return f"{top_text} {bottom_text}"


def _is_number(value: Cell) -> bool:
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value).strip().isdigit()
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _note_start(text: str) -> bool:
    return NOTE_START.match(unicodedata.normalize("NFKC", text[:12])) is not None


def _note_text(cells: list[Cell], width: int) -> str | None:
    """The note's text when the row is a note rather than a record, else None."""
    values = [c for c in cells if not _blank(c)]
    distinct = list(dict.fromkeys(values))  # a note merged across the row counts once
    if not distinct or len(distinct) > 2 or not isinstance(distinct[0], str):
        return None
    first = distinct[0].strip()
    if _note_start(first) and (len(distinct) == 1 or len(values) * 2 <= max(width, 2)):
        return first
    return None


def _long_sentence(cells: list[Cell]) -> str | None:
    values = list(dict.fromkeys(c for c in cells if not _blank(c)))
    if len(values) == 1 and isinstance(values[0], str):
        text = values[0].strip()
        if len(text) >= _LONG_NOTE or "。" in text:
            return text
    return None


def build_table(file: str, sheet: str, rows: list[tuple[int, list[Cell]]], merged: Sequence[Merged] = (),
                list_kind: str | None = None) -> Table:
    """The sheet's table.  ``rows`` are (0-based sheet row, cells from column A) for the rows
    that hold anything, in order; ``merged`` the sheet's merged ranges."""
    rows = [(n, cells) for n, cells in rows if not _empty(cells)]
    if not rows:
        raise ExchangeError(EMPTY_SHEET, file=file, sheet=sheet)
    by_number = {n: cells for n, cells in rows}
    try:
        fill_merged(by_number, merged)
    except TooManyMerged as exc:
        raise ExchangeError(DAMAGED, file=file) from exc

    at = find_header(rows, list_kind)
    header_number, header_cells = rows[at]
    first_data = at + 1
    headers_cells: list[Cell] = list(header_cells)
    above = rows[at - 1] if at > 0 else None
    if (above is not None and above[0] == header_number - 1
            and _joins_below(above[0], header_number, merged, above[1], header_cells)):
        at -= 1  # the row found is the lower of a header of two rows
        header_number, header_cells = above
        headers_cells = list(header_cells)
    below = rows[at + 1] if at + 1 < len(rows) else None
    if (below is not None and below[0] == header_number + 1
            and _joins_below(header_number, below[0], merged, header_cells, below[1])):
        width = max(len(header_cells), len(below[1]))
        top = header_cells + [None] * (width - len(header_cells))
        bottom = below[1] + [None] * (width - len(below[1]))
        headers_cells = [_join(t, b) for t, b in zip(top, bottom)]
        first_data = at + 2

    data = rows[first_data:]
    first_col, last_col = _used_columns(headers_cells, data)
    headers = [_text(_at(headers_cells, i)) for i in range(first_col, last_col + 1)]
    width = len(headers)
    # Columns that only number the rows (No., 連番) stay; mapping leaves them out.
    running = {j for j, h in enumerate(headers) if is_running_number(h)}

    table = Table(file=file, sheet=sheet, header_row=header_number + 1, headers=headers, rows=[])
    kept: list[SourceRow] = []
    for n, cells in data:
        row = cells[first_col:last_col + 1]
        if len(row) < width:
            row.extend([None] * (width - len(row)))
        # Most rows are records; the closer looks are for rows with few cells or a note's start.
        first = row[0] if row else None
        if width - row.count(None) <= len(running) + 2 or (type(first) is str and _note_start(first)):
            if all(_blank(c) or (j in running and _is_number(c)) for j, c in enumerate(row)):
                continue  # blank, or only a pre-printed row number
            note = _note_text(row, width)
            if note is not None:
                table.notes.append(_note(n + 1, note))
                continue
        kept.append(SourceRow(number=n + 1, cells=row))
    # Sentences under the data (a single long text in a row of its own) are notes too.
    trailing: list[Problem] = []
    while kept and (text := _long_sentence(kept[-1].cells)) is not None:
        trailing.append(_note(kept.pop().number, text))
    table.rows = kept
    table.notes.extend(reversed(trailing))
    table.notes.sort(key=lambda p: p.row or 0)
    return table


def _empty(cells: list[Cell]) -> bool:
    for value in cells:
        if value is not None and (type(value) is not str or value.strip()):
            return False
    return True


def _used_columns(headers: list[Cell], data: list[tuple[int, list[Cell]]]) -> tuple[int, int]:
    """The first and last column that hold a header or any value (only the empty edges are
    scanned through every row)."""
    width = max([len(headers), *(len(cells) for _, cells in data)])

    def used(i: int) -> bool:
        return not _blank(_at(headers, i)) or any(i < len(c) and not _blank(c[i]) for _, c in data)

    first = next((i for i in range(width) if used(i)), 0)
    last = next((i for i in range(width - 1, first - 1, -1) if used(i)), first)
    return first, last


def _at(cells: Sequence[Cell], i: int) -> Cell:
    return cells[i] if i < len(cells) else None


def _note(number: int, text: str) -> Problem:
    short = text if len(text) <= 60 else text[:59] + "…"
    return Problem(NOTE_SKIPPED, row=number, params={"row": number, "text": short})


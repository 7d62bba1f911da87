"""Lists written as CSV for Excel: UTF-8 with a BOM (what Excel needs to open UTF-8), or
CP932 for older Excel on Japanese Windows.

The rule for CP932: nothing is replaced.  A character it cannot hold (é in
“Université”, 𠮷, an em dash, ¥ as U+00A5) would come back as “?” or another
character, and a re-import of the file would then write that over the record.  So the
export stops before writing anything and names the row, the column and the character,
and says to write CSV (UTF-8) or Excel instead, which keep every character.  (〜 and −
are written as CP932's ～ and －, as Windows does; the importer counts them alike.)

Formula safety: text a spreadsheet would run as a formula (starting with ``= + - @``, a
tab or a carriage return) gets one leading apostrophe, and so does text that starts with
an apostrophe; the reader (``db.exchange.reading``) takes exactly one leading apostrophe
off a CSV text cell, so every text reads back as written.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from db.errors import QT_TRANSLATE_NOOP
from db.exchange.write_book import Destination, ExportError
from db.exchange.write_values import csv_text

NOT_IN_CP932 = QT_TRANSLATE_NOOP(
    "Export", "{file}: CP932 (Shift_JIS) cannot hold the character “{char}” in row {row}, column “{column}” "
              "({count} cells in all). Nothing was written. Export as CSV (UTF-8) or as an Excel workbook "
              "instead: both keep every character.")


def _first_unwritable(text: str, encoding: str) -> str | None:
    try:
        text.encode(encoding)
        return None
    except UnicodeEncodeError as exc:
        return text[exc.start:exc.end]


def write_csv(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *,
              encoding: str = "utf-8-sig") -> int:
    """Write ``headers`` and ``rows`` (cell values as ``write_values`` makes them) to
    ``path``; the number of rows written.  All or nothing: the file appears only when
    every row was written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    problems: list[tuple[int, str, str]] = []  # (row as Excel shows it, header, character)
    count = 0
    with Destination(path) as destination:
        try:
            with open(destination.temp, "wb") as out:
                if encoding == "utf-8-sig":
                    out.write(codecs.BOM_UTF8)
                for number, values in enumerate(_with_header(headers, rows), 1):
                    texts = [csv_text(v) for v in values]
                    writer.writerow(texts)
                    line = buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
                    try:
                        out.write(line.encode("utf-8" if encoding == "utf-8-sig" else encoding))
                    except UnicodeEncodeError:
                        for header, text in zip(headers, texts):
                            char = _first_unwritable(text, encoding)
                            if char is not None:
                                problems.append((number, header, char))
                    count = number - 1
        except OSError as exc:
            raise destination.error(exc) from None
        if problems:
            row, column, char = problems[0]
            raise ExportError(NOT_IN_CP932, file=destination.path.name, char=char, row=row, column=column,
                              count=len(problems))
    return count


def _with_header(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterable[Sequence[Any]]:
    yield list(headers)
    yield from rows

"""Reading CSV files as municipalities save them: UTF-8 (with or without the BOM Excel
writes for "CSV UTF-8"), CP932 (Excel's plain "CSV" on Japanese Windows) or UTF-16 (Excel's
"Unicode text"), separated by commas, tabs or semicolons.

The apostrophe rule, shared with the writer (``db.exchange.write_values.csv_text``): a
CSV has no cell types, so text that Excel would take for a formula is written with one
leading apostrophe.  The writer prefixes ``'`` to text starting with one of ``= + - @``, a tab, a
carriage return or an apostrophe; the reader removes exactly one leading ``'`` when the
character after it is one of those (``CSV_ESCAPED``).  So ``'=1+2`` reads ``=1+2``,
``''90s`` reads ``'90s``, and a ``'90s`` typed by someone else stays ``'90s``.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from db.errors import QT_TRANSLATE_NOOP
from db.exchange.model import ExchangeError
from db.exchange.read_checks import MAX_CELLS, MAX_COLUMNS, MAX_ROWS, TOO_MANY_ROWS, TOO_WIDE, column_letters

# The first characters after an escaping apostrophe (see the module's docstring).
CSV_ESCAPED = ("=", "+", "-", "@", "\t", "\r", "'")
DELIMITERS = (",", "\t", ";")

NOT_TEXT = QT_TRANSLATE_NOOP(
    "Import",
    "“{file}” is not UTF-8 or Shift_JIS (CP932) text. Save it from Excel as “CSV UTF-8” and try again.",
)
BAD_CSV = QT_TRANSLATE_NOOP("Import", "“{file}” is not a readable CSV file (row {row}).")

_SAMPLE = 64 * 1024
_SEP_HINT = re.compile(r"sep=(.)\r?\n")
_CHUNK = 1024 * 1024
csv.field_size_limit(10 * 1024 * 1024)  # a cell of a spreadsheet holds at most 32,767 characters


def escape(text: str) -> str:
    """The text as the writer puts it in a CSV cell (one apostrophe before a risky start)."""
    return "'" + text if text.startswith(CSV_ESCAPED) else text


def unescape(text: str) -> str:
    """The reader's half of the apostrophe rule: one leading ``'`` removed before a risky start."""
    if len(text) > 1 and text[0] == "'" and text[1] in CSV_ESCAPED:
        return text[1:]
    return text


def detect_encoding(path: Path, file_name: str) -> str:
    """The file's encoding: a BOM decides; else UTF-8 when every byte decodes; else CP932."""
    with open(path, "rb") as f:
        head = f.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        f.seek(0)
        if _decodes(f, "utf-8"):
            return "utf-8"
        f.seek(0)
        if _decodes(f, "cp932"):
            return "cp932"
    raise ExchangeError(NOT_TEXT, file=file_name)


def _decodes(f, encoding: str) -> bool:
    # Read in chunks so that a large file is never held whole, only checked.
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        while chunk := f.read(_CHUNK):
            text = decoder.decode(chunk)
            if "\x00" in text:  # binary data that happens to decode
                return False
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def sniff_delimiter(sample: str) -> str:
    """The delimiter that splits the sample's lines most consistently into several cells."""
    lines = sample.splitlines()[:50]
    if len(sample) >= _SAMPLE and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut short
    best, best_score = ",", 0
    for delimiter in DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        score = count if width > 1 else 0
        if score > best_score:  # ties keep the earlier delimiter: comma, tab, semicolon
            best, best_score = delimiter, score
    return best


def read_rows(path: Path, file_name: str, max_rows: int) -> Iterator[tuple[int, list[str | None]]]:
    """Each row as (its number as Excel would show it, its cells); empty cells are None.
    Raises ExchangeError after ``max_rows`` rows, before reading further.  A first line
    ``sep=;`` (Excel's hint) sets the delimiter and, as in Excel, is not a row."""
    encoding = detect_encoding(path, file_name)
    with open(path, encoding=encoding, newline="") as f:
        sample = f.read(_SAMPLE)
        hint = _SEP_HINT.match(sample)
        delimiter = hint.group(1) if hint else sniff_delimiter(sample)
        f.seek(0)
        if hint:
            f.readline()
        reader = csv.reader(f, delimiter=delimiter)
        number = total = widest = 0
        try:
            for cells in reader:
                number += 1
                if number > max_rows:
                    raise ExchangeError(TOO_MANY_ROWS, file=file_name, sheet=path.stem, limit=f"{MAX_ROWS:,}")
                # The same bound as a sheet's: a row of a million separators is no list.
                total, widest = total + len(cells), max(widest, len(cells))
                if widest > MAX_COLUMNS or total > MAX_CELLS:
                    raise ExchangeError(TOO_WIDE, file=file_name, sheet=path.stem, rows=f"{number:,}",
                                        columns=column_letters(widest))
                yield number, [unescape(c) if c else None for c in cells]
        except csv.Error as exc:
            raise ExchangeError(BAD_CSV, file=file_name, row=number + 1) from exc

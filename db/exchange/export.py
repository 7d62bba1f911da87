"""Lists of partners, agreements, contacts and activities written to a styled .xlsx or a
CSV that comes back as updates: the key column first finds every record again.

``export_xlsx``: one sheet with every column of ``db.exchange.columns`` under the
catalogue's headers in Japanese or English (styled, frozen, filtered header; widths;
dates as date cells, yyyy/mm/dd or the Japanese era; drop-down lists for kinds and
yes/no; the key and read-only columns grey, with a note), an instructions sheet, a
hidden sheet of the drop-down lists, and the document's properties.

``export_csv``: the same columns and values as text, UTF-8 with a BOM (Excel opens it
as UTF-8) or CP932 for older Excel on Japanese Windows (``db.exchange.write_csv``).

Never a formula from data: text is always a text cell (see ``db.exchange.write_book``),
and in CSV text starting with ``= + - @``, a tab, a carriage return or an apostrophe
gets one leading apostrophe, which the reader takes off again (``db.exchange.reading``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.exchange import records as found_records
from db.exchange.model import KINDS
from db.exchange.write_book import ChoicesSheet, DataSheet, ExportError, write_workbook
from db.exchange.write_layout import CHOICES, NOT_IN_LIST_TITLE, sheet_columns, sheet_title, tr, write_instructions
from db.exchange.write_values import Names, RowMaker

Progress = Callable[[int, int], None]

UNKNOWN_LIST = QT_TRANSLATE_NOOP(
    "Export", "There is no list “{kind}” to export; choose partners, agreements, contacts or activities.")
UNKNOWN_ENCODING = QT_TRANSLATE_NOOP("Export", "CSV is written in utf-8-sig or cp932, not “{encoding}”.")
ENCODINGS = ("utf-8-sig", "cp932")
PROGRESS_EVERY = 500  # rows between two progress reports


def check_kind(list_kind: str) -> None:
    if list_kind not in KINDS:
        raise ExportError(UNKNOWN_LIST, kind=list_kind)


def _rows(db: Database, list_kind: str, lang: str, ids: list[int] | None) -> tuple[list, RowMaker]:
    check_kind(list_kind)
    items = found_records.records(db, list_kind, ids)
    names = Names()
    if list_kind != "partners":
        names.organisations = found_records.named_by_key(db, "organisation")
    if list_kind in ("agreements", "activities"):
        names.agreements = found_records.named_by_key(db, "agreement")
    if list_kind == "agreements":
        names.titles = found_records.agreement_titles(db, {r.renewed_from_id for r in items if r.renewed_from_id})
    return items, RowMaker(list_kind, lang, names)


def export_xlsx(db: Database, list_kind: str, path: str | Path, *, lang: str = "ja", era: bool = False,
                ids: list[int] | None = None, progress: Progress | None = None) -> int:
    """Write the list (every record not in the trash, or those of ``ids``) to ``path``;
    the number of rows written.  ``progress(done, total)`` is called as rows are written."""
    items, maker = _rows(db, list_kind, lang, ids)
    total = len(items)

    def build(wb) -> None:
        lists = ChoicesSheet(wb, tr(lang, CHOICES))
        sheet = DataSheet(wb, sheet_title(list_kind, lang), sheet_columns(list_kind, lang, era, lists),
                          error_title=tr(lang, NOT_IN_LIST_TITLE))
        for n, record in enumerate(items, 1):
            sheet.append(maker.row(record), maker.styles(record, era))
            if progress is not None and (n % PROGRESS_EVERY == 0 or n == total):
                progress(n, total)
        sheet.finish()
        write_instructions(wb, list_kind, lang, count=total)
        lists.write()

    write_workbook(path, sheet_title(list_kind, lang), build, lang=lang)
    return total


def export_csv(db: Database, list_kind: str, path: str | Path, *, lang: str = "ja", encoding: str = "utf-8-sig",
               ids: list[int] | None = None, progress: Progress | None = None) -> int:
    """Write the list to a CSV file in ``encoding`` (``utf-8-sig`` or ``cp932``); the
    number of rows written.  Text CP932 cannot hold raises ExportError naming the row and
    column, and nothing is written (see ``db.exchange.write_csv``)."""
    from db.exchange.write_csv import write_csv

    if encoding not in ENCODINGS:
        raise ExportError(UNKNOWN_ENCODING, encoding=encoding)
    items, maker = _rows(db, list_kind, lang, ids)
    headers = [c.label(lang) for c in maker.columns]
    total = len(items)

    def rows():
        for n, record in enumerate(items, 1):
            yield maker.row(record)
            if progress is not None and (n % PROGRESS_EVERY == 0 or n == total):
                progress(n, total)

    write_csv(path, headers, rows(), encoding=encoding)
    return total

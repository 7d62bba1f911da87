"""Blank templates: one per list, for a municipality to fill in and send back.

The same sheet an export writes, without rows, without the key and without the
read-only columns (a new row has none of them): the catalogue's headers in Japanese or
English, the drop-down lists for kinds and yes/no, date and text formats on the empty
cells, a frozen header with its filter, and the instructions.
"""

from __future__ import annotations

from pathlib import Path

from db.exchange.export import check_kind
from db.exchange.write_book import ChoicesSheet, DataSheet, write_workbook
from db.exchange.write_layout import (
    CHOICES,
    NOT_IN_LIST_TITLE,
    TEMPLATE_TITLE,
    sheet_columns,
    sheet_title,
    tr,
    write_instructions,
)


def write_template(list_kind: str, path: str | Path, *, lang: str = "ja", era: bool = False) -> None:
    """Write a blank template of the list to ``path`` (.xlsx)."""
    check_kind(list_kind)
    title = sheet_title(list_kind, lang)

    def build(wb) -> None:
        lists = ChoicesSheet(wb, tr(lang, CHOICES))
        sheet = DataSheet(wb, title, sheet_columns(list_kind, lang, era, lists, template=True),
                          error_title=tr(lang, NOT_IN_LIST_TITLE))
        sheet.finish()
        write_instructions(wb, list_kind, lang, count=None)
        lists.write()

    write_workbook(path, tr(lang, TEMPLATE_TITLE, list=title), build, lang=lang)

"""What an exported list or a blank template looks like: its sheets' names, its columns
(headers from the catalogue, widths, styles, notes, drop-down lists) and the
instructions sheet, in Japanese or English.

Messages are English source text of context ``Export``.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from openpyxl import Workbook

from db import catalogue
from db.errors import QT_TRANSLATE_NOOP
from db.exchange import columns as cols
from db.exchange.columns import Column
from db.exchange.write_book import ChoicesSheet, SheetColumn, text_cell
from db.i18n import fill

CONTEXT = "Export"

SHEET_TITLES = {
    "partners": QT_TRANSLATE_NOOP("Export", "Partners"),
    "agreements": QT_TRANSLATE_NOOP("Export", "Agreements"),
    "contacts": QT_TRANSLATE_NOOP("Export", "Contacts"),
    "activities": QT_TRANSLATE_NOOP("Export", "Activities"),
}
INSTRUCTIONS = QT_TRANSLATE_NOOP("Export", "Instructions")
CHOICES = QT_TRANSLATE_NOOP("Export", "Choices")
TEMPLATE_TITLE = QT_TRANSLATE_NOOP("Export", "{list}: blank template")

KEY_NOTE = QT_TRANSLATE_NOOP(
    "Export", "Kakehashi's key of the record. Leave it as it is: importing this file again then updates the "
              "record instead of adding another. Leave it empty in new rows.")
INFO_NOTE = QT_TRANSLATE_NOOP("Export", "For reading only: what you change in this column is not imported.")
NOT_IN_LIST = QT_TRANSLATE_NOOP("Export", "Choose a value from the list.")
NOT_IN_LIST_TITLE = QT_TRANSLATE_NOOP("Export", "Not in the list")

HEADING = QT_TRANSLATE_NOOP("Export", "How to use this file")
INTRO_EXPORT = QT_TRANSLATE_NOOP("Export", "{list} exported from Kakehashi on {date}: {count} rows.")
INTRO_TEMPLATE = QT_TRANSLATE_NOOP(
    "Export", "A blank template of Kakehashi for {list}. Fill in one row per record on the sheet “{sheet}”.")
EXPORT_STEPS = (
    QT_TRANSLATE_NOOP("Export", "Change or add rows on the sheet “{sheet}”, save the file, and import it into "
                                "Kakehashi. Before anything is written, Kakehashi shows every row as new, "
                                "changed, unchanged or wrong."),
    QT_TRANSLATE_NOOP("Export", "The first column, “{key}”, finds the record again: leave it as it is, and "
                                "leave it empty in new rows. Rows deleted from the file are not deleted in Kakehashi."),
    QT_TRANSLATE_NOOP("Export", "Grey columns are for reading only; what you change in them is not imported."),
)
TEMPLATE_STEPS = (
    QT_TRANSLATE_NOOP("Export", "Fill in one row per record on the sheet “{sheet}” under its header, leave the "
                                "header as it is, and save the file. Kakehashi imports it and shows every row "
                                "before anything is written."),
)
STEPS = (
    QT_TRANSLATE_NOOP("Export", "Dates are date cells: type them as 2025/4/1 or 令和7年4月1日."),
    QT_TRANSLATE_NOOP("Export", "Kinds, statuses and yes/no are chosen from the drop-down list of their cells."),
    QT_TRANSLATE_NOOP("Export", "Several items in one cell (tags, partners, scope): one per line (Alt+Enter "
                                "starts a new line in a cell)."),
    QT_TRANSLATE_NOOP("Export", "Other records are named as Kakehashi shows them: an organisation by its "
                                "Japanese name (else its English name), an agreement by its title. Where "
                                "several share a name, the cell holds the key of the one meant instead."),
)
COLUMNS_HEADING = QT_TRANSLATE_NOOP("Export", "Column")
WHAT_HEADING = QT_TRANSLATE_NOOP("Export", "What to write")
WHAT = {
    "key": QT_TRANSLATE_NOOP("Export", "Kakehashi's key; leave it as it is, empty in new rows"),
    "text": QT_TRANSLATE_NOOP("Export", "Text"),
    "date": QT_TRANSLATE_NOOP("Export", "A date"),
    "int": QT_TRANSLATE_NOOP("Export", "A whole number"),
    "bool": QT_TRANSLATE_NOOP("Export", "Yes or no, from the list"),
    "enum": QT_TRANSLATE_NOOP("Export", "One of: {values}"),
    "tags": QT_TRANSLATE_NOOP("Export", "Tags, one per line"),
    "ref": QT_TRANSLATE_NOOP("Export", "The name of one {record}"),
    "refs": QT_TRANSLATE_NOOP("Export", "Names of organisations, one per line"),
    "lines": QT_TRANSLATE_NOOP("Export", "One item per line"),
    "info": QT_TRANSLATE_NOOP("Export", "For reading only; not imported"),
}
COUNTRY = QT_TRANSLATE_NOOP("Export", "A two-letter country code: JP, US, GB…")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Export", ", ")


def display_width(text: str) -> int:
    """Characters as Excel counts a column's width: Japanese ones take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def tr(lang: str, source: str, **params: object) -> str:
    return fill(CONTEXT, source, params, lang)


def sheet_title(list_kind: str, lang: str) -> str:
    return tr(lang, SHEET_TITLES[list_kind])


def _style(column: Column, era: bool) -> str:
    kind = column.type
    if kind == "info":
        return {"date": "info_era" if era else "info_date", "datetime": "info_datetime",
                "lines": "info_wrap"}.get(column.info_type or "", "info")
    if kind == "date":
        return "era" if era else "date"
    return {"key": "key", "int": "number", "tags": "wrap", "refs": "wrap", "lines": "wrap"}.get(kind, "text")


def choices(column: Column, lang: str) -> list[str] | None:
    """The labels of a drop-down list, or None for a column without one."""
    if column.type == "bool":
        return [catalogue.value_label("bool", v, lang) for v in ("true", "false")]
    if column.type == "enum":
        return [catalogue.value_label(column.enum, v, lang) for v in catalogue.values(column.enum)]
    return None


def template_columns(list_kind: str) -> list[Column]:
    """The columns of a blank template: those a person fills in (no key, nothing read-only)."""
    return [c for c in cols.columns(list_kind) if c.importable and c.type != "key"]


def sheet_columns(list_kind: str, lang: str, era: bool, lists: ChoicesSheet, *,
                  template: bool = False) -> list[SheetColumn]:
    """The data sheet's columns: the catalogue's headers, wide enough for them."""
    out = []
    for column in template_columns(list_kind) if template else cols.columns(list_kind):
        header = column.label(lang)
        labels = choices(column, lang)
        out.append(SheetColumn(
            header=header,
            # Wide enough for the header and its filter button; Japanese characters count twice.
            width=max(column.width, display_width(header) + 4, max((display_width(x) + 3 for x in labels or ()),
                                                                    default=0)),
            style=_style(column, era),
            note=tr(lang, KEY_NOTE) if column.type == "key" else tr(lang, INFO_NOTE) if column.type == "info" else None,
            list_range=lists.add(header, labels) if labels else None,
            strict=column.type == "bool",
            message=tr(lang, NOT_IN_LIST) if labels else None,
        ))
    return out


def _what(column: Column, lang: str) -> str:
    if column.field == "country":
        return tr(lang, COUNTRY)
    if column.type == "enum":
        return tr(lang, WHAT["enum"], values=tr(lang, LIST_SEPARATOR).join(choices(column, lang) or ()))
    if column.type == "ref":
        return tr(lang, WHAT["ref"], record=catalogue.record_name(column.refers_to or "", lang))
    return tr(lang, WHAT[column.type])


def write_instructions(wb: Workbook, list_kind: str, lang: str, *, count: int | None) -> None:
    """The instructions sheet: what the file is, how to change it and bring it back, and
    what each column holds.  ``count`` None: a blank template."""
    ws = wb.create_sheet(tr(lang, INSTRUCTIONS))
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 90
    sheet = sheet_title(list_kind, lang)

    def styled(value: str, style: str | None = None):
        return text_cell(ws, value, style)

    title = tr(lang, TEMPLATE_TITLE, list=sheet) if count is None else sheet
    ws.append([styled(title, "title")])
    if count is None:
        ws.append([styled(tr(lang, INTRO_TEMPLATE, list=sheet, sheet=sheet))])
    else:
        ws.append([styled(tr(lang, INTRO_EXPORT, list=sheet, date=date.today().strftime("%Y/%m/%d"),
                             count=f"{count:,}"))])
    ws.append([])
    ws.append([styled(tr(lang, HEADING), "heading"), styled("", "heading")])
    key = cols.columns(list_kind)[0].label(lang)
    for n, step in enumerate((*(TEMPLATE_STEPS if count is None else EXPORT_STEPS), *STEPS), 1):
        ws.append([f"{n}.", styled(tr(lang, step, sheet=sheet, key=key), "wrap")])
    ws.append([])
    ws.append([styled(tr(lang, COLUMNS_HEADING), "heading"), styled(tr(lang, WHAT_HEADING), "heading")])
    for column in template_columns(list_kind) if count is None else cols.columns(list_kind):
        ws.append([styled(column.label(lang)), styled(_what(column, lang), "wrap")])


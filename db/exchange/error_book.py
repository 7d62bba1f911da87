"""The error workbook: the rows of an import that have errors, as they were in the file,
under the file's own header, with what is wrong beside each row.

A person corrects the cells marked in red and imports this workbook again: the sheet
keeps the name and header of the original, so the same mapping applies (remembered for
that header), and the two columns added on the right are not imported.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path

from db.errors import QT_TRANSLATE_NOOP
from db.exchange.model import Preview, Problem, RowPlan
from db.exchange.write_book import DataSheet, SheetColumn, text_cell, write_workbook
from db.exchange.write_layout import INSTRUCTIONS, tr
from db.i18n import fill

ROW_HEADER = QT_TRANSLATE_NOOP("Export", "Row in the original file")
REASON_HEADER = QT_TRANSLATE_NOOP("Export", "What is wrong")
PROBLEM_LINE = QT_TRANSLATE_NOOP("Export", "{column}: {message}")
TITLE = QT_TRANSLATE_NOOP("Export", "Rows of {file} that were not imported")
EXPLAINED = QT_TRANSLATE_NOOP(
    "Export", "These {count} rows of “{file}” (sheet “{sheet}”) were not imported. Correct the cells marked in "
              "red as the column “{reason}” says, save this file and import it again. The columns “{row}” and "
              "“{reason}” are not imported.")
MAX_WIDTH = 50


def _width(text: str) -> int:
    first = text.split("\n", 1)[0]
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in first)


def sheet_name(name: str | None, fallback: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = "".join(c for c in (name or "") if c not in "[]:*?/\\").strip("'")[:31]
    return cleaned or fallback


def _column_of(problem: Problem, preview: Preview) -> int | None:
    """The index of the column a problem is about, by its header, else by its field."""
    if problem.column is not None and problem.column in preview.headers:
        return preview.headers.index(problem.column)
    if problem.field is not None:
        for index, field in preview.mapping.items():
            if field == problem.field:
                return index
    return None


def reason(problems: list[Problem], lang: str) -> str:
    """One line per problem, in ``lang``: ``締結日: 日付ではありません…``."""
    lines = []
    for p in problems:
        message = fill(p.context, p.message, p.params, lang)
        lines.append(message if p.column is None else fill("Export", PROBLEM_LINE,
                                                           {"column": p.column, "message": message}, lang))
    return "\n".join(lines)


def write_errors(preview: Preview, path: str | Path, *, lang: str = "ja") -> int:
    """Write the rows of ``preview`` that have errors to ``path`` (.xlsx); the number of rows."""
    bad_rows: list[RowPlan] = [r for r in preview.rows if r.errors]
    width = len(preview.headers)
    file_name = Path(preview.path).name
    row_header, reason_header = tr(lang, ROW_HEADER), tr(lang, REASON_HEADER)
    widths = [max(8, _width(h) + 4) for h in preview.headers]
    for plan in bad_rows:
        for i, cell in enumerate(plan.cells[:width]):
            if isinstance(cell, str):
                widths[i] = min(MAX_WIDTH, max(widths[i], _width(cell) + 2))
            elif isinstance(cell, (date, datetime)):
                widths[i] = max(widths[i], 12)
    columns = [SheetColumn(h, w, "text") for h, w in zip(preview.headers, widths)]
    columns.append(SheetColumn(row_header, max(10, _width(row_header) + 4), "info"))
    columns.append(SheetColumn(reason_header, 60, "info_wrap"))

    def build(wb) -> None:
        sheet = DataSheet(wb, sheet_name(preview.sheet, sheet_name(Path(file_name).stem, "Sheet1")), columns)
        for plan in bad_rows:
            cells = list(plan.cells[:width]) + [None] * (width - len(plan.cells))
            marked = {i for i in (_column_of(p, preview) for p in plan.errors) if i is not None}
            styles = {}
            for i, cell in enumerate(cells):
                dated = isinstance(cell, (date, datetime))
                if i in marked:
                    styles[i] = "bad_date" if dated else "bad"
                elif dated:
                    styles[i] = "date"
            sheet.append([*cells, plan.number, reason(plan.errors, lang)], styles)
        sheet.finish()
        notes = wb.create_sheet(tr(lang, INSTRUCTIONS))
        notes.column_dimensions["A"].width = 100
        notes.append([text_cell(notes, tr(lang, TITLE, file=file_name), "title")])
        notes.append([text_cell(notes, tr(lang, EXPLAINED, count=len(bad_rows), file=file_name, sheet=preview.sheet,
                                          reason=reason_header, row=row_header), "wrap")])

    write_workbook(path, tr(lang, TITLE, file=file_name), build, lang=lang)
    return len(bad_rows)

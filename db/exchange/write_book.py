"""A styled workbook written in openpyxl's write-only mode: the pieces export, templates
and the error workbook share.

Speed comes from writing rows as they come (nothing is kept in memory) and from styling
with a few named styles: each styled column has one cell that is filled again for every
row, so a row costs little more than a plain ``append`` of its values.  Plain text in a
text column is appended as it is; only text a spreadsheet would turn into something
else gets the text style (``write_values.special_text``).

Never a formula: every text value is written as a text cell, whatever it starts with.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from db.exchange.model import ExchangeError
from db.exchange.write_values import excel_text, special_text
from db.errors import QT_TRANSLATE_NOOP

CREATOR = "Kakehashi"
DATE_FORMAT = "yyyy/mm/dd"
# Japanese era dates: 令和元年5月1日 where Excel knows the first year's name (ja-JP-x-gannen).
ERA_FORMAT = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日"'
DATETIME_FORMAT = "yyyy/mm/dd hh:mm"
MONTH_FORMATS = {False: "yyyy/mm", True: '[$-ja-JP-x-gannen]ggge"年"m"月"'}  # by era
YEAR_FORMATS = {False: "yyyy", True: '[$-ja-JP-x-gannen]ggge"年"'}
LAST_ROW = 1_048_576  # Excel's last row: validations and column styles reach the end of the sheet

GREY = "EDEDED"
HEADER = "DDEBF7"
BAD = "FCE4D6"

T = TypeVar("T")

CANNOT_WRITE = QT_TRANSLATE_NOOP("Export", "Cannot write {file}: {reason}")
IN_USE = QT_TRANSLATE_NOOP(
    "Export", "Cannot write {file}: it may be open in Excel or another program, or the folder may not be "
              "written to. Close the file and try again.")


class ExportError(ExchangeError):
    """What was asked cannot be written; nothing was written in its place."""

    context = "Export"


class CannotWrite(ExportError):
    """The file or its folder cannot be written (missing, protected, open elsewhere)."""


# How the values of a column look: a named style each, shared by every cell.
#   text   plain text (typed text stays text: number format @)
#   wrap   text of several lines (lists)
#   number a whole number
#   date   a date (yyyy/mm/dd, or the era with ``era``; month, year: known only to them)
#   key    the record's key: grey, text
#   info   read-only values: grey (info_date, info_datetime, info_wrap for their kinds)
#   bad    a cell the error workbook points at (bad_date: one holding a date)
STYLES = ("text", "wrap", "number", "date", "era", "month", "month_era", "year", "year_era", "datetime", "key",
          "info", "info_date", "info_era", "info_datetime", "info_wrap", "bad", "bad_date", "header", "title",
          "heading")


def _named_styles() -> list[NamedStyle]:
    thin = Side(style="thin", color="A6A6A6")
    top = Alignment(vertical="top")
    wrapped = Alignment(vertical="top", wrap_text=True)
    grey = PatternFill("solid", fgColor=GREY)

    def style(name: str, *, number_format: str = "General", fill: PatternFill | None = None,
              alignment: Alignment = top, font: Font | None = None, border: Border | None = None) -> NamedStyle:
        s = NamedStyle(name=f"Kakehashi {name}", number_format=number_format, alignment=alignment)
        if fill is not None:
            s.fill = fill
        if font is not None:
            s.font = font
        if border is not None:
            s.border = border
        return s

    return [
        style("text", number_format="@"),
        style("wrap", number_format="@", alignment=wrapped),
        style("number", number_format="0"),
        style("date", number_format=DATE_FORMAT),
        style("era", number_format=ERA_FORMAT),
        # A date known only to its month or year (an agreement's signing date) shows no more.
        style("month", number_format=MONTH_FORMATS[False]),
        style("month_era", number_format=MONTH_FORMATS[True]),
        style("year", number_format=YEAR_FORMATS[False]),
        style("year_era", number_format=YEAR_FORMATS[True]),
        style("datetime", number_format=DATETIME_FORMAT),
        style("key", number_format="@", fill=grey, font=Font(color="595959")),
        style("info", fill=grey),
        style("info_date", number_format=DATE_FORMAT, fill=grey),
        style("info_era", number_format=ERA_FORMAT, fill=grey),
        style("info_datetime", number_format=DATETIME_FORMAT, fill=grey),
        style("info_wrap", fill=grey, alignment=wrapped),
        style("bad", number_format="@", fill=PatternFill("solid", fgColor=BAD), alignment=wrapped),
        style("bad_date", number_format=DATE_FORMAT, fill=PatternFill("solid", fgColor=BAD)),
        style("header", fill=PatternFill("solid", fgColor=HEADER), font=Font(bold=True),
              alignment=Alignment(vertical="center", wrap_text=True), border=Border(bottom=thin)),
        style("title", font=Font(bold=True, size=14)),
        style("heading", font=Font(bold=True), fill=PatternFill("solid", fgColor=HEADER)),
    ]


def new_workbook(title: str, *, lang: str) -> Workbook:
    """An empty write-only workbook with the shared styles and its document properties."""
    wb = Workbook(write_only=True)
    for s in _named_styles():
        wb.add_named_style(s)
    props = wb.properties
    props.title = title
    props.creator = props.lastModifiedBy = CREATOR
    props.created = props.modified = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    props.language = "ja-JP" if lang == "ja" else "en"
    return wb


class Destination:
    """The file being written, through a file beside it: the target appears only when
    the whole file was written, and a failure never spoils a file it was to replace.
    Made before the first row is written, so a folder that cannot be written to is
    known at once."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            fd, temp = tempfile.mkstemp(prefix=".kakehashi-", suffix=self.path.suffix, dir=self.path.parent)
            os.close(fd)
        except OSError as exc:
            raise self.error(exc) from None
        self.temp = Path(temp)

    def error(self, exc: OSError) -> CannotWrite:
        if isinstance(exc, PermissionError):  # on Windows, mostly a file open in Excel
            return CannotWrite(IN_USE, file=self.path.name)
        return CannotWrite(CANNOT_WRITE, file=self.path.name, reason=exc.strerror or str(exc))

    def __enter__(self) -> Destination:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        try:
            if kind is None:
                os.chmod(self.temp, _mode_for(self.path))
                os.replace(self.temp, self.path)
        except OSError as failure:
            raise self.error(failure) from None
        finally:
            if self.temp.exists():
                self.temp.unlink()


def _mode_for(path: Path) -> int:
    """The permissions the file would have had if written in place: those of the file it
    replaces, else what the user's umask gives a new file (a temporary file is private)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def save(wb: Workbook, destination: Destination) -> None:
    try:
        wb.save(destination.temp)
    except OSError as exc:
        raise destination.error(exc) from None


def discard(wb: Workbook, destination: Destination) -> None:
    """Finish a workbook that will not be kept: its sheets' rows are streamed to files of
    their own, which must be closed in order."""
    try:
        wb.save(destination.temp)
    except Exception:  # noqa: BLE001 - already failing; the first error is the one told
        pass


def write_workbook(path: str | Path, title: str, build: Callable[[Workbook], T], *, lang: str) -> T:
    """A new workbook filled by ``build(workbook)`` and saved to ``path`` whole, or not at all."""
    with Destination(path) as destination:
        wb = new_workbook(title, lang=lang)
        try:
            result = build(wb)
        except BaseException:
            discard(wb, destination)
            raise
        save(wb, destination)
    return result


class _RowCell(Cell):
    """A styled cell filled again for every row.  openpyxl's ``append`` first tries a
    value as a cell's value and, when that fails, takes it as a cell; the failure's
    message quotes the cell, and a short quote keeps a styled row nearly as cheap as a
    plain one."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<row cell>"


@dataclass
class SheetColumn:
    """One column of a data sheet."""

    header: str
    width: float
    style: str  # one of STYLES, for the column's values
    note: str | None = None  # a comment on the header cell
    list_range: str | None = None  # the cells of its drop-down list ("'選択肢'!$A$2:$A$7")
    strict: bool = False  # refuse values not in the list (else warn and let them be)
    message: str | None = None  # what the drop-down says of a value not in it


def style_name(style: str) -> str:
    return f"Kakehashi {style}"


def text_cell(ws: Any, text: str, style: str | None = None) -> WriteOnlyCell:
    """A cell of text written as text whatever it starts with (a file named "=x.xlsx"),
    for the sheets beside the data."""
    cell = WriteOnlyCell(ws)
    if style is not None:
        cell.style = style_name(style)
    cell.value = excel_text(text)
    cell.data_type = "s"
    return cell


class DataSheet:
    """A sheet of rows under one styled, frozen, filtered header."""

    def __init__(self, wb: Workbook, title: str, columns: Sequence[SheetColumn], *, error_title: str = "") -> None:
        self.ws = ws = wb.create_sheet(title)
        self.columns = list(columns)
        self.rows = 0
        ws.freeze_panes = "A2"
        # Printed on A4 landscape, as wide as one page, the header on every page.
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        for i, column in enumerate(self.columns, 1):
            letter = get_column_letter(i)
            dim = ws.column_dimensions[letter]
            dim.width = column.width
            # Rows typed under the data take the column's format (text stays text, dates are dates).
            proto = WriteOnlyCell(ws)
            proto.style = style_name(column.style)
            dim._style = proto._style  # openpyxl keeps a dimension's style like a cell's
            if column.list_range:
                dv = DataValidation(type="list", formula1=column.list_range, allow_blank=True,
                                    errorStyle="stop" if column.strict else "warning",
                                    showErrorMessage=True, error=column.message, errorTitle=error_title or None)
                dv.add(f"{letter}2:{letter}{LAST_ROW}")
                ws.data_validations.append(dv)
        # One cell per styled column, filled again for every row (see the module's docstring).
        # Text columns take plain text as it is and a cell of their own for text that needs
        # the text style; every other column is styled in every row.
        self._plan = [(c.style == "text", self._styled(c.style), self._styled("text")) for c in self.columns]
        self._header()

    def _styled(self, style: str) -> Cell:
        cell = _RowCell(self.ws, row=1, column=1)
        cell.style = style_name(style)
        return cell

    def _header(self) -> None:
        cells = []
        for column in self.columns:
            cell = self._styled("header")
            cell.value = excel_text(column.header)
            cell.data_type = "s"
            if column.note:
                cell.comment = Comment(column.note, CREATOR, width=320, height=120)
            cells.append(cell)
        self.ws.append(cells)

    def append(self, values: Sequence[Any], styles: dict[int, str] | None = None) -> None:
        """One row of plain values (str, int, float, date, datetime, None), one per column;
        ``styles`` gives some columns (by index) another style for this row."""
        if len(values) > len(self._plan):
            self._spare(len(values) - 1)
        row: list[Any] = []
        add = row.append
        for value, (text_column, cell, text_cell) in zip(values, self._plan):
            if value is None:
                add(None)
                continue
            if text_column:
                if value.__class__ is not str or not special_text(value):
                    add(value)  # plain text: appended as it is, the cheapest way
                    continue
                cell = text_cell
            if value.__class__ is str:
                cell.value = excel_text(value)
                cell.data_type = "s"  # never a formula or an error code, whatever it starts with
            else:
                cell.value = value
            add(cell)
        for i, style in (styles or {}).items():
            if i < len(values):
                row[i] = self._restyled(values[i], style)
        self.ws.append(row)
        self.rows += 1

    def _restyled(self, value: Any, style: str) -> WriteOnlyCell:
        """A cell of its own for a value shown otherwise than its column."""
        cell = WriteOnlyCell(self.ws)
        if isinstance(value, str):
            cell.value = excel_text(value)
            cell.data_type = "s"
        else:
            cell.value = value
        # After the value: openpyxl gives a date a format of its own unless it recognises
        # the cell's as a date's, which it does not for an era year.
        cell.style = style_name(style)
        return cell

    def _spare(self, i: int) -> tuple[bool, WriteOnlyCell, WriteOnlyCell]:
        """A column past the headers (a row longer than its header, in the error workbook)."""
        while len(self._plan) <= i:
            self._plan.append((True, self._styled("text"), self._styled("text")))
        return self._plan[i]

    def finish(self) -> None:
        """The auto-filter over the header and the rows written."""
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"


class ChoicesSheet:
    """A hidden sheet holding the drop-down lists, one per column: literal lists in a
    validation are limited to 255 characters and break on commas in labels."""

    def __init__(self, wb: Workbook, title: str) -> None:
        self.title = title
        self.lists: list[tuple[str, list[str]]] = []
        self._wb = wb

    def add(self, header: str, labels: list[str]) -> str:
        """The range of the list's cells, for a validation; the same list is kept once."""
        for n, (_, kept) in enumerate(self.lists, 1):
            if kept == labels:
                return self._range(n, len(labels))
        self.lists.append((header, labels))
        return self._range(len(self.lists), len(labels))

    def _range(self, n: int, count: int) -> str:
        letter = get_column_letter(n)
        quoted = self.title.replace("'", "''")
        return f"'{quoted}'!${letter}$2:${letter}${count + 1}"

    def write(self) -> None:
        if not self.lists:
            return
        ws = self._wb.create_sheet(self.title)
        ws.sheet_state = "hidden"
        depth = max(len(labels) for _, labels in self.lists)
        ws.append([excel_text(h) for h, _ in self.lists])
        for r in range(depth):
            ws.append([excel_text(labels[r]) if r < len(labels) else None for _, labels in self.lists])

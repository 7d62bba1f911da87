"""Reading the spreadsheets people send: .xlsx, .xlsm, .xls, .ods (python-calamine) and
.csv (``db.exchange.read_csv``), each turned into ``model.Table`` by ``db.exchange.table``.

    with open_workbook(path) as book:
        table = book.table(list_kind="partners")

Every file is checked before a parser sees it (``db.exchange.read_checks``): what it
really is (by its first bytes, not its name), password protection, zip bombs, XML
declarations, and sheets too large to read.  Anything wrong is an ``ExchangeError``
naming the file; a reader never shows a traceback for bad input.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import python_calamine

from db.errors import QT_TRANSLATE_NOOP
from db.exchange import read_checks, read_csv
from db.exchange.model import Cell, ExchangeError, Table
from db.exchange.read_checks import MAX_ROWS, TITLE_ROWS
from db.exchange.table import HEAD_ROWS, build_table, clean_row, field_headers, header_score

UNKNOWN_SHEET = QT_TRANSLATE_NOOP("Import", "“{file}” has no sheet named “{sheet}”. Its sheets: {sheets}.")
NO_SHEETS = QT_TRANSLATE_NOOP("Import", "“{file}” has no sheet with data.")

__all__ = ["MAX_ROWS", "Workbook", "open_workbook"]


def open_workbook(path: str | Path) -> Workbook:
    """The file, checked and opened; raises ExchangeError when it cannot be read."""
    return Workbook(Path(path))


class Workbook:
    """One opened file.  ``sheet_names`` lists its sheets (a CSV has one, named after
    the file); ``table()`` reads one of them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file_name = path.name
        self.sha256 = _sha256(path, self.file_name)
        self.format = read_checks.check_file(path, self.file_name)
        self._book: python_calamine.CalamineWorkbook | None = None
        self._package = read_checks.Package()
        self._hidden: set[str] = set()
        self._loaded: dict[str, python_calamine.CalamineSheet] = {}
        if self.format == "csv":
            self.sheet_names = [path.stem]
            return
        if self.format in ("xlsx", "ods"):
            self._package = read_checks.check_package(path, self.file_name, self.format)
        if self.format == "xls":
            self._package.extents = read_checks.xls_extents(path, self.file_name)
        if self.format in ("ods", "xls"):  # calamine reads every sheet of these as it opens the file
            for sheet, extent in self._package.extents.items():
                read_checks.check_extent(extent, self.file_name, sheet)
        with _calamine_errors(self.file_name):
            self._book = python_calamine.CalamineWorkbook.from_path(str(path))
            try:
                metadata = self._book.sheets_metadata
            except BaseException:
                self.close()
                raise
        # Chart and macro sheets hold no rows; hidden sheets are read by name but never chosen.
        sheets = [m for m in metadata if m.typ == python_calamine.SheetTypeEnum.WorkSheet]
        self.sheet_names = [m.name for m in sheets]
        self._hidden = {m.name for m in sheets if m.visible != python_calamine.SheetVisibleEnum.Visible}
        try:
            if not self.sheet_names:
                raise ExchangeError(NO_SHEETS, file=self.file_name)
            for part, extent in self._package.extents.items():
                if part not in self.sheet_names:  # a worksheet the workbook did not name: checked now
                    read_checks.check_extent(extent, self.file_name, part)
        except ExchangeError:
            self.close()
            raise

    # ------------------------------------------------------------------ reading

    def table(self, sheet: str | None = None, list_kind: str | None = None) -> Table:
        """The table on ``sheet``; with None, the sheet that looks most like the list."""
        if sheet is None:
            sheet = self._likeliest_sheet(list_kind)
        elif sheet not in self.sheet_names:
            raise ExchangeError(UNKNOWN_SHEET, file=self.file_name, sheet=sheet,
                                sheets=", ".join(f"“{s}”" for s in self.sheet_names))
        rows, merged = self._rows(sheet)
        table = build_table(self.file_name, sheet, rows, merged, list_kind)
        if len(table.rows) > MAX_ROWS:  # the sheet's size allowed for title rows that were data
            raise ExchangeError(read_checks.TOO_MANY_ROWS, file=self.file_name, sheet=sheet, limit=f"{MAX_ROWS:,}")
        return table

    def _likeliest_sheet(self, list_kind: str | None) -> str:
        if len(self.sheet_names) == 1:
            return self.sheet_names[0]
        best, best_score = None, -1
        for name in [s for s in self.sheet_names if s not in self._hidden] or self.sheet_names:
            rows = self._head(name)
            if not rows:
                continue
            if list_kind is None:
                self._loaded = {name: self._loaded[name]} if name in self._loaded else {}
                return name  # the first sheet that holds anything
            known = field_headers(list_kind)
            score = max(header_score(cells, known) for cells in rows)
            if score > best_score:
                best, best_score = name, score
        if best is None:
            raise ExchangeError(NO_SHEETS, file=self.file_name)
        # The chosen sheet stays loaded for table(); the others are let go.
        self._loaded = {best: self._loaded[best]} if best in self._loaded else {}
        return best

    def _head(self, sheet: str) -> list[list[Cell]]:
        """The first rows of a sheet that hold anything, for choosing between sheets."""
        found = []
        for _, cells in self._rows(sheet, limit=HEAD_ROWS * 2)[0]:
            if any(c is not None for c in cells):
                found.append(cells)
                if len(found) >= HEAD_ROWS:
                    break
        return found

    def _rows(self, sheet: str, limit: int | None = None) -> tuple[list[tuple[int, list[Cell]]], list]:
        """(0-based row, cells from column A) for each row, and the merged ranges."""
        if self.format == "csv":
            rows = []
            for number, cells in read_csv.read_rows(self.path, self.file_name, MAX_ROWS + TITLE_ROWS):
                rows.append((number - 1, cells))
                if limit is not None and len(rows) >= limit:
                    break
            return rows, []
        read_checks.check_extent(self._package.extents.get(sheet), self.file_name, sheet)
        with _calamine_errors(self.file_name):
            # A sheet loaded to choose between sheets is kept for reading it whole (loading
            # is most of the time a large sheet takes); reading it whole lets it go.
            data = self._loaded.get(sheet) if limit is not None else self._loaded.pop(sheet, None)
            if data is None:
                data = self._book.get_sheet_by_name(sheet)
                if limit is not None:
                    self._loaded[sheet] = data
            start, end = data.start, data.end
            merged = data.merged_cell_ranges or self._package.merged.get(sheet, [])
            if start is None or end is None:
                return [], merged
            # What the package check could not see (.xls, .xlsb) is refused here, before the
            # grid becomes Python objects, which take far more memory than calamine's own.
            read_checks.check_extent(read_checks.Extent(end[0] + 1, end[1] + 1, 0), self.file_name, sheet)
            rows = []
            # Without skip_empty_area, row and column numbers count from A1.
            nrows = None if limit is None else start[0] + limit
            for number, values in enumerate(data.to_python(skip_empty_area=False, nrows=nrows)):
                if number >= start[0]:
                    rows.append((number, clean_row(values)))
            return rows, merged

    # ------------------------------------------------------------------ closing

    def close(self) -> None:
        self._loaded = {}
        if self._book is not None:
            try:
                self._book.close()
            except python_calamine.CalamineError:
                pass  # already closed
            self._book = None

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Workbook({self.file_name!r}, sheets={self.sheet_names!r})"


@contextmanager
def _calamine_errors(file_name: str) -> Iterator[None]:
    """python-calamine's errors as ExchangeError.  A panic inside its Rust code reaches
    Python as pyo3's PanicException, which is not an Exception: caught by its name."""
    try:
        yield
    except python_calamine.PasswordError as exc:
        raise ExchangeError(read_checks.PROTECTED, file=file_name) from exc
    except (python_calamine.CalamineError, OSError, ValueError, UnicodeError) as exc:
        raise ExchangeError(read_checks.DAMAGED, file=file_name) from exc
    except BaseException as exc:
        if type(exc).__name__ == "PanicException":
            raise ExchangeError(read_checks.DAMAGED, file=file_name) from exc
        raise


def _sha256(path: Path, file_name: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1024 * 1024):
                digest.update(chunk)
    except OSError as exc:
        raise ExchangeError(read_checks.CANNOT_OPEN, file=file_name) from exc
    return digest.hexdigest()

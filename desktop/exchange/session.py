"""What the import wizard knows and decides, without a screen: the file read, the sheet,
the mapping, the dry run and the result.  The functions called off the GUI thread are
plain functions here (they open the file or the database themselves and return plain
data); the wizard's pages only show what this holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from db.exchange.model import ImportResult, Mapping, Preview, Problem, Table

SAMPLES = 3  # values shown under each column of the file
SAMPLE_ROWS = 200  # rows looked through for them


@dataclass
class SheetData:
    """One sheet as the mapping step needs it: its headers and a few values of each column,
    and the table read (the dry run plans it without reading the file again)."""

    sheet: str
    header_row: int
    headers: list[str]
    row_count: int
    samples: list[list[str]]  # per column
    notes: list[Problem] = field(default_factory=list)
    table: Table | None = field(default=None, repr=False)


@dataclass
class Loaded:
    path: str
    file_name: str
    list_kind: str
    sheet_names: list[str]
    best: SheetData  # the sheet that looks most like the list
    sha256: str = ""


def cell_text(cell) -> str:
    if isinstance(cell, datetime):
        return cell.strftime("%Y/%m/%d %H:%M") if (cell.hour, cell.minute) != (0, 0) else f"{cell:%Y/%m/%d}"
    if isinstance(cell, date):
        return f"{cell:%Y/%m/%d}"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return " ".join(str(cell).split())  # one line, whatever the cell's line breaks


def sheet_data(table: Table) -> SheetData:
    samples: list[list[str]] = [[] for _ in table.headers]
    for row in table.rows[:SAMPLE_ROWS]:
        for column, cell in enumerate(row.cells[:len(samples)]):
            if cell is None or cell == "" or len(samples[column]) >= SAMPLES:
                continue
            text = cell_text(cell)
            if text and text not in samples[column]:
                samples[column].append(text)
    return SheetData(table.sheet, table.header_row, list(table.headers), len(table.rows), samples, list(table.notes),
                     table)


def load_file(path: str, list_kind: str) -> Loaded:
    """Open the file and read the sheet most like the list (worker thread)."""
    from db.exchange.reading import open_workbook

    with open_workbook(path) as workbook:
        best = sheet_data(workbook.table(None, list_kind))
        return Loaded(path, workbook.file_name, list_kind, list(workbook.sheet_names), best, workbook.sha256)


def load_sheet(path: str, sheet: str, list_kind: str) -> SheetData:
    from db.exchange.reading import open_workbook

    with open_workbook(path) as workbook:
        return sheet_data(workbook.table(sheet, list_kind))


def first_mapping(db, list_kind: str, headers: list[str]) -> tuple[Mapping, bool]:
    """The mapping to offer: the one chosen last time for these headers, else the automatic
    one; and whether it was remembered."""
    from db.exchange import mapping

    remembered = mapping.remembered(db, list_kind, headers)
    if remembered is not None:
        return dict(remembered), True
    return dict(mapping.auto_map(list_kind, headers)), False


def make_preview(db, loaded: Loaded, sheet: SheetData, chosen: Mapping, progress=None,
                 cancelled=None) -> Preview:
    """The dry run of the sheet already read, with the person's mapping (worker thread)."""
    from db.exchange import importer

    if sheet.table is None:  # not kept: read the file again
        return importer.preview(db, loaded.path, loaded.list_kind, sheet=sheet.sheet, mapping=chosen,
                                progress=progress, cancelled=cancelled)
    return importer.preview(db, loaded.path, loaded.list_kind, sheet=sheet.sheet, mapping=chosen, progress=progress,
                            cancelled=cancelled, table=sheet.table, sha256=loaded.sha256)


def write_import(db, preview: Preview, skip_errors: bool, progress=None, cancelled=None) -> ImportResult:
    """Write the import (the importer also keeps the mapping for the next file of this layout)."""
    from db.exchange import importer

    return importer.commit(db, preview, skip_errors=skip_errors, progress=progress, cancelled=cancelled)


class ImportSession:
    """The wizard's state from one step to the next."""

    def __init__(self, db):
        self.db = db
        self.path: str | None = None
        self.list_kind = "partners"
        self.loaded: Loaded | None = None
        self.sheet: SheetData | None = None
        self.sheet_choice: str | None = None
        self.mapping_for: tuple[str, str] | None = None  # (path, list kind) the mapping was made for
        self.mapping: Mapping = {}
        self.remembered = False
        self.preview: Preview | None = None
        self.result: ImportResult | None = None

    def is_loaded(self) -> bool:
        return self.loaded is not None and (self.loaded.path, self.loaded.list_kind) == (self.path, self.list_kind)

    def several_sheets(self) -> bool:
        return self.loaded is not None and len(self.loaded.sheet_names) > 1

    def use_sheet(self, data: SheetData) -> None:
        """Map the columns of another sheet: as remembered for its headers, else automatically."""
        self.sheet = data
        self.mapping, self.remembered = first_mapping(self.db, self.list_kind, data.headers)
        self.preview = None

    def set_field(self, column: int, field_name: str | None) -> list[int]:
        """Import ``column`` as ``field_name`` (None: not at all).  A field comes from one
        column only: another column that had it is let go.  Returns the columns changed."""
        changed = [column]
        if field_name:
            for other, chosen in self.mapping.items():
                if other != column and chosen == field_name:
                    self.mapping[other] = None
                    changed.append(other)
        self.mapping[column] = field_name or None
        self.preview = None
        return changed

    def automatic(self) -> None:
        from db.exchange import mapping

        self.mapping = dict(mapping.auto_map(self.list_kind, self.sheet.headers))
        self.preview = None

    def mapped_count(self) -> int:
        return sum(1 for f in self.mapping.values() if f)

    def can_import(self, skip_errors: bool) -> bool:
        p = self.preview
        if p is None:
            return False
        writes = p.count("new") + p.count("update")
        return writes > 0 and (p.count("error") == 0 or skip_errors)

"""The shapes the Excel exchange passes between its steps: read → map → plan → commit.

Reading (``db.exchange.reading``) turns a file into ``Table`` objects; mapping
(``db.exchange.mapping``) says which column holds which field; planning
(``db.exchange.plan``) compares every row with the database and gives a ``Preview``;
committing (``db.exchange.commit``) writes it as one batch.  The command line and the
desktop's wizard are two faces of these steps, so everything here is plain data.

Messages are English source text of context ``Import`` marked with
``QT_TRANSLATE_NOOP``; a ``Problem`` keeps its template and parameters so that each
face shows it in its own language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from db.errors import KakehashiError

CONTEXT = "Import"

# The kinds of list the exchange reads and writes, as the command line names them,
# and the record kind (db.catalogue) each holds.
KINDS: dict[str, str] = {
    "partners": "organisation",
    "agreements": "agreement",
    "contacts": "contact",
    "activities": "activity",
}

Cell = str | int | float | bool | date | datetime | None


class ExchangeError(KakehashiError):
    """The file cannot be read or written at all (corrupt, protected, too large, not a
    spreadsheet).  Nothing was written to the database.  ``params`` include ``file``."""

    context = CONTEXT


@dataclass(frozen=True)
class Problem:
    """One thing wrong (an error) or worth knowing (a warning) about one cell or row.

    ``row`` is the sheet row number as Excel shows it (None for the whole file);
    ``column`` the header as written in the file (None for the whole row).
    """

    message: str  # English source text, context "Import"
    row: int | None = None
    column: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    field: str | None = None  # the catalogue field, where one is concerned
    context: str = CONTEXT  # of the message: "Import", or "Validation" for a service's rule

    def text(self) -> str:
        return self.message.format(**self.params)

    @property
    def names_its_row(self) -> bool:
        """The message says its row itself ("Row 12 was left out as a note"): a face
        showing it must not put "Row 12:" before it again."""
        return "{row}" in self.message


@dataclass
class SourceRow:
    number: int  # the row number Excel shows
    cells: list[Cell]  # one per header, merged cells already filled


@dataclass
class Table:
    """The data of one sheet: the header row found below any title rows, and the rows
    under it with blank and note rows left out."""

    file: str  # the file's name (no folders), for messages
    sheet: str
    header_row: int  # its number as Excel shows it
    headers: list[str]  # as written, one per column (empty text where a column has none)
    rows: list[SourceRow]
    notes: list[Problem] = field(default_factory=list)  # what reading noticed (rows skipped…)


# Column index → catalogue field name, or None for a column that is not imported.
Mapping = dict[int, str | None]


@dataclass
class RowPlan:
    """What importing one row would do."""

    number: int  # sheet row number
    action: str  # "new", "update", "unchanged", "error"
    label: str  # the record's name as people read it
    record_id: int | None = None  # the record updated (None for new rows and errors)
    # field → (before, after) as plain values (ISO dates, enum values, lists of names)
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)  # the row as read, for the error workbook


@dataclass
class Preview:
    """A dry run of one import: every row's plan, nothing written."""

    path: str
    sheet: str
    list_kind: str  # "partners", "agreements", "contacts", "activities"
    sha256: str
    headers: list[str]
    mapping: Mapping
    rows: list[RowPlan]
    problems: list[Problem] = field(default_factory=list)  # about the whole file or sheet
    # What committing plans again from (the rows as read), and the column holding the
    # version each row was exported at, if any.
    table: Table | None = field(default=None, repr=False)
    version_column: int | None = None
    # The rows ready to write and the latest operation in the database when they were
    # planned: a commit with no operation since writes them without planning again.
    pending: list = field(default_factory=list, repr=False)
    planned_at_operation: int | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def errors(self) -> list[Problem]:
        return [p for r in self.rows for p in r.errors]

    @property
    def warnings(self) -> list[Problem]:
        return [*self.problems, *(p for r in self.rows for p in r.warnings)]


@dataclass
class ImportResult:
    """What an import did (or, on a dry run, would do)."""

    created: int
    updated: int
    unchanged: int
    errors: list[Problem]
    warnings: list[Problem]
    mapping: dict[str, str | None]  # source header → field
    batch: int | None  # the batch's id; None on a dry run or when nothing was written
    skipped: int = 0  # rows with errors left out (--skip-errors)
    backup: str | None = None  # the backup taken before writing

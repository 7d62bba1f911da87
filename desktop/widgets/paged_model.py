"""A table model over a list service, loaded a page at a time.

At 100,000 records the search, the filters and the order belong to the service's
database query; the model only holds the pages the view has asked for, as the plain
records the service returns (``canFetchMore``/``fetchMore``), never ORM objects.

A list screen describes its columns (:class:`Column`) and gives a ``fetch(offset, limit,
order_by, descending)`` that calls its service with the screen's current search and
filters and returns the service's ``Page``.  After the search or a filter changes, the
screen calls :meth:`PagedModel.refresh`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from db.services.common import Page

PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's record (the service's data object)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a plain Python value to order by

Fetch = Callable[[int, int, str | None, bool], Page]

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_ANSWERED = frozenset({int(ROW_ROLE), int(SORT_ROLE), int(_TOOLTIP), int(_ALIGNMENT)})
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: combining flags costs


@dataclass(frozen=True)
class Column:
    """One column: a stable key (saved in the user's settings), its header in the current
    language, the text of a cell, and the service's ``order_by`` when it can sort by it."""

    key: str
    header: Callable[[], str]
    text: Callable[[Any], str]
    order_by: str | None = None
    sort_value: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    tooltip: Callable[[Any], str] | None = None


class PagedModel(QAbstractTableModel):
    """Rows of a list service, fetched in pages as the view scrolls."""

    counted = Signal(int, bool)  # total rows of the query, and whether that is a cap ("1,000+")

    def __init__(self, columns: list[Column], fetch: Fetch, parent=None, page_size: int = PAGE_SIZE,
                 max_page_size: int | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.page_size = page_size
        # Pages may grow as the person scrolls deeper (up to this many rows): a list read by
        # offset pays for every row it skips, so fewer, larger pages make the whole walk cheaper.
        self.max_page_size = max(page_size, max_page_size or page_size)
        self.rows: list[Any] = []
        self.total = 0
        self.total_is_capped = False
        self.order_by: str | None = next((c.order_by for c in self.columns if c.order_by), None)
        self.descending = False
        self._exhausted = True

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Load the first page again (after the search, a filter or the data changed)."""
        self.beginResetModel()
        self.rows, self.total, self.total_is_capped, self._exhausted = [], 0, False, False
        self._load_page()
        self.endResetModel()
        self.counted.emit(self.total, self.total_is_capped)

    def _load_page(self) -> list[Any]:
        page = self._fetch(len(self.rows), self.page_size, self.order_by, self.descending)
        self.rows.extend(page.items)
        self.total, self.total_is_capped = page.total, page.total_is_capped
        # A capped count may be below the rows that exist: go on while pages come back full.
        self._exhausted = len(page.items) < self.page_size or (
            not page.total_is_capped and len(self.rows) >= page.total)
        return page.items

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def next_page_size(self) -> int:
        """Rows the next ``fetchMore`` asks for: a page, growing with what is loaded."""
        return min(self.max_page_size, max(self.page_size, len(self.rows) // 2))

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        size = self.next_page_size()
        page = self._fetch(len(self.rows), size, self.order_by, self.descending)
        self._exhausted = len(page.items) < size or (
            not page.total_is_capped and len(self.rows) + len(page.items) >= page.total)
        if page.items:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.items) - 1)
            self.rows.extend(page.items)
            self.endInsertRows()
        if (page.total, page.total_is_capped) != (self.total, self.total_is_capped):
            self.total, self.total_is_capped = page.total, page.total_is_capped
            self.counted.emit(self.total, self.total_is_capped)

    # ------------------------------------------------------------------ reading

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks about ten roles of every visible cell at every paint: the text is
        # answered first and the roles no column uses at once, before reading the row.
        if role == _DISPLAY:
            row = index.row()
            if not index.isValid() or not 0 <= row < len(self.rows):
                return None
            return self.columns[index.column()].text(self.rows[row])
        if role not in _ANSWERED or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort_value(row) if column.sort_value else column.text(row)
        if role == _TOOLTIP and column.tooltip is not None:
            return column.tooltip(row)
        if role == _ALIGNMENT and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header()
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def record(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, record_id: int) -> int:
        """The row showing the record with that id among those loaded, or -1."""
        return next((n for n, r in enumerate(self.rows) if getattr(r, "id", None) == record_id), -1)

    # ------------------------------------------------------------------ order and language

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the column in the database (columns without an ``order_by`` do not sort)."""
        if not 0 <= column < len(self.columns) or self.columns[column].order_by is None:
            return
        self.order_by = self.columns[column].order_by
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def set_order(self, order_by: str | None, descending: bool = False) -> None:
        """Choose the database order for the next :meth:`refresh` (a screen restoring its state)."""
        self.order_by, self.descending = order_by, descending

    def load_until(self, rows: int) -> None:
        """Fetch pages until ``rows`` rows are loaded or the query has no more (keeps the
        rows a person had scrolled to when the list is loaded again)."""
        while len(self.rows) < rows and self.canFetchMore():
            self.fetchMore()

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].order_by is not None

    def retranslate(self) -> None:
        """Headers and cells in the new language (labels of kinds, statuses, dates)."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def update_record(self, record: Any) -> bool:
        """Show a record saved elsewhere in place, without reloading; False if it is not loaded."""
        row = self.row_of(getattr(record, "id", None))
        if row < 0:
            return False
        self.rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        return True


def record_table(model: PagedModel, name: str, parent=None):
    """A read-only table of records over ``model``: whole rows selected one at a time,
    columns as wide as their contents, no row numbers."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view

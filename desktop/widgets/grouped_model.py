"""A two-level item model: headings at the top level, each with its rows under it — Home's
groups of what needs attention, the agenda's weeks and months.

A row remembers its heading in its index's internal id (heading row + 1; 0 marks a
heading), so ``parent()`` needs no lookup.  Subclasses keep ``groups`` and say how many
rows a heading holds (:meth:`GroupedModel.rows_of`) and how many columns there are
(``COLUMNS``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex


class GroupedModel(QAbstractItemModel):
    COLUMNS = 1
    groups: list[Any]

    def rows_of(self, group: Any) -> int:
        raise NotImplementedError

    @staticmethod
    def heading_row(index: QModelIndex | QPersistentModelIndex) -> int:
        """The row of the heading ``index`` is (a heading) or stands under (a row)."""
        return index.row() if index.internalId() == 0 else index.internalId() - 1

    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)  # a row remembers its heading (+1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return self.rows_of(self.groups[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return self.COLUMNS

"""The past imports (``db.exchange.batches.BatchInfo``) as a table: when, which list,
which file, who, and what each did; undone ones say so."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.exchange.texts import list_name

WHEN, LIST, FILE, CREATED, UPDATED, UNCHANGED, SKIPPED, USER, STATE = range(9)
BATCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's BatchInfo
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_NUMBERS = (CREATED, UPDATED, UNCHANGED, SKIPPED)


def local_time(at: datetime | None) -> datetime | None:
    """Batches keep naive UTC; people read their own clock."""
    if at is None:
        return None
    return at.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


class BatchModel(QAbstractTableModel):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.batches: list[Any] = []
        self._headers: list[str] = []
        self.retranslate()

    def set_batches(self, batches: list[Any]) -> None:
        self.beginResetModel()
        self.batches = list(batches)
        self.endResetModel()

    def batch(self, row: int) -> Any | None:
        return self.batches[row] if 0 <= row < len(self.batches) else None

    def row_of(self, batch_id: int) -> int:
        for row, batch in enumerate(self.batches):
            if batch.id == batch_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.batches)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        batch = self.batch(index.row()) if index.isValid() else None
        if batch is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(batch, column)
        if role == BATCH_ROLE:
            return batch
        if role == SORT_ROLE:
            return self.sort_value(batch, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and batch.undone_at is not None:
            return QColor("#777777")  # an undone import stays listed, quietly
        if role == Qt.ItemDataRole.ToolTipRole and column == FILE:
            return self.tr("Sheet: {sheet}").format(sheet=batch.sheet) if batch.sheet else None
        return None

    def text(self, batch: Any, column: int) -> str:
        if column == WHEN:
            return self.when(batch.at)
        if column == LIST:
            return list_name(batch.list_kind)
        if column == FILE:
            return batch.file_name
        if column in _NUMBERS:
            return self.context.locale().toString(int(getattr(batch, ("created", "updated", "unchanged",
                                                                      "skipped")[_NUMBERS.index(column)]) or 0))
        if column == USER:
            return batch.user or ""
        if column == STATE:
            if batch.undone_at is None:
                return self.tr("Imported")
            return self.tr("Undone {when}").format(when=self.when(batch.undone_at))
        return ""

    def when(self, at: datetime | None) -> str:
        at = local_time(at)
        return "" if at is None else f"{self.context.format_date(at.date())} {at:%H:%M}"

    def sort_value(self, batch: Any, column: int):
        if column == WHEN:
            return batch.at.isoformat() if batch.at else ""
        if column in _NUMBERS:
            return int(getattr(batch, ("created", "updated", "unchanged", "skipped")[_NUMBERS.index(column)]) or 0)
        return self.text(batch, column)

    def retranslate(self) -> None:
        self._headers = [self.tr("Imported on"), self.tr("List"), self.tr("File"), self.tr("New"),
                         self.tr("Updated"), self.tr("Unchanged"), self.tr("Skipped"), self.tr("By"),
                         self.tr("State")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self.batches:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.batches) - 1, len(self._headers) - 1))

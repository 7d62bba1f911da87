"""The records in the trash as a table: kind, name, when deleted and by whom."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from db.services.trash import TrashItem
from desktop.context import AppContext
from desktop.i18n import tr_field, tr_record

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's TrashItem
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

KIND, NAME, DELETED_AT, DELETED_BY = range(4)


def kind_name(kind: str) -> str:
    """A kind of record as a cell shows it: "Organisation" (the catalogue names it inside sentences)."""
    text = tr_record(kind)
    return text[:1].upper() + text[1:]


def local_time(moment: datetime) -> datetime:
    """A stored (UTC) moment where the person is."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone()


class TrashModel(QAbstractTableModel):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.items: list[TrashItem] = []
        self.deleted_by: dict[tuple[str, int], str] = {}

    def set_items(self, items: list[TrashItem], deleted_by: dict[tuple[str, int], str]) -> None:
        self.beginResetModel()
        self.items, self.deleted_by = list(items), dict(deleted_by)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def item(self, row: int) -> TrashItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def when(self, item: TrashItem) -> str:
        moment = local_time(item.deleted_at)
        clock = self.context.locale().toString(moment.time(), QLocale.FormatType.ShortFormat)
        return f"{self.context.format_date(moment.date())} {clock}"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return kind_name(item.kind)
            if column == NAME:
                if item.parent:
                    return QCoreApplication.translate("TrashModel", "{name} (of {organisation})").format(
                        name=item.label, organisation=item.parent)
                return item.label
            if column == DELETED_AT:
                return self.when(item)
            return self.deleted_by.get((item.kind, item.id), "")
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return item.label
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:
            return (item.kind, item.label, item.deleted_at, self.deleted_by.get((item.kind, item.id), ""))[column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {KIND: QCoreApplication.translate("TrashModel", "Kind"),
                NAME: QCoreApplication.translate("TrashModel", "Name"),
                DELETED_AT: tr_field("organisation", "deleted_at"),
                DELETED_BY: QCoreApplication.translate("TrashModel", "Deleted by")}.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, 3))

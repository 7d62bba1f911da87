"""The home screen's items as a two-level model: groups with a heading and a count,
and under each the records that need attention, soonest (or latest lapsed) first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.context import AppContext
from desktop.widgets.grouped_model import GroupedModel
from desktop.i18n import tr_value
from desktop.home.attention import DEADLINES, EXPIRED, EXPIRIES, MEMBERSHIPS, OVERDUE, Attention, Item

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the Item of a row (None on a group's heading)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # the group's key, on headings and items
DAYS_ROLE = Qt.ItemDataRole.UserRole + 3  # days from today (negative: past)

DATE, WHEN, TITLE, WHO = range(4)
LATE = QColor("#c62828")
SOON_DAYS = 14  # deadlines this close are marked like late ones


def heading(group: str, count: int, total: int | None = None, number=str) -> str:
    """A group's heading with its count, in the interface's language (``number`` writes
    a count as the language does: 2,639)."""
    if group == EXPIRED and total is not None and total > count:
        return QCoreApplication.translate(
            "AttentionModel", "Expired without renewal ({count}; the latest {shown} shown)").format(
            count=number(total), shown=number(count))
    text = {
        OVERDUE: QCoreApplication.translate("AttentionModel", "Renewal decisions overdue ({count})"),
        DEADLINES: QCoreApplication.translate("AttentionModel", "Renewal decision deadlines ({count})"),
        EXPIRED: QCoreApplication.translate("AttentionModel", "Expired without renewal ({count})"),
        EXPIRIES: QCoreApplication.translate("AttentionModel", "Expiring ({count})"),
        MEMBERSHIPS: QCoreApplication.translate("AttentionModel", "Memberships ending ({count})"),
    }[group]
    return text.format(count=number(count))


def explanation(group: str) -> str:
    return {
        OVERDUE: QCoreApplication.translate(
            "AttentionModel", "The last day to decide on renewal has passed, and the agreement still runs."),
        DEADLINES: QCoreApplication.translate(
            "AttentionModel", "The last day to give notice of renewal or non-renewal."),
        EXPIRED: QCoreApplication.translate(
            "AttentionModel", "The agreement has ended and no renewal follows it."),
        EXPIRIES: QCoreApplication.translate("AttentionModel", "The agreement ends on this day."),
        MEMBERSHIPS: QCoreApplication.translate("AttentionModel", "The membership ends on this day."),
    }[group]


def relative_day(days: int) -> str:
    """How far a day is from today: "In 5 days", "Today", "3 days ago"."""
    if days == 0:
        return QCoreApplication.translate("AttentionModel", "Today")
    if days == 1:
        return QCoreApplication.translate("AttentionModel", "Tomorrow")
    if days == -1:
        return QCoreApplication.translate("AttentionModel", "Yesterday")
    if days > 1:
        return QCoreApplication.translate("AttentionModel", "In {days} days").format(days=days)
    return QCoreApplication.translate("AttentionModel", "{days} days ago").format(days=-days)


class AttentionModel(GroupedModel):
    """Groups (top level) and their items (children), read from an :class:`Attention`."""

    COLUMNS = 4

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.attention: Attention | None = None
        self.groups: list[tuple[str, list[Item]]] = []

    def set_attention(self, found: Attention) -> None:
        self.beginResetModel()
        self.attention = found
        self.groups = list(found.groups.items())
        self.endResetModel()

    # ------------------------------------------------------------------ structure

    def rows_of(self, group: tuple[str, list[Item]]) -> int:
        return len(group[1])

    def item(self, index: QModelIndex | QPersistentModelIndex) -> Item | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def item_index(self, kind: str, record_id: int, group: str | None = None) -> QModelIndex:
        """The index of the first item of that record (in that group), or an invalid one."""
        for g, (name, items) in enumerate(self.groups):
            for r, item in enumerate(items):
                if item.kind == kind and item.record_id == record_id and group in (None, name):
                    return self.index(r, 0, self.index(g, 0))
        return QModelIndex()

    # ------------------------------------------------------------------ reading

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        group = self.groups[index.internalId() - 1][0]
        item = self.item(index)
        days = (item.on - self.attention.today).days
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return self.context.format_date(item.on)
            if column == WHEN:
                return relative_day(days)
            if column == TITLE:
                if item.tier is not None:  # the core names it "組織名 (regular)": say the tier in words
                    return tr_value("MembershipTier", item.tier)
                return item.title
            return item.who
        if role == Qt.ItemDataRole.ToolTipRole:
            return explanation(group)
        if role == Qt.ItemDataRole.ForegroundRole and column == WHEN and (
                days < 0 or (group in (OVERDUE, DEADLINES) and days <= SOON_DAYS)):
            return QBrush(LATE)
        if role == ITEM_ROLE:
            return item
        if role == GROUP_ROLE:
            return group
        if role == DAYS_ROLE:
            return days
        return None

    def _group_data(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        group, items = self.groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return heading(group, len(items), self.attention.totals.get(group), self.context.locale().toString)
        if role == Qt.ItemDataRole.ToolTipRole:
            return explanation(group)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == GROUP_ROLE:
            return group
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {DATE: QCoreApplication.translate("AttentionModel", "Date"),
                WHEN: QCoreApplication.translate("AttentionModel", "When"),
                TITLE: QCoreApplication.translate("AttentionModel", "What"),
                WHO: QCoreApplication.translate("AttentionModel", "With")}.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Headings, relative days and dates in the new language or date style."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        for g, (_name, items) in enumerate(self.groups):
            group = self.index(g, 0)
            self.dataChanged.emit(group, self.index(g, 3))
            if items:
                self.dataChanged.emit(self.index(0, 0, group), self.index(len(items) - 1, 3, group))

"""The "Due soon" list as a table model: one row per reminder, soonest first.

The rows are the core's ``Reminder`` records (db/services/reminders.py) as they were
gathered; the texts are made when shown, so a language or date-style switch only
redraws.  The tray's message words its lines with the same functions.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from db.models.reminder import ReminderStatus
from db.services.reminders import Reminder
from desktop.context import AppContext
from desktop.i18n import tr_value

REMINDER_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Reminder
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # plain values: the date, days left, names

KIND, DATE, WHEN, WHO, TITLE, STATE = range(6)
COLUMNS = 6
LATE = QColor("#c62828")
HIDDEN = QColor("#757575")  # done or snoozed lines, listed only on request


def when_text(days_left: int) -> str:
    """How far the date is: "Today", "In 5 days", "3 days overdue"."""
    if days_left == 0:
        return QCoreApplication.translate("DueSoon", "Today")
    if days_left == 1:
        return QCoreApplication.translate("DueSoon", "Tomorrow")
    if days_left == -1:
        return QCoreApplication.translate("DueSoon", "1 day overdue")
    if days_left > 1:
        return QCoreApplication.translate("DueSoon", "In {days} days").format(days=days_left)
    return QCoreApplication.translate("DueSoon", "{days} days overdue").format(days=-days_left)


def kind_name(reminder: Reminder) -> str:
    """What the date is, named by the catalogue: Expiry / 満了."""
    return tr_value("DueKind", reminder.item.kind)


def state_text(context: AppContext, reminder: Reminder) -> str:
    if reminder.status == ReminderStatus.DONE:
        return QCoreApplication.translate("DueSoon", "Done")
    if reminder.status == ReminderStatus.SNOOZED:
        return QCoreApplication.translate("DueSoon", "Snoozed until {date}").format(
            date=context.format_date(reminder.snoozed_until))
    return QCoreApplication.translate("DueSoon", "Due")


class DueSoonModel(QAbstractTableModel):
    """The reminders of one day, as the core listed them."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.reminders: list[Reminder] = []
        self.today: date | None = None

    def set_reminders(self, reminders: list[Reminder], today: date) -> None:
        self.beginResetModel()
        self.reminders = list(reminders)
        self.today = today
        self.endResetModel()

    def reminder(self, index: QModelIndex | QPersistentModelIndex) -> Reminder | None:
        if not index.isValid() or index.row() >= len(self.reminders):
            return None
        return self.reminders[index.row()]

    def row_of(self, key: str) -> int:
        """The row of the reminder with that key, or -1."""
        return next((row for row, r in enumerate(self.reminders) if r.key == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.reminders)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reminder = self.reminder(index)
        if reminder is None:
            return None
        column, item = index.column(), reminder.item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == KIND:
                return kind_name(reminder)
            if column == DATE:
                return self.context.format_date(item.on)
            if column == WHEN:
                return when_text(reminder.days_left)
            if column == WHO:
                return item.who
            if column == TITLE:
                return item.title
            return state_text(self.context, reminder)
        if role == Qt.ItemDataRole.ForegroundRole:
            if reminder.status != ReminderStatus.DUE:
                return QBrush(HIDDEN)
            if column == WHEN and reminder.overdue:
                return QBrush(LATE)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "DueSoon", "Reminded {lead} days before the date (Edit → Preferences sets the lead times)."
            ).format(lead=reminder.lead)
        if role == REMINDER_ROLE:
            return reminder
        if role == SORT_ROLE:
            return {KIND: item.kind.value, DATE: item.on, WHEN: reminder.days_left, WHO: item.who,
                    TITLE: item.title, STATE: reminder.status.value}[column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {KIND: QCoreApplication.translate("DueSoon", "What"),
                DATE: QCoreApplication.translate("DueSoon", "Date"),
                WHEN: QCoreApplication.translate("DueSoon", "When"),
                WHO: QCoreApplication.translate("DueSoon", "With"),
                TITLE: QCoreApplication.translate("DueSoon", "Agreement or activity"),
                STATE: QCoreApplication.translate("DueSoon", "State")}.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Names, dates and days in the new language or date style."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.reminders:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.reminders) - 1, COLUMNS - 1))

"""The agenda's rows as a two-level model: a heading per group (overdue, a week or a
month) with its count, and under it what falls due, with the days that remain.

The groups come from :func:`db.services.calendar.agenda`; this model only words them
in the interface's language and the user's date style.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from db.eras import era_year_text, to_era
from db.models import MembershipTier
from db.services.calendar import AgendaEntry, AgendaGroup, CalendarItem
from desktop.calendar import look
from desktop.context import AppContext
from desktop.widgets.grouped_model import GroupedModel
from desktop.i18n import tr_value

translate = QCoreApplication.translate  # lupdate reads the calls by this name too

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the AgendaEntry of a row (None on a heading)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # the group's kind ("overdue", "week", "month")
TYPE_ROLE = Qt.ItemDataRole.UserRole + 3  # the ItemType of a row, for the chip's colour

DATE, WHEN, TYPE, WHO, TITLE = range(5)
COLUMNS = 5
# What has passed unanswered reads in the error colour.  ``look`` keeps the types' colours
# only, so the colour is kept here: the red Japanese calendars print Sundays in, which the
# home screen also uses for what is late.
OVERDUE_COLOUR = QColor(look.SUNDAY_AND_HOLIDAY)
_TIER = re.compile(r"^(.*) \((\w+)\)$")  # Membership.display_name: "組織名 (tier)"
_TIERS = frozenset(tier.value for tier in MembershipTier)



def days_left_text(days: int) -> str:
    """How far the day is: "today", "in 12 days", "3 days overdue".  One and more than
    one are separate sentences, so no language has to bend a plural."""
    if days == 0:
        return translate("Calendar", "today")
    if days == 1:
        return translate("Calendar", "tomorrow")
    if days == -1:
        return translate("Calendar", "1 day overdue")
    if days > 1:
        return translate("Calendar", "in {days} days").format(days=days)
    return translate("Calendar", "{days} days overdue").format(days=-days)


def month_text(context: AppContext, first: date) -> str:
    """A month as a heading: "September 2025", 2025年9月, or 令和7年9月 in the era style."""
    if context.date_style == "era":
        name, year = to_era(first)
        return f"{name}{era_year_text(year)}年{first.month}月"
    # The pattern is the language's own (month names from the locale).
    return context.locale().toString(QDate(first.year, first.month, first.day), translate("Calendar", "MMMM yyyy"))


def day_text(context: AppContext, day: date) -> str:
    """A day inside a heading: "15 Sep 2025", 2025年9月15日, or 令和7年9月15日."""
    if context.date_style == "era":
        return context.format_date(day)
    return context.locale().toString(QDate(day.year, day.month, day.day), translate("Calendar", "d MMM yyyy"))


def shown_title(item: CalendarItem) -> str:
    """The item's title; a membership's "組織名 (regular)" with its tier in the interface's words."""
    if item.entity == "membership":
        found = _TIER.match(item.title)
        if found and found.group(2) in _TIERS:
            return f"{found.group(1)} ({tr_value('MembershipTier', found.group(2))})"
    return item.title


def heading(context: AppContext, group: AgendaGroup) -> str:
    count = context.locale().toString(len(group.entries))
    if group.kind == "overdue":
        return translate("Calendar", "Overdue ({count})").format(count=count)
    if group.kind == "week":
        return translate("Calendar", "Week of {date} ({count})").format(
            date=day_text(context, group.first), count=count)
    return translate("Calendar", "{month} ({count})").format(month=month_text(context, group.first), count=count)


class AgendaModel(GroupedModel):
    """Groups (top level) and their entries (children)."""

    COLUMNS = COLUMNS

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.groups: list[AgendaGroup] = []

    def set_groups(self, groups: list[AgendaGroup]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.endResetModel()

    def count(self) -> int:
        return sum(len(group.entries) for group in self.groups)

    # ------------------------------------------------------------------ structure

    def rows_of(self, group: AgendaGroup) -> int:
        return len(group.entries)

    def entry(self, index: QModelIndex | QPersistentModelIndex) -> AgendaEntry | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].entries[index.row()]

    def group_of(self, index: QModelIndex | QPersistentModelIndex) -> AgendaGroup | None:
        if not index.isValid():
            return None
        return self.groups[self.heading_row(index)]

    # ------------------------------------------------------------------ reading

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self.group_of(index)
        if index.internalId() == 0:
            return self._heading_data(group, index.column(), role)
        entry = self.entry(index)
        item, column = entry.item, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DATE:
                return self.context.format_date(item.on)
            if column == WHEN:
                return days_left_text(entry.days_left)
            if column == TYPE:
                return look.type_name(item.type)
            if column == WHO:
                return item.who
            return shown_title(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == Qt.ItemDataRole.ForegroundRole and group.kind == "overdue" and column != TYPE:
            return QBrush(OVERDUE_COLOUR)
        if role == ENTRY_ROLE:
            return entry
        if role == GROUP_ROLE:
            return group.kind
        if role == TYPE_ROLE:
            return item.type
        return None

    def _heading_data(self, group: AgendaGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return heading(self.context, group)
        if role == Qt.ItemDataRole.ForegroundRole and group.kind == "overdue":
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and group.kind == "overdue":
            return translate("Calendar", "Deadlines, expiries and membership ends that passed without a "
                                         "renewal or an end recorded since.")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == GROUP_ROLE:
            return group.kind
        return None

    def _tooltip(self, entry: AgendaEntry) -> str:
        item = entry.item
        return translate("Calendar", "{type} on {date} ({when}): {title}").format(
            type=look.type_name(item.type), date=self.context.format_date(item.on),
            when=days_left_text(entry.days_left), title=shown_title(item))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {DATE: translate("Calendar", "Date"), WHEN: translate("Calendar", "Days left"),
                TYPE: translate("Calendar", "Type"), WHO: translate("Calendar", "Partner"),
                TITLE: translate("Calendar", "Title")}.get(section)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        """Headings, days left, type names and dates in the new language or date style."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        for g, group in enumerate(self.groups):
            heading_index = self.index(g, 0)
            self.dataChanged.emit(heading_index, self.index(g, COLUMNS - 1))
            if group.entries:
                self.dataChanged.emit(self.index(0, 0, heading_index),
                                      self.index(len(group.entries) - 1, COLUMNS - 1, heading_index))

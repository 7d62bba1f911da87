"""The year timeline's rows: one lane per partnership (an agreement and those renewing
it), read from :func:`db.services.timeline.timeline`, and where a day falls across the
painted column.

A table model over plain lanes: at 100,000 agreements a year has tens of thousands of
them, and the view paints only those on screen.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from db.services.timeline import Bar, Lane, Term
from desktop.context import AppContext
from desktop.i18n import tr_value

translate = QCoreApplication.translate  # lupdate reads the calls by this name too

LANE_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Lane

LANE, TERMS = range(2)
PAD = 10  # room at both ends of the painted column for the arrows of terms running on



class Scale:
    """Days of one year across ``left``..``left + width`` (pixels), with room for arrows."""

    def __init__(self, year: int, left: float, width: float):
        self.year = year
        self.first = date(year, 1, 1)
        self.days = (date(year + 1, 1, 1) - self.first).days
        self.left = left + PAD
        self.width = max(1.0, width - 2 * PAD)

    @property
    def right(self) -> float:
        return self.left + self.width

    def x(self, day: date) -> float:
        """Where ``day`` begins; days outside the year stay at the year's edges."""
        offset = min(max((day - self.first).days, 0), self.days)
        return self.left + self.width * offset / self.days

    def x_end(self, day: date) -> float:
        """Where ``day`` ends (a term's last day is a whole day of it)."""
        offset = min(max((day - self.first).days + 1, 0), self.days)
        return self.left + self.width * offset / self.days

    def span(self, term: Term) -> tuple[float, float, bool, bool]:
        """(x from, x to, runs on before the year, runs on after it) of a term."""
        before = term.start is None or term.start < self.first
        after = term.end is None or term.end.year > self.year
        start = self.left if before else self.x(term.start)
        end = self.right if after else self.x_end(term.end)
        return start, max(end, start + 2), before, after


def bar_at(lane: Lane, scale: Scale, x: float) -> Bar:
    """The agreement of the lane under ``x``: the one whose term is there, else the nearest
    (a click between two bars, or on a connector, still means one of them)."""
    best, distance = lane.bars[-1], float("inf")
    for bar in lane.bars:
        for term in bar.terms:
            start, end, _before, _after = scale.span(term)
            gap = 0.0 if start <= x <= end else min(abs(x - start), abs(x - end))
            if gap < distance:
                best, distance = bar, gap
    return best


class TimelineModel(QAbstractTableModel):
    """Lanes (rows); the first column names the partnership, the second is painted."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.lanes: list[Lane] = []
        self.year = date.today().year
        self.today = date.today()

    def set_lanes(self, year: int, today: date, lanes: list[Lane]) -> None:
        self.beginResetModel()
        self.year, self.today, self.lanes = year, today, list(lanes)
        self.endResetModel()

    def lane(self, row: int) -> Lane:
        return self.lanes[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.lanes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        lane = self.lanes[index.row()]
        if role == LANE_ROLE:
            return lane
        if index.column() == LANE:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{lane.who}\n{lane.title}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.lane_tooltip(lane)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{lane.who} {lane.title}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return translate("Calendar", "Partnership") if section == LANE else ""  # the months are painted

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ------------------------------------------------------------------ words

    def term_text(self, term: Term) -> str:
        start = self.context.format_date(term.start) if term.start else translate("Calendar", "start unknown")
        end = self.context.format_date(term.end) if term.end else translate("Calendar", "no end date")
        return translate("Calendar", "{start} – {end}").format(start=start, end=end)

    def bar_tooltip(self, bar: Bar) -> str:
        """The agreement, its terms' dates and its status."""
        status = tr_value("AgreementStatus", bar.status)
        lines = [bar.title, translate("Calendar", "Status: {status}").format(status=status)]
        for term in bar.terms:
            text = self.term_text(term)
            lines.append(translate("Calendar", "Renewed term: {dates}").format(dates=text) if term.renewal
                         else translate("Calendar", "Term: {dates}").format(dates=text))
        return "\n".join(lines)

    def lane_tooltip(self, lane: Lane) -> str:
        lines = [lane.who, lane.title]
        if len(lane.bars) > 1:
            lines.append(translate("Calendar", "{count} agreements, each renewing the one before").format(
                count=len(lane.bars)))
        if lane.runs_out is None:
            lines.append(translate("Calendar", "Runs on with no end date"))
        else:
            lines.append(translate("Calendar", "Runs out on {date}").format(
                date=self.context.format_date(lane.runs_out)))
        return "\n".join(lines)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        if self.lanes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lanes) - 1, 1))

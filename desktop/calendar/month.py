"""The Calendar page's month: six weeks of items, a legend, and the selected day's list.

The month shown is read on the GUI thread when it is asked for, so that a month switch
paints its month, never an empty grid first.  Six weeks take the core about a hundred
milliseconds at 100,000 agreements, so the months before and after are read ahead while
the window is idle: a ‹ or › usually finds its month read and only lays out and paints.
The items are only cut into days here; the grid (desktop.calendar.month_grid) draws what
fits, the side panel (desktop.calendar.day_list) lists the selected day's.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from db.database import Database
from db.errors import KakehashiError
from db.holidays import holidays_between
from db.services.calendar import EVERYTHING, CalendarFilter, CalendarItem, ItemType, items_between
from desktop.calendar import look
from desktop.calendar.day_list import DayList
from desktop.calendar.month_grid import WEEKS, MonthGrid
from desktop.context import AppContext
from desktop.widgets.retranslating import Retranslating

log = logging.getLogger(__name__)

WATCHED = ("agreement", "organisation", "membership", "activity")  # kinds whose changes move items
CHANGE_DELAY_MS = 50  # several changes at once (an import, the demo data) reload once
PANEL_WIDTH = 300  # the day list beside the grid
READ_AHEAD_MS = 60  # after a month is painted, its neighbours are read (not while PageDown repeats)


class MonthRead(NamedTuple):
    """A month's items cut into days, and how many days of the month itself hold any."""

    buckets: dict[date, list[CalendarItem]]
    days_with_items: int


def read_month(db: Database, year: int, month: int, first_weekday: int, flt: CalendarFilter, today: date) -> MonthRead:
    """The items of the month's six weeks."""
    first = first_cell_of(year, month, first_weekday)
    items = items_between(db, first, first + timedelta(days=WEEKS * 7 - 1), flt, today=today)
    # Items come in calendar order: one pass cuts them into days.
    buckets = {day: list(group) for day, group in groupby(items, key=itemgetter(0))}
    holidays_of(first, first + timedelta(days=WEEKS * 7 - 1))  # worked out here too when reading ahead
    return MonthRead(buckets, sum(1 for day in buckets if (day.year, day.month) == (year, month)))


@lru_cache(maxsize=64)
def holidays_of(first: date, last: date) -> dict[date, str]:
    """The holidays of six weeks, kept: jpholiday works them out in a good part of a month switch."""
    return holidays_between(first, last)


def first_cell_of(year: int, month: int, first_weekday: int) -> date:
    """The grid's first day: the month's first, back to the week's first day (Qt's 1–7)."""
    first = date(year, month, 1)
    return first - timedelta(days=(first.isoweekday() - first_weekday) % 7)


def shifted(year: int, month: int, months: int) -> tuple[int, int]:
    n = year * 12 + month - 1 + months
    return n // 12, n % 12 + 1


def _clamped(year: int, month: int, day: int) -> date:
    following = date(*shifted(year, month, 1), 1)
    return date(year, month, min(day, (following - timedelta(days=1)).day))


class Legend(QWidget):
    """Each type's colour and name, under the grid (the filters are the page's)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 0)
        self.names: dict[ItemType, QLabel] = {}
        for item_type in ItemType:
            swatch = QLabel()
            pixmap = QPixmap(12, 12)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.fillRect(0, 0, 12, 12, look.type_colour(item_type))
            painter.end()
            swatch.setPixmap(pixmap)
            name = QLabel()
            self.names[item_type] = name
            row.addWidget(swatch)
            row.addWidget(name)
            row.addSpacing(10)
        row.addStretch(1)

    def retranslate(self) -> None:
        for item_type, label in self.names.items():
            label.setText(look.type_name(item_type))
        self.setAccessibleName(QCoreApplication.translate("Calendar", "Legend: {types}").format(
            types=", ".join(look.type_name(t) for t in ItemType)))


class MonthView(Retranslating, QWidget):
    """A month of the calendar.  Works alone or inside the Calendar page, which sets its
    filter, its today and its month, and opens the records it asks for."""

    open_record = Signal(str, int)
    month_changed = Signal(int, int)
    day_selected = Signal(object)  # a date

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._filter: CalendarFilter = EVERYTHING
        self._today = date.today()
        self._month = (self._today.year, self._today.month)
        self._selected = self._today
        self._buckets: dict[date, list[CalendarItem]] = {}
        self._holidays: dict[date, str] = {}
        self._count = 0
        self._error = ""
        self._first_weekday = 0
        self._ahead: dict[tuple[int, int], MonthRead] = {}  # the month shown and its neighbours, read
        self._stale = True  # the month's items are to be read (at the latest before the next paint)

        self.title = QLabel()
        self.title.setObjectName("monthTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.grid = MonthGrid(context)
        self.grid.setObjectName("monthGrid")
        self.legend = Legend()
        self.day_list = DayList(context)
        self.day_list.setFixedWidth(PANEL_WIDTH)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.grid, 1)
        left.addWidget(self.legend)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.day_list)

        self.grid.select_requested.connect(self._select_requested)
        self.grid.page_requested.connect(lambda step: self._page(step))
        self.grid.today_requested.connect(lambda: self.go_to(self._today))
        self.grid.enter_pressed.connect(self.day_list.focus_items)
        self.grid.item_activated.connect(lambda item: self.open_record.emit(item.entity, item.entity_id))
        self.day_list.open_record.connect(self.open_record)
        self._change_timer = QTimer(self, singleShot=True, interval=CHANGE_DELAY_MS, timeout=self.refresh)
        self._read_ahead_timer = QTimer(self, singleShot=True, interval=READ_AHEAD_MS, timeout=self._read_ahead)
        self._reload_timer = QTimer(self, singleShot=True, interval=0,
                                    timeout=lambda: self.isVisible() and self._read_if_stale())
        self.grid.about_to_paint.connect(self._read_if_stale)
        context.records_changed.connect(self._records_changed)
        context.language_changed.connect(lambda _lang: self.retranslate())
        context.date_style_changed.connect(lambda _style: self._show_day())
        self.retranslate()

    # ------------------------------------------------------------------ the page's calls

    def month(self) -> tuple[int, int]:
        return self._month

    def set_month(self, year: int, month: int) -> None:
        """Show the month; the selection keeps its day of the month."""
        self._selected = _clamped(year, month, self._selected.day)
        self._show(year, month)

    def next_month(self) -> None:
        self._page(1)

    def previous_month(self) -> None:
        self._page(-1)

    def go_to(self, day: date) -> None:
        """Show ``day``'s month with ``day`` selected."""
        self._selected = day
        self._show(day.year, day.month)

    def set_filter(self, flt: CalendarFilter) -> None:
        self._filter = flt
        self.refresh()

    def set_today(self, day: date) -> None:
        """The day drawn as today (and by which agreements' status filters are judged)."""
        self._today = day
        self.grid.today = day
        self.refresh()

    def refresh(self) -> None:
        """Read the month's items again: before the next paint, so that the page's filter,
        today and refresh, given one after another, read once (and not at all while hidden)."""
        self._forget()
        self._stale = True
        if self.isVisible():
            self._reload_timer.start()
        self.grid.update()

    def items_on(self, day: date) -> list[CalendarItem]:
        """The items the grid holds for ``day`` (a day of the six weeks shown), in calendar order."""
        self._read_if_stale()
        return list(self._buckets.get(day, ()))

    def selected_day(self) -> date:
        return self._selected

    # ------------------------------------------------------------------ loading

    def _page(self, step: int) -> None:
        self.set_month(*shifted(*self._month, step))

    def _show(self, year: int, month: int) -> None:
        """Show the month: read at once when on screen (a month switch paints its month, not
        an empty grid first), else when next shown."""
        if not self.isVisible():
            changed = (year, month) != self._month
            self._month, self._stale = (year, month), True
            if changed:
                self.month_changed.emit(year, month)
            return
        self._load(year, month)

    def _read_if_stale(self) -> None:
        if self._stale:
            self._load(*self._month)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # A view in a window of its own names its month and keeps a margin; inside the
        # Calendar page the toolbar above names the month and the page has the margin.
        alone = self.isWindow()
        self.title.setVisible(alone)
        margin = self.style().pixelMetric(self.style().PixelMetric.PM_LayoutLeftMargin) if alone else 0
        self.layout().setContentsMargins(margin, margin, margin, margin)
        super().showEvent(event)
        if self._stale:
            self._reload_timer.start()  # or before the grid's first paint, whichever comes first

    def _load(self, year: int, month: int) -> None:
        self._stale = False
        first_weekday = int(self.context.locale().firstDayOfWeek().value)
        if first_weekday != self._first_weekday:  # another locale: other six weeks
            self._forget()
            self._first_weekday = first_weekday
        first = first_cell_of(year, month, first_weekday)
        self._error = ""
        month_read = self._ahead.get((year, month))
        if month_read is None:
            try:
                month_read = read_month(self.context.db, year, month, first_weekday, self._filter, self._today)
            except KakehashiError as exc:
                log.warning("Calendar: cannot read the month's items", exc_info=exc)
                self._error = self.context.error_text(exc)
                month_read = MonthRead({}, 0)
            else:
                self._ahead[(year, month)] = month_read
        self._buckets, self._count = month_read
        self._holidays = holidays_of(first, first + timedelta(days=WEEKS * 7 - 1))
        changed = (year, month) != self._month
        self._month = (year, month)
        self.grid.selected = self._selected
        self.grid.show_month(year, month, first, first_weekday, self._buckets, self._holidays)
        self._say_month()
        self._show_day()
        if changed:
            self.month_changed.emit(year, month)
        self._read_ahead_timer.start()

    # ------------------------------------------------------------------ reading ahead

    def _forget(self) -> None:
        """Items read ahead no longer hold (records, the filter, today or the week changed)."""
        self._ahead.clear()

    def _read_ahead(self) -> None:
        """Read the month after the one shown, then the one before, a month per turn of the
        event loop while nothing else happens, so that the next ‹ or › paints without
        waiting for the database.  On the GUI thread: a read is the core's call, and a
        window closing its database never has one running elsewhere."""
        if self._stale or not self.isVisible():
            return
        year, month = self._month
        wanted = [shifted(year, month, 1), shifted(year, month, -1)]
        for key in [key for key in self._ahead if key not in wanted and key != self._month]:
            del self._ahead[key]  # three months at most, whatever the wandering
        missing = [key for key in wanted if key not in self._ahead]
        if not missing:
            return
        try:
            self._ahead[missing[0]] = read_month(self.context.db, *missing[0], self._first_weekday, self._filter,
                                                 self._today)
        except KakehashiError:
            return  # read again, and said, when its month is shown
        if len(missing) > 1:
            self._read_ahead_timer.start()

    def is_reading_ahead(self) -> bool:
        """Whether reading (ahead, or again after a change) is still to come."""
        return any(timer.isActive() for timer in (self._read_ahead_timer, self._change_timer, self._reload_timer))

    def _records_changed(self, kind: str, _record_id: int) -> None:
        if kind in WATCHED:
            self._forget()  # at once: a month switch before the reload reads afresh
            self._change_timer.start()

    # ------------------------------------------------------------------ selection

    def _select_requested(self, day: date, by_key: bool) -> None:
        """A click selects a day of the six weeks; the arrow keys go on into the next month."""
        if by_key and (day.year, day.month) != self._month:
            self.go_to(day)
        else:
            self._select(day)
        self.day_selected.emit(day)

    def _select(self, day: date) -> None:
        self._selected = day
        self.grid.selected = day
        self.grid.update()
        self._show_day()

    def _show_day(self) -> None:
        day = self._selected
        self.day_list.show_day(day, self._buckets.get(day, []), self._holidays.get(day, ""),
                               month_empty=self._count == 0, narrowed=self._filter.narrows,
                               month_label=self.month_label(), error=self._error)
        count = len(self._buckets.get(day, ()))
        # One and many as two sentences: English needs "item" and "items", Japanese one form.
        text = QCoreApplication.translate("Calendar", "{date} selected: 1 item") if count == 1 else \
            QCoreApplication.translate("Calendar", "{date} selected: {count} items")
        self.grid.setAccessibleDescription(text.format(date=self.context.format_date(day), count=count))

    # ------------------------------------------------------------------ words

    def month_label(self) -> str:
        """The month as a heading says it: "September 2025", 2025年9月."""
        year, month = self._month
        name = self.context.locale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
        return QCoreApplication.translate("Calendar", "{month} {year}").format(month=name, year=year)

    def _say_month(self) -> None:
        self.title.setText(self.month_label())

    def retranslate(self) -> None:
        translate = QCoreApplication.translate  # not "tr": lupdate would read tr(context, text) as a comment
        self.grid.setAccessibleName(translate("Calendar", "Month: arrows choose a day, Page Up and Page Down the month, "
                                                   "Home today, Enter its items"))
        self.title.setAccessibleName(translate("Calendar", "Month shown"))
        self.legend.retranslate()
        self._say_month()
        self._show_day()
        self.grid.relayout()  # weekday and holiday names
        # The week's first day follows the language's locale: other six weeks to read.
        if self._first_weekday and self._first_weekday != int(self.context.locale().firstDayOfWeek().value):
            self.refresh()

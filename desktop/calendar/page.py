"""The Calendar page: every date that matters to the office, as a month, an agenda or a
year timeline of agreement terms, with one set of filters and a search box for all three.

The views show what the core gives (``db.services.calendar`` and ``db.services.timeline``);
this page holds what they share — which view, which period, the filters, today — and
keeps the choices in QSettings (``calendar/view``, ``calendar/types``,
``calendar/partner_kinds``, ``calendar/statuses``).  The agenda and the timeline are
built when first shown, so opening the page pays for the month alone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from db.eras import era_year_text, to_era
from db.services.calendar import CalendarFilter, ItemType
from desktop.calendar.filters import partner_kind_filter, status_filter, type_filter
from desktop.context import AppContext
from desktop.widgets.retranslating import Retranslating

translate = QCoreApplication.translate

VIEWS = ("month", "agenda", "timeline")
VIEW_KEY = "calendar/view"
FILTER_KEYS = {"types": "calendar/types", "partner_kinds": "calendar/partner_kinds", "statuses": "calendar/statuses"}
SEARCH_DELAY_MS = 250
DAY_CHECK_MS = 60_000  # whether the day has turned (a laptop left open overnight)


class CalendarPage(Retranslating, QWidget):
    """Month, agenda and timeline over the same filters."""

    open_record = Signal(str, int)
    view_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.context = context
        self._today = today or date.today()
        self._follow_clock = today is None
        self._views: dict[str, QWidget] = {}
        self._stale: set[str] = set()  # views whose filter changed while hidden
        self._timeline_year = self._today.year

        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for n, key in enumerate(VIEWS):
            button = QToolButton(checkable=True, objectName=f"calendar_{key}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.view_buttons.addButton(button, n)
            switch.addWidget(button)
        self.previous = QToolButton(objectName="calendarPrevious", autoRaise=True)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.today_button = QToolButton(objectName="calendarToday")
        self.next = QToolButton(objectName="calendarNext", autoRaise=True)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.period = QLabel(objectName="calendarPeriod")
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period.setFont(font)
        self.period.setMinimumWidth(self.period.fontMetrics().horizontalAdvance("September 2025 ") + 20)

        self.types = type_filter(self)
        self.partner_kinds = partner_kind_filter(self)
        self.statuses = status_filter(self)
        self.clear_filters = QToolButton(objectName="calendarClearFilters", autoRaise=True)
        self.search_box = QLineEdit(objectName="calendarSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(180)
        self.search_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.export_button = QToolButton(objectName="calendarExport")

        top = QHBoxLayout()
        top.addLayout(switch)
        top.addSpacing(16)
        top.addWidget(self.previous)
        top.addWidget(self.today_button)
        top.addWidget(self.next)
        top.addSpacing(8)
        top.addWidget(self.period)
        top.addStretch(1)
        self.view_controls = QHBoxLayout()  # the agenda's own: 30/90/180 days, by week or month
        top.addLayout(self.view_controls)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        for widget in (self.types, self.partner_kinds, self.statuses, self.clear_filters):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.search_box, 1)

        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)

        self._restore_filters()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        for choice in (self.types, self.partner_kinds, self.statuses):
            choice.changed.connect(self._filters_changed)
        self.clear_filters.clicked.connect(self.clear_all_filters)
        self.view_buttons.idClicked.connect(lambda n: self.show_view(VIEWS[n]))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.export_button.clicked.connect(self._export)
        context.date_style_changed.connect(lambda _style: self._show_period())
        context.language_changed.connect(lambda _lang: self._show_period())  # the month's name
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

        self.retranslate()
        saved = str(context.settings.value(VIEW_KEY, "month"))
        self.show_view(saved if saved in VIEWS else "month")

    # ------------------------------------------------------------------ views

    def view(self, key: str) -> QWidget:
        """The view ``key``, built when first asked for."""
        if key not in self._views:
            widget = self._build(key)
            widget.setObjectName(f"calendarView_{key}")
            widget.open_record.connect(self.open_record)
            widget.set_today(self._today)
            widget.set_filter(self.filter())
            self._views[key] = widget
            self._stale.add(key)  # read once it is shown, with the filters and today above
            self.stack.addWidget(widget)
        return self._views[key]

    def _build(self, key: str) -> QWidget:
        if key == "month":
            from desktop.calendar.month import MonthView

            view = MonthView(self.context)
            view.set_month(self._today.year, self._today.month)
            view.month_changed.connect(lambda _y, _m: self._show_period())
            return view
        if key == "agenda":
            from desktop.calendar.agenda import AgendaView

            view = AgendaView(self.context)
            controls = view.controls()
            controls.setObjectName("agendaControls")
            self.view_controls.addWidget(controls)
            return view
        from desktop.calendar.timeline import TimelineView

        view = TimelineView(self.context)
        view.set_year(self._timeline_year)
        return view

    def current_view_key(self) -> str:
        return VIEWS[max(self.view_buttons.checkedId(), 0)]

    def show_view(self, key: str) -> QWidget:
        widget = self.view(key)
        self.view_buttons.button(VIEWS.index(key)).setChecked(True)
        self.stack.setCurrentWidget(widget)
        if key == "agenda" or key in self._stale:
            self._stale.discard(key)
            widget.refresh()
        agenda_controls = self.findChild(QWidget, "agendaControls")
        if agenda_controls is not None:
            agenda_controls.setVisible(key == "agenda")
        stepping = key != "agenda"
        self.previous.setVisible(stepping)
        self.next.setVisible(stepping)
        self.context.settings.setValue(VIEW_KEY, key)
        self._show_period()
        self._name_steps()
        self.view_changed.emit(key)
        return widget

    def step(self, direction: int) -> None:
        """The previous (-1) or next (+1) month or year."""
        key = self.current_view_key()
        if key == "month":
            month = self.view("month")
            month.next_month() if direction > 0 else month.previous_month()
        elif key == "timeline":
            self._timeline_year += direction
            self.view("timeline").set_year(self._timeline_year)
        self._show_period()

    def go_to_today(self) -> None:
        key = self.current_view_key()
        if key == "month":
            self.view("month").go_to(self._today)
        elif key == "timeline":
            self._timeline_year = self._today.year
            self.view("timeline").set_year(self._timeline_year)
        else:
            self.view("agenda").refresh()
        self._show_period()

    def set_today(self, day: date) -> None:
        """Tell the views the day has turned (or, in tests, which day it is)."""
        self._today = day
        for widget in self._views.values():
            widget.set_today(day)
        self._show_period()

    def _check_day(self) -> None:
        if self._follow_clock and date.today() != self._today:
            self.set_today(date.today())

    # ------------------------------------------------------------------ filters

    def filter(self) -> CalendarFilter:
        types = self.types.chosen()
        return CalendarFilter(
            types=None if types is None else frozenset(ItemType(t) for t in types),
            partner_kinds=self.partner_kinds.chosen(), statuses=self.statuses.chosen(),
            text=self.search_box.text().strip())

    def _filters_changed(self) -> None:
        for name, choice in (("types", self.types), ("partner_kinds", self.partner_kinds),
                             ("statuses", self.statuses)):
            chosen = choice.chosen()
            self.context.settings.setValue(FILTER_KEYS[name], "*" if chosen is None else ",".join(sorted(chosen)))
        self._apply_filter()

    def _apply_filter(self) -> None:
        flt = self.filter()
        self.clear_filters.setEnabled(flt.narrows)
        shown = self.current_view_key()
        for key, widget in self._views.items():
            widget.set_filter(flt)
            if key == shown:
                widget.refresh()
            else:
                self._stale.add(key)

    def clear_all_filters(self) -> None:
        for choice in (self.types, self.partner_kinds, self.statuses):
            choice.blockSignals(True)
            choice.clear()
            choice.blockSignals(False)
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._filters_changed()

    def _restore_filters(self) -> None:
        for name, choice in (("types", self.types), ("partner_kinds", self.partner_kinds),
                             ("statuses", self.statuses)):
            text = str(self.context.settings.value(FILTER_KEYS[name], "*"))
            choice.blockSignals(True)
            choice.set_chosen(None if text == "*" else frozenset(p for p in text.split(",") if p))
            choice.blockSignals(False)
        self.clear_filters.setEnabled(self.filter().narrows)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _export(self) -> None:
        from desktop.calendar.export import export_calendar

        export_calendar(self.window(), self.context)

    # ------------------------------------------------------------------ words

    def period_text(self) -> str:
        """What the view shows: "September 2025" / 2025年9月 / 令和7年9月, the year, or the agenda's start."""
        key = self.current_view_key()
        era = self.context.date_style == "era"
        if key == "month":
            year, month = self.view("month").month()
            if era:
                name, in_era = to_era(date(year, month, 1))
                return f"{name}{era_year_text(in_era)}年{month}月"
            if self.context.lang == "ja":
                return f"{year}年{month}月"
            return self.context.locale().toString(self._qdate(year, month), "MMMM yyyy")
        if key == "timeline":
            year = self._timeline_year
            if era:
                name, in_era = to_era(date(year, 12, 31))
                return f"{year}年（{name}{era_year_text(in_era)}年）"
            return f"{year}年" if self.context.lang == "ja" else str(year)
        return translate("Calendar", "From {day}").format(day=self.context.format_date(self._today))

    @staticmethod
    def _qdate(year: int, month: int):
        from PySide6.QtCore import QDate

        return QDate(year, month, 1)

    def _show_period(self) -> None:
        self.period.setText(self.period_text())

    def _name_steps(self) -> None:
        if self.current_view_key() == "timeline":
            self.previous.setToolTip(translate("Calendar", "Previous year"))
            self.next.setToolTip(translate("Calendar", "Next year"))
        else:
            self.previous.setToolTip(translate("Calendar", "Previous month (Page Up)"))
            self.next.setToolTip(translate("Calendar", "Next month (Page Down)"))
        self.previous.setAccessibleName(self.previous.toolTip())
        self.next.setAccessibleName(self.next.toolTip())

    def retranslate(self) -> None:
        names = {"month": translate("Calendar", "Month"), "agenda": translate("Calendar", "Agenda"),
                 "timeline": translate("Calendar", "Timeline")}
        tips = {"month": translate("Calendar", "Each day's dates in a month"),
                "agenda": translate("Calendar", "What falls due in the coming days, and what passed unanswered"),
                "timeline": translate("Calendar", "Agreement terms over a year, renewals joined")}
        for n, key in enumerate(VIEWS):
            button = self.view_buttons.button(n)
            button.setText(names[key])
            button.setToolTip(tips[key])
        self.today_button.setText(translate("Calendar", "Today"))
        self.clear_filters.setText(translate("Calendar", "Clear Filters"))
        self.search_box.setPlaceholderText(translate("Calendar", "Search partners and titles"))
        self.search_box.setAccessibleName(translate("Calendar", "Search the calendar"))
        self.export_button.setText(translate("Calendar", "Export to Calendar App…"))
        self.export_button.setToolTip(translate("Calendar", "Write the dates as an .ics file for Outlook, Google "
                                                            "Calendar or a phone"))
        if self.view_buttons.checkedId() >= 0:
            self._show_period()
            self._name_steps()

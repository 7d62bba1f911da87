"""The Calendar page's year timeline: each partnership's agreement terms as bars over the
months, a renewal chain on one lane, today marked — so staff see which run out when.

The lanes are :func:`db.services.timeline.timeline`'s, read off the GUI thread; the tree
over them paints only the rows on screen (``timeline_paint``), so a year of tens of
thousands of lanes scrolls as one of ten.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QStackedWidget, QTreeView, QVBoxLayout, QWidget,
)

from db.services.calendar import EVERYTHING, CalendarFilter
from db.services.timeline import timeline
from desktop.calendar.timeline_model import LANE, TERMS, TimelineModel, bar_at
from desktop.calendar.timeline_paint import (
    LEGEND_STATUSES, LaneNameDelegate, MonthHeader, TermsDelegate, scale_of, swatch,
)
from desktop.calendar.reading import ReadWhenShown
from desktop.context import AppContext
from desktop.i18n import tr_value
from desktop.tasks import run_task
from desktop.widgets.empty_note import EmptyNote
from desktop.widgets.record_tree import read_only_rows
from desktop.widgets.retranslating import Retranslating


LANE_WIDTH = 300


class TimelineTree(QTreeView):
    """A double-click opens the agreement under the mouse; Enter opens the lane's latest."""

    open_agreement = Signal(int)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        lane = self.model().lane(index.row())
        if index.column() == TERMS:
            rect = self.visualRect(index)
            bar = bar_at(lane, scale_of(self.model().year, rect), event.position().x())
        else:
            bar = lane.bars[-1]
        self.open_agreement.emit(bar.agreement_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.open_agreement.emit(self.model().lane(index.row()).bars[-1].agreement_id)
            return
        super().keyPressEvent(event)


class TimelineView(ReadWhenShown, Retranslating, QWidget):
    """A year of agreement terms, one lane per partnership."""

    open_record = Signal(str, int)
    refreshed = Signal()  # new data is on screen
    record_kinds = ("agreement", "organisation")  # whose changes it shows

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = TimelineModel(context, self)
        self._today = date.today()
        self._year = self._today.year
        self._filter: CalendarFilter = EVERYTHING
        self._loaded = False

        self.count = QLabel()
        self.count.setObjectName("timelineCount")
        self.tree = TimelineTree()
        self.tree.setObjectName("timeline")
        self.tree.setHeader(MonthHeader(self.model, context, self.tree))
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(LANE, LaneNameDelegate(self.tree))
        self.tree.setItemDelegateForColumn(TERMS, TermsDelegate(self.model, self.tree))
        read_only_rows(self.tree, padded=False)  # the delegates draw the whole cell
        self.tree.setIndentation(0)
        self.tree.setMouseTracking(True)
        header = self.tree.header()
        header.setSectionsMovable(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(LANE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(LANE, LANE_WIDTH)
        header.setMinimumHeight(header.fontMetrics().height() + 12)
        self.tree.open_agreement.connect(lambda agreement_id: self.open_record.emit("agreement", agreement_id))

        self.empty = EmptyNote()
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setObjectName("timelineMessage")
        self.stack = QStackedWidget()
        for page in (self.message, self.tree, self.empty):
            self.stack.addWidget(page)
        self.hint = QLabel(wordWrap=True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch(1)
        # The legend: colour is never the only sign, so each swatch is named.
        self.legend = QWidget()
        keys = QHBoxLayout(self.legend)
        keys.setContentsMargins(0, 0, 0, 0)
        self._legend: list[tuple[QLabel, str]] = []
        for key, picture in [*((status, swatch(status)) for status in LEGEND_STATUSES),
                             ("renewal", swatch("active", renewal=True)), ("today", swatch("today"))]:
            icon, label = QLabel(), QLabel()
            icon.setPixmap(picture)
            keys.addWidget(icon)
            keys.addWidget(label)
            keys.addSpacing(8)
            self._legend.append((label, key))
        top.addWidget(self.legend)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint)

        context.date_style_changed.connect(lambda _style: self.retranslate())
        self.retranslate()
        self.start_reading(context)

    # ------------------------------------------------------------------ the page's calls

    def set_year(self, year: int) -> None:
        if year != self._year:
            self._year = year
            self.schedule()

    def year(self) -> int:
        return self._year

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the year again, off the GUI thread; ``refreshed`` says when it shows."""
        generation, year, today = self.begin_read(), self._year, self._today
        if not self._loaded:
            self.stack.setCurrentWidget(self.message)
            self.message.setText(self.tr("Reading the agreements' terms…"))
        work = partial(timeline, self.context.db, year, self._filter, today=today)
        run_task(self, work, done=lambda lanes: self._read(generation, year, today, lanes),
                 failed=lambda exc: self._failed(generation, exc))

    def _read(self, generation: int, year: int, today: date, lanes: list) -> None:
        if not self.is_latest(generation):
            return  # a later request is on its way; its answer is the one to show
        self._loaded = True
        self.model.set_lanes(year, today, lanes)
        self.tree.header().viewport().update()  # the months and today's mark follow the year
        self._show_state()
        self.refreshed.emit()

    # ------------------------------------------------------------------ showing

    def _show_state(self) -> None:
        if not self._loaded:
            return
        lanes = len(self.model.lanes)
        year = self.model.year
        self.count.setText(self.tr("Partnerships with a term in {year}: {count}").format(
            year=year, count=self.context.locale().toString(lanes)))
        self.hint.setVisible(lanes > 0)
        self.legend.setVisible(lanes > 0)
        if lanes:
            self.stack.setCurrentWidget(self.tree)
            return
        self.stack.setCurrentWidget(self.empty)
        self.empty.heading.setText(self.tr("No agreement has a term in {year}").format(year=year))
        if self._filter.narrows:
            self.empty.text.setText(self.tr("The filters leave some partnerships out. Clear them, or choose "
                                            "another year."))
        else:
            self.empty.text.setText(self.tr("A term runs from an agreement's effective date (or its signing) to "
                                            "its expiry. Choose another year, or give the agreements their "
                                            "dates."))

    def retranslate(self) -> None:
        for label, key in self._legend:
            if key == "renewal":
                label.setText(self.tr("Later automatic term"))
            elif key == "today":
                label.setText(self.tr("Today"))
            else:
                label.setText(tr_value("AgreementStatus", key))
        self.tree.setAccessibleName(self.tr("Timeline"))
        self.hint.setText(self.tr("Bars run from an agreement's start to its expiry, coloured by status; "
                                  "later automatic terms are hatched. Double-click a bar to open its agreement."))
        self.model.retranslate()
        self.tree.header().viewport().update()
        self._show_state()

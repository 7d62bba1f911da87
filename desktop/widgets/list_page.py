"""The frame every list screen shares: search as you type, filters, a paged table, the count,
a column chooser, an empty state that says what to do, and the state kept between runs.

A screen subclasses :class:`ListPage`, names its ``kind`` and settings group, and gives
its columns (:meth:`make_columns`), its filters (:meth:`build_filters` and the state
methods) and the service call (:meth:`fetch_page`).  Search, filters and order run in
the database through the service; the table holds only the pages scrolled to
(desktop.widgets.paged_model).  Texts of the empty state and the count come from the
screen, which knows what it lists.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton, QStackedWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget,
)

from db.errors import KakehashiError
from db.services.common import Page
from desktop.tasks import run_task
from desktop.widgets.choice_button import make_menu_button
from desktop.widgets.column_chooser import ColumnChooser
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.list_state import ListState
from desktop.widgets.paged_model import Column, PagedModel
from desktop.widgets.retranslating import Retranslating

SEARCH_DELAY_MS = 150  # typing faster than this waits for the pause; the search then reads the whole box
KEEP_ROWS = 5_000  # a reload after a change keeps at most this many rows of those scrolled through


class ListPage(Retranslating, QWidget):
    """Base of the Partners and Agreements lists.  ``open_record(kind, id)``: id 0 asks for a new one."""

    open_record = Signal(str, int)

    kind = ""  # the kind of record listed, as the catalogue names it ("organisation")
    state_group = ""  # the QSettings group of this list ("partners")
    watched: tuple[str, ...] = ()  # other kinds whose changes show in this list (a partner's new name)
    page_size = 100
    max_page_size: int | None = None
    default_widths: dict[str, int] = {}
    hidden_by_default: frozenset[str] = frozenset()
    default_sort: tuple[str, bool] = ("", False)  # column key, descending

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.state = ListState(context.settings, self.state_group)
        self._search_text = ""
        self._error: str | None = None
        self._restoring = False
        self.columns: list[Column] = self.make_columns()
        self.keys = [c.key for c in self.columns]
        self.model = PagedModel(self.columns, self._fetch, self, page_size=self.page_size,
                                max_page_size=self.max_page_size)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_search)
        self._reload_soon = QTimer(self, singleShot=True, interval=0)  # many changes at once, one reload
        self._reload_soon.timeout.connect(self.reload)
        self._build()
        self._restore_state()
        self._connect()
        self.retranslate()
        self.model.refresh()

    # ------------------------------------------------------------------ to give in a screen

    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def build_filters(self, layout: QHBoxLayout) -> None:
        """Add the filter widgets; call :meth:`filters_changed` when one changes."""

    def fetch_page(self, search: str | None, offset: int, limit: int, order_by: str | None,
                   descending: bool) -> Page:
        raise NotImplementedError

    def fetch_one(self, record_id: int) -> Any:
        """The record as the list shows it (to update one row in place), or None."""
        return None

    def delete_one(self, record_id: int) -> str:
        """Move the record to the trash with the service; returns its label (for Edit → Undo)."""
        raise NotImplementedError

    def filter_state(self) -> dict[str, Any]:
        return {}

    def set_filter_state(self, state: dict[str, Any]) -> None:
        """Show remembered filters (values that no longer exist are dropped), without reloading."""

    def filters_active(self) -> bool:
        return any(bool(v) for v in self.filter_state().values())

    def clear_filter_widgets(self) -> None:
        """Set every filter back to "all", without reloading."""

    def retranslate_page(self) -> None:
        """Texts of the screen's own widgets (filters) in the current language."""

    def count_text(self, total: int, capped: bool) -> str:
        return f"{total}"

    def empty_text(self) -> str:
        return ""

    def no_match_text(self, search: str) -> str:
        return ""

    def filtered_empty_text(self) -> str:
        return ""

    def new_text(self) -> str:
        return ""

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.search_box = QLineEdit(objectName="search")
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel(objectName="count")
        self.columns_button = make_menu_button(QToolButton(objectName="columns"))
        self.columns_button.setMenu(QMenu(self.columns_button))
        self.columns_button.menu().aboutToShow.connect(lambda: self.chooser.fill_menu(self.columns_button.menu()))
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.columns_button)

        self.filters_bar = QWidget(objectName="filters")
        self.filters_layout = QHBoxLayout(self.filters_bar)
        self.filters_layout.setContentsMargins(0, 0, 0, 0)
        self.build_filters(self.filters_layout)
        self.clear_filters_button = QPushButton(objectName="clear_filters")
        self.clear_filters_button.setFlat(True)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.filters_layout.addWidget(self.clear_filters_button)
        self.filters_layout.addStretch(1)

        self.table = QTableView(objectName="table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed heights: no measuring 100,000 rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)

        self.empty = EmptyState()
        self.empty_label = self.empty.label
        self.new_button, self.demo_button = self.empty.new_button, self.empty.demo_button
        self.clear_search_button, self.empty_clear_filters = self.empty.clear_search_button, \
            self.empty.clear_filters_button
        self.chooser = ColumnChooser(self.table, self.columns, self.state, self.default_widths,
                                     self.hidden_by_default, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters_bar)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.model.counted.connect(lambda *_: self._show_count())
        self.model.modelReset.connect(self._show_count)
        self.model.rowsInserted.connect(self._show_count)
        self.new_button.clicked.connect(self.new_record)
        self.demo_button.clicked.connect(self.load_demo)
        self.clear_search_button.clicked.connect(self.clear_search)
        self.empty_clear_filters.clicked.connect(self.clear_filters)
        self.context.records_changed.connect(self._records_changed)
        self.context.date_style_changed.connect(lambda _style: self.model.retranslate())

    # ------------------------------------------------------------------ what others call

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def new_record(self) -> None:
        """Ask for a new record of the list's kind (the window opens an empty form for id 0)."""
        self.open_record.emit(self.kind, 0)

    def delete_selected(self) -> None:
        """Move the selected record to the trash (Edit → Undo puts it back)."""
        record_id = self.current_id()
        if not record_id:
            return
        try:
            label = self.delete_one(record_id)
        except KakehashiError as exc:
            QMessageBox.warning(self, self.tr("Cannot move to the trash"), self.context.error_text(exc))
            return
        self.context.deleted(self.kind, record_id, label)

    def search_now(self, text: str) -> None:
        """Search for ``text`` at once, as if typed and paused."""
        self.search_box.setText(text)
        self.apply_search()

    def apply_search(self) -> None:
        """Run the search in the box now (the pause after typing ends here)."""
        self._debounce.stop()
        text = self.search_box.text().strip()
        if text == self._search_text:
            return
        self._search_text = text
        self.model.refresh()
        self.table.scrollToTop()

    def clear_search(self) -> None:
        self.search_box.clear()
        self.apply_search()

    def filters_changed(self) -> None:
        """A filter widget changed: remember the filters and load the list again."""
        if self._restoring:
            return
        self.state.save_filters(self.filter_state())
        self.model.refresh()
        self.table.scrollToTop()

    def clear_filters(self) -> None:
        self.clear_filter_widgets()
        self.filters_changed()

    def current_id(self) -> int | None:
        record = self.model.record(self.table.currentIndex().row())
        return getattr(record, "id", None)

    def select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def reload(self) -> None:
        """Load the list again, keeping the selection and the scroll position where it can."""
        self._reload_soon.stop()
        selected, loaded = self.current_id(), self.model.rowCount()
        position = self.table.verticalScrollBar().value()
        self.model.refresh()
        self.model.load_until(min(loaded, KEEP_ROWS))
        if selected is not None:
            self.select_id(selected)
        self.table.verticalScrollBar().setValue(position)

    def load_demo(self) -> None:
        """Fill an empty database with the demo data (in the background), then show it."""
        from db.demo.seed import load_seed

        db = self.context.db
        self.demo_button.setEnabled(False)

        def done(_summary) -> None:
            self.demo_button.setEnabled(True)
            for kind in ("organisation", "agreement", "membership", "activity"):
                self.context.changed(kind, 0)

        def failed(exc: BaseException) -> None:
            self.demo_button.setEnabled(True)
            QMessageBox.warning(self, self.tr("Demo data"), self.context.error_text(exc))

        run_task(self, lambda: load_seed(db, if_empty=True), done=done, failed=failed,
                 progress=self.tr("Loading the demo data…"))

    # ------------------------------------------------------------------ columns

    def column_index(self, key: str) -> int:
        return self.keys.index(key)

    def visible_columns(self) -> list[str]:
        """Keys of the columns shown, in the order shown."""
        return self.chooser.visible()

    def set_column_visible(self, key: str, visible: bool) -> bool:
        """Show or hide a column; the last one shown stays (returns False then)."""
        return self.chooser.set_visible(key, visible)

    def _fill_column_menu(self, menu: QMenu) -> None:
        self.chooser.fill_menu(menu)

    # ------------------------------------------------------------------ order

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if self._restoring:
            return
        if not self.model.sortable(section):  # no database order for it: put the indicator back
            self._show_sort()
            return
        self._sort_key = self.keys[section]
        self.state.save_sort(self._sort_key, order == Qt.SortOrder.DescendingOrder)
        self.model.sort(section, order)
        self.table.scrollToTop()

    def _show_sort(self) -> None:
        header = self.table.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(self.column_index(self._sort_key), order)
        header.blockSignals(False)

    def sort_by(self, key: str, descending: bool = False) -> None:
        """Order the list by a column (as a click on its header does); ignored where it cannot sort."""
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(self.column_index(key), order)

    # ------------------------------------------------------------------ state

    def _restore_state(self) -> None:
        self._restoring = True
        self.chooser.restore()
        key, descending = self.state.sort()
        if key not in self.keys or not self.model.sortable(self.column_index(key)):
            key, descending = self.default_sort
        if key not in self.keys or not self.model.sortable(self.column_index(key)):
            key = next(k for i, k in enumerate(self.keys) if self.model.sortable(i))
        self._sort_key = key
        self.model.set_order(self.columns[self.column_index(key)].order_by, descending)
        self._show_sort()
        self.set_filter_state(self.state.filters())
        self._restoring = False

    # ------------------------------------------------------------------ loading

    def _fetch(self, offset: int, limit: int, order_by: str | None, descending: bool) -> Page:
        try:
            page = self.fetch_page(self._search_text or None, offset, limit, order_by, descending)
        except KakehashiError as exc:  # a filter the database refuses: say why instead of a blank list
            self._error = self.context.error_text(exc)
            return Page([], 0, offset)
        self._error = None
        return page

    def _records_changed(self, kind: str, record_id: int) -> None:
        if kind == self.kind and record_id and self.model.row_of(record_id) >= 0:
            try:
                record = self.fetch_one(record_id)
            except KakehashiError:
                record = None
            if record is not None and getattr(record, "deleted_at", None) is None \
                    and self.model.update_record(record):
                return
        if kind == self.kind or kind in self.watched:
            self._reload_soon.start()

    def _open_row(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None and getattr(record, "id", None):
            self.open_record.emit(self.kind, record.id)

    def _show_count(self, *_args) -> None:
        total, capped = self.model.total, self.model.total_is_capped
        self.count_label.setText(self.count_text(total, capped))
        self.clear_filters_button.setVisible(self.filters_active())
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.table)
        if not empty:
            return
        searching, filtered = bool(self._search_text), self.filters_active()
        if self._error:
            text = self._error
        elif searching:
            text = self.no_match_text(self._search_text)
        elif filtered:
            text = self.filtered_empty_text()
        else:
            text = self.empty_text()
        self.empty.show_state(text, nothing_at_all=not (searching or filtered or self._error), searching=searching,
                              filtered=filtered)

    def number(self, value: int) -> str:
        """A count as the interface's language writes it (1,000)."""
        return self.context.locale().toString(value)

    # ------------------------------------------------------------------ keys and language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.search_box:
                if key == Qt.Key.Key_Escape and self.search_box.text():
                    self.clear_search()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.apply_search()
                    if self.model.rowCount():
                        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                        if not self.table.currentIndex().isValid():
                            self.table.selectRow(0)
                    return True
            elif watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.table.currentIndex().isValid():
                    self._open_row(self.table.currentIndex().row())
                    return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.search_box.setAccessibleName(self.tr("Search"))
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))
        self.clear_filters_button.setText(self.tr("Clear filters"))
        self.empty.retranslate(self.new_text())
        self.retranslate_page()
        self.model.retranslate()
        self._show_count()

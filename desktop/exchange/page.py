"""The Import/Export page: the imports done so far, each of which can be undone, and the
ways in: Import…, Export…, Blank template… (a spreadsheet dropped on the page is imported)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedWidget, QTableView, QVBoxLayout,
    QWidget,
)

from db.exchange.model import KINDS
from desktop.context import AppContext
from desktop.exchange import actions
from desktop.exchange.batch_model import BATCH_ROLE, FILE, SORT_ROLE, WHEN, BatchModel
from desktop.exchange.drops import dropped_path
from desktop.widgets.empty_note import EmptyNote
from desktop.widgets.retranslating import Retranslating


class ExchangePage(Retranslating, QWidget):
    """Past imports and the buttons that start an import, an export or a template."""

    open_record = Signal(str, int)  # every page's contract; this one opens no record itself
    undone = Signal(int)  # a batch was undone (its id)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setAcceptDrops(True)
        self.model = BatchModel(context, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.title = QLabel(objectName="title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(objectName="intro", wordWrap=True)
        self.import_button = QPushButton(objectName="importButton")
        self.export_button = QPushButton(objectName="exportButton")
        self.template_button = QPushButton(objectName="templateButton")
        self.undo_button = QPushButton(objectName="undoImport")
        self.import_button.clicked.connect(lambda: self.start_import())
        self.export_button.clicked.connect(lambda: actions.start_export(self, context))
        self.template_button.clicked.connect(lambda: actions.start_template(self, context))
        self.undo_button.clicked.connect(self.undo_selected)

        self.table = QTableView(objectName="batches")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.report = QLabel(objectName="report", wordWrap=True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.hide()
        self.empty_state = EmptyNote()
        self.empty_heading, self.empty_text = self.empty_state.heading, self.empty_state.text
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.template_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.history_label = QLabel(objectName="historyHeading")
        bold = self.history_label.font()
        bold.setBold(True)
        self.history_label.setFont(bold)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(self.history_label)
        layout.addWidget(self.report)
        layout.addWidget(self.stack, 1)
        layout.addLayout(below)

        context.records_changed.connect(self._records_changed)
        context.date_style_changed.connect(lambda _style: self.model.retranslate())
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the list of imports again, keeping the selected one selected."""
        from db.exchange.batches import list_batches

        kept = self.selected_batch()
        self.model.set_batches(list_batches(self.context.db))
        if kept is None or not self.select_batch(kept.id):
            if self.model.batches:  # the latest import, the one most often undone
                self.table.selectRow(0)
        self.stack.setCurrentWidget(self.table if self.model.batches else self.empty_state)
        self._enable()

    def _records_changed(self, kind: str, _record_id: int) -> None:
        if kind in KINDS.values():  # an import or an undo elsewhere (the wizard) shows here
            self.refresh()

    def selected_batch(self):
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(BATCH_ROLE) if rows else None

    def select_batch(self, batch_id: int) -> bool:
        row = self.model.row_of(batch_id)
        if row < 0:
            return False
        self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        return True

    # ------------------------------------------------------------------ actions

    def start_import(self, path: str | None = None):
        """The import wizard (on ``path`` if given); returns it."""
        return actions.start_import(self, self.context, path)

    def undo_selected(self) -> None:
        batch = self.selected_batch()
        if batch is None or batch.undone_at is not None:
            return
        if not actions.confirm_undo(self, batch.file_name):
            return
        self.undo_button.setEnabled(False)
        actions.undo_import(self, self.context, batch.id, batch.list_kind,
                            done=lambda text, b=batch.id: self._undone(b, text), failed=self._undo_failed)

    def _undone(self, batch_id: int, text: str) -> None:
        self._report(text, error=False)
        self.refresh()
        self.undone.emit(batch_id)

    def _undo_failed(self, text: str) -> None:
        self._report(text, error=True)
        self._enable()

    def _report(self, text: str, *, error: bool) -> None:
        self.report.setText(text)
        self.report.setStyleSheet("color: #c62828;" if error else "")
        self.report.setVisible(bool(text))

    # ------------------------------------------------------------------ dropping a file

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if dropped_path(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = dropped_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.start_import(path)

    # ------------------------------------------------------------------ showing

    def _enable(self) -> None:
        batch = self.selected_batch()
        writable = not self.context.db.read_only  # a database opened read-only is looked at, not changed
        self.import_button.setEnabled(writable)
        self.undo_button.setEnabled(writable and batch is not None and batch.undone_at is None)
        self.undo_button.setVisible(bool(self.model.batches))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Import and export"))
        self.intro.setText(self.tr(
            "Send partners a list or a blank template to fill in, and take their spreadsheets back: "
            "every row is shown as new, updated or in error before anything is written, and an import "
            "can be undone."))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Read an Excel or CSV file into a list (you can also drop the file "
                                              "on this page)"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Write a list to an Excel or CSV file"))
        self.template_button.setText(self.tr("Blank template…"))
        self.template_button.setToolTip(self.tr("An empty workbook with the list's columns, for a partner to fill in"))
        self.history_label.setText(self.tr("Past imports"))
        self.undo_button.setText(self.tr("Undo this import…"))
        self.undo_button.setToolTip(self.tr("Remove the records the selected import added and put back what it "
                                            "changed"))
        self.empty_heading.setText(self.tr("Nothing imported yet"))
        self.empty_text.setText(self.tr(
            "Choose Import… or drop an Excel or CSV file here. Each import is listed here and can be undone."))
        self.table.setAccessibleName(self.tr("Past imports"))
        self.model.retranslate()
        self.table.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)

"""The signed copy and annexes of an agreement: add (file dialog or drop), open, remove.

Files are copied into the database's store by ``db.services.documents`` — off the GUI
thread, since a scanned contract can be large — and listed with their size and SHA-256,
so anyone can check a copy against the original.  Opening hands a copy carrying the
original file name to the system's viewer (the store names files by their hash, which
no viewer would recognise).  A new agreement keeps the files it is given until its first
save, then attaches them.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from db.database import Database
from db.services.agreements import DocumentData, get_agreement
from db.services.documents import attach_document, detach_document, document_file
from desktop import i18n
from desktop.context import AppContext
from desktop.tasks import run_task
from desktop.widgets.retranslating import Retranslating

COLUMNS = ("original_name", "size", "sha256", "added_at")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2


def attach_files(db: Database, agreement_id: int, paths: list[Path]) -> list[DocumentData]:
    """Attach each file (on a worker thread: copying and hashing take time)."""
    return [attach_document(db, agreement_id, path).record for path in paths]


def copy_for_viewer(db: Database, document_id: int, name: str) -> Path:
    """The stored copy, checked, copied to a temporary folder under its original name."""
    stored = document_file(db, document_id)
    folder = Path(tempfile.gettempdir()) / "kakehashi-documents" / stored.name[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (Path(name).name or stored.name)
    if not target.is_file() or target.stat().st_size != stored.stat().st_size:
        shutil.copyfile(stored, target)
    return target


class AttachmentsPanel(Retranslating, QWidget):
    """The agreement's documents in a table, with Add…, Open and Remove."""

    attached = Signal(list)  # DocumentData of the files just attached
    opened = Signal(object)  # the Path handed to the system's viewer

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.task = None  # the copy under way, if any
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.view = QTableView(self)
        self.view.setObjectName("documents")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)  # the whole checksum, to compare
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Attaching does not move the agreement's version, so another window's form would not
        # reload: the panel follows the agreement's changes itself.
        context.records_changed.connect(self._record_changed)
        self.retranslate()

    # ------------------------------------------------------------------ showing

    def set_agreement(self, agreement_id: int | None, documents: list[DocumentData]) -> None:
        """Show the agreement's documents; files waiting for a new agreement's first save stay."""
        pending = self.pending_paths()
        self.agreement_id = agreement_id
        self.model.removeRows(0, self.model.rowCount())
        for doc in documents:
            self._append_document(doc)
        for path in pending:
            self._append_pending(path)
        self._update_buttons()

    def documents(self) -> list[tuple[str, int | None, str | None]]:
        """(file name, size, checksum) of each row as shown; size and checksum None while pending."""
        return [(self.model.item(r, 0).text(), self.model.item(r, 1).data(ID_ROLE),
                 self.model.item(r, 2).data(ID_ROLE)) for r in range(self.model.rowCount())]

    def pending_paths(self) -> list[Path]:
        return [Path(p) for r in range(self.model.rowCount())
                if (p := self.model.item(r, 0).data(PATH_ROLE)) is not None]

    def _append_document(self, doc: DocumentData) -> None:
        name = QStandardItem(doc.original_name)
        name.setData(doc.id, ID_ROLE)
        name.setToolTip(doc.notes or doc.original_name)
        size = QStandardItem(self.size_text(doc.size))
        size.setData(doc.size, ID_ROLE)
        size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        checksum = QStandardItem(doc.sha256)
        checksum.setData(doc.sha256, ID_ROLE)
        checksum.setToolTip(doc.sha256)
        checksum.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        added = QStandardItem(self.context.format_date(doc.added_at.date()) if doc.added_at else "")
        self.model.appendRow([name, size, checksum, added])

    def _append_pending(self, path: Path) -> None:
        name = QStandardItem(path.name)
        name.setData(str(path), PATH_ROLE)
        name.setToolTip(str(path))
        size = path.stat().st_size if path.is_file() else 0
        cells = [name, QStandardItem(self.size_text(size)), QStandardItem(self.tr("(on saving)")), QStandardItem("")]
        cells[1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model.appendRow(cells)

    def size_text(self, size: int) -> str:
        """"1.2 MB (1,234,567 bytes)": readable, and exact for comparing with the original."""
        locale = self.context.locale()
        exact = self.tr("{count} bytes").format(count=locale.toString(size))
        if size < 1024:
            return exact
        readable = locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        return f"{readable} ({exact})"

    # ------------------------------------------------------------------ adding

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach documents"), "", self.tr("PDF documents (*.pdf);;All files (*)"))
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Attach these files (a new agreement: when it is first saved)."""
        paths = [p for p in paths if p.is_file()]
        if not paths:
            return
        if self.agreement_id is None:
            for path in paths:
                self._append_pending(path)
            self._update_buttons()
            return
        self._start_attaching(paths)

    def attach_pending(self, agreement_id: int) -> None:
        """The new agreement was saved: attach the files it was given."""
        self.agreement_id = agreement_id
        pending = self.pending_paths()
        if pending:
            self._start_attaching(pending)

    def _start_attaching(self, paths: list[Path]) -> None:
        self._drop_pending()  # listed again, with size and checksum, once stored
        self.hint.setText(self.tr("Copying {name}…").format(name=", ".join(p.name for p in paths)))
        self.add_button.setEnabled(False)
        self.task = run_task(self, attach_files, self.context.db, self.agreement_id, paths,
                             done=self._attached, failed=self._failed,
                             progress=self.tr("Copying the documents into the database…"))

    def _attached(self, documents: list[DocumentData]) -> None:
        self.task = None
        self._refresh()
        self.context.changed("agreement", self.agreement_id)
        self.attached.emit(documents)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._refresh()
        QMessageBox.warning(self, self.tr("Not attached"), self.context.error_text(exc))

    def _refresh(self) -> None:
        documents = get_agreement(self.context.db, self.agreement_id).documents if self.agreement_id else []
        self.set_agreement(self.agreement_id, documents)

    def _drop_pending(self) -> None:
        for row in reversed(range(self.model.rowCount())):
            if self.model.item(row, 0).data(PATH_ROLE) is not None:
                self.model.removeRow(row)

    def _record_changed(self, kind: str, record_id: int) -> None:
        if kind == "agreement" and record_id == self.agreement_id and self.agreement_id and self.task is None:
            try:
                self._refresh()
            except Exception:  # noqa: BLE001 - moved to the trash meanwhile: the form says so when saving
                return

    # ------------------------------------------------------------------ open, remove

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        item = self.model.item(row, 0)
        if item.data(PATH_ROLE) is not None:  # not attached yet: the original is where it was
            self._open(Path(item.data(PATH_ROLE)))
            return
        run_task(self, copy_for_viewer, self.context.db, item.data(ID_ROLE), item.text(),
                 done=self._open, failed=self._failed_to_open)

    def _open(self, path: Path) -> None:
        self.opened.emit(path)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("Cannot open"),
                                    self.tr("No program is set up to open {name}. The file is at {path}.")
                                    .format(name=path.name, path=str(path)))

    def _failed_to_open(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Cannot open"), self.context.error_text(exc))

    def remove_selected(self, confirm: bool = True) -> None:
        row = self.selected_row()
        if row is None:
            return
        item = self.model.item(row, 0)
        if item.data(PATH_ROLE) is not None:
            self.model.removeRow(row)
            self._update_buttons()
            return
        if confirm and QMessageBox.question(
                self, self.tr("Remove document"),
                self.tr("Remove “{name}” from this agreement?").format(name=item.text())
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            detach_document(self.context.db, item.data(ID_ROLE))
        except Exception as exc:  # noqa: BLE001 - any core error becomes a message
            QMessageBox.warning(self, self.tr("Not removed"), self.context.error_text(exc))
            return
        self._refresh()
        self.context.changed("agreement", self.agreement_id)

    # ------------------------------------------------------------------ words

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.add_button.setEnabled(self.task is None)
        if self.task is None:
            if self.agreement_id is None and self.model.rowCount():
                self.hint.setText(self.tr("The files are attached when the agreement is saved."))
            elif not self.model.rowCount():
                self.hint.setText(self.tr("No documents. Add the signed copy with “Add…” or drop a PDF "
                                          "on this window."))
            else:
                self.hint.setText(self.tr("Double-click a document to open it."))

    def retranslate(self) -> None:
        self.model.setHorizontalHeaderLabels([i18n.tr_field("agreement_document", c) for c in COLUMNS])
        self.add_button.setText(self.tr("Add…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.view.setAccessibleName(i18n.tr_field("agreement", "documents"))
        self._update_buttons()

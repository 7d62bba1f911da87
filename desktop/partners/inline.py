"""Records that belong to a partner (contacts, memberships), edited inside its form.

A panel shows the partner's records in a table (the shared :class:`PagedModel` over the
list service) and, beside it, an editor for the selected one.  The editor is a
:class:`RecordForm` living inside the partner's window, so each record is saved on its
own, with its own version: validation at the record's own field, the conflict dialog
when someone saved it first, reload when another window saved it.  Picking another
row while the editor holds unsaved changes asks first, as closing a window does.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from db.errors import KakehashiError
from db.services.common import Page
from desktop.context import AppContext
from desktop.widgets.paged_model import Column, PagedModel, record_table
from desktop.widgets.record_form import RecordForm
from desktop.widgets.retranslating import Retranslating


class InlineEditor(RecordForm):
    """A record form shown as a part of another window rather than as a window of its own."""

    def __init__(self, context: AppContext, organisation_id: int | None, parent: QWidget | None = None):
        super().__init__(context, None, parent)
        self.organisation_id = organisation_id
        self.setWindowFlags(Qt.WindowType.Widget)
        # The window's own Save and Close shortcuts act for the whole window.
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(False)
        # Cancel puts the record back as saved; closing is the window's business.
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.revert)
        self.layout().setContentsMargins(0, 0, 0, 0)

    def revert(self) -> None:
        try:
            self.reload()
        except KakehashiError:  # moved to the trash meanwhile: start a new one
            self.record_id = None
            self.reload()

    def edit(self, record_id: int | None) -> None:
        """Show the record (None: a new one for the organisation)."""
        self.record_id = record_id
        self.revert()

    def ask_to_save(self) -> bool:
        """Before leaving the record: save, discard or stay.  True when it may be left."""
        if not self.is_changed:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("Save the changes to this record before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False


class InlinePanel(Retranslating, QWidget):
    """A table of a partner's records with add and remove buttons, and the record's editor."""

    kind = ""
    removed = Signal(int)

    def __init__(self, context: AppContext, organisation_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.model = PagedModel(self.columns(), self._fetch, self)
        self.view = record_table(self.model, f"{self.kind}Table", self)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)

        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName(f"add_{self.kind}")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName(f"remove_{self.kind}")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)

        self.editor = self.make_editor()
        self.editor.saved.connect(self._editor_saved)
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        self.editor_heading = QLabel(frame)
        self.editor_heading.setStyleSheet("font-weight: bold;")
        inner.addWidget(self.editor_heading)
        inner.addWidget(self.editor, 1)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(frame)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        context.records_changed.connect(self._record_changed)
        # Bound methods, not lambdas: Qt drops the connection when this panel is deleted.
        context.date_style_changed.connect(self._date_style_changed)
        self.retranslate()
        self.refresh()
        self._select_first()

    # ------------------------------------------------------------------ for subclasses

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def make_editor(self) -> InlineEditor:
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> Page:
        raise NotImplementedError

    def remove_record(self, record_id: int):
        """The delete service; returns its ``Saved``."""
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        """add, remove, new, edit, empty, unsaved: the panel's words in the current language."""
        raise NotImplementedError

    # ------------------------------------------------------------------ behaviour

    def set_organisation(self, organisation_id: int | None) -> None:
        self.organisation_id = organisation_id
        self.editor.organisation_id = organisation_id
        self.refresh()
        self._select_first()

    def refresh(self) -> None:
        """Read the records again and keep the one being edited selected."""
        self.model.refresh()
        self._select(self.editor.record_id)
        self._update_state()

    def _fetch(self, offset: int, limit: int, _order_by: str | None, _descending: bool) -> Page:
        if not self.organisation_id:
            return Page([], 0, offset)
        return self.fetch_page(offset, limit)

    def _select(self, record_id: int | None) -> None:
        row = self.model.row_of(record_id) if record_id else -1
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        try:
            if row >= 0:
                selection.setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
            else:
                selection.clear()
        finally:
            selection.blockSignals(False)
        self.view.viewport().update()

    def _row_changed(self, current, _previous) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is None or record.id == self.editor.record_id:
            return
        if not self.editor.ask_to_save():
            self._select(self.editor.record_id)  # stay on the record being edited
            return
        self.editor.edit(record.id)
        self._update_state()

    def add(self) -> None:
        """Start a new record in the editor."""
        if not self.organisation_id or not self.editor.ask_to_save():
            return
        self._select(None)
        self.editor.edit(None)
        self._update_state()
        self.editor.first_field().setFocus()

    def remove(self) -> None:
        """Move the selected record to the trash (Edit → Undo puts it back)."""
        record_id = self.editor.record_id
        if not record_id:
            return
        try:
            result = self.remove_record(record_id)
        except KakehashiError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), self.context.error_text(exc))
            return
        label = getattr(result.record, "display_name", "") or ""
        self.editor.record_id = None
        self.editor.revert()
        self.context.deleted(self.kind, record_id, label)
        self.removed.emit(record_id)
        self._select_first()

    def _date_style_changed(self, _style: str) -> None:
        self.model.refresh()
        self._select(self.editor.record_id)

    def _editor_saved(self, _result) -> None:
        self.refresh()

    def _select_first(self) -> None:
        if self.editor.record_id is None and self.model.rowCount() > 0 and not self.editor.is_changed:
            self.view.selectRow(0)  # loads the first record into the editor
        self._update_state()

    def _record_changed(self, kind: str, _record_id: int) -> None:
        if kind in (self.kind, "organisation") and self.organisation_id:
            self.refresh()

    def _update_state(self) -> None:
        words = self.texts()
        enabled = bool(self.organisation_id)
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and bool(self.editor.record_id))
        self.editor.setEnabled(enabled)
        self.editor_heading.setText(words["edit"] if self.editor.record_id else words["new"])
        if not enabled:
            self.caption.setText(words["unsaved"])
        elif not self.model.total:
            self.caption.setText(words["empty"])
        else:
            self.caption.setText(words["count"].format(count=self.model.total))

    def retranslate(self) -> None:
        words = self.texts()
        self.add_button.setText(words["add"])
        self.remove_button.setText(words["remove"])
        self.remove_button.setToolTip(self.tr("Moves it to the trash; Edit → Undo puts it back."))
        self.model.retranslate()
        self._update_state()

"""The trash: what was deleted, when and by whom; restore it, or delete it for good.

Deleting for good and emptying the trash cannot be undone, so they ask first; what
could not be done (an organisation still named in agreements) is said on the page,
in the user's language, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)

from db.errors import KakehashiError
from db.services.deleted_by import who_deleted
from db.services.trash import TrashItem, empty_trash, list_trash, purge, restore
from desktop.context import AppContext
from desktop.trash.model import DELETED_AT, DELETED_BY, KIND, NAME, TrashModel
from desktop.widgets.empty_note import EmptyNote
from desktop.widgets.retranslating import Retranslating

# Organisations first on restore (their contacts follow them); last on deleting for good
# (an organisation can go once the agreements naming it are gone).
_RESTORE_ORDER = ("organisation", "agreement", "contact", "membership", "activity")
_PURGE_ORDER = ("activity", "agreement", "contact", "membership", "organisation")


class TrashPage(Retranslating, QWidget):
    """Everything in the trash; restore or delete for good, one or several at once."""

    open_record = Signal(str, int)  # part of every page's contract; the trash opens nothing itself
    emptied = Signal()  # after "Empty the trash" (tests and the window's status)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.model = TrashModel(context, self)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.restore_button = QPushButton(objectName="restore")
        self.purge_button = QPushButton(objectName="purge")
        self.empty_button = QPushButton(objectName="emptyTrash")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty)

        self.table = QTableView(objectName="table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((KIND, 140), (DELETED_AT, 170), (DELETED_BY, 140)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.purge_selected)

        self.report = QLabel(objectName="report")  # what the last action did, or could not do
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.hide()

        self.empty_state = EmptyNote()
        self.empty_heading, self.empty_text = self.empty_state.heading, self.empty_state.text
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        context.records_changed.connect(lambda _kind, _id: self.refresh())
        context.date_style_changed.connect(lambda _style: self.model.retranslate())
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the trash again, keeping the selection where the records are still there."""
        kept = {(i.kind, i.id) for i in self.selected()}
        items = list_trash(self.context.db)
        self.model.set_items(items, who_deleted(self.context.db, [(i.kind, i.id) for i in items]))
        for row, item in enumerate(self.model.items):
            if (item.kind, item.id) in kept:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)
        self._show_count()

    def selected(self) -> list[TrashItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows if r < len(self.model.items)]

    def select_record(self, kind: str, record_id: int, extend: bool = False) -> bool:
        for row, item in enumerate(self.model.items):
            if (item.kind, item.id) == (kind, record_id):
                flags = self.table.selectionModel().SelectionFlag
                self.table.selectionModel().select(
                    self.model.index(row, 0), (flags.Select if extend else flags.ClearAndSelect) | flags.Rows)
                return True
        return False

    # ------------------------------------------------------------------ actions

    def restore_selected(self) -> None:
        """Take the selected records out of the trash (organisations before their parts)."""
        chosen = sorted(self.selected(), key=lambda i: _RESTORE_ORDER.index(i.kind))
        done, problems = [], []
        for item in chosen:
            try:
                restore(self.context.db, item.kind, item.id)
            except KakehashiError as exc:
                problems.append(self._problem(item, self.context.error_text(exc)))
            else:
                done.append(item)
        for item in done:
            self.context.changed(item.kind, item.id)
        self._report(self.tr("Restored {count} record(s).").format(count=len(done)) if done else "", problems)
        self.refresh()

    def purge_selected(self) -> None:
        """Delete the selected records for good, after asking (this cannot be undone)."""
        chosen = sorted(self.selected(), key=lambda i: _PURGE_ORDER.index(i.kind))
        if not chosen:
            return
        question = self.tr("Delete “{name}” for good? This cannot be undone.").format(name=chosen[0].label) \
            if len(chosen) == 1 else \
            self.tr("Delete the {count} selected records for good? This cannot be undone.").format(count=len(chosen))
        if not self.confirm(self.tr("Delete for good"), question):
            return
        done, problems = [], []
        for item in chosen:
            try:
                purge(self.context.db, item.kind, item.id)
                done.append(item)
            except KakehashiError as exc:
                problems.append(self._problem(item, self.context.error_text(exc)))
        for kind in dict.fromkeys(item.kind for item in done):
            self.context.changed(kind, 0)
        self._report(self.tr("Deleted {count} record(s) for good.").format(count=len(done)) if done else "",
                     problems)
        self.refresh()

    def empty(self) -> None:
        """Delete everything in the trash for good, after asking; say what stayed and why."""
        if not self.model.items:
            return
        if not self.confirm(self.tr("Empty the trash"), self.tr(
                "Delete all {count} records in the trash for good? This cannot be undone.").format(
                count=len(self.model.items))):
            return
        try:
            result = empty_trash(self.context.db)
        except KakehashiError as exc:
            self._report(self.context.error_text(exc), [])
            return
        kept = [self._problem(k, QCoreApplication.translate("Errors", k.reason).format(**k.params))
                for k in result.kept]
        if kept:
            text = self.tr("Deleted {count} record(s) for good. These stay in the trash:").format(count=result.removed)
        else:
            text = self.tr("The trash was emptied: {count} record(s) deleted for good.").format(count=result.removed)
        for kind in _PURGE_ORDER:
            self.context.changed(kind, 0)
        self._report(text, kept)
        self.refresh()
        self.emptied.emit()

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _problem(self, item, why: str) -> str:
        return self.tr("{name}: {reason}").format(name=item.label, reason=why)

    def _report(self, text: str, problems: list[str]) -> None:
        lines = [line for line in (text, *problems) if line]
        self.report.setText("\n".join(lines))
        self.report.setStyleSheet("color: #c62828;" if problems else "")
        self.report.setVisible(bool(lines))

    # ------------------------------------------------------------------ showing

    def _enable(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(bool(self.model.items))

    def _show_count(self) -> None:
        count = len(self.model.items)
        self.stack.setCurrentWidget(self.table if count else self.empty_state)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            button.setVisible(bool(count))  # nothing to act on: the empty state says so
        self.count_label.setText("" if not count else self.tr("1 record") if count == 1 else
                                 self.tr("{count} records").format(count=count))
        self._enable()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Trash"))
        self.restore_button.setText(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected records back where they were"))
        self.purge_button.setText(self.tr("Delete for good…"))
        self.purge_button.setToolTip(self.tr("Remove the selected records for good (their history stays)"))
        self.empty_button.setText(self.tr("Empty the trash…"))
        self.empty_heading.setText(self.tr("The trash is empty"))
        self.empty_text.setText(self.tr(
            "Deleted partners, agreements, contacts, memberships and activities wait here "
            "until you restore them or delete them for good."))
        self.table.setAccessibleName(self.tr("Trash"))
        self.model.retranslate()
        self._show_count()

"""The wizard's last steps: writing the import (progress, Stop) and what it did, with
"Undo this import"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout, QWizardPage,
)

from db.exchange.model import KINDS
from desktop.exchange import actions
from desktop.exchange.file_steps import ERROR_STYLE
from desktop.exchange.preview_step import is_cancelled
from desktop.exchange.progress import Progress, ProgressedWork
from desktop.exchange.session import write_import
from desktop.exchange.texts import list_name, problem_text
from desktop.widgets.retranslating import Retranslating

SHOWN_WARNINGS = 200  # the summary lists this many; the rest are counted


class ImportRunPage(Retranslating, ProgressedWork, QWizardPage):
    """Writes the import as soon as it is shown; Stop rolls it back (nothing is written)."""

    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.context = owner.context
        self.session = owner.session
        self.progress: Progress | None = None
        self.task = None
        self.finished = False
        self.bar = QProgressBar(objectName="progress")
        self.stop = QPushButton(objectName="stop")
        self.stop.clicked.connect(self.cancel)
        self.again = QPushButton(objectName="importAgain")
        self.again.clicked.connect(self.start)
        self.again.hide()
        self.status = QLabel(objectName="status", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop)
        said = QHBoxLayout()
        said.addWidget(self.status, 1)
        said.addWidget(self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(said)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        self.start()

    def start(self) -> None:
        s = self.session
        self.finished = False
        skip = self.owner.preview_page.skip_errors.isChecked()
        self.launch(write_import, s.db, s.preview, skip)
        self.bar.show()
        self.stop.show()
        self.stop.setEnabled(True)
        self.again.hide()
        self._say(self.tr("Importing {file}…").format(file=s.loaded.file_name))
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.progress is not None and self.running():
            self.progress.cancel()
            self.stop.setEnabled(False)
            self._say(self.tr("Stopping…"))

    def _done(self, progress: Progress, result) -> None:
        if progress is not self.progress:
            return
        self.session.result = result
        self.finished = True
        self.bar.hide()
        self.stop.hide()
        self.context.changed(KINDS[self.session.list_kind], 0)
        self.completeChanged.emit()
        self.owner.next()

    def _failed(self, progress: Progress, exc: BaseException) -> None:
        if progress is not self.progress:
            return
        self.bar.hide()
        self.stop.hide()
        self.again.show()
        if is_cancelled(exc):
            self._say(self.tr("The import was stopped. Nothing was written."))
        else:
            self._say(self.tr("Nothing was written: {reason}").format(reason=self.context.error_text(exc)),
                      error=True)
        self.completeChanged.emit()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished

    def retranslate(self) -> None:
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("The rows are written in one go: if you stop, nothing is written."))
        self.stop.setText(self.tr("Stop"))
        self.again.setText(self.tr("Import again"))


class ImportSummaryPage(Retranslating, QWizardPage):
    """What the import did, its warnings, and "Undo this import"."""

    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.context = owner.context
        self.session = owner.session
        self.undone = False
        self.counts = QLabel(objectName="counts", wordWrap=True)
        self.warnings_label = QLabel(objectName="warningsLabel")
        self.warnings = QPlainTextEdit(objectName="warnings", readOnly=True)
        self.undo = QPushButton(objectName="undoImport")
        self.undo.clicked.connect(self.undo_import)
        self.undo_result = QLabel(objectName="undoResult", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.undo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings, 1)
        layout.addLayout(row)
        layout.addWidget(self.undo_result)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        result = self.session.result
        lines = [problem_text(p, with_place=True) for p in result.warnings[:SHOWN_WARNINGS]]
        if len(result.warnings) > SHOWN_WARNINGS:
            lines.append(self.tr("… and {count} more").format(count=len(result.warnings) - SHOWN_WARNINGS))
        self.warnings.setPlainText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        self.warnings_label.setVisible(bool(lines))
        self.undo.setVisible(result.batch is not None)
        self.retranslate()

    def undo_import(self) -> None:
        result = self.session.result
        if result is None or result.batch is None or self.undone:
            return
        if not actions.confirm_undo(self, self.session.loaded.file_name):
            return
        self.undo.setEnabled(False)
        actions.undo_import(self, self.context, result.batch, self.session.list_kind, done=self._undone,
                            failed=self._undo_failed)

    def _undone(self, text: str) -> None:
        self.undone = True
        self.undo_result.setText(text)
        self.undo_result.setStyleSheet("")

    def _undo_failed(self, text: str) -> None:
        self.undo.setEnabled(True)
        self.undo_result.setText(text)
        self.undo_result.setStyleSheet(ERROR_STYLE)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import done"))
        result = self.session.result
        if result is not None:
            self.setSubTitle(self.tr("{file} was imported into {list}.").format(
                file=self.session.loaded.file_name, list=list_name(self.session.list_kind)))
            lines = [self.tr("New records: {count}").format(count=result.created),
                     self.tr("Updated records: {count}").format(count=result.updated),
                     self.tr("Unchanged rows: {count}").format(count=result.unchanged)]
            if result.skipped:
                lines.append(self.tr("Rows with errors left out: {count}").format(count=result.skipped))
            if result.backup:
                lines.append(self.tr("A backup was taken first: {path}").format(path=result.backup))
            self.counts.setText("\n".join(lines))
        self.warnings_label.setText(self.tr("Worth checking:"))
        self.undo.setText(self.tr("Undo this import…"))
        self.undo.setToolTip(self.tr("Remove the records this import added and put back what it changed"))

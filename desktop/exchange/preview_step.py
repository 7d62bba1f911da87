"""The wizard's dry run: every row as new, update, unchanged or error, filtered by action,
with each update's "before → after" and each problem where Excel shows it; the errors can
be saved as a workbook to correct and import again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit, QProgressBar,
    QPushButton, QTableView, QVBoxLayout, QWidget, QWizard, QWizardPage,
)

from desktop.exchange.file_dialogs import ask_save_path
from desktop.exchange.file_steps import ERROR_STYLE
from desktop.exchange.preview_model import ACTION, CHANGES, FILTERS, RECORD, ROW, PreviewFilter, \
    PreviewModel
from desktop.exchange.progress import Progress, ProgressedWork
from desktop.exchange.session import make_preview
from desktop.exchange.texts import problem_text
from desktop.tasks import run_task
from desktop.widgets.retranslating import Retranslating


def is_cancelled(exc: BaseException) -> bool:
    from db.exchange import importer

    return isinstance(exc, importer.Cancelled)


class ImportPreviewPage(Retranslating, ProgressedWork, QWizardPage):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.context = owner.context
        self.session = owner.session
        self.progress: Progress | None = None
        self.task = None
        self.model = PreviewModel(self.context, self)
        self.proxy = PreviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.context.date_style_changed.connect(self._date_style_changed)
        # Import is the step of no return: once writing starts there is no going back to
        # these rows (a write stopped late could otherwise be started twice).
        self.setCommitPage(True)

        self.bar = QProgressBar(objectName="progress")
        self.stop = QPushButton(objectName="stop")
        self.stop.clicked.connect(self.cancel)
        self.again = QPushButton(objectName="checkAgain")
        self.again.clicked.connect(self.start)
        self.status = QLabel(objectName="status", wordWrap=True)
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        filter_row = QHBoxLayout()
        self.filter_buttons: dict[str, QPushButton] = {}
        for action in FILTERS:
            button = QPushButton(objectName=f"filter_{action}", checkable=True)
            button.setChecked(action == "all")
            self.filters.addButton(button)
            self.filter_buttons[action] = button
            button.toggled.connect(lambda on, a=action: on and self.show_only(a))
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        self.table = QTableView(objectName="rows")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ROW, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column, width in ((ROW, 56), (ACTION, 96), (RECORD, 220), (CHANGES, 330)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.detail = QPlainTextEdit(objectName="detail", readOnly=True)
        self.detail.setMaximumHeight(96)
        self.file_notes = QLabel(objectName="fileNotes", wordWrap=True)
        self.save_errors = QPushButton(objectName="saveErrors")
        self.save_errors.clicked.connect(self.choose_error_file)
        self.skip_errors = QCheckBox(objectName="skipErrors")
        self.skip_errors.toggled.connect(lambda _on: self._say_next())
        self.next_hint = QLabel(objectName="nextHint", wordWrap=True)

        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.stop)
        said = QHBoxLayout()
        said.addWidget(self.status, 1)
        said.addWidget(self.again)
        below = QHBoxLayout()
        below.addWidget(self.skip_errors)
        below.addStretch(1)
        below.addWidget(self.save_errors)
        # What the check found; hidden until there is something to show.
        self.results = QWidget(objectName="results")
        shown = QVBoxLayout(self.results)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addLayout(filter_row)
        shown.addWidget(self.file_notes)
        shown.addWidget(self.table, 1)
        shown.addWidget(self.detail)
        shown.addLayout(below)
        shown.addWidget(self.next_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(running)
        layout.addLayout(said)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)  # takes the room while the results are hidden
        self.retranslate()

    def _date_style_changed(self, _style: str) -> None:
        self.model.retranslate()
        self._show_detail()

    # ------------------------------------------------------------------ the dry run

    def initializePage(self) -> None:  # noqa: N802
        if self.session.preview is None:
            self.start()
        else:
            self._show_preview()

    def cleanupPage(self) -> None:  # noqa: N802 - going back: stop reading
        self.cancel()

    def start(self) -> None:
        self.cancel()
        self.session.preview = None
        self.model.set_preview(None)
        s = self.session
        self.launch(make_preview, s.db, s.loaded, s.sheet, dict(s.mapping))
        self._running(True)
        self._say(self.tr("Checking every row against the database…"))
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def _done(self, progress: Progress, preview) -> None:
        if progress is not self.progress:
            return  # an earlier run that was stopped
        self.session.preview = preview
        self._running(False)
        self._show_preview()

    def _failed(self, progress: Progress, exc: BaseException) -> None:
        if progress is not self.progress:
            return
        self._running(False)
        if is_cancelled(exc):
            self._say(self.tr("Stopped. Nothing was written."))
        else:
            self._say(self.context.error_text(exc), error=True)
        self.completeChanged.emit()

    def _running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.stop.setVisible(running)
        self.again.setVisible(not running and self.session.preview is None)
        self.results.setVisible(self.session.preview is not None)

    # ------------------------------------------------------------------ showing it

    def _show_preview(self) -> None:
        preview = self.session.preview
        self.model.set_preview(preview)
        self.bar.hide()
        self.stop.hide()
        self.again.hide()
        self.results.show()
        errors = preview.count("error")
        self.skip_errors.setVisible(errors > 0)
        self.save_errors.setVisible(errors > 0)
        notes = [problem_text(p, with_place=True) for p in preview.problems]
        self.file_notes.setText("\n".join(notes[:5]) + ("\n…" if len(notes) > 5 else ""))
        self.file_notes.setVisible(bool(notes))
        self.show_only("error" if errors else "all")
        self._say(self.summary_text())
        self.retranslate()
        self.completeChanged.emit()

    def show_only(self, action: str) -> None:
        """Show the rows of one action (``FILTERS``)."""
        button = self.filter_buttons[action]
        if not button.isChecked():
            button.setChecked(True)  # → here again through toggled
            return
        self.proxy.set_action(action)
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._show_detail()

    def _show_detail(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.session.preview is None:
            self.detail.setPlainText("")
            return
        plan = self.model.plan(self.proxy.mapToSource(index).row())
        lines = [self.tr("Row {row}: {record}").format(row=plan.number, record=plan.label or "—")]
        lines += ["  " + line for line in self.model.change_lines(plan)]
        lines += ["  " + line for line in self.model.problem_lines(plan)]
        self.detail.setPlainText("\n".join(lines))

    def summary_text(self) -> str:
        p = self.session.preview
        return self.tr("{rows} rows read from “{sheet}”: {new} new, {updated} to update, {unchanged} unchanged, "
                       "{errors} with errors.").format(rows=len(p.rows), sheet=p.sheet, new=p.count("new"),
                                                       updated=p.count("update"), unchanged=p.count("unchanged"),
                                                       errors=p.count("error"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def _say_next(self) -> None:
        p = self.session.preview
        if p is None:
            self.next_hint.setText("")
        elif p.count("new") + p.count("update") == 0:
            self.next_hint.setText(self.tr("Nothing to import: no row is new or changed."))
        elif p.count("error") and not self.skip_errors.isChecked():
            self.next_hint.setText(self.tr(
                "Rows with errors stop the import. Correct them in the file and check it again (Back, then "
                "Next), or import the valid rows only."))
        elif p.count("error"):
            self.next_hint.setText(self.tr("The rows with errors will be left out.") + " " +
                                   self.tr("Nothing is written until you click Import."))
        else:
            self.next_hint.setText(self.tr("Nothing is written until you click Import."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running() and self.session.can_import(self.skip_errors.isChecked())

    # ------------------------------------------------------------------ the errors as a workbook

    def choose_error_file(self) -> None:
        stem = Path(self.session.preview.path).stem
        path = ask_save_path(self, self.tr("Save the rows with errors as"), self.tr("{name}-errors").format(
            name=stem) + ".xlsx", ".xlsx", str(Path(self.session.preview.path).parent))
        if path:
            self.save_errors_to(path)

    def save_errors_to(self, path: str):
        from db.exchange.error_book import write_errors

        self.save_errors.setEnabled(False)

        def done(_result) -> None:
            self.save_errors.setEnabled(True)
            self._say(self.tr("The rows with errors were saved as {file}: correct them there and import that "
                              "file.").format(file=Path(path).name))

        def failed(exc: BaseException) -> None:
            self.save_errors.setEnabled(True)
            self._say(self.context.error_text(exc), error=True)

        preview, lang = self.session.preview, self.context.lang
        return run_task(self, lambda: write_errors(preview, path, lang=lang), done=done, failed=failed,
                        progress=self.tr("Saving the rows with errors…"))

    # ------------------------------------------------------------------ words

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("What importing the file would do, row by row. Row numbers are those Excel "
                                 "shows."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.stop.setText(self.tr("Stop"))
        self.again.setText(self.tr("Check again"))
        p = self.session.preview
        names = {"all": self.tr("All"), "error": self.tr("Errors"), "new": self.tr("New"),
                 "update": self.tr("Updates"), "unchanged": self.tr("Unchanged")}
        for action, button in self.filter_buttons.items():
            if p is None:
                button.setText(names[action])
            else:
                count = len(p.rows) if action == "all" else p.count(action)
                button.setText(self.tr("{name} ({count})").format(name=names[action], count=count))
        self.save_errors.setText(self.tr("Save errors as workbook…"))
        self.save_errors.setToolTip(self.tr("The rows with errors as they are in the file, with a column saying "
                                            "what is wrong"))
        self.skip_errors.setText(self.tr("Import the valid rows only"))
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.detail.setAccessibleName(self.tr("The selected row"))
        self.model.retranslate()
        if p is not None:
            self._say(self.summary_text())
        self._say_next()

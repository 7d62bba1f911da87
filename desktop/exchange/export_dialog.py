"""The export dialog: which list (or the rows selected in it), the file type, the language
of the headers and whether dates read in the Japanese era; a blank template is the same
dialog without rows.  The file is written off the GUI thread (``desktop.tasks.run_task``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.exchange.file_dialogs import ask_save_path
from desktop.exchange.progress import Progress
from desktop.exchange.texts import LIST_KINDS, list_name
from desktop.tasks import run_task
from desktop.widgets.retranslating import Retranslating

FORMATS = ("xlsx", "utf-8", "cp932")  # Excel, CSV UTF-8 (with BOM), CSV for older Excel
SETTINGS = "exchange/export"


def write_file(db, list_kind: str, path: str, file_type: str, lang: str, era: bool,
               ids: list[int] | None, template: bool, progress=None) -> int | None:
    """Write the export or the template (runs on a worker thread); the rows written."""
    if template:
        from db.exchange.template import write_template

        write_template(list_kind, path, lang=lang, era=era)
        return None
    from db.exchange import export

    if file_type == "xlsx":
        return export.export_xlsx(db, list_kind, path, lang=lang, era=era, ids=ids, progress=progress)
    encoding = "utf-8-sig" if file_type == "utf-8" else "cp932"
    return export.export_csv(db, list_kind, path, lang=lang, encoding=encoding, ids=ids)


class ExportDialog(Retranslating, QDialog):
    """Export a list, the selected rows of one, or a blank template of one."""

    exported = Signal(object, str)  # rows written (None for a template), the file's path
    export_failed = Signal(str)  # the message shown

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, list_kind: str | None = None,
                 ids: list[int] | None = None, template: bool = False):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.context = context
        self.ids = list(ids) if ids is not None else None
        self.template = template
        self.task = None
        settings = context.settings
        self.what = QComboBox(objectName="what")
        for kind in LIST_KINDS:
            self.what.addItem("", kind)
        self.what.setCurrentIndex(max(0, self.what.findData(list_kind or settings.value(f"{SETTINGS}/list",
                                                                                         "partners"))))
        self.what.setEnabled(self.ids is None)  # the rows of one list were chosen
        self.file_type = QComboBox(objectName="fileType")
        for value in FORMATS:
            self.file_type.addItem("", value)
        self.file_type.setCurrentIndex(max(0, self.file_type.findData(settings.value(f"{SETTINGS}/type", "xlsx"))))
        self.language = QComboBox(objectName="headerLanguage")
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.value(f"{SETTINGS}/lang", context.lang)))
        if self.language.currentIndex() < 0:
            self.language.setCurrentIndex(0)
        self.era = QCheckBox(objectName="eraDates")
        self.era.setChecked(settings.value(f"{SETTINGS}/era", "false") in (True, "true"))
        self.file_type.currentIndexChanged.connect(lambda _i: self._enable())

        self.heading = QLabel(objectName="heading", wordWrap=True)
        self.result = QLabel(objectName="result", wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        self.bar = QProgressBar(objectName="progress", textVisible=False)
        self.bar.hide()
        self.form = QFormLayout()
        self.labels = {}
        for widget in (self.what, self.file_type, self.language, self.era):
            self.labels[widget] = QLabel()
            self.labels[widget].setBuddy(widget)
            self.form.addRow(self.labels[widget], widget)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(objectName="export")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.choose_and_export)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.bar)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(540)
        self.retranslate()
        self._enable()

    # ------------------------------------------------------------------ what is chosen

    def list_kind(self) -> str:
        return self.what.currentData()

    def chosen_type(self) -> str:
        return "xlsx" if self.template else self.file_type.currentData()

    def suffix(self) -> str:
        return ".xlsx" if self.chosen_type() == "xlsx" else ".csv"

    def suggested_name(self) -> str:
        """partners-2026-11-26.xlsx, partners-template.xlsx (the list's machine name: a
        file name without spaces survives e-mail and every operating system)."""
        kind = self.list_kind()
        stem = f"{kind}-template" if self.template else f"{kind}-{date.today().isoformat()}"
        return stem + self.suffix()

    def _enable(self) -> None:
        xlsx = self.chosen_type() == "xlsx"
        self.era.setEnabled(xlsx)  # a CSV holds no date formats
        self.form.setRowVisible(self.file_type, not self.template)

    # ------------------------------------------------------------------ doing it

    def choose_and_export(self) -> None:
        title = self.tr("Save the template as") if self.template else self.tr("Export to")
        folder = self.context.settings.value(f"{SETTINGS}/folder")
        path = ask_save_path(self, title, self.suggested_name(), self.suffix(), folder)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the file at ``path`` in the background; ``exported`` or ``export_failed`` follow."""
        if self.task is not None and self.task.running:
            return
        self._remember(path)
        self.export_button.setEnabled(False)
        self.result.hide()
        self.bar.setRange(0, 0)  # until the first rows are counted
        self.bar.show()
        progress = Progress(self)
        progress.advanced.connect(self._advanced)
        args = (self.context.db, self.list_kind(), path, self.chosen_type(), self.language.currentData(),
                self.era.isChecked() and self.era.isEnabled(), self.ids, self.template, progress)
        self.task = run_task(self, write_file, *args, done=lambda rows: self._done(rows, path), failed=self._failed)

    def _advanced(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _done(self, rows: int | None, path: str) -> None:
        self.export_button.setEnabled(True)
        name = Path(path).name
        if rows is None:
            text = self.tr("The template was saved as {file}.").format(file=name)
        elif rows == 1:
            text = self.tr("1 row was written to {file}.").format(file=name)
        else:
            text = self.tr("{count} rows were written to {file}.").format(count=rows, file=name)
        self._show(text, error=False)
        self.exported.emit(rows, path)

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        text = self.tr("The file was not written: {reason}").format(reason=self.context.error_text(exc))
        self._show(text, error=True)
        self.export_failed.emit(text)

    def _show(self, text: str, *, error: bool) -> None:
        self.bar.hide()
        self.result.setText(text)
        self.result.setStyleSheet("color: #c62828;" if error else "")
        self.result.show()

    def _remember(self, path: str) -> None:
        settings = self.context.settings
        settings.setValue(f"{SETTINGS}/folder", str(Path(path).parent))
        if self.ids is None:
            settings.setValue(f"{SETTINGS}/list", self.list_kind())
        if not self.template:
            settings.setValue(f"{SETTINGS}/type", self.file_type.currentData())
        settings.setValue(f"{SETTINGS}/lang", self.language.currentData())
        settings.setValue(f"{SETTINGS}/era", "true" if self.era.isChecked() else "false")

    # ------------------------------------------------------------------ words

    def retranslate(self) -> None:
        for row, kind in enumerate(LIST_KINDS):
            self.what.setItemText(row, list_name(kind))
        texts = {"xlsx": self.tr("Excel workbook (.xlsx)"), "utf-8": self.tr("CSV, UTF-8"),
                 "cp932": self.tr("CSV for older Excel (Shift_JIS)")}
        for row, value in enumerate(FORMATS):
            self.file_type.setItemText(row, texts[value])
        self.era.setText(self.tr("Show dates in the Japanese era (令和7年4月1日)"))
        self.labels[self.what].setText(self.tr("&List:"))
        self.labels[self.file_type].setText(self.tr("File &type:"))
        self.labels[self.language].setText(self.tr("&Headers in:"))
        self.labels[self.era].setText(self.tr("Dates:"))
        self.close_button.setText(self.tr("Close"))
        if self.template:
            self.setWindowTitle(self.tr("Blank template"))
            self.heading.setText(self.tr(
                "A workbook with the list's headers, drop-down lists and instructions, for a partner to fill "
                "in and send back. Import it with Import…."))
            self.export_button.setText(self.tr("Save template…"))
        else:
            self.setWindowTitle(self.tr("Export"))
            if self.ids is not None:
                self.heading.setText(self.tr("Export the {count} selected rows of {list}.").format(
                    count=len(self.ids), list=list_name(self.list_kind())))
            else:
                self.heading.setText(self.tr(
                    "Export every record of a list (not those in the trash). Keep the key column: a file "
                    "sent back with it updates the same records instead of adding new ones."))
            self.export_button.setText(self.tr("Export…"))

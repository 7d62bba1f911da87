"""The import wizard's first steps: the file (chosen or dropped) and what list it holds,
the sheet when there are several, and the mapping of its columns to fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListView,
    QProgressBar, QPushButton, QTableView, QVBoxLayout, QWizardPage,
)

from desktop.exchange.drops import dropped_path
from desktop.exchange.file_dialogs import ask_open_path
from desktop.exchange.mapping_model import FIELD, HEADER, FieldDelegate, MappingModel
from desktop.exchange.session import load_file, load_sheet
from desktop.exchange.texts import LIST_KINDS, list_name
from desktop.tasks import run_task
from desktop.widgets.retranslating import Retranslating

FILE, SHEET, MAPPING, PREVIEW, RUN, SUMMARY = range(6)
SETTINGS = "exchange/import"
ERROR_STYLE = "color: #c62828;"


class ImportFilePage(Retranslating, QWizardPage):
    """Which list the file holds, and the file (Choose… or dropped here); it is read at once."""

    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.session = owner.session
        self._token = 0
        self.setAcceptDrops(True)
        self.kind = QComboBox(objectName="listKind")
        for kind in LIST_KINDS:
            self.kind.addItem("", kind)
        last = owner.context.settings.value(f"{SETTINGS}/list", "partners")
        self.kind.setCurrentIndex(max(0, self.kind.findData(last)))
        self.session.list_kind = self.kind.currentData()
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.path = QLineEdit(objectName="path", readOnly=True)
        self.choose = QPushButton(objectName="choose")
        self.choose.clicked.connect(self.choose_file)
        self.drop_area = QLabel(objectName="dropArea", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.drop_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_area.setMinimumHeight(120)
        self.drop_area.setStyleSheet("QLabel#dropArea { border: 2px dashed palette(mid); border-radius: 8px;"
                                     " color: palette(placeholder-text); }")
        self.status = QLabel(objectName="status", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar(objectName="busy", maximum=0, textVisible=False)  # reading: no steps to count
        self.busy.hide()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        self.form = QFormLayout()
        self.kind_label, self.path_label = QLabel(buddy=self.kind), QLabel(buddy=self.path)
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.path_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.drop_area, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        self.retranslate()

    def choose_file(self) -> None:
        folder = self.owner.context.settings.value(f"{SETTINGS}/folder")
        path = ask_open_path(self, self.tr("Choose the file to import"), folder)
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        """Take ``path`` as the file and read it (in the background)."""
        self.session.path = path
        self.path.setText(path)
        self.owner.context.settings.setValue(f"{SETTINGS}/folder", str(Path(path).parent))
        self.load()

    def set_list_kind(self, list_kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(list_kind)))  # → _kind_changed

    def _kind_changed(self) -> None:
        self.session.list_kind = self.kind.currentData()
        self.owner.context.settings.setValue(f"{SETTINGS}/list", self.session.list_kind)
        self.load()

    def load(self) -> None:
        if not self.session.path:
            return
        self._token += 1
        token, path = self._token, self.session.path
        self._say(self.tr("Reading {file}…").format(file=Path(path).name))
        self.busy.show()
        self.completeChanged.emit()
        run_task(self, load_file, path, self.session.list_kind,
                 done=lambda loaded: self._loaded(token, loaded), failed=lambda exc: self._failed(token, exc))

    def _loaded(self, token: int, loaded) -> None:
        if token != self._token:
            return  # another file or list was chosen meanwhile
        self.busy.hide()
        self.session.loaded = loaded
        self.session.sheet_choice = loaded.best.sheet
        self._say(self.loaded_text())
        self.completeChanged.emit()

    def _failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        self.busy.hide()
        self.session.loaded = None
        self._say(self.owner.context.error_text(exc), error=True)
        self.completeChanged.emit()

    def loaded_text(self) -> str:
        loaded = self.session.loaded
        best = loaded.best
        text = self.tr("{file}: {rows} rows under the headers in row {header} of the sheet “{sheet}”.").format(
            file=loaded.file_name, rows=best.row_count, header=best.header_row, sheet=best.sheet)
        if len(loaded.sheet_names) > 1:
            text += " " + self.tr("The file has {count} sheets: choose one next.").format(
                count=len(loaded.sheet_names))
        return text

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.session.is_loaded()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return SHEET if self.session.several_sheets() else MAPPING

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_path(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = dropped_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            self.set_path(path)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV "
                                 "file. Nothing is written until you have seen every row."))
        for row, kind in enumerate(LIST_KINDS):
            self.kind.setItemText(row, list_name(kind))
        self.kind_label.setText(self.tr("The file &lists:"))
        self.path_label.setText(self.tr("File:"))
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.choose.setText(self.tr("Choose…"))
        self.drop_area.setText(self.tr("or drop the file here"))
        if self.session.is_loaded():
            self._say(self.loaded_text())


class ImportSheetPage(Retranslating, QWizardPage):
    """The sheet to import, when the workbook has several (the likeliest one preselected)."""

    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.session = owner.session
        self.names = QStringListModel(self)
        self.list = QListView(objectName="sheets")
        self.list.setModel(self.names)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.completeChanged.emit())
        self.list.doubleClicked.connect(lambda _index: self.owner.next())
        self.hint = QLabel(objectName="hint", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        names = self.session.loaded.sheet_names
        self.names.setStringList(names)
        chosen = self.session.sheet_choice
        row = names.index(chosen) if chosen in names else 0
        self.list.selectionModel().setCurrentIndex(self.names.index(row),
                                                   QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.retranslate()

    def chosen(self) -> str | None:
        rows = self.list.selectionModel().selectedRows()
        return rows[0].data() if rows else None

    def isComplete(self) -> bool:  # noqa: N802
        return self.chosen() is not None

    def validatePage(self) -> bool:  # noqa: N802
        self.session.sheet_choice = self.chosen()
        return True

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the sheet"))
        self.setSubTitle(self.tr("The workbook has several sheets. Which one holds the list?"))
        loaded = self.session.loaded
        if loaded is not None:
            self.hint.setText(self.tr("“{sheet}” looks most like a list of {list}.").format(
                sheet=loaded.best.sheet, list=list_name(loaded.list_kind)))
        self.list.setAccessibleName(self.tr("Sheets"))


class ImportMappingPage(Retranslating, QWizardPage):
    """Which field each column of the file is imported as."""

    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.session = owner.session
        self.model = MappingModel(self.session, self)
        self.delegate = FieldDelegate(self)
        self.table = QTableView(objectName="mapping")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FIELD, self.delegate)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HEADER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(HEADER, 240)
        header.resizeSection(FIELD, 240)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 16)
        self.origin = QLabel(objectName="origin", wordWrap=True)
        self.count = QLabel(objectName="mappedCount")
        self.automatic = QPushButton(objectName="automatic")
        self.automatic.clicked.connect(self.map_automatically)
        self.model.dataChanged.connect(lambda *_: self._changed())
        self.status = QLabel(objectName="status", wordWrap=True)
        below = QHBoxLayout()
        below.addWidget(self.count, 1)
        below.addWidget(self.automatic)
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self._ready = False
        self.retranslate()

    def initializePage(self) -> None:  # noqa: N802
        loaded, wanted = self.session.loaded, self.session.sheet_choice
        if self.session.sheet is not None and self.session.sheet.sheet == wanted \
                and self.session.mapping_for == (loaded.path, loaded.list_kind):
            self._show()
            return
        self._ready = False
        self.model.reload()
        if wanted == loaded.best.sheet:
            self._use(loaded.best)
            return
        self.status.setText(self.tr("Reading the sheet “{sheet}”…").format(sheet=wanted))
        self.status.setStyleSheet("")
        self.status.show()
        run_task(self, load_sheet, loaded.path, wanted, loaded.list_kind, done=self._use, failed=self._failed)

    def _use(self, data) -> None:
        self.session.sheet = None  # another file or sheet: its own mapping
        self.session.use_sheet(data)
        self.session.mapping_for = (self.session.loaded.path, self.session.loaded.list_kind)
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.owner.context.error_text(exc))
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.show()

    def _show(self) -> None:
        self._ready = True
        self.status.hide()
        self.model.reload()
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, FIELD))
        self.retranslate()
        self.completeChanged.emit()

    def map_automatically(self) -> None:
        self.session.automatic()
        self._show()

    def combo(self, row: int) -> QComboBox:
        """The drop-down of the file's column ``row``."""
        return self.table.indexWidget(self.model.index(row, FIELD))

    def _changed(self) -> None:
        self._count()
        self.completeChanged.emit()

    def _count(self) -> None:
        total = len(self.session.sheet.headers) if self.session.sheet is not None else 0
        self.count.setText(self.tr("{count} of {total} columns will be imported.").format(
            count=self.session.mapped_count(), total=total))

    def isComplete(self) -> bool:  # noqa: N802
        return self._ready and self.session.mapped_count() > 0

    def retranslate(self) -> None:
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(self.tr("Choose the field each column of the file goes into; columns set to “(not "
                                 "imported)” are left out."))
        self.automatic.setText(self.tr("Match automatically again"))
        self.automatic.setToolTip(self.tr("Match the columns by their headers, forgetting the choices above"))
        if self.session.remembered:
            self.origin.setText(self.tr("The columns are matched as you chose last time for a file with these "
                                        "headers."))
        else:
            self.origin.setText(self.tr("The columns were matched by their headers. Check them before going on."))
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.model.retranslate()
        for row in range(self.model.rowCount()):
            editor = self.combo(row)
            if editor is not None:
                self.delegate.retranslate(editor, self.model)
        self._count()

"""Help → About Kakehashi: the version, the open database and where the log is kept —
what someone helping over the phone asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.cli.main import program_version
from db.location import app_log_dir
from desktop.context import AppContext
from desktop.widgets.retranslating import Retranslating


class AboutDialog(Retranslating, QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.context = context
        self.heading = QLabel()
        self.heading.setObjectName("aboutHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.version = _value(program_version(), "version")
        self.database = _value(str(context.db.location), "databasePath")
        self.logs = _value(str(app_log_dir()), "logFolder")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, value in zip(self.labels, (self.version, self.database, self.logs)):
            label.setBuddy(value)
            self.form.addRow(label, value)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_logs = QPushButton()
        self.open_logs.setObjectName("openLogFolder")
        self.open_logs.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(app_log_dir()))))
        self.buttons.addButton(self.open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Kakehashi"))
        self.heading.setText(self.tr("Kakehashi"))
        self.summary.setText(self.tr(
            "Partner organisations, agreements and activities of the network office, in Japanese and English."))
        for label, text in zip(self.labels, (self.tr("Version:"), self.tr("Database:"), self.tr("Log folder:"))):
            label.setText(text)
        self.open_logs.setText(self.tr("Open Log Folder"))


def _value(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label

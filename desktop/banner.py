"""A strip above the pages for warnings that do not stop anything — a database on a
network drive or in a cloud-synchronised folder, or opened read-only — until closed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton


class WarningBanner(QFrame):
    """Warnings above the pages (a database in a cloud folder…), until closed."""

    def __init__(self):
        super().__init__()
        self.setObjectName("warningBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#warningBanner { background: #fff4ce; border: 1px solid #e0c060; }"
                           "#warningBanner QLabel { color: #3d2f00; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        self.dismissed = False
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def set_lines(self, lines: list[str]) -> None:
        self.label.setText("\n".join(lines))
        self.close_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Close the warning"))
        self.setVisible(bool(lines) and not self.dismissed)

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

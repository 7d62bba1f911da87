"""What a page without rows shows in their place: a heading and a line of guidance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyNote(QWidget):
    """Centred, a little above the middle; the page sets both texts (it knows what it lists)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty")
        self.heading = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.text = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.text.setStyleSheet("color: palette(placeholder-text);")
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addStretch(2)

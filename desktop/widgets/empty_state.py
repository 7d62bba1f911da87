"""What a list shows instead of an empty table: a line that says what to do, and the
buttons that do it (add one, load the demo data, clear the search or the filters)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """The text comes from the list (it knows what it lists); the buttons' signals are
    connected by it too."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("empty")
        self.label = QLabel(objectName="empty_text", wordWrap=True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)  # the one thing on an empty page: readable from afar
        self.label.setFont(font)
        self.new_button = QPushButton(objectName="empty_new")
        self.demo_button = QPushButton(objectName="empty_demo")
        self.clear_search_button = QPushButton(objectName="empty_clear_search")
        self.clear_filters_button = QPushButton(objectName="empty_clear_filters")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.demo_button, self.clear_search_button, self.clear_filters_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(self.label)
        column.addLayout(buttons)
        column.addStretch(2)

    def show_state(self, text: str, *, nothing_at_all: bool, searching: bool, filtered: bool) -> None:
        """Say ``text`` and offer what helps: a first record and the demo data on an empty
        database, a way out of the search or the filters otherwise."""
        self.label.setText(text)
        self.new_button.setVisible(nothing_at_all)
        self.demo_button.setVisible(nothing_at_all)
        self.clear_search_button.setVisible(searching)
        self.clear_filters_button.setVisible(filtered)

    def retranslate(self, new_text: str) -> None:
        self.new_button.setText(new_text)
        self.demo_button.setText(self.tr("Load the demo data"))
        self.clear_search_button.setText(self.tr("Clear the search"))
        self.clear_filters_button.setText(self.tr("Clear the filters"))

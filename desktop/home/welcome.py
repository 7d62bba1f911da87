"""The first thing a new database shows: what Kakehashi keeps, and two ways to begin."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from desktop.widgets.retranslating import Retranslating


class Welcome(Retranslating, QWidget):
    """An inviting empty state: load the demo data, or add a first partner."""

    load_demo = Signal()
    add_partner = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("welcomeHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.setDefault(True)
        self.partner_button = QPushButton()
        self.partner_button.setObjectName("addFirstPartner")
        self.demo_note = QLabel()
        self.demo_note.setWordWrap(True)
        self.demo_note.setStyleSheet("color: palette(placeholder-text);")
        self.demo_button.clicked.connect(self.load_demo)
        self.partner_button.clicked.connect(self.add_partner)

        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.partner_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addSpacing(8)
        column.addWidget(self.text)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addWidget(self.demo_note)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(640)  # lines a person reads at a glance
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 10)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.partner_button.setEnabled(not busy)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Kakehashi"))
        self.text.setText(self.tr(
            "Kakehashi keeps your partner organisations, the agreements you sign with them, their contacts, "
            "memberships and activities, and tells you here when a renewal decision or an expiry comes up. "
            "This database is still empty."))
        self.demo_button.setText(self.tr("Load the demo data"))
        self.partner_button.setText(self.tr("Add a first partner…"))
        self.demo_note.setText(self.tr(
            "The demo data are a few partners, their agreements and a membership, to look around with; "
            "you can delete them at any time."))

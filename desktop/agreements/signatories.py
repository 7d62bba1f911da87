"""Who signed the agreement, on both sides: name, job title, organisation and side.

Each signatory is a small card of fields named like the core's (``name``, ``title``,
``organisation_name``…), so a save's problem with ``signatories[1].name`` is shown at
that signatory's own name field.  A new agreement starts with one card for each side.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLabel, QLineEdit, QWidget

from db import catalogue
from db.models import Side
from db.services.agreements import SignatoryData
from desktop import i18n
from desktop.agreements.item_list import ItemEditor, ItemList
from desktop.context import AppContext
from desktop.widgets.organisation_picker import OrganisationPicker
from desktop.widgets.retranslating import Retranslating

_TEXTS = ("name", "name_en", "title", "title_en", "organisation_name")


class SignatoryEditor(ItemEditor):
    """One signatory's fields, in two columns (Japanese | English) like the signed paper."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = 1
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.side = QComboBox(self)
        self.side.setObjectName("side")
        for value in catalogue.values(Side):
            self.side.addItem("", value)
        self.edits: dict[str, QLineEdit] = {}
        for name in _TEXTS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            self.edits[name] = edit
        self.organisation = OrganisationPicker(context, self)
        self.organisation.setObjectName("organisation_id")
        self.labels = {name: QLabel(self) for name in ("side", *_TEXTS, "organisation_id")}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.labels["side"], 0, 2, Qt.AlignmentFlag.AlignRight)
        side_row = QGridLayout()
        side_row.addWidget(self.side, 0, 0)
        side_row.addWidget(self.remove_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        side_row.setColumnStretch(0, 1)
        grid.addLayout(side_row, 0, 3)
        for row, (left, right) in enumerate((("name", "name_en"), ("title", "title_en"),
                                             ("organisation_name", "organisation_id")), 1):
            grid.addWidget(self.labels[left], row, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self.edits[left], row, 1)
            grid.addWidget(self.labels[right], row, 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(self.edits.get(right) or self.organisation, row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for name, label in self.labels.items():
            label.setBuddy(self.field(name))
        self.side.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.organisation.changed.connect(self.changed)
        self.retranslate()

    def value(self) -> SignatoryData:
        text = {name: self.edits[name].text().strip() or None for name in _TEXTS}
        return SignatoryData(side=self.side.currentData(), name=text["name"] or "", name_en=text["name_en"],
                             title=text["title"], title_en=text["title_en"],
                             organisation_name=text["organisation_name"],
                             organisation_id=self.organisation.organisation_id())

    def set_value(self, value: SignatoryData) -> None:
        self.side.setCurrentIndex(max(0, self.side.findData(value.side)))
        for name in _TEXTS:
            self.edits[name].setText(getattr(value, name) or "")
            self.edits[name].setCursorPosition(0)  # the start of a long title, not its end
        self.organisation.set_organisation_id(value.organisation_id)

    def field(self, name: str) -> QWidget | None:
        if name == "organisation_id":
            return self.organisation
        return self.side if name == "side" else self.edits.get(name)

    def set_number(self, number: int) -> None:
        self.number = number
        self._retitle()

    def _retitle(self) -> None:
        self.heading.setText(self.tr("Signatory {number}").format(number=self.number))
        for name, label in self.labels.items():
            editor = self.field(name)
            if editor is not None:
                editor.setAccessibleName(f"{self.heading.text()}: {label.text()}")

    def retranslate(self) -> None:
        super().retranslate()
        for name, label in self.labels.items():
            label.setText(i18n.tr_field("signatory", name))
        for i in range(self.side.count()):
            self.side.setItemText(i, i18n.tr_value("Side", self.side.itemData(i)))
        self.remove_button.setToolTip(self.tr("Remove this signatory"))
        self._retitle()


class SignatoriesEditor(Retranslating, ItemList):
    """Both sides' signatories; ``signatories()`` / ``set_signatories()``; ``changed``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(lambda: SignatoryEditor(context), parent)
        self.context = context
        self.setObjectName("signatories")
        self.retranslate()

    def signatories(self) -> list[SignatoryData]:
        return self.values()

    def set_signatories(self, signatories: list[SignatoryData]) -> None:
        self.set_values(signatories)

    def add_signatory(self) -> SignatoryEditor:
        """A new card, for the side that has fewer signatories so far (ours first)."""
        sides = [s.side for s in self.signatories()]
        side = Side.OURS.value if sides.count(Side.OURS.value) <= sides.count(Side.PARTNER.value) \
            else Side.PARTNER.value
        return self.add(SignatoryData(side=side))

    def _add_clicked(self) -> None:
        self.add_signatory()

    def retranslate(self) -> None:
        self.set_texts(self.tr("Add signatory"),
                       self.tr("No signatories yet. Add the people who signed, on both sides."))

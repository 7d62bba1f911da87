"""What the partners agreed to work on together: the agreement's scope items, in order.

Each item is one line in Japanese and one in English, as the paper lists them; fields are
named like the core's (``text``, ``text_en``), so ``scope[2].text`` is shown at its line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from db.services.agreements import ScopeItemData
from desktop import i18n
from desktop.agreements.item_list import ItemEditor, ItemList
from desktop.widgets.retranslating import Retranslating


class ScopeItemEditor(ItemEditor):
    """One scope item: its number, the text, the English text, a remove button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.number_label = QLabel(self)
        self.number_label.setMinimumWidth(24)
        self.text = QLineEdit(self)
        self.text.setObjectName("text")
        self.text_en = QLineEdit(self)
        self.text_en.setObjectName("text_en")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number_label)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.text_en, 2)
        layout.addWidget(self.remove_button)
        for edit in (self.text, self.text_en):
            edit.textEdited.connect(lambda _t: self.changed.emit())
        self.number = 1
        self.retranslate()

    def value(self) -> ScopeItemData:
        return ScopeItemData(self.text.text().strip(), self.text_en.text().strip() or None)

    def set_value(self, value: ScopeItemData) -> None:
        for edit, text in ((self.text, value.text), (self.text_en, value.text_en)):
            edit.setText(text or "")
            edit.setCursorPosition(0)

    def set_number(self, number: int) -> None:
        self.number = number
        self.number_label.setText(f"{number}.")
        self._name_fields()

    def _name_fields(self) -> None:
        for edit, field in ((self.text, "text"), (self.text_en, "text_en")):
            label = i18n.tr_field("scope_item", field)
            edit.setPlaceholderText(label)
            edit.setAccessibleName(self.tr("Scope item {number}: {field}").format(number=self.number, field=label))

    def retranslate(self) -> None:
        super().retranslate()
        self.remove_button.setToolTip(self.tr("Remove this item"))
        self._name_fields()


class ScopeEditor(Retranslating, ItemList):
    """The scope items; ``items()`` / ``set_items()``; ``changed``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(ScopeItemEditor, parent)
        self.setObjectName("scope")
        self.retranslate()

    def items(self) -> list[ScopeItemData]:
        return self.values()

    def set_items(self, items: list[ScopeItemData]) -> None:
        self.set_values(items)

    def retranslate(self) -> None:
        self.set_texts(self.tr("Add item"), self.tr("No scope items. Add what the partners agreed to work on, "
                                                   "one item per line."))

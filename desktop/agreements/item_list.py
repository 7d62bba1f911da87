"""A list of small editors, one per item (a signatory, a scope item), with add and remove.

The agreement form edits its signatories and scope items in place: each item is a row
of fields, rows are added with a button beneath and removed with the button on the row.
A save's problem with one item's field (``signatories[1].name``) is found through
:meth:`ItemList.item_field`, which the record form's frame calls by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from desktop.widgets.retranslating import Retranslating


class ItemEditor(Retranslating, QFrame):
    """One item's fields.  Subclasses lay out editors whose object names are the core's
    field names, and implement ``value()`` / ``set_value()``."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeItem")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_number(self, number: int) -> None:
        """The item's place in the list, from 1 (for headings and accessible names)."""

    def field(self, name: str) -> QWidget | None:
        return self.findChild(QWidget, name)

    def retranslate(self) -> None:
        self.remove_button.setText(self.tr("Remove"))


class ItemList(QWidget):
    """Rows made by ``make_row()``, an "Add" button beneath, an empty-state line when none."""

    changed = Signal()

    def __init__(self, make_row: Callable[[], ItemEditor], parent: QWidget | None = None):
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list[ItemEditor] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(6)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addItem")
        self.add_button.clicked.connect(self._add_clicked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.rows_layout)
        layout.addLayout(buttons)
        self._update_empty()

    # ------------------------------------------------------------------ values

    def values(self) -> list[Any]:
        return [row.value() for row in self.rows]

    def set_values(self, values: list[Any]) -> None:
        """Show these items (a form loading its record); does not say ``changed``."""
        while self.rows:
            self._drop(self.rows[-1])
        for value in values:
            self._append().set_value(value)
        self._update_empty()

    def add(self, value: Any = None) -> ItemEditor:
        """Add a row (empty, or showing ``value``) and put the cursor in it."""
        row = self._append()
        if value is not None:
            row.set_value(value)
        self._update_empty()
        row.setFocus()
        self.changed.emit()
        return row

    def remove(self, row: ItemEditor) -> None:
        self._drop(row)
        self._update_empty()
        self.changed.emit()

    def item_field(self, index: int, field: str) -> QWidget | None:
        """The editor of ``field`` of the item at ``index`` (for a save's field error)."""
        if 0 <= index < len(self.rows):
            return self.rows[index].field(field) or self.rows[index]
        return None

    # ------------------------------------------------------------------ rows

    def _add_clicked(self) -> None:
        self.add()

    def _append(self) -> ItemEditor:
        row = self._make_row()
        row.setParent(self)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self.remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._renumber()
        return row

    def _drop(self, row: ItemEditor) -> None:
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for n, row in enumerate(self.rows, 1):
            row.set_number(n)

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self.rows)

    def set_texts(self, add: str, empty: str) -> None:
        """The add button's text and the line shown when the list is empty (translated by the owner)."""
        self.add_button.setText(add)
        self.empty_label.setText(empty)

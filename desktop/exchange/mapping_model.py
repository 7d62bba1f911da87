"""The mapping step as a table: each column of the file, the field it is imported as
(a drop-down always open in the view), and a few of its values."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.exchange.session import ImportSession
from desktop.exchange.texts import field_name

HEADER, FIELD, SAMPLES = range(3)
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1  # the field name (None: not imported)


def column_letter(index: int) -> str:
    """A column as Excel names it: 0 → A, 27 → AB."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class MappingModel(QAbstractTableModel):
    def __init__(self, session: ImportSession, parent=None):
        super().__init__(parent)
        self.session = session
        self._headers: list[str] = []
        self.retranslate()

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def headers(self) -> list[str]:
        return self.session.sheet.headers if self.session.sheet is not None else []

    def fields(self) -> list[str]:
        from db.exchange.mapping import importable_fields

        return list(importable_fields(self.session.list_kind))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD else flags

    def header_text(self, column: int) -> str:
        written = self.headers()[column].strip()
        letter = column_letter(column)
        return f"{letter}: {written}" if written else self.tr("{letter}: (no header)").format(letter=letter)

    def field_text(self, field: str | None) -> str:
        return field_name(self.session.list_kind, field) if field else self.tr("(not imported)")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.headers()):
            return None
        row, column = index.row(), index.column()
        chosen = self.session.mapping.get(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == HEADER:
                return self.header_text(row)
            if column == FIELD:
                return self.field_text(chosen)
            if column == SAMPLES:
                samples = self.session.sheet.samples[row] if row < len(self.session.sheet.samples) else []
                if not samples:
                    return self.tr("(empty)")
                return ("\n" if role == Qt.ItemDataRole.ToolTipRole else "  ·  ").join(samples)
        if role == FIELD_ROLE:
            return chosen
        if role == Qt.ItemDataRole.ForegroundRole and (column == SAMPLES or not chosen):
            return QColor("#777777")  # columns left out, and the samples, step back
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != FIELD or role not in (Qt.ItemDataRole.EditRole, FIELD_ROLE):
            return False
        value = value or None
        if self.session.mapping.get(index.row()) == value:
            return False
        for row in self.session.set_field(index.row(), value):
            self.dataChanged.emit(self.index(row, 0), self.index(row, 2))
        return True

    def set_field(self, row: int, field: str | None) -> bool:
        return self.setData(self.index(row, FIELD), field or "")

    def retranslate(self) -> None:
        self._headers = [self.tr("Column in the file"), self.tr("Imported as"), self.tr("Values in the file")]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 2))


class FieldDelegate(QStyledItemDelegate):
    """A drop-down of the list's importable fields, kept open in the view (one per row)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        model: MappingModel = index.model()
        combo = QComboBox(parent)
        combo.setObjectName(f"field_{index.row()}")
        combo.addItem(model.field_text(None), "")
        for name in model.fields():
            combo.addItem(model.field_text(name), name)
        combo.setAccessibleName(model.header_text(index.row()))
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        current = index.data(FIELD_ROLE) or ""
        position = editor.findData(current)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, position))
        editor.blockSignals(False)

    def setModelData(self, editor: QComboBox, model: MappingModel, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData() or "")

    def retranslate(self, editor: QComboBox, model: MappingModel) -> None:
        for i in range(editor.count()):
            editor.setItemText(i, model.field_text(editor.itemData(i) or None))

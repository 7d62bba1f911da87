"""When a save meets a newer version: who changed the record and when, the two versions
side by side where they differ, and the choice of keeping theirs or saving mine over it."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from db import catalogue
from desktop import i18n
from desktop.context import AppContext

_SKIPPED = {"id", "uid", "version", "created_at", "updated_at", "deleted_at"}


Describe = Callable[[str, Any], "str | None"]  # (field, value) -> text, or None for the default


def differences(context: AppContext, kind: str, mine: Any, theirs: Any,
                describe: Describe | None = None) -> list[tuple[str, str, str]]:
    """(field label, my value, their value) for every field where the two versions differ.
    ``describe`` may show a value its own way (a form's party ids as names)."""
    if mine is None or theirs is None or not dataclasses.is_dataclass(mine):
        return []
    rows = []
    names = {f.name for f in dataclasses.fields(mine)}
    for f in dataclasses.fields(mine):
        if f.name in _SKIPPED or not hasattr(theirs, f.name) or not _compared(kind, f.name, names):
            continue
        a, b = getattr(mine, f.name), getattr(theirs, f.name)
        if _comparable(a) != _comparable(b):
            rows.append((i18n.tr_field(kind, f.name), _described(context, kind, f.name, a, describe),
                         _described(context, kind, f.name, b, describe)))
    return rows


def _compared(kind: str, name: str, names: set[str]) -> bool:
    """Only what a person edits: not what the services work out (an expiry, a status),
    nor a second spelling of a field that is compared already (party names for party ids)."""
    info = catalogue.field_info(kind, name)
    if info is not None and not info.editable:
        return False
    alias = catalogue.ALIASES.get((kind, name))
    return alias is None or alias not in names


def _described(context: AppContext, kind: str, field: str, value: Any, describe: Describe | None) -> str:
    text = describe(field, value) if describe is not None else None
    return text if text is not None else shown(context, kind, field, value)


def _comparable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_comparable(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {k: _comparable(v) for k, v in dataclasses.asdict(value).items() if k not in _SKIPPED}
    if value == "":
        return None
    return value


def shown(context: AppContext, kind: str, field: str, value: Any) -> str:
    """A value as the form shows it: dates in the user's style, choices by their label."""
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return context.format_date(value)
    if isinstance(value, bool):
        return i18n.tr_value("bool", "true" if value else "false")
    info = catalogue.field_info(kind, field)
    if isinstance(value, enum.Enum) or (info is not None and info.enum and isinstance(value, str)):
        return i18n.tr_value(info.enum if info and info.enum else type(value).__name__, value)
    if isinstance(value, (list, tuple)):
        return "\n".join(_item_text(v) for v in value) or "—"
    return str(value)


def _item_text(value: Any) -> str:
    if dataclasses.is_dataclass(value):
        parts = [str(v) for k, v in dataclasses.asdict(value).items()
                 if k not in _SKIPPED and v not in (None, "", [], False) and not k.endswith("_id")]
        return ", ".join(parts)
    return str(value)


class ConflictDialog(QDialog):
    """Shown when a save was refused because someone saved the record first."""

    RELOAD, OVERWRITE = 2, 3  # exec() results besides Rejected (keep editing)

    def __init__(self, context: AppContext, kind: str, message: str, mine: Any, theirs: Any,
                 parent: QWidget | None = None, describe: Describe | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        rows = differences(context, kind, mine, theirs, describe)
        # The differences: field, mine, theirs (a small fixed list, in an item model like every table).
        self.model = QStandardItemModel(len(rows), 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"), self.tr("Saved now")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(text)
                self.model.setItem(r, c, item)
        self.table = QTableView(self)
        self.table.setObjectName("differences")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Rows as tall as their wrapped text at the columns' real width (known only once shown).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(rows))
        layout.addWidget(self.table)
        if not rows:
            same = QLabel(self.tr("The fields you changed are the same in both versions."))
            same.setWordWrap(True)
            layout.addWidget(same)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("Reload theirs (discard my changes)"))
        self.overwrite_button = QPushButton(self.tr("Save mine over theirs"))
        keep = buttons.addButton(self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.reload_button.clicked.connect(lambda: self.done(self.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self.done(self.OVERWRITE))
        keep.clicked.connect(self.reject)
        keep.setDefault(True)
        self.reload_button.setEnabled(theirs is not None)
        self.overwrite_button.setEnabled(theirs is not None)
        layout.addWidget(buttons)
        self.resize(720, 380)

    def rows(self) -> list[tuple[str, str, str]]:
        """The differences shown: (field, your version, saved now)."""
        return [tuple(self.model.item(r, c).text() for c in range(3)) for r in range(self.model.rowCount())]

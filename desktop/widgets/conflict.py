"""When a save meets a newer version: who changed the record and when, the two versions
side by side where they differ, and the choice of keeping theirs or saving mine over it."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from db import catalogue
from desktop import i18n
from desktop.context import AppContext

_SKIPPED = {"id", "uid", "version", "created_at", "updated_at", "deleted_at"}


def differences(context: AppContext, kind: str, mine: Any, theirs: Any) -> list[tuple[str, str, str]]:
    """(field label, my value, their value) for every field where the two versions differ."""
    if mine is None or theirs is None or not dataclasses.is_dataclass(mine):
        return []
    rows = []
    for f in dataclasses.fields(mine):
        if f.name in _SKIPPED or not hasattr(theirs, f.name):
            continue
        a, b = getattr(mine, f.name), getattr(theirs, f.name)
        if _comparable(a) != _comparable(b):
            rows.append((i18n.tr_field(kind, f.name), shown(context, kind, f.name, a),
                         shown(context, kind, f.name, b)))
    return rows


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
        return context.tr("Yes") if value else context.tr("No")
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
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        layout = QVBoxLayout(self)
        intro = QLabel(message)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = differences(context, kind, mine, theirs)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("differences")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"), self.tr("Saved now")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
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
        self.resize(640, 360)

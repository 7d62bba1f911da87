"""Tags typed as one line, separated by commas (、 and ， too), with the tags already in
use offered as you type the next one."""

from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

_SEPARATORS = re.compile(r"[,、，;；]")


def split_tags(text: str) -> list[str]:
    """The tags of a typed line, trimmed, each once, in the order typed."""
    tags: list[str] = []
    for part in _SEPARATORS.split(text):
        part = part.strip()
        if part and part not in tags:
            tags.append(part)
    return tags


class _LastTagCompleter(QCompleter):
    """Completes the tag after the last separator, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [_SEPARATORS.split(path)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        typed = self.widget().text()
        cut = max((m.end() for m in _SEPARATORS.finditer(typed)), default=0)
        head = typed[:cut]
        return f"{head} {index.data()}".lstrip() if head else str(index.data())


class TagsEdit(QLineEdit):
    """The organisation's tags; ``tags()`` reads them, ``set_known`` offers existing ones."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._known = QStringListModel(self)
        completer = _LastTagCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        # A picked suggestion is an edit like typing (the form marks itself changed).
        completer.activated.connect(lambda _text: self.textEdited.emit(self.text()))

    def tags(self) -> list[str]:
        return split_tags(self.text())

    def set_tags(self, tags: list[str]) -> None:
        self.setText(", ".join(tags))

    def set_known(self, tags: list[str]) -> None:
        self._known.setStringList(tags)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Separate tags with commas"))
        known = self._known.stringList()
        if known:
            self.setToolTip(self.tr("Tags in use: {tags}").format(tags=", ".join(known[:30])))
        else:
            self.setToolTip(self.tr("Separate tags with commas"))

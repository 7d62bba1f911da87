"""Typing into widgets as a person does, Japanese included.

``QTest.keyClicks`` can only send characters that have a key; Japanese is typed through
an input method, which hands the widget the finished text (the "commit string").  So do
we: ASCII goes key by key, everything else arrives as an input-method commit, which the
widget treats as typing (``textEdited`` fires, validators run)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` at the cursor of ``widget`` (a line edit, a text edit, an editable combo)."""
    widget.setFocus()
    run = ""
    for ch in text:
        if ch.isascii() and ch.isprintable():
            run += ch
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        event = QInputMethodEvent()
        event.setCommitString(ch)
        QApplication.sendEvent(widget, event)
    if run:
        QTest.keyClicks(widget, run)


def column_texts(page, key: str) -> list:
    """What a list page shows in the column ``key``, row by row, as loaded."""
    column = page.column_index(key)
    return [page.model.data(page.model.index(row, column)) for row in range(page.model.rowCount())]


def answer_modal(act, seen: list) -> None:
    """Act on the next modal window (a message box, the conflict dialog) once it is up:
    ``act(widget)``, after adding it to ``seen``."""
    from PySide6.QtCore import QTimer

    def attempt(tries=200):
        widget = QApplication.activeModalWidget()
        if widget is None:
            if tries:
                QTimer.singleShot(10, lambda: attempt(tries - 1))
            return
        seen.append(widget)
        act(widget)
    QTimer.singleShot(0, attempt)

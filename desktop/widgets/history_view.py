"""A record's change history, read as sentences: who changed what and when, newest first.

The core keeps every change (``db.services.history``) and says it in words
(``db.services.history_text.describe_history``: field labels from the catalogue, names
of related records, dates as dates, times in local time).  This view only lays the
lines out: one block per operation — when, who, what was done — with its sentences and
one line per changed field beneath.  It reloads when the record (or, for an
organisation, its contacts and memberships) changes, when the language switches, and
when the date style changes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from db.errors import KakehashiError
from db.services.history import record_history
from db.services.history_text import HistoryLine, describe_history
from desktop.context import AppContext
from desktop.widgets.retranslating import Retranslating

# The kinds whose changes are told as part of a record of another kind (the core
# records them with the parent's kind and id), so the view refreshes for them too.
PART_KINDS = {"organisation": ("contact", "membership"), "agreement": ()}


class HistoryView(Retranslating, QWidget):
    """The readable history of one record; ``refresh()`` reads it again."""

    def __init__(self, context: AppContext, kind: str, record_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.record_id = record_id
        self.lines: list[HistoryLine] = []  # newest first, as shown
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("history")
        self.browser.setOpenLinks(False)
        layout.addWidget(self.browser, 1)
        context.records_changed.connect(self._record_changed)
        context.language_changed.connect(self._language_changed)  # bound: dropped with the widget
        self.retranslate()
        self.refresh()

    def set_record(self, record_id: int | None) -> None:
        """Show another record's history (a new record's form gets its id when first saved)."""
        self.record_id = record_id
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if not self.record_id:
            self.lines = []
        else:
            try:
                entries = record_history(self.context.db, self.kind, self.record_id)
                self.lines = list(reversed(describe_history(self.context.db, entries, self.context.lang)))
            except KakehashiError as exc:
                self.lines = []
                self.browser.setPlainText(self.context.error_text(exc))
                return
        self._show()

    def _show(self) -> None:
        self.browser.setHtml(history_html(self.lines))
        self.browser.setVisible(bool(self.lines))
        self.empty_label.setVisible(not self.lines)

    def text(self) -> str:
        """What the view shows, as plain text (for copying and for tests)."""
        return self.browser.toPlainText()

    # ------------------------------------------------------------------ staying current

    def _record_changed(self, kind: str, record_id: int) -> None:
        if not self.record_id:
            return
        if (kind == self.kind and record_id in (0, self.record_id)) or kind in PART_KINDS.get(self.kind, ()):
            if self.isVisible():
                self.refresh()
            else:  # read again when shown: a hidden tab need not query on every save
                self._stale = True

    def _language_changed(self, _lang: str) -> None:
        self.refresh()

    def retranslate(self) -> None:
        if self.record_id:
            self.empty_label.setText(self.tr("No changes have been recorded for this record."))
        else:
            self.empty_label.setText(self.tr("The history starts when the record is first saved."))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)


def history_html(lines: list[HistoryLine]) -> str:
    """The lines (newest first) as HTML: a heading per operation, its sentences beneath."""
    parts: list[str] = []
    previous = None
    for line in lines:
        if line.operation_id != previous:
            if previous is not None:
                parts.append("</ul>")
            parts.append(f"<p style='margin-top:8px; margin-bottom:2px'><b>{escape(line.when)}</b>"
                         f"&nbsp;&nbsp;{escape(line.user)}&nbsp;&nbsp;"
                         f"<span style='color:#666'>{escape(line.operation)}</span></p><ul style='margin-top:0'>")
            previous = line.operation_id
        details = "".join(f"<br/><span style='color:#444'>{escape(d)}</span>" for d in line.details)
        parts.append(f"<li>{escape(line.text)}{details}</li>")
    if previous is not None:
        parts.append("</ul>")
    return "".join(parts)

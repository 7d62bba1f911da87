"""A date typed as people write it: 2020-09-18, 2020/9/18, 令和2年9月18日, R2.9.18, 令和元年5月1日.

The text is read by the core (``db.date_parsing.parse_date``), so a form accepts exactly
what the importer and the command line accept.  While typing, a small line beneath
the field says which day was understood, in the user's date style ("2020/09/18 (Fri)"),
or why the text is not a date; on leaving the field a valid date is rewritten in the
user's style.  Empty is allowed (``date()`` returns None) unless the form says otherwise.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from db.dates import DateParseError
from db.date_parsing import parse_date
from desktop.context import AppContext
from desktop.widgets.retranslating import Retranslating


class DateField(Retranslating, QWidget):
    """A line edit for a date, with what it understood shown beneath."""

    changed = Signal()  # the date (or its text) changed by the user

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.edit = QLineEdit(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("dateHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text); font-size: small;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        self._date: date | None = None
        self._error: str | None = None
        self._form_error: str | None = None  # set by the form after a refused save
        self._shown = ""  # the text this field last wrote for ``_date``
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        # Bound methods, not lambdas: Qt drops them when this field is deleted.
        context.date_style_changed.connect(self._style_changed)
        context.language_changed.connect(self._style_changed)
        self.retranslate()

    # ------------------------------------------------------------------ value

    def date(self) -> date | None:
        """The date understood, or None when empty.  Raises the core's ``DateParseError``
        (with its reason) when the text is not a date, so a save reports it at this field."""
        self._parse(self.edit.text())
        if self._error is not None:
            parse_date(self.edit.text().strip())  # raises the core's error, in its own words
        return self._date

    def set_date(self, value: date | None) -> None:
        self._date, self._error = value, None
        self._write(self.context.format_date(value) if value else "")
        self._form_error = None
        self._show_hint()

    def is_valid(self) -> bool:
        return self._error is None

    def text(self) -> str:
        return self.edit.text()

    def show_error(self, text: str | None) -> None:
        """Say beneath the field what is wrong with it (a save's field error); None clears it."""
        self._form_error = text
        self._show_hint()

    # ------------------------------------------------------------------ typing

    def _parse(self, text: str) -> None:
        text = text.strip()
        if not text:
            self._date, self._error = None, None
            return
        if self._date is not None and text in (self._shown, self.context.format_date(self._date)):
            # Shown by us in the user's style, which may be one people read but do not type
            # (an American 9/18/2020): it stands for the date it was made from.
            self._error = None
            return
        try:
            self._date, self._error = parse_date(text), None
        except DateParseError as exc:
            self._date, self._error = None, self.context.error_text(exc)

    def _typed(self, text: str) -> None:
        self._form_error = None  # typing again answers the form's complaint
        self._parse(text)
        self._show_hint()
        self.changed.emit()

    def _tidy(self) -> None:
        """On leaving the field, show a valid date in the user's style."""
        if self._date is not None and self._error is None:
            shown = self.context.format_date(self._date)
            if shown != self.edit.text():
                self._write(shown)

    def _style_changed(self, _style: str) -> None:
        self._rewrite()

    def _rewrite(self) -> None:
        if self._date is not None and self._error is None:
            self._write(self.context.format_date(self._date))
        self._show_hint()

    def _write(self, text: str) -> None:
        self._shown = text
        self.edit.setText(text)

    def _show_hint(self) -> None:
        if self._error is not None or self._form_error is not None:
            self.hint.setText(self._error if self._error is not None else self._form_error)
            self.hint.setStyleSheet("color: #c62828; font-size: small;")
        elif self._date is not None and self.edit.text().strip() != self.context.format_date(self._date):
            weekday = self.context.locale().dayName(self._date.isoweekday(), QLocale.FormatType.ShortFormat)
            self.hint.setText(self.tr("{date} ({weekday})").format(
                date=self.context.format_date(self._date), weekday=weekday))
            self.hint.setStyleSheet("color: palette(placeholder-text); font-size: small;")
        else:
            self.hint.clear()
        self.hint.setVisible(bool(self.hint.text()))
        self._fit_hint()

    def _fit_hint(self) -> None:
        # A long reason wraps; ask the layout for the lines it needs at this width (form
        # layouts do not always ask a wrapped label's height for its width).
        if self.hint.text():
            self.hint.setMinimumHeight(self.hint.heightForWidth(max(self.width(), 1)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_hint()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("e.g. 2020/9/18 or R2.9.18"))
        self.edit.setToolTip(self.tr("Type a date as you would write it: 2020/9/18, 2020-09-18, "
                                     "令和2年9月18日 or R2.9.18."))
        self._parse(self.edit.text())
        self._rewrite()

"""The frame every record's form shares: load, edit, save or cancel, and never lose work.

A form is a top-level window for one record (``record_id`` None for a new one).  The
subclass lays out its fields and says four things: how to read the record
(:meth:`RecordForm.load`), how to show it (:meth:`show_data`), how to read the fields back
(:meth:`collect`) and how to save (:meth:`store`, a create or update service).  This class
does the rest, the same way on every form:

- edits mark the form changed (``watch``), shown by ``[*]`` in the title; closing a
  changed form asks to save, discard or keep editing;
- a ``ValidationError`` is shown at the field it concerns (red frame and tooltip, the
  message beneath it when the editor has room for one — ``show_error(text)`` — and in a
  summary at the top whose lines lead to their field), in the user's language; the first
  such field is brought into view (its tab chosen, scrolled to) and gets the focus;
- a problem of one item of a list (``signatories[1].name``) is found without any code in
  the form: the list editor named ``signatories`` answers ``item_field(1, "name")``
  (override :meth:`field_widget` for anything else);
- a save that started from an older version (``StaleRecord``) writes nothing: the form
  says who changed the record and when, and offers to reload it or to compare the two;
- any other error the core names (busy, read-only, full disk) is a plain message.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QScrollArea, QSpinBox, QStackedWidget, QTabWidget, QTextEdit, QVBoxLayout, QWidget,
)

from db.errors import KakehashiError, StaleRecord, ValidationError
from desktop.context import AppContext
from desktop.widgets.conflict import ConflictDialog
from desktop.widgets.retranslating import Retranslating

INVALID_STYLE = "border: 1px solid #c62828;"
_ITEM_PATH = re.compile(r"^(\w+)\[(\d+)\]\.(\w+)$")  # signatories[1].name


class FieldProblems(Exception):
    """Raised by ``collect`` when fields cannot even be read (a date that is not a date):
    (editor, message in the user's language) pairs, shown like the core's field errors."""

    def __init__(self, problems: list[tuple[QWidget, str]]):
        super().__init__("; ".join(text for _w, text in problems))
        self.problems = problems


class RecordForm(Retranslating, QWidget):
    """Base of the partner, agreement, activity and contact forms (see the module's text)."""

    kind = ""  # catalogue kind of the record: "organisation", "agreement", ...
    saved = Signal(object)  # the service's Saved result, after a successful save

    def __init__(self, context: AppContext, record_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.record_id = record_id
        self.version: int | None = None
        self.data: Any = None  # the record as last loaded or saved
        self._loading = False
        self._field_errors: list[QWidget] = []
        self._problem_widgets: list[QWidget] = []

        outer = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #c62828;")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self._go_to_problem)
        self.summary.hide()
        outer.addWidget(self.summary)
        self.body = QVBoxLayout()
        outer.addLayout(self.body, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        # The row of buttons: a form's own actions (Renew…, Delete) go on the left with
        # ``self.footer.insertWidget(0, button)``; Save and Cancel stay on the right.
        self.footer = QHBoxLayout()
        self.footer.addStretch(1)
        self.footer.addWidget(self.buttons)
        outer.addLayout(self.footer)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Close, self, activated=self.close)
        context.records_changed.connect(self._record_changed_elsewhere)

    # ------------------------------------------------------------------ for subclasses

    def load(self) -> Any:
        """Read the record (a ``get_*`` service); called only when ``record_id`` is set."""
        raise NotImplementedError

    def empty(self) -> Any:
        """The data a new record's form starts from."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        """Fill the fields from ``data``."""
        raise NotImplementedError

    def collect(self) -> Any:
        """The fields read back into the service's data class (its ``version`` is set by ``save``)."""
        raise NotImplementedError

    def store(self, data: Any) -> Any:
        """Create or update through the service; returns its ``Saved`` result."""
        raise NotImplementedError

    def title(self) -> str:
        """The window's title for the record as loaded (without the ``[*]`` marker)."""
        return ""

    def field_widget(self, field: str) -> QWidget | None:
        """The editor of ``field`` (a core field name or path); by default the child whose
        object name is the field's name, and for an item of a list (``signatories[1].name``)
        what the list editor named ``signatories`` gives from ``item_field(1, "name")``
        (the list editor itself when it has no such item)."""
        item = _ITEM_PATH.match(field)
        if item is None:
            return self.findChild(QWidget, field)
        editor = self.findChild(QWidget, item.group(1))
        finder = getattr(editor, "item_field", None)
        found = finder(int(item.group(2)), item.group(3)) if finder is not None else None
        return found or editor

    def retranslate(self) -> None:
        """Put the labels in the current language (called on every language switch)."""
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_title()

    # ------------------------------------------------------------------ life cycle

    def start(self) -> None:
        """Load the record (or the empty one) into the fields; call at the end of ``__init__``."""
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        data = self.load() if self.record_id is not None else self.empty()
        self._show(data)

    def _show(self, data: Any) -> None:
        self._loading = True
        try:
            self.data = data
            self.version = getattr(data, "version", None)
            self.show_data(data)
        finally:
            self._loading = False
        self.clear_errors()
        self.setWindowModified(False)
        self._update_title()

    def watch(self, *widgets: QWidget) -> None:
        """Mark the form changed when any of these editors changes."""
        for w in widgets:
            for signal in _change_signals(w):
                signal.connect(self.mark_changed)

    def mark_changed(self, *_args: object) -> None:
        if not self._loading:
            self.setWindowModified(True)

    @property
    def is_changed(self) -> bool:
        return self.isWindowModified()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.title()}[*]")

    # ------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Save the fields; True when the record is saved (or nothing needed saving)."""
        self.clear_errors()
        try:
            data = self.collect()
            if hasattr(data, "version"):
                data.version = self.version
            result = self.store(data)
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        except FieldProblems as exc:
            self._mark(exc.problems)
            return False
        except StaleRecord as exc:
            self._conflict(exc)
            return False
        except KakehashiError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), self.context.error_text(exc))
            return False
        record = getattr(result, "record", None)
        if record is not None:
            self.record_id = getattr(record, "id", self.record_id)
            self._show(record)
        else:
            self.setWindowModified(False)
        self.context.changed(self.kind, self.record_id)
        self.saved.emit(result)
        return True

    def read_dates(self, **fields: QWidget) -> dict[str, Any]:
        """``{name: date or None}`` of these DateFields; every one that is not a date is
        reported at its field (``FieldProblems``), all of them at once."""
        from db.dates import DateParseError

        values, problems = {}, []
        for name, field in fields.items():
            try:
                values[name] = field.date()
            except DateParseError as exc:
                problems.append((field, self.context.error_text(exc)))
        if problems:
            raise FieldProblems(problems)
        return values

    def show_errors(self, exc: ValidationError) -> None:
        """Each problem at its field; all of them in the summary; the first field focused."""
        self._mark([(self.field_widget(e.field), self.context.error_text(ValidationError([e], exc.record)))
                    for e in exc.errors])

    def _mark(self, problems: list[tuple[QWidget | None, str]]) -> None:
        lines, first = [], None
        self._problem_widgets = []
        for widget, text in problems:
            shown = _html(text)
            if widget is None:
                lines.append(shown)
                continue
            # A compound editor (a date field, a picker) frames the line edit the typing goes to.
            edit = getattr(widget, "edit", None)
            target = edit if isinstance(edit, QWidget) else (widget.focusProxy() or widget)
            target.setStyleSheet(INVALID_STYLE)
            target.setToolTip(text)
            target.setProperty("invalid", True)
            self._field_errors.append(target)
            show_error = getattr(widget, "show_error", None)
            if show_error is not None:  # the editor has a line beneath it for the message
                show_error(text)
                self._field_errors.append(widget)
            lines.append(f'<a href="{len(self._problem_widgets)}" style="color: #c62828;">{shown}</a>')
            self._problem_widgets.append(widget)
            first = first or widget
        self.summary.setText("<br>".join(lines))
        self.summary.show()
        if first is not None:
            self.reveal(first)

    def reveal(self, widget: QWidget) -> None:
        """Bring a field into view — the tab or page it is on, scrolled to — and focus it."""
        child, parent = widget, widget.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QStackedWidget) and parent.indexOf(child) >= 0:
                parent.setCurrentWidget(child)
                tabs = parent.parentWidget()
                if isinstance(tabs, QTabWidget):
                    tabs.setCurrentWidget(child)
            child, parent = parent, parent.parentWidget()
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(widget)
            parent = parent.parentWidget()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_problem(self, link: str) -> None:
        if link.isdigit() and int(link) < len(self._problem_widgets):
            self.reveal(self._problem_widgets[int(link)])

    def clear_errors(self) -> None:
        for widget in self._field_errors:
            clear = getattr(widget, "show_error", None)
            if clear is not None:
                clear(None)
                continue
            widget.setStyleSheet("")
            widget.setToolTip("")
            widget.setProperty("invalid", False)
        self._field_errors.clear()
        self._problem_widgets = []
        self.summary.clear()
        self.summary.hide()

    def describe(self, field: str, value: Any) -> str | None:
        """How the conflict dialog shows ``value`` of ``field`` when the default would not do
        (ids of related records → their names); None keeps the default."""
        return None

    def _conflict(self, exc: StaleRecord) -> None:
        mine = self.collect()
        theirs = self.load() if self.record_id is not None else None
        dialog = ConflictDialog(self.context, self.kind, self.context.error_text(exc), mine, theirs, self,
                                describe=self.describe)
        choice = dialog.exec()
        if choice == ConflictDialog.RELOAD and theirs is not None:
            self._show(theirs)
        elif choice == ConflictDialog.OVERWRITE and theirs is not None:
            # The user has seen both and keeps theirs own: save again on top of the new version.
            self.version = getattr(theirs, "version", None)
            self.setWindowModified(True)
            self.save()

    # ------------------------------------------------------------------ closing

    def first_field(self) -> QWidget | None:
        """Where typing starts when the window opens: by default the first text field."""
        for editor in self.findChildren(QWidget):
            if isinstance(editor, (QLineEdit, QPlainTextEdit, QTextEdit)) and editor.isEnabled() \
                    and not editor.isReadOnly() and editor.isVisibleTo(self):
                return editor
        return None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not getattr(self, "_focused_once", False):
            # A new window would otherwise give the keyboard to its first button or tab bar,
            # and the first words typed would go nowhere.
            self._focused_once = True
            field = self.first_field()
            if field is not None:
                field.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.is_changed:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"), self.tr("Save the changes to this record before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        event.accept()

    def _record_changed_elsewhere(self, kind: str, record_id: int) -> None:
        """Another window saved this record: reload it if nothing here is being edited
        (a form being edited keeps the user's work; saving it will offer the conflict)."""
        if kind == self.kind and record_id == self.record_id and record_id and not self.is_changed:
            try:
                fresh = self.load()
            except KakehashiError:
                return
            if getattr(fresh, "version", None) != self.version:
                self._show(fresh)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def _change_signals(w: QWidget) -> list:
    if isinstance(w, QLineEdit):
        return [w.textEdited]
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return [w.textChanged]
    if isinstance(w, QComboBox):
        return [w.currentIndexChanged, w.editTextChanged] if w.isEditable() else [w.currentIndexChanged]
    if isinstance(w, (QCheckBox, QAbstractButton)):
        return [w.toggled]
    if isinstance(w, (QSpinBox, QDateEdit)):
        return [w.valueChanged] if isinstance(w, QSpinBox) else [w.dateChanged]
    changed = getattr(w, "changed", None)  # our own editors (date fields, lists) say "changed"
    return [changed] if changed is not None else []

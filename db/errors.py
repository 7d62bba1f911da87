"""Errors the core raises for people to read.

Messages are English source text marked with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them into the translation files; the desktop
translates them with ``QCoreApplication.translate(context, message)`` and then
fills in the parameters.  The core itself never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark ``text`` for translation in ``context`` without translating it here."""
    return text


class Notice(str):
    """Something told to a person that is not an error — a warning when a database is
    opened, a problem a check found.  It is the English text (so it prints and logs as
    it is) and keeps its template, context and parameters, so that a screen or the
    command line can show it in the person's language."""

    context: str
    message: str
    params: dict[str, Any]

    def __new__(cls, context: str, message: str, **params: Any) -> Notice:
        notice = super().__new__(cls, message.format(**params))
        notice.context, notice.message, notice.params = context, message, params
        return notice


class KakehashiError(Exception):
    """Base of every error the core reports to a person rather than a developer."""

    context = "Errors"

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English message with its parameters filled in."""
        return self.message.format(**self.params)


class NotFound(KakehashiError):
    """A record asked for by id does not exist (or is in the trash when it must not be)."""


class DatabaseError(KakehashiError):
    """The database file cannot be opened, migrated, backed up or restored."""


class StaleRecord(KakehashiError):
    """A save started from an older version of a record that someone else changed
    meanwhile; nothing was written.  ``params`` name who changed it and when."""


class DatabaseBusy(DatabaseError):
    """Another person's or program's save held the database longer than we wait;
    nothing was written (or lost)."""


class ReadOnlyDatabase(DatabaseError):
    """The database is open read-only (by request, or because the file or its folder
    cannot be written); a change was refused and nothing was written."""


class StorageFault(DatabaseError):
    """The disk refused the work: full, an input/output error, or no permission.
    The transaction was rolled back; nothing was half-written."""


@dataclass(frozen=True)
class FieldError:
    """One problem with one field of a record."""

    field: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(field=self.field, **self.params)


class ValidationError(KakehashiError):
    """The data given to a service breaks a rule; holds every problem found, not only the first."""

    context = "Validation"

    def __init__(self, errors: list[FieldError], record: str = "") -> None:
        self.errors = list(errors)
        self.record = record
        first = self.errors[0]
        super().__init__(first.message, field=first.field, **first.params)

    def text(self) -> str:
        return "; ".join(f"{e.field}: {e.text()}" for e in self.errors)


class Problems:
    """Collects field errors during validation and raises them together."""

    def __init__(self, record: str = "") -> None:
        self.record = record
        self.errors: list[FieldError] = []

    def add(self, field_name: str, message: str, **params: Any) -> None:
        self.errors.append(FieldError(field_name, message, params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors, self.record)


# Messages shared by several services.
REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "At most {limit} characters are allowed.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end date {end} is before the start date {start}.")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("Validation", "The value must not be negative.")
BAD_EMAIL = QT_TRANSLATE_NOOP("Validation", "'{value}' is not a valid e-mail address.")
BAD_URL = QT_TRANSLATE_NOOP("Validation", "'{value}' is not a web address (it should start with http:// or https://).")
BAD_CHOICE = QT_TRANSLATE_NOOP("Validation", "'{value}' is not one of the allowed values: {allowed}.")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Give a Japanese or an English name.")

# Kinds of record, named in messages through a ``{record}`` parameter, live in
# ``db.catalogue.RECORDS`` (the desktop translates the parameter in context "Records").


def __getattr__(name: str) -> Any:
    if name == "RECORD_NAMES":  # the older name, read lazily: db.catalogue imports this module
        from db.catalogue import RECORDS

        return RECORDS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

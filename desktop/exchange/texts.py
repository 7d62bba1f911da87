"""Words the exchange screens share: the names of the lists, problems and values on screen.

The core hands problems over as English templates plus parameters (``model.Problem``);
they are translated here (context "Import") and only then filled in, as everywhere in
the desktop (docs/translations.md).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from db.errors import QT_TRANSLATE_NOOP
from db.exchange import columns as exchange_columns
from db.exchange.model import KINDS, Problem
from desktop.i18n import tr_field, tr_value

LIST_KINDS = tuple(KINDS)  # partners, agreements, contacts, activities

_LIST_NAMES = {
    "partners": QT_TRANSLATE_NOOP("ExchangeLists", "Partners"),
    "agreements": QT_TRANSLATE_NOOP("ExchangeLists", "Agreements"),
    "contacts": QT_TRANSLATE_NOOP("ExchangeLists", "Contacts"),
    "activities": QT_TRANSLATE_NOOP("ExchangeLists", "Activities"),
}
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def list_name(list_kind: str) -> str:
    """"Partners" / 組織 — what a list holds, in the interface's language."""
    source = _LIST_NAMES.get(list_kind)
    return list_kind if source is None else QCoreApplication.translate("ExchangeLists", source)


def problem_text(problem: Problem, *, with_place: bool = False) -> str:
    """A problem in the interface's language; ``with_place`` puts the row and column first."""
    template = QCoreApplication.translate(problem.context, problem.message)  # "Import", or a service's "Validation"
    try:
        text = template.format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation that does not fit: say it in English
        text = problem.message.format(**problem.params)
    if not with_place or problem.names_its_row:
        return text
    if problem.row is not None and problem.column:
        return QCoreApplication.translate("ExchangeTexts", "Row {row}, {column}: {text}").format(
            row=problem.row, column=problem.column, text=text)
    if problem.row is not None:
        return QCoreApplication.translate("ExchangeTexts", "Row {row}: {text}").format(row=problem.row, text=text)
    if problem.column:
        return QCoreApplication.translate("ExchangeTexts", "{column}: {text}").format(column=problem.column, text=text)
    return text


def field_name(list_kind: str, field: str) -> str:
    return tr_field(KINDS[list_kind], field)


def value_text(context, list_kind: str, field: str, value: Any) -> str:
    """A value of a row's change (plain data: ISO dates, enum values, lists) as people read it."""
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("ExchangeTexts", "(empty)")
    try:
        column = exchange_columns.column(list_kind, field)
    except LookupError:
        column = None
    if isinstance(value, (list, tuple)):
        separator = "、" if context.lang == "ja" else ", "
        return separator.join(value_text(context, list_kind, field, v) for v in value)
    if isinstance(value, bool):
        return tr_value("bool", value)
    if isinstance(value, datetime):
        return context.format_date(value.date()) + value.strftime(" %H:%M")
    if isinstance(value, date):
        return context.format_date(value)
    if isinstance(value, str) and _ISO_DAY.match(value) and column is not None and column.type == "date":
        return context.format_date(date.fromisoformat(value))
    if column is not None and column.enum:
        return tr_value(column.enum, value)
    return str(value)


def change_text(context, list_kind: str, field: str, before: Any, after: Any) -> str:
    """One change of an update: "Signed on: 2020/09/18 → 2020/09/19"."""
    return QCoreApplication.translate("ExchangeTexts", "{field}: {before} → {after}").format(
        field=field_name(list_kind, field), before=value_text(context, list_kind, field, before),
        after=value_text(context, list_kind, field, after))

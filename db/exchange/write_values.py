"""How each field's value is written in an exported cell, the same for .xlsx and .csv.

A record becomes one list of plain cell values, one per column of
``db.exchange.columns``: enumerations and yes/no by their labels in the file's
language, lists one item per line, other records by their names, dates as dates, the
times kept by the program in the computer's time zone.  The importer reads every one of
these back (``db.exchange.values``), so an exported file re-imported changes nothing.

Text is written as written.  Two things keep it exact in a workbook:

- Excel's XML keeps a few characters only as escapes (``_x000D_`` for a carriage
  return, ``_x0001_`` for control characters) and reads ``_xHHHH_`` in any text as one;
  ``excel_text`` escapes both ways the way Excel does, so python-calamine and Excel read
  back exactly the text written.
- Text that Excel would take for a formula, a number or an error code when a person
  edits the cell (``=1+1``, ``+81-45-210-1111``, ``0123``, ``#N/A``) is marked by
  ``special_text``; the writers make it a text cell (xlsx) or quote it (csv).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from db import catalogue
from db.exchange import columns as cols
from db.exchange.columns import Column

# What Excel's XML cannot hold as it is: control characters (tab and line feed can be
# kept), the two non-characters U+FFFE and U+FFFF (left out), and text that already
# looks like one of its escapes.
_ESCAPED = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
# Text a spreadsheet would turn into something else if typed: a formula (= + - @), a
# leading tab or carriage return, a number or date-like figures, an error code (#N/A),
# and text that already starts with the apostrophe Excel hides.
_NOT_PLAIN = re.compile(r"^(?:[=+\-@\t\r'#]|[\d\s.,:/()%¥$+\-]+$)")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Either of the two above, in one search: most text is neither and is written as it is.
_SPECIAL = re.compile(_NOT_PLAIN.pattern + "|" + _ESCAPED.pattern)


def _escape(match: re.Match) -> str:
    found = match.group()
    if found.startswith("_x"):
        return "_x005F" + found  # the underscore itself escaped: read back as the text written
    if found in "\ufffe\uffff":
        return ""  # not characters at all (Unicode keeps them out of text); no workbook holds them
    return f"_x{ord(found):04X}_"


def excel_text(text: str) -> str:
    """``text`` as stored in a workbook so that Excel and python-calamine read it back exactly."""
    return _ESCAPED.sub(_escape, text) if _ESCAPED.search(text) else text


def special_text(text: str) -> bool:
    """Does ``text`` need escaping (``excel_text``), or the text style because a spreadsheet
    would take it for something other than text when it is typed again?"""
    return _SPECIAL.search(text) is not None


def local_time(value: datetime | None) -> datetime | None:
    """A stored time (naive UTC) in the computer's time zone, to the minute, without a zone
    (a spreadsheet has none)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().replace(tzinfo=None, second=0, microsecond=0)


def _lines(items: list[str] | None) -> str | None:
    items = [i for i in (items or []) if i]
    return "\n".join(items) if items else None


def _signatory(s: Any, lang: str) -> str:
    """One signatory on one line: 山田 太郎（学長、横浜市立大学）, or in English
    Taro Yamada (President, Yokohama City University) where the English is known."""
    if lang == "ja":
        details = [d for d in (s.title, s.organisation_name) if d]
        return f"{s.name}（{'、'.join(details)}）" if details else s.name
    details = [d for d in (s.title_en or s.title, s.organisation_name) if d]
    name = s.name_en or s.name
    return f"{name} ({', '.join(details)})" if details else name


# Where each column's value is found on the service's data class, when not under the
# field's own name: other records by their names (or keys, see ``Names``), parts by their text.
def _field_getters(list_kind: str, refs: Names, lang: str) -> dict[str, Callable[[Any], Any]]:
    org, agreement = refs.organisation, refs.agreement
    if list_kind == "contacts":
        return {"organisation_id": lambda r: org(r.organisation_id, r.organisation_name)}
    if list_kind == "agreements":
        return {
            "party_ids": lambda r: [org(i, n) for i, n in zip(r.party_ids, r.party_names)],
            "scope_items": lambda r: [s.text for s in r.scope],
            "signatories": lambda r: [_signatory(s, lang) for s in r.signatories],
            "documents": lambda r: [d.original_name for d in r.documents],
            "renewed_from_id": lambda r: agreement(r.renewed_from_id, refs.titles.get(r.renewed_from_id)),
        }
    if list_kind == "activities":
        return {"agreement_id": lambda r: agreement(r.agreement_id, r.agreement_title),
                "organisation_ids": lambda r: [org(i, n) for i, n in zip(r.organisation_ids, r.organisation_names)]}
    return {}


@dataclass
class Names:
    """How a row names other records: by name or title, except those another record
    shares a name with, named by their key (id → key in ``organisations``, ``agreements``)."""

    organisations: dict[int, str] = field(default_factory=dict)
    agreements: dict[int, str] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)  # agreements followed by a renewal, by id

    def organisation(self, id_: int | None, name: str | None) -> str | None:
        return None if id_ is None else self.organisations.get(id_) or name

    def agreement(self, id_: int | None, title: str | None) -> str | None:
        return None if id_ is None else self.agreements.get(id_) or title


def _converter(column: Column, lang: str) -> Callable[[Any], Any] | None:
    """The function turning the field's value into the cell's; None where the value is
    the cell's as it is (text, numbers, dates)."""
    kind = column.info_type if column.type == "info" else column.type
    if kind in ("enum", "bool"):
        enum_name = "bool" if kind == "bool" else column.enum
        labels = {v: catalogue.value_label(enum_name, v, lang) for v in catalogue.values(enum_name)}
        if kind == "bool":
            return lambda v: None if v is None else labels["true" if v else "false"]
        return lambda v: None if v is None else labels.get(getattr(v, "value", v), str(v))
    if kind in ("tags", "refs", "lines"):
        return _lines
    if kind == "datetime":
        return local_time
    return None


class RowMaker:
    """Turns records of one list into rows of cell values, in the order of its columns."""

    def __init__(self, list_kind: str, lang: str, names: Names | None = None) -> None:
        self.columns = cols.columns(list_kind)
        getters = _field_getters(list_kind, names or Names(), lang)
        self._getters = [getters.get(c.field) or attrgetter(c.field) for c in self.columns]
        self._converters = [(i, convert) for i, convert in enumerate(_converter(c, lang) for c in self.columns)
                            if convert is not None]
        self._signed = next((i for i, c in enumerate(self.columns) if c.field == "signed_on"), None)

    def row(self, record: Any) -> list[Any]:
        values = [get(record) for get in self._getters]
        for i, convert in self._converters:
            values[i] = convert(values[i])
        return values

    def styles(self, record: Any, era: bool) -> dict[int, str] | None:
        """Cells of this record shown otherwise than their column: a signing date known
        only to its month or year shows only that (2016/05, or 平成28年5月)."""
        if self._signed is None:
            return None
        precision = record.signed_precision
        if precision not in ("month", "year") or record.signed_on is None:
            return None
        return {self._signed: f"{precision}_era" if era else precision}


def csv_text(value: Any) -> str:
    """A cell value as CSV text: dates as 2025/04/01 (what Excel shows and the importer
    reads), text that a spreadsheet would take for a formula quoted with one apostrophe."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y/%m/%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y/%m/%d")
    if isinstance(value, str):
        # One leading apostrophe is taken off again by the reader (db.exchange.reading),
        # so text that starts with one gets another, and reads back as written.
        return "'" + value if value.startswith(FORMULA_START + ("'",)) else value
    return str(value)

"""The columns of each list the exchange writes and reads, in the order they appear.

One list for export, templates and import: the names come from the catalogue
(``db.catalogue``); what this module adds is how each field's value is written in a
cell and whether a file may change it.
"""

from __future__ import annotations

from dataclasses import dataclass

from db import catalogue
from db.exchange.model import KINDS

# How a field's value sits in a cell:
#   key    the record's stable key (uid); finds the record again on re-import
#   text   plain text
#   date   a date cell (ISO in data; yyyy/mm/dd or the era on screen)
#   int    a whole number
#   bool   yes/no (はい/いいえ, ○/×…)
#   enum   one of an enumeration's values, by its label (catalogue field's ``enum``)
#   tags   several texts, one per line
#   ref    one other record, by its name (an organisation) or title (an agreement)
#   refs   several other records, one name per line
#   lines  several texts, one per line (an agreement's scope of cooperation)
#   info   written for people to read, never read back (derived values, the version)
TYPES = ("key", "text", "date", "int", "bool", "enum", "tags", "ref", "refs", "lines", "info")


@dataclass(frozen=True)
class Column:
    kind: str  # the record kind in the catalogue
    field: str
    type: str
    width: int = 16  # in characters, as Excel counts them
    enum: str | None = None  # for type "enum"
    refers_to: str | None = None  # for "ref"/"refs": the record kind named
    info_type: str | None = None  # for "info": how the value is written (date, enum, text, int, lines)

    @property
    def importable(self) -> bool:
        return self.type != "info"

    def label(self, lang: str = "en", **kw) -> str:
        return catalogue.field_label(self.kind, self.field, lang, **kw)


def _col(kind: str, field: str, type_: str, width: int = 16, info_type: str | None = None) -> Column:
    info = catalogue.field_info(kind, field)
    if info is None:
        raise LookupError(f"{kind}.{field} is not in the catalogue")
    return Column(kind, field, type_, width, enum=info.enum, refers_to=info.refers_to, info_type=info_type)


def _partners() -> tuple[Column, ...]:
    k = "organisation"
    return (
        _col(k, "uid", "key", 38),
        _col(k, "name_ja", "text", 36),
        _col(k, "name_en", "text", 36),
        _col(k, "name_kana", "text", 28),
        _col(k, "short_name", "text", 14),
        _col(k, "kind", "enum", 20),
        _col(k, "country", "text", 8),
        _col(k, "region", "text", 14),
        _col(k, "city", "text", 14),
        _col(k, "address", "text", 40),
        _col(k, "website", "text", 32),
        _col(k, "tags", "tags", 24),
        _col(k, "notes", "text", 40),
        _col(k, "updated_at", "info", 18, "datetime"),
        _col(k, "version", "info", 8, "int"),
    )


def _contacts() -> tuple[Column, ...]:
    k = "contact"
    return (
        _col(k, "uid", "key", 38),
        _col(k, "organisation_id", "ref", 36),
        _col(k, "family_name", "text", 12),
        _col(k, "given_name", "text", 12),
        _col(k, "family_name_kana", "text", 14),
        _col(k, "given_name_kana", "text", 14),
        _col(k, "name_en", "text", 24),
        _col(k, "title", "text", 18),
        _col(k, "department", "text", 20),
        _col(k, "email", "text", 28),
        _col(k, "phone", "text", 16),
        _col(k, "is_primary", "bool", 10),
        _col(k, "notes", "text", 40),
        _col(k, "updated_at", "info", 18, "datetime"),
        _col(k, "version", "info", 8, "int"),
    )


def _agreements() -> tuple[Column, ...]:
    k = "agreement"
    return (
        _col(k, "uid", "key", 38),
        _col(k, "title", "text", 40),
        _col(k, "title_en", "text", 36),
        _col(k, "kind", "enum", 24),
        _col(k, "effective_status", "info", 12, "enum"),
        _col(k, "status", "enum", 12),
        _col(k, "party_ids", "refs", 36),
        _col(k, "signed_on", "date", 12),
        _col(k, "signed_precision", "enum", 10),
        _col(k, "effective_on", "date", 12),
        _col(k, "term_years", "int", 8),
        _col(k, "term_months", "int", 8),
        _col(k, "expires_on_given", "date", 12),
        _col(k, "expires_on", "info", 12, "date"),
        _col(k, "current_term_end", "info", 12, "date"),
        _col(k, "renewal_deadline", "info", 12, "date"),
        _col(k, "auto_renew", "bool", 8),
        _col(k, "renewal_term_years", "int", 8),
        _col(k, "renewal_term_months", "int", 8),
        _col(k, "notice_months", "int", 8),
        _col(k, "notice_days", "int", 8),
        _col(k, "renewed_from_id", "ref", 36),
        _col(k, "succession", "enum", 10),
        _col(k, "scope_items", "lines", 40),
        _col(k, "signatories", "info", 40, "lines"),
        _col(k, "documents", "info", 30, "lines"),
        _col(k, "notes", "text", 40),
        _col(k, "updated_at", "info", 18, "datetime"),
        _col(k, "version", "info", 8, "int"),
    )


def _activities() -> tuple[Column, ...]:
    k = "activity"
    return (
        _col(k, "uid", "key", 38),
        _col(k, "kind", "enum", 20),
        _col(k, "title", "text", 40),
        _col(k, "title_en", "text", 36),
        _col(k, "starts_on", "date", 12),
        _col(k, "ends_on", "date", 12),
        _col(k, "place", "text", 24),
        _col(k, "agreement_id", "ref", 36),
        _col(k, "organisation_ids", "refs", 36),
        _col(k, "notes", "text", 40),
        _col(k, "updated_at", "info", 18, "datetime"),
        _col(k, "version", "info", 8, "int"),
    )


_BUILDERS = {"partners": _partners, "contacts": _contacts, "agreements": _agreements, "activities": _activities}
_CACHE: dict[str, tuple[Column, ...]] = {}


def columns(list_kind: str) -> tuple[Column, ...]:
    """The columns of a list (``partners``, ``agreements``, ``contacts``, ``activities``)."""
    if list_kind not in _CACHE:
        _CACHE[list_kind] = _BUILDERS[list_kind]()
    return _CACHE[list_kind]


def column(list_kind: str, field: str) -> Column:
    for c in columns(list_kind):
        if c.field == field:
            return c
    raise LookupError(f"{list_kind} has no column {field}")


def record_kind(list_kind: str) -> str:
    return KINDS[list_kind]

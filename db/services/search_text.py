"""The stored search text of every record kind, made in one place.

Lists search a ``search_text`` column with ``LIKE`` (and the search index built from
it), so what a person can find a record by is decided here: each value folded the
way typed queries are (:func:`db.text.fold`), empty values dropped, and the values
kept apart by ``|`` so that a term never matches across two fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from db.text import fold

SEPARATOR = "|"


def search_document(*values: str | None) -> str:
    """The search text of a record whose searchable values are ``values``."""
    return SEPARATOR.join(f for f in (fold(v) for v in values if v) if f)


def region_reading(region: str | None) -> str | None:
    """The kana reading of a prefecture or region (神奈川県 → かながわけん), so that
    かながわ finds everything 神奈川 finds; None where the reading is not known."""
    if not region:
        return None
    try:
        from db.regions import reading
    except ImportError:  # the table of readings is optional
        return None
    return reading(region)


def organisation_document(values: dict[str, Any], tags: Iterable[str]) -> str:
    """An organisation: its names, place (with the region's reading) and tags."""
    region = values.get("region")
    return search_document(
        *(values.get(k) for k in ("name_ja", "name_en", "name_kana", "short_name")),
        region, region_reading(region), values.get("city"), *tags,
    )


def contact_document(values: dict[str, Any]) -> str:
    """A contact person: the reading of the full name, names, e-mail, department and title."""
    kana = "".join(values.get(k) or "" for k in ("family_name_kana", "given_name_kana"))
    return search_document(kana, *(values.get(k) for k in ("family_name", "given_name", "name_en", "email",
                                                             "department", "title")))


def agreement_document(agreement: Any) -> str:
    """An agreement: titles, signatories' names and notes (its parties are searched
    through their own organisations' search text)."""
    signatories = list(agreement.signatories)
    return search_document(agreement.title, agreement.title_en, *(s.name for s in signatories),
                           *(s.name_en for s in signatories), agreement.notes)


def activity_document(activity: Any) -> str:
    """An activity: its titles and place."""
    return search_document(activity.title, activity.title_en, activity.place)

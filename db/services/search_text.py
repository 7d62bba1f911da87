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


def for_organisation(values: dict[str, Any], tags: Iterable[str]) -> str:
    """An organisation: its names, place (with the readings of its prefecture and of a
    designated city) and tags."""
    region, city = values.get("region"), values.get("city")
    return search_document(
        *(values.get(k) for k in ("name_ja", "name_en", "name_kana", "short_name")),
        region, region_reading(region), city, region_reading(city), *tags,
    )


def for_contact(values: dict[str, Any]) -> str:
    """A contact person: the reading of the full name, names, e-mail, department and title."""
    kana = "".join(values.get(k) or "" for k in ("family_name_kana", "given_name_kana"))
    return search_document(kana, *(values.get(k) for k in ("family_name", "given_name", "name_en", "email",
                                                             "department", "title")))


def for_agreement(title: str | None, title_en: str | None, signatories: Iterable[Any],
                       notes: str | None) -> str:
    """An agreement: titles, signatories' names (Japanese, then English) and notes; its
    parties are searched through their own organisations' search text.  ``signatories``
    are objects or dicts with ``name`` and ``name_en``."""
    people = [_get(s, "name") for s in signatories]
    people_en = [_get(s, "name_en") for s in signatories]
    return search_document(title, title_en, *people, *people_en, notes)


def for_activity(title: str | None, title_en: str | None, place: str | None) -> str:
    """An activity: its titles and place."""
    return search_document(title, title_en, place)


def _get(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name)

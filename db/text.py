"""Text normalisation for searching and sorting names in Japanese and English.

A person types ｕｃｓｄ, UCSD, かながわ or カナガワ and expects the same hits, so
both the stored search text and the query go through :func:`fold`: Unicode NFKC
(full-width to half-width, half-width katakana to full-width), case folding,
katakana to hiragana, and no spaces or middle dots.
"""

from __future__ import annotations

import unicodedata

_KATAKANA_TO_HIRAGANA = {code: code - 0x60 for code in range(ord("ァ"), ord("ヶ") + 1)}
_DROPPED = {ord(c): None for c in " \t\r\n\u3000・･·-‐ー－—―_.,，、。'\"()（）「」『』"}
# The long vowel mark is dropped so that "センター" matches "せんた" as typed in a hurry;
# it carries no meaning for matching names.


def fold(text: str | None) -> str:
    """Return ``text`` in the form stored for searching."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    return text.translate(_KATAKANA_TO_HIRAGANA).translate(_DROPPED)


def search_terms(query: str | None) -> list[str]:
    """Split a typed query into folded terms; every term must match (AND)."""
    if not query:
        return []
    spaced = unicodedata.normalize("NFKC", query).split()
    return [t for t in (fold(part) for part in spaced) if t]


def like_pattern(term: str) -> str:
    """A ``LIKE`` pattern that finds ``term`` anywhere, with wildcards escaped by ``\\``."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def sort_key(reading: str | None, *names: str | None) -> str:
    """The key lists sort by: the kana reading when known, else the first name given.

    Hiragana sorts in gojūon order by code point, which is how Japanese users
    expect an address book to be ordered.
    """
    for candidate in (reading, *names):
        key = fold(candidate)
        if key:
            return key
    return ""


def clean(value: str | None) -> str | None:
    """Strip surrounding white space (including ideographic spaces); empty becomes None."""
    if value is None:
        return None
    value = value.strip().strip("\u3000").strip()
    return value or None

"""Whether a value read back from a file is the one stored: ``same`` (also reachable as
``db.exchange.values.same``), which the planner asks for every mapped field of a row
that finds its record, to tell "unchanged" from "update".

A file that went through Excel on Japanese Windows comes back in CP932, which swaps a
few characters for look-alikes (〜 and ～, − and －, ‖ and ∥); text is compared after
NFKC with those alike and spaces trimmed, so that such a round trip changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from enum import Enum
from typing import Any

from db.exchange.columns import Column

# Characters a CP932 round trip (Excel on Japanese Windows) swaps for look-alikes.
_CP932_ALIKE = str.maketrans({
    "〜": "~", "～": "~", "−": "-", "－": "-", "‐": "-", "—": "-", "―": "-", "‖": "∥",
    "¢": "￠", "£": "￡", "¬": "￢",
})
_LINES = re.compile(r"\r\n|\r|\n")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _text_key(value: Any) -> str:
    """Text as compared: NFKC, CP932's look-alikes as one, each line trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", str(value)).translate(_CP932_ALIKE)
    return "\n".join(line.strip() for line in _LINES.split(text.strip()))


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return date.fromisoformat(value)
    return value


def same(column: Column, old: Any, new: Any) -> bool:
    """Whether a value read from a file (``new``) is the stored one (``old``): text after
    NFKC with 〜/～ and −/－/- alike and spaces trimmed; lists item by item (tags in any
    order); dates, numbers, yes/no and choices by value; None and empty alike."""
    if column.type in ("tags", "lines", "refs"):
        old_items, new_items = [_text_key(i) for i in old or []], [_text_key(i) for i in new or []]
        if column.type == "tags":
            old_items, new_items = sorted(old_items), sorted(new_items)
        return old_items == new_items
    if column.type in ("text", "ref", "key"):
        return _text_key(old) == _text_key(new)
    old, new = _plain(old), _plain(new)
    if old in ("", None) or new in ("", None):
        return old in ("", None) and new in ("", None)
    return old == new

"""Printing results for people (aligned tables) and for scripts (JSON with ISO dates)."""

from __future__ import annotations

import dataclasses
import enum
import sys
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, TextIO


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(value: Any, out: TextIO | None = None) -> None:
    import json

    out = out or sys.stdout
    json.dump(_plain(value), out, ensure_ascii=False, indent=2)
    out.write("\n")


def width(text: str) -> int:
    """Columns a string takes in a terminal: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = "", 0
    for c in text:
        w = width(c)
        if used + w > limit - 1:
            break
        out, used = out + c, used + w
    return out + "…"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], out: TextIO | None = None,
                max_width: int = 40) -> None:
    """Columns aligned by display width; long cells are shortened with an ellipsis."""
    out = out or sys.stdout
    cells = [[_fit("" if v is None else str(v), max_width) for v in row] for row in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths)).rstrip()

    out.write(line(headers) + "\n")
    out.write(line(["-" * w for w in widths]) + "\n")
    for row in cells:
        out.write(line(row) + "\n")


def fmt_date(value: date | None, precision: str = "day") -> str:
    """ISO, shortened to what is known: 2016-05 when only the month is."""
    if value is None:
        return ""
    if precision == "month":
        return value.strftime("%Y-%m")
    if precision == "year":
        return str(value.year)
    return value.isoformat()


def local_time(value: datetime | None) -> str:
    """A stored time (naive UTC) in the computer's time zone, to the minute."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone().strftime("%Y-%m-%d %H:%M")

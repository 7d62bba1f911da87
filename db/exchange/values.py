"""Cells as people type them, turned into the values the services take.

Municipal staff write full-width digits, half-width kana, era dates of every spelling,
○/× for yes and no, and enumerations in either language; Excel gives dates as date
cells or serial numbers.  ``parse`` reads one cell for one column (``columns.Column``)
and either gives the value with any warnings or raises ``BadCell``; the planner adds
the row and the column header to make a ``Problem`` of it.  ``same`` (kept in
``db.exchange.unchanged``) tells whether a value read back from a file is the one
stored, forgiving what a CP932 round trip does.

Free text is only trimmed, never normalised, so that export → import is the identity;
what is compared (enumeration labels, numbers, dates, yes/no) goes through NFKC.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from db import catalogue
from db.date_parsing import (
    BEFORE_ERA, ERA_ENDED, ERA_YEAR_TOO_LARGE, NO_SUCH_DAY, NO_YEAR_ZERO, WRONG_WEEKDAY, DateParseError,
    parse_date, parse_year_month,
)
from db.eras import ERA_BY_TOKEN, gregorian_year, latest_readable_year
from db.errors import QT_TRANSLATE_NOOP, KakehashiError
from db.exchange.columns import Column
from db.exchange.model import CONTEXT, Cell, Problem
from db.exchange.unchanged import same  # noqa: F401 - part of this module's interface: values.same

NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a date; write it like 2020/9/18 or 令和2年9月18日.")
NO_SUCH_DATE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a day of the calendar.")
ERA_YEAR_ZERO = QT_TRANSLATE_NOOP("Import", "'{value}': there is no year 0 of {era}.")
ERA_BEFORE = QT_TRANSLATE_NOOP("Import", "'{value}' is before the start of {era}.")
ERA_OVER = QT_TRANSLATE_NOOP("Import", "'{value}': {era} ended in {end_year}; there is no year {era_year} of {era}.")
ERA_TOO_FAR = QT_TRANSLATE_NOOP("Import", "'{value}': year {era_year} of {era} is too far in the future.")
WEEKDAY_WRONG = QT_TRANSLATE_NOOP("Import", "'{value}': the day of the week does not match the date.")
BAD_SERIAL = QT_TRANSLATE_NOOP("Import", "{value} is not a date Excel can show.")
MONTH_ONLY = QT_TRANSLATE_NOOP("Import", "'{value}' gives only the month; its first day, {date}, is used.")
YEAR_ONLY = QT_TRANSLATE_NOOP("Import", "'{value}' gives only the year; its first day, {date}, is used.")
NOT_WHOLE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a whole number.")
WRONG_UNIT = QT_TRANSLATE_NOOP("Import", "'{value}' is counted in the wrong unit for this column.")
NOT_YES_NO = QT_TRANSLATE_NOOP("Import", "'{value}' is neither yes nor no; write はい or いいえ (○ or ×).")
NOT_ALLOWED = QT_TRANSLATE_NOOP("Import", "'{value}' is not one of the allowed values: {allowed}.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Import", "'{value}' is not a known value; it is imported as Other, and the text "
                                           "as written is kept in this warning.")
NOT_A_KEY = QT_TRANSLATE_NOOP("Import", "'{value}' is not a key written by Kakehashi; leave the key as exported, or "
                                        "empty for a new row.")

# Why parse_date refused a text, said in the import's own words (context "Import").
_DATE_REASONS = {
    NO_SUCH_DAY: NO_SUCH_DATE,
    NO_YEAR_ZERO: ERA_YEAR_ZERO,
    BEFORE_ERA: ERA_BEFORE,
    ERA_ENDED: ERA_OVER,
    ERA_YEAR_TOO_LARGE: ERA_TOO_FAR,
    WRONG_WEEKDAY: WEEKDAY_WRONG,
}


_SHOWN = 60  # characters of a cell quoted in a message


class BadCell(KakehashiError):
    """A cell that cannot be read for its column; the planner adds the row and column.
    A long cell is shortened in the message: the row and column say where the rest is."""

    context = CONTEXT

    def __init__(self, message: str, **params: Any) -> None:
        value = params.get("value")
        if isinstance(value, str) and len(value) > _SHOWN:
            params["value"] = value[:_SHOWN - 1] + "…"
        super().__init__(message, **params)


@dataclass
class Parsed:
    """A cell's value and what is worth telling about it.

    ``whole`` keeps the cell's text where the value alone loses it: the undivided text of
    a ``refs`` cell (a name may itself hold a separator, so the planner tries it first)
    and the text of an enumeration read as "other".  ``precision`` says how much of a
    date was written: "day", or "month"/"year" when only those were (the 1st is used).
    """

    value: Any
    warnings: list[Problem] = field(default_factory=list)
    whole: str | None = None
    precision: str | None = None


# Cells that mean "nothing here" where a value is typed (a date, a number, yes/no, a
# choice, a key): a lone dash or slash (斜線).  Names and text keep them: an
# organisation may be called "-" and must come back from an export as it went.
_EMPTY_MARKS = frozenset("-‐‑‒–—―−－ー/／")


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _trimmed(text: str) -> str:
    """Spaces (also the ideographic space) off both ends; nothing else changes."""
    return text.strip().strip("\u3000").strip()


def is_empty(cell: Cell) -> bool:
    """No value in the cell: None, spaces, or a lone dash or slash (how lists say "none")."""
    if cell is None:
        return True
    if isinstance(cell, str):
        text = _nfkc(cell)
        return not text or (len(text) <= 2 and set(text) <= _EMPTY_MARKS)
    return False


def parse(column: Column, cell: Cell) -> Parsed:
    """The value of ``cell`` for ``column``; raises ``BadCell`` when it cannot be read."""
    reader = _READERS.get(column.type)
    if reader is None:
        raise ValueError(f"column {column.field} of type {column.type} is not imported")
    return reader(column, cell)


# ------------------------------------------------------------------ text and keys


def _as_text(cell: Cell) -> str | None:
    """A cell as the text a person sees; None for an empty cell."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        return catalogue.value_label("bool", cell)
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ") if cell.time() != datetime.min.time() else cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, (int, float)):
        return str(cell)
    return cell


def _text(column: Column, cell: Cell) -> Parsed:
    text = _as_text(cell)
    text = _trimmed(text) if text is not None else None
    return Parsed(text or None)


_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _key(column: Column, cell: Cell) -> Parsed:
    if is_empty(cell):
        return Parsed(None)
    text = _nfkc(_as_text(cell)).lower()
    if not isinstance(cell, str) or not _UID.fullmatch(text):
        raise BadCell(NOT_A_KEY, value=_as_text(cell))
    return Parsed(text)


# ------------------------------------------------------------------ lists


# Items of a list cell: one per line (as exported), else separated by ; ； or 、 as
# people also type them on one line (where that gives two items or more).
_SEPARATORS = re.compile(r"[;；、]")
_LINES = re.compile(r"\r\n|\r|\n")


def _items(column: Column, cell: Cell) -> Parsed:
    text = _as_text(cell)
    if text is None or not text.strip():
        return Parsed([], whole=None)
    # A cell of several lines is divided only by them, so that a name or tag holding 、
    # comes back from an export whole.  Scope items are sentences ("防災、減災に関する
    # こと"): only a line break ever divides them.
    if column.type == "lines" or _LINES.search(text.strip()):
        items = [_trimmed(part) for part in _LINES.split(text)]
        items = [item for item in items if item]
    else:
        items = [item for item in (_trimmed(part) for part in _SEPARATORS.split(text)) if item]
        if len(items) < 2:  # ";", "、横浜市": a separator at an edge divides nothing
            items = [_trimmed(text)]
    if column.type == "tags":
        items = list(dict.fromkeys(items))
    whole = _trimmed(text) if column.type == "refs" else None
    return Parsed(items, whole=whole)


# ------------------------------------------------------------------ dates

# Excel counts days from 1899-12-31 as day 1 and keeps Lotus's 1900-02-29 (day 60).
_LAST_SERIAL = 2958465  # 9999-12-31
_SERIAL_TEXT = re.compile(r"[1-9][0-9]{4}")  # 10000..99999: 1927..2173, as a CSV shows a date cell
_YEAR_ONLY = re.compile(r"(?:(?P<y>[0-9]{4})|(?P<era>明治|大正|昭和|平成|令和|[明大昭平令MTSHR])(?P<ey>[0-9]{1,2}|元))年?")
# "H.30.8.1", "R.2.9.18": a dot after the era's letter, as some offices abbreviate.
_ERA_LETTER_DOT = re.compile(r"^([MTSHR])\.(?=[0-9元])")
# Kanji numerals of formal documents: 令和二年九月十八日, 二〇二〇年.
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_KANJI_NUMBER = re.compile(r"[〇一二三四五六七八九十]+")


def _kanji_number(match: re.Match) -> str:
    text = match.group()
    if "十" not in text:
        return "".join(str(_KANJI_DIGITS[c]) for c in text)  # 二〇二〇: digit by digit
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1 or "十" in ones:
        return text  # not a number of days, months or era years: left for the error
    return str((_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0))


def _date_text(text: str) -> str:
    """What parse_date is given: NFKC, kanji numerals as digits, H.30.8.1 as H30.8.1."""
    text = _KANJI_NUMBER.sub(_kanji_number, _nfkc(text))
    return _ERA_LETTER_DOT.sub(r"\1", text.upper())


def _from_serial(value: float, shown: Cell) -> date:
    serial = int(value) if math.isfinite(value) else 0
    if not 1 <= serial <= _LAST_SERIAL or serial == 60:
        raise BadCell(BAD_SERIAL, value=_as_text(shown))
    return date(1899, 12, 31) + timedelta(days=serial - (1 if serial > 60 else 0))


def _date_error(text: str, exc: DateParseError) -> BadCell:
    message = _DATE_REASONS.get(exc.reason_template, NOT_A_DATE)
    return BadCell(message, value=text, **exc.reason_params)


def _partial_date(text: str) -> tuple[date, str] | None:
    """A month (2016年5月, H28.5) or a year (2016年, 平成28年) written without the day."""
    try:
        year, month = parse_year_month(text)
        return date(year, month, 1), "month"
    except DateParseError:
        pass
    found = _YEAR_ONLY.fullmatch("".join(unicodedata.normalize("NFKC", text).upper().split()))
    if found is None:
        return None
    if found["y"]:
        year = int(found["y"])
    else:
        era = ERA_BY_TOKEN[found["era"]]
        era_year = 1 if found["ey"] == "元" else int(found["ey"])
        if not 1 <= era_year <= latest_readable_year(era):
            return None
        year = gregorian_year(era, era_year)
    return (date(year, 1, 1), "year") if 1 <= year <= 9999 else None


def _date(column: Column, cell: Cell) -> Parsed:
    if is_empty(cell):
        return Parsed(None)
    if isinstance(cell, datetime):
        return Parsed(cell.date(), precision="day")
    if isinstance(cell, date):
        return Parsed(cell, precision="day")
    if isinstance(cell, bool):
        raise BadCell(NOT_A_DATE, value=_as_text(cell))
    if isinstance(cell, (int, float)):
        return Parsed(_from_serial(cell, cell), precision="day")
    text = _trimmed(cell)
    if _SERIAL_TEXT.fullmatch(_nfkc(text)):
        return Parsed(_from_serial(int(_nfkc(text)), text), precision="day")
    try:
        return Parsed(parse_date(_date_text(text)), precision="day")
    except DateParseError as exc:
        partial = _partial_date(_date_text(text)) if exc.reason_template == "" else None
        if partial is None:
            raise _date_error(text, exc) from None
    day, part = partial
    warning = Problem(MONTH_ONLY if part == "month" else YEAR_ONLY, params={"value": text, "date": day.isoformat()})
    return Parsed(day, [warning], precision=part)


# ------------------------------------------------------------------ numbers

# Units people write after a number, by what they count.
_UNITS = {
    "years": ("年", "年間", "か年", "ヵ年", "カ年", "ケ年", "ヶ年", "y", "yr", "yrs", "year", "years"),
    "months": ("月", "か月", "カ月", "ヵ月", "ヶ月", "ケ月", "箇月", "ヶ月間", "か月間", "カ月間", "ヵ月間", "ケ月間",
               "箇月間", "月間", "m", "mo", "month", "months"),
    "days": ("日", "日間", "d", "day", "days"),
}
_UNIT_OF = {unit.casefold(): counts for counts, units in _UNITS.items() for unit in units}
_NUMBER = re.compile(r"(?P<n>[+-]?[0-9][0-9,]*(?:\.[0-9]+)?)\s*(?P<unit>\D*)")


def _whole(column: Column, cell: Cell) -> Parsed:
    if is_empty(cell):
        return Parsed(None)
    if isinstance(cell, bool) or isinstance(cell, date):
        raise BadCell(NOT_WHOLE, value=_as_text(cell))
    if isinstance(cell, int):
        return Parsed(cell)
    if isinstance(cell, float):
        if not cell.is_integer():
            raise BadCell(NOT_WHOLE, value=_as_text(cell))
        return Parsed(int(cell))
    text = _nfkc(cell).replace("−", "-")
    found = _NUMBER.fullmatch(text)
    if found is None or "," in found["n"] and not re.fullmatch(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+", found["n"]):
        raise BadCell(NOT_WHOLE, value=_trimmed(cell))
    unit = found["unit"].strip().casefold()
    if unit:
        counts = _UNIT_OF.get(unit)
        if counts is None:
            raise BadCell(NOT_WHOLE, value=_trimmed(cell))
        # term_years takes 年, notice_days takes 日: a number of months in a years column is wrong.
        wanted = column.field.rsplit("_", 1)[-1]
        if wanted in _UNITS and counts != wanted:
            raise BadCell(WRONG_UNIT, value=_trimmed(cell))
    whole, _, fraction = found["n"].replace(",", "").partition(".")
    if fraction.strip("0"):
        raise BadCell(NOT_WHOLE, value=_trimmed(cell))
    return Parsed(int(whole))


# ------------------------------------------------------------------ choices


def _value_key(text: str) -> str:
    return catalogue.normalise_header(text)


@cache
def _choices(enum_name: str) -> dict[str, str]:
    """Every spelling of the enumeration's values (normalised) → the stored value."""
    found: dict[str, str] = {}
    for value in catalogue.values(enum_name):
        for spelling in catalogue.value_synonyms(enum_name, value):
            found.setdefault(_value_key(spelling), value)
    return found


def _bool(column: Column, cell: Cell) -> Parsed:
    if is_empty(cell):
        return Parsed(None)
    if isinstance(cell, bool):
        return Parsed(cell)
    if isinstance(cell, (int, float)) and cell in (0, 1):
        return Parsed(bool(cell))
    text = _as_text(cell)
    value = _choices("bool").get(_value_key(text)) if isinstance(cell, str) else None
    if value is None:
        raise BadCell(NOT_YES_NO, value=_trimmed(text))
    return Parsed(value == "true")


def _enum(column: Column, cell: Cell) -> Parsed:
    if is_empty(cell):
        return Parsed(None)
    text = _trimmed(_as_text(cell))
    value = _choices(column.enum).get(_value_key(text))
    if value is not None:
        return Parsed(value)
    allowed = catalogue.values(column.enum)
    if "other" in allowed:
        return Parsed("other", [Problem(UNKNOWN_KIND, params={"value": text})], whole=text)
    # Both languages: either is read, and the message is shown in one of them.
    labels = [f"{catalogue.value_label(column.enum, v, 'ja')} / {catalogue.value_label(column.enum, v)}"
              for v in allowed]
    raise BadCell(NOT_ALLOWED, value=text, allowed="; ".join(labels))


_READERS = {
    "key": _key,
    "text": _text,
    "ref": _text,
    "date": _date,
    "int": _whole,
    "bool": _bool,
    "enum": _enum,
    "tags": _items,
    "lines": _items,
    "refs": _items,
}

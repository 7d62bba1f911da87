"""Japanese eras (元号): which era a date falls in, and which era years are still believable.

An era year is counted from the calendar year the era began, which counts as
year 1 (元年) even when the era began late in it: 令和元年 is 2019 from May 1,
平成31年 is 2019 until April 30.

Era years past an era's end.  When an era ends, forms already printed and
documents already issued keep naming the old era: driving licences issued
before 2019 carried expiry years like 平成33年 (2021), and municipal spreadsheets
went on writing 平成32年 for 2020.  At the change to 令和, public offices let
forms printed with 平成 go on being used, the date read in the new era.
Such a year is therefore read arithmetically (平成32年 is 2020, 平成31年5月1日 is
2019-05-01) for :data:`OLD_ERA_GRACE_YEARS` years past the era's last year:
five, the longest term commonly written ahead on the day an era ends (a
five-year agreement or licence).  Beyond that (平成40年, 昭和70年, 明治99年) the
text is a slip, not a date anyone wrote on purpose, and it is refused.

The current era (令和) has no end yet.  Its years are read up to
:data:`OPEN_ERA_LAST_YEAR` (99, the two digits forms leave for an era year; no
era has yet lasted 65 years), so 令和100年 is refused too.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple


class Era(NamedTuple):
    """A Japanese era: kanji name, one-letter abbreviation, first day (Gregorian)."""

    name: str
    letter: str
    start: date


#: Oldest first.  Meiji is taken from the day it was proclaimed (1868-10-23);
#: dates before 1873 were lunar in Japan but are treated as Gregorian here.
ERAS: tuple[Era, ...] = (
    Era("明治", "M", date(1868, 10, 23)),
    Era("大正", "T", date(1912, 7, 30)),
    Era("昭和", "S", date(1926, 12, 25)),
    Era("平成", "H", date(1989, 1, 8)),
    Era("令和", "R", date(2019, 5, 1)),
)

#: Years an ended era is still read past its last year (平成31 + 5 = 平成36, 2024).
OLD_ERA_GRACE_YEARS = 5
#: Largest year read in the era that has not ended.
OPEN_ERA_LAST_YEAR = 99

ERA_BY_TOKEN: dict[str, Era] = {}
for _era in ERAS:
    ERA_BY_TOKEN[_era.name] = _era
    ERA_BY_TOKEN[_era.name[0]] = _era  # 令2.9.18, 平30年
    ERA_BY_TOKEN[_era.letter] = _era  # R2.9.18 (text is upper-cased before matching)


def era_year_text(year: int) -> str:
    """The first year of an era is written 元年, not 1年."""
    return "元" if year == 1 else str(year)


def successor(era: Era) -> Era | None:
    """The era that followed ``era``; None for the current one."""
    index = ERAS.index(era)
    return ERAS[index + 1] if index + 1 < len(ERAS) else None


def last_era_year(era: Era) -> int | None:
    """The era year in which ``era`` ended (平成 -> 31); None while it lasts."""
    following = successor(era)
    return None if following is None else following.start.year - era.start.year + 1


def latest_readable_year(era: Era) -> int:
    """The largest era year read as a date: the grace years past an ended era, else 99."""
    last = last_era_year(era)
    return OPEN_ERA_LAST_YEAR if last is None else last + OLD_ERA_GRACE_YEARS


def gregorian_year(era: Era, era_year: int) -> int:
    """Calendar year of an era year, counted on past the era's end (平成32 -> 2020)."""
    return era.start.year + era_year - 1


def to_era(d: date) -> tuple[str, int]:
    """(era name, era year) of ``d``, e.g. 2020-09-18 -> ("令和", 2)."""
    for era in reversed(ERAS):
        if d >= era.start:
            return era.name, d.year - era.start.year + 1
    raise ValueError(f"{d.isoformat()} is before the Meiji era")


def format_japanese_date(d: date) -> str:
    """``d`` as written in Japanese documents: 令和2年9月18日, 令和元年5月1日."""
    name, year = to_era(d)
    return f"{name}{era_year_text(year)}年{d.month}月{d.day}日"


def fiscal_year_label_ja(fy: int) -> str:
    """Era label of a fiscal year, e.g. 2020 -> 令和2年度.

    Rule (as the government writes it): the era year of the calendar year the
    FY starts in, where a calendar year in which an era began counts to the new
    era.  So FY2019 -> 令和元年度 (Reiwa began 2019-05-01), FY1989 -> 平成元年度,
    but FY1988 -> 昭和63年度 (Heisei began only in January 1989).
    """
    for era in reversed(ERAS):
        if fy >= era.start.year:
            return f"{era.name}{era_year_text(fy - era.start.year + 1)}年度"
    raise ValueError(f"Fiscal year {fy} is before the Meiji era")

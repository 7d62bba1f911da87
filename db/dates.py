"""Date rules of the app: terms, notice deadlines, fiscal years, Japanese eras, parsing.

Agreements count their terms the way Japanese contracts do (Civil Code art. 143),
the office plans by the Japanese fiscal year (April to March), and dates arrive
typed by people or from municipal Excel/CSV files in Western or era form
(令和2年9月18日, R2.9.18, ２０２０／９／１８).  Everything here is a pure function
of :class:`datetime.date`; no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date, datetime, timedelta
from typing import NamedTuple

from db.errors import QT_TRANSLATE_NOOP


# Why a text is not a date, for people; ``{era}`` is the era's Japanese name.
NO_YEAR_ZERO = QT_TRANSLATE_NOOP("Dates", "there is no year 0 of {era}")
NOT_TEXT = QT_TRANSLATE_NOOP("Dates", "not text")
BAD_TIME = QT_TRANSLATE_NOOP("Dates", "invalid time")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("Dates", "no such day")
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("Dates", "no such month")
BEFORE_ERA = QT_TRANSLATE_NOOP("Dates", "before the start of {era}")
WRONG_WEEKDAY = QT_TRANSLATE_NOOP("Dates", "weekday does not match")
NOT_ISO = QT_TRANSLATE_NOOP("Dates", "expected YYYY-MM-DD")
NOT_A_DATE = QT_TRANSLATE_NOOP("Dates", "Not a date: '{text}'")
NOT_A_DATE_BECAUSE = QT_TRANSLATE_NOOP("Dates", "Not a date: '{text}' ({reason})")


class DateParseError(ValueError):
    """Text that cannot be read as one unambiguous date (or month).

    ``message`` and ``params`` let the desktop translate it like the core's other
    errors; ``reason`` is a template of its own filled from ``reason_params``.
    """

    def __init__(self, text: str, reason: str = "", **reason_params: str) -> None:
        self.text = text
        self.reason_template = reason
        self.reason_params = reason_params
        self.reason = reason.format(**reason_params)
        self.message = NOT_A_DATE_BECAUSE if reason else NOT_A_DATE
        self.params = {"text": text, "reason": self.reason}
        super().__init__(f"Not a date: {text!r} ({self.reason})" if reason else f"Not a date: {text!r}")


# --------------------------------------------------------------------------- months


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) ``months`` calendar months after the given month."""
    y, m0 = divmod(year * 12 + month - 1 + months, 12)
    return y, m0 + 1


def _last_day(year: int, month: int) -> int:
    return monthrange(year, month)[1]


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole calendar months; a day missing in the target month becomes its last day.

    So 2020-01-31 + 1 month is 2020-02-29 rather than an error or a date in March.
    """
    y, m = _shift_month(d.year, d.month, months)
    return date(y, m, min(d.day, _last_day(y, m)))


def term_end(start: date, years: int = 0, months: int = 0) -> date:
    """Last day of a term of ``years`` + ``months`` that starts on (and counts) ``start``.

    Civil Code art. 143: a term in months or years ends on the day before the
    day corresponding to the start day in the final month, or on that month's
    last day if it has no corresponding day.  Hence 2020-09-18 + 5 years ends
    2025-09-17 and 2020-01-31 + 1 month ends 2020-02-29 (there is no Feb 31).
    """
    if years < 0 or months < 0:
        raise ValueError(f"A term cannot have negative parts: {years} years, {months} months")
    total = years * 12 + months
    if total <= 0:
        raise ValueError("A term must be at least one month long")
    y, m = _shift_month(start.year, start.month, total)
    last = _last_day(y, m)
    if start.day > last:
        return date(y, m, last)
    return date(y, m, start.day) - timedelta(days=1)


def next_term_start(end: date) -> date:
    """First day of the term that follows a term ending on ``end`` (renewals are seamless)."""
    return end + timedelta(days=1)


def subtract_period(d: date, months: int = 0, days: int = 0) -> date:
    """``d`` minus ``months`` (clamped like :func:`add_months`) and then minus ``days``.

    Months first, because notice periods are written "3 months and 10 days before".
    """
    if months < 0 or days < 0:
        raise ValueError(f"A period cannot be negative: {months} months, {days} days")
    return add_months(d, -months) - timedelta(days=days)


def renewal_deadline(expiry: date | None, notice_months: int | None, notice_days: int | None) -> date | None:
    """Last day to give notice of (non-)renewal: ``expiry`` minus the notice period.

    Contracts say "notice at least 3 months before expiry"; with expiry
    2025-09-17 that is 2025-06-17.  None when there is no expiry or no notice period.
    """
    if expiry is None or not (notice_months or notice_days):
        return None
    return subtract_period(expiry, notice_months or 0, notice_days or 0)


def current_term(
    effective: date,
    years: int,
    months: int,
    renewal_years: int,
    renewal_months: int,
    today: date,
) -> tuple[date, date]:
    """(start, end) of the term of an auto-renewing agreement that contains ``today``.

    The first term has the initial length from ``effective``; each renewal starts
    the day after the previous end and has the renewal length.  The end day
    belongs to the old term.  Before ``effective`` the first term is returned.
    Each renewal is computed from its own start (not from ``effective``) because
    a clamped month end (Jan 31 -> Feb 29) moves the next start to the 1st.
    """
    if renewal_years < 0 or renewal_months < 0 or renewal_years * 12 + renewal_months <= 0:
        raise ValueError("A renewal term must be at least one month long")
    start, end = effective, term_end(effective, years, months)
    while end < today:  # one step per renewal term; terms are at least a month long
        start = next_term_start(end)
        end = term_end(start, renewal_years, renewal_months)
    return start, end


# --------------------------------------------------------------------------- eras


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

_ERA_BY_TOKEN: dict[str, Era] = {}
for _era in ERAS:
    _ERA_BY_TOKEN[_era.name] = _era
    _ERA_BY_TOKEN[_era.name[0]] = _era  # 令2.9.18, 平30年
    _ERA_BY_TOKEN[_era.letter] = _era  # R2.9.18 (text is upper-cased before matching)


def _era_year_text(year: int) -> str:
    """The first year of an era is written 元年, not 1年."""
    return "元" if year == 1 else str(year)


def to_era(d: date) -> tuple[str, int]:
    """(era name, era year) of ``d``, e.g. 2020-09-18 -> ("令和", 2)."""
    for era in reversed(ERAS):
        if d >= era.start:
            return era.name, d.year - era.start.year + 1
    raise ValueError(f"{d.isoformat()} is before the Meiji era")


def format_japanese_date(d: date) -> str:
    """``d`` as written in Japanese documents: 令和2年9月18日, 令和元年5月1日."""
    name, year = to_era(d)
    return f"{name}{_era_year_text(year)}年{d.month}月{d.day}日"


# --------------------------------------------------------------------------- fiscal year


def fiscal_year(d: date) -> int:
    """Japanese fiscal year (April to March) containing ``d``, named by its starting year."""
    return d.year if d.month >= 4 else d.year - 1


def fiscal_year_bounds(fy: int) -> tuple[date, date]:
    """First and last day of fiscal year ``fy``: April 1 of ``fy`` to March 31 of ``fy`` + 1."""
    return date(fy, 4, 1), date(fy + 1, 3, 31)


def fiscal_year_label_ja(fy: int) -> str:
    """Era label of a fiscal year, e.g. 2020 -> 令和2年度.

    Rule (as the government writes it): the era year of the calendar year the
    FY starts in, where a calendar year in which an era began counts to the new
    era.  So FY2019 -> 令和元年度 (Reiwa began 2019-05-01), FY1989 -> 平成元年度,
    but FY1988 -> 昭和63年度 (Heisei began only in January 1989).
    """
    for era in reversed(ERAS):
        if fy >= era.start.year:
            return f"{era.name}{_era_year_text(fy - era.start.year + 1)}年度"
    raise ValueError(f"Fiscal year {fy} is before the Meiji era")


# --------------------------------------------------------------------------- parsing

# Dash look-alikes that NFKC leaves alone but people type in dates (ー is a slip of the IME).
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−ー"})
_TIME = re.compile(r"(?P<date>.+?)(?:T|\s+)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d{1,6})?)?", re.ASCII)
_WEEKDAY = re.compile(r"(?P<date>.+?)\((?P<wd>[月火水木金土日])(?:曜日?)?\)")
_WEEKDAYS = "月火水木金土日"
_ERA_RE = "(?P<era>明治|大正|昭和|平成|令和|[明大昭平令MTSHR])(?P<y>[0-9]{1,2}|元)"

_WESTERN_DATE = (
    re.compile(r"(?P<y>[0-9]{4})(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"),
    re.compile(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})"),
    re.compile(r"(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日?"),
)
_ERA_DATE = (
    re.compile(_ERA_RE + r"(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"),
    re.compile(_ERA_RE + r"年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日?"),
)
_WESTERN_MONTH = (
    re.compile(r"(?P<y>[0-9]{4})[-/.](?P<m>[0-9]{1,2})"),
    re.compile(r"(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月"),
)
_ERA_MONTH = (
    re.compile(_ERA_RE + r"[-/.](?P<m>[0-9]{1,2})"),
    re.compile(_ERA_RE + r"年(?P<m>[0-9]{1,2})月"),
)


def _normalise(text: str) -> str:
    """NFKC (full width to ASCII, ㋿ to 令和), dash look-alikes to '-', upper case, trimmed."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES).strip().upper()


def _no_spaces(text: str) -> str:
    return "".join(text.split())


def _match(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.fullmatch(text)
        if found:
            return found
    return None


def _year_of(found: re.Match[str], original: str) -> tuple[int, Era | None]:
    """Gregorian year of a match and the era it was written in (None for Western years).

    An era year beyond the era's end (平成32年, still printed on municipal forms)
    is converted arithmetically: 平成32年 is 2020.
    """
    if "era" not in found.groupdict():
        return int(found["y"]), None
    era = _ERA_BY_TOKEN[found["era"]]
    era_year = 1 if found["y"] == "元" else int(found["y"])
    if era_year == 0:
        raise DateParseError(original, NO_YEAR_ZERO, era=era.name)
    return era.start.year + era_year - 1, era


def parse_date(text: str) -> date:
    """Read a date typed by a person or found in a spreadsheet; refuse anything ambiguous.

    Accepts ISO (optionally with a time), 2020/9/18, 2020.9.18, 20200918,
    2020年9月18日, era forms (令和2年9月18日, 令2.9.18, R02/09/18, h30-4-1, R元.5.1,
    ㋿2年...), full-width characters and stray spaces, and a trailing weekday
    like (金), which must agree with the date.  Two-digit Western years are
    refused: "20/9/18" could be 2020 or 令和20 or a day first.
    """
    original = text
    if not isinstance(text, str):
        raise DateParseError(str(text), NOT_TEXT)
    text = _normalise(text)
    timed = _TIME.fullmatch(text)
    if timed:
        if int(timed["h"]) > 23 or int(timed["mi"]) > 59 or int(timed["s"] or 0) > 59:
            raise DateParseError(original, BAD_TIME)
        text = timed["date"]
    text = _no_spaces(text)
    weekday = _WEEKDAY.fullmatch(text)
    if weekday:
        text = weekday["date"]
    found = _match(_ERA_DATE, text) or _match(_WESTERN_DATE, text)
    if not found:
        raise DateParseError(original)
    year, era = _year_of(found, original)
    try:
        result = date(year, int(found["m"]), int(found["d"]))
    except ValueError:
        raise DateParseError(original, NO_SUCH_DAY) from None
    if era is not None and result < era.start:
        raise DateParseError(original, BEFORE_ERA, era=era.name)
    if weekday and _WEEKDAYS[result.weekday()] != weekday["wd"]:
        raise DateParseError(original, WRONG_WEEKDAY)
    return result


def parse_year_month(text: str) -> tuple[int, int]:
    """Read a month-precision value (2016年5月, 2016-05, 2016/5, H28.5, 平成28年5月) as (year, month).

    A full date is accepted too and its day dropped, because Excel stores a
    typed "2016年5月" as the date 2016-05-01.  An era month must overlap the era
    (平成元年1月 is fine, Heisei began on 1989-01-08; 令和元年4月 is not).
    """
    original = text
    if not isinstance(text, str):
        raise DateParseError(str(text), NOT_TEXT)
    text = _no_spaces(_normalise(text))
    found = _match(_ERA_MONTH, text) or _match(_WESTERN_MONTH, text)
    if not found:
        try:
            full = parse_date(original)
        except DateParseError:
            raise DateParseError(original) from None
        return full.year, full.month
    year, era = _year_of(found, original)
    month = int(found["m"])
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        raise DateParseError(original, NO_SUCH_MONTH)
    if era is not None and date(year, month, _last_day(year, month)) < era.start:
        raise DateParseError(original, BEFORE_ERA, era=era.name)
    return year, month


# --------------------------------------------------------------------------- storage


_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def date_to_iso(d: date | None) -> str | None:
    """``YYYY-MM-DD`` for data files and JSON; None stays None (a datetime loses its time)."""
    if d is None:
        return None
    if isinstance(d, datetime):
        d = d.date()
    return d.isoformat()


def iso_to_date(s: str | None) -> date | None:
    """Strict inverse of :func:`date_to_iso`: only ``YYYY-MM-DD`` (no 20200918, no week dates)."""
    if s is None:
        return None
    if not isinstance(s, str) or not _ISO.fullmatch(s):
        raise DateParseError(str(s), NOT_ISO)
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise DateParseError(s, NO_SUCH_DAY) from None

"""Reading dates typed by people or found in municipal Excel/CSV files.

Western and era forms (2020/9/18, 令和2年9月18日, R2.9.18, ㋿2年...), full-width
characters, stray spaces, a weekday that must agree with the date (（金）,
金曜日, (Fri)), and ISO timestamps with a time and an offset.  Anything that
could mean two different days is refused with a reason a person can act on;
the reasons are translatable templates (context "Dates").

Timestamps with an offset (``2020-09-18T10:00:00+09:00``, ``...Z``) give the
calendar date as written, in that offset: the writer's day is the day meant,
and an agreement date is a calendar day, not an instant.  Converting to the
PC's time zone would move ``2020-09-18T00:30+09:00`` to the 17th in Europe.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from datetime import date, datetime

from db.eras import ERA_BY_TOKEN, Era, gregorian_year, last_era_year, latest_readable_year
from db.errors import QT_TRANSLATE_NOOP

# Why a text is not a date, for people; ``{era}`` is the era's Japanese name.
NO_YEAR_ZERO = QT_TRANSLATE_NOOP("Dates", "there is no year 0 of {era}")
NOT_TEXT = QT_TRANSLATE_NOOP("Dates", "not text")
BAD_TIME = QT_TRANSLATE_NOOP("Dates", "invalid time")
BAD_OFFSET = QT_TRANSLATE_NOOP("Dates", "invalid time zone offset")
NO_SUCH_DAY = QT_TRANSLATE_NOOP("Dates", "no such day")
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("Dates", "no such month")
BEFORE_ERA = QT_TRANSLATE_NOOP("Dates", "before the start of {era}")
ERA_ENDED = QT_TRANSLATE_NOOP("Dates", "{era} ended in {end_year}; there is no year {era_year} of {era}")
ERA_YEAR_TOO_LARGE = QT_TRANSLATE_NOOP("Dates", "year {era_year} of {era} is too far in the future")
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


# Dash look-alikes that NFKC leaves alone but people type in dates (ー is a slip of the IME).
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−ー"})
# A time after the date, optionally with an ISO offset; the text is upper-cased first (t, z).
_TIME = re.compile(
    r"(?P<date>.+?)(?:T|\s+)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d{1,9})?)?"
    r"\s*(?:(?P<utc>Z)|(?P<sign>[+-])(?P<oh>\d{2})(?::?(?P<om>\d{2}))?)?",
    re.ASCII,
)
_ENGLISH_WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
_WEEKDAYS = "月火水木金土日"
_WEEKDAY_OF = {**{c: i for i, c in enumerate(_WEEKDAYS)}, **{e: i for i, e in enumerate(_ENGLISH_WEEKDAYS)}}
_ENGLISH_WEEKDAY_RE = r"MON|TUE|WED|THU|FRI|SAT|SUN"
# （金）, (金曜), (金曜日), 金曜, 金曜日, (FRI), (FRIDAY), FRIDAY.  A bare 金 is not a weekday:
# 日 is also the day sign, so "18日" would read as "18" plus Sunday.
_WEEKDAY = re.compile(
    r"(?P<date>.+?),?(?:\((?P<p>[月火水木金土日])(?:曜日?)?\)|(?P<b>[月火水木金土日])曜日?"
    rf"|\(?(?P<e>{_ENGLISH_WEEKDAY_RE})(?:NESDAY|RSDAY|URDAY|SDAY|DAY)?\.?\)?)"
)
_ERA_RE = "(?P<era>明治|大正|昭和|平成|令和|[明大昭平令MTSHR])(?P<y>[0-9]{1,3}|元)"

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

    An era year a little past the era's end (平成32年) is counted on; far past it
    (平成40年) it is refused: see :mod:`db.eras`.
    """
    if "era" not in found.groupdict():
        return int(found["y"]), None
    era = ERA_BY_TOKEN[found["era"]]
    era_year = 1 if found["y"] == "元" else int(found["y"])
    if era_year == 0:
        raise DateParseError(original, NO_YEAR_ZERO, era=era.name)
    if era_year > latest_readable_year(era):
        last = last_era_year(era)
        if last is None:
            raise DateParseError(original, ERA_YEAR_TOO_LARGE, era=era.name, era_year=str(era_year))
        raise DateParseError(original, ERA_ENDED, era=era.name, era_year=str(era_year),
                             end_year=str(gregorian_year(era, last)))
    return gregorian_year(era, era_year), era


def _strip_time(text: str, original: str) -> str:
    """``text`` without a trailing time of day (and offset), which a date field ignores."""
    timed = _TIME.fullmatch(text)
    if not timed:
        return text
    if int(timed["h"]) > 23 or int(timed["mi"]) > 59 or int(timed["s"] or 0) > 59:
        raise DateParseError(original, BAD_TIME)
    if timed["sign"] and (int(timed["oh"]) > 23 or int(timed["om"] or 0) > 59):
        raise DateParseError(original, BAD_OFFSET)
    return timed["date"]


def parse_date(text: str) -> date:
    """Read a date typed by a person or found in a spreadsheet; refuse anything ambiguous.

    Accepts ISO (optionally with a time, and an offset or Z: the date as written),
    2020/9/18, 2020.9.18, 20200918, 2020年9月18日, era forms (令和2年9月18日,
    令2.9.18, R02/09/18, h30-4-1, R元.5.1, ㋿2年...), full-width characters and
    stray spaces, and a trailing weekday like (金), 金曜日 or (Fri), which must
    agree with the date.  Two-digit Western years are refused: "20/9/18" could be
    2020 or 令和20 or a day first.
    """
    original = text
    if not isinstance(text, str):
        raise DateParseError(str(text), NOT_TEXT)
    text = _no_spaces(_strip_time(_normalise(text), original))
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
    if weekday and result.weekday() != _WEEKDAY_OF[weekday["p"] or weekday["b"] or weekday["e"]]:
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
        except DateParseError as exc:
            # Keep a reason that says what is wrong (an era long over); drop "no pattern fits".
            raise DateParseError(original, exc.reason_template, **exc.reason_params) from None
        return full.year, full.month
    year, era = _year_of(found, original)
    month = int(found["m"])
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        raise DateParseError(original, NO_SUCH_MONTH)
    if era is not None and date(year, month, monthrange(year, month)[1]) < era.start:
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

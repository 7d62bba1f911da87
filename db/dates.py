"""Date rules of the app: terms, notice deadlines, fiscal years.

Agreements count their terms the way Japanese contracts do (Civil Code art. 143)
and the office plans by the Japanese fiscal year (April to March).  Everything
here is a pure function of :class:`datetime.date`; no Qt, no database.  Eras
live in :mod:`db.eras`, reading typed dates in :mod:`db.date_parsing`; both are
re-exported here, so callers keep ``from db.dates import parse_date``.

Notice deadlines
----------------
An agreement says "notice at least N months before the term expires"
(期間満了のNか月前までに通知).  The term ends at the end of its last day E
(art. 141).  The Civil Code counts periods by the calendar (art. 143(1)),
leaves out the first day unless the period starts at midnight (art. 140), and
ends a period of months at the end of the day before the day of the last month
that corresponds to its first day, or at the end of that month when it has no
such day (art. 143(2)).  Applied to a notice period, that gives two readings:

* Forward, from the notice.  Notice given on day d starts the period on d + 1
  (art. 140); N months later it ends by art. 143(2).  Notice is in time when
  that end is no later than E.  The latest such d is
  ``add_months(E + 1 day, -N) - 1 day``.
* Backward, from the expiry, the way "two weeks before the meeting" is counted
  (the same articles applied in reverse).  The expiry falls at midnight, so E
  is the first day counted; N months back the period reaches the day after the
  day numbered like E in the month N months earlier (that month's last day if
  it is shorter).  Notice must be given on or before that day:
  ``add_months(E, -N)``.

Away from month ends both give the same day: E = 2025-09-17, 3 months ->
2025-06-17.  At month ends they part:

=============  ======  ==========  ==========  ==========
term ends (E)  notice  forward     backward    deadline
=============  ======  ==========  ==========  ==========
2025-02-28     1 mo.   2025-01-31  2025-01-28  2025-01-28
2025-02-28     3 mo.   2024-11-30  2024-11-28  2024-11-28
2024-02-29     6 mo.   2023-08-31  2023-08-29  2023-08-29
2025-04-30     1 mo.   2025-03-31  2025-03-30  2025-03-30
2025-03-30     1 mo.   2025-02-27  2025-02-28  2025-02-27
2025-03-31     1 mo.   2025-02-28  2025-02-28  2025-02-28
2025-03-31     6 mo.   2024-09-30  2024-09-30  2024-09-30
=============  ======  ==========  ==========  ==========

(Notice on 2025-01-31 leaves all of February, a full calendar month, yet
2025-01-31 is later than "a month before the 28th".  Notice on 2025-02-28
leaves 1-30 March, a day short of the calendar month 1-31 March.)

The Code does not settle which reading governs a period counted back from a
day, and the two cost differently: a reminder a few days early costs nothing,
one a day late can cost a renewal.  So the deadline is the EARLIER of the two:
the latest day on which notice is in time under both readings.

Days are counted as days, with no month-end question: 30 days' notice before
E = 2025-09-17 is 2025-08-18 (notice leaves 19 August to 17 September, 30 whole
days).  That is not the same as one month.  Months and days together ("1 month
and 10 days") may be counted with the months next to the expiry or next to the
notice; the deadline is the earliest over both arrangements and both readings.

Art. 142 (a period ending on a Sunday or holiday runs on to the next working
day) is not applied: it would move a notice deadline later, which a reminder
must never do.  When the deadline is a holiday, notice goes out before it.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

# Re-exported: callers read and store dates through this module.  Loaded on first use,
# so that a command that only lists records does not pay for the date parser.
_REEXPORTED = {
    "DateParseError": "db.date_parsing", "date_to_iso": "db.date_parsing", "iso_to_date": "db.date_parsing",
    "parse_date": "db.date_parsing", "parse_year_month": "db.date_parsing",
    "ERAS": "db.eras", "Era": "db.eras", "fiscal_year_label_ja": "db.eras",
    "format_japanese_date": "db.eras", "to_era": "db.eras",
}


def __getattr__(name: str) -> object:
    module = _REEXPORTED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(module), name)

_DAY = timedelta(days=1)


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


def notice_deadline_forward(expiry: date, months: int) -> date:
    """Latest day a notice of ``months`` counted forward from it (arts. 140, 143) ends by ``expiry``."""
    return add_months(expiry + _DAY, -months) - _DAY


def notice_deadline_backward(expiry: date, months: int) -> date:
    """The day ``months`` before ``expiry`` counted back from it: the same day number, clamped."""
    return add_months(expiry, -months)


def renewal_deadline(expiry: date | None, notice_months: int | None, notice_days: int | None) -> date | None:
    """Last day to give notice of (non-)renewal so the full notice period is left before ``expiry``.

    The earlier of the forward and backward readings (see the module's
    docstring): 2025-09-17 with 3 months -> 2025-06-17; 2025-02-28 with 1 month
    -> 2025-01-28; 30 days -> ``expiry`` - 30 days.  None when there is no
    expiry or no notice period.  Never after ``expiry``, and never later for an
    earlier expiry (the calendar relies on both).
    """
    if expiry is None or not (notice_months or notice_days):
        return None
    months, days = notice_months or 0, notice_days or 0
    if months < 0 or days < 0:
        raise ValueError(f"A notice period cannot be negative: {months} months, {days} days")
    if not months:
        return expiry - timedelta(days=days)
    if not days:
        backward = notice_deadline_backward(expiry, months)
        if expiry.day < 28:  # every month has the day after: the readings agree
            return backward
        return min(backward, notice_deadline_forward(expiry, months))
    gap = timedelta(days=days)
    return min(
        # months next to the expiry, the days before them
        notice_deadline_forward(expiry, months) - gap,
        notice_deadline_backward(expiry, months) - gap,
        # days next to the expiry, the months before them
        notice_deadline_forward(expiry - gap, months),
        notice_deadline_backward(expiry - gap, months),
    )


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


# --------------------------------------------------------------------------- fiscal year


def fiscal_year(d: date) -> int:
    """Japanese fiscal year (April to March) containing ``d``, named by its starting year."""
    return d.year if d.month >= 4 else d.year - 1


def fiscal_year_bounds(fy: int) -> tuple[date, date]:
    """First and last day of fiscal year ``fy``: April 1 of ``fy`` to March 31 of ``fy`` + 1."""
    return date(fy, 4, 1), date(fy + 1, 3, 31)

"""Tests of db.dates: term arithmetic, notice deadlines and fiscal years (reading typed dates and
the eras: tests/test_date_parsing.py)."""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from db import date_parsing, dates, eras
from db.dates import (
    add_months,
    current_term,
    fiscal_year,
    fiscal_year_bounds,
    fiscal_year_label_ja,
    next_term_start,
    renewal_deadline,
    subtract_period,
    term_end,
)

D = date


@pytest.mark.parametrize("module", [dates, date_parsing, eras])
def test_module_imports_no_qt(module) -> None:
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert not imported & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}


# --------------------------------------------------------------------------- add_months


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (D(2020, 1, 31), 1, D(2020, 2, 29)),  # leap year: clamp to Feb 29
        (D(2021, 1, 31), 1, D(2021, 2, 28)),
        (D(2020, 1, 15), 1, D(2020, 2, 15)),
        (D(2020, 3, 31), 1, D(2020, 4, 30)),
        (D(2020, 12, 31), 2, D(2021, 2, 28)),
        (D(2020, 11, 30), 3, D(2021, 2, 28)),
        (D(2020, 2, 29), 12, D(2021, 2, 28)),
        (D(2020, 2, 29), 48, D(2024, 2, 29)),
        (D(2099, 2, 28), 12, D(2100, 2, 28)),  # 2100 is not a leap year
        (D(2100, 1, 31), 1, D(2100, 2, 28)),
        (D(2000, 1, 31), 1, D(2000, 2, 29)),  # 2000 is
        (D(2020, 5, 17), 0, D(2020, 5, 17)),
        # negative
        (D(2020, 3, 31), -1, D(2020, 2, 29)),
        (D(2021, 3, 31), -1, D(2021, 2, 28)),
        (D(2020, 1, 15), -1, D(2019, 12, 15)),
        (D(2020, 1, 31), -13, D(2018, 12, 31)),
        (D(2020, 5, 31), -3, D(2020, 2, 29)),
        (D(2025, 9, 17), -60, D(2020, 9, 17)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


# --------------------------------------------------------------------------- term_end


@pytest.mark.parametrize(
    ("start", "years", "months", "expected"),
    [
        (D(2020, 9, 18), 5, 0, D(2025, 9, 17)),  # the Kanagawa agreement
        (D(2020, 1, 31), 0, 1, D(2020, 2, 29)),  # no Feb 31 -> last day of Feb
        (D(2021, 1, 31), 0, 1, D(2021, 2, 28)),
        (D(2021, 1, 29), 0, 1, D(2021, 2, 28)),  # no Feb 29 in 2021
        (D(2020, 1, 29), 0, 1, D(2020, 2, 28)),  # Feb 29 exists -> the day before
        (D(2020, 2, 29), 1, 0, D(2021, 2, 28)),  # leap-day start
        (D(2020, 2, 29), 4, 0, D(2024, 2, 28)),
        (D(2020, 3, 1), 1, 0, D(2021, 2, 28)),
        (D(2024, 3, 1), 1, 0, D(2025, 2, 28)),
        (D(2023, 3, 1), 1, 0, D(2024, 2, 29)),  # leap-day end
        (D(2099, 3, 1), 1, 0, D(2100, 2, 28)),  # 2100 not leap
        (D(1999, 3, 1), 1, 0, D(2000, 2, 29)),  # 2000 leap
        (D(2020, 4, 1), 0, 12, D(2021, 3, 31)),
        (D(2020, 4, 1), 1, 0, D(2021, 3, 31)),
        (D(2020, 4, 1), 0, 1, D(2020, 4, 30)),
        (D(2020, 4, 15), 0, 1, D(2020, 5, 14)),
        (D(2020, 4, 1), 0, 6, D(2020, 9, 30)),
        (D(2020, 8, 31), 0, 6, D(2021, 2, 28)),
        (D(2020, 10, 1), 0, 18, D(2022, 3, 31)),
        (D(2020, 9, 18), 0, 60, D(2025, 9, 17)),
        (D(2020, 9, 18), 1, 6, D(2022, 3, 17)),
        (D(2020, 12, 31), 0, 1, D(2021, 1, 30)),
        (D(2020, 1, 1), 1, 0, D(2020, 12, 31)),
    ],
)
def test_term_end(start: date, years: int, months: int, expected: date) -> None:
    assert term_end(start, years, months) == expected


@pytest.mark.parametrize(("years", "months"), [(0, 0), (-1, 0), (0, -1), (1, -12), (-1, 24)])
def test_term_end_rejects_non_positive_terms(years: int, months: int) -> None:
    with pytest.raises(ValueError):
        term_end(D(2020, 1, 1), years, months)


@pytest.mark.parametrize(
    ("end", "expected"),
    [(D(2025, 9, 17), D(2025, 9, 18)), (D(2020, 2, 29), D(2020, 3, 1)), (D(2020, 12, 31), D(2021, 1, 1))],
)
def test_next_term_start(end: date, expected: date) -> None:
    assert next_term_start(end) == expected


# --------------------------------------------------------------------------- notice deadlines


@pytest.mark.parametrize(
    ("d", "months", "days", "expected"),
    [
        (D(2025, 9, 17), 3, 0, D(2025, 6, 17)),
        (D(2025, 9, 17), 0, 30, D(2025, 8, 18)),
        (D(2025, 5, 31), 3, 0, D(2025, 2, 28)),
        (D(2024, 5, 31), 3, 0, D(2024, 2, 29)),
        (D(2025, 5, 31), 1, 1, D(2025, 4, 29)),  # months first (Apr 30), then days
        (D(2025, 3, 1), 0, 1, D(2025, 2, 28)),
        (D(2025, 1, 15), 0, 0, D(2025, 1, 15)),
    ],
)
def test_subtract_period(d: date, months: int, days: int, expected: date) -> None:
    assert subtract_period(d, months, days) == expected


@pytest.mark.parametrize(
    ("expiry", "months", "days", "expected"),
    [
        (D(2025, 9, 17), 3, None, D(2025, 6, 17)),
        (D(2025, 9, 17), None, 30, D(2025, 8, 18)),
        (D(2025, 9, 17), 3, 0, D(2025, 6, 17)),
        (D(2025, 9, 17), 0, 30, D(2025, 8, 18)),
        (D(2025, 9, 17), 1, 10, D(2025, 8, 7)),
        (D(2026, 3, 31), 1, None, D(2026, 2, 28)),
        (D(2025, 9, 17), None, None, None),
        (D(2025, 9, 17), 0, 0, None),
        (None, 3, None, None),
        (None, None, None, None),
    ],
)
def test_renewal_deadline(expiry: date | None, months: int | None, days: int | None, expected: date | None) -> None:
    assert renewal_deadline(expiry, months, days) == expected


@pytest.mark.parametrize(
    ("expiry", "months", "days", "expected"),
    [
        # term ends at a month end shorter than the month before: "a month before the 28th"
        (D(2025, 2, 28), 1, 0, D(2025, 1, 28)),
        (D(2025, 2, 28), 3, 0, D(2024, 11, 28)),
        (D(2025, 2, 28), 6, 0, D(2024, 8, 28)),
        (D(2025, 2, 28), 12, 0, D(2024, 2, 28)),
        (D(2024, 2, 29), 1, 0, D(2024, 1, 29)),
        (D(2024, 2, 29), 3, 0, D(2023, 11, 29)),
        (D(2024, 2, 29), 6, 0, D(2023, 8, 29)),
        (D(2024, 2, 29), 12, 0, D(2023, 2, 28)),
        (D(2025, 4, 30), 1, 0, D(2025, 3, 30)),
        (D(2025, 4, 30), 3, 0, D(2025, 1, 30)),
        (D(2025, 4, 30), 6, 0, D(2024, 10, 30)),
        # term ends on the 31st: the readings agree
        (D(2025, 3, 31), 1, 0, D(2025, 2, 28)),
        (D(2025, 3, 31), 3, 0, D(2024, 12, 31)),
        (D(2025, 3, 31), 6, 0, D(2024, 9, 30)),
        # the day before a month end: notice on Feb 28 would leave Mar 1-30, short of a month
        (D(2025, 3, 30), 1, 0, D(2025, 2, 27)),
        (D(2024, 3, 30), 1, 0, D(2024, 2, 28)),
        # days are days: 30 days is not a month
        (D(2025, 2, 28), 0, 30, D(2025, 1, 29)),
        (D(2025, 3, 31), 0, 30, D(2025, 3, 1)),
        (D(2025, 3, 31), 0, 31, D(2025, 2, 28)),
        (D(2024, 3, 31), 0, 30, D(2024, 3, 1)),
    ],
)
def test_renewal_deadline_at_month_ends(expiry: date, months: int, days: int, expected: date) -> None:
    assert renewal_deadline(expiry, months, days) == expected


# An independent check of the rule, written from the Civil Code rather than from
# db.dates: build every day's notice period and see which days are in time.

ONE = timedelta(days=1)


def _month_after(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> date:
    y, m = _month_after(year, month, 1)
    return date(y, m, 1) - ONE


def _art143_last_day(first: date, months: int) -> date:
    """Last day of a period of ``months`` whose first counted day is ``first`` (art. 143(2))."""
    y, m = _month_after(first.year, first.month, months)
    try:
        return date(y, m, first.day) - ONE  # the day before the corresponding day
    except ValueError:  # no corresponding day: the end of that month
        return _month_end(y, m)


def _counted_back(expiry: date, months: int) -> date:
    """The day numbered like ``expiry`` ``months`` months earlier, or that month's last day."""
    y, m = _month_after(expiry.year, expiry.month, -months)
    try:
        return date(y, m, expiry.day)
    except ValueError:
        return _month_end(y, m)


def _latest_in_time(period_end, first: date, last: date) -> dict[date, date]:
    """For each expiry in [first, last]: the latest notice day whose period ends by it.

    Tries every notice day; assumes nothing about how period ends grow with it.
    """
    latest: dict[date, date] = {}
    d = first - timedelta(days=800)
    while d <= last:
        end = period_end(d)
        latest[end] = max(latest.get(end, d), d)
        d += ONE
    result, best, day = {}, None, first - timedelta(days=800)
    while day <= last:
        if day in latest:
            best = latest[day] if best is None else max(best, latest[day])
        if day >= first:
            result[day] = best
        day += ONE
    return result


ORACLE_FIRST, ORACLE_LAST = D(2023, 1, 1), D(2029, 12, 31)  # two leap years, every month end
NOTICES = [(m, 0) for m in range(1, 13)] + [(0, n) for n in (1, 14, 30, 31, 60, 90)] + [
    (m, n) for m in (1, 2, 3, 6, 12) for n in (1, 10, 30)]


@pytest.mark.parametrize(("months", "days"), NOTICES)
def test_renewal_deadline_against_the_civil_code(months: int, days: int) -> None:
    gap = timedelta(days=days)
    # Forward: notice on d, the period starts on d + 1 (art. 140); months then days, or days then months.
    months_first = _latest_in_time(lambda d: _art143_last_day(d + ONE, months) + gap, ORACLE_FIRST, ORACLE_LAST)
    days_first = _latest_in_time(lambda d: _art143_last_day(d + ONE + gap, months), ORACLE_FIRST, ORACLE_LAST)
    mismatches = []
    day = ORACLE_FIRST
    while day <= ORACLE_LAST:
        # Backward: the expiry day counts; notice falls before the period counted back from it.
        expected = min(months_first[day], days_first[day],
                       _counted_back(day, months) - gap, _counted_back(day - gap, months))
        got = renewal_deadline(day, months, days)
        if got != expected:
            mismatches.append((day, got, expected))
        if days == 0:
            assert dates.notice_deadline_forward(day, months) == months_first[day]
            assert dates.notice_deadline_backward(day, months) == _counted_back(day, months)
        day += ONE
    assert not mismatches, mismatches[:10]


def test_renewal_deadline_never_after_expiry_and_never_moves_back() -> None:
    for months, days in NOTICES:
        previous = None
        day = D(2023, 1, 1)
        while day <= D(2025, 12, 31):
            deadline = renewal_deadline(day, months, days)
            assert deadline < day
            assert previous is None or deadline >= previous, (day, months, days)
            previous = deadline
            day += ONE


def test_the_examples_in_the_docstring_hold() -> None:
    rows = re.findall(r"^(\d{4}-\d\d-\d\d) +(\d+) mo\. +(\S+) +(\S+) +(\S+)$", dates.__doc__, re.M)
    assert len(rows) >= 7
    for expiry, months, forward, backward, deadline in rows:
        e, n = date.fromisoformat(expiry), int(months)
        assert str(dates.notice_deadline_forward(e, n)) == forward
        assert str(dates.notice_deadline_backward(e, n)) == backward
        assert str(renewal_deadline(e, n, 0)) == deadline


def test_renewal_deadline_refuses_negative_periods() -> None:
    with pytest.raises(ValueError):
        renewal_deadline(D(2025, 9, 17), -1, 0)


# --------------------------------------------------------------------------- current_term

KANAGAWA = dict(effective=D(2020, 9, 18), years=5, months=0, renewal_years=1, renewal_months=0)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2019, 1, 1), (D(2020, 9, 18), D(2025, 9, 17))),  # before effective: first term
        (D(2020, 9, 18), (D(2020, 9, 18), D(2025, 9, 17))),
        (D(2023, 1, 1), (D(2020, 9, 18), D(2025, 9, 17))),
        (D(2025, 9, 17), (D(2020, 9, 18), D(2025, 9, 17))),  # end day belongs to the old term
        (D(2025, 9, 18), (D(2025, 9, 18), D(2026, 9, 17))),  # next day to the new one
        (D(2026, 9, 17), (D(2025, 9, 18), D(2026, 9, 17))),
        (D(2026, 9, 18), (D(2026, 9, 18), D(2027, 9, 17))),
        (D(2030, 1, 1), (D(2029, 9, 18), D(2030, 9, 17))),
        (D(2120, 9, 18), (D(2120, 9, 18), D(2121, 9, 17))),
    ],
)
def test_current_term_kanagawa(today: date, expected: tuple[date, date]) -> None:
    assert current_term(**KANAGAWA, today=today) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # 2020-01-31 + 1 month ends on Feb 29; renewals then start on the 1st.
        (D(2020, 2, 29), (D(2020, 1, 31), D(2020, 2, 29))),
        (D(2020, 3, 1), (D(2020, 3, 1), D(2020, 5, 31))),
        (D(2020, 5, 31), (D(2020, 3, 1), D(2020, 5, 31))),
        (D(2020, 6, 1), (D(2020, 6, 1), D(2020, 8, 31))),
        (D(2021, 2, 28), (D(2020, 12, 1), D(2021, 2, 28))),
        (D(2021, 3, 1), (D(2021, 3, 1), D(2021, 5, 31))),
    ],
)
def test_current_term_month_end_start(today: date, expected: tuple[date, date]) -> None:
    assert current_term(D(2020, 1, 31), 0, 1, 0, 3, today) == expected


def test_current_term_leap_day_start() -> None:
    # 2020-02-29 + 1 year ends 2021-02-28; the renewal starts 2021-03-01.
    assert current_term(D(2020, 2, 29), 1, 0, 1, 0, D(2021, 2, 28)) == (D(2020, 2, 29), D(2021, 2, 28))
    assert current_term(D(2020, 2, 29), 1, 0, 1, 0, D(2021, 3, 1)) == (D(2021, 3, 1), D(2022, 2, 28))
    assert current_term(D(2020, 2, 29), 1, 0, 1, 0, D(2024, 2, 29)) == (D(2023, 3, 1), D(2024, 2, 29))


def test_current_term_monthly_for_centuries_is_quick() -> None:
    assert current_term(D(2000, 4, 1), 0, 1, 0, 1, D(2999, 12, 15)) == (D(2999, 12, 1), D(2999, 12, 31))


@pytest.mark.parametrize(("ry", "rm"), [(0, 0), (-1, 0), (0, -3)])
def test_current_term_rejects_bad_renewal(ry: int, rm: int) -> None:
    with pytest.raises(ValueError):
        current_term(D(2020, 1, 1), 1, 0, ry, rm, D(2022, 1, 1))


# --------------------------------------------------------------------------- fiscal year


@pytest.mark.parametrize(
    ("d", "fy"),
    [
        (D(2020, 3, 31), 2019),
        (D(2020, 4, 1), 2020),
        (D(2020, 12, 31), 2020),
        (D(2021, 1, 1), 2020),
        (D(2021, 3, 31), 2020),
        (D(2021, 4, 1), 2021),
    ],
)
def test_fiscal_year(d: date, fy: int) -> None:
    assert fiscal_year(d) == fy


def test_fiscal_year_bounds() -> None:
    assert fiscal_year_bounds(2020) == (D(2020, 4, 1), D(2021, 3, 31))
    assert fiscal_year_bounds(2023) == (D(2023, 4, 1), D(2024, 3, 31))
    start, end = fiscal_year_bounds(2019)
    assert fiscal_year(start) == fiscal_year(end) == 2019


@pytest.mark.parametrize(
    ("fy", "label"),
    [
        (2020, "令和2年度"),
        (2019, "令和元年度"),
        (2018, "平成30年度"),
        (1989, "平成元年度"),
        (1988, "昭和63年度"),
        (1926, "昭和元年度"),
        (2025, "令和7年度"),
    ],
)
def test_fiscal_year_label_ja(fy: int, label: str) -> None:
    assert fiscal_year_label_ja(fy) == label

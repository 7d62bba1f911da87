"""Tests of db.dates: term arithmetic, notice deadlines, fiscal years, eras and parsing."""

from __future__ import annotations

import ast
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from db import date_parsing, dates, eras
from db.dates import (
    DateParseError,
    add_months,
    current_term,
    date_to_iso,
    fiscal_year,
    fiscal_year_bounds,
    fiscal_year_label_ja,
    format_japanese_date,
    iso_to_date,
    next_term_start,
    parse_date,
    parse_year_month,
    renewal_deadline,
    subtract_period,
    term_end,
    to_era,
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


# --------------------------------------------------------------------------- eras


@pytest.mark.parametrize(
    ("d", "era", "text"),
    [
        (D(2020, 9, 18), ("令和", 2), "令和2年9月18日"),
        (D(2019, 5, 1), ("令和", 1), "令和元年5月1日"),
        (D(2019, 4, 30), ("平成", 31), "平成31年4月30日"),
        (D(1989, 1, 8), ("平成", 1), "平成元年1月8日"),
        (D(1989, 1, 7), ("昭和", 64), "昭和64年1月7日"),
        (D(1926, 12, 25), ("昭和", 1), "昭和元年12月25日"),
        (D(1926, 12, 24), ("大正", 15), "大正15年12月24日"),
        (D(1912, 7, 30), ("大正", 1), "大正元年7月30日"),
        (D(1912, 7, 29), ("明治", 45), "明治45年7月29日"),
        (D(1868, 10, 23), ("明治", 1), "明治元年10月23日"),
    ],
)
def test_eras(d: date, era: tuple[str, int], text: str) -> None:
    assert to_era(d) == era
    assert format_japanese_date(d) == text
    assert parse_date(text) == d


def test_to_era_before_meiji() -> None:
    with pytest.raises(ValueError):
        to_era(D(1868, 10, 22))


# --------------------------------------------------------------------------- parse_date

SEP18 = D(2020, 9, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-09-18", SEP18),
        ("2020-09-18 00:00:00", SEP18),
        ("2020-09-18T00:00:00", SEP18),
        ("2020-09-18 13:45", SEP18),
        ("2020/09/18 0:00", SEP18),
        ("2020/9/18", SEP18),
        ("2020.9.18", SEP18),
        ("2020-9-8", D(2020, 9, 8)),
        ("20200918", SEP18),
        ("2020年9月18日", SEP18),
        ("2020年09月18日", SEP18),
        ("  2020/9/18\t", SEP18),
        ("2020 年 9 月 18 日", SEP18),
        # era kanji
        ("令和2年9月18日", SEP18),
        ("令和元年9月18日", D(2019, 9, 18)),
        ("令和元年5月1日", D(2019, 5, 1)),
        ("平成30年4月1日", D(2018, 4, 1)),
        ("昭和64年1月7日", D(1989, 1, 7)),
        ("平成31年4月30日", D(2019, 4, 30)),
        ("令2.9.18", SEP18),
        ("平30年4月1日", D(2018, 4, 1)),
        ("令和 2年 9月 18日", SEP18),
        ("平成32年3月31日", D(2020, 3, 31)),  # beyond the era's end: arithmetic
        ("大正16年1月1日", D(1927, 1, 1)),
        # era letters
        ("R2.9.18", SEP18),
        ("r2.9.18", SEP18),
        ("R02/09/18", SEP18),
        ("H30.4.1", D(2018, 4, 1)),
        ("h30-4-1", D(2018, 4, 1)),
        ("S64.1.7", D(1989, 1, 7)),
        ("R元.5.1", D(2019, 5, 1)),
        ("R2年9月18日", SEP18),
        ("T1.7.30", D(1912, 7, 30)),
        ("M45.7.29", D(1912, 7, 29)),
        # square ligatures (NFKC: ㍻ -> 平成 etc.)
        ("㍻30年4月1日", D(2018, 4, 1)),
        ("㋿2年9月18日", SEP18),
        ("㋿元年5月1日", D(2019, 5, 1)),
        ("㍼64年1月7日", D(1989, 1, 7)),
        ("㍽15年12月24日", D(1926, 12, 24)),
        ("㍾45年7月29日", D(1912, 7, 29)),
        # full width
        ("２０２０／０９／１８", SEP18),
        ("２０２０－０９－１８", SEP18),
        ("Ｒ２．９．１８", SEP18),
        ("ｒ２．９．１８", SEP18),
        ("令和２年９月１８日", SEP18),
        ("令和２年　９月　１８日", SEP18),
        ("２０２００９１８", SEP18),
        ("2020ー09ー18", SEP18),  # long-vowel mark typed as a dash
        ("2020−09−18", SEP18),  # minus sign
        # weekday that agrees with the date
        ("令和2年9月18日(金)", SEP18),
        ("2020年9月18日（金曜日）", SEP18),
        # leap days
        ("2020-02-29", D(2020, 2, 29)),
        ("2000-02-29", D(2000, 2, 29)),
        ("R2.2.29", D(2020, 2, 29)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "2021-02-29",  # not a leap year
        "2100-02-29",  # century rule
        "2020-13-01",
        "2020-00-10",
        "2020-04-31",
        "2020-09-00",
        "20/9/18",  # two-digit Western year
        "20-09-18",
        "200918",
        "令和1年4月30日",  # before Reiwa began
        "R元.4.30",
        "H1.1.7",  # before Heisei began
        "平成元年1月7日",
        "明治元年1月1日",
        "令和0年5月1日",
        "X2.9.18",
        "2020/09-18",  # mixed separators
        "2020-09-18 25:00",
        "2020-09-18T12:60",
        "2020年9月",  # month only
        "令和2年9月18日(月)",  # wrong weekday (it was a Friday)
        "9/18/2020",
        "18.9.2020",
        "2020-09-18-01",
        "二〇二〇年九月十八日",
        "2020-09-18Z",
    ],
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    assert caught.value.text == text
    assert str(caught.value).startswith(f"Not a date: {text!r}")


def test_date_parse_error_is_value_error() -> None:
    assert issubclass(DateParseError, ValueError)
    assert str(DateParseError("abc")) == "Not a date: 'abc'"


# --------------------------------------------------------------------------- parse_year_month


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016年5月", (2016, 5)),
        ("2016-05", (2016, 5)),
        ("2016/5", (2016, 5)),
        ("2016.12", (2016, 12)),
        ("H28.5", (2016, 5)),
        ("h28/5", (2016, 5)),
        ("平成28年5月", (2016, 5)),
        ("平28年5月", (2016, 5)),
        ("㍻28年5月", (2016, 5)),
        ("２０１６年５月", (2016, 5)),
        ("平成 28年 5月", (2016, 5)),
        ("令和元年5月", (2019, 5)),
        ("R元.5", (2019, 5)),
        ("平成元年1月", (1989, 1)),  # Heisei began Jan 8: the month overlaps the era
        ("2016-05-01 00:00:00", (2016, 5)),  # Excel turned the month into a date
        ("2016/5/20", (2016, 5)),
    ],
)
def test_parse_year_month(text: str, expected: tuple[int, int]) -> None:
    assert parse_year_month(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "2016-13", "2016-00", "16/5", "令和元年4月", "H0.5", "2016", "5月"])
def test_parse_year_month_rejects(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_year_month(text)


# --------------------------------------------------------------------------- ISO storage


def test_iso_round_trip() -> None:
    assert date_to_iso(SEP18) == "2020-09-18"
    assert date_to_iso(datetime(2020, 9, 18, 12, 30)) == "2020-09-18"
    assert date_to_iso(None) is None
    assert iso_to_date("2020-09-18") == SEP18
    assert iso_to_date(None) is None
    assert iso_to_date(date_to_iso(D(2000, 2, 29))) == D(2000, 2, 29)


@pytest.mark.parametrize("text", ["", "20200918", "2020/09/18", "2020-9-18", "2020-W38-5", "2021-02-29", " 2020-09-18"])
def test_iso_to_date_is_strict(text: str) -> None:
    with pytest.raises(ValueError):
        iso_to_date(text)


# --------------------------------------------------------------------------- eras long over


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("平成31年4月30日", D(2019, 4, 30)),  # Heisei's last day
        ("平成31年5月1日", D(2019, 5, 1)),  # printed forms went on saying 平成: read on
        ("H31.5.1", D(2019, 5, 1)),
        ("平成36年3月31日", D(2024, 3, 31)),  # five years past the era's last year
        ("昭和64年1月8日", D(1989, 1, 8)),  # Heisei's first day, written in Showa
        ("昭和69年12月31日", D(1994, 12, 31)),
        ("大正15年12月25日", D(1926, 12, 25)),
        ("大正20年1月1日", D(1931, 1, 1)),
        ("明治50年1月1日", D(1917, 1, 1)),
        ("令和99年12月31日", D(2117, 12, 31)),
        ("令和元年5月1日", D(2019, 5, 1)),
        ("R1.5.1", D(2019, 5, 1)),
    ],
)
def test_era_years_past_the_era_end_are_read_for_a_while(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "era", "era_year", "end_year"),
    [
        ("明治99年1月1日", "明治", "99", "1912"),
        ("明治51年1月1日", "明治", "51", "1912"),
        ("大正21年1月1日", "大正", "21", "1926"),
        ("昭和70年1月1日", "昭和", "70", "1989"),
        ("S70.1.1", "昭和", "70", "1989"),
        ("平成40年1月1日", "平成", "40", "2019"),
        ("平成37年1月1日", "平成", "37", "2019"),
        ("Ｈ４０．１．１", "平成", "40", "2019"),
        ("㍻40年1月1日", "平成", "40", "2019"),
        ("平成100年1月1日", "平成", "100", "2019"),
    ],
)
def test_era_years_long_after_the_era_are_refused(text: str, era: str, era_year: str, end_year: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    assert caught.value.reason_template == date_parsing.ERA_ENDED
    assert caught.value.reason_params == {"era": era, "era_year": era_year, "end_year": end_year}
    assert caught.value.reason == f"{era} ended in {end_year}; there is no year {era_year} of {era}"


@pytest.mark.parametrize("text", ["令和100年1月1日", "R100.1.1", "令和999年1月1日"])
def test_the_current_era_stops_at_year_99(text: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    assert caught.value.reason_template == date_parsing.ERA_YEAR_TOO_LARGE
    assert caught.value.reason_params["era"] == "令和"


@pytest.mark.parametrize("text", ["令和元年4月30日", "R1.4.30", "平成元年1月7日"])
def test_an_era_date_before_the_era_began_is_refused(text: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    assert caught.value.reason_template == date_parsing.BEFORE_ERA


def test_year_month_follows_the_same_era_rules() -> None:
    assert parse_year_month("平成36年3月") == (2024, 3)
    assert parse_year_month("平成31年5月") == (2019, 5)
    for text in ("平成40年5月", "H40.5", "平成40年5月1日"):
        with pytest.raises(DateParseError) as caught:
            parse_year_month(text)
        assert caught.value.reason_template == date_parsing.ERA_ENDED, text


def test_era_limits_follow_the_table() -> None:
    assert [eras.latest_readable_year(e) for e in eras.ERAS] == [50, 20, 69, 36, 99]
    assert [eras.last_era_year(e) for e in eras.ERAS] == [45, 15, 64, 31, None]


# --------------------------------------------------------------------------- weekdays and timestamps


@pytest.mark.parametrize(
    "text",
    [
        "2020年9月18日（金）",
        "2020年9月18日 金曜日",
        "2020年9月18日金曜日",
        "2020年9月18日 金曜",
        "2020年9月18日(金曜)",
        "2020/9/18(金)",
        "2020/9/18 (金)",
        "２０２０年９月１８日（金）",
        "２０２０／９／１８（金）",
        "令和2年9月18日 金曜日",
        "R2.9.18(金)",
        "2020-09-18 (Fri)",
        "2020-09-18 Friday",
        "2020-09-18, Fri.",
        "2020/9/18(金) 10:00",
    ],
)
def test_a_matching_weekday_is_accepted(text: str) -> None:
    assert parse_date(text) == SEP18


@pytest.mark.parametrize(
    "text",
    ["2020年9月18日（木）", "2020年9月18日 月曜日", "2020/9/18(土)", "2020-09-18 (Mon)", "２０２０年９月１８日（日）"],
)
def test_a_weekday_that_does_not_match_is_refused_with_a_reason(text: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    assert caught.value.reason_template == date_parsing.WRONG_WEEKDAY
    assert str(caught.value) == f"Not a date: {text!r} (weekday does not match)"


def test_a_sunday_written_after_the_day_sign() -> None:
    # 日 is both the day sign and Sunday; 2020-09-20 was a Sunday.
    assert parse_date("2020年9月20日 日曜日") == D(2020, 9, 20)
    assert parse_date("2020年9月20日(日)") == D(2020, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-09-18T10:00:00+09:00", SEP18),
        ("2020-09-18T10:00:00Z", SEP18),
        ("2020-09-18T10:00:00z", SEP18),
        ("2020-09-18T10:00Z", SEP18),
        ("2020-09-18T10:00:00.123456+09:00", SEP18),
        ("2020-09-18T10:00:00.123456789Z", SEP18),
        ("2020-09-18T10:00:00+0900", SEP18),
        ("2020-09-18T10:00:00+09", SEP18),
        ("2020-09-18 10:00:00 +09:00", SEP18),
        # the date as written in its offset, not moved to this computer's zone or to UTC
        ("2020-09-18T00:30:00+09:00", SEP18),
        ("2020-09-18T23:30:00-10:00", SEP18),
        ("２０２０－０９－１８Ｔ１０：００：００＋０９：００", SEP18),
        ("２０２０－０９－１８Ｔ１０：００：００Ｚ", SEP18),
        ("2020-09-18T10:00:00−09:00", SEP18),  # a minus sign for the hyphen
    ],
)
def test_iso_timestamps_with_an_offset_give_the_date_written(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2020-09-18T10:00:00+24:00", date_parsing.BAD_OFFSET),
        ("2020-09-18T10:00:00+09:60", date_parsing.BAD_OFFSET),
        ("2020-09-18T24:00:00Z", date_parsing.BAD_TIME),
        ("2020-09-18T10:00:00+9", ""),
        ("2020-09-18Z", ""),
        ("2020-09-18T10:00:00Z+09:00", ""),
    ],
)
def test_bad_timestamps_are_refused(text: str, reason: str) -> None:
    with pytest.raises(DateParseError) as caught:
        parse_date(text)
    assert caught.value.reason_template == reason

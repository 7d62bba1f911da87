"""Tests of db.dates: term arithmetic, notice deadlines, fiscal years, eras and parsing."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

import pytest

from db import dates
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


def test_module_imports_no_qt() -> None:
    tree = ast.parse(Path(dates.__file__).read_text(encoding="utf-8"))
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

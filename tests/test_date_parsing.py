"""Tests of reading dates as people type them (db.date_parsing) and of the Japanese eras
(db.eras): era names and years, weekdays, ISO timestamps, and ISO as stored."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from db import date_parsing, eras
from db.dates import (
    DateParseError,
    date_to_iso,
    format_japanese_date,
    iso_to_date,
    parse_date,
    parse_year_month,
    to_era,
)

D = date

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

"""Tests of reading cells as municipal staff type them (db.exchange.values) and of the
name key records are found by (db.exchange.names).

Cells come from real files: workbooks written by openpyxl and xlwt and CSV written by
the csv module, read back with python-calamine and csv as the importer reads them.
"""

from __future__ import annotations

import csv
import re
import uuid
from datetime import date, datetime

import openpyxl
import pytest
import xlwt
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils.datetime import from_excel
from python_calamine import CalamineWorkbook

from db import catalogue
from db.errors import KakehashiError
from db.exchange import columns, values
from db.exchange.names import match_key
from db.exchange.values import BadCell, parse, same

SIGNED_ON = columns.column("agreements", "signed_on")
TERM_YEARS = columns.column("agreements", "term_years")
TERM_MONTHS = columns.column("agreements", "term_months")
NOTICE_DAYS = columns.column("agreements", "notice_days")
AUTO_RENEW = columns.column("agreements", "auto_renew")
STATUS = columns.column("agreements", "status")
ORG_KIND = columns.column("partners", "kind")
NAME_JA = columns.column("partners", "name_ja")
TAGS = columns.column("partners", "tags")
PARTIES = columns.column("agreements", "party_ids")
SCOPE = columns.column("agreements", "scope_items")
KEY = columns.column("partners", "uid")
PREVIOUS = columns.column("agreements", "renewed_from_id")

SEP18 = date(2020, 9, 18)


def _xlsx_column(tmp_path, cells, number_formats=None):
    """Write ``cells`` under a header with openpyxl and read them back with calamine."""
    path = tmp_path / "cells.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["値"])
    for i, cell in enumerate(cells, start=2):
        sheet.cell(row=i, column=1, value=cell)
        if number_formats and number_formats[i - 2]:
            sheet.cell(row=i, column=1).number_format = number_formats[i - 2]
    book.save(path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return [row[0] if row else None for row in rows[1:]]


# ------------------------------------------------------------------ dates


ERA_SPELLINGS = [
    ("令和2年9月18日", SEP18), ("令和元年5月1日", date(2019, 5, 1)), ("R2.9.18", SEP18), ("H30.8.1", date(2018, 8, 1)),
    ("平成31年4月1日", date(2019, 4, 1)), ("2020年9月18日", SEP18), ("2020/9/18", SEP18), ("２０２１／４／１", date(2021, 4, 1)),
    ("2020-09-18 00:00:00", SEP18), ("令和２年９月１８日", SEP18), (" 2020/09/18 ", SEP18), ("R02.09.18", SEP18),
    ("平成元年1月8日", date(1989, 1, 8)), ("昭和64年1月7日", date(1989, 1, 7)), ("2020.9.18", SEP18),
    ("令和2年9月18日（金）", SEP18), ("㋿2年9月18日", SEP18), ("令和二年九月十八日", SEP18), ("二〇二〇年九月十八日", SEP18),
    ("平成三十一年四月一日", date(2019, 4, 1)), ("令和元年五月一日", date(2019, 5, 1)), ("㍻30年8月1日", date(2018, 8, 1)),
    ("令和2年10月20日", date(2020, 10, 20)), ("令和二年十月二十日", date(2020, 10, 20)),
]


def test_dates_as_text_cells_of_a_workbook(tmp_path):
    read = _xlsx_column(tmp_path, [text for text, _ in ERA_SPELLINGS])
    for (text, expected), cell in zip(ERA_SPELLINGS, read, strict=True):
        parsed = parse(SIGNED_ON, cell)
        assert (parsed.value, parsed.warnings, parsed.precision) == (expected, [], "day"), text


def test_date_cells_and_serials_of_a_workbook(tmp_path):
    gannen = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日"'
    cells = [SEP18, datetime(2020, 9, 18, 0, 0), datetime(2020, 9, 18, 15, 30), date(2019, 5, 1), 44092, 44092.75]
    formats = ["yyyy/mm/dd", "yyyy/mm/dd hh:mm", "yyyy/mm/dd hh:mm", gannen, None, None]
    read = _xlsx_column(tmp_path, cells, formats)
    assert isinstance(read[0], (date, datetime)) and isinstance(read[4], (int, float))
    got = [parse(SIGNED_ON, cell).value for cell in read]
    assert got == [SEP18, SEP18, SEP18, date(2019, 5, 1), SEP18, SEP18]


def test_date_cells_of_an_old_xls(tmp_path):
    path = tmp_path / "old.xls"
    book = xlwt.Workbook()
    sheet = book.add_sheet("協定")
    sheet.write(0, 0, "締結日")
    sheet.write(1, 0, datetime(2020, 9, 18), xlwt.easyxf(num_format_str="yyyy/mm/dd"))
    sheet.write(2, 0, "Ｈ３０．８．１")
    sheet.write(3, 0, 44092)
    book.save(str(path))
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert [parse(SIGNED_ON, row[0]).value for row in rows[1:]] == [SEP18, date(2018, 8, 1), SEP18]


def test_dates_of_a_cp932_csv(tmp_path):
    path = tmp_path / "list.csv"
    texts = ["令和2年9月18日", "Ｒ２．９．１８", "2020/9/18", "44092", "ﾍｲｾｲ"]
    with path.open("w", encoding="cp932", newline="") as f:
        csv.writer(f).writerows([["締結日"], *([t] for t in texts)])
    with path.open(encoding="cp932", newline="") as f:
        cells = [row[0] for row in csv.reader(f)][1:]
    assert [parse(SIGNED_ON, c).value for c in cells[:4]] == [SEP18] * 4
    with pytest.raises(BadCell) as caught:
        parse(SIGNED_ON, cells[4])
    assert caught.value.params["value"] == "ﾍｲｾｲ"


def test_serial_numbers_count_days_as_excel_does():
    for serial in (1, 2, 59, 61, 100, 25569, 36526, 44092, 60000, 2958465):
        assert parse(SIGNED_ON, serial).value == from_excel(serial).date(), serial
    for serial in (0, -5, 60, 2958466):  # 60 is Lotus's 29 February 1900, which never was
        with pytest.raises(BadCell):
            parse(SIGNED_ON, serial)


@pytest.mark.parametrize(("text", "message", "params"), [
    ("令和0年1月1日", values.ERA_YEAR_ZERO, {"era": "令和"}),
    ("平成40年4月1日", values.ERA_OVER, {"era": "平成", "era_year": "40", "end_year": "2019"}),
    ("2020/2/30", values.NO_SUCH_DATE, {}),
    ("令和元年4月1日", values.ERA_BEFORE, {"era": "令和"}),
    ("2020年9月18日（月）", values.WEEKDAY_WRONG, {}),
    ("来年度", values.NOT_A_DATE, {}),
    ("20/9/18", values.NOT_A_DATE, {}),
])
def test_a_date_that_is_not_one_says_why(text, message, params):
    with pytest.raises(BadCell) as caught:
        parse(SIGNED_ON, text)
    error = caught.value
    assert isinstance(error, KakehashiError) and error.context == "Import"
    assert error.message == message and error.params == {"value": text, **params}
    assert text in error.text()


def test_a_month_or_year_alone_is_its_first_day_with_a_warning():
    month = parse(SIGNED_ON, "平成28年5月")
    assert (month.value, month.precision) == (date(2016, 5, 1), "month")
    assert [(w.message, w.params) for w in month.warnings] == [
        (values.MONTH_ONLY, {"value": "平成28年5月", "date": "2016-05-01"})]
    year = parse(SIGNED_ON, "２０１６年")
    assert (year.value, year.precision, year.warnings[0].message) == (date(2016, 1, 1), "year", values.YEAR_ONLY)
    assert parse(SIGNED_ON, "令和元年").value == date(2019, 1, 1)


@pytest.mark.parametrize("cell", [None, "", "  ", "\u3000", "－", "-", "―"])
def test_an_empty_date_cell_is_none(cell):
    assert parse(SIGNED_ON, cell).value is None


# ------------------------------------------------------------------ numbers, yes/no


@pytest.mark.parametrize(("column", "cell", "expected"), [
    (TERM_YEARS, 3, 3), (TERM_YEARS, 3.0, 3), (TERM_YEARS, "3", 3), (TERM_YEARS, "３", 3), (TERM_YEARS, "3年", 3),
    (TERM_YEARS, "３年間", 3), (TERM_YEARS, "3.0", 3), (TERM_YEARS, " 5 years", 5), (TERM_YEARS, "", None),
    (TERM_MONTHS, "６か月", 6), (TERM_MONTHS, "6ヶ月", 6), (TERM_MONTHS, "6ｶ月", 6), (TERM_MONTHS, "6箇月", 6),
    (NOTICE_DAYS, "30日", 30), (NOTICE_DAYS, "1,000", 1000), (NOTICE_DAYS, "−1", -1),
])
def test_whole_numbers(column, cell, expected):
    assert parse(column, cell).value == expected


@pytest.mark.parametrize(("column", "cell", "message"), [
    (TERM_YEARS, 3.5, values.NOT_WHOLE), (TERM_YEARS, "3.5", values.NOT_WHOLE), (TERM_YEARS, "三年", values.NOT_WHOLE),
    (TERM_YEARS, "3年6か月", values.NOT_WHOLE), (TERM_YEARS, True, values.NOT_WHOLE), (TERM_YEARS, "1,00", values.NOT_WHOLE),
    (TERM_YEARS, SEP18, values.NOT_WHOLE), (TERM_YEARS, "6か月", values.WRONG_UNIT), (TERM_MONTHS, "2年", values.WRONG_UNIT),
    (NOTICE_DAYS, "3 apples", values.NOT_WHOLE),
])
def test_what_is_not_a_whole_number(column, cell, message):
    with pytest.raises(BadCell) as caught:
        parse(column, cell)
    assert caught.value.message == message


@pytest.mark.parametrize(("cell", "expected"), [
    ("○", True), ("◯", True), ("〇", True), ("×", False), ("はい", True), ("いいえ", False), ("あり", True),
    ("なし", False), ("有", True), ("無", False), ("yes", True), ("No", False), ("ＹＥＳ", True), ("TRUE", True),
    ("false", False), ("1", True), ("0", False), (1, True), (0, False), (1.0, True), (True, True), (False, False),
    ("Yes", True), ("", None), (None, None), ("－", None), ("有り", True), ("無し", False), ("する", True),
    ("しない", False), ("✓", True),
])
def test_yes_and_no(cell, expected):
    assert parse(AUTO_RENEW, cell).value is expected


@pytest.mark.parametrize("cell", ["たぶん", 2, "△", SEP18])
def test_neither_yes_nor_no(cell):
    with pytest.raises(BadCell) as caught:
        parse(AUTO_RENEW, cell)
    assert caught.value.message == values.NOT_YES_NO


def test_yes_and_no_read_from_a_workbook(tmp_path):
    read = _xlsx_column(tmp_path, [True, False, "○", "×", 1, 0])
    assert [parse(AUTO_RENEW, c).value for c in read] == [True, False, True, False, True, False]


# ------------------------------------------------------------------ enumerations


def _enum_columns():
    return [c for kind in ("partners", "agreements", "contacts", "activities")
            for c in columns.columns(kind) if c.type == "enum"]


def test_every_label_in_both_languages_reads_as_its_value():
    for column in _enum_columns():
        for value in catalogue.values(column.enum):
            spellings = {catalogue.value_label(column.enum, value, "en"), catalogue.value_label(column.enum, value, "ja"),
                         value, *catalogue.value_synonyms(column.enum, value)}
            for spelling in spellings:
                for cell in (spelling, spelling.upper(), f" {spelling}\u3000", _full_width(spelling)):
                    parsed = parse(column, cell)
                    assert (parsed.value, parsed.warnings) == (value, []), (column.field, cell)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def test_an_unknown_kind_becomes_other_and_keeps_its_text():
    parsed = parse(ORG_KIND, " 第三セクター ")
    assert parsed.value == "other" and parsed.whole == "第三セクター"
    assert [(w.message, w.params) for w in parsed.warnings] == [(values.UNKNOWN_KIND, {"value": "第三セクター"})]
    assert "第三セクター" in parsed.warnings[0].text()


def test_an_unknown_value_of_a_list_without_other_is_an_error_naming_the_choices():
    with pytest.raises(BadCell) as caught:
        parse(STATUS, "保留")
    error = caught.value
    assert error.message == values.NOT_ALLOWED and error.params["value"] == "保留"
    assert "有効 / In force; 期間満了 / Expired" in error.params["allowed"]


def test_choices_read_from_a_cp932_csv_with_half_width_kana(tmp_path):
    path = tmp_path / "kinds.csv"
    path.write_bytes("種別\r\n大学\r\nｶﾝｹｲ\r\n公益財団法人\r\nUNIVERSITY\r\n".encode("cp932"))
    with path.open(encoding="cp932", newline="") as f:
        cells = [row[0] for row in csv.reader(f)][1:]
    parsed = [parse(ORG_KIND, c) for c in cells]
    assert [p.value for p in parsed] == ["university", "other", "foundation", "university"]
    assert parsed[1].whole == "ｶﾝｹｲ"


# ------------------------------------------------------------------ text, keys, lists


@pytest.mark.parametrize(("cell", "expected"), [
    ("  株式会社かけはし\u3000", "株式会社かけはし"), ("ＡＢＣ　商事", "ＡＢＣ　商事"), ("=SUM(A1)", "=SUM(A1)"),
    ("+81-45-210-1111", "+81-45-210-1111"), ("9:00〜17:00", "9:00〜17:00"), ("一行目\n二行目", "一行目\n二行目"),
    (452101111, "452101111"), (3.0, "3"), (2.5, "2.5"), ("", None), ("   ", None), (None, None),
])
def test_text_is_only_trimmed(cell, expected):
    assert parse(NAME_JA, cell).value == expected


@given(st.text().map(str.strip))
def test_text_written_is_text_read(text):
    assert parse(NAME_JA, text).value == (text or None)


def test_keys():
    uid = str(uuid.uuid4())
    assert parse(KEY, uid).value == uid
    assert parse(KEY, f" {uid.upper()} ").value == uid
    assert parse(KEY, _full_width(uid)).value == uid
    assert parse(KEY, "").value is None
    for cell in ("ABC-1", uid[:-1], 12345, "1"):
        with pytest.raises(BadCell) as caught:
            parse(KEY, cell)
        assert caught.value.message == values.NOT_A_KEY


def test_lists_split_on_lines_or_separators():
    assert parse(TAGS, "防災\n教育\n\n 防災\n国際 ").value == ["防災", "教育", "国際"]
    assert parse(TAGS, "防災；教育、観光; 防災 ").value == ["防災", "教育", "観光"]
    assert parse(TAGS, None).value == [] and parse(TAGS, "").value == [] and parse(TAGS, " \n ").value == []
    parties = parse(PARTIES, " 横浜市、株式会社かけはし;Ｋ大学")
    assert parties.value == ["横浜市", "株式会社かけはし", "Ｋ大学"]
    assert parties.whole == "横浜市、株式会社かけはし;Ｋ大学"
    # One per line, as exported: a name holding 、 stays whole.
    parties = parse(PARTIES, "横浜市\r\n研究・開発、連携機構\n")
    assert parties.value == ["横浜市", "研究・開発、連携機構"]
    # A scope item is a sentence: only a new line divides it.
    assert parse(SCOPE, "防災、減災に関すること\n人材育成；交流").value == ["防災、減災に関すること", "人材育成；交流"]


def test_a_reference_is_its_text():
    assert parse(PREVIOUS, " 横浜市との包括連携協定 ").value == "横浜市との包括連携協定"
    assert parse(PREVIOUS, "").value is None
    # A name is kept as written, even a dash: only typed values read a lone dash as none.
    assert parse(PREVIOUS, "－").value == "－" and parse(PARTIES, "/").value == ["/"]


# ------------------------------------------------------------------ unchanged or not


def test_a_cp932_round_trip_changes_nothing():
    # Excel on Japanese Windows writes Shift_JIS as CP932: 〜 comes back as ～, − as －.
    text = "開館 9:00〜17:00 − 土日 ‖ 休館"
    round_trip = text.encode("shift_jis").decode("cp932")
    assert round_trip != text
    assert same(NAME_JA, text, round_trip)
    assert same(NAME_JA, "かけはし", " かけはし\u3000") and same(NAME_JA, None, "")
    assert same(NAME_JA, "ABC", "ＡＢＣ")
    assert not same(NAME_JA, "かけはし", "かけばし") and not same(NAME_JA, "abc", "ABC")


def test_same_by_column_type():
    assert same(SIGNED_ON, "2020-09-18", SEP18) and same(SIGNED_ON, SEP18, datetime(2020, 9, 18))
    assert not same(SIGNED_ON, SEP18, date(2020, 9, 19)) and not same(SIGNED_ON, None, SEP18)
    assert same(TERM_YEARS, 3, 3) and not same(TERM_YEARS, 3, None) and same(TERM_YEARS, None, None)
    assert same(AUTO_RENEW, True, True) and not same(AUTO_RENEW, False, None)
    assert same(ORG_KIND, "university", "university") and not same(ORG_KIND, "city", "university")
    assert same(TAGS, ["a", "b"], ["b", "a"]) and not same(TAGS, ["a"], ["a", "b"]) and same(TAGS, None, [])
    assert same(SCOPE, ["一〜二"], ["一～二"]) and not same(SCOPE, ["a", "b"], ["b", "a"])


# ------------------------------------------------------------------ names


@pytest.mark.parametrize("name", [
    "株式会社かけはし", "㈱かけはし", "（株）かけはし", "(株)かけはし", "かけはし株式会社", "かけはし（株）", "カケハシ",
    "株式会社 かけはし", "ｶｹﾊｼ", "かけはし", "かけ はし",
])
def test_spellings_of_one_company_share_a_key(name):
    assert match_key(name) == match_key("株式会社かけはし") == "かけはし"


@pytest.mark.parametrize("name", [
    "Kakehashi Inc.", "Kakehashi, Inc.", "KAKEHASHI Co., Ltd.", "Kakehashi Co.,Ltd.", "Kakehashi Corporation",
    "kakehashi corp.", "Ｋａｋｅｈａｓｈｉ", "Kakehashi K.K.", "Kakehashi Limited",
])
def test_english_legal_forms_fold_away(name):
    assert match_key(name) == "kakehashi"


def test_names_that_differ_keep_different_keys():
    keys = {match_key(n) for n in ("一般社団法人神奈川協会", "公益社団法人神奈川協会", "一般財団法人神奈川協会",
                                   "神奈川協会")}
    assert keys == {"神奈川協会"}
    assert match_key("有田市") == "有田市"  # not a bracketed (有)
    assert match_key("国立大学法人 横浜国立大学") == match_key("横浜国立大学")
    assert match_key("The University of Tokyo") == match_key("University of Tokyo")
    assert match_key("横浜市") != match_key("川崎市")
    assert match_key("Costco") == "costco"
    assert match_key("株式会社") == "株式会社" and match_key("Inc.") == "inc"
    assert match_key("") == "" and match_key(None) == ""


# ------------------------------------------------------------------ never a traceback

ANY_CELL = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.dates(),
    st.datetimes(), st.text(), st.text(alphabet="0123456789０１２３年月日度/.-－ RHSTM令和平成元,:年か月"),
)
IMPORTED = [c for kind in ("partners", "agreements", "contacts", "activities")
            for c in columns.columns(kind) if c.importable]


@given(st.sampled_from(IMPORTED), ANY_CELL)
def test_any_cell_is_a_value_or_a_bad_cell(column, cell):
    try:
        parsed = parse(column, cell)
    except BadCell as error:
        assert error.text() and len(str(error.params.get("value", ""))) <= 60
        return
    assert isinstance(parsed.warnings, list)
    if column.type == "date":
        assert parsed.value is None or type(parsed.value) is date
    if column.type == "int":
        assert parsed.value is None or type(parsed.value) is int


def test_odd_cells_of_number_and_date_columns():
    assert parse(SIGNED_ON, "H.30.8.1").value == date(2018, 8, 1) and parse(SIGNED_ON, "R.2.9.18").value == SEP18
    assert parse(NOTICE_DAYS, "12345678901234567890").value == 12345678901234567890
    assert parse(NOTICE_DAYS, "5.000").value == 5
    assert parse(SIGNED_ON, "平成二十八年五月").value == date(2016, 5, 1)
    for cell in (float("nan"), float("inf"), "令和2年度", "平成99年", "令和百年一月一日", "令和二十二十年一月一日"):
        with pytest.raises(BadCell):
            parse(SIGNED_ON, cell)
    with pytest.raises(BadCell) as caught:
        parse(SIGNED_ON, "x" * 500)
    assert caught.value.params["value"] == "x" * 59 + "…"


LIST_ITEM = st.text().map(str.strip).filter(lambda t: t and "\n" not in t and "\r" not in t)


@given(st.lists(LIST_ITEM, min_size=2, unique=True))
def test_items_exported_one_per_line_read_back_as_written(items):
    cell = "\n".join(items)
    for column in (TAGS, PARTIES, SCOPE):
        assert parse(column, cell).value == items


@given(st.one_of(LIST_ITEM, st.builds("".join, st.lists(st.sampled_from([";", "；", "、", "x"]), min_size=1)))
       .filter(lambda t: len([p for p in re.split("[;；、]", t) if p.strip()]) < 2))
def test_one_item_reads_back_as_written(item):
    for column in (TAGS, PARTIES, SCOPE):
        assert parse(column, item).value == [item]


# ------------------------------------------------------------------ what the export writes


@pytest.mark.parametrize("list_kind", ["partners", "agreements"])
def test_every_exported_cell_reads_back_without_a_problem(db, tmp_path, list_kind):
    from db.demo.seed import load_seed
    from db.exchange import export
    from db.exchange.mapping import auto_map
    from db.exchange.reading import open_workbook

    load_seed(db)
    cols = columns.columns(list_kind)
    for lang in ("ja", "en"):
        paths = [tmp_path / f"{lang}.xlsx", tmp_path / f"{lang}-era.xlsx", tmp_path / f"{lang}.csv"]
        export.export_xlsx(db, list_kind, paths[0], lang=lang)
        export.export_xlsx(db, list_kind, paths[1], lang=lang, era=True)
        export.export_csv(db, list_kind, paths[2], lang=lang, encoding="cp932")
        read = []
        for path in paths:
            with open_workbook(path) as book:
                table = book.table(list_kind=list_kind)
            assert auto_map(list_kind, table.headers) == {i: c.field if c.importable else None
                                                          for i, c in enumerate(cols)}
            parsed = [[parse(c, cell) for c, cell in zip(cols, row.cells, strict=True) if c.importable]
                      for row in table.rows]
            assert table.rows and not [p for row in parsed for p in row if p.warnings], path.name
            read.append([[p.value for p in row] for row in parsed])
        assert read[0] == read[1] == read[2], lang  # the same values from a workbook, era dates and a CSV

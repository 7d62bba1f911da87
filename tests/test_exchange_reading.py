"""Reading the spreadsheets municipalities send: real files written by openpyxl, xlwt and
csv, read by the real reader."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from db.exchange import read_csv
from db.exchange.model import ExchangeError
from db.exchange.reading import open_workbook
from db.exchange.table import NOTE_SKIPPED
from tests import exchange_files as files


def _data(table):
    return [r.cells for r in table.rows]


# ---------------------------------------------------------------------- the municipal list


@pytest.mark.parametrize("builder", [files.municipal_partners_xlsx, files.municipal_partners_xls],
                         ids=["xlsx", "xls"])
def test_municipal_list_is_read_below_its_title_with_merged_cells_filled(tmp_path, builder):
    path = builder(tmp_path / ("partners" + (".xlsx" if "xlsx" in builder.__name__ else ".xls")))
    with open_workbook(path) as book:
        assert book.sheet_names == [files.SHEET]
        table = book.table(list_kind="partners")
    assert table.file == path.name
    assert table.sheet == files.SHEET
    assert table.header_row == 3
    assert table.headers == files.HEADERS
    assert [r.number for r in table.rows] == list(range(5, 11))
    assert _data(table) == files.filled_partners()
    # The date cell comes as a date, text stays as written (full-width, ideographic space, new lines).
    assert table.rows[3].cells[8] == date(2021, 4, 1)
    assert table.rows[4].cells[1] == "国立大学法人\u3000湘南大学"
    assert table.rows[4].cells[9] == "学術交流\n共同研究"
    assert [(p.message, p.row) for p in table.notes] == [(NOTE_SKIPPED, 12), (NOTE_SKIPPED, 13)]
    assert table.notes[1].text() == "Row 13 was left out as a note: 出典：国際課調べ"


def test_without_a_list_kind_the_first_row_of_several_texts_is_the_header(tmp_path):
    path = files.municipal_partners_xlsx(tmp_path / "partners.xlsx")
    with open_workbook(path) as book:
        table = book.table()
    assert table.header_row == 3
    assert table.headers == files.HEADERS
    assert len(table.rows) == 6


@pytest.mark.parametrize("builder", [files.cp932_csv, files.utf8_bom_csv], ids=["cp932", "utf8-bom"])
def test_municipal_list_as_csv(tmp_path, builder):
    path = builder(tmp_path / "partners.csv", files.municipal_partners_rows())
    with open_workbook(path) as book:
        assert book.sheet_names == ["partners"]
        table = book.table(list_kind="partners")
    assert table.sheet == "partners"
    assert table.header_row == 3
    assert table.headers[:6] == ["No.", "団体名", "英語名", "種別", "都道府県", "市区町村"]
    assert [r.number for r in table.rows] == list(range(4, 10))
    expected = [[v.strftime("%Y/%m/%d") if isinstance(v, date) else v for v in row] for row in files.filled_partners()]
    assert _data(table) == expected
    assert [p.row for p in table.notes] == [11, 12]


# ---------------------------------------------------------------------- cells


def test_cells_keep_their_types(tmp_path):
    rows = [
        ["名称", "数", "小数", "真偽", "日付", "日時", "時刻", "文字"],
        ["  前後に空白  ", 3, 2.5, True, date(2020, 9, 18), datetime(2020, 9, 18, 10, 30), time(9, 15), "=1+2"],
        ["午前零時", 3.0, -1.25, False, datetime(2021, 4, 1, 0, 0), None, None, "+81-45-210-1111"],
    ]
    path = files.write_xlsx(tmp_path / "types.xlsx", rows)
    with open_workbook(path) as book:
        table = book.table()
    assert table.headers == rows[0]
    assert _data(table) == [
        ["  前後に空白  ", 3, 2.5, True, date(2020, 9, 18), datetime(2020, 9, 18, 10, 30), "09:15", "=1+2"],
        ["午前零時", 3, -1.25, False, date(2021, 4, 1), None, None, "+81-45-210-1111"],
    ]
    assert type(table.rows[1].cells[1]) is int


def test_a_formula_without_a_cached_value_reads_empty(tmp_path):
    rows = [["No.", "団体名"], ["=ROW()-1", "横浜市"], ["=ROW()-1", "川崎市"]]
    path = files.write_xlsx(tmp_path / "formulas.xlsx", rows, formulas=True)
    with open_workbook(path) as book:
        table = book.table(list_kind="partners")
    assert table.headers == ["No.", "団体名"]
    assert _data(table) == [[None, "横浜市"], [None, "川崎市"]]


def test_a_table_that_starts_away_from_a1_keeps_excel_row_numbers(tmp_path):
    path = files.write_xlsx(tmp_path / "offset.xlsx", [["団体名", "種別"], ["横浜市", "市"], ["藤沢市", "市"]],
                            start="C4")
    with open_workbook(path) as book:
        table = book.table(list_kind="partners")
    assert (table.header_row, table.headers) == (4, ["団体名", "種別"])
    assert [(r.number, r.cells) for r in table.rows] == [(5, ["横浜市", "市"]), (6, ["藤沢市", "市"])]


def test_blank_rows_and_pre_numbered_empty_rows_are_skipped(tmp_path):
    rows = [["No.", "団体名", "種別"], [1, "横浜市", "市"], [None, None, None], [2, "川崎市", "市"],
            [3, None, None], ["４", None, "  "]]
    path = files.write_xlsx(tmp_path / "blank.xlsx", rows)
    with open_workbook(path) as book:
        table = book.table(list_kind="partners")
    assert [(r.number, r.cells) for r in table.rows] == [(2, [1, "横浜市", "市"]), (4, [2, "川崎市", "市"])]
    assert table.notes == []


def test_a_long_sentence_under_the_data_is_a_note_but_a_short_last_record_is_not(tmp_path):
    rows = [["団体名", "種別", "備考"], ["横浜市", "市", None], ["鎌倉市", None, None], [None, None, None],
            ["この一覧は各課からの報告をまとめたもので、連携の実態とは異なる場合があります。", None, None]]
    path = files.write_xlsx(tmp_path / "notes.xlsx", rows)
    with open_workbook(path) as book:
        table = book.table(list_kind="partners")
    assert [r.cells[0] for r in table.rows] == ["横浜市", "鎌倉市"]
    assert [p.row for p in table.notes] == [5]
    assert table.notes[0].params["text"].startswith("この一覧は")


def test_headers_below_a_title_with_a_subtitle_row(tmp_path):
    rows = [["国際交流協定 一覧"], ["作成: 国際課", "令和7年4月1日現在"], [],
            ["協定名", "相手方", "締結日", "終了日", "備考"], ["学術交流協定", "湘南大学", "令和2年9月18日", None, None]]
    path = files.write_xlsx(tmp_path / "agreements.xlsx", rows)
    with open_workbook(path) as book:
        assert book.table(list_kind="agreements").header_row == 4
        assert book.table().header_row == 4


def test_a_header_merged_across_with_two_levels(tmp_path):
    rows = [["団体名", "担当者", None, "備考"], [None, "氏名", "電話", None], ["横浜市", "山田", "045-000-0000", None]]
    path = files.write_xlsx(tmp_path / "two.xlsx", rows, merged=("A1:A2", "B1:C1", "D1:D2"))
    with open_workbook(path) as book:
        table = book.table()
    assert table.headers == ["団体名", "担当者 氏名", "担当者 電話", "備考"]
    assert [r.number for r in table.rows] == [3]


# ---------------------------------------------------------------------- sheets


def test_the_sheet_that_looks_most_like_the_list_is_chosen(tmp_path):
    path = files.write_xlsx(
        tmp_path / "two-sheets.xlsx", [["記入の手引き"], ["1. 団体名は正式名称で記入してください。"]], sheet="説明",
        more_sheets={"一覧": [["団体名", "種別", "都道府県"], ["横浜市", "市", "神奈川県"]]})
    with open_workbook(path) as book:
        assert book.sheet_names == ["説明", "一覧"]
        assert book.table(list_kind="partners").sheet == "一覧"
        assert book.table("説明").sheet == "説明"


def test_a_hidden_sheet_is_read_by_name_but_never_chosen(tmp_path):
    import openpyxl

    path = files.write_xlsx(tmp_path / "hidden.xlsx", [["団体名", "種別", "都道府県"], ["旧データ", "市", "東京都"]],
                            sheet="旧", more_sheets={"一覧": [["団体名", "種別"], ["横浜市", "市"]]})
    book = openpyxl.load_workbook(path)
    book["旧"].sheet_state = "hidden"
    book.save(path)
    with open_workbook(path) as opened:
        assert opened.sheet_names == ["旧", "一覧"]
        assert opened.table(list_kind="partners").sheet == "一覧"
        assert opened.table("旧").rows[0].cells[0] == "旧データ"

def test_an_unknown_sheet_names_the_sheets_there_are(tmp_path):
    path = files.write_xlsx(tmp_path / "a.xlsx", [["団体名"], ["横浜市"]], sheet="一覧", more_sheets={"メモ": [["x"]]})
    with open_workbook(path) as book, pytest.raises(ExchangeError) as caught:
        book.table("Sheet1")
    assert caught.value.params == {"file": "a.xlsx", "sheet": "Sheet1", "sheets": "“一覧”, “メモ”"}
    assert "a.xlsx" in str(caught.value)


def test_an_empty_sheet_is_an_error_naming_it(tmp_path):
    path = files.write_xlsx(tmp_path / "a.xlsx", [["団体名"], ["横浜市"]], more_sheets={"空": []})
    with open_workbook(path) as book, pytest.raises(ExchangeError) as caught:
        book.table("空")
    assert caught.value.params == {"file": "a.xlsx", "sheet": "空"}


def test_sha256_is_the_files(tmp_path):
    import hashlib

    path = files.write_xlsx(tmp_path / "a.xlsx", [["団体名"], ["横浜市"]])
    with open_workbook(path) as book:
        assert book.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert book.path == path and book.file_name == "a.xlsx"


# ---------------------------------------------------------------------- CSV


@pytest.mark.parametrize("delimiter", [",", "\t", ";"], ids=["comma", "tab", "semicolon"])
def test_csv_delimiter_is_sniffed(tmp_path, delimiter):
    rows = [["団体名", "種別", "備考"], ["横浜市", "市", "a,b;c"], ["川崎市", "市", None]]
    path = files.write_csv(tmp_path / "a.csv", rows, delimiter=delimiter)
    with open_workbook(path) as book:
        table = book.table()
    assert table.headers == ["団体名", "種別", "備考"]
    assert _data(table) == [["横浜市", "市", "a,b;c"], ["川崎市", "市", None]]


def test_csv_encodings_are_detected(tmp_path):
    rows = [["団体名", "住所"], ["横浜市～（株）", "中区港町１－１ ㈱"]]
    for name, encoding, expected in [("plain.csv", "utf-8", "utf-8"), ("bom.csv", "utf-8-sig", "utf-8-sig"),
                                     ("sjis.csv", "cp932", "cp932"), ("wide.txt", "utf-16", "utf-16")]:
        path = files.write_csv(tmp_path / name, rows, encoding=encoding)
        assert read_csv.detect_encoding(path, name) == expected
        with open_workbook(path) as book:
            assert book.table().headers == ["団体名", "住所"]
            assert _data(book.table()) == [rows[1]]


def test_csv_that_is_neither_utf8_nor_cp932_is_refused(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("団体名,x\n".encode("utf-8") + b"\x81\x7f\xff\xfe,abc\n")
    with pytest.raises(ExchangeError) as caught:
        open_workbook(path).table()
    assert caught.value.message == read_csv.NOT_TEXT
    assert caught.value.params == {"file": "latin.csv"}


def test_csv_multi_line_cells_count_as_one_excel_row(tmp_path):
    rows = [["団体名", "備考"], ["横浜市", "一行目\n二行目"], ["川崎市", None]]
    path = files.utf8_bom_csv(tmp_path / "a.csv", rows)
    with open_workbook(path) as book:
        table = book.table()
    assert [(r.number, r.cells) for r in table.rows] == [(2, ["横浜市", "一行目\n二行目"]), (3, ["川崎市", None])]


@pytest.mark.parametrize("written, read", [
    ("'=1+2", "=1+2"), ("'+81-45-210-1111", "+81-45-210-1111"), ("'-5", "-5"), ("'@home", "@home"),
    ("'\tx", "\tx"), ("''90s", "'90s"), ("'90s", "'90s"), ("'", "'"), ("''", "'"), ("plain", "plain"),
])
def test_csv_removes_exactly_one_escaping_apostrophe(tmp_path, written, read):
    path = files.utf8_bom_csv(tmp_path / "a.csv", [["団体名", "備考"], ["横浜市", written]])
    with open_workbook(path) as book:
        assert book.table().rows[0].cells[1] == read


@pytest.mark.parametrize("text", ["=1+2", "+Health", "-", "@x", "\tx", "\rx", "'", "''=", "'90s", "普通"])
def test_csv_escape_and_unescape_are_inverse(text):
    assert read_csv.unescape(read_csv.escape(text)) == text


# ---------------------------------------------------------------------- other formats


def test_ods_with_merged_cells_and_lo_trailing_rows(tmp_path):
    rows = [[files.TITLE], [], ["No.", "団体名", "所在地", None, "備考"], [None, None, "都道府県", "市区町村", None],
            [1, "横浜市", "神奈川県", "横浜市", None], [2, "川崎市", None, "川崎市", "友好都市"],
            [date(2021, 4, 1), "鎌倉市", "神奈川県", "鎌倉市", True], [], ["※ 令和7年4月1日現在"]]
    path = files.write_ods(tmp_path / "partners.ods", rows, sheet="一覧",
                           merged=("A1:E1", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "C5:C6"))
    with open_workbook(path) as book:
        assert book.sheet_names == ["一覧"]
        table = book.table(list_kind="partners")
    assert table.header_row == 3
    assert table.headers == ["No.", "団体名", "所在地 都道府県", "所在地 市区町村", "備考"]
    assert [(r.number, r.cells) for r in table.rows] == [
        (5, [1, "横浜市", "神奈川県", "横浜市", None]),
        (6, [2, "川崎市", "神奈川県", "川崎市", "友好都市"]),
        (7, [date(2021, 4, 1), "鎌倉市", "神奈川県", "鎌倉市", True]),
    ]
    assert [p.row for p in table.notes] == [9]


def test_xlsm_is_read_like_xlsx(tmp_path):
    path = files.write_xlsx(tmp_path / "macro.xlsm", [["団体名", "種別"], ["横浜市", "市"]])
    with open_workbook(path) as book:
        assert _data(book.table(list_kind="partners")) == [["横浜市", "市"]]


def test_a_list_far_down_its_sheet_is_still_chosen(tmp_path):
    path = files.write_xlsx(tmp_path / "far.xlsx", [["記入例"], ["団体名は正式名称で"]], sheet="例",
                            more_sheets={"一覧": []})
    import openpyxl

    book = openpyxl.load_workbook(path)
    book["一覧"]["B120"], book["一覧"]["C120"], book["一覧"]["B121"], book["一覧"]["C121"] = "団体名", "種別", "横浜市", "市"
    book.save(path)
    with open_workbook(path) as opened:
        table = opened.table(list_kind="partners")
    assert (table.sheet, table.header_row, table.rows[0].number) == ("一覧", 120, 121)


def test_excels_sep_hint_sets_the_delimiter_and_is_not_a_row(tmp_path):
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\r\n団体名;備考\r\n横浜市;a,b\r\n", encoding="utf-8")
    with open_workbook(path) as book:
        table = book.table()
    assert (table.header_row, table.headers) == (1, ["団体名", "備考"])
    assert [(r.number, r.cells) for r in table.rows] == [(2, ["横浜市", "a,b"])]


def test_a_csv_with_a_nul_byte_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes("団体名,備考\n横浜市,a\x00b\n".encode())
    with pytest.raises(ExchangeError) as caught:
        open_workbook(path).table()
    assert caught.value.params["file"] == "nul.csv"


def test_municipal_agreements(tmp_path):
    path = files.municipal_agreements_xlsx(tmp_path / "agreements.xlsx")
    with open_workbook(path) as book:
        table = book.table(list_kind="agreements")
    assert (table.sheet, table.header_row, table.headers) == ("協定一覧", 3, files.AGREEMENT_HEADERS)
    assert [r.number for r in table.rows] == [4, 5, 6, 7, 8]
    assert _data(table) == files.filled_agreements()
    assert [p.row for p in table.notes] == [10]


@pytest.mark.parametrize("text, note", [
    ("※ 令和7年4月1日現在", True), ("出典：国際課調べ", True), ("（注）数値は概数", True), ("注１：再掲", True),
    ("注　空欄は不明", True), ("＊印は予定", True), ("Note: figures as of April", True), ("Source: survey", True),
    ("注文住宅協会", False), ("Notebook Inc.", False), ("Sourcenext", False), ("資料館", False),
])
def test_what_starts_a_note(tmp_path, text, note):
    rows = [["団体名", "種別", "都道府県", "市区町村"], ["横浜市", "市", "神奈川県", "横浜市"], [text, "企業", None, None]]
    path = files.write_xlsx(tmp_path / "notes.xlsx", rows)
    with open_workbook(path) as book:
        table = book.table(list_kind="partners")
    assert [r.cells[0] for r in table.rows] == (["横浜市"] if note else ["横浜市", text])
    assert [p.row for p in table.notes] == ([3] if note else [])


def test_a_wide_header_cell_over_two_values_does_not_eat_the_first_record(tmp_path):
    rows = [["団体名", "所在地", None, "種別"], ["横浜市", "神奈川県", "横浜市", "市"], ["川崎市", "神奈川県", "川崎市", "市"]]
    path = files.write_xlsx(tmp_path / "wide-header.xlsx", rows, merged=("B1:C1",))
    with open_workbook(path) as book:
        table = book.table(list_kind="partners")
    assert (table.header_row, table.headers) == (1, ["団体名", "所在地", "所在地", "種別"])
    assert [r.number for r in table.rows] == [2, 3]

"""Tests of finding which column holds which field (db.exchange.mapping): from the
headers of real workbooks as municipalities lay them out, corrected by a person, and
remembered in the database for the next file with the same headers."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from db import catalogue
from db.exchange import columns, mapping
from db.exchange.model import ExchangeError
from db.lifecycle import open_database
from db.models import ImportMapping

LISTS = ("partners", "agreements", "contacts", "activities")


def _headers_of(tmp_path, rows, header_row):
    """Write rows to a workbook with openpyxl; read the header row back with calamine."""
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    read = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    return [str(h) if h is not None else "" for h in read[header_row - 1]]


def _named(headers, result):
    return {headers[i]: field for i, field in result.items()}


@pytest.mark.parametrize("list_kind", LISTS)
@pytest.mark.parametrize("lang", ["en", "ja"])
def test_an_exported_header_row_maps_to_its_own_columns(list_kind, lang):
    cols = columns.columns(list_kind)
    headers = [c.label(lang) for c in cols]
    expected = {i: (c.field if c.importable else None) for i, c in enumerate(cols)}
    assert mapping.auto_map(list_kind, headers) == expected


def test_a_municipal_partner_list_below_a_title(tmp_path):
    rows = [["令和6年度 連携団体一覧（○○市企画課）"], [],
            ["No.", "団体 名称", "英文名称", "ﾌﾘｶﾞﾅ", "種別", "所在地", "ＵＲＬ", "備考（担当者メモ）"],
            [1, "株式会社かけはし", "Kakehashi Inc.", "ｶｹﾊｼ", "会社", "横浜市", "https://example.jp", ""]]
    headers = _headers_of(tmp_path, rows, 3)
    assert _named(headers, mapping.auto_map("partners", headers)) == {
        "No.": None, "団体 名称": "name_ja", "英文名称": "name_en", "ﾌﾘｶﾞﾅ": "name_kana", "種別": "kind",
        "所在地": "address", "ＵＲＬ": "website", "備考（担当者メモ）": "notes"}


def test_english_headers_in_a_csv(tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text("#,Organization name,Name in English,Type,Prefecture,Homepage,Comments\n", encoding="utf-8-sig")
    with path.open(encoding="utf-8-sig", newline="") as f:
        headers = next(csv.reader(f))
    assert mapping.auto_map("partners", headers) == {
        0: None, 1: "name_ja", 2: "name_en", 3: "kind", 4: "region", 5: "website", 6: "notes"}


def test_agreement_headers_in_any_common_spelling(tmp_path):
    rows = [["協定一覧"], ["連番", "協定名称", "協定締結日（西暦）", "締結先団体名", "有効期限", "自動更新の有無",
                          "連携事項", "Date signed (Western calendar)"]]
    headers = _headers_of(tmp_path, rows, 2)
    assert _named(headers, mapping.auto_map("agreements", headers)) == {
        "連番": None, "協定名称": "title", "協定締結日（西暦）": "signed_on", "締結先団体名": "party_ids",
        "有効期限": "expires_on_given", "自動更新の有無": "auto_renew", "連携事項": "scope_items",
        # A second column for the signing date: the closer spelling above took the field.
        "Date signed (Western calendar)": None}


@pytest.mark.parametrize("header", ["締結日", "締結年月日", "協定締結日", "締結 年月日", "Signed on", "SIGNED ON",
                                    "signed_on", "Signing date", "Date signed", "締結日（和暦）", "協定締結日(西暦)"])
def test_spellings_of_the_signing_date(header):
    assert mapping.auto_map("agreements", ["件名", header]) == {0: "title", 1: "signed_on"}


def test_a_column_said_to_be_in_english_or_kana_takes_the_twin_field():
    headers = ["団体名", "団体名（英語）", "団体名（ふりがな）", "Name (English)"]
    assert mapping.auto_map("partners", headers) == {0: "name_ja", 1: None, 2: "name_kana", 3: "name_en"}
    assert mapping.auto_map("partners", ["団体名（英語）", "団体名(ﾌﾘｶﾞﾅ)"]) == {0: "name_en", 1: "name_kana"}
    assert mapping.auto_map("agreements", ["件名（英文）", "協定名"]) == {0: "title_en", 1: "title"}
    assert mapping.auto_map("activities", ["活動名", "活動名（英語表記）"]) == {0: "title", 1: "title_en"}


@pytest.mark.parametrize(("list_kind", "header", "field"), [
    ("partners", "会社名", "name_ja"), ("partners", "団体名称", "name_ja"), ("partners", "Organization name", "name_ja"),
    ("partners", "Ｅ－ｍａｉｌ", None), ("contacts", "Ｅ－ｍａｉｌ", "email"), ("contacts", "所属団体", "organisation_id"),
    ("contacts", "会社名", "organisation_id"), ("contacts", "ＴＥＬ", "phone"), ("agreements", "相手先", "party_ids"),
    ("agreements", "締結相手（団体名）", "party_ids"), ("agreements", "協定の名称", "title"),
    ("agreements", "有効期間(年)", "term_years"), ("agreements", "有効期間 年", "term_years"),
    ("activities", "開催日", "starts_on"), ("activities", "関連協定名", "agreement_id"), ("activities", "会場", "place"),
    ("agreements", "Agreement title", "title"), ("agreements", "Date of signing", "signed_on"),
    ("agreements", "Counterpart", "party_ids"), ("agreements", "Expiration date", "expires_on_given"),
    ("agreements", "Partner organization", "party_ids"), ("agreements", "Auto renewal (Y/N)", "auto_renew"),
    ("partners", "Organization Name (English)", "name_en"), ("partners", "Name (Kana)", "name_kana"),
    ("partners", "Prefecture/State", "region"), ("contacts", "Email Address", "email"),
    ("contacts", "Phone Number", "phone"), ("contacts", "Last Name", "family_name"),
])
def test_common_headers_of_each_list(list_kind, header, field):
    assert mapping.auto_map(list_kind, [header]) == {0: field}


def test_one_column_per_field_the_best_match_wins():
    headers = ["備考（その他）", "備考", "メモ"]
    assert mapping.auto_map("partners", headers) == {0: None, 1: "notes", 2: None}
    # Equally good: the column further left.
    assert mapping.auto_map("partners", ["Remarks", "Memo"]) == {0: "notes", 1: None}


def test_columns_nobody_can_import_map_to_nothing():
    headers = ["件名", "有効期限", "有効期限（記載どおり）", "最終更新日時", "版数", "署名者", "", "連番", "謎の列"]
    assert mapping.auto_map("agreements", headers) == {
        0: "title", 1: None, 2: "expires_on_given", 3: None, 4: None, 5: None, 6: None, 7: None, 8: None}
    # A header that only contains a single character of a field's name is not taken for it.
    assert mapping.auto_map("contacts", ["氏名", "姓", "名"]) == {0: None, 1: "family_name", 2: "given_name"}


def test_importable_fields():
    assert mapping.importable_fields("partners")[0] == "uid"
    for list_kind in LISTS:
        fields = mapping.importable_fields(list_kind)
        assert fields == [c.field for c in columns.columns(list_kind) if c.type != "info"]
        assert "updated_at" not in fields and "version" not in fields


# ------------------------------------------------------------------ corrections


def test_overrides_by_header_and_by_field_in_any_language():
    headers = ["団体", "英語の名前", "メモ", "No."]
    auto = mapping.auto_map("partners", headers)
    assert auto == {0: None, 1: "name_en", 2: "notes", 3: None}
    corrected = mapping.apply_overrides("partners", headers, auto, {
        "団体": "name_ja", "英語の名前": "English name", "メモ\u3000": "", "no": "備考"})
    assert corrected == {0: "name_ja", 1: "name_en", 2: None, 3: "notes"}
    assert auto[2] == "notes"  # the mapping given is left as it was
    # A field given to a column leaves the column that had it.
    moved = mapping.apply_overrides("partners", headers, corrected, {"団体": "英語名"})
    assert moved == {0: "name_en", 1: None, 2: None, 3: "notes"}


def test_an_override_naming_nothing_there_is_refused():
    headers = ["団体名", "備考"]
    auto = mapping.auto_map("partners", headers)
    with pytest.raises(ExchangeError) as caught:
        mapping.apply_overrides("partners", headers, auto, {"住所": "address"}, file="list.xlsx")
    assert caught.value.message == mapping.UNKNOWN_HEADER
    assert caught.value.params["header"] == "住所" and caught.value.params["headers"] == "団体名, 備考"
    for target in ("no_such_field", "Expires on", "version"):
        with pytest.raises(ExchangeError) as caught:
            mapping.apply_overrides("agreements", ["件名"], {0: "title"}, {"件名": target})
        assert caught.value.message == mapping.UNKNOWN_FIELD and caught.value.params["field"] == target
        assert "title (件名 / Title)" in caught.value.params["fields"]


# ------------------------------------------------------------------ remembered


def test_the_signature_ignores_spelling_but_not_order():
    sig = mapping.signature("partners", ["団体名", "Ｅ－ｍａｉｌ", "備考"])
    assert sig == mapping.signature("partners", [" 団体名", "e-mail", "備考 "]) == \
        mapping.signature("partners", ["団体名", "EMAIL", "備考"])
    assert len(sig) == 64
    assert sig != mapping.signature("partners", ["備考", "団体名", "Ｅ－ｍａｉｌ"])
    assert sig != mapping.signature("partners", ["団体名", "Ｅ－ｍａｉｌ", "備考", ""])


def test_a_persons_mapping_is_remembered_for_the_next_file(db, db_path):
    headers = ["団体", "英語の名前", "備考", "備考"]
    assert mapping.remembered(db, "partners", headers) is None
    chosen = {0: "name_ja", 1: "name_en", 2: None, 3: "notes"}
    mapping.remember(db, "partners", headers, chosen, "yokohama-2024.xlsx")
    assert mapping.remembered(db, "partners", headers) == chosen
    # The next file from the same place, typed a little differently, in a new session.
    db.close()
    again = open_database(db_path, user="tester")
    try:
        assert mapping.remembered(again, "partners", ["団体 ", "英語の名前", "備考", "備考"]) == chosen
        assert mapping.remembered(again, "contacts", headers) is None
        assert mapping.remembered(again, "partners", headers[:3]) is None
        # Chosen again differently: the one remembered mapping is replaced.
        mapping.remember(again, "partners", headers, {0: "name_ja", 1: None, 2: "notes", 3: None}, "2025.xlsx")
        assert mapping.remembered(again, "partners", headers) == {0: "name_ja", 1: None, 2: "notes", 3: None}
        with again.reading() as session:
            rows = session.scalars(select(ImportMapping)).all()
            assert len(rows) == 1 and rows[0].source == "2025.xlsx" and rows[0].headers == headers
            assert rows[0].mapping == {"団体": "name_ja", "英語の名前": None, "備考": "notes", "備考#2": None}
    finally:
        again.close()


def test_a_remembered_field_the_list_no_longer_imports_reads_as_nothing(db):
    headers = ["件名", "有効期限"]
    with db.transaction("test") as session:
        session.add(ImportMapping(list_kind="agreements", signature=mapping.signature("agreements", headers),
                                  headers=headers, mapping={"件名": "title", "有効期限": "expires_on"}, source="x"))
        twice = ["件名", "協定名"]
        session.add(ImportMapping(list_kind="agreements", signature=mapping.signature("agreements", twice),
                                  headers=twice, mapping={"件名": "title", "協定名": "title"}, source="x"))
    assert mapping.remembered(db, "agreements", headers) == {0: "title", 1: None}
    assert mapping.remembered(db, "agreements", twice) == {0: "title", 1: None}


def test_remembering_writes_no_history(db):
    mapping.remember(db, "partners", ["団体名"], {0: "name_ja"}, "a.xlsx")
    with db.reading() as session:
        from db.models import Change

        assert session.scalar(select(func.count()).select_from(Change)) == 0
    assert catalogue.normalise_header(mapping.REMEMBER)


# ------------------------------------------------------------------ a municipality's own list, end to end


def _municipal_files(tmp_path):
    from tests import exchange_files as files

    return [files.municipal_partners_xlsx(tmp_path / "連携団体.xlsx"),
            files.municipal_partners_xls(tmp_path / "連携団体.xls"),
            files.cp932_csv(tmp_path / "連携団体.csv", files.municipal_partners_rows())]


def test_a_municipal_list_read_mapped_and_its_cells_parsed(tmp_path):
    from db.exchange import values
    from db.exchange.reading import open_workbook

    signed_on = columns.column("agreements", "signed_on")  # the list's 連携開始日, read as a date
    for path in _municipal_files(tmp_path):
        with open_workbook(path) as book:
            table = book.table(list_kind="partners")
        found = mapping.auto_map("partners", table.headers)
        assert [found[i] for i in range(len(table.headers))] == [
            None, "name_ja", "name_en", "kind", "region", "city", "address", "website", None, "notes"], path.name
        rows = [{f: values.parse(columns.column("partners", f), row.cells[i]).value for i, f in found.items() if f}
                for row in table.rows]
        assert [r["kind"] for r in rows] == ["city", "city", "city", "company", "university", "foundation"]
        assert [r["region"] for r in rows] == ["神奈川県"] * 6
        assert rows[4]["name_ja"] == "国立大学法人\u3000湘南大学" and rows[4]["notes"] == "学術交流\n共同研究"
        assert rows[0]["address"] == "中区港町１－１" and rows[2]["name_en"] is None
        dates = [values.parse(signed_on, row.cells[8]).value for row in table.rows]
        assert dates == [date(2020, 9, 18), date(2019, 4, 1), date(2020, 9, 18), date(2021, 4, 1), date(2018, 8, 1),
                         date(2021, 4, 1)], path.name

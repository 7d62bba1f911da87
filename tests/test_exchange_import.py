"""The importer on real files and a real database: preview, commit, batches, undo."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.demo.seed import load_seed
from db.exchange import batches, importer
from db.models import Change, ImportBatch, Organisation
from db.services import agreements as agreement_service
from db.services import organisations as org_service
from db.services.organisations import OrganisationData, OrganisationQuery
from import_support import dump, partner_rows, write_xlsx


def _org_id(db, name: str) -> int:
    with db.reading() as session:
        return session.scalar(select(Organisation.id).where(Organisation.name_ja == name))


@pytest.fixture
def seeded(db):
    load_seed(db)
    return db


def test_a_municipal_list_previews_then_imports_as_one_batch(seeded, tmp_path):
    path = write_xlsx(tmp_path / "横浜市.xlsx", partner_rows(
        [1, "横浜市立大学", "Yokohama City University", "大学", "横浜市金沢区瀬戸22-2", "公立大学", None],
        [2, "神奈川県", "Kanagawa Prefecture", "都道府県", "横浜市中区日本大通1", None, None],
        [3, "株式会社テスト", "Test Inc.", "企業", None, None, None],
    ))
    before = dump(seeded.location.path)
    preview = importer.preview(seeded, path, "partners")
    assert [r.action for r in preview.rows] == ["new", "update", "new"]
    assert [r.number for r in preview.rows] == [4, 5, 6]  # the sheet's own row numbers
    kanagawa = preview.rows[1]
    assert kanagawa.record_id == _org_id(seeded, "神奈川県")
    assert kanagawa.changes["address"] == (None, "横浜市中区日本大通1")
    assert dump(seeded.location.path) == before  # a preview writes nothing

    result = importer.commit(seeded, preview)
    assert (result.created, result.updated, result.unchanged, result.batch) == (2, 1, 0, 1)
    assert result.backup and "before-import" in result.backup
    univ = org_service.get_organisation(seeded, _org_id(seeded, "横浜市立大学"))
    assert (univ.kind, univ.tags, univ.country) == ("university", ["公立大学"], "JP")
    found = org_service.list_organisations(seeded, OrganisationQuery(search="横浜市立"))
    assert [o.name_ja for o in found.items] == ["横浜市立大学"]  # the search index has the new record
    [batch] = batches.list_batches(seeded)
    assert (batch.file_name, batch.sheet, batch.created, batch.updated, batch.user) == \
        ("横浜市.xlsx", "一覧", 2, 1, "tester")


def test_importing_the_same_file_twice_changes_nothing_the_second_time(seeded, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", partner_rows(
        [1, "横浜市立大学", "Yokohama City University", "大学", "横浜市金沢区", "公立大学、横浜", None]))
    importer.commit(seeded, importer.preview(seeded, path, "partners"))
    before = dump(seeded.location.path)
    again = importer.preview(seeded, path, "partners")
    assert [r.action for r in again.rows] == ["unchanged"]
    result = importer.commit(seeded, again)
    assert (result.created, result.updated, result.unchanged, result.batch) == (0, 0, 1, None)
    assert result.backup is None  # nothing to write, nothing to back up
    assert dump(seeded.location.path) == before
    assert len(batches.list_batches(seeded)) == 1


def test_a_row_with_an_error_writes_nothing_unless_the_valid_rows_are_asked_for(seeded, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", partner_rows(
        [1, "横浜市立大学", None, "大学", None, None, None],
        [2, None, None, "大学", "住所だけ", None, None],  # no name at all
    ))
    before = dump(seeded.location.path)
    preview = importer.preview(seeded, path, "partners")
    assert [r.action for r in preview.rows] == ["new", "error"]
    [error] = preview.rows[1].errors
    assert error.row == 5 and error.column == "団体名"
    with pytest.raises(importer.HasErrors):
        importer.commit(seeded, preview)
    assert dump(seeded.location.path) == before
    result = importer.commit(seeded, preview, skip_errors=True)
    assert (result.created, result.skipped) == (1, 1)
    assert [e.row for e in result.errors] == [5]


def test_rows_naming_the_same_record_twice_are_reported(seeded, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", partner_rows(
        [1, "横浜市立大学", None, "大学", None, None, None],
        [2, "横浜市立大学", None, "大学", "別の住所", None, None],
        [3, "神奈川県", None, None, "A", None, None],
        [4, "神奈川県", None, None, "B", None, None],
    ))
    preview = importer.preview(seeded, path, "partners")
    assert [r.action for r in preview.rows] == ["new", "error", "update", "error"]
    assert preview.rows[1].errors[0].params == {"first": 4}
    assert preview.rows[3].errors[0].params == {"first": 6}


def test_names_match_across_legal_forms_and_spacing(seeded, tmp_path):
    org_service.create_organisation(seeded, OrganisationData(kind="company", name_ja="株式会社テスト製薬"))
    path = write_xlsx(tmp_path / "a.xlsx", partner_rows([1, "（株）テスト　製薬", None, None, "東京都", None, None]))
    [row] = importer.preview(seeded, path, "partners").rows
    assert row.action == "update" and row.record_id == _org_id(seeded, "株式会社テスト製薬")


def test_undo_restores_the_database_exactly(seeded, tmp_path):
    before = dump(seeded.location.path)
    path = write_xlsx(tmp_path / "a.xlsx", partner_rows(
        [1, "横浜市立大学", "Yokohama City University", "大学", "横浜市金沢区", "公立大学、新しいタグ", None],
        [2, "神奈川県", "Kanagawa Pref.", "県", "横浜市中区日本大通1", "自治体", "備考を上書き"],
        [3, "川崎市", None, None, None, None, None],
    ))
    result = importer.commit(seeded, importer.preview(seeded, path, "partners"))
    assert dump(seeded.location.path) != before
    done = batches.undo(seeded, result.batch)
    assert (done.removed, done.restored) == (1, 1)
    assert dump(seeded.location.path) == before
    [info] = batches.list_batches(seeded)
    assert info.undone_at is not None
    with pytest.raises(importer.KakehashiError):
        batches.undo(seeded, result.batch)  # once is enough
    with seeded.reading() as session:  # the history shows the import and its undo
        ops = session.scalars(select(Change.action).join(ImportBatch, ImportBatch.undo_operation_id ==
                                                         Change.operation_id)).all()
    assert sorted(a.value for a in ops) == ["purge", "update"]


def test_undo_refuses_to_overwrite_later_work_and_names_the_record(seeded, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", partner_rows([1, "神奈川県", None, None, "新住所", None, None]))
    result = importer.commit(seeded, importer.preview(seeded, path, "partners"))
    kanagawa = org_service.get_organisation(seeded, _org_id(seeded, "神奈川県"))
    kanagawa.city = "横浜市"
    org_service.update_organisation(seeded, kanagawa.id, kanagawa)
    before = dump(seeded.location.path)
    with pytest.raises(batches.UndoRefused) as refused:
        batches.undo(seeded, result.batch)
    assert refused.value.records == ["神奈川県"]
    assert dump(seeded.location.path) == before


def test_undo_refuses_while_a_later_agreement_names_an_imported_partner(seeded, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", partner_rows([1, "横浜市立大学", None, "大学", None, None, None]))
    result = importer.commit(seeded, importer.preview(seeded, path, "partners"))
    agreement_service.create_agreement(seeded, agreement_service.AgreementData(
        title="包括連携協定", party_ids=[_org_id(seeded, "横浜市立大学")], signed_on=date(2026, 4, 1)))
    with pytest.raises(batches.UndoRefused) as refused:
        batches.undo(seeded, result.batch)
    assert "包括連携協定" in refused.value.records[0]


def test_bulk_created_partners_have_the_history_a_form_would_write(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", partner_rows(
        [1, "横浜市立大学", "Yokohama City University", "大学", "横浜市金沢区", "公立大学、横浜", "メモ"]))
    importer.commit(db, importer.preview(db, path, "partners"))
    org_service.create_organisation(db, OrganisationData(
        kind="university", name_ja="横浜市立大学2", name_en="Yokohama City University", address="横浜市金沢区",
        tags=["公立大学", "横浜"], notes="メモ"))
    with db.reading() as session:
        imported, formed = session.scalars(select(Change).where(Change.entity == "organisation")
                                           .order_by(Change.id)).all()
    assert imported.action == formed.action
    strip = ("uid", "name_ja")
    assert {k: v for k, v in imported.fields.items() if k not in strip} == \
        {k: v for k, v in formed.fields.items() if k not in strip}
    assert set(imported.fields) == set(formed.fields)
    assert imported.label == "横浜市立大学"


def test_a_file_exported_before_an_edit_keeps_the_edit_and_reports_a_real_conflict(seeded, tmp_path):
    org_id = _org_id(seeded, "川崎市")
    old = org_service.get_organisation(seeded, org_id)
    header = ["キー", "日本語名", "住所", "備考", "バージョン"]
    edited = org_service.get_organisation(seeded, org_id)
    edited.address, edited.notes = "川崎区宮本町1", "事務局で更新"
    org_service.update_organisation(seeded, org_id, edited)
    # The municipality changed only the address, in a file exported at the old version.
    path = write_xlsx(tmp_path / "a.xlsx", [header, [old.uid, "川崎市", "幸区1-1", old.notes, old.version]])
    [row] = importer.preview(seeded, path, "partners").rows
    assert row.action == "error" and row.errors[0].column == "住所"
    # The same file without touching the address: the office's notes stay, nothing to do.
    path = write_xlsx(tmp_path / "b.xlsx", [header, [old.uid, "川崎市", old.address, old.notes, old.version]])
    [row] = importer.preview(seeded, path, "partners").rows
    assert row.action == "unchanged", row.changes


def test_agreements_name_their_partners_and_read_era_dates(seeded, tmp_path):
    path = write_xlsx(tmp_path / "協定.xlsx", [
        ["協定名", "締結先", "締結日", "有効期間（年）", "種類"],
        ["ライフサイエンス連携協定", "横浜市、川崎市", "令和7年4月1日", "３", "連携協定"],
        ["覚書", "存在しない団体", "R7.4.1", 1, "覚書"],
    ])
    preview = importer.preview(seeded, path, "agreements")
    assert [r.action for r in preview.rows] == ["new", "error"]
    assert preview.rows[1].errors[0].column == "締結先"
    result = importer.commit(seeded, preview, skip_errors=True)
    assert result.created == 1
    found = agreement_service.list_agreements(seeded, agreement_service.AgreementQuery(search="ライフサイエンス連携"))
    [agreement] = found.items
    assert agreement.signed_on == date(2025, 4, 1) and agreement.term_years == 3
    assert sorted(agreement.party_names) == ["川崎市", "横浜市"]
    again = importer.preview(seeded, path, "agreements")
    assert again.rows[0].action == "unchanged"  # found again by its title and partners


def test_contacts_and_activities_refer_to_records_by_name(seeded, tmp_path):
    contacts = write_xlsx(tmp_path / "担当者.xlsx", [
        ["所属", "姓", "名", "メール", "電話"],
        ["横浜市", "山田", "太郎", "yamada@city.yokohama.example", "+81-45-671-2111"],
    ])
    result = importer.commit(seeded, importer.preview(seeded, contacts, "contacts"))
    assert result.created == 1
    assert importer.preview(seeded, contacts, "contacts").rows[0].action == "unchanged"
    activities = write_xlsx(tmp_path / "活動.xlsx", [
        ["活動名", "種類", "開催日", "関係組織", "場所"],
        ["合同セミナー", "共催イベント", "2025/10/1", "横浜市", "横浜"],
    ])
    result = importer.commit(seeded, importer.preview(seeded, activities, "activities"))
    assert result.created == 1
    assert importer.preview(seeded, activities, "activities").rows[0].action == "unchanged"


def test_countries_written_as_names_become_their_codes(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [["団体名", "国"], ["A研究所", "日本"], ["B Institute", "U.S.A."],
                                            ["C大学", "英国"], ["D社", "ＤＥ"], ["E財団", "Atlantis"]])
    preview = importer.preview(db, path, "partners")
    assert [r.changes.get("country", (None, None))[1] for r in preview.rows[:4]] == ["JP", "US", "GB", "DE"]
    assert preview.rows[4].action == "error" and preview.rows[4].errors[0].column == "国"


def test_the_history_names_the_import_and_its_file(seeded, tmp_path):
    from db.services.history import record_history
    from db.services.history_text import describe_history

    path = write_xlsx(tmp_path / "横浜市.xlsx", partner_rows([1, "神奈川県", None, None, "新住所", None, None]))
    result = importer.commit(seeded, importer.preview(seeded, path, "partners"))
    entries = record_history(seeded, "organisation", _org_id(seeded, "神奈川県"))
    latest = describe_history(seeded, entries, "en")[-1]
    assert latest.operation == f"Import from a spreadsheet: 横浜市.xlsx (import number {result.batch})"


def test_a_full_name_in_one_column_is_divided_at_its_space(seeded, tmp_path):
    path = write_xlsx(tmp_path / "担当者.xlsx", [["所属", "氏名", "役職"], ["横浜市", "山田　太郎", "課長"]])
    [row] = importer.preview(seeded, path, "contacts").rows
    assert row.action == "new"
    assert (row.changes["family_name"][1], row.changes["given_name"][1]) == ("山田", "太郎")


def test_a_partner_whose_name_folds_to_nothing_is_still_found_by_it(db, tmp_path):
    org = org_service.create_organisation(db, OrganisationData(kind="other", name_ja="・")).record
    path = write_xlsx(tmp_path / "a.xlsx", [["協定名", "締結先", "締結日"], ["覚書", "・", "2025-04-01"]])
    [row] = importer.preview(db, path, "agreements").rows
    assert row.action == "new" and row.changes["party_ids"][1] == ["・"], row.errors
    assert org.id


def test_a_key_from_another_database_is_matched_by_name_and_never_duplicates(seeded, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [["キー", "日本語名", "住所"],
                                            ["0b0b0b0b-1111-4222-8333-444455556666", "神奈川県", "新住所"],
                                            ["0c0c0c0c-1111-4222-8333-444455556666", "横浜市立大学", None]])
    kanagawa, new = importer.preview(seeded, path, "partners").rows
    assert kanagawa.action == "update" and kanagawa.record_id == _org_id(seeded, "神奈川県")
    assert set(kanagawa.changes) == {"address"} and kanagawa.warnings
    assert new.action == "new"
    importer.commit(seeded, importer.preview(seeded, path, "partners"))
    assert org_service.get_organisation(seeded, _org_id(seeded, "横浜市立大学")).uid == \
        "0c0c0c0c-1111-4222-8333-444455556666"


def test_undoing_an_agreements_import_removes_them_with_their_parts(seeded, tmp_path):
    before = dump(seeded.location.path)
    path = write_xlsx(tmp_path / "協定.xlsx", [
        ["協定名", "締結先", "締結日", "連携内容"],
        ["ライフサイエンス連携協定", "横浜市\n川崎市", "令和7年4月1日", "人材育成\n共同研究"],
        ["覚書", "神奈川県", "R7.4.1", None],
    ])
    result = importer.commit(seeded, importer.preview(seeded, path, "agreements"))
    assert result.created == 2
    assert batches.undo(seeded, result.batch).removed == 2
    assert dump(seeded.location.path) == before


def test_a_stored_key_is_indexed_as_a_cell_holding_it_is_looked_up():
    import uuid

    from db.exchange.kinds import _lookup_key, _uid_key

    for _ in range(500):
        key = str(uuid.uuid4())
        assert _uid_key(key) == _lookup_key(key) == _lookup_key(key.upper())

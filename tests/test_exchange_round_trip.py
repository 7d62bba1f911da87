"""Export, edit in a spreadsheet program's way, import again: updates, not duplicates.

The workbook is edited with openpyxl as a person does in Excel — a cell changed, a row
added at the bottom, a row deleted — and read back by the real importer.
"""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.demo.seed import load_seed
from db.exchange import export, importer
from db.services import agreements as agreement_service
from db.services import organisations as org_service
from db.services.organisations import OrganisationData, OrganisationQuery
from import_support import dump


@pytest.fixture
def seeded(db):
    load_seed(db)
    return db


def _header_index(ws, header_row: int, label: str) -> int:
    for cell in ws[header_row]:
        if cell.value == label:
            return cell.column
    raise LookupError(label)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_export_edit_add_delete_reimport_gives_one_update_and_one_new(seeded, tmp_path, lang):
    path = tmp_path / f"partners-{lang}.xlsx"
    export.export_xlsx(seeded, "partners", path, lang=lang)
    count_before = org_service.list_organisations(seeded, OrganisationQuery()).total
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    name_label = "日本語名" if lang == "ja" else "Japanese name"
    address_label = "住所" if lang == "ja" else "Address"
    header_row = next(r for r in range(1, 6) if any(c.value == name_label for c in ws[r]))
    name_col, address_col = _header_index(ws, header_row, name_label), _header_index(ws, header_row, address_label)
    first = header_row + 1
    edited_name = ws.cell(first, name_col).value
    ws.cell(first, address_col).value = "編集した住所 1-2-3"
    ws.delete_rows(first + 1)  # a row deleted in the file deletes nothing
    new_row = ws.max_row + 1
    ws.cell(new_row, name_col).value = "追加した研究所"
    book.save(path)

    preview = importer.preview(seeded, path, "partners")
    actions = [r.action for r in preview.rows]
    assert actions.count("update") == 1 and actions.count("new") == 1 and actions.count("error") == 0, \
        [(r.number, r.action, r.errors) for r in preview.rows if r.action != "unchanged"]
    [update] = [r for r in preview.rows if r.action == "update"]
    assert update.label == edited_name and set(update.changes) == {"address"}
    result = importer.commit(seeded, preview)
    assert (result.created, result.updated) == (1, 1)
    assert org_service.list_organisations(seeded, OrganisationQuery()).total == count_before + 1

    again = importer.preview(seeded, path, "partners")  # the same file twice: nothing more
    assert {r.action for r in again.rows} == {"unchanged"} or \
        [r for r in again.rows if r.action != "unchanged"][0].action == "new"


def test_every_list_exported_comes_back_unchanged(seeded, tmp_path):
    from db.services import activities, contacts

    kawasaki = org_service.list_organisations(seeded, OrganisationQuery(search="川崎市")).items[0]
    contacts.create_contact(seeded, contacts.ContactData(
        organisation_id=kawasaki.id, family_name="川崎", given_name="花子", email="hanako@example.jp",
        phone="+81-44-200-2111", is_primary=True, notes="=担当は交代予定"))
    activities.create_activity(seeded, activities.ActivityData(
        kind="meeting", title="@定例会議", starts_on=date(2025, 9, 1), organisation_ids=[kawasaki.id]))
    for list_kind in ("partners", "agreements", "contacts", "activities"):
        path = tmp_path / f"{list_kind}.xlsx"
        export.export_xlsx(seeded, list_kind, path, lang="ja")
        before = dump(seeded.location.path)
        preview = importer.preview(seeded, path, list_kind)
        odd = [(r.number, r.action, r.changes, [e.text() for e in r.errors]) for r in preview.rows
               if r.action != "unchanged"]
        assert preview.rows and not odd, (list_kind, odd)
        assert importer.commit(seeded, preview).batch is None
        assert dump(seeded.location.path) == before


def test_a_csv_for_older_excel_comes_back_unchanged(seeded, tmp_path):
    path = tmp_path / "partners.csv"
    export.export_csv(seeded, "partners", path, lang="ja", encoding="cp932")
    preview = importer.preview(seeded, path, "partners")
    assert preview.rows and {r.action for r in preview.rows} == {"unchanged"}, \
        [(r.number, r.action, r.changes) for r in preview.rows if r.action != "unchanged"]


# Text a cell can hold (XML 1.0 characters), with the leading characters spreadsheet
# programs take for formulas well represented.
_XML_TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                          min_codepoint=0x20)
_TEXT = st.one_of(
    st.text(_XML_TEXT, min_size=1, max_size=40),
    st.builds(lambda lead, rest: lead + rest, st.sampled_from(["=", "+", "-", "@", "=1+1", "+81-45-", "@SUM("]),
              st.text(_XML_TEXT, max_size=20)),
).map(str.strip).filter(bool)


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory):
    """A migrated empty database file, copied for each example (migrating takes longer)."""
    from db.lifecycle import open_database

    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    open_database(path, user="tester").close()
    return path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_TEXT, notes=_TEXT, address=_TEXT, signed=st.dates(date(1900, 3, 1), date(2099, 12, 31)),
       fmt=st.sampled_from(["xlsx", "xlsx-era", "csv", "csv-cp932"]))
def test_export_then_import_is_the_identity_on_text_and_dates(tmp_path_factory, empty_database, name, notes, address,
                                                              signed, fmt):
    import shutil

    from db.lifecycle import open_database

    folder = tmp_path_factory.mktemp("identity")
    shutil.copy(empty_database, folder / "k.sqlite3")
    db = open_database(folder / "k.sqlite3", user="tester")
    try:
        org = org_service.create_organisation(db, OrganisationData(
            kind="company", name_ja=name, notes=notes, address=address, country="JP")).record
        agreement_service.create_agreement(db, agreement_service.AgreementData(
            title=name, party_ids=[org.id], signed_on=signed, notes=notes))
        for list_kind in ("partners", "agreements"):
            if fmt.startswith("csv"):
                encoding = "cp932" if fmt == "csv-cp932" else "utf-8-sig"
                path = folder / f"{list_kind}.csv"
                try:
                    export.export_csv(db, list_kind, path, lang="ja", encoding=encoding)
                except importer.KakehashiError:
                    continue  # text CP932 cannot hold is refused by name, never written wrongly
            else:
                path = folder / f"{list_kind}.xlsx"
                export.export_xlsx(db, list_kind, path, lang="ja", era=fmt == "xlsx-era")
            before = dump(db.location.path)
            preview = importer.preview(db, path, list_kind)
            assert [r.action for r in preview.rows] == ["unchanged"], \
                [(r.action, r.changes, [e.text() for e in r.errors]) for r in preview.rows]
            importer.commit(db, preview)
            assert dump(db.location.path) == before
    finally:
        db.close()


def test_an_agreement_whose_partner_went_to_the_trash_comes_back_unchanged(seeded, tmp_path):
    kawasaki = org_service.list_organisations(seeded, OrganisationQuery(search="川崎市")).items[0]
    agreement_service.create_agreement(seeded, agreement_service.AgreementData(
        title="川崎市との覚書", party_ids=[kawasaki.id], signed_on=date(2024, 4, 1)))
    org_service.delete_organisation(seeded, kawasaki.id)
    path = tmp_path / "agreements.xlsx"
    export.export_xlsx(seeded, "agreements", path, lang="ja")
    preview = importer.preview(seeded, path, "agreements")
    assert {r.action for r in preview.rows} == {"unchanged"}, \
        [(r.number, r.action, [e.text() for e in r.errors]) for r in preview.rows if r.action != "unchanged"]

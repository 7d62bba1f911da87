"""Exports to .xlsx and CSV, read back from the real files: python-calamine for the values
(what the importer reads), openpyxl for the styling, zipfile for the XML itself."""

from __future__ import annotations

import os
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from db import catalogue
from db.exchange import columns as cols
from db.exchange import export
from db.exchange.write_layout import INSTRUCTIONS, sheet_title, tr
from db.exchange.write_book import (
    DATE_FORMAT,
    ERA_FORMAT,
    CannotWrite,
    DataSheet,
    ExportError,
    SheetColumn,
    write_workbook,
)
from db.services import agreements, contacts, organisations
from db.services.organisations import OrganisationData

from export_support import TRICKY, headers, linked, seeded, sheet_rows  # noqa: F401 - fixtures



def test_partners_come_back_with_every_column_and_their_keys(seeded, tmp_path):
    path = tmp_path / "partners.xlsx"
    listed = organisations.list_organisations(seeded, organisations.OrganisationQuery(limit=None)).items
    assert export.export_xlsx(seeded, "partners", path) == len(listed) > 10
    rows = sheet_rows(path)
    assert rows[0] == headers("partners", "ja")
    assert rows[0][0] == catalogue.field_label("organisation", "uid", "ja") != "Key"
    body = rows[1:]
    assert [r[0] for r in body] == [o.uid for o in listed]
    by_uid = {o.uid: o for o in listed}
    fields = [c.field for c in cols.columns("partners")]
    for row in body:
        org = by_uid[row[0]]
        assert row[fields.index("name_ja")] == (org.name_ja or "")
        assert row[fields.index("kind")] == catalogue.value_label("OrganisationKind", org.kind, "ja")
        assert row[fields.index("tags")] == "\n".join(org.tags)
        assert row[fields.index("version")] == org.version


def test_headers_and_labels_in_english(seeded, tmp_path):
    path = tmp_path / "partners-en.xlsx"
    export.export_xlsx(seeded, "partners", path, lang="en")
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names[:2] == ["Partners", "Instructions"]
    rows = sheet_rows(path)
    assert rows[0] == headers("partners", "en")
    kinds = {r[[c.field for c in cols.columns("partners")].index("kind")] for r in rows[1:]}
    assert kinds <= {catalogue.value_label("OrganisationKind", v, "en") for v in catalogue.values("OrganisationKind")}


def test_only_the_records_asked_for(seeded, tmp_path):
    listed = organisations.list_organisations(seeded, organisations.OrganisationQuery(limit=None)).items
    wanted = [listed[3].id, listed[0].id]
    path = tmp_path / "some.xlsx"
    assert export.export_xlsx(seeded, "partners", path, ids=wanted) == 2
    assert [r[0] for r in sheet_rows(path)[1:]] == [listed[0].uid, listed[3].uid]  # in the list's order


@pytest.mark.parametrize("list_kind", ["contacts", "agreements", "activities"])
def test_a_selection_of_any_list(linked, tmp_path, list_kind):
    from db.exchange import records

    every = records.records(linked, list_kind)
    chosen = [every[-1].id, every[0].id]
    path = tmp_path / f"{list_kind}.xlsx"
    assert export.export_xlsx(linked, list_kind, path, ids=chosen) == 2
    assert [r[0] for r in sheet_rows(path)[1:]] == [every[0].uid, every[-1].uid]


def test_a_selection_larger_than_sqlite_binds_at_once(seeded, tmp_path):
    listed = organisations.list_organisations(seeded).items
    path = tmp_path / "p.csv"
    assert export.export_csv(seeded, "partners", path, ids=list(range(1, 40_000))) == len(listed)


def test_progress_is_told_as_rows_are_written(db, tmp_path, monkeypatch):
    for n in range(7):
        organisations.create_organisation(db, OrganisationData(name_ja=f"組織{n}"))
    monkeypatch.setattr(export, "PROGRESS_EVERY", 3)
    told = []
    assert export.export_xlsx(db, "partners", tmp_path / "p.xlsx", progress=lambda *a: told.append(a)) == 7
    assert told == [(3, 7), (6, 7), (7, 7)]
    told.clear()
    export.export_csv(db, "partners", tmp_path / "p.csv", progress=lambda *a: told.append(a))
    assert told == [(3, 7), (6, 7), (7, 7)]


def test_the_trash_is_left_out(seeded, tmp_path):
    listed = organisations.list_organisations(seeded, organisations.OrganisationQuery(limit=None)).items
    organisations.delete_organisation(seeded, listed[0].id)
    path = tmp_path / "p.xlsx"
    assert export.export_xlsx(seeded, "partners", path) == len(listed) - 1
    assert listed[0].uid not in [r[0] for r in sheet_rows(path)]


def test_the_workbook_is_styled_for_people(seeded, tmp_path):
    path = tmp_path / "styled.xlsx"
    export.export_xlsx(seeded, "partners", path)
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    assert ws.title == sheet_title("partners", "ja")
    assert ws.freeze_panes == "A2"
    assert ws.print_title_rows == "$1:$1" and ws.page_setup.orientation == "landscape"
    n = ws.max_row
    assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(cols.columns('partners')))}{n}"
    header = ws["A1"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("DDEBF7")
    assert "キー" in header.comment.text or "key" in header.comment.text.lower()
    key = ws["A2"]
    assert key.fill.fgColor.rgb.endswith("EDEDED") and key.number_format == "@"
    fields = [c.field for c in cols.columns("partners")]
    version = ws.cell(2, fields.index("version") + 1)
    assert version.fill.fgColor.rgb.endswith("EDEDED")
    assert ws.cell(1, fields.index("version") + 1).comment is not None
    assert ws.cell(2, fields.index("updated_at") + 1).is_date
    assert ws.column_dimensions["B"].width >= cols.column("partners", "name_ja").width
    # A drop-down list of the kinds, from the hidden sheet of choices.
    kind_letter = openpyxl.utils.get_column_letter(fields.index("kind") + 1)
    validations = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    dv = validations[f"{kind_letter}2:{kind_letter}1048576"]
    assert dv.type == "list"
    choices = book[dv.formula1.split("!")[0].strip("'")]
    assert choices.sheet_state == "hidden"
    listed = [c.value for c in choices[dv.formula1.split("!")[1].replace("$", "").split(":")[0][0]]][1:]
    assert listed == [catalogue.value_label("OrganisationKind", v, "ja") for v in catalogue.values("OrganisationKind")]
    # The instructions, and the document's properties.
    assert book.worksheets[1].title == tr("ja", INSTRUCTIONS)
    assert book.worksheets[1]["A1"].value == ws.title
    assert book.properties.creator == "Kakehashi"
    assert book.properties.title == ws.title
    assert book.properties.created is not None


def test_text_that_looks_like_a_formula_stays_text(db, tmp_path):
    saved = organisations.create_organisation(db, OrganisationData(
        name_ja="=1+1", name_en="+Health", short_name="@home", address="-5 Minus", notes="line\r\nbreak _x000D_",
        region="#N/A", city="0123", website=None))
    contacts.create_contact(db, contacts.ContactData(
        organisation_id=saved.record.id,
        family_name="=SUM(A1)", phone="+81-45-210-1111"))
    path = tmp_path / "tricky.xlsx"
    export.export_xlsx(db, "partners", path)
    row = sheet_rows(path)[1]
    fields = [c.field for c in cols.columns("partners")]
    assert row[fields.index("name_ja")] == "=1+1"
    assert row[fields.index("name_en")] == "+Health"
    assert row[fields.index("short_name")] == "@home"
    assert row[fields.index("address")] == "-5 Minus"
    assert row[fields.index("notes")] == "line\r\nbreak _x000D_"
    assert row[fields.index("region")] == "#N/A"
    assert row[fields.index("city")] == "0123"
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.cell(2, fields.index("name_ja") + 1).data_type == "s"
    assert ws.cell(2, fields.index("name_en") + 1).number_format == "@"  # stays text when edited in Excel

    contact_path = tmp_path / "contacts.xlsx"
    export.export_xlsx(db, "contacts", contact_path)
    contact_fields = [c.field for c in cols.columns("contacts")]
    row = sheet_rows(contact_path)[1]
    assert row[contact_fields.index("phone")] == "+81-45-210-1111"
    assert row[contact_fields.index("family_name")] == "=SUM(A1)"
    assert row[contact_fields.index("organisation_id")] == "=1+1"


def test_any_text_reads_back_exactly(tmp_path):
    """Beyond what a form keeps: leading tabs and carriage returns, control characters."""
    path = tmp_path / "texts.xlsx"

    def build(wb):
        sheet = DataSheet(wb, "Texts", [SheetColumn("Text", 20, "text"), SheetColumn("Key", 20, "key")])
        for text in TRICKY:
            sheet.append([text, text])
        sheet.finish()

    write_workbook(path, "texts", build, lang="en")
    rows = sheet_rows(path)[1:]
    assert [r[0] for r in rows] == TRICKY
    assert [r[1] for r in rows] == TRICKY
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_dates_are_date_cells_in_either_format(seeded, tmp_path):
    fields = [c.field for c in cols.columns("agreements")]
    by_day = {a.uid for a in agreements.list_agreements(seeded).items if a.signed_precision == "day"}
    for era, number_format in ((False, DATE_FORMAT), (True, ERA_FORMAT)):
        path = tmp_path / f"agreements-{era}.xlsx"
        export.export_xlsx(seeded, "agreements", path, era=era)
        ws = openpyxl.load_workbook(path).worksheets[0]
        for name in ("signed_on", "effective_on", "expires_on"):
            cells = [(ws.cell(r, 1).value, ws.cell(r, fields.index(name) + 1)) for r in range(2, ws.max_row + 1)]
            dated = [c for uid, c in cells if c.value is not None and (name != "signed_on" or uid in by_day)]
            assert dated and all(c.is_date and c.number_format.endswith(number_format) for c in dated), name
        values = [r[fields.index("expires_on")] for r in sheet_rows(path)[1:]]
        assert all(isinstance(v, date) for v in values if v != "")


def test_unknown_list(db, tmp_path):
    with pytest.raises(ExportError) as caught:
        export.export_xlsx(db, "members", tmp_path / "x.xlsx")
    assert "members" in str(caught.value)
    assert not (tmp_path / "x.xlsx").exists()


def test_a_file_that_cannot_be_written(db, tmp_path):
    with pytest.raises(ExportError) as caught:
        export.export_xlsx(db, "partners", tmp_path / "no-such-folder" / "x.xlsx")
    assert "x.xlsx" in str(caught.value)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_written_file_is_as_readable_as_any_other(db, tmp_path):
    umask = os.umask(0o022)
    try:
        path = tmp_path / "p.xlsx"
        export.export_xlsx(db, "partners", path)
        assert path.stat().st_mode & 0o777 == 0o644  # not the private mode of a temporary file
        path.chmod(0o660)
        export.export_csv(db, "partners", tmp_path / "p.csv")
        export.export_xlsx(db, "partners", path)
        assert path.stat().st_mode & 0o777 == 0o660  # a file replaced keeps its permissions
        assert (tmp_path / "p.csv").stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(umask)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_folder_that_may_not_be_written_to(db, tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:  # permissions do not stop root; the kernel's /sys does
        folder = Path("/sys")
    with pytest.raises(CannotWrite) as caught:
        export.export_xlsx(db, "partners", folder / "p.xlsx", lang="en")
    assert "open in Excel" in str(caught.value) and "p.xlsx" in str(caught.value)


def test_a_failure_leaves_the_old_file_as_it_was(tmp_path):
    path = tmp_path / "kept.xlsx"
    path.write_bytes(b"the file from before")

    def build(wb):
        sheet = DataSheet(wb, "Texts", [SheetColumn("Text", 20, "text")])
        sheet.append(["half a file"])
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        write_workbook(path, "texts", build, lang="en")
    assert path.read_bytes() == b"the file from before"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.xlsx"]


# ---------------------------------------------------------------- back through the importer


FORMATS = [
    ("xlsx", {}),
    ("xlsx", {"lang": "en", "era": True}),
    ("csv", {}),
    ("csv", {"encoding": "cp932", "lang": "en"}),
]


@pytest.mark.parametrize("list_kind", ["partners", "contacts", "agreements", "activities"])
@pytest.mark.parametrize(("suffix", "options"), FORMATS)
def test_an_exported_list_imports_as_unchanged(linked, tmp_path, list_kind, suffix, options):
    from db.exchange import importer

    path = tmp_path / f"{list_kind}.{suffix}"
    write = export.export_xlsx if suffix == "xlsx" else export.export_csv
    count = write(linked, list_kind, path, **options)
    assert count > 0
    preview = importer.preview(linked, path, list_kind)
    assert [(r.number, r.action, r.errors) for r in preview.rows] == [(n, "unchanged", []) for n in
                                                                     range(2, count + 2)]


def test_a_name_two_organisations_share_is_written_as_the_key(linked, tmp_path):
    twins = [o for o in organisations.list_organisations(linked, organisations.OrganisationQuery(limit=None)).items
             if o.name_ja == "愛知県"]
    path = tmp_path / "contacts.xlsx"
    export.export_xlsx(linked, "contacts", path)
    fields = [c.field for c in cols.columns("contacts")]
    named = {r[fields.index("organisation_id")] for r in sheet_rows(path)[1:]}
    assert {t.uid for t in twins} <= named and "愛知県" not in named
    # A name no other record answers to stays a name.
    path = tmp_path / "agreements.xlsx"
    export.export_xlsx(linked, "agreements", path)
    fields = [c.field for c in cols.columns("agreements")]
    parties = {r[fields.index("title")]: r[fields.index("party_ids")] for r in sheet_rows(path)[1:]}
    assert parties["+Health 連携協定"] == "\n".join([*(t.uid for t in twins), "医療、福祉ネットワーク"])
    seeded = agreements.list_agreements(linked, agreements.AgreementQuery(limit=None)).items
    first = next(a for a in seeded if a.title != "+Health 連携協定")
    assert parties[first.title] == "\n".join(first.party_names)


# ---------------------------------------------------------------- any text, any date


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

# Text as the database holds it: not only white space (a form trims it away), any character
# but the surrogates (UTF-8 cannot carry them) and U+FFFE, U+FFFF (not characters at all).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff"),
                   min_size=1, max_size=40).filter(str.strip)
TRICKY_TEXT = st.one_of(ANY_TEXT, st.sampled_from(TRICKY), st.builds(
    lambda start, rest: start + rest, st.sampled_from(["=", "+", "-", "@", "\t", "\r", "'", "_x0041_", "#"]), ANY_TEXT))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TRICKY_TEXT, min_size=1, max_size=30), days=st.lists(st.dates(date(1900, 3, 1)), min_size=1))
def test_any_text_and_date_reads_back_as_written(tmp_path, texts, days):
    path = tmp_path / "any.xlsx"

    def build(wb):
        sheet = DataSheet(wb, "Any", [SheetColumn("Text", 20, "text"), SheetColumn("Wrapped", 20, "wrap"),
                                      SheetColumn("Date", 12, "era")])
        for n in range(max(len(texts), len(days))):
            text = texts[n % len(texts)]
            sheet.append([text, text, days[n % len(days)]])
        sheet.finish()

    write_workbook(path, "any", build, lang="ja")
    rows = sheet_rows(path)[1:]
    assert [r[0] for r in rows] == [texts[n % len(texts)] for n in range(len(rows))]
    assert [r[1] for r in rows] == [r[0] for r in rows]
    assert [r[2] for r in rows] == [days[n % len(days)] for n in range(len(rows))]


def test_signatories_and_documents_are_written_for_reading(seeded, tmp_path):
    listed = agreements.list_agreements(seeded, agreements.AgreementQuery(limit=None)).items
    signed = next(a for a in listed if a.signatories)
    fields = [c.field for c in cols.columns("agreements")]
    for lang in ("ja", "en"):
        path = tmp_path / f"agreements-{lang}.xlsx"
        export.export_xlsx(seeded, "agreements", path, lang=lang)
        row = next(r for r in sheet_rows(path)[1:] if r[0] == signed.uid)
        lines = row[fields.index("signatories")].split("\n")
        assert len(lines) == len(signed.signatories)
        first = signed.signatories[0]
        assert lines[0].startswith(first.name if lang == "ja" else (first.name_en or first.name))
        assert row[fields.index("effective_status")] == catalogue.value_label(
            "AgreementStatus", signed.effective_status, lang)


def test_a_name_of_punctuation_only_is_written_as_the_key(db, tmp_path):
    from db.exchange import importer

    dash = organisations.create_organisation(db, OrganisationData(name_ja="-")).record
    agreements.create_agreement(db, agreements.AgreementData(title="－", party_ids=[dash.id]))
    path = tmp_path / "agreements.xlsx"
    export.export_xlsx(db, "agreements", path)
    fields = [c.field for c in cols.columns("agreements")]
    assert sheet_rows(path)[1][fields.index("party_ids")] == dash.uid
    assert [r.action for r in importer.preview(db, path, "agreements").rows] == ["unchanged"]


@pytest.mark.parametrize("era", [False, True])
def test_a_signing_date_known_to_its_month_or_year_shows_only_that(db, tmp_path, era):
    from db.exchange import importer
    from db.exchange.write_book import MONTH_FORMATS, YEAR_FORMATS

    org = organisations.create_organisation(db, OrganisationData(name_ja="神奈川県")).record
    for title, precision, signed in (("月まで", "month", date(2016, 5, 1)), ("年まで", "year", date(2009, 1, 1)),
                                     ("日まで", "day", date(2020, 9, 18))):
        agreements.create_agreement(db, agreements.AgreementData(
            title=title, party_ids=[org.id], signed_on=signed, signed_precision=precision))
    path = tmp_path / "agreements.xlsx"
    export.export_xlsx(db, "agreements", path, era=era)
    fields = [c.field for c in cols.columns("agreements")]
    ws = openpyxl.load_workbook(path).worksheets[0]
    formats = {ws.cell(r, fields.index("title") + 1).value: ws.cell(r, fields.index("signed_on") + 1).number_format
               for r in range(2, ws.max_row + 1)}
    assert formats == {"月まで": MONTH_FORMATS[era], "年まで": YEAR_FORMATS[era],
                       "日まで": ERA_FORMAT if era else DATE_FORMAT}
    assert [r.action for r in importer.preview(db, path, "agreements").rows] == ["unchanged"] * 3


def test_every_style_named_is_made():
    from db.exchange.write_book import STYLES, _named_styles, style_name

    assert sorted(s.name for s in _named_styles()) == sorted(style_name(s) for s in STYLES)

"""Exports to CSV: UTF-8 with a BOM, or CP932 for older Excel on Japanese Windows; text
that looks like a formula quoted with one apostrophe the reader removes again."""

from __future__ import annotations

import pytest

from db.exchange import columns as cols
from db.exchange import export
from db.exchange.write_book import ExportError
from db.services import organisations
from db.services.organisations import OrganisationData
from export_support import TRICKY, headers, linked, seeded  # noqa: F401 - seeded: the fixture linked builds on


def csv_rows(path, encoding) -> list[list[str]]:
    import csv

    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f))


def test_csv_apostrophes_agree_with_the_reader():
    from db.exchange.read_csv import unescape
    from db.exchange.write_values import csv_text

    for text in [*TRICKY, "'", "''", "'90s", "plain", "a'b", "=", "-"]:
        assert unescape(csv_text(text)) == text


def test_csv_in_utf8_with_a_bom(linked, tmp_path):
    path = tmp_path / "partners.csv"
    count = export.export_csv(linked, "partners", path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = csv_rows(path, "utf-8-sig")
    assert rows[0] == headers("partners", "ja")
    assert len(rows) == count + 1
    assert b"\r\n" in path.read_bytes()


def test_csv_quotes_formulas_with_one_apostrophe(db, tmp_path):
    organisations.create_organisation(db, OrganisationData(
        name_ja="=1+1", name_en="'90s", short_name="+Health", address="-5", notes="@home", region="普通"))
    path = tmp_path / "p.csv"
    export.export_csv(db, "partners", path)
    row = csv_rows(path, "utf-8-sig")[1]
    fields = [c.field for c in cols.columns("partners")]
    assert [row[fields.index(f)] for f in ("name_ja", "name_en", "short_name", "address", "notes", "region")] == [
        "'=1+1", "''90s", "'+Health", "'-5", "'@home", "普通"]


def test_cp932_for_older_excel(db, tmp_path):
    organisations.create_organisation(db, OrganisationData(name_ja="髙橋医科大学〜研究所", notes="①−②"))
    path = tmp_path / "p.csv"
    assert export.export_csv(db, "partners", path, encoding="cp932") == 1
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    row = csv_rows(path, "cp932")[1]
    fields = [c.field for c in cols.columns("partners")]
    # Windows' own forms of the wave dash and the minus sign, which the importer counts alike.
    assert row[fields.index("name_ja")] == "髙橋医科大学～研究所"
    assert row[fields.index("notes")] == "①－②"


def test_cp932_names_the_cell_it_cannot_hold_and_writes_nothing(db, tmp_path):
    organisations.create_organisation(db, OrganisationData(name_ja="ア", name_en="Aa"))
    organisations.create_organisation(db, OrganisationData(name_ja="イ", name_en="Université de Genève"))
    organisations.create_organisation(db, OrganisationData(name_ja="𠮷野家研究所"))
    out = tmp_path / "out"
    out.mkdir()
    path = out / "p.csv"
    path.write_text("before")
    with pytest.raises(ExportError) as caught:
        export.export_csv(db, "partners", path, encoding="cp932", lang="en")
    error = caught.value
    assert error.params["file"] == "p.csv"
    assert error.params["row"] == 3  # the header is row 1
    assert error.params["column"] == "English name"
    assert error.params["char"] == "é"
    assert error.params["count"] == 2
    assert "UTF-8" in str(error)
    assert path.read_text() == "before"
    assert [p.name for p in out.iterdir()] == ["p.csv"]


def test_csv_encodings_are_checked(db, tmp_path):
    with pytest.raises(ExportError):
        export.export_csv(db, "partners", tmp_path / "p.csv", encoding="latin-1")

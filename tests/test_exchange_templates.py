"""Blank templates and the error workbook, written to real files and read back with
python-calamine (values), openpyxl (styles) and the importer itself."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from db.demo.seed import load_seed
from db.exchange import columns as cols
from db.exchange.write_book import DATE_FORMAT
from db.services import organisations


def sheet_rows(path) -> list[list]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(book.sheet_names[0]).to_python(skip_empty_area=False)


@pytest.fixture
def seeded(db):
    load_seed(db)
    return db


# ---------------------------------------------------------------- blank templates


@pytest.mark.parametrize("list_kind", ["partners", "contacts", "agreements", "activities"])
def test_a_blank_template_has_the_columns_a_person_fills_in(tmp_path, list_kind):
    from db.exchange.template import write_template

    path = tmp_path / f"{list_kind}.xlsx"
    write_template(list_kind, path, lang="ja")
    wanted = [c for c in cols.columns(list_kind) if c.importable and c.type != "key"]
    rows = sheet_rows(path)
    assert rows == [[c.label("ja") for c in wanted]]
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    assert ws.freeze_panes == "A2"
    lists = {str(dv.sqref).split(":")[0] for dv in ws.data_validations.dataValidation}
    for n, column in enumerate(wanted, 1):
        letter = openpyxl.utils.get_column_letter(n)
        assert (f"{letter}2" in lists) == (column.type in ("enum", "bool")), column.field
        if column.type == "date":  # typed dates show as dates
            assert ws.column_dimensions[letter].number_format == DATE_FORMAT
        if column.type == "text":  # typed text stays text (a phone number, 0123)
            assert ws.column_dimensions[letter].number_format == "@"
    assert book.worksheets[1].max_row > len(wanted)  # the instructions name every column


def test_a_filled_template_imports_as_new_rows(db, tmp_path):
    from db.exchange import importer
    from db.exchange.template import write_template

    path = tmp_path / "partners.xlsx"
    write_template("partners", path, lang="en", era=True)
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    header = [c.value for c in ws[1]]
    row = {"Japanese name": "横浜市立大学", "English name": "+Yokohama", "Kind": "University",
           "Country": "JP", "Tags": "医学\n連携"}
    ws.append([row.get(h) for h in header])
    book.save(path)
    preview = importer.preview(db, path, "partners")
    assert [(r.action, r.errors) for r in preview.rows] == [("new", [])]
    importer.commit(db, preview)
    made = organisations.list_organisations(db).items[0]
    assert (made.name_en, made.kind, made.tags) == ("+Yokohama", "university", ["医学", "連携"])


# ---------------------------------------------------------------- the error workbook


def hand_built_preview(path) -> "Preview":
    from db.exchange.model import Preview, Problem, RowPlan

    headers = ["No.", "協定名", "締結日", "連携先", "備考"]
    bad_date = Problem("Not a date: '{text}'.", 4, "締結日", {"text": "令和99年13月"}, "signed_on")
    no_partner = Problem("There is no organisation named “{name}”; add it first (or import the partners list first).",
                         5, "連携先", {"name": "架空大学"}, "party_ids")
    missing = Problem("This field is required.", 5, "協定名", {}, "title")
    row_level = Problem("{count} records match this row by name; put the key of the one meant in the file.", 6,
                        None, {"count": 2})
    return Preview(
        path=str(path), sheet="R7 一覧", list_kind="agreements", sha256="0" * 64, headers=headers,
        mapping={0: None, 1: "title", 2: "signed_on", 3: "party_ids", 4: "notes"},
        rows=[
            RowPlan(3, "new", "良い協定", cells=[1, "良い協定", date(2020, 4, 1), "横浜市立大学", None]),
            RowPlan(4, "error", "悪い日付", errors=[bad_date], cells=[2, "悪い日付", "令和99年13月", "横浜市立大学", "=1+1"]),
            RowPlan(5, "error", "", errors=[missing, no_partner], cells=[3, None, date(2021, 5, 6), "架空大学"]),
            RowPlan(6, "error", "同名", errors=[row_level], cells=[4, "同名", None, "横浜市立大学", "+81-45"]),
        ])


def test_the_error_workbook_keeps_the_rows_and_says_what_is_wrong(tmp_path):
    from db.exchange.error_book import write_errors

    source = tmp_path / "municipal.xlsx"
    preview = hand_built_preview(source)
    path = tmp_path / "errors.xlsx"
    assert write_errors(preview, path, lang="en") == 3
    book = CalamineWorkbook.from_path(str(path))
    assert book.sheet_names[0] == "R7 一覧"
    rows = sheet_rows(path)
    assert rows[0] == [*preview.headers, "Row in the original file", "What is wrong"]
    assert [r[:5] for r in rows[1:]] == [
        [2, "悪い日付", "令和99年13月", "横浜市立大学", "=1+1"],
        [3, "", date(2021, 5, 6), "架空大学", ""],
        [4, "同名", "", "横浜市立大学", "+81-45"],
    ]
    assert [r[5] for r in rows[1:]] == [4, 5, 6]
    assert rows[1][6] == "締結日: Not a date: '令和99年13月'."
    assert rows[2][6] == ("協定名: This field is required.\n連携先: There is no organisation named “架空大学”; add it "
                          "first (or import the partners list first).")
    assert rows[3][6] == "2 records match this row by name; put the key of the one meant in the file."
    ws = openpyxl.load_workbook(path).worksheets[0]
    red = {(c.row, c.column) for row in ws.iter_rows() for c in row if c.fill.fgColor.rgb.endswith("FCE4D6")}
    assert red == {(2, 3), (3, 2), (3, 4)}
    assert ws.cell(3, 3).is_date and ws.freeze_panes == "A2"


def test_the_error_workbook_in_japanese_names_the_file(tmp_path):
    from db.exchange.error_book import write_errors

    path = tmp_path / "errors.xlsx"
    write_errors(hand_built_preview(tmp_path / "municipal.xlsx"), path, lang="ja")
    book = openpyxl.load_workbook(path)
    assert "municipal.xlsx" in book.worksheets[1]["A1"].value
    assert "municipal.xlsx" in book.properties.title


def test_errors_fixed_in_the_error_workbook_import(seeded, tmp_path):
    from db.exchange import importer
    from db.exchange.error_book import write_errors
    from tests.import_support import write_xlsx

    source = write_xlsx(tmp_path / "municipal.xlsx", [
        ["協定名", "締結日", "連携先"],
        ["良い協定", "令和2年4月1日", "神奈川県"],
        ["悪い日付の協定", "令和2年13月1日", "神奈川県"],
        ["架空の協定", "2021/5/6", "架空大学"],
    ])
    preview = importer.preview(seeded, source, "agreements")
    assert [r.action for r in preview.rows] == ["new", "error", "error"]
    path = tmp_path / "errors.xlsx"
    assert write_errors(preview, path) == 2
    again = importer.preview(seeded, path, "agreements")
    assert [r.action for r in again.rows] == ["error", "error"]
    assert [p.column for r in again.rows for p in r.errors] == [p.column for r in preview.rows for p in r.errors]
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    ws["B2"] = date(2020, 12, 1)
    ws["C3"] = "川崎市"
    book.save(path)
    fixed = importer.preview(seeded, path, "agreements")
    assert [(r.action, r.errors) for r in fixed.rows] == [("new", []), ("new", [])]


def test_a_file_name_like_a_formula_stays_text(tmp_path):
    from db.exchange.error_book import write_errors

    path = tmp_path / "errors.xlsx"
    write_errors(hand_built_preview(tmp_path / "=1+1.xlsx"), path, lang="ja")
    notes = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(1).to_python()
    assert "=1+1.xlsx" in notes[0][0] and "=1+1.xlsx" in notes[1][0]
    ws = openpyxl.load_workbook(path).worksheets[1]
    assert ws["A1"].data_type == "s" and ws["A2"].data_type == "s"


def test_a_service_rule_is_told_in_its_own_words(tmp_path):
    from db.exchange.error_book import reason
    from db.exchange.model import Problem

    rule = Problem("'{value}' is not a two-letter country code such as JP or US.", 3, "国", {"value": "Japan"},
                   "country", context="Validation")
    assert reason([rule], "en") == "国: 'Japan' is not a two-letter country code such as JP or US."
    assert "Japan" in reason([rule], "ja") and reason([rule], "ja") != reason([rule], "en")

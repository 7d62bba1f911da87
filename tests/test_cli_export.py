"""``kakehashi export`` as a person and a script use it: real files written over the demo
database and read back with python-calamine."""

from __future__ import annotations

import json

from python_calamine import CalamineWorkbook

from cli_support import demo_db, process, run  # noqa: F401 - fixtures
from db.exchange import columns as cols


def rows_of(path) -> list[list]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name(book.sheet_names[0]).to_python()


def partner_count(capsys, demo_db) -> int:
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--json")
    assert code == 0
    return len(json.loads(out))


def test_export_writes_every_partner_and_says_so(demo_db, tmp_path, capsys):
    out_file = tmp_path / "partners.xlsx"
    count = partner_count(capsys, demo_db)
    code, out, err = run(capsys, "--db", str(demo_db), "export", "partners", str(out_file))
    assert (code, err) == (0, "")
    assert out == f"Wrote {count} rows to {out_file}.\n"
    rows = rows_of(out_file)
    assert rows[0] == [c.label("en") for c in cols.columns("partners")]
    assert len(rows) == count + 1


def test_json_and_headers_in_the_language_asked(demo_db, tmp_path, capsys):
    out_file = tmp_path / "agreements.xlsx"
    code, out, err = run(capsys, "--db", str(demo_db), "--lang", "ja", "export", "agreements", str(out_file),
                         "--json", "--era")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"rows", "path"}
    assert result["path"] == str(out_file.resolve()) and result["rows"] > 0
    assert rows_of(out_file)[0] == [c.label("ja") for c in cols.columns("agreements")]


def test_only_the_ids_given(demo_db, tmp_path, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--json", "--limit", "3")
    listed = json.loads(out)
    out_file = tmp_path / "some.csv"
    ids = ",".join(str(o["id"]) for o in listed[:2])
    code, out, err = run(capsys, "--db", str(demo_db), "export", "partners", str(out_file), "--ids", ids, "--json")
    assert code == 0, err
    assert json.loads(out)["rows"] == 2
    text = out_file.read_text(encoding="utf-8-sig")
    assert listed[0]["uid"] in text and listed[1]["uid"] in text and listed[2]["uid"] not in text


def test_csv_for_older_excel(demo_db, tmp_path, capsys):
    out_file = tmp_path / "partners.csv"
    code, out, err = run(capsys, "--db", str(demo_db), "--lang", "ja", "export", "partners", str(out_file),
                         "--csv", "cp932")
    assert code == 0, err
    assert "行" in out or "rows" in out
    text = out_file.read_bytes().decode("cp932")
    assert text.splitlines()[0].split(",")[1] == cols.column("partners", "name_ja").label("ja")


def test_a_blank_template(demo_db, tmp_path, capsys):
    out_file = tmp_path / "template.xlsx"
    code, out, err = run(capsys, "--db", str(demo_db), "export", "contacts", str(out_file), "--template")
    assert code == 0, err
    assert out == f"Wrote a blank template of Contacts to {out_file}.\n"
    assert rows_of(out_file) == [[c.label("en") for c in cols.columns("contacts")
                                  if c.importable and c.type != "key"]]


def test_characters_cp932_cannot_hold_are_named(demo_db, tmp_path, capsys):
    from db.lifecycle import open_database
    from db.services.organisations import OrganisationData, create_organisation

    db = open_database(demo_db)
    try:
        create_organisation(db, OrganisationData(name_ja="ジュネーヴ大学", name_en="Université de Genève"))
    finally:
        db.close()
    out_file = tmp_path / "partners.csv"
    code, out, err = run(capsys, "--db", str(demo_db), "export", "partners", str(out_file), "--csv", "cp932")
    assert code == 1 and out == ""
    assert "“é”" in err and "English name" in err and "partners.csv" in err and "row " in err
    assert not out_file.exists()


def test_usage_mistakes(demo_db, tmp_path, capsys):
    db = ("--db", str(demo_db))
    cases = [
        (("export", "partners", str(tmp_path / "p.txt")), "ending in .xlsx or .csv"),
        (("export", "partners", str(tmp_path / "p.csv"), "--template"), "template is written as .xlsx"),
        (("export", "partners", str(tmp_path / "p.xlsx"), "--csv", "cp932"), "--csv is for .csv files"),
        (("export", "partners", str(tmp_path / "p.csv"), "--era"), "--era is for .xlsx files"),
        (("export", "partners", str(tmp_path / "p.xlsx"), "--template", "--ids", "1"), "do not go together"),
        (("export", "partners", str(tmp_path / "p.xlsx"), "--ids", "1,x"), "not a list of ids"),
        (("export", "members", str(tmp_path / "p.xlsx")), "invalid choice"),
        (("export", "partners", str(tmp_path / "no-folder" / "p.xlsx")), "Cannot write p.xlsx"),
    ]
    for args, said in cases:
        try:
            code, out, err = run(capsys, *db, *args)
        except SystemExit as stopped:  # argparse's own errors
            code, (out, err) = stopped.code, capsys.readouterr()
        assert code == 2, (args, err)
        assert said in err, (args, err)
    assert [p.name for p in tmp_path.iterdir()] == [demo_db.name]


def test_the_installed_command(demo_db, tmp_path):
    out_file = tmp_path / "activities.xlsx"
    done = process("--db", str(demo_db), "export", "activities", str(out_file), "--json")
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["path"] == str(out_file.resolve())
    assert out_file.exists()

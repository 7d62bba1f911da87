"""``kakehashi import``, ``imports`` and ``undo-import`` as a script uses them."""

from __future__ import annotations

import json

from cli_support import demo_db, run  # noqa: F401 - fixtures
from import_support import dump, partner_rows, write_xlsx


def _partners(tmp_path, name="横浜市.xlsx"):
    return write_xlsx(tmp_path / name, partner_rows(
        [1, "横浜市立大学", "Yokohama City University", "大学", "横浜市金沢区", None, None],
        [2, "神奈川県", None, None, "横浜市中区日本大通1", None, None],
    ))


def test_json_gives_counts_mapping_and_batch_then_undo_takes_it_back(demo_db, tmp_path, capsys):
    before = dump(demo_db)
    code, out, err = run(capsys, "--db", str(demo_db), "import", str(_partners(tmp_path)), "--kind", "partners",
                         "--json")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"created", "updated", "unchanged", "errors", "warnings", "mapping", "batch"}
    assert (result["created"], result["updated"], result["unchanged"], result["errors"]) == (1, 1, 0, [])
    assert result["mapping"]["団体名"] == "name_ja" and result["mapping"]["No."] is None
    assert result["batch"] == 1
    code, out, _ = run(capsys, "--db", str(demo_db), "imports", "--json")
    assert json.loads(out)[0]["file_name"] == "横浜市.xlsx"
    code, out, err = run(capsys, "--db", str(demo_db), "undo-import", "1")
    assert code == 0, err
    assert "removed 1" in out
    assert dump(demo_db) == before


def test_a_dry_run_shows_each_change_and_writes_nothing(demo_db, tmp_path, capsys):
    before = dump(demo_db)
    code, out, err = run(capsys, "--db", str(demo_db), "--lang", "ja", "import", str(_partners(tmp_path)),
                         "--kind", "partners", "--dry-run")
    assert code == 0, err
    assert "横浜市中区日本大通1" in out and "→" in out
    assert "試行のみ: 何も書き込んでいません。" in out
    assert dump(demo_db) == before


def test_rows_with_errors_exit_1_and_name_row_and_column(demo_db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "bad.xlsx", [["団体名", "種別", "ホームページ"], ["新しい団体", "大学", "not a url"]])
    before = dump(demo_db)
    code, out, _ = run(capsys, "--db", str(demo_db), "import", str(path), "--kind", "partners", "--json")
    assert code == 1
    [error] = json.loads(out)["errors"]
    assert (error["row"], error["column"]) == (2, "ホームページ")
    assert json.loads(out)["batch"] is None
    assert dump(demo_db) == before
    code, out, _ = run(capsys, "--db", str(demo_db), "import", str(path), "--kind", "partners")
    assert code == 1 and "Row 2, column “ホームページ”" in out


def test_an_unreadable_file_exits_2_with_one_line(demo_db, tmp_path, capsys):
    path = tmp_path / "list.xlsx"
    path.write_text("this is not a workbook", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(demo_db), "import", str(path), "--kind", "partners")
    assert code == 2 and out == ""
    assert "list.xlsx" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_map_overrides_a_header(demo_db, tmp_path, capsys):
    path = write_xlsx(tmp_path / "odd.xlsx", [["相手の名前", "区分"], ["横浜市立大学", "大学"]])
    code, out, err = run(capsys, "--db", str(demo_db), "import", str(path), "--kind", "partners", "--json",
                         "--map", "相手の名前=name_ja")
    assert code == 0, err
    assert json.loads(out)["mapping"]["相手の名前"] == "name_ja"
    code, _out, err = run(capsys, "--db", str(demo_db), "import", str(path), "--kind", "partners",
                          "--map", "no equals sign")
    assert code == 2 and "--map" in err


def test_undoing_twice_or_an_unknown_import_says_so_in_japanese(demo_db, tmp_path, capsys):
    run(capsys, "--db", str(demo_db), "import", str(_partners(tmp_path)), "--kind", "partners")
    assert run(capsys, "--db", str(demo_db), "undo-import", "1")[0] == 0
    code, _out, err = run(capsys, "--db", str(demo_db), "--lang", "ja", "undo-import", "1")
    assert code == 1 and "取り消し済み" in err
    code, _out, err = run(capsys, "--db", str(demo_db), "--lang", "ja", "undo-import", "9")
    assert code == 1 and "取り込み番号 9 はありません" in err

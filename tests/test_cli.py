"""The command line: output, JSON for scripts, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.cli.main import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "demo")
    assert code == 0, err
    return path


def test_demo_partners_agreements_upcoming(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--json")
    assert code == 0
    organisations = json.loads(out)
    # The 14 partners of the press release and the special member.
    assert len(organisations) == 15
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--role", "partner", "--json")
    partners = json.loads(out)
    assert len(partners) == 14
    assert {"神奈川県", "川崎市", "横浜市", "大阪府"} <= {p["name_ja"] for p in partners}
    assert "神奈川県立保健福祉大学" not in {p["name_ja"] for p in partners}
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--role", "member", "--json")
    assert [p["name_ja"] for p in json.loads(out)] == ["神奈川県立保健福祉大学"]

    code, out, _ = run(capsys, "--db", str(demo_db), "agreements", "--json")
    kanagawa = next(a for a in json.loads(out) if "神奈川県" in a["party_names"])
    assert kanagawa["signed_on"] == "2020-09-18"
    assert kanagawa["expires_on"] == "2025-09-17"

    code, out, _ = run(capsys, "--db", str(demo_db), "upcoming", "--today", "2025-06-01", "--days", "120", "--json")
    assert code == 0
    assert {"date": "2025-09-17", "kind": "expiry"}.items() <= next(
        i for i in json.loads(out) if i["kind"] == "expiry").items()


def test_json_flag_after_the_command_and_era_dates(demo_db, capsys):
    code, out, _ = run(capsys, "upcoming", "--db", str(demo_db), "--today", "令和7年6月1日", "--days", "120", "--json")
    assert code == 0 and any(i["date"] == "2025-09-17" for i in json.loads(out))


def test_human_output_is_a_table(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--search", "かながわ")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("id") and any("神奈川県" in line for line in lines[2:])
    assert lines[-1].startswith("(")


def test_other_lists(demo_db, capsys):
    for command in ("contacts", "activities", "agreements", "check", "backups"):
        code, out, err = run(capsys, "--db", str(demo_db), command)
        assert code == 0, (command, err)


def test_history(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "history")
    assert code == 0 and "Load demo data" in out
    code, out, _ = run(capsys, "--db", str(demo_db), "history", "organisation", "14", "--json")
    entries = json.loads(out)
    assert entries[0]["action"] == "create" and entries[0]["fields"]["name_ja"] == [None, "神奈川県"]
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(demo_db), "history", "organisation"])
    assert caught.value.code == 2


def test_demo_refuses_a_non_empty_database(demo_db, capsys):
    code, _, err = run(capsys, "--db", str(demo_db), "demo")
    assert code == 1
    assert err.startswith("kakehashi: error:") and len(err.strip().splitlines()) == 1


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(tmp_path / "x.sqlite3"), "upcoming", "--today", "not a date"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2


def test_unreadable_database_exits_2(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    code, _, err = run(capsys, "--db", str(junk), "partners")
    assert code == 2 and "Traceback" not in err and err.count("\n") == 1


def test_newer_database_is_refused(demo_db, capsys):
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    code, _, err = run(capsys, "--db", str(demo_db), "partners")
    assert code == 2 and "newer version" in err


def test_backup_and_restore(demo_db, capsys, tmp_path):
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "--db", str(demo_db), "backup", "--to", str(target))
    assert code == 0 and target.is_file()
    with sqlite3.connect(demo_db) as conn:
        conn.execute("DELETE FROM activity")
    code, out, _ = run(capsys, "--db", str(demo_db), "restore", str(target))
    assert code == 0
    code, out, _ = run(capsys, "--db", str(demo_db), "backups", "--json")
    assert any(b["reason"] == "before-restore" for b in json.loads(out))
    code, _, err = run(capsys, "--db", str(demo_db), "restore", str(tmp_path / "missing.sqlite3"))
    assert code == 2


def test_a_database_cannot_be_restored_from_itself(demo_db, capsys):
    code, _, err = run(capsys, "--db", str(demo_db), "restore", str(demo_db))
    assert code == 2 and "is the database itself" in err


@pytest.mark.parametrize("url", ["postgresql+nosuchdriver://localhost/k", "nosuchdb://x", "sqlite:////"])
def test_a_url_that_cannot_be_used_is_one_clear_error(url, capsys):
    code, _, err = run(capsys, "--db", url, "partners")
    assert code == 2 and err.startswith("kakehashi: error:") and "unexpected" not in err


def test_environment_variable_picks_the_database(tmp_path, capsys, monkeypatch):
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("KAKEHASHI_DB", str(path))
    code, _, _ = run(capsys, "partners")
    assert code == 0 and path.is_file()


def test_an_empty_database_says_how_to_fill_it(tmp_path, capsys):
    code, out, _ = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "partners")
    assert code == 0 and "(none)" in out and "kakehashi demo" in out
    code, out, _ = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "partners", "--search", "x")
    assert "kakehashi demo" not in out


def test_no_arguments_prints_help(capsys):
    code, out, _ = run(capsys)
    assert code == 0 and "usage: kakehashi" in out


def test_installed_script_runs_as_a_process(demo_db):
    script = Path(sys.executable).with_name("kakehashi.exe" if os.name == "nt" else "kakehashi")
    result = subprocess.run([str(script), "--db", str(demo_db), "agreements", "--json"], capture_output=True,
                            timeout=60, env={**os.environ, "PYTHONIOENCODING": "cp932"})
    assert result.returncode == 0, result.stderr
    assert any(a["expires_on"] == "2025-09-17" for a in json.loads(result.stdout.decode("utf-8")))
    bad = subprocess.run([str(script), "--db", str(demo_db), "demo"], capture_output=True, timeout=60)
    assert bad.returncode == 1 and b"Traceback" not in bad.stderr

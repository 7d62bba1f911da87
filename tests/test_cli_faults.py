"""The command line facing faults and wrong input: mistyped paths, values out of range, closed
pipes, interrupts, unusable databases — one translated line and an exit code, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest

from cli_support import ROOT, _english_system, demo_db, process, run, script  # noqa: F401 - fixtures

from db.cli.main import main


# ---------------------------------------------------------------- faults and wrong input


def test_demo_refuses_a_non_empty_database(demo_db, capsys):
    code, _, err = run(capsys, "--db", str(demo_db), "demo")
    assert code == 1
    assert err.startswith("kakehashi: error:") and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["partners"], ["agreements"], ["contacts"], ["activities"], ["memberships"],
                                     ["trash"], ["upcoming"], ["history"], ["history", "organisation", "1"],
                                     ["check"], ["trash", "restore", "organisation", "1"]])
def test_a_mistyped_path_creates_nothing(tmp_path, capsys, command):
    missing = tmp_path / "no-such-folder" / "kakehashi.sqlite3"
    code, out, err = run(capsys, "--db", str(missing), *command)
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert str(missing) in err
    assert not (tmp_path / "no-such-folder").exists()


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(tmp_path / "x.sqlite3"), "upcoming", "--today", "not a date"])
    assert caught.value.code == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
    with pytest.raises(SystemExit) as caught:
        main(["frobnicate"])
    assert caught.value.code == 2


@pytest.mark.parametrize("args", [
    ["partners", "--limit", "99999999999999999999"],
    ["partners", "--offset", "99999999999999999999"],
    ["agreements", "--partner", "99999999999999999999"],
    ["activities", "--agreement", "-1"],
    ["history", "--limit", "x"],
    ["history", "organisation", "99999999999999999999"],
    ["upcoming", "--days", "99999999"],
    ["upcoming", "--today", "9999-12-31"],
    ["upcoming", "--days", "-5"],
])
def test_values_out_of_range_are_one_line_and_exit_2(demo_db, capsys, args):
    try:
        code = main(["--db", str(demo_db), *args])
    except SystemExit as caught:
        code = caught.code
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("kakehashi") and "unexpected" not in err


def test_the_last_days_of_the_calendar_still_work(demo_db, capsys):
    code, out, err = run(capsys, "--db", str(demo_db), "upcoming", "--today", "9999-12-01", "--days", "30")
    assert code == 0, err
    code, out, err = run(capsys, "--db", str(demo_db), "agreements", "--today", "9999-12-31", "--json")
    assert code == 0 and len(json.loads(out)) == 14, err
    code, out, err = run(capsys, "--db", str(demo_db), "partners", "--limit", "1000000000", "--json")
    assert code == 0 and len(json.loads(out)) == 15


def test_undecodable_bytes_in_an_argument(demo_db, capsys):
    code, out, err = run(capsys, "--db", str(demo_db), "partners", "--search", "\udcff\udcfe")
    assert code == 2 and out == "" and len(err.splitlines()) == 1 and "\\xff\\xfe" in err
    if os.name != "nt":  # POSIX passes the raw bytes on; Python decodes them with surrogateescape
        result = process(b"--db", str(demo_db).encode(), b"partners", b"--search", b"\xff\xfe")
        assert result.returncode == 2 and b"Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) == 1


def test_a_closed_pipe_ends_quietly(tmp_path):
    path = tmp_path / "big.sqlite3"
    assert process("--db", str(path), "demo", "--size", "300").returncode == 0
    env = {**os.environ, "LANG": "en_GB.UTF-8", "PYTHONIOENCODING": "utf-8"}
    reader = subprocess.Popen([str(script()), "--db", str(path), "partners", "--json"], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env)
    assert reader.stdout.readline().strip() == b"["
    reader.stdout.close()  # like `| head -1`: the reader goes away before the output ends
    err = reader.stderr.read()
    assert reader.wait(timeout=60) == 0
    assert err == b""


def test_an_interrupt_is_one_line(tmp_path):
    import signal
    import time

    if os.name == "nt":
        pytest.skip("SIGINT is a POSIX signal")
    env = {**os.environ, "LANG": "en_GB.UTF-8"}
    # A program started in the background by a shell without job control inherits SIGINT
    # ignored, and Python then never turns it into KeyboardInterrupt: give the child the
    # default, as a terminal gives it.
    running = subprocess.Popen([str(script()), "--db", str(tmp_path / "big.sqlite3"), "demo", "--size", "400000"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(3)  # past the imports, into the writing
    running.send_signal(signal.SIGINT)
    out, err = running.communicate(timeout=120)
    if running.returncode == 0:
        pytest.skip("the machine wrote 400,000 organisations in 3 seconds")
    assert running.returncode == 1 and b"Traceback" not in err and len(err.splitlines()) == 1, err


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
    assert code == 0 and target.is_file() and out.startswith("Backed up")
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
    code, _, _ = run(capsys, "demo")
    assert code == 0 and path.is_file()
    code, out, _ = run(capsys, "partners", "--json")
    assert len(json.loads(out)) == 15


def test_an_empty_database_says_how_to_fill_it(tmp_path, capsys):
    from db.lifecycle import open_database

    open_database(tmp_path / "new.sqlite3").close()
    code, out, _ = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "partners")
    assert code == 0 and "(none)" in out and "kakehashi demo" in out
    code, out, _ = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "partners", "--search", "x")
    assert "kakehashi demo" not in out


def test_installed_script_runs_as_a_process(demo_db):
    result = subprocess.run([str(script()), "--db", str(demo_db), "agreements", "--json"], capture_output=True,
                            timeout=60, env={**os.environ, "PYTHONIOENCODING": "cp932"})
    assert result.returncode == 0, result.stderr
    assert any(a["expires_on"] == "2025-09-17" for a in json.loads(result.stdout.decode("utf-8")))
    bad = subprocess.run([str(script()), "--db", str(demo_db), "demo"], capture_output=True, timeout=60)
    assert bad.returncode == 1 and b"Traceback" not in bad.stderr
    module = subprocess.run([sys.executable, "-m", "db.cli", "--db", str(demo_db), "partners", "--limit", "1"],
                            capture_output=True, timeout=60, cwd=ROOT)
    assert module.returncode == 0 and b"(1 of 15" in module.stdout


def test_a_search_that_stopped_counting_says_so_in_the_footer(capsys):
    from db.cli.lists import _footer

    _footer("en", 2, 1000, True)
    _footer("en", 1000, 1000, True)
    _footer("en", 15, 15)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "(2 of 1,000+; use --limit and --offset for more)"
    assert out[1].startswith("(1,000 of 1,000+")
    assert out[2] == "(15)"

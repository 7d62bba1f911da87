"""The command line: output, JSON for scripts, languages, help, and the list commands."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cli_support import ROOT, _english_system, demo_db, process, run  # noqa: F401 - fixtures

from db.cli.main import main


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
    code, out, _ = run(capsys, "upcoming", "--db", str(demo_db), "--today", "令和7年6月1日", "--days", "120",
                       "--json")
    assert code == 0 and any(i["date"] == "2025-09-17" for i in json.loads(out))
    code, out, _ = run(capsys, "upcoming", "--db", str(demo_db), "--today", "R7.6.1", "--days", "120", "--json")
    assert code == 0 and any(i["date"] == "2025-09-17" for i in json.loads(out))


def test_human_output_is_a_table(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--search", "かながわ")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["id", "Japanese", "name"] and any("神奈川県" in line for line in lines[2:])
    assert "Prefecture" in out  # the kind, by its label
    assert lines[-1].startswith("(")


def test_other_lists(demo_db, capsys):
    for command in ("contacts", "activities", "agreements", "memberships", "trash", "check", "backups", "history"):
        code, out, err = run(capsys, "--db", str(demo_db), command)
        assert code == 0, (command, err)
        assert err == ""


# ---------------------------------------------------------------- language


def test_japanese_headers_and_values(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "ja", "partners", "--search", "神奈川県")
    assert code == 0
    header = out.splitlines()[0]
    assert "日本語名" in header and "英語名" in header and "種別" in header
    assert "都道府県" in out.splitlines()[2]  # the kind "prefecture", by its Japanese label
    code, out, _ = run(capsys, "--db", str(demo_db), "agreements", "--lang", "ja", "--today", "2021-01-01")
    assert code == 0 and "締結日" in out.splitlines()[0] and "有効" in out
    code, out, _ = run(capsys, "--db", str(demo_db), "memberships", "--lang", "ja")
    from db.catalogue import field_label

    tier = field_label("membership", "tier", "ja")
    assert tier != "Membership tier" and code == 0 and tier in out and "特別会員" in out


def test_japanese_messages_come_from_the_catalogue(demo_db, capsys):
    from db.cli import lists
    from db.i18n import translate

    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "ja", "partners", "--limit", "2")
    assert out.splitlines()[-1] == translate("CommandLine", lists.SOME_SHOWN, "ja").format(shown="2", total="15")
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "ja", "trash")
    assert out.strip() == translate("CommandLine", lists.TRASH_EMPTY, "ja")


def test_the_system_language_is_followed(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    code, out, _ = run(capsys, "--db", str(demo_db), "partners")
    assert code == 0 and "日本語名" in out.splitlines()[0]
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--lang", "en")
    assert "Japanese name" in out.splitlines()[0]
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    code, out, _ = run(capsys, "--db", str(demo_db), "partners")
    assert "Japanese name" in out.splitlines()[0]


def test_the_system_language_is_followed_by_the_installed_program(demo_db):
    result = process("--db", str(demo_db), "partners", lang="ja_JP.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "日本語名" in result.stdout.decode("utf-8").splitlines()[0]


@pytest.mark.parametrize("command", ["partners", "agreements", "memberships", "upcoming", "history", "trash"])
def test_json_is_the_same_in_every_language(demo_db, capsys, command):
    extra = ["--today", "2025-06-01", "--days", "365"] if command == "upcoming" else []
    _, english, _ = run(capsys, "--db", str(demo_db), command, "--json", "--lang", "en", *extra)
    _, japanese, _ = run(capsys, "--db", str(demo_db), command, "--json", "--lang", "ja", *extra)
    assert json.loads(english) == json.loads(japanese)
    if command == "partners":
        assert {"id", "name_ja", "name_en", "kind", "country", "region"} <= set(json.loads(english)[0])
        assert {o["kind"] for o in json.loads(english)} >= {"prefecture", "city"}


def test_argparse_speaks_the_users_language(capsys):
    import argparse

    from db.i18n import translate

    before = argparse._
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "ja", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(translate("CommandLine", "usage:", "ja") + " kakehashi")
    assert translate("CommandLine", "show this help message and exit", "ja") in out
    assert argparse._ is before  # put back after the parser ran
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "ja", "partners", "--role", "boss"])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and len(err.splitlines()) == 1
    error_format = translate("CommandLine", "%(prog)s: error: %(message)s", "ja")
    assert err.startswith(error_format.split("%(message)s")[0] % {"prog": "kakehashi partners"})


# ---------------------------------------------------------------- help and version


def test_version_comes_from_the_package(capsys):
    from importlib.metadata import version

    code, out, _ = run(capsys, "--version")
    assert code == 0 and out == f"kakehashi {version('kakehashi')}\n"
    result = process("--version")
    assert result.returncode == 0 and result.stdout.decode().strip() == f"kakehashi {version('kakehashi')}"


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_option_of_every_command_has_help(lang, capsys):
    import argparse

    from db.cli.language import argparse_language
    from db.cli.parser import build_parser

    with argparse_language(lang):
        parser = build_parser(lang)
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) >= {"partners", "agreements", "contacts", "memberships", "activities", "trash",
                                     "upcoming", "history", "demo", "backup", "backups", "restore", "check"}
    for action in parser._actions:
        assert action.help, action.dest
    for name, sub in commands.choices.items():
        with pytest.raises(SystemExit):
            main(["--lang", lang, name, "--help"])
        shown = capsys.readouterr().out
        for action in sub._actions:
            assert action.help and action.help != argparse.SUPPRESS, (name, action.dest)
            for option in action.option_strings or [action.metavar]:
                assert option in shown, (name, option)
        assert sub.description and sub.description.splitlines()[0].split()[0] in shown


def test_help_names_the_default_database_and_the_date_forms(capsys):
    from db.location import DEFAULT_FILE, app_data_dir

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert str(app_data_dir() / DEFAULT_FILE) in out and "$KAKEHASHI_DB" in out
    assert all(form in "".join(out.split()) for form in ("2025-06-01", "令和7年6月1日", "R7.6.1"))
    with pytest.raises(SystemExit):
        main(["upcoming", "--help"])
    assert "令和7年6月1日" in "".join(capsys.readouterr().out.split())


def test_help_imports_no_database_code():
    probe = ("import sys; from db.cli.main import main\n"
             "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
             "main(['--version'])\n"
             "heavy = ('sqlalchemy', 'alembic', 'db.models', 'db.demo.seed', 'db.services')\n"
             "print([m for m in heavy if m in sys.modules], file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60, cwd=ROOT, text=True)
    assert result.returncode == 0 and result.stderr.strip() == "[]", result.stderr


def test_a_small_command_imports_only_its_service(demo_db):
    probe = ("import sys; from db.cli.main import main\n"
             f"main(['--db', {str(demo_db)!r}, 'partners', '--limit', '1'])\n"
             "print([m for m in ('db.demo.seed', 'db.demo.synthetic', 'db.services.agreements',"
             " 'alembic') if m in sys.modules], file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, timeout=60, cwd=ROOT, text=True)
    assert result.returncode == 0 and result.stderr.strip() == "[]", result.stderr


def test_no_arguments_prints_help(capsys):
    code, out, _ = run(capsys)
    assert code == 0 and "usage: kakehashi" in out


# ---------------------------------------------------------------- demo, memberships, trash, history


def test_demo_says_what_it_made_in_one_line(tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(tmp_path / "d.sqlite3"), "demo")
    assert code == 0 and err == ""
    assert out == "Loaded the demo data: 15 organisations, 14 agreements, 1 membership.\n"
    code, out, _ = run(capsys, "--db", str(tmp_path / "j.sqlite3"), "--lang", "ja", "demo")
    from db.cli.maintenance import COUNTS, LIST_SEPARATOR, SEEDED
    from db.i18n import translate

    def ja(source: str, **params) -> str:
        return translate("CommandLine", source, "ja").format(**params)

    counts = ja(LIST_SEPARATOR).join([ja(COUNTS["organisations"][1], count="15"),
                                      ja(COUNTS["agreements"][1], count="14"),
                                      ja(COUNTS["memberships"][0], count="1")])
    assert out == ja(SEEDED, counts=counts) + "\n"


def test_demo_size_has_an_upper_bound(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(tmp_path / "d.sqlite3"), "demo", "--size", "1000001"])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and "1,000,000" in err and len(err.splitlines()) == 1
    assert not (tmp_path / "d.sqlite3").exists()


def test_synthetic_demo_data_line(tmp_path, capsys):
    code, out, _ = run(capsys, "--db", str(tmp_path / "d.sqlite3"), "demo", "--size", "20")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Loaded the demo data: 15 organisations")
    assert lines[1].startswith("Added synthetic data: 20 organisations") and len(lines) == 2


def test_memberships(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "memberships", "--json")
    [member] = json.loads(out)
    assert member["organisation_name"] == "神奈川県立保健福祉大学" and member["tier"] == "special"
    for args in (["--tier", "special"], ["--partner", str(member["organisation_id"])], ["--current"],
                 ["--current", "R7.6.1"]):
        code, out, err = run(capsys, "--db", str(demo_db), "memberships", "--json", *args)
        assert code == 0 and len(json.loads(out)) == 1, (args, err)
    for args in (["--tier", "regular"], ["--current", "1999-01-01"], ["--trash"], ["--offset", "1"]):
        code, out, _ = run(capsys, "--db", str(demo_db), "memberships", "--json", *args)
        assert code == 0 and json.loads(out) == [], args
    code, out, _ = run(capsys, "--db", str(demo_db), "memberships")
    assert "Special member" in out and "Membership tier" in out.splitlines()[0]


def test_trash_lists_restores_and_purges(demo_db, capsys):
    from db.lifecycle import open_database
    from db.services.organisations import delete_organisation

    with open_database(demo_db) as db:
        delete_organisation(db, 15)  # the special member, party to no agreement
    code, out, _ = run(capsys, "--db", str(demo_db), "trash", "--json")
    [item] = json.loads(out)
    assert (item["kind"], item["id"]) == ("organisation", 15)
    code, out, _ = run(capsys, "--db", str(demo_db), "trash")
    assert "神奈川県立保健福祉大学" in out and "organisation" in out
    code, out, _ = run(capsys, "--db", str(demo_db), "trash", "restore", "organisation", "15")
    assert code == 0 and out == "Took the organisation with id 15 out of the trash.\n"
    code, out, _ = run(capsys, "--db", str(demo_db), "trash")
    assert out == "The trash is empty.\n"
    code, _, err = run(capsys, "--db", str(demo_db), "trash", "purge", "organisation", "15")
    assert code == 1 and len(err.splitlines()) == 1  # not in the trash: a core error, in one line
    with open_database(demo_db) as db:
        delete_organisation(db, 15)
    code, out, _ = run(capsys, "--db", str(demo_db), "trash", "purge", "organisation", "15", "--json")
    assert code == 0 and json.loads(out)["action"] == "purge"
    code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--json", "--trash")
    assert json.loads(out) == []
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(demo_db), "trash", "restore", "organisation"])
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(demo_db), "trash", "empty", "organisation", "3"])
    assert caught.value.code == 2


def test_emptying_the_trash_says_what_stays(demo_db, capsys):
    from db.lifecycle import open_database
    from db.services.organisations import delete_organisation

    with open_database(demo_db) as db:
        delete_organisation(db, 14)  # Kanagawa: still a party to its MOU, so it stays
        delete_organisation(db, 15)  # the special member: goes for good
    code, out, err = run(capsys, "--db", str(demo_db), "trash", "empty")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Emptied the trash: 1 record deleted for good."  # the member (its membership with it)
    assert lines[1].startswith("Kept in the trash: the organisation with id 14.") and "神奈川県" in lines[1]
    code, out, _ = run(capsys, "--db", str(demo_db), "trash", "--json")
    assert [(i["kind"], i["id"]) for i in json.loads(out)] == [("organisation", 14)]


def test_history(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "history")
    assert code == 0 and "Load demo data" in out
    code, out, _ = run(capsys, "--db", str(demo_db), "history", "organisation", "14", "--json")
    entries = json.loads(out)
    assert entries[0]["action"] == "create" and entries[0]["fields"]["name_ja"] == [None, "神奈川県"]
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(demo_db), "history", "organisation"])
    assert caught.value.code == 2


def test_history_reads_as_sentences_in_both_languages(demo_db, capsys):
    from db.catalogue import field_label, value_label

    for lang in ("en", "ja"):
        code, out, _ = run(capsys, "--db", str(demo_db), "--lang", lang, "history", "organisation", "14")
        assert code == 0 and "神奈川県" in out and "Kanagawa Prefecture" in out
        assert field_label("organisation", "kind", lang) in out
        assert value_label("OrganisationKind", "prefecture", lang) in out
        assert "name_en" not in out and "kind:" not in out and "uid" not in out
    code, out, _ = run(capsys, "--db", str(demo_db), "--lang", "ja", "history")
    assert code == 0 and "デモデータ" in out


def test_the_collector_runs_again_once_the_command_is_loaded(demo_db, capsys):
    """The launcher pauses garbage collection while the modules load; a command that runs
    for long (an import, a large demo) must not run with it still paused."""
    import gc

    gc.disable()
    try:
        code, out, _ = run(capsys, "--db", str(demo_db), "partners", "--limit", "1")
        assert code == 0 and out
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_installed_program_collects_garbage_while_a_command_runs(demo_db, tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import gc, sys\n"
        "import desktop.launcher\n"
        "assert not gc.isenabled(), 'the launcher pauses the collector while loading'\n"
        "code = desktop.launcher.main(['--db', sys.argv[1], 'partners', '--limit', '1'])\n"
        "print(code, gc.isenabled())\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(probe), str(demo_db)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.split()[-2:] == ["0", "True"], done.stderr

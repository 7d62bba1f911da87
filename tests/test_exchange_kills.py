"""SIGKILL during real imports: the database stays intact and the batch is either wholly
there (its records, its history, its batch row) or wholly absent.

Each round copies one demo database, starts ``kakehashi import`` of a 3,000-row
workbook in a child process and kills it at a random moment — while it reads the
file, takes the backup, plans, or writes.  More rounds on request:

    KAKEHASHI_IMPORT_KILLS=100 uv run pytest -q -s tests/test_exchange_kills.py
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from contextlib import closing

import pytest

from cli_support import process, script
from import_support import write_xlsx

ROUNDS = int(os.environ.get("KAKEHASHI_IMPORT_KILLS", "0") or 0) or 8
ROWS = 3000


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("import-kills")
    db = folder / "base.sqlite3"
    done = process("--db", str(db), "demo")
    assert done.returncode == 0, done.stderr
    rows = [["団体名", "英文名", "種別", "所在地", "タグ"]]
    rows += [[f"取込試験団体{n:05d}", f"Import Test {n}", "企業", f"横浜市中区{n}", "取込試験"] for n in range(ROWS)]
    book = write_xlsx(folder / "partners.xlsx", rows)
    return db, book


def _state(path) -> tuple[str, int, int, int, int]:
    """(integrity, imported records, batches, records the batches say they created, their history rows)"""
    with closing(sqlite3.connect(path)) as conn:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        orgs = conn.execute("SELECT count(*) FROM organisation WHERE name_ja LIKE '取込試験団体%'").fetchone()[0]
        batches = conn.execute("SELECT count(*), coalesce(sum(created), 0) FROM import_batch").fetchone()
        history = conn.execute("SELECT count(*) FROM change WHERE label LIKE '取込試験団体%'").fetchone()[0]
        return verdict, orgs, batches[0], batches[1], history


def test_a_killed_import_leaves_the_batch_whole_or_absent(base, tmp_path):
    db, book = base
    shutil.copy(db, tmp_path / "timing.sqlite3")
    started = time.monotonic()
    full = process("--db", str(tmp_path / "timing.sqlite3"), "import", str(book), "--kind", "partners")
    full_run = time.monotonic() - started
    assert full.returncode == 0, full.stderr
    assert _state(tmp_path / "timing.sqlite3")[1:4] == (ROWS, 1, ROWS)
    rng = random.Random(7)
    outcomes = {"absent": 0, "whole": 0}
    for round_ in range(ROUNDS):
        target = tmp_path / f"round{round_}.sqlite3"
        shutil.copy(db, target)
        child = subprocess.Popen([str(script()), "--db", str(target), "import", str(book), "--kind", "partners"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, full_run * 1.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        verdict, orgs, batches, created, history = _state(target)
        assert verdict == "ok", f"round {round_}: {verdict}"
        if batches:
            assert (orgs, batches, created) == (ROWS, 1, ROWS), f"round {round_}"
            assert history == ROWS  # one create change per record
            outcomes["whole"] += 1
        else:
            assert (orgs, history) == (0, 0), f"round {round_}: {orgs} records without their batch"
            outcomes["absent"] += 1
    print(f"\n{ROUNDS} kills of a {ROWS}-row import: {outcomes} (a full import took {full_run:.1f} s)")
    assert sum(outcomes.values()) == ROUNDS

"""A busy, full, failing, read-only, missing or damaged database, on real files and
real processes: every fault comes out in words a person can act on."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from db import backup, faults, migrate
from db.demo.seed import PARTNERS
from db.errors import DatabaseBusy, DatabaseError, ReadOnlyDatabase, StorageFault
from db.lifecycle import open_database
from db.location import resolve
from db.models import Organisation, OrganisationKind
from db.services.integrity import check_database

CHILD = Path(__file__).with_name("fault_child.py")
ROOT = Path(__file__).resolve().parents[1]


def add_organisation(database, name: str) -> None:
    with database.transaction(f"add {name}") as session:
        session.add(Organisation(name_ja=name, kind=OrganisationKind.UNIVERSITY))


def names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)) as conn:
        return [r[0] for r in conn.execute("SELECT name_ja FROM organisation ORDER BY id")]


def files_of(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


@contextmanager
def child(*args: str, ready: str):
    """A process from fault_child.py, running until the block ends."""
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline().strip()
        assert line == ready, f"child said {line!r}"
        yield proc
    finally:
        proc.kill()
        proc.wait()


def run(cmd: list[str]) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


# ---------------------------------------------------------------- busy


def test_opening_and_reading_do_not_wait_for_a_writer(db_path):
    open_database(db_path).close()
    with child("hold", str(db_path), "30", ready="locked"):
        started = time.monotonic()
        with open_database(db_path, create=False) as database, database.reading() as session:
            assert session.query(Organisation).count() == 0
        assert time.monotonic() - started < 2.0  # no busy wait: the write lock was never asked for


def test_a_write_that_waits_too_long_is_busy_and_writes_nothing(db_path):
    open_database(db_path).close()
    with child("hold", str(db_path), "30", ready="locked"):
        with open_database(db_path, busy_timeout_ms=300) as database:
            started = time.monotonic()
            with pytest.raises(DatabaseBusy) as raised:
                add_organisation(database, "京都大学")
            assert time.monotonic() - started < 5.0
    text = str(raised.value)
    assert "busy with another person's save" in text and "Nothing was lost" in text
    assert str(db_path) in text
    assert names_in(db_path) == []


def test_the_default_wait_is_bounded():
    from db.engine import BUSY_TIMEOUT_MS

    assert 1_000 <= BUSY_TIMEOUT_MS <= 10_000


# ---------------------------------------------------------------- disk full


@pytest.fixture
def small_disk(tmp_path):
    """A 2 MB file system (tmpfs); skipped where this machine cannot mount one."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    if not shutil.which("mount") or not run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)]):
        pytest.skip("cannot mount a small file system here (needs root and mount); disk full not tested")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_disk_full_says_so_and_keeps_what_was_saved(small_disk):
    path = small_disk / "kakehashi.sqlite3"
    with open_database(path) as database:
        add_organisation(database, "東北大学")
        with pytest.raises(StorageFault) as raised:
            for n in range(100_000):  # until the disk is full
                with database.transaction("fill") as session:
                    session.add_all(Organisation(name_ja=f"組織{n}-{i}", kind=OrganisationKind.OTHER,
                                                 notes="x" * 2000) for i in range(20))
        assert str(raised.value) == (f"The disk holding {path} is full; nothing was saved. "
                                     "Free some space and try again.")
        with database.reading() as session:
            saved = session.query(Organisation).count()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM organisation").fetchone()[0] == saved
    assert names_in(path)[0] == "東北大学"


# ---------------------------------------------------------------- how SQLite's codes read


@pytest.mark.parametrize(("code", "kind", "words"), [
    (5, DatabaseBusy, "busy"), (6, DatabaseBusy, "busy"), (5 | (2 << 8), DatabaseBusy, "busy"),
    (15, DatabaseBusy, "busy"), (13, StorageFault, "is full"),
    (10, StorageFault, "input/output error"), (10 | (3 << 8), StorageFault, "input/output error"),
    (3, StorageFault, "may not write"), (8, ReadOnlyDatabase, "read-only"), (11, DatabaseError, "damaged"),
    (26, DatabaseError, "not a Kakehashi database"),
])
def test_result_codes_become_plain_words(code, kind, words):
    # Raised by SQLite itself, then given the code a fault would carry.
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM nowhere")
    except sqlite3.OperationalError as exc:
        exc.sqlite_errorcode = code
        error = faults.translate(exc, "/data/k.sqlite3")
    assert type(error) is kind
    assert words in str(error) and "/data/k.sqlite3" in str(error)


def test_programming_errors_are_not_disguised(db):
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    with pytest.raises(OperationalError, match="no such table"), db.reading() as session:
        session.execute(text("SELECT * FROM nowhere"))


# ---------------------------------------------------------------- read-only


def test_read_only_on_request_reads_and_refuses_writes_untouched(db_path):
    with open_database(db_path) as database:
        add_organisation(database, "東京大学")
    # A rollback-journal file shows that opening read-only switches nothing to WAL.
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    before = files_of(db_path)
    with open_database(db_path, read_only=True) as database:
        assert database.read_only
        assert "mode=ro" in str(database.engine.url)
        with database.reading() as session:
            assert [o.name_ja for o in session.query(Organisation)] == ["東京大学"]
        with pytest.raises(ReadOnlyDatabase, match="open read-only; changes cannot be saved"):
            add_organisation(database, "京都大学")
    assert files_of(db_path) == before


def test_read_only_connection_refuses_writes_by_itself(db_path):
    open_database(db_path).close()
    with open_database(db_path, read_only=True) as database:
        database.read_only = False  # past the early refusal: SQLite itself must refuse
        with pytest.raises(ReadOnlyDatabase):
            add_organisation(database, "京都大学")
    assert names_in(db_path) == []


def test_read_only_does_not_create_a_missing_file(tmp_path):
    missing = tmp_path / "nowhere" / "k.sqlite3"
    with pytest.raises(DatabaseError, match="There is no Kakehashi database at"):
        open_database(missing, read_only=True)
    assert not missing.parent.exists()


@pytest.fixture
def immutable_file(db_path):
    """A file even root cannot write (chattr +i); skipped where the file system has no such flag."""
    with open_database(db_path) as database:
        add_organisation(database, "大阪大学")
    if not shutil.which("chattr") or not run(["chattr", "+i", str(db_path)]):
        pytest.skip("chattr +i is not available here; a read-only file is tested through read_only=True only")
    yield db_path
    run(["chattr", "-i", str(db_path)])


def test_a_file_that_cannot_be_written_opens_read_only_with_a_warning(immutable_file, caplog):
    with open_database(immutable_file) as database:
        assert database.read_only
        assert database.warnings == [f"{immutable_file} is read-only; changes cannot be saved."]
        with database.reading() as session:
            assert [o.name_ja for o in session.query(Organisation)] == ["大阪大学"]
        with pytest.raises(ReadOnlyDatabase):
            add_organisation(database, "京都大学")
    assert names_in(immutable_file) == ["大阪大学"]


@pytest.fixture
def read_only_folder(tmp_path):
    """A database in a folder mounted read-only (a bind mount); skipped where mounting is not allowed."""
    source = tmp_path / "rw"
    source.mkdir()
    with open_database(source / "k.sqlite3") as database:
        add_organisation(database, "名古屋大学")
    view = tmp_path / "ro"
    view.mkdir()
    if not run(["mount", "--bind", str(source), str(view)]):
        pytest.skip("cannot bind-mount here; a read-only folder is tested through read_only=True only")
    if not run(["mount", "-o", "remount,bind,ro", str(view)]):
        run(["umount", str(view)])
        pytest.skip("cannot remount read-only here")
    yield view / "k.sqlite3"
    run(["umount", "-l", str(view)])


def test_a_wal_database_in_a_read_only_folder_can_be_read(read_only_folder):
    assert not Path(f"{read_only_folder}-shm").exists()  # the index WAL readers need cannot be made
    with open_database(read_only_folder, create=False) as database:
        assert database.read_only
        with database.reading() as session:
            assert [o.name_ja for o in session.query(Organisation)] == ["名古屋大学"]
        with pytest.raises(ReadOnlyDatabase):
            add_organisation(database, "京都大学")
        report = check_database(database)
    assert report.ok, report.problems
    # A backup of it goes elsewhere, copied from the read-only file.
    target = read_only_folder.parent.parent / "copy.sqlite3"
    made = backup.take_backup(resolve(read_only_folder), target=target)
    assert names_in(made.path) == ["名古屋大学"]


# ---------------------------------------------------------------- missing


def test_create_false_refuses_a_missing_file_and_creates_nothing(tmp_path):
    missing = tmp_path / "typo" / "deeper" / "kakehashi.sqlite3"
    with pytest.raises(DatabaseError) as raised:
        open_database(missing, create=False)
    assert str(raised.value) == f"There is no Kakehashi database at {missing}."
    assert list(tmp_path.iterdir()) == []


def test_create_false_in_an_existing_folder_leaves_no_file(tmp_path):
    missing = tmp_path / "kakehashi.sqlite3"
    with pytest.raises(DatabaseError, match="There is no Kakehashi database"):
        open_database(missing, create=False)
    assert list(tmp_path.iterdir()) == []


def test_create_false_opens_an_existing_database(db_path):
    open_database(db_path).close()
    with open_database(db_path, create=False) as database:
        assert not database.read_only


# ---------------------------------------------------------------- start-up


def test_head_constant_is_alembics_head():
    assert migrate.HEAD == migrate.head_revision()


def test_opening_an_up_to_date_database_does_not_load_alembic(db_path):
    open_database(db_path).close()
    code = ("import sys; from db.lifecycle import open_database; "
            f"open_database({str(db_path)!r}, create=False).close(); print(any(m.startswith('alembic') "
            "for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- damaged and foreign files


def damage_a_page(path: Path) -> None:
    """Overwrite a page in the middle of the organisation table with noise."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'organisation'").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d" + os.urandom(page_size - 1))  # a leaf page of nonsense


def test_check_reports_a_damaged_page(db_path):
    with open_database(db_path) as database:
        for n in range(50):
            add_organisation(database, f"組織{n}")
    damage_a_page(db_path)
    with open_database(db_path, create=False) as database:
        report = check_database(database)
    assert not report.ok
    assert any(p.startswith("damage:") for p in report.problems), report.problems
    # Each finding keeps its template, so it can be shown in the person's language.
    from db.i18n import fill
    from db.services.integrity import DAMAGE

    found = next(p for p in report.problems if p.message == DAMAGE)
    assert fill(found.context, found.message, found.params, "en") == found


def test_a_damaged_file_refuses_a_write_in_plain_words(db_path):
    with open_database(db_path) as database:
        for n in range(50):
            add_organisation(database, f"組織{n}")
    damage_a_page(db_path)
    with open_database(db_path, create=False) as database, pytest.raises(DatabaseError) as raised:
        with database.reading() as session:
            session.query(Organisation).all()
    assert "is damaged" in str(raised.value)


def test_a_file_that_is_not_sqlite_is_named_so(db_path):
    db_path.write_bytes(b"%PDF-1.7 not a database\n" * 300)
    with pytest.raises(DatabaseError, match="is not a Kakehashi database"):
        open_database(db_path, create=False)


# ---------------------------------------------------------------- demo data, twice at once


def test_two_demo_loads_at_once_load_it_once(db_path):
    open_database(db_path).close()
    procs = [subprocess.Popen([sys.executable, str(CHILD), "seed", str(db_path)], stdout=subprocess.PIPE, text=True,
                              cwd=ROOT) for _ in range(3)]
    said = sorted(p.communicate(timeout=120)[0].strip() for p in procs)
    assert said == ["not empty", "not empty", "seeded"]
    with open_database(db_path) as database, database.reading() as session:
        assert session.query(Organisation).count() == len(PARTNERS) + 2


def test_seeding_only_if_empty_adds_nothing_to_a_filled_database(db):
    from db.demo.seed import load_seed

    assert load_seed(db, if_empty=True).organisations == len(PARTNERS) + 2
    assert load_seed(db, if_empty=True) is None
    with db.reading() as session:
        assert session.query(Organisation).count() == len(PARTNERS) + 2

"""Backups and restores of real database files."""

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

from db import backup, migrate
from db.engine import make_engine
from db.errors import DatabaseBusy, DatabaseError, StorageFault
from db.lifecycle import open_database, restore_database
from db.location import resolve
from db.models import Organisation, OrganisationKind


def add_organisation(database, name: str) -> None:
    with database.transaction(f"add {name}") as session:
        session.add(Organisation(name_ja=name, kind=OrganisationKind.UNIVERSITY))


def names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT name_ja FROM organisation ORDER BY id")]


def names_in_main_file_only(path: Path) -> list[str]:
    """What a reader sees when it ignores the write-ahead log."""
    with closing(sqlite3.connect(f"file:{path.as_posix()}?immutable=1", uri=True)) as conn:
        try:
            return [r[0] for r in conn.execute("SELECT name_ja FROM organisation ORDER BY id")]
        except sqlite3.OperationalError:  # not even the table has been checkpointed yet
            return []


def revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def integrity_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def snapshot(path: Path) -> dict[str, bytes]:
    found = {}
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-journal")):
        if candidate.exists():
            found[candidate.name] = candidate.read_bytes()
    return found


# ---------------------------------------------------------------- taking backups


def test_backup_of_an_open_database_includes_uncheckpointed_wal(db):
    add_organisation(db, "東北大学")
    add_organisation(db, "九州大学")
    wal = Path(f"{db.location.path}-wal")
    # The database is still open and the rows are only in the write-ahead log so far.
    assert wal.is_file() and wal.stat().st_size > 0
    assert names_in_main_file_only(db.location.path) == []

    taken = backup.take_backup(db.location)

    assert taken.path.is_file()
    assert taken.path.parent == db.location.backups_dir
    assert taken.reason == "manual"
    assert taken.size == taken.path.stat().st_size > 0
    assert integrity_of(taken.path) == "ok"
    assert names_in(taken.path) == ["東北大学", "九州大学"]
    assert revision_of(taken.path) == migrate.head_revision()
    _, live_counts = backup.integrity(db.location.path)
    verdict, copy_counts = backup.integrity(taken.path)
    assert verdict == "ok"
    assert copy_counts == live_counts
    # The copy is one self-contained file: nothing else is left in the backups folder.
    assert sorted(p.name for p in db.location.backups_dir.iterdir()) == [taken.path.name]
    # The database stays usable.
    add_organisation(db, "北海道大学")
    assert names_in(db.location.path) == ["東北大学", "九州大学", "北海道大学"]


def test_backup_to_an_explicit_target(db, tmp_path):
    add_organisation(db, "筑波大学")
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    taken = backup.take_backup(db.location, target=target)
    assert taken.path == target
    assert names_in(target) == ["筑波大学"]
    assert backup.list_backups(db.location) == []


def test_list_backups_newest_first(db):
    taken = [backup.take_backup(db.location, reason=reason).path
             for reason in ("first", "second", "third")]
    listed = backup.list_backups(db.location)
    assert [b.path for b in listed] == list(reversed(taken))
    assert [b.reason for b in listed] == ["third", "second", "first"]


def test_list_backups_ignores_other_files(db):
    backup.take_backup(db.location)
    folder = db.location.backups_dir
    (folder / "notes.txt").write_text("x")
    (folder / "other-20240101-000000-manual.sqlite3").write_bytes(b"")
    (folder / "random.sqlite3").write_bytes(b"")
    listed = backup.list_backups(db.location)
    assert len(listed) == 1
    assert listed[0].path.name.startswith("kakehashi-")


def test_rotation_keeps_only_the_newest(db):
    taken = []
    for n in range(6):
        add_organisation(db, f"org {n}")
        taken.append(backup.take_backup(db.location, reason="auto", keep=3).path)
    listed = backup.list_backups(db.location)
    assert [b.path for b in listed] == list(reversed(taken[-3:]))
    assert sorted(db.location.backups_dir.glob("*.sqlite3")) == sorted(taken[-3:])
    # The newest backup holds the newest data.
    assert len(names_in(listed[0].path)) == 6


def test_rotate_returns_what_it_removed(db):
    taken = [backup.take_backup(db.location, reason="auto").path for _ in range(4)]
    removed = backup.rotate(db.location, keep=1)
    assert sorted(removed) == sorted(taken[:3])
    assert [b.path for b in backup.list_backups(db.location)] == [taken[3]]


def test_backup_of_a_missing_file_is_refused(tmp_path):
    location = resolve(tmp_path / "absent.sqlite3")
    with pytest.raises(DatabaseError, match="no database file"):
        backup.take_backup(location)
    assert not location.backups_dir.exists()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_backup_of_an_in_memory_database_is_refused(url):
    with pytest.raises(DatabaseError, match="SQLite database files only"):
        backup.take_backup(resolve(url))


def test_integrity_of_a_non_sqlite_file(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all " * 100)
    with pytest.raises(DatabaseError, match="not a SQLite database"):
        backup.integrity(junk)


# ---------------------------------------------------------------- restoring


def test_restore_brings_back_the_data_and_keeps_a_safety_backup(db):
    add_organisation(db, "岡山大学")
    saved = backup.take_backup(db.location).path
    add_organisation(db, "広島大学")
    with db.transaction("rename") as session:
        session.query(Organisation).filter_by(name_ja="岡山大学").one().name_ja = "改名"
    location = db.location
    db.close()

    safety = restore_database(location, saved)

    assert names_in(location.path) == ["岡山大学"]
    assert integrity_of(location.path) == "ok"
    assert safety is not None and "before-restore" in safety.name
    assert names_in(safety) == ["改名", "広島大学"]
    assert safety in [b.path for b in backup.list_backups(location)]
    with open_database(location.path) as reopened:
        with reopened.reading() as session:
            assert [o.name_ja for o in session.query(Organisation)] == ["岡山大学"]
        add_organisation(reopened, "香川大学")
    assert names_in(location.path) == ["岡山大学", "香川大学"]


def test_restore_into_a_missing_file(tmp_path, db):
    add_organisation(db, "新潟大学")
    saved = backup.take_backup(db.location).path
    target = resolve(tmp_path / "fresh" / "new.sqlite3")
    target.path.parent.mkdir()
    assert restore_database(target, saved) is None
    assert names_in(target.path) == ["新潟大学"]


def _assert_refused(db, source: Path, match: str) -> None:
    add_organisation(db, "静岡大学")
    location = db.location
    db.close()
    before = snapshot(location.path)
    names_before = names_in(location.path)
    backups_before = backup.list_backups(location)
    with pytest.raises(DatabaseError, match=match):
        restore_database(location, source)
    assert snapshot(location.path) == before
    assert backup.list_backups(location) == backups_before
    assert names_in(location.path) == names_before
    assert names_before[-1] == "静岡大学"


def test_restoring_a_damaged_file_is_refused(db, tmp_path):
    add_organisation(db, "信州大学")
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(backup.take_backup(db.location).path, damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    data[page:] = bytes((i * 37 + 11) % 256 for i in range(len(data) - page))
    damaged.write_bytes(bytes(data))
    _assert_refused(db, damaged, "damaged|not a SQLite")


def test_restoring_a_non_sqlite_file_is_refused(db, tmp_path):
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("Dear colleagues,\n" * 300)
    _assert_refused(db, letter, "not a SQLite database")


def test_restoring_a_missing_file_is_refused(db, tmp_path):
    _assert_refused(db, tmp_path / "nowhere.sqlite3", "no database file")


def test_restoring_a_foreign_database_is_refused(db, tmp_path):
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE recipes (title TEXT)")
        conn.commit()
    _assert_refused(db, foreign, "not a Kakehashi database")


def test_restoring_an_empty_sqlite_file_is_refused(db, tmp_path):
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    _assert_refused(db, empty, "not a Kakehashi database|not a SQLite")


def test_restoring_a_newer_schema_is_refused(db, tmp_path):
    newer = tmp_path / "newer.sqlite3"
    backup.take_backup(db.location, target=newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    _assert_refused(db, newer, "newer version")


def test_restoring_an_older_backup_migrates_it(db, tmp_path):
    old = tmp_path / "old.sqlite3"
    engine = make_engine(resolve(old).url)
    try:
        migrate.upgrade(engine, "0001")
    finally:
        engine.dispose()
    with closing(sqlite3.connect(old)) as conn:
        conn.execute(
            "INSERT INTO organisation (name_ja, kind, country, search_text, sort_key, uid, created_at, updated_at)"
            " VALUES ('金沢大学', 'university', 'JP', '', '', 'u-1', '2024-01-01', '2024-01-01')"
        )
        conn.commit()
    add_organisation(db, "現在のデータ")
    location = db.location
    db.close()

    safety = restore_database(location, old)

    assert revision_of(location.path) == migrate.head_revision()
    assert names_in(location.path) == ["金沢大学"]
    assert names_in(safety) == ["現在のデータ"]
    reasons = {b.reason for b in backup.list_backups(location)}
    assert {"before-restore", "before-migration-0001"} <= reasons
    with open_database(location.path) as reopened:
        add_organisation(reopened, "後から")
    assert names_in(location.path) == ["金沢大学", "後から"]


# ---------------------------------------------------------------- a database in use

CHILD = Path(__file__).with_name("fault_child.py")
ROOT = Path(__file__).resolve().parents[1]


@contextmanager
def child(*args: str, ready: str):
    """A process from fault_child.py, running until the block ends."""
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert proc.stdout.readline().strip() == ready
        yield proc
    finally:
        proc.kill()
        proc.wait()


def no_partials(folder: Path) -> bool:
    return not list(folder.rglob("*.partial*")) if folder.exists() else True


def test_backups_succeed_while_another_process_writes_continuously(db):
    add_organisation(db, "東北大学")
    with child("writer", str(db.location.path), ready="writing"):
        taken = [backup.take_backup(db.location, reason="manual") for _ in range(15)]
        pre = backup.take_backup(db.location, reason="before-restore")
    rows = []
    for made in [*taken, pre]:
        verdict, counts = backup.integrity(made.path)
        assert verdict == "ok"
        rows.append(counts["scribble"])
    assert rows == sorted(rows) and rows[-1] > rows[0]  # the writer really wrote meanwhile
    assert no_partials(db.location.backups_dir)


def test_migration_backup_while_another_process_writes(db_path):
    engine = make_engine(resolve(db_path).url)
    try:
        migrate.upgrade(engine, "0001")
    finally:
        engine.dispose()
    # Many writes a second: the backup must pass its check, and the migration then
    # gets the write lock between two of them.
    with child("writer", str(db_path), "0.05", ready="writing"):
        with open_database(db_path) as database:
            assert migrate.current_revision(database.engine) == migrate.HEAD
    taken = [b for b in backup.list_backups(resolve(db_path)) if b.reason == "before-migration-0001"]
    assert len(taken) == 1 and backup.integrity(taken[0].path)[0] == "ok"


def test_restore_waits_a_bounded_time_for_a_writer_and_changes_nothing(db):
    add_organisation(db, "琉球大学")
    saved = backup.take_backup(db.location).path
    add_organisation(db, "沖縄大学")
    location = db.location
    db.close()
    with child("hold", str(location.path), "60", ready="locked"):
        started = time.monotonic()
        with pytest.raises(DatabaseBusy, match="stayed busy with other people's saves"):
            restore_database(location, saved, wait=1.0)
        assert time.monotonic() - started < 15
    assert names_in(location.path) == ["琉球大学", "沖縄大学"]
    assert integrity_of(location.path) == "ok"


def test_restore_after_a_writer_lets_go(db):
    add_organisation(db, "琉球大学")
    saved = backup.take_backup(db.location).path
    add_organisation(db, "沖縄大学")
    location = db.location
    db.close()
    with child("hold", str(location.path), "1", ready="locked"):
        restore_database(location, saved, wait=20)
    assert names_in(location.path) == ["琉球大学"]


# ---------------------------------------------------------------- failures leave nothing behind


def test_backup_of_a_non_sqlite_file_is_a_clear_message_and_leaves_nothing(tmp_path):
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("Dear colleagues,\n" * 300)
    location = resolve(letter)
    with pytest.raises(DatabaseError) as raised:
        backup.take_backup(location)
    assert str(raised.value) == f"{letter} is not a SQLite database file."
    assert list(location.backups_dir.iterdir()) == []


def test_backup_of_a_damaged_file_fails_its_check_and_leaves_nothing(db, tmp_path):
    for n in range(60):
        add_organisation(db, f"組織{n}")
    db.close()
    path = db.location.path
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'organisation'").fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * 4096)
        handle.write(b"\x0d" + bytes(range(256)) * 15)
    with pytest.raises(DatabaseError, match="damaged|failed its check"):
        backup.take_backup(db.location)
    assert [p.name for p in db.location.backups_dir.iterdir()] == []


def test_stale_partials_are_swept_and_fresh_ones_left(db):
    folder = db.location.backups_dir
    folder.mkdir()
    stale = folder / "kakehashi-20240101-000000-manual.sqlite3.partial"
    stale_journal = folder / "kakehashi-20240101-000000-manual.sqlite3.partial-journal"
    fresh = folder / "kakehashi-20240101-000001-manual.sqlite3.partial"
    for path in (stale, stale_journal, fresh):
        path.write_bytes(b"half")
    old = time.time() - 2 * backup.STALE_PARTIAL_SECONDS
    os.utime(stale, (old, old))
    os.utime(stale_journal, (old, old))
    backup.take_backup(db.location)
    assert not stale.exists() and not stale_journal.exists()
    assert fresh.exists()  # perhaps another backup running right now


def test_backup_onto_a_full_disk_says_so_and_leaves_nothing(db, tmp_path):
    small = tmp_path / "small"
    small.mkdir()
    if not shutil.which("mount") or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(small)],
                                                   capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root and mount); disk full not tested")
    try:
        with db.transaction("fill") as session:
            session.add_all(Organisation(name_ja=f"組織{n}", kind=OrganisationKind.OTHER, notes="x" * 1000)
                            for n in range(400))
        with pytest.raises(StorageFault, match="is full; nothing was saved"):
            backup.take_backup(db.location, target=small / "copy.sqlite3")
        assert list(small.iterdir()) == []
    finally:
        subprocess.run(["umount", "-l", str(small)], check=False)


# ---------------------------------------------------------------- what rotation removes


def test_rotation_keeps_manual_and_safety_backups(db):
    kept = [backup.take_backup(db.location, reason=reason).path
            for reason in ("manual", "before-migration-0003", "before-restore")]
    automatic = [backup.take_backup(db.location, reason=backup.AUTOMATIC, keep=2).path for _ in range(5)]
    assert backup.rotate(db.location, keep=2) == []
    left = {b.path for b in backup.list_backups(db.location)}
    assert left == {*kept, *automatic[-2:]}


def test_manual_backups_never_rotate(db):
    taken = [backup.take_backup(db.location, reason="manual", keep=1).path for _ in range(4)]
    assert {b.path for b in backup.list_backups(db.location)} == set(taken)

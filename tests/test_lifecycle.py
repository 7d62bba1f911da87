"""Opening a database: location, connection rules, migrations and refusals, on real files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from db import migrate
from db.derived import include_name
from db.engine import make_engine
from db.errors import DatabaseError
from db.lifecycle import open_database
from db.location import DEFAULT_FILE, ENV_VAR, resolve
from db.models import Base, Organisation, OrganisationKind

FIRST = "0001"


# ---------------------------------------------------------------- helpers


def revision_of(path: Path) -> str | None:
    with closing(sqlite3.connect(path)) as conn:
        has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
        if not has:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def tables_of(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def make_at_revision(path: Path, revision: str) -> None:
    engine = make_engine(resolve(path).url)
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()


def insert_organisation(path: Path, name: str = "東京大学") -> None:
    """A row written the way revision 0001 stores it, without the ORM."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "INSERT INTO organisation (name_ja, kind, country, search_text, sort_key, uid, created_at, updated_at)"
            " VALUES (?, 'university', 'JP', '', '', ?, '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
            (name, f"uid-{name}"),
        )
        conn.commit()


def organisation_names(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT name_ja FROM organisation ORDER BY id")]


def snapshot(path: Path) -> dict[str, bytes]:
    """The bytes of the database file and of any journal beside it."""
    found = {}
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if candidate.exists():
            found[candidate.name] = candidate.read_bytes()
    return found


def backups_in(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.sqlite3")) if folder.is_dir() else []


# ---------------------------------------------------------------- a new database


def test_new_file_is_created_and_migrated_to_head(db_path):
    assert not db_path.exists()
    with open_database(db_path) as database:
        assert database.location.path == db_path.resolve()
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    assert db_path.is_file()
    assert revision_of(db_path) == migrate.head_revision()
    assert set(Base.metadata.tables) <= tables_of(db_path)
    # Nothing existed before, so there was nothing to back up.
    assert backups_in(resolve(db_path).backups_dir) == []


def test_opening_a_database_at_head_again_changes_nothing(db_path):
    open_database(db_path).close()
    with open_database(db_path) as database:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    assert backups_in(resolve(db_path).backups_dir) == []


def test_connection_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar().lower() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_reading_sessions_use_the_same_pragmas(db):
    with db.reading() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_foreign_key_violation_is_refused(db):
    with pytest.raises(Exception, match="FOREIGN KEY constraint failed"):
        with db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO contact (organisation_id, is_primary, search_text, sort_key, uid, created_at, updated_at)"
                " VALUES (4242, 0, '', '', 'c-1', '2024-01-01', '2024-01-01')"
            )
    with closing(sqlite3.connect(db.location.path)) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0


def _other_writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    return conn


def test_write_transactions_take_the_write_lock_at_begin(db):
    with db.transaction("hold the lock") as session:
        # Only a read: a deferred BEGIN would not hold the write lock yet; BEGIN IMMEDIATE does.
        session.execute(text("SELECT count(*) FROM organisation")).scalar()
        with closing(_other_writer(db.location.path)) as other:
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
    # Once the transaction is over, another writer gets in.
    with closing(_other_writer(db.location.path)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")


def test_reading_session_does_not_block_a_writer(db):
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM organisation")).scalar() == 0
        with closing(_other_writer(db.location.path)) as other:
            other.execute("BEGIN IMMEDIATE")
            other.execute(
                "INSERT INTO tag (name) VALUES ('written while a reader is open')"
            )
            other.execute("COMMIT")
        # The reader keeps its snapshot.
        assert session.execute(text("SELECT count(*) FROM tag")).scalar() == 0
    with db.reading() as session:
        assert session.execute(text("SELECT count(*) FROM tag")).scalar() == 1


def test_transaction_commits_and_rolls_back(db):
    with db.transaction("add") as session:
        session.add(Organisation(name_ja="京都大学", kind=OrganisationKind.UNIVERSITY))
    with pytest.raises(RuntimeError):
        with db.transaction("add then fail") as session:
            session.add(Organisation(name_ja="消える", kind=OrganisationKind.UNIVERSITY))
            session.flush()
            raise RuntimeError("boom")
    assert organisation_names(db.location.path) == ["京都大学"]


def test_models_match_the_migrations(db):
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_models_match_the_migrations_is_a_real_check(db):
    """The comparison above would see a table the migrations do not create."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE organisation_tag")
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn, opts={"include_name": include_name}),
                                       Base.metadata)
    assert any(diff[0] == "add_table" and diff[1].name == "organisation_tag" for diff in differences)


# ---------------------------------------------------------------- migrating existing data


def test_migration_from_the_first_revision_keeps_data_and_backs_up_first(db_path):
    make_at_revision(db_path, FIRST)
    assert revision_of(db_path) == FIRST
    assert "agreement" not in tables_of(db_path)
    insert_organisation(db_path, "大阪大学")

    with open_database(db_path) as database:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        with database.reading() as session:
            assert [o.name_ja for o in session.query(Organisation)] == ["大阪大学"]

    assert revision_of(db_path) == migrate.head_revision()
    assert set(Base.metadata.tables) <= tables_of(db_path)
    assert organisation_names(db_path) == ["大阪大学"]

    backups = list(resolve(db_path).backups_dir.glob(f"*before-migration-{FIRST}*"))
    assert len(backups) == 1
    taken = backups[0]
    with closing(sqlite3.connect(taken)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert revision_of(taken) == FIRST
    assert organisation_names(taken) == ["大阪大学"]
    assert "agreement" not in tables_of(taken)


def test_database_from_a_newer_version_is_refused_untouched(db_path):
    open_database(db_path).close()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
        conn.commit()
    before = snapshot(db_path)

    with pytest.raises(DatabaseError) as raised:
        open_database(db_path)

    assert "newer version" in str(raised.value)
    assert "9999_future" in str(raised.value)
    assert snapshot(db_path) == before
    assert revision_of(db_path) == "9999_future"
    assert backups_in(resolve(db_path).backups_dir) == []


def test_foreign_sqlite_file_is_refused_untouched(db_path):
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO recipes (title) VALUES ('onigiri')")
        conn.commit()
    before = snapshot(db_path)

    with pytest.raises(DatabaseError, match="not a Kakehashi database"):
        open_database(db_path)

    assert snapshot(db_path) == before  # not even switched to WAL
    assert tables_of(db_path) == {"recipes"}
    assert backups_in(resolve(db_path).backups_dir) == []


def test_file_that_is_not_sqlite_is_refused_untouched(db_path):
    db_path.write_bytes(b"This is a letter, not a database.\n" * 200)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="is not a Kakehashi database"):
        open_database(db_path)
    assert db_path.read_bytes() == before


# Revision 0002 creates "agreement", 0003 creates "operation": a table of that name already
# there makes that revision fail.  With "operation" the failure comes after 0002 succeeded,
# so 0002 must be rolled back too (one transaction for the whole migration).
@pytest.mark.parametrize("conflict", ["agreement", "operation"])
def test_failing_migration_leaves_the_database_as_it_was(db_path, conflict):
    make_at_revision(db_path, FIRST)
    insert_organisation(db_path, "名古屋大学")
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute(f"CREATE TABLE {conflict} (id INTEGER PRIMARY KEY, scribble TEXT)")
        conn.execute(f"INSERT INTO {conflict} (scribble) VALUES ('mine')")
        conn.commit()
    tables_before = tables_of(db_path)

    with pytest.raises(DatabaseError, match="could not be updated") as raised:
        open_database(db_path)

    assert conflict in str(raised.value)  # SQLite's reason is passed on
    assert revision_of(db_path) == FIRST
    assert tables_of(db_path) == tables_before  # nothing of 0002 or 0003 half applied
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute(f"SELECT scribble FROM {conflict}").fetchall() == [("mine",)]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert organisation_names(db_path) == ["名古屋大学"]
    backups = list(resolve(db_path).backups_dir.glob(f"*before-migration-{FIRST}*"))
    assert len(backups) == 1
    assert organisation_names(backups[0]) == ["名古屋大学"]


def test_upgrade_false_opens_without_migrating(db_path):
    make_at_revision(db_path, FIRST)
    with open_database(db_path, upgrade=False) as database:
        assert migrate.current_revision(database.engine) == FIRST
    assert revision_of(db_path) == FIRST


# ---------------------------------------------------------------- where the database is


def test_resolve_plain_path(tmp_path):
    location = resolve(tmp_path / "sub" / "data.sqlite3")
    assert location.path == (tmp_path / "sub" / "data.sqlite3").resolve()
    assert location.is_sqlite_file
    assert location.url == f"sqlite:///{location.path.as_posix()}"
    assert location.backups_dir == location.path.parent / "data-backups"
    assert location.files_dir == location.path.parent / "data-files"


def test_resolve_relative_path_is_made_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    location = resolve("rel.sqlite3")
    assert location.path == (tmp_path / "rel.sqlite3").resolve()
    assert location.path.is_absolute()


def test_resolve_expands_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    assert resolve("~/k.sqlite3").path == (home / "k.sqlite3").resolve()
    assert resolve("sqlite:///~/u.sqlite3").path == (home / "u.sqlite3").resolve()


def test_resolve_sqlite_url(tmp_path):
    target = tmp_path / "url.sqlite3"
    location = resolve(f"sqlite:///{target.as_posix()}")
    assert location.path == target.resolve()
    assert location.backups_dir == target.resolve().parent / "url-backups"


def test_resolve_in_memory_and_server_urls():
    for url in ("sqlite://", "sqlite:///:memory:"):
        location = resolve(url)
        assert location.path is None
        assert not location.is_sqlite_file
    server = resolve("postgresql://user@host/kakehashi")
    assert server.path is None
    assert server.url == "postgresql://user@host/kakehashi"


def test_resolve_environment_variable(tmp_path, monkeypatch):
    target = tmp_path / "from-env.sqlite3"
    assert resolve(environ={ENV_VAR: str(target)}).path == target.resolve()
    monkeypatch.setenv(ENV_VAR, str(target))
    assert resolve().path == target.resolve()
    # An explicit target wins over the environment.
    assert resolve(tmp_path / "explicit.sqlite3").path == (tmp_path / "explicit.sqlite3").resolve()


def test_resolve_default_is_in_the_platform_data_folder(monkeypatch):
    import os

    data_home = Path(os.environ["XDG_DATA_HOME"])
    location = resolve()
    assert location.path == (data_home / "Kakehashi" / DEFAULT_FILE).resolve()
    assert resolve("").path == location.path
    assert resolve(environ={}).path == location.path


def test_open_database_without_argument_creates_the_default_file():
    import os

    expected = (Path(os.environ["XDG_DATA_HOME"]) / "Kakehashi" / DEFAULT_FILE).resolve()
    assert not expected.exists()
    with open_database() as database:
        assert database.location.path == expected
    assert expected.is_file()
    assert revision_of(expected) == migrate.head_revision()


def test_open_database_uses_the_environment_variable(tmp_path, monkeypatch):
    target = tmp_path / "env" / "chosen.sqlite3"
    monkeypatch.setenv(ENV_VAR, str(target))
    with open_database() as database:
        assert database.location.path == target.resolve()
    assert revision_of(target) == migrate.head_revision()


def test_open_database_creates_missing_folders(tmp_path):
    target = tmp_path / "a" / "b" / "c" / "k.sqlite3"
    with open_database(target):
        pass
    assert target.is_file()


def test_folder_that_cannot_be_created_is_a_database_error(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file")
    with pytest.raises(DatabaseError, match="Cannot create the folder"):
        open_database(blocker / "sub" / "k.sqlite3")
    assert blocker.read_text() == "a regular file"


def test_in_memory_database_is_migrated():
    with open_database("sqlite://") as database:
        assert database.location.path is None
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert database.warnings == []

"""Brings a database's schema to the version this program knows, safely.

Alembic revisions in ``db/migrations`` are the schema's single source of truth.
Before any migration of a database that already holds data, a checked backup is
taken; a database written by a newer Kakehashi is refused untouched; the migration
runs as one transaction, so it either completes or leaves the file as it was.

Opening a database that is already up to date reads one row and never imports
Alembic (about a tenth of a second of every command's start): ``HEAD`` names the
newest revision and a test keeps it equal to Alembic's head.  Alembic is loaded only
when the stored revision differs from ``HEAD``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from db.engine import READ_ONLY
from db.errors import QT_TRANSLATE_NOOP, DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")

# The newest revision in db/migrations/versions.  Raise it with every new revision
# (tests/test_lifecycle.py compares it with Alembic's head).
HEAD = "0009"

TOO_NEW = QT_TRANSLATE_NOOP(
    "Errors",
    "{location} was written by a newer version of Kakehashi (schema {revision}). "
    "Install the newer version to open it; the file was not changed.",
)
FOREIGN = QT_TRANSLATE_NOOP(
    "Errors", "{location} is not a Kakehashi database; it was not changed."
)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    """The revisions shipped with this program; read once per process."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """Alembic's head (loads the migration scripts; ``HEAD`` is the cheap answer)."""
    head = _scripts().get_current_head()
    assert head is not None
    return head


def _stored_revision(connection: Connection) -> tuple[str | None, bool]:
    """(the stored revision, whether the database holds any other table)."""
    dialect = connection.dialect
    tables = set(dialect.get_table_names(connection))
    others = bool(tables - {"alembic_version"})
    if "alembic_version" not in tables:
        return None, others
    row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
    return (row[0] if row else None), others


def read_state(engine: Engine) -> tuple[str | None, bool]:
    """The stored revision and whether other tables exist, read in a deferred (SQLite)
    or ordinary read transaction: never the write lock."""
    with engine.connect().execution_options(**{READ_ONLY: True}) as connection:
        return _stored_revision(connection)


def current_revision(engine: Engine) -> str | None:
    return read_state(engine)[0]


def check_schema(engine: Engine, location: object) -> str | None:
    """Return the current revision, or raise if this program must not touch the database."""
    current, others = read_state(engine)
    return judge(current, others, location)


def judge(current: str | None, others: bool, location: object) -> str | None:
    """The verdict on a stored revision: ``None`` for a new database, the revision when
    this program knows it; refusal of a foreign or newer database."""
    if current is None:
        if others:
            raise DatabaseError(FOREIGN, location=str(location))
        return None
    if current == HEAD:
        return current
    from alembic.util.exc import CommandError

    try:
        known = _scripts().get_revision(current)
    except CommandError:
        known = None
    if known is None:
        raise DatabaseError(TOO_NEW, location=str(location), revision=current)
    return current


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` in one transaction."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

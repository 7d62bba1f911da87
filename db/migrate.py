"""Brings a database's schema to the version this program knows, safely.

Alembic revisions in ``db/migrations`` are the schema's single source of truth.
Before any migration of a database that already holds data, a checked backup is
taken; a database written by a newer Kakehashi is refused untouched; the migration
runs as one transaction, so it either completes or leaves the file as it was.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, inspect

from db.errors import QT_TRANSLATE_NOOP, DatabaseError

MIGRATIONS = Path(__file__).with_name("migrations")

TOO_NEW = QT_TRANSLATE_NOOP(
    "Errors",
    "{location} was written by a newer version of Kakehashi (schema {revision}). "
    "Install the newer version to open it; the file was not changed.",
)
FOREIGN = QT_TRANSLATE_NOOP(
    "Errors", "{location} is not a Kakehashi database; it was not changed."
)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    """The revisions shipped with this program; read once per process."""
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_schema(engine: Engine, location: object) -> str | None:
    """Return the current revision, or raise if this program must not touch the database."""
    current = current_revision(engine)
    if current is None:
        tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
        if tables:
            raise DatabaseError(FOREIGN, location=str(location))
        return None
    try:
        known = _scripts().get_revision(current)
    except CommandError:
        known = None
    if known is None:
        raise DatabaseError(TOO_NEW, location=str(location), revision=current)
    return current


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` in one transaction."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

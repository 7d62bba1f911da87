"""Alembic environment: runs on the connection ``db.migrate`` hands over, inside its
single transaction; never opens a connection of its own."""

from __future__ import annotations

from alembic import context

from db.derived import include_name
from db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
    compare_type=True,
    # Lets a developer generate a revision for some tables only (see docs/migrations.md).
    include_object=context.config.attributes.get("include_object"),
    include_name=include_name,  # search indexes and calendar events are derived data
)
with context.begin_transaction():
    context.run_migrations()

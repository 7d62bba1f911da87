"""An open Kakehashi database: where it is, its engine, and its transactions.

``Database.transaction(description)`` is the one way services change data: one use
case, one transaction, one ``Operation`` in the change history.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from db import audit
from db.engine import READ_ONLY
from db.location import Location


class Database:
    def __init__(self, location: Location, engine: Engine, *, user: str | None = None,
                 warnings: list[str] | None = None) -> None:
        self.location = location
        self.engine = engine
        self.user = user or audit.current_user()
        # Told to the person once, when the database is opened (e.g. a network share).
        self.warnings = list(warnings or [])
        self._writer = sessionmaker(engine, expire_on_commit=False)
        self._reader = sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
        event.listen(self._writer, "after_flush", audit.record_changes)

    @contextmanager
    def transaction(self, description: str) -> Iterator[Session]:
        """Run one use case; commit when the block ends, roll back everything if it raises."""
        with self._writer.begin() as session:
            session.info[audit.OPERATION] = description
            session.info[audit.USER] = self.user
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only snapshot for queries; it never takes the write lock."""
        with self._reader() as session:  # closing rolls the snapshot back
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

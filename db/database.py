"""An open Kakehashi database: where it is, its engine, and its transactions.

``Database.transaction(description)`` is the one way services change data: one use
case, one transaction, one ``Operation`` in the change history.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from db import audit, dry_run, faults
from db.engine import READ_ONLY
from db.errors import ReadOnlyDatabase
from db.location import Location


def _keep_calendar(session: Session, flush_context: object) -> None:
    # Imported on the first write only: reading commands start without it.
    from db import calendar_index

    calendar_index.after_flush(session, flush_context)


class Database:
    def __init__(self, location: Location, engine: Engine, *, user: str | None = None,
                 warnings: list[str] | None = None, read_only: bool = False) -> None:
        self.location = location
        self.engine = engine
        # Opened read-only (on request, or the file or its folder cannot be written):
        # every transaction() is refused before it starts.
        self.read_only = read_only
        self.user = user or audit.current_user()
        # Told to the person once, when the database is opened (e.g. a network share).
        self.warnings = list(warnings or [])
        self._writer = sessionmaker(engine, expire_on_commit=False)
        self._reader = sessionmaker(engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False)
        event.listen(self._writer, "after_flush", audit.record_changes)
        event.listen(self._writer, "before_flush", audit.bump_versions)
        event.listen(self._writer, "after_flush", _keep_calendar)  # the calendar's dated entries
        self._dry_run = dry_run.Slot()  # the dry run open on this thread, if any

    @contextmanager
    def transaction(self, description: str) -> Iterator[Session]:
        """Run one use case; commit when the block ends, roll back everything if it raises.

        A busy database, a full or failing disk, or a read-only file comes out as
        ``DatabaseBusy`` / ``StorageFault`` / ``ReadOnlyDatabase`` (see db/faults.py)."""
        if self.read_only:
            raise ReadOnlyDatabase(faults.READ_ONLY, path=str(self.location))
        if self._dry_run.current is not None:
            with faults.translated(self.location), \
                    self._dry_run.current.use_case(self._writer, description, self.user) as session:
                yield session
            return
        with faults.translated(self.location), self._writer.begin() as session:
            session.info[audit.OPERATION] = description
            session.info[audit.USER] = self.user
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only snapshot for queries; it never takes the write lock."""
        if self._dry_run.current is not None:
            with faults.translated(self.location), self._dry_run.current.reading() as session:
                yield session
            return
        with faults.translated(self.location), self._reader() as session:  # closing rolls the snapshot back
            yield session

    def dry_run(self):
        """Run use cases and roll them all back, keeping what they would have changed::

            with db.dry_run() as preview:
                update_organisation(db, org_id, data)
            preview.changes  # [PlannedChange(...)], nothing written

        See db/dry_run.py."""
        if self.read_only:
            raise ReadOnlyDatabase(faults.READ_ONLY, path=str(self.location))
        return dry_run.dry_run(self.engine, self._dry_run, faults.translated(self.location))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

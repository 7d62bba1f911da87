"""Dry runs: run use cases for real, then roll everything back and hand back the
changes they would have made.

The importer's preview needs exactly what the services would do — the same
validation, the same primary-contact and version rules, the same change history —
without writing anything.  So a dry run does not simulate: it runs the use cases on
one connection inside one outer transaction, each in a savepoint of its own, and
rolls the outer transaction back at the end.  Later use cases see the effects of
earlier ones (row 2 of an import may name the organisation row 1 adds); a use case
that fails rolls back its own savepoint only.  Use through ``Database.dry_run()``.

While a dry run is open it holds the database's write lock (a write transaction
starts with ``BEGIN IMMEDIATE``); keep previews short.  The ``operation_id`` a use case
returns inside a dry run names an operation that is rolled back with everything else.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session, sessionmaker

from db import audit
from db.errors import KakehashiError
from db.models import Change


@dataclass(frozen=True)
class PlannedChange:
    """One change a use case would make, as a plain record (the shape of a ``Change`` row)."""

    operation: str  # the use case's description ("Edit organisation")
    entity: str
    entity_id: str
    action: str  # create, update, delete, restore, purge
    fields: dict[str, list[Any]]
    label: str | None
    parent_entity: str | None = None
    parent_id: str | None = None


@dataclass
class Preview:
    """What the use cases run in a dry run would have done."""

    changes: list[PlannedChange] = field(default_factory=list)
    # What ``run``/``attempt`` returned, in order; None where ``attempt`` caught an error.
    results: list[Any] = field(default_factory=list)
    # (index into ``results``, the error) for each use case ``attempt`` saw fail.
    errors: list[tuple[int, KakehashiError]] = field(default_factory=list)

    def run(self, use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run ``use_case(*args, **kwargs)`` and keep its result; errors propagate."""
        result = use_case(*args, **kwargs)
        self.results.append(result)
        return result

    def attempt(self, use_case: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Like ``run``, but a refused use case (validation, not found, stale…) is
        recorded in ``errors`` and the dry run goes on; its changes are left out."""
        try:
            return self.run(use_case, *args, **kwargs)
        except KakehashiError as exc:
            self.errors.append((len(self.results), exc))
            self.results.append(None)
            return None


class Slot(threading.local):
    """The dry run open on this thread for one database, if any.  Per thread, so that a
    worker saving for real is not pulled into a preview running on another thread."""

    current: _Active | None = None


class _Active:
    def __init__(self, connection: Connection, preview: Preview) -> None:
        self.connection = connection
        self.preview = preview

    @contextmanager
    def use_case(self, writer: sessionmaker, description: str, user: str) -> Iterator[Session]:
        """One use case in a savepoint of the dry run's transaction; its changes are
        read back from the history it wrote before the savepoint is released."""
        with writer(bind=self.connection, join_transaction_mode="create_savepoint") as session:
            with session.begin():
                session.info[audit.OPERATION] = description
                session.info[audit.USER] = user
                yield session
                session.flush()
                operation_id = session.info.get(audit.OPERATION_ID)
                if operation_id is not None:
                    rows = session.scalars(select(Change).where(Change.operation_id == operation_id)
                                           .order_by(Change.id))
                    self.preview.changes.extend(
                        PlannedChange(description, c.entity, c.entity_id, c.action.value, dict(c.fields or {}),
                                      c.label, c.parent_entity, c.parent_id)
                        for c in rows
                    )

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """Reads inside a dry run see what the dry run has done so far."""
        with Session(bind=self.connection, join_transaction_mode="create_savepoint",
                     expire_on_commit=False) as session:
            yield session


@contextmanager
def dry_run(engine: Engine, slot: Slot, guard: AbstractContextManager[Any]) -> Iterator[Preview]:
    """Open the dry run's connection and transaction (``guard`` turns a busy or failing
    database into the core's errors), hand out the preview, roll everything back."""
    if slot.current is not None:
        raise RuntimeError("a dry run is already open on this thread")
    preview = Preview()
    with guard:
        connection = engine.connect()
        try:
            outer = connection.begin()
        except BaseException:
            connection.close()
            raise
    slot.current = _Active(connection, preview)
    try:
        yield preview
    finally:
        slot.current = None
        try:
            outer.rollback()
        finally:
            connection.close()

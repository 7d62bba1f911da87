"""What the Excel exchange keeps: each import as a batch that can be undone, and the
column mapping remembered for each source of files."""

# No ``from __future__ import annotations`` here (see db/models/history.py).
from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, utcnow


class ImportBatch(Base):
    """One import written to the database: the file it came from and what it did.

    Its changes are the rows of ``operation_id`` in the change history; undoing the
    batch reverts exactly those and is itself an operation (``undo_operation_id``).
    """

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id", ondelete="SET NULL"), index=True)
    list_kind: Mapped[str] = mapped_column(String(20))  # partners, agreements, contacts, activities
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(100))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    # What undo needs beyond the history: each updated record's version and time of last
    # change before the import ({"organisation:12": [3, "2026-…"]}) and the tags it added.
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    undo_operation_id: Mapped[int | None] = mapped_column(ForeignKey("operation.id", ondelete="SET NULL"))


class ImportMapping(Base):
    """The columns a person mapped for files with these headers, so that the next file
    from the same municipality maps itself."""

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("list_kind", "signature"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_kind: Mapped[str] = mapped_column(String(20))
    signature: Mapped[str] = mapped_column(String(64))  # SHA-256 of the normalised headers
    headers: Mapped[list] = mapped_column(JSON, default=list)  # as written
    mapping: Mapped[dict] = mapped_column(JSON, default=dict)  # header as written → field or null
    source: Mapped[str | None] = mapped_column(String(300))  # the last file mapped this way
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

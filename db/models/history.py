"""The change history: every use case that changes data is one operation, and each
record it touched is one change with its fields' old and new values."""

# No ``from __future__ import annotations`` here: SQLAlchemy would have to evaluate every
# annotation as a string at start-up; plain annotations cost nothing.  Classes defined
# further down are named in quotes.
import enum
from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, enum_column, utcnow


class ChangeAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"  # moved to the trash
    RESTORE = "restore"  # taken back out of the trash
    PURGE = "purge"  # removed for good


class Operation(Base):
    """One use case run by one person: "Edit organisation", "Import partners.xlsx"…"""

    __tablename__ = "operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(String(300))

    changes: Mapped[list["Change"]] = relationship(back_populates="operation", order_by="Change.id")


class Change(Base):
    __tablename__ = "change"
    __table_args__ = (
        Index("ix_change_record", "entity", "entity_id"),
        Index("ix_change_parent", "parent_entity", "parent_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operation.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(100))
    label: Mapped[str | None] = mapped_column(String(300))
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction))
    # {"field": [old, new], ...} with dates as ISO text.
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    # The record this one belongs to (a signatory's agreement, a contact's organisation),
    # so that a record's history shows the changes of its parts too.
    parent_entity: Mapped[str | None] = mapped_column(String(50))
    parent_id: Mapped[str | None] = mapped_column(String(100))

    operation: Mapped[Operation] = relationship(back_populates="changes")



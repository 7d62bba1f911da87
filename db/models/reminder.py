"""What people did with a reminder: marked done or snoozed, when and by whom.

A reminder itself is not stored: it is computed from what falls due
(db/services/due.py) and the lead times.  Only a person's answer to it is kept,
under the reminder's key, so that "done" stays done across restarts and computers.
"""

# No ``from __future__ import annotations`` here (see db/models/history.py).
import enum
from datetime import date, datetime

from sqlalchemy import Date, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, enum_column, utcnow


class ReminderStatus(enum.StrEnum):
    DUE = "due"  # no row: nobody has answered the reminder (never stored)
    DONE = "done"
    SNOOZED = "snoozed"


class ReminderState(Base):
    """A person's answer to one reminder.

    ``key`` names the due item and the lead time ("expiry:<record uid>:2025-09-17:60",
    see db/services/reminders.py): the same item reached at another lead time, or moved
    to another date by an edit, is a new reminder.  Not in the change history: the row
    says itself who answered and when, and it changes no record.
    """

    __tablename__ = "reminder_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    status: Mapped[ReminderStatus] = mapped_column(enum_column(ReminderStatus))
    snoozed_until: Mapped[date | None] = mapped_column(Date, default=None)  # hidden before this day
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    user: Mapped[str] = mapped_column(String(100))

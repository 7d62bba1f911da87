"""Reminders: what falls due and has reached a lead time, and what people answered.

What falls due comes from :func:`db.services.due.due_between` alone; this module only
decides which of those items to remind of today, and keeps people's answers (done,
snoozed) in ``reminder_state`` (db/models/reminder.py).

A reminder is one due item at one lead time, keyed
``"<kind>:<record uid>:<date>:<lead days>"``, e.g. ``"expiry:3a38…:2025-09-17:60"``.
Because the date and the lead are in the key, a renewal deadline marked done at 90 days
comes back at 30, and an agreement whose expiry is edited reminds again of the new date.

The desktop's "Due soon" panel and tray call :func:`due_reminders` with
``date.today()`` and the lead times of Preferences (defaults:
``db.reminders_defaults.DEFAULT_LEADS``), then :func:`mark_done`, :func:`snooze` and
:func:`reopen` with a reminder's ``key``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, select

from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.models import Activity
from db.models.reminder import ReminderState, ReminderStatus
from db.services.due import DueItem, DueKind, due_between

# How long past its date an unanswered item is still reminded of.  Overdue items stay
# until marked done, but not for ever: half a year after an expiry it is history, not
# news (the calendar's agenda still lists it), and a database filled with old
# agreements must not greet its first start with years of expiries.
GRACE_DAYS = 180

DONE = QT_TRANSLATE_NOOP("Operations", "Mark reminder done")
SNOOZE = QT_TRANSLATE_NOOP("Operations", "Snooze reminder")
REOPEN = QT_TRANSLATE_NOOP("Operations", "Reopen reminder")


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder as people see it.  ``days_left`` is negative when overdue;
    ``status`` is due unless asked for the hidden ones too (``hidden=True``)."""

    key: str
    item: DueItem
    lead: int  # days before item.on
    days_left: int
    status: ReminderStatus = ReminderStatus.DUE
    snoozed_until: date | None = None

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def reminder_key(item: DueItem, lead: int) -> str:
    return f"{item.kind.value}:{item.uid}:{item.on.isoformat()}:{lead}"


def reached_lead(leads: Sequence[int], days_left: int) -> int | None:
    """The most urgent lead time reached ``days_left`` days before the date, if any.

    Leads 90 and 30: at 45 days left 90 is reached; at 20 (or overdue) 30 is, which
    replaces the reminder of 90 days."""
    reached = [lead for lead in leads if lead >= days_left]
    return min(reached) if reached else None


def due_reminders(db: Database, today: date, leads: Mapping[str, Sequence[int]], *,
                  hidden: bool = False) -> list[Reminder]:
    """What to remind of on ``today``, soonest first.

    ``leads`` maps a ``DueKind`` value to its lead times in days (a kind not listed is
    never reminded of).  An item is reminded of from its date minus its lead time until
    it is marked done, or until :data:`GRACE_DAYS` after its date.  Reminders marked
    done, or snoozed until a day after ``today``, are left out unless ``hidden``, which
    lists them too, with their status (for a panel that can reopen them).
    """
    leads = {kind: [int(d) for d in days] for kind, days in leads.items() if days}
    if not leads:
        return []
    # One day before the grace period is read and dropped: due_between shows an activity
    # that began before its window on the window's first day, and such a moving date
    # would make a new key every day.
    first = today - timedelta(days=GRACE_DAYS + 1)
    last = today + timedelta(days=max(max(days) for days in leads.values()))
    candidates: list[tuple[str, DueItem, int, int]] = []
    for item in due_between(db, first, last):
        if item.on == first or item.kind.value not in leads:
            continue
        days_left = (item.on - today).days
        lead = reached_lead(leads[item.kind.value], days_left)
        if lead is not None:
            candidates.append((reminder_key(item, lead), item, lead, days_left))
    candidates = _without_ended_activities(db, candidates, today)
    if not candidates:
        return []
    answers = _answers(db, [key for key, *_ in candidates])
    reminders = []
    for key, item, lead, days_left in candidates:
        status, until = answers.get(key, (ReminderStatus.DUE, None))
        if status == ReminderStatus.SNOOZED and (until is None or until <= today):
            status = ReminderStatus.DUE  # the snooze is over: due again
        if status != ReminderStatus.DUE and not hidden:
            continue
        reminders.append(Reminder(key, item, lead, days_left, status, until))
    return reminders  # due_between's order: soonest first


def _without_ended_activities(db: Database, candidates: list[tuple[str, DueItem, int, int]],
                              today: date) -> list[tuple[str, DueItem, int, int]]:
    """An activity is reminded of until its last day: once over it happened, it is not
    "overdue" as an unanswered deadline is."""
    begun = sorted({item.entity_id for _, item, _, days_left in candidates
                    if item.kind == DueKind.ACTIVITY and days_left < 0})
    if not begun:
        return candidates
    ended: set[int] = set()
    last_day = func.coalesce(Activity.ends_on, Activity.starts_on)
    with db.reading() as session:
        for start in range(0, len(begun), 500):
            ended.update(session.execute(select(Activity.id).where(
                Activity.id.in_(begun[start:start + 500]), last_day < today)).scalars())
    return [c for c in candidates if not (c[1].kind == DueKind.ACTIVITY and c[1].entity_id in ended)]


def _answers(db: Database, keys: list[str]) -> dict[str, tuple[ReminderStatus, date | None]]:
    found: dict[str, tuple[ReminderStatus, date | None]] = {}
    columns = (ReminderState.key, ReminderState.status, ReminderState.snoozed_until)
    with db.reading() as session:
        for start in range(0, len(keys), 500):  # SQLite's limit on bound parameters
            chunk = keys[start:start + 500]
            for key, status, until in session.execute(select(*columns).where(ReminderState.key.in_(chunk))):
                found[key] = (status, until)
    return found


def mark_done(db: Database, key: str) -> None:
    """The reminder is dealt with: never shown again (until reopened)."""
    _answer(db, DONE, key, ReminderStatus.DONE, None)


def snooze(db: Database, key: str, until: date) -> None:
    """Hide the reminder until ``until``: it is due again on that day."""
    _answer(db, SNOOZE, key, ReminderStatus.SNOOZED, until)


def reopen(db: Database, key: str) -> None:
    """Forget the answer: the reminder is due again (if its item still is)."""
    _checked(key)
    with db.transaction(REOPEN) as session:
        session.execute(delete(ReminderState).where(ReminderState.key == key))


def _answer(db: Database, description: str, key: str, status: ReminderStatus, until: date | None) -> None:
    _checked(key)
    with db.transaction(description) as session:
        state = session.scalar(select(ReminderState).where(ReminderState.key == key))
        if state is None:
            session.add(ReminderState(key=key, status=status, snoozed_until=until, user=db.user))
        else:  # a new answer replaces the old one (snoozed, then done)
            state.status, state.snoozed_until, state.user = status, until, db.user


def _checked(key: str) -> None:
    # Keys come from Reminder.key, never from a person: an empty one is a bug.
    if not key:
        raise ValueError("a reminder's key is required")

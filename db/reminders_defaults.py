"""The default lead times of reminders: how many days before a date people are told.

Kept once, here, in the core: the reminders service, the .ics alarms and the
desktop's Preferences take their defaults from ``DEFAULT_LEADS``.  Keys are the
values of ``db.services.due.DueKind``; a kind not listed (membership ends, by default)
gets no reminder until a lead time is set for it.
"""

from __future__ import annotations

DEFAULT_LEADS: dict[str, list[int]] = {
    "renewal_deadline": [90, 30],  # time to decide, then a last call
    "expiry": [60],
    "activity": [7],
}


def leads_copy() -> dict[str, list[int]]:
    """A copy of the defaults that a caller may change without changing them for everyone."""
    return {kind: list(days) for kind, days in DEFAULT_LEADS.items()}

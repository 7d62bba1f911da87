"""What the home screen lists, gathered from the core in one go (off the GUI thread).

The rules stay in the core: upcoming deadlines, expiries and membership ends come from
the calendar's due-date service, expired and missed ones from db.services.attention.
Here they are only sorted into the groups the screen shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from db.database import Database
from db.services import attention
from db.services.due import DueKind, upcoming
from db.services.organisations import OrganisationQuery, list_organisations

DEFAULT_DAYS = 90

# Groups in the order the screen shows them: what is already late comes first.
OVERDUE = "overdue"  # renewal decisions whose deadline passed, term still running
DEADLINES = "deadlines"
EXPIRED = "expired"  # expired, and no renewal follows
EXPIRIES = "expiries"
MEMBERSHIPS = "memberships"
GROUPS = (OVERDUE, DEADLINES, EXPIRED, EXPIRIES, MEMBERSHIPS)

_DUE_GROUP = {DueKind.RENEWAL_DEADLINE: DEADLINES, DueKind.EXPIRY: EXPIRIES, DueKind.MEMBERSHIP_END: MEMBERSHIPS}


@dataclass(frozen=True)
class Item:
    """One line of the home screen: a record and the day that matters for it."""

    group: str
    kind: str  # record kind to open: "agreement" or "membership"
    record_id: int
    on: date
    title: str
    who: str
    auto_renew: bool = False
    tier: str | None = None  # a membership's tier (MembershipTier), named in the user's language


@dataclass
class Attention:
    today: date
    days: int
    empty_database: bool = False
    groups: dict[str, list[Item]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)  # when a group shows only the latest

    def count(self) -> int:
        return sum(len(items) for items in self.groups.values())


def gather(db: Database, today: date, days: int = DEFAULT_DAYS) -> Attention:
    """Everything the home screen shows on ``today``, looking ``days`` ahead."""
    found = Attention(today, days)
    if list_organisations(db, OrganisationQuery(limit=1)).total == 0 and \
            list_organisations(db, OrganisationQuery(limit=1, trashed=True)).total == 0:
        found.empty_database = True
        return found
    groups: dict[str, list[Item]] = {name: [] for name in GROUPS}
    for a in attention.decisions_overdue(db, today):
        groups[OVERDUE].append(Item(OVERDUE, "agreement", a.id, a.on, a.title, ", ".join(a.party_names)))
    expired = attention.expired_not_renewed(db, today)
    for a in expired.items:
        groups[EXPIRED].append(Item(EXPIRED, "agreement", a.id, a.on or today, a.title, ", ".join(a.party_names)))
    for due in upcoming(db, today, days):
        group = _DUE_GROUP.get(due.kind)
        if group is not None:
            groups[group].append(Item(group, due.entity, due.entity_id, due.on, due.title, due.who, due.auto_renew))
    if groups[MEMBERSHIPS]:
        tiers = attention.membership_tiers(db, [i.record_id for i in groups[MEMBERSHIPS]])
        groups[MEMBERSHIPS] = [replace(i, tier=tiers.get(i.record_id)) for i in groups[MEMBERSHIPS]]
    found.groups = {name: items for name, items in groups.items() if items}
    found.totals = {EXPIRED: expired.total}
    return found


def record_to_open(db: Database, item: Item) -> tuple[str, int] | None:
    """The record an item opens: an agreement itself; a membership in its organisation's form."""
    if item.kind == "membership":
        org_id = attention.membership_organisation(db, item.record_id)
        return ("organisation", org_id) if org_id is not None else None
    return item.kind, item.record_id

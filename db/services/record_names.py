"""Names of the records a piece of the change history mentions, for reading it.

Looked up when the history is shown, in a few queries: a renamed partner reads with its
new name, a record in the trash is found as usual, and one purged since by the last label
its own history holds.  Names follow the language: an organisation with an English name
is called by it in English.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select

from db import catalogue
from db.i18n import translate
from db.models import Activity, Agreement, Change, Contact, Membership, Organisation
from db.services.history import ChangeEntry

# A membership is its organisation with the tier: "神奈川県（特別会員）".
WITH_DETAILS = "{name} ({details})"  # marked in db.services.history_text (context "History")


def as_id(value: Any) -> int | None:
    """An id from a stored value: an int, or digits as text; anything else is not one."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() else None


class Names:
    """Names of the records the entries mention, read in a few queries; records in the
    trash are found as usual, records purged since by the last label their history holds."""

    def __init__(self, session, lang: str) -> None:
        self.session = session
        self.lang = lang
        self.found: dict[tuple[str, int], str] = {}
        self.signed_precision: dict[int, str] = {}  # how an agreement's signing date is known

    def get(self, kind: str, record_id: Any) -> str | None:
        key = as_id(record_id)
        return None if key is None else self.found.get((kind, key))

    def load(self, entries: list[ChangeEntry]) -> None:
        wanted: dict[str, set[int]] = defaultdict(set)
        for e in entries:
            wanted[e.entity].add(as_id(e.entity_id))
            if e.parent_entity:
                wanted[e.parent_entity].add(as_id(e.parent_id))
            for field, pair in e.fields.items():
                info = catalogue.field_info(e.entity, field)
                if info is None or info.refers_to is None:
                    continue
                for value in pair:
                    for item in (value if isinstance(value, list) else [value]):
                        wanted[info.refers_to].add(as_id(item))
        for ids in wanted.values():
            ids.discard(None)
        memberships = self._memberships(wanted)  # first: they are named by their organisations
        self._read(wanted, "organisation", Organisation, (Organisation.name_ja, Organisation.name_en), self._two)
        self._read(wanted, "contact", Contact, (Contact.family_name, Contact.given_name, Contact.name_en), self._person)
        self._read(wanted, "agreement", Agreement, (Agreement.title, Agreement.title_en, Agreement.signed_precision),
                   self._agreement)
        self._read(wanted, "activity", Activity, (Activity.title, Activity.title_en), self._two)
        for kind in ("organisation", "contact", "agreement", "activity"):
            self._from_history(kind, wanted.get(kind, set()))
        template = translate("History", WITH_DETAILS, self.lang)
        for membership_id, org_id, tier in memberships:
            org = self.found.get(("organisation", org_id)) or f"#{org_id}"
            tier_label = catalogue.value_label("MembershipTier", tier, self.lang)
            self.found[("membership", membership_id)] = template.format(name=org, details=tier_label)

    def _two(self, ja: str | None, en: str | None) -> str | None:
        return (en or ja) if self.lang == "en" else (ja or en)

    def _agreement(self, title: str | None, title_en: str | None, _precision: Any) -> str | None:
        return self._two(title, title_en)

    def _person(self, family: str | None, given: str | None, en: str | None) -> str | None:
        return self._two(" ".join(p for p in (family, given) if p) or None, en)

    def _read(self, wanted, kind, model, columns, name) -> None:
        ids = sorted(wanted.get(kind, ()))
        for chunk in range(0, len(ids), 500):
            for row in self.session.execute(select(model.id, *columns).where(model.id.in_(ids[chunk:chunk + 500]))):
                text = name(*row[1:])
                if kind == "agreement" and row[3] is not None:
                    self.signed_precision[row[0]] = getattr(row[3], "value", row[3])
                if text:
                    self.found[(kind, row[0])] = text

    def _memberships(self, wanted) -> list:
        ids = sorted(wanted.get("membership", ()))
        if not ids:
            return []
        rows = self.session.execute(select(Membership.id, Membership.organisation_id, Membership.tier)
                                    .where(Membership.id.in_(ids))).all()
        wanted["organisation"].update(org_id for _, org_id, _ in rows)
        return rows

    def _from_history(self, kind: str, ids: set[int]) -> None:
        missing = [str(i) for i in ids if (kind, i) not in self.found]
        if not missing:
            return
        stmt = (select(Change.entity_id, Change.label)
                .where(Change.entity == kind, Change.entity_id.in_(missing), Change.label.is_not(None))
                .order_by(Change.id))
        for entity_id, label in self.session.execute(stmt):
            self.found[(kind, int(entity_id))] = label

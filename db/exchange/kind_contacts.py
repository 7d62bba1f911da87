"""Contacts and activities in the importer: records that name other records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.exchange import names
from db.exchange.kinds import Found, Kind
from db.models import Activity, Contact
from db.services import activities as activity_service
from db.services import contacts as contact_service
from db.services.activities import ActivityData
from db.services.contacts import ContactData


def _person_key(family: str | None, given: str | None, name_en: str | None) -> str:
    return names.match_key(f"{family or ''}{given or ''}") or names.match_key(name_en or "")


class Contacts(Kind):
    list_kind = "contacts"
    record_kind = "contact"
    data_class = ContactData
    model = Contact

    def found(self) -> Found:
        found = Found()
        c = Contact.__table__.c
        for id_, uid, org_id, family, given, name_en, email, deleted in self.session.execute(
                select(c.id, c.uid, c.organisation_id, c.family_name, c.given_name, c.name_en, c.email,
                       c.deleted_at.is_not(None))):
            found.by_uid[uid] = (id_, bool(deleted))
            if not deleted:
                for key in self._keys(org_id, family, given, name_en, email):
                    found.by_key[key].append(id_)
        return found

    @staticmethod
    def _keys(org_id, family, given, name_en, email) -> list[Any]:
        keys = []
        person = _person_key(family, given, name_en)
        if person:
            keys.append((org_id, person))
        if email:
            keys.append((org_id, email.strip().casefold()))
        return keys

    def match_keys(self, data: ContactData) -> list[Any]:
        return self._keys(data.organisation_id, data.family_name, data.given_name, data.name_en, data.email)

    def match_key(self, data: ContactData) -> Any:
        keys = self.match_keys(data)
        return keys[0] if keys else None

    def resolve(self, values, wholes):
        problems = []
        if isinstance(values.get("organisation_id"), str):
            org_id, problem = self.refs.organisation(values["organisation_id"])
            values["organisation_id"] = org_id
            if problem:
                problems.append(("organisation_id", *problem))
        return values, problems

    def build(self, base, values, clears):
        family = values.get("family_name")
        if family and not values.get("given_name") and len(family.split()) == 2:
            # 氏名 in one column, "山田 太郎" or "山田　太郎": family name first, as Japanese lists write it
            values = {**values, "family_name": family.split()[0], "given_name": family.split()[1]}
        return super().build(base, values, clears)

    def load(self, ids: list[int]) -> dict[int, ContactData]:
        found = {}
        for start in range(0, len(ids), 500):
            for contact in self.session.scalars(select(Contact).where(Contact.id.in_(ids[start:start + 500]))
                                                .options(selectinload(Contact.organisation))):
                found[contact.id] = contact_service.to_data(contact)
        return found

    def shown(self, name: str, value: Any) -> Any:
        return self.refs.organisation_name(value) if name == "organisation_id" else value

    def label(self, data: ContactData) -> str:
        return data.display_name

    def check(self, data: ContactData, record_id: int | None) -> Any:
        values = contact_service.validated(data)
        for name, value in values.items():
            setattr(data, name, value)
        return values

    def create(self, data: ContactData, prepared: Any) -> int:
        return contact_service.add_contact(self.session, data).id

    def update(self, record_id: int, data: ContactData) -> None:
        contact_service.edit_contact(self.session, record_id, data)


class Activities(Kind):
    list_kind = "activities"
    record_kind = "activity"
    data_class = ActivityData
    model = Activity

    def found(self) -> Found:
        found = Found()
        a = Activity.__table__.c
        for id_, uid, title, starts_on, deleted in self.session.execute(
                select(a.id, a.uid, a.title, a.starts_on, a.deleted_at.is_not(None))):
            found.by_uid[uid] = (id_, bool(deleted))
            if not deleted and title:
                found.by_key[(names.match_key(title), starts_on)].append(id_)
        return found

    def match_keys(self, data: ActivityData) -> list[Any]:
        return [(names.match_key(data.title), data.starts_on)] if data.title else []

    def match_key(self, data: ActivityData) -> Any:
        keys = self.match_keys(data)
        return keys[0] if keys else None

    def resolve(self, values, wholes):
        problems = []
        if isinstance(values.get("agreement_id"), str):
            agreement_id, problem = self.refs.agreement(values["agreement_id"])
            values["agreement_id"] = agreement_id
            if problem:
                problems.append(("agreement_id", *problem))
        if isinstance(values.get("organisation_ids"), list) and any(isinstance(v, str)
                                                                    for v in values["organisation_ids"]):
            ids, found_problems = self.refs.organisations(wholes.get("organisation_ids"), values["organisation_ids"])
            values["organisation_ids"] = ids
            problems.extend(("organisation_ids", *p) for p in found_problems)
        return values, problems

    def load(self, ids: list[int]) -> dict[int, ActivityData]:
        found = {}
        for start in range(0, len(ids), 500):
            for activity in self.session.scalars(
                    select(Activity).where(Activity.id.in_(ids[start:start + 500]))
                    .options(selectinload(Activity.organisations), selectinload(Activity.agreement))):
                found[activity.id] = activity_service.to_data(activity)
        return found

    def compared(self, data: ActivityData) -> dict[str, Any]:
        found = super().compared(data)
        found["organisation_ids"] = sorted(found.get("organisation_ids") or [])
        return found

    def shown(self, name: str, value: Any) -> Any:
        if name == "agreement_id":
            return self.refs.agreement_title(value)
        if name == "organisation_ids":
            return [self.refs.organisation_name(i) for i in value or []]
        return value

    def label(self, data: ActivityData) -> str:
        return data.title or ""

    def check(self, data: ActivityData, record_id: int | None) -> Any:
        with self.session.no_autoflush:
            values, _organisations = activity_service.validated(self.session, data)
        for name, value in values.items():
            setattr(data, name, value.value if hasattr(value, "value") else value)
        return None

    def create(self, data: ActivityData, prepared: Any) -> int:
        return activity_service.add_activity(self.session, data).id

    def update(self, record_id: int, data: ActivityData) -> None:
        activity_service.edit_activity(self.session, record_id, data)

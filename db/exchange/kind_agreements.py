"""Agreements in the importer: found by key, or by title and partners."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from db.exchange import names
from db.exchange.kinds import Found, Kind
from db.models import Agreement, AgreementParty
from db.services import agreements as service
from db.services.agreements import AgreementData, ScopeItemData


class Agreements(Kind):
    list_kind = "agreements"
    record_kind = "agreement"
    data_class = AgreementData
    model = Agreement

    def found(self) -> Found:
        found = Found()
        a, p = Agreement.__table__.c, AgreementParty.__table__.c
        parties: dict[int, list[int]] = defaultdict(list)
        for agreement_id, org_id in self.session.execute(select(p.agreement_id, p.organisation_id)):
            parties[agreement_id].append(org_id)
        for id_, uid, title, title_en, deleted in self.session.execute(
                select(a.id, a.uid, a.title, a.title_en, a.deleted_at.is_not(None))):
            found.by_uid[uid] = (id_, bool(deleted))
            if not deleted:
                who = tuple(sorted(parties.get(id_, ())))
                for key in {names.match_key(t) for t in (title, title_en) if t}:
                    if key:
                        found.by_key[(key, who)].append(id_)
        return found

    def match_keys(self, data: AgreementData) -> list[Any]:
        who = tuple(sorted(set(data.party_ids)))
        return [k for k in dict.fromkeys((names.match_key(t), who) for t in (data.title, data.title_en) if t) if k[0]]

    def match_key(self, data: AgreementData) -> Any:
        keys = self.match_keys(data)
        return keys[0] if keys else None

    def attribute(self, name: str) -> str:
        return "scope" if name == "scope_items" else name

    def resolve(self, values, wholes):
        problems = []
        if isinstance(values.get("party_ids"), list) and any(isinstance(v, str) for v in values["party_ids"]):
            ids, found = self.refs.organisations(wholes.get("party_ids"), values["party_ids"])
            values["party_ids"] = ids
            problems.extend(("party_ids", *p) for p in found)
        if isinstance(values.get("renewed_from_id"), str):
            previous, problem = self.refs.agreement(values["renewed_from_id"])
            values["renewed_from_id"] = previous
            if problem:
                problems.append(("renewed_from_id", *problem))
        return values, problems

    def build(self, base, values, clears):
        values = dict(values)
        lines = values.pop("scope_items", None)
        data = super().build(base, values, clears)
        if lines or (lines == [] and clears and base is not None):
            english = {item.text: item.text_en for item in (base.scope if base is not None else [])}
            data.scope = [ScopeItemData(text, english.get(text)) for text in lines or []]
        return data

    def load(self, ids: list[int]) -> dict[int, AgreementData]:
        found = {}
        for start in range(0, len(ids), 500):
            for agreement in self.session.scalars(
                    select(Agreement).where(Agreement.id.in_(ids[start:start + 500])).options(
                        selectinload(Agreement.parties).selectinload(AgreementParty.organisation),
                        selectinload(Agreement.signatories), selectinload(Agreement.scope_items),
                        selectinload(Agreement.documents))):
                found[agreement.id] = service.to_data(self.session, agreement)
        return found

    def compared(self, data: AgreementData) -> dict[str, Any]:
        found = super().compared(data)
        found["party_ids"] = sorted(found.get("party_ids") or [])
        found["scope_items"] = [item.text for item in data.scope]
        return found

    def shown(self, name: str, value: Any) -> Any:
        if name == "party_ids":
            return [self.refs.organisation_name(i) for i in value or []]
        if name == "renewed_from_id":
            return self.refs.agreement_title(value)
        return value

    def label(self, data: AgreementData) -> str:
        return data.title or ""

    def check(self, data: AgreementData, record_id: int | None) -> Any:
        with self.session.no_autoflush:
            checked = service.validated(self.session, data, record_id)
        compared = self.compared(data)
        for name, value in checked["values"].items():
            if name in compared:
                setattr(data, name, value.value if hasattr(value, "value") else value)
        data.party_ids = list(checked["parties"])
        return None

    def create(self, data: AgreementData, prepared: Any) -> int:
        return service.add_agreement(self.session, data).id

    def update(self, record_id: int, data: AgreementData) -> None:
        service.edit_agreement(self.session, record_id, data)

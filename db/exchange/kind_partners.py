"""Partners (organisations) in the importer."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import String, select, type_coerce

from db import countries
from db.exchange import names
from db.exchange.kinds import Found, Kind
from db.models import Organisation, Tag, organisation_tag
from db.services import organisations as service
from db.services.organisations import OrganisationData

_COLUMNS = ("kind", "name_ja", "name_en", "name_kana", "short_name", "country", "region", "city", "address",
            "website", "notes", "version", "uid")


class Partners(Kind):
    list_kind = "partners"
    record_kind = "organisation"
    data_class = OrganisationData
    model = Organisation

    def found(self) -> Found:
        found = Found()
        o = Organisation.__table__.c
        for id_, uid, ja, en, deleted in self.session.execute(
                select(o.id, o.uid, o.name_ja, o.name_en, o.deleted_at.is_not(None))):
            found.by_uid[uid] = (id_, bool(deleted))
            if not deleted:
                for key in {names.match_key(n) for n in (ja, en) if n}:
                    if key:
                        found.by_key[key].append(id_)
        return found

    def match_key(self, data: OrganisationData) -> Any:
        """Two rows naming the same organisation are reported, never imported as two."""
        return names.match_key(data.name_ja or data.name_en or "") or None

    def match_keys(self, data: OrganisationData) -> list[Any]:
        return [k for k in dict.fromkeys(names.match_key(n) for n in (data.name_ja, data.name_en) if n) if k]

    def load(self, ids: list[int]) -> dict[int, OrganisationData]:
        o, t = Organisation.__table__.c, Tag.__table__.c
        found: dict[int, OrganisationData] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.session.execute(
                select(o.id, type_coerce(o.kind, String), *(o[c] for c in _COLUMNS[1:])).where(o.id.in_(chunk)))
            for id_, kind, *rest in rows:
                values = dict(zip(_COLUMNS[1:], rest))
                found[id_] = OrganisationData(kind=kind, id=id_, tags=[], **values)
            tags: dict[int, list[str]] = defaultdict(list)
            for org_id, name in self.session.execute(
                    select(organisation_tag.c.organisation_id, t.name)
                    .join(Tag.__table__, t.id == organisation_tag.c.tag_id)
                    .where(organisation_tag.c.organisation_id.in_(chunk)).order_by(t.name)):
                tags[org_id].append(name)
            for org_id, names_ in tags.items():
                found[org_id].tags = names_
        return found

    def build(self, base, values, clears):
        if values.get("country"):  # 日本, Japan, 米国 → JP, US; a code stays as written
            values = {**values, "country": countries.code_of(values["country"]) or values["country"]}
        data = super().build(base, values, clears)
        if base is None and not data.country:
            data.country = "JP"
        return data

    def label(self, data: OrganisationData) -> str:
        return data.display_name

    def check(self, data: OrganisationData, record_id: int | None) -> Any:
        values, tags = service.validated(data)
        for name, value in values.items():  # compare what would be saved: "jp" is saved as JP
            setattr(data, name, value.value if hasattr(value, "value") else value)
        data.tags = tags
        return values, tags

    def create(self, data: OrganisationData, prepared: Any) -> int:
        return service.add_organisation(self.session, data).id

    def update(self, record_id: int, data: OrganisationData) -> None:
        service.edit_organisation(self.session, record_id, data)

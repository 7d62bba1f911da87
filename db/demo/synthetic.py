"""Synthetic demo data at scale: tens of thousands of plausible organisations in one go.

The services add records one at a time through the ORM, which is right for people
and far too slow for 50,000 organisations.  Here rows are built as plain dicts and
written with Core bulk inserts, chunk by chunk, inside ONE transaction; the derived
columns (search text, sort key, expiry) come from the same helpers the services use,
and every value obeys the services' validation rules, so a generated record can be
opened and saved in a form unchanged.  Core inserts bypass the per-record history
hook, so the batch is recorded as one operation saying how many records it added:
the history still shows that it happened and who did it.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db import audit, calendar_index, derived
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.demo import names
from db.demo.seed import OUR_NAME
from db.models import (
    Activity, ActivityKind, Agreement, AgreementKind, AgreementParty, AgreementStatus, Contact, DatePrecision,
    Membership, MembershipTier, Operation, Organisation, OrganisationKind, ScopeItem, Side, Signatory, Succession,
    Tag, activity_organisation, organisation_tag,
)
from db.models.base import new_uid, utcnow
from db.services import agreement_rules as rules
from db.services import contacts as contact_service
from db.services import organisations as organisation_service
from db.services import search_text

CHUNK = 2000  # organisations per round of inserts: bounded memory, few round trips
AGREEMENT_SHARE = 0.1  # organisations with an agreement of their own
FIRST_DAY, LAST_DAY = date(2012, 1, 1), date(2026, 12, 31)
LOCAL_GOVERNMENT, ABROAD, MOU = "自治体", "海外", "MOU"


@dataclass(frozen=True)
class SyntheticSummary:
    organisations: int
    contacts: int
    memberships: int
    agreements: int
    activities: int
    operation_id: int | None


@dataclass
class _AgreementPlan:
    row: dict[str, Any]
    parties: list[int]  # organisation indexes within the chunk
    depth: int = 0  # 0 for an original, n for the n-th renewal or amendment
    previous: int | None = None  # plan index of the agreement this one follows
    signatories: list[dict[str, Any]] = field(default_factory=list)
    scope: list[dict[str, Any]] = field(default_factory=list)
    activities: list[dict[str, Any]] = field(default_factory=list)


def add_synthetic(db: Database, size: int, seed: int = 0,
                  progress: Callable[[int, int], None] | None = None, *,
                  agreement_share: float = AGREEMENT_SHARE) -> SyntheticSummary:
    """Add ``size`` synthetic organisations with contacts, memberships, agreements and activities.

    The same ``seed`` gives the same names and dates; the database may already hold records.
    ``progress(done, total)`` is called after each chunk.  ``agreement_share`` is the
    share of organisations with an agreement of their own (the benchmarks raise it to
    measure the calendar at 100,000 agreements).
    """
    if size < 0:
        raise ValueError(f"size must not be negative: {size}")
    if size == 0:
        return SyntheticSummary(0, 0, 0, 0, 0, None)
    rng = random.Random(seed)
    description = QT_TRANSLATE_NOOP("Operations", "Add synthetic demo data")
    with db.transaction(description) as session:
        operation_id = _start_operation(session, description)
        writer = _Writer(session, rng, agreement_share)
        done = 0
        with derived.bulk_inserts(session.connection()):
            while done < size:
                count = min(CHUNK, size - done)
                writer.write(count)
                done += count
                if progress is not None:
                    progress(done, size)
        c = writer.counts
        # Core inserts pass by the session's flush hook; the calendar is written in one go.
        calendar_index.rebuild(session.connection())
    return SyntheticSummary(c["organisations"], c["contacts"], c["memberships"], c["agreements"],
                            c["activities"], operation_id)


def _start_operation(session: Session, description: str) -> int:
    """The batch's one history entry; anything the ORM flushes meanwhile joins it too."""
    operation_id = session.execute(
        insert(Operation).values(user=session.info[audit.USER], description=description).returning(Operation.id)
    ).scalar_one()
    session.info[audit.OPERATION_ID] = operation_id
    return operation_id


def _between(rng: random.Random, first: date, last: date) -> date:
    return date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def _insert_returning_ids(session: Session, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their ids in the same order.

    Asking for the ids in parameter order makes SQLAlchemy insert one row at a time on
    SQLite; returning (uid, id) in batches and matching on the unique uid is as exact
    and several times faster, on PostgreSQL too.
    """
    found = dict(session.execute(insert(table).returning(table.c.uid, table.c.id), rows).all())
    return [found[row["uid"]] for row in rows]


class _Writer:
    """Builds one chunk of rows from the random stream, then inserts it table by table."""

    def __init__(self, session: Session, rng: random.Random, agreement_share: float = 0.1) -> None:
        self.session = session
        self.rng = rng
        self.agreement_share = agreement_share
        self.now = utcnow()
        self.counts: Counter[str] = Counter()
        self.tag_ids = self._tag_ids([*names.TAGS, MOU, ABROAD, LOCAL_GOVERNMENT])

    def _tag_ids(self, wanted: list[str]) -> dict[str, int]:
        existing = dict(self.session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted))).all())
        missing = [{"name": n} for n in wanted if n not in existing]
        if missing:
            self.session.execute(insert(Tag), missing)
            existing = dict(self.session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted))).all())
        return existing

    def _stamped(self, row: dict[str, Any]) -> dict[str, Any]:
        row.update(uid=new_uid(), created_at=self.now, updated_at=self.now, deleted_at=None)
        return row

    # ------------------------------------------------------------------ building

    def write(self, count: int) -> None:
        self.orgs: list[dict[str, Any]] = []
        self.tags: list[tuple[int, str]] = []
        self.contacts: list[tuple[int, dict[str, Any]]] = []
        self.memberships: list[tuple[int, dict[str, Any]]] = []
        self.plans: list[_AgreementPlan] = []
        for index in range(count):
            self._organisation(index, count)
        self._insert()

    def _organisation(self, index: int, count: int) -> None:
        rng = self.rng
        kind = rng.choices(tuple(names.KIND_WEIGHTS), tuple(names.KIND_WEIGHTS.values()))[0]
        name = names.organisation_name(rng, kind)
        tags = rng.sample(names.TAGS, rng.choice((0, 0, 1, 1, 2)))
        if kind in ("city", "prefecture"):
            tags.append(LOCAL_GOVERNMENT)
        if name.country != "JP":
            tags.append(ABROAD)
        for n in range(rng.choice((1, 1, 2, 2, 3))):
            self._contact(index, kind, name, primary=n == 0)
        if rng.random() < 0.3:
            self._membership(index)
        if rng.random() < self.agreement_share:
            kind_of_agreement = self._agreement(index, kind, name, count)
            if kind_of_agreement == AgreementKind.MOU:
                tags.append(MOU)
        tags = sorted(set(tags))  # the order a form reads them back in, so a re-save changes nothing
        values = {
            "name_ja": name.name_ja, "name_en": name.name_en, "name_kana": name.name_kana, "short_name": None,
            "kind": OrganisationKind(kind), "country": name.country, "region": name.region, "city": name.city,
            "address": self._address(name), "notes": None,
            "website": f"https://www.{name.domain}/" if rng.random() < 0.7 else None,
        }
        values.update(organisation_service.derived_columns(values, tags))
        self.orgs.append(self._stamped(values))
        self.tags.extend((index, tag) for tag in tags)

    def _address(self, name: names.OrganisationName) -> str | None:
        rng = self.rng
        if name.country != "JP":
            return f"{rng.randint(1, 999)} {rng.choice(names.STREETS)}" if rng.random() < 0.5 else None
        block = f"{rng.choice(names.TOWNS)}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
        return f"{name.region}{name.city or ''}{block}"

    def _phone(self, name: names.OrganisationName) -> str:
        rng = self.rng
        if name.area_code is None:  # overseas: the ranges set aside for fiction where a country has one
            fiction = {"US": f"+1 617-555-01{rng.randint(0, 99):02d}", "GB": f"+44 20 7946 0{rng.randint(0, 999):03d}"}
            return fiction.get(name.country, f"+{rng.randint(30, 69)} {rng.randint(10_000_000, 99_999_999)}")
        local = 10 - len(name.area_code)  # Japanese numbers have ten digits
        number = f"{rng.randint(0, 10 ** local - 1):0{local}d}"
        return f"{name.area_code}-{number[:-4]}-{number[-4:]}"

    def _contact(self, index: int, kind: str, name: names.OrganisationName, *, primary: bool) -> None:
        rng = self.rng
        if name.country == "JP":
            family, family_kana, family_roman = rng.choice(names.FAMILY_NAMES)
            given, given_kana, given_roman = rng.choice(names.GIVEN_NAMES)
            group = names.KIND_GROUP.get(kind, "association")
            person = {"family_name": family, "given_name": given, "name_en": f"{family_roman} {given_roman}",
                      "title": rng.choice(names.TITLES_JA[group]), "department": rng.choice(names.DEPARTMENTS_JA[group])}
        else:
            family_roman, family_kana = rng.choice(names.FOREIGN_FAMILY)
            given_roman, given_kana = rng.choice(names.FOREIGN_GIVEN)
            person = {"family_name": None, "given_name": None, "name_en": f"{given_roman} {family_roman}",
                      "title": rng.choice(names.TITLES_EN), "department": rng.choice(names.DEPARTMENTS_EN)}
        values = {
            **person, "family_name_kana": family_kana, "given_name_kana": given_kana,
            "email": f"{given_roman}.{family_roman}@{name.domain}".lower(), "phone": self._phone(name),
            "is_primary": primary, "notes": None,
        }
        values.update(contact_service.derived_columns(values))
        self.contacts.append((index, self._stamped(values)))

    def _membership(self, index: int) -> None:
        rng = self.rng
        tier = rng.choices(tuple(MembershipTier), (70, 5, 20, 5))[0]
        fiscal_year = rng.randint(2016, 2026)
        month = 4 if rng.random() < 0.8 else rng.randint(1, 12)
        starts = date(fiscal_year if month >= 4 else fiscal_year + 1, month, 1)
        ends = None if rng.random() < 0.5 else date(rng.randint(fiscal_year, 2026) + 1, 3, 31)
        fee = {MembershipTier.REGULAR: rng.choice((300_000, 500_000)), MembershipTier.SUPPORTER: 100_000,
               MembershipTier.SPECIAL: 0}.get(tier)
        paid = starts + timedelta(days=rng.randint(0, 60)) if fee and starts < date(2026, 1, 1) else None
        row = {"tier": tier, "starts_on": starts, "ends_on": ends, "annual_fee": fee, "paid_on": paid, "notes": None}
        self.memberships.append((index, self._stamped(row)))

    def _agreement(self, index: int, org_kind: str, name: names.OrganisationName, count: int) -> AgreementKind:
        rng = self.rng
        kind = rng.choices((AgreementKind.MOU, AgreementKind.COLLABORATION, AgreementKind.NDA), (50, 30, 20))[0]
        parties = [index]
        if count > 1 and rng.random() < 0.05:
            other = rng.randrange(count - 1)
            parties.append(other + 1 if other >= index else other)
        title, title_en = {
            AgreementKind.MOU: (f"{name.name_ja}とのライフサイエンス領域における連携に関する覚書",
                                f"Memorandum of Understanding with {name.name_en} on Life Science Collaboration"),
            AgreementKind.COLLABORATION: (f"{name.name_ja}との共同研究契約書", f"Joint Research Agreement with {name.name_en}"),
            AgreementKind.NDA: (f"{name.name_ja}との秘密保持契約書", f"Non-Disclosure Agreement with {name.name_en}"),
        }[kind]
        row: dict[str, Any] = {
            "title": title, "title_en": title_en, "kind": kind, "status": None, "signed_on": None,
            "signed_precision": DatePrecision.DAY, "effective_on": None, "term_years": None, "term_months": None,
            "expires_on_given": None, "auto_renew": False, "renewal_term_years": None, "renewal_term_months": None,
            "notice_months": None, "notice_days": None, "succession": None, "notes": None,
        }
        plan = _AgreementPlan(row, parties)
        if rng.random() < 0.03:  # still being negotiated: no dates, no signatures yet
            row["status"] = rng.choice((None, AgreementStatus.NEGOTIATING))
        else:
            self._terms(row, kind)
            self._signatures(plan, org_kind, name)
        self._finish(plan, name)
        if rng.random() < 0.02 and row["signed_on"] is not None:
            row["status"] = AgreementStatus.TERMINATED
        self._successors(len(self.plans) - 1, name)
        return kind

    def _terms(self, row: dict[str, Any], kind: AgreementKind) -> None:
        rng = self.rng
        signed = _between(rng, FIRST_DAY, LAST_DAY)
        if rng.random() < 0.08:  # only the month is known, as for older paper records
            row.update(signed_on=signed.replace(day=1), signed_precision=DatePrecision.MONTH)
            return
        row["signed_on"] = signed
        row["effective_on"] = rng.choice((None, None, None, signed, signed + timedelta(days=rng.randint(1, 30))))
        longest = 5 if kind == AgreementKind.MOU else 3
        if rng.random() < 0.1:
            row["term_months"] = rng.choice((6, 18))
        else:
            row["term_years"] = rng.randint(1, longest)
        start = rules.term_start(row["effective_on"], signed, DatePrecision.DAY)
        if rng.random() < 0.05:  # the paper names its own end: the close of a fiscal year
            row["expires_on_given"] = date(start.year + (row["term_years"] or 1), 3, 31)
        if rng.random() < 0.25:
            row["auto_renew"] = True
            row["renewal_term_years"] = rng.choice((1, 1, None))
            if rng.random() < 0.7:
                row["notice_months"] = rng.choice((1, 2, 3, 6))
            else:
                row["notice_days"] = rng.choice((30, 60, 90))

    def _signatures(self, plan: _AgreementPlan, org_kind: str, name: names.OrganisationName) -> None:
        rng = self.rng
        if plan.row["signed_precision"] == DatePrecision.MONTH:
            return  # older records without the signed copy at hand
        family, _, family_roman = rng.choice(names.FAMILY_NAMES)
        given, _, given_roman = rng.choice(names.GIVEN_NAMES)
        title, title_en = rng.choice(names.OUR_TITLES)
        plan.signatories.append({"side": Side.OURS, "name": family + given, "name_en": f"{family_roman} {given_roman}",
                                 "title": title, "title_en": title_en, "organisation_name": OUR_NAME,
                                 "party": None})
        if name.country == "JP":
            family, _, family_roman = rng.choice(names.FAMILY_NAMES)
            given, _, given_roman = rng.choice(names.GIVEN_NAMES)
            person, person_en = family + given, f"{family_roman} {given_roman}"
        else:
            person = person_en = f"{rng.choice(names.FOREIGN_GIVEN)[0]} {rng.choice(names.FOREIGN_FAMILY)[0]}"
        title, title_en = names.SIGNER_TITLES[org_kind]
        plan.signatories.append({"side": Side.PARTNER, "name": person, "name_en": person_en, "title": title,
                                 "title_en": title_en, "organisation_name": name.name_ja, "party": plan.parties[0]})
        scopes = names.SCOPES[plan.row["kind"].value]
        chosen = rng.sample(scopes, rng.randint(1, len(scopes)))
        plan.scope = [{"text": text, "text_en": text_en} for text, text_en in chosen]

    def _finish(self, plan: _AgreementPlan, name: names.OrganisationName) -> None:
        """Derived columns, as the agreement service computes them, and activities over the term."""
        row, rng = plan.row, self.rng
        start = rules.term_start(row["effective_on"], row["signed_on"], row["signed_precision"])
        row["expires_on"] = rules.first_expiry(start, row["term_years"], row["term_months"], row["expires_on_given"])
        row["search_text"] = search_text.for_agreement(row["title"], row["title_en"], plan.signatories, row["notes"])
        self.plans.append(plan)
        first = start or row["signed_on"]
        if first is None or first > LAST_DAY:
            return
        last = min(row["expires_on"] or first + timedelta(days=3 * 365), LAST_DAY)
        for _ in range(rng.randint(0, 5)):
            kind, title, title_en = rng.choice(names.ACTIVITIES)
            topic, topic_en = rng.choice(names.TOPICS)
            starts = _between(rng, first, last)
            ends = starts + timedelta(days=rng.randint(0, 2)) if kind == ActivityKind.CO_HOSTED_EVENT else None
            values = {"kind": kind, "title": title.format(t=topic, o=name.name_ja),
                      "title_en": title_en.format(te=topic_en, oe=name.name_en), "starts_on": starts,
                      "ends_on": ends, "place": name.city or "東京都中央区日本橋", "notes": None}
            values["search_text"] = search_text.for_activity(values["title"], values["title_en"], values["place"])
            plan.activities.append(self._stamped(values))

    def _successors(self, plan_index: int, name: names.OrganisationName) -> None:
        """Renewal chains and amendments, so that the renewal views have something to show."""
        rng = self.rng
        previous = self.plans[plan_index]
        row = previous.row
        expiry = row["expires_on"]
        if expiry is None or row["status"] is not None or row["auto_renew"] or previous.depth >= 3:
            return
        if rng.random() < 0.04:
            start = rules.term_start(row["effective_on"], row["signed_on"], row["signed_precision"])
            signed = _between(rng, start, expiry)
            amended = {**row, "title": f"{row['title']}の変更覚書", "title_en": f"Amendment to {row['title_en']}",
                       "signed_on": signed, "effective_on": signed, "term_years": None, "term_months": None,
                       "expires_on_given": expiry, "succession": Succession.AMENDMENT}
            self._follow(previous, plan_index, amended, name)
        elif row["kind"] != AgreementKind.NDA and expiry < date(2026, 6, 30) and rng.random() < 0.35:
            renewed = {**row, "title": f"{row['title']}（更新）", "title_en": f"{row['title_en']} (Renewal)",
                       "signed_on": expiry - timedelta(days=rng.randint(7, 60)),
                       "effective_on": expiry + timedelta(days=1), "expires_on_given": None,
                       "succession": Succession.RENEWAL}
            self._follow(previous, plan_index, renewed, name)
            self._successors(len(self.plans) - 1, name)

    def _follow(self, previous: _AgreementPlan, plan_index: int, row: dict[str, Any],
                name: names.OrganisationName) -> None:
        plan = _AgreementPlan(row, list(previous.parties), previous.depth + 1, plan_index,
                              [dict(s) for s in previous.signatories], list(previous.scope))
        self._finish(plan, name)

    # ------------------------------------------------------------------ inserting

    def _insert(self) -> None:
        session = self.session
        table = Organisation.__table__
        org_ids = _insert_returning_ids(session, table, self.orgs)
        if self.tags:
            session.execute(insert(organisation_tag), [
                {"organisation_id": org_ids[i], "tag_id": self.tag_ids[t]} for i, t in self.tags])
        if self.contacts:
            session.execute(insert(Contact.__table__), [{**row, "organisation_id": org_ids[i]}
                                                        for i, row in self.contacts])
        if self.memberships:
            session.execute(insert(Membership.__table__), [{**row, "organisation_id": org_ids[i]}
                                                           for i, row in self.memberships])
        self._insert_agreements(org_ids)
        self.counts.update(organisations=len(self.orgs), contacts=len(self.contacts),
                           memberships=len(self.memberships), agreements=len(self.plans))

    def _insert_agreements(self, org_ids: list[int]) -> None:
        session = self.session
        table = Agreement.__table__
        ids: dict[int, int] = {}
        for depth in range(max((p.depth for p in self.plans), default=-1) + 1):
            wave = [n for n, p in enumerate(self.plans) if p.depth == depth]
            rows = [{**self._stamped(dict(self.plans[n].row)),
                     "renewed_from_id": ids[self.plans[n].previous] if self.plans[n].previous is not None else None}
                    for n in wave]
            ids.update(zip(wave, _insert_returning_ids(session, table, rows)))
        parties, signatories, scope, activities = [], [], [], []
        for n, plan in enumerate(self.plans):
            agreement_id = ids[n]
            parties += [{"agreement_id": agreement_id, "organisation_id": org_ids[i], "position": p}
                        for p, i in enumerate(plan.parties)]
            signatories += [{"agreement_id": agreement_id, "position": p, **{k: v for k, v in s.items() if k != "party"},
                             "organisation_id": None if s["party"] is None else org_ids[s["party"]]}
                            for p, s in enumerate(plan.signatories)]
            scope += [{"agreement_id": agreement_id, "position": p, **s} for p, s in enumerate(plan.scope)]
            activities += [({**a, "agreement_id": agreement_id}, org_ids[plan.parties[0]]) for a in plan.activities]
        for model, rows in ((AgreementParty, parties), (Signatory, signatories), (ScopeItem, scope)):
            if rows:
                session.execute(insert(model.__table__), rows)
        if activities:
            table = Activity.__table__
            new = _insert_returning_ids(session, table, [row for row, _ in activities])
            session.execute(insert(activity_organisation), [
                {"activity_id": activity_id, "organisation_id": org_id}
                for activity_id, (_, org_id) in zip(new, activities)])
        self.counts.update(activities=len(activities))

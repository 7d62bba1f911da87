"""Activities under agreements or with organisations, and how much an agreement was used."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.models import Activity, ActivityKind, Agreement, AgreementParty, Organisation, activity_organisation
from db.models.base import utcnow
from db.services.common import Checker, Page, Saved, check_version, fetch, flush_checked, page, saved, where_search
from db.services import search
from db.services.listing import Filters, among, display_name, grouped_rows, in_trash
from db.services import search_text

NEEDS_LINK = QT_TRANSLATE_NOOP("Validation", "Link the activity to an agreement or at least one organisation.")


@dataclass
class ActivityData:
    kind: str = ActivityKind.OTHER.value
    title: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    title_en: str | None = None
    place: str | None = None
    agreement_id: int | None = None
    organisation_ids: list[int] = field(default_factory=list)
    notes: str | None = None
    # The version this data was read at; an update refuses to overwrite a newer one.
    version: int | None = None
    # Set by the services; ignored when saving.
    id: int | None = None
    uid: str | None = None
    agreement_title: str | None = None
    organisation_names: list[str] = field(default_factory=list)
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class ActivityQuery:
    search: str | None = None
    kinds: tuple[str, ...] = ()
    agreement_id: int | None = None
    organisation_id: int | None = None  # directly, or through an agreement it is party to
    between: tuple[date, date] | None = None
    trashed: bool = False
    ids: tuple[int, ...] | None = None  # only these records (a selection to export)
    descending: bool = True  # newest first
    offset: int = 0
    limit: int | None = None


def to_data(a: Activity) -> ActivityData:
    return ActivityData(
        kind=a.kind.value, title=a.title, starts_on=a.starts_on, ends_on=a.ends_on, title_en=a.title_en,
        place=a.place, agreement_id=a.agreement_id, organisation_ids=[o.id for o in a.organisations],
        notes=a.notes, version=a.version, id=a.id, uid=a.uid, agreement_title=a.agreement.title if a.agreement else None,
        organisation_names=[o.display_name for o in a.organisations], updated_at=a.updated_at,
        deleted_at=a.deleted_at,
    )


def _validated(session: Session, data: ActivityData) -> tuple[dict, list[Organisation]]:
    check = Checker("activity")
    values = {
        "kind": check.choice("kind", data.kind, ActivityKind),
        "title": check.text("title", data.title, required=True, limit=300),
        "title_en": check.text("title_en", data.title_en, limit=300),
        "starts_on": check.required("starts_on", data.starts_on),
        "ends_on": data.ends_on,
        "place": check.text("place", data.place, limit=300),
        "agreement_id": data.agreement_id,
        "notes": check.text("notes", data.notes),
    }
    check.order("starts_on", data.starts_on, "ends_on", data.ends_on)
    if data.agreement_id is None and not data.organisation_ids:
        check.add("agreement_id", NEEDS_LINK)
    check.raise_if_any()
    if data.agreement_id is not None:
        fetch(session, Agreement, data.agreement_id)
    organisations = [fetch(session, Organisation, i) for i in dict.fromkeys(data.organisation_ids)]
    return values, organisations


def validated(session: Session, data: ActivityData) -> tuple[dict, list[Organisation]]:
    """Clean and check ``data`` as a save would (the importer's preview asks first)."""
    return _validated(session, data)


def _apply(activity: Activity, values: dict, organisations: list[Organisation]) -> None:
    for name, value in values.items():
        setattr(activity, name, value)
    activity.organisations = organisations
    activity.search_text = search_text.for_activity(activity.title, activity.title_en, activity.place)


def add_activity(session: Session, data: ActivityData) -> Activity:
    with session.no_autoflush:
        values, organisations = _validated(session, data)
        activity = Activity()
        _apply(activity, values, organisations)
    session.add(activity)
    session.flush()
    return activity


def create_activity(db: Database, data: ActivityData) -> Saved[ActivityData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Add activity")) as session:
        return saved(session, to_data(add_activity(session, data)))


def update_activity(db: Database, activity_id: int, data: ActivityData) -> Saved[ActivityData]:
    """Save ``data`` over the activity; ``data.version`` must be the version it was read at."""
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Edit activity")) as session:
        return saved(session, to_data(edit_activity(session, activity_id, data)))


def edit_activity(session: Session, activity_id: int, data: ActivityData) -> Activity:
    """Repository helper: save ``data`` over the activity inside a larger transaction."""
    activity = fetch(session, Activity, activity_id)
    check_version(session, activity, data.version)
    with session.no_autoflush:
        values, organisations = _validated(session, data)
        _apply(activity, values, organisations)
    flush_checked(session, activity)
    session.expire(activity, ["agreement"])
    return activity


def delete_activity(db: Database, activity_id: int) -> Saved[ActivityData]:
    with db.transaction(QT_TRANSLATE_NOOP("Operations", "Delete activity")) as session:
        activity = fetch(session, Activity, activity_id)
        activity.deleted_at = utcnow()
        flush_checked(session, activity)
        return saved(session, to_data(activity))


def get_activity(db: Database, activity_id: int) -> ActivityData:
    with db.reading() as session:
        return to_data(fetch(session, Activity, activity_id, allow_trashed=True))


def list_activities(db: Database, query: ActivityQuery = ActivityQuery()) -> Page[ActivityData]:
    """A page of activities as plain rows (organisations by one grouped query), searched
    through the full-text index."""
    check = Filters("activity")
    kinds = check.choices("kinds", query.kinds, ActivityKind)
    check.raise_if_any()
    a = Activity
    stmt = (select(a.id, a.kind, a.title, a.starts_on, a.ends_on, a.title_en, a.place, a.agreement_id, a.notes,
                   a.version, a.uid, a.updated_at, a.deleted_at, Agreement.title.label("agreement_title"),
                   a.search_text)
            .outerjoin(Agreement, Agreement.id == a.agreement_id))
    stmt = stmt.where(in_trash(db, a.deleted_at, query.trashed))
    conditions = []
    if kinds:
        conditions.append(a.kind.in_(kinds))
    if query.agreement_id is not None:
        conditions.append(a.agreement_id == query.agreement_id)
    if query.organisation_id is not None:
        conditions.append(or_(
            a.organisations.any(Organisation.id == query.organisation_id),
            a.agreement.has(Agreement.parties.any(AgreementParty.organisation_id == query.organisation_id)),
        ))
    if query.between is not None:
        first, last = query.between
        conditions.append(and_(a.starts_on <= last, func.coalesce(a.ends_on, a.starts_on) >= first))
    if query.ids is not None:
        conditions.append(among(db, a.id, query.ids))
    order = a.starts_on.desc() if query.descending else a.starts_on.asc()
    stmt = stmt.where(*conditions).order_by(order, a.id)
    with db.reading() as session:
        found = search.search_page(session, stmt, "activity", query.search, id_column=a.id, offset=query.offset,
                                   limit=query.limit, trashed=query.trashed, filtered=bool(conditions))
        link = activity_organisation.c
        organisations = grouped_rows(session, lambda ids: (
            select(link.activity_id, Organisation.id, Organisation.name_ja, Organisation.name_en)
            .join(Organisation, Organisation.id == link.organisation_id)
            .where(link.activity_id.in_(ids)).order_by(link.activity_id, Organisation.sort_key)),
            [r.id for r in found.rows])
    items = []
    for r in found.rows:
        orgs = organisations.get(r.id, [])
        items.append(ActivityData(
            kind=r.kind.value, title=r.title, starts_on=r.starts_on, ends_on=r.ends_on, title_en=r.title_en,
            place=r.place, agreement_id=r.agreement_id, organisation_ids=[o[1] for o in orgs], notes=r.notes,
            version=r.version, id=r.id, uid=r.uid, agreement_title=r.agreement_title,
            organisation_names=[display_name(o[2], o[3]) for o in orgs], updated_at=r.updated_at,
            deleted_at=r.deleted_at))
    return Page(items, found.total, query.offset, found.capped)


def agreement_usage(db: Database, agreement_id: int) -> dict[str, int]:
    """How many activities of each kind were carried out under the agreement (for renewal talks)."""
    with db.reading() as session:
        kinds = session.scalars(
            select(Activity.kind).where(Activity.agreement_id == agreement_id, Activity.deleted_at.is_(None))
        )
        return dict(Counter(k.value for k in kinds))

"""The list commands: organisations, agreements, contacts, memberships, activities,
the trash and what falls due.  Each imports only the service it asks."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from db.catalogue import field_label, record_name, value_label
from db.cli.language import Refused, UsageError, tr
from db.cli.output import fmt_date, local_time, print_json, print_table
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP

NONE_FOUND = QT_TRANSLATE_NOOP("CommandLine", "(none)")
ALL_SHOWN = QT_TRANSLATE_NOOP("CommandLine", "({total})")
SOME_SHOWN = QT_TRANSLATE_NOOP("CommandLine", "({shown} of {total}; use --limit and --offset for more)")
EMPTY_DATABASE = QT_TRANSLATE_NOOP(
    "CommandLine", "The database {location} is empty; 'kakehashi demo' loads the demo data into it.")
NAME = QT_TRANSLATE_NOOP("CommandLine", "Name")
NAME_OR_TITLE = QT_TRANSLATE_NOOP("CommandLine", "Name or title")
KIND_OF_RECORD = QT_TRANSLATE_NOOP("CommandLine", "Kind of record")
DUE_ON = QT_TRANSLATE_NOOP("CommandLine", "Date")
DUE_WHAT = QT_TRANSLATE_NOOP("CommandLine", "What falls due")
DUE_WHO = QT_TRANSLATE_NOOP("CommandLine", "Organisations")
WINDOW = QT_TRANSLATE_NOOP("CommandLine", "From {first} to {last}:")
PAST_LAST_DAY = QT_TRANSLATE_NOOP(
    "CommandLine", "{first} and {days} days after it run past {last}, the last day that can be counted; "
                   "ask for fewer days.")
RESTORED = QT_TRANSLATE_NOOP("CommandLine", "Took the {record} with id {id} out of the trash.")
NOT_IN_TRASH = QT_TRANSLATE_NOOP("CommandLine", "The {record} with id {id} is not in the trash; nothing was changed.")
EMPTIED = (QT_TRANSLATE_NOOP("CommandLine", "Emptied the trash: {count} record deleted for good."),
           QT_TRANSLATE_NOOP("CommandLine", "Emptied the trash: {count} records deleted for good."))
KEPT = QT_TRANSLATE_NOOP("CommandLine", "Kept in the trash: the {record} with id {id}. {reason}")
TRASH_EMPTY = QT_TRANSLATE_NOOP("CommandLine", "The trash is empty.")
PURGED = QT_TRANSLATE_NOOP("CommandLine", "Deleted the {record} with id {id} for good.")
ID = "id"  # the same in both languages, as in the JSON


def _footer(lang: str, shown: int, total: int, capped: bool = False) -> None:
    """``(15)``, or ``(100 of 2,345; …)``; a search that stopped counting says ``1,000+``."""
    counted = f"{total:,}+" if capped else f"{total:,}"
    if total == 0:
        print(tr(lang, NONE_FOUND))
    elif shown < total or capped:
        print(tr(lang, SOME_SHOWN, shown=f"{shown:,}", total=counted))
    else:
        print(tr(lang, ALL_SHOWN, total=counted))


def _headers(kind: str, names: tuple[str, ...], lang: str) -> list[str]:
    return [ID if name == ID else field_label(kind, name, lang) for name in names]


def partners(db: Database, args: argparse.Namespace) -> int:
    from db.services import organisations

    lang = args.lang
    query = organisations.OrganisationQuery(
        search=args.search, kinds=tuple(args.kind or ()), country=args.country, tag=args.tag, role=args.role,
        trashed=args.trash, offset=args.offset, limit=args.limit,
    )
    result = organisations.list_organisations(db, query)
    if args.json:
        print_json(result.items)
        return 0
    print_table(_headers("organisation", (ID, "name_ja", "name_en", "kind", "country", "region"), lang),
                [(o.id, o.name_ja, o.name_en, value_label("OrganisationKind", o.kind, lang), o.country, o.region)
                 for o in result.items])
    _footer(lang, len(result.items), result.total, result.total_is_capped)
    unfiltered = organisations.OrganisationQuery(limit=args.limit, offset=args.offset)
    if result.total == 0 and query == unfiltered and _is_empty(db):
        print(tr(lang, EMPTY_DATABASE, location=db.location))
    return 0


def _is_empty(db: Database) -> bool:
    from db.services import organisations

    return all(
        organisations.list_organisations(db, organisations.OrganisationQuery(trashed=trashed, limit=1)).total == 0
        for trashed in (False, True)
    )


def agreements(db: Database, args: argparse.Namespace) -> int:
    from db.services import agreements as service

    lang = args.lang
    query = service.AgreementQuery(
        search=args.search, kinds=tuple(args.kind or ()), statuses=tuple(args.status or ()),
        organisation_id=args.partner, today=args.today, trashed=args.trash, offset=args.offset, limit=args.limit,
    )
    result = service.list_agreements(db, query)
    if args.json:
        print_json(result.items)
        return 0
    print_table(_headers("agreement", (ID, "signed_on", "title", "party_ids", "current_term_end", "effective_status"),
                         lang),
                [(a.id, fmt_date(a.signed_on, a.signed_precision), a.title, "、".join(a.party_names),
                  fmt_date(a.current_term_end), value_label("AgreementStatus", a.effective_status, lang))
                 for a in result.items])
    _footer(lang, len(result.items), result.total, result.total_is_capped)
    return 0


def contacts(db: Database, args: argparse.Namespace) -> int:
    from db.services import contacts as service

    lang = args.lang
    query = service.ContactQuery(search=args.search, organisation_id=args.partner, trashed=args.trash,
                                 offset=args.offset, limit=args.limit)
    result = service.list_contacts(db, query)
    if args.json:
        print_json(result.items)
        return 0
    headers = [ID, tr(lang, NAME), *_headers("contact", ("organisation_id", "title", "email", "phone", "is_primary"),
                                             lang)]
    print_table(headers, [(c.id, c.display_name, c.organisation_name, c.title, c.email, c.phone,
                           value_label("bool", True, lang) if c.is_primary else "") for c in result.items])
    _footer(lang, len(result.items), result.total, result.total_is_capped)
    return 0


def memberships(db: Database, args: argparse.Namespace) -> int:
    from db.services import memberships as service

    lang = args.lang
    query = service.MembershipQuery(organisation_id=args.partner, tier=args.tier, current_on=args.current,
                                    trashed=args.trash, offset=args.offset, limit=args.limit)
    result = service.list_memberships(db, query)
    if args.json:
        print_json(result.items)
        return 0
    print_table(_headers("membership", (ID, "organisation_id", "tier", "starts_on", "ends_on", "annual_fee",
                                        "paid_on"), lang),
                [(m.id, m.organisation_name, value_label("MembershipTier", m.tier, lang), fmt_date(m.starts_on),
                  fmt_date(m.ends_on), "" if m.annual_fee is None else f"{m.annual_fee:,}", fmt_date(m.paid_on))
                 for m in result.items])
    _footer(lang, len(result.items), result.total, result.total_is_capped)
    return 0


def activities(db: Database, args: argparse.Namespace) -> int:
    from db.services import activities as service

    lang = args.lang
    between = None
    if args.since or args.until:
        between = (args.since or date.min, args.until or date.max)
    query = service.ActivityQuery(search=args.search, kinds=tuple(args.kind or ()), agreement_id=args.agreement,
                                  organisation_id=args.partner, between=between, trashed=args.trash,
                                  offset=args.offset, limit=args.limit)
    result = service.list_activities(db, query)
    if args.json:
        print_json(result.items)
        return 0
    print_table(_headers("activity", (ID, "starts_on", "kind", "title", "organisation_ids", "agreement_id"), lang),
                [(a.id, fmt_date(a.starts_on), value_label("ActivityKind", a.kind, lang), a.title,
                  "、".join(a.organisation_names), a.agreement_title) for a in result.items])
    _footer(lang, len(result.items), result.total, result.total_is_capped)
    return 0


def trash(db: Database, args: argparse.Namespace) -> int:
    """Lists the trash; ``trash restore KIND ID`` and ``trash purge KIND ID`` act on one record."""
    from db.services import trash as service

    lang = args.lang
    if args.action == "empty":
        return _empty_trash(db, args)
    if args.action is not None:
        act = service.restore if args.action == "restore" else service.purge
        saved = act(db, args.kind, args.id)
        if saved.operation_id is None:  # the record was not in the trash: nothing changed
            raise Refused(tr(lang, NOT_IN_TRASH, record=record_name(args.kind, lang), id=args.id))
        if args.json:
            print_json({"action": args.action, "kind": args.kind, "id": args.id,
                        "operation_id": saved.operation_id})
        else:
            done = RESTORED if args.action == "restore" else PURGED
            print(tr(lang, done, record=record_name(args.kind, lang), id=args.id))
        return 0
    items = service.list_trash(db)
    if args.json:
        print_json(items)
        return 0
    if not items:
        print(tr(lang, TRASH_EMPTY))
        return 0
    print_table([tr(lang, KIND_OF_RECORD), ID, tr(lang, NAME_OR_TITLE), field_label("organisation", "deleted_at", lang),
                 field_label("contact", "organisation_id", lang)],
                [(record_name(i.kind, lang), i.id, i.label, local_time(i.deleted_at), i.parent) for i in items])
    _footer(lang, len(items), len(items))
    return 0


def _empty_trash(db: Database, args: argparse.Namespace) -> int:
    from db.i18n import fill
    from db.services import trash as service

    lang = args.lang
    emptied = service.empty_trash(db)
    if args.json:
        print_json({"action": "empty", "removed": emptied.removed, "kept": emptied.kept,
                    "operation_id": emptied.operation_id})
        return 0
    print(tr(lang, EMPTIED[emptied.removed != 1], count=f"{emptied.removed:,}"))
    for item in emptied.kept:
        print(tr(lang, KEPT, record=record_name(item.kind, lang), id=item.id,
                 reason=fill("Errors", item.reason, item.params, lang)))
    return 0


def upcoming(db: Database, args: argparse.Namespace) -> int:
    from db.services import due

    lang = args.lang
    first = args.today or date.today()
    try:
        last = first + timedelta(days=args.days)
    except OverflowError:
        raise UsageError(tr(lang, PAST_LAST_DAY, first=first.isoformat(), days=f"{args.days:,}",
                            last=date.max.isoformat())) from None
    items = due.due_between(db, first, last)
    if args.json:
        print_json([i.as_dict() for i in items])
        return 0
    print(tr(lang, WINDOW, first=first.isoformat(), last=last.isoformat()))
    print_table([tr(lang, DUE_ON), tr(lang, DUE_WHAT), field_label("agreement", "title", lang), tr(lang, DUE_WHO)],
                [(i.on.isoformat(), value_label("DueKind", i.kind, lang), i.title, i.who) for i in items])
    _footer(lang, len(items), len(items))
    return 0

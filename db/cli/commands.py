"""What each command does: call a service, print the result."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from db import backup, migrate
from db.cli.output import fmt_date, print_json, print_table
from db.database import Database
from db.demo.seed import load_seed
from db.demo.synthetic import add_synthetic
from db.lifecycle import restore_database
from db.location import Location
from db.services import activities, agreements, contacts, due, organisations
from db.services import history as changes
from db.services.integrity import check_database


def partners(db: Database, args: argparse.Namespace) -> int:
    query = organisations.OrganisationQuery(
        search=args.search, kinds=tuple(args.kind or ()), country=args.country, tag=args.tag, role=args.role,
        trashed=args.trash, offset=args.offset, limit=args.limit,
    )
    result = organisations.list_organisations(db, query)
    if args.json:
        print_json(result.items)
    else:
        print_table(["id", "name", "English name", "kind", "country", "region"],
                    [(o.id, o.name_ja, o.name_en, o.kind, o.country, o.region) for o in result.items])
        _footer(len(result.items), result.total)
        if result.total == 0 and query == organisations.OrganisationQuery(limit=args.limit, offset=args.offset) \
                and _is_empty(db):
            print(f"The database {db.location} is empty; 'kakehashi demo' loads the demo data into it.")
    return 0


def agreement_list(db: Database, args: argparse.Namespace) -> int:
    query = agreements.AgreementQuery(
        search=args.search, kinds=tuple(args.kind or ()), statuses=tuple(args.status or ()),
        organisation_id=args.partner, today=args.today, trashed=args.trash, offset=args.offset, limit=args.limit,
    )
    result = agreements.list_agreements(db, query)
    if args.json:
        print_json(result.items)
    else:
        print_table(["id", "signed", "title", "partners", "expires", "status"],
                    [(a.id, fmt_date(a.signed_on, a.signed_precision), a.title, "、".join(a.party_names),
                      fmt_date(a.current_term_end), a.effective_status) for a in result.items])
        _footer(len(result.items), result.total)
    return 0


def contact_list(db: Database, args: argparse.Namespace) -> int:
    query = contacts.ContactQuery(search=args.search, organisation_id=args.partner, trashed=args.trash,
                                  offset=args.offset, limit=args.limit)
    result = contacts.list_contacts(db, query)
    if args.json:
        print_json(result.items)
    else:
        print_table(["id", "name", "organisation", "title", "email", "phone", "primary"],
                    [(c.id, c.display_name, c.organisation_name, c.title, c.email, c.phone,
                      "*" if c.is_primary else "") for c in result.items])
        _footer(len(result.items), result.total)
    return 0


def activity_list(db: Database, args: argparse.Namespace) -> int:
    between = None
    if args.since or args.until:
        between = (args.since or date.min, args.until or date.max)
    query = activities.ActivityQuery(search=args.search, kinds=tuple(args.kind or ()), agreement_id=args.agreement,
                                     organisation_id=args.partner, between=between, trashed=args.trash,
                                     offset=args.offset, limit=args.limit)
    result = activities.list_activities(db, query)
    if args.json:
        print_json(result.items)
    else:
        print_table(["id", "date", "kind", "title", "organisations", "agreement"],
                    [(a.id, fmt_date(a.starts_on), a.kind, a.title, "、".join(a.organisation_names),
                      a.agreement_title) for a in result.items])
        _footer(len(result.items), result.total)
    return 0


def upcoming(db: Database, args: argparse.Namespace) -> int:
    today = args.today or date.today()
    items = due.upcoming(db, today, args.days)
    if args.json:
        print_json([i.as_dict() for i in items])
    else:
        print(f"{today.isoformat()} + {args.days} days:")
        print_table(["date", "what", "title", "who"], [(i.on.isoformat(), i.kind.value, i.title, i.who) for i in items])
        _footer(len(items), len(items))
    return 0


def demo(db: Database, args: argparse.Namespace) -> int:
    """The seed's data on an empty database (refused on a non-empty one); with --size,
    synthetic organisations on top, seeding first if the database is empty."""
    report: dict = {}
    if args.size is None or _is_empty(db):
        report["seed"] = load_seed(db)
    if args.size:
        progress = _progress if sys.stderr.isatty() else None
        report["synthetic"] = add_synthetic(db, args.size, seed=args.seed, progress=progress)
    if args.json:
        print_json(report)
    else:
        for name, summary in report.items():
            print(f"{name}: {summary}")
    return 0


def _is_empty(db: Database) -> bool:
    return all(
        organisations.list_organisations(db, organisations.OrganisationQuery(trashed=trashed, limit=1)).total == 0
        for trashed in (False, True)
    )


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\r{done}/{total}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def take_backup(location: Location, args: argparse.Namespace) -> int:
    made = backup.take_backup(location, reason="manual", target=args.to)
    if args.json:
        print_json(made)
    else:
        print(f"Backed up {location} to {made.path} ({made.size:,} bytes, checked).")
    return 0


def list_backups(location: Location, args: argparse.Namespace) -> int:
    found = backup.list_backups(location)
    if args.json:
        print_json(found)
    else:
        print_table(["taken", "reason", "size", "file"],
                    [(b.taken_at.isoformat(sep=" "), b.reason, f"{b.size:,}", b.path) for b in found], max_width=120)
    return 0


def restore(location: Location, args: argparse.Namespace) -> int:
    safety = restore_database(location, args.source)
    if args.json:
        print_json({"restored_from": args.source, "database": str(location), "safety_backup": safety})
    else:
        print(f"Restored {location} from {args.source}.")
        if safety:
            print(f"The database as it was before is kept in {safety}.")
    return 0


def check(db: Database, args: argparse.Namespace) -> int:
    report = check_database(db)
    if args.json:
        print_json(report)
    else:
        print(f"database:  {db.location}")
        print(f"schema:    {report.revision} (this program: {migrate.head_revision()})")
        print(f"journal:   {report.journal_mode}")
        for name, count in report.counts.items():
            print(f"{name + ':':<15}{count:,}")
        for warning in db.warnings:
            print(f"warning:   {warning}")
        for problem in report.problems:
            print(f"PROBLEM:   {problem}")
        print("OK" if report.ok else "Problems found.")
    return 0 if report.ok else 1


def history(db: Database, args: argparse.Namespace) -> int:
    """The latest operations, or every change of one record with old → new values."""
    if args.record is None:
        ops = changes.recent_operations(db, limit=args.limit or 50)
        if args.json:
            print_json(ops)
        else:
            print_table(["#", "when (UTC)", "who", "what", "changes"],
                        [(o.id, o.at.isoformat(sep=" ", timespec="seconds"), o.user, o.description, o.changes)
                         for o in ops])
        return 0
    kind, record_id = args.record
    entries = changes.record_history(db, kind, record_id)
    if args.json:
        print_json(entries)
        return 0
    for e in entries:
        part = "" if (e.entity, e.entity_id) == (kind, str(record_id)) else f" {e.entity} '{e.label}'"
        print(f"{e.at.isoformat(sep=' ', timespec='seconds')}  {e.user}  {e.action}{part}  ({e.operation})")
        for name, (old, new) in e.fields.items():
            print(f"    {name}: {_shown(old)} → {_shown(new)}")
    if not entries:
        print(f"No recorded changes of {kind} {record_id}.")
    return 0


def _shown(value: object) -> str:
    return "—" if value is None else str(value)


def _footer(shown: int, total: int) -> None:
    if total == 0:
        print("(none)")
    elif shown < total:
        print(f"({shown} of {total}; use --limit and --offset for more)")
    else:
        print(f"({total})")

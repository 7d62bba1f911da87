"""Commands that look after the database: demo data, backups, restore, the check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db.catalogue import record_name
from db.cli.language import notice_text, tr
from db.cli.output import print_json, print_table
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.location import Location

SEEDED = QT_TRANSLATE_NOOP("CommandLine", "Loaded the demo data: {counts}.")
SYNTHETIC = QT_TRANSLATE_NOOP("CommandLine", "Added synthetic data: {counts}.")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("CommandLine", ", ")
# One phrase per kind and number, so that English says "1 membership" and "2 memberships".
COUNTS = {
    "organisations": (QT_TRANSLATE_NOOP("CommandLine", "{count} organisation"),
                      QT_TRANSLATE_NOOP("CommandLine", "{count} organisations")),
    "agreements": (QT_TRANSLATE_NOOP("CommandLine", "{count} agreement"),
                   QT_TRANSLATE_NOOP("CommandLine", "{count} agreements")),
    "memberships": (QT_TRANSLATE_NOOP("CommandLine", "{count} membership"),
                    QT_TRANSLATE_NOOP("CommandLine", "{count} memberships")),
    "contacts": (QT_TRANSLATE_NOOP("CommandLine", "{count} contact"),
                 QT_TRANSLATE_NOOP("CommandLine", "{count} contacts")),
    "activities": (QT_TRANSLATE_NOOP("CommandLine", "{count} activity"),
                   QT_TRANSLATE_NOOP("CommandLine", "{count} activities")),
}
BACKED_UP = QT_TRANSLATE_NOOP("CommandLine", "Backed up {location} to {path} ({size} bytes, checked).")
RESTORED = QT_TRANSLATE_NOOP("CommandLine", "Restored {location} from {source}.")
KEPT_BEFORE = QT_TRANSLATE_NOOP("CommandLine", "The database as it was before is kept in {path}.")
TAKEN = QT_TRANSLATE_NOOP("CommandLine", "Taken")
REASON = QT_TRANSLATE_NOOP("CommandLine", "Reason")
SIZE = QT_TRANSLATE_NOOP("CommandLine", "Size (bytes)")
FILE = QT_TRANSLATE_NOOP("CommandLine", "File")
NO_BACKUPS = QT_TRANSLATE_NOOP("CommandLine", "There are no backups of {location} yet.")
CHECK_DATABASE = QT_TRANSLATE_NOOP("CommandLine", "Database: {location}")
CHECK_SCHEMA = QT_TRANSLATE_NOOP("CommandLine", "Schema: {revision} (this program: {head})")
CHECK_JOURNAL = QT_TRANSLATE_NOOP("CommandLine", "Journal: {mode}")
CHECK_COUNT = QT_TRANSLATE_NOOP("CommandLine", "Records ({record}): {count}")
CHECK_WARNING = QT_TRANSLATE_NOOP("CommandLine", "Warning: {message}")
CHECK_PROBLEM = QT_TRANSLATE_NOOP("CommandLine", "PROBLEM: {message}")
CHECK_OK = QT_TRANSLATE_NOOP("CommandLine", "OK: no problems found.")
CHECK_FAILED = QT_TRANSLATE_NOOP("CommandLine", "Problems found.")
# The check's counts by the kind of record they count.
COUNTED_KINDS = {"organisations": "organisation", "contacts": "contact", "memberships": "membership",
                 "agreements": "agreement", "activities": "activity", "documents": "agreement_document"}


def counts_phrase(lang: str, summary: object) -> str:
    """``15 organisations, 14 agreements, 1 membership`` from a summary's counts; kinds
    with none are left out."""
    phrases = []
    for name, (one, many) in COUNTS.items():
        count = getattr(summary, name, None)
        if count:
            phrases.append(tr(lang, one if count == 1 else many, count=f"{count:,}"))
    return tr(lang, LIST_SEPARATOR).join(phrases)


def demo(db: Database, args: argparse.Namespace) -> int:
    """The seed's data on an empty database (refused on a non-empty one); with --size,
    synthetic organisations on top, seeding first if the database is empty."""
    from db.demo.seed import load_seed

    lang = args.lang
    report: dict = {}
    # Whether the database is empty is decided inside the seed's own write transaction,
    # so two runs at once cannot both load it.
    seeded = load_seed(db, if_empty=args.size is not None)
    if seeded is not None:
        report["seed"] = seeded
        if not args.json:
            print(tr(lang, SEEDED, counts=counts_phrase(lang, seeded)))
    if args.size:
        from db.demo.synthetic import add_synthetic

        progress = _progress if sys.stderr.isatty() else None
        report["synthetic"] = add_synthetic(db, args.size, seed=args.seed, progress=progress)
        if not args.json:
            print(tr(lang, SYNTHETIC, counts=counts_phrase(lang, report["synthetic"])))
    if args.json:
        print_json(report)
    return 0


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\r{done:,}/{total:,}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def take_backup(location: Location, args: argparse.Namespace) -> int:
    from db import backup

    made = backup.take_backup(location, reason="manual", target=Path(args.to) if args.to else None)
    if args.json:
        print_json(made)
    else:
        print(tr(args.lang, BACKED_UP, location=location, path=made.path, size=f"{made.size:,}"))
    return 0


def list_backups(location: Location, args: argparse.Namespace) -> int:
    from db import backup

    found = backup.list_backups(location)
    if args.json:
        print_json(found)
    elif not found:
        print(tr(args.lang, NO_BACKUPS, location=location))
    else:
        lang = args.lang
        print_table([tr(lang, TAKEN), tr(lang, REASON), tr(lang, SIZE), tr(lang, FILE)],
                    [(b.taken_at.isoformat(sep=" "), b.reason, f"{b.size:,}", b.path) for b in found],
                    max_width=120)
    return 0


def restore(location: Location, args: argparse.Namespace) -> int:
    from db.lifecycle import restore_database

    source = Path(args.source)
    safety = restore_database(location, source)
    if args.json:
        print_json({"restored_from": source, "database": str(location), "safety_backup": safety})
    else:
        print(tr(args.lang, RESTORED, location=location, source=source))
        if safety:
            print(tr(args.lang, KEPT_BEFORE, path=safety))
    return 0


def check(db: Database, args: argparse.Namespace) -> int:
    from db import migrate
    from db.services.integrity import check_database

    lang = args.lang
    report = check_database(db)
    if args.json:
        print_json(report)
        return 0 if report.ok else 1
    print(tr(lang, CHECK_DATABASE, location=db.location))
    print(tr(lang, CHECK_SCHEMA, revision=report.revision or "—", head=migrate.head_revision()))
    print(tr(lang, CHECK_JOURNAL, mode=report.journal_mode))
    for name, count in report.counts.items():
        print(tr(lang, CHECK_COUNT, record=record_name(COUNTED_KINDS.get(name, name), lang), count=f"{count:,}"))
    for warning in db.warnings:
        print(tr(lang, CHECK_WARNING, message=notice_text(warning, lang)))
    for problem in report.problems:
        print(tr(lang, CHECK_PROBLEM, message=notice_text(problem, lang)))
    print(tr(lang, CHECK_OK if report.ok else CHECK_FAILED))
    return 0 if report.ok else 1

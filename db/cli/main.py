"""``kakehashi [--db PATH] [--json] COMMAND``: the command line over the core.

Exit codes: 0 success, 1 invalid data (or a failed check), 2 a usage error or input
that cannot be read.  Errors are one clear line on standard error; the details of an
unexpected failure go to the log file, never to the screen as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from db import dates
from db.cli import commands
from db.errors import DatabaseError, KakehashiError
from db.lifecycle import open_database
from db.location import ENV_VAR, resolve
from db.logs import configure_logging
from db.models import ActivityKind, AgreementKind, AgreementStatus, OrganisationKind

log = logging.getLogger("kakehashi.cli")

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _date(text: str):
    """Dates on the command line: ISO or any form people type (令和7年6月1日, R7.6.1)."""
    try:
        return dates.parse_date(text)
    except dates.DateParseError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help=f"database file or SQLAlchemy URL (default: ${ENV_VAR}, else the app's data folder)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts")

    parser = argparse.ArgumentParser(
        prog="kakehashi", parents=[common],
        description="Kakehashi (架け橋): partner organisations, agreements and activities of a "
                    "life-science network office, on this computer.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, handler, needs: str = "db") -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(handler=handler, needs=needs)
        return p

    def listing(p: argparse.ArgumentParser, kinds) -> None:
        p.add_argument("--search", "-s", metavar="TEXT", help="Japanese, English or kana; every word must match")
        p.add_argument("--kind", action="append", choices=[k.value for k in kinds], help="repeatable")
        p.add_argument("--trash", action="store_true", help="list the trash instead")
        p.add_argument("--limit", type=_positive, default=None)
        p.add_argument("--offset", type=_positive, default=0)

    p = command("partners", "list organisations", commands.partners)
    listing(p, OrganisationKind)
    p.add_argument("--country", metavar="CC", help="two-letter country code, e.g. JP")
    p.add_argument("--tag")
    p.add_argument("--role", choices=["partner", "member"],
                   help="partner: party to an agreement; member: a membership running today")

    p = command("agreements", "list agreements", commands.agreement_list)
    listing(p, AgreementKind)
    p.add_argument("--status", action="append", choices=[s.value for s in AgreementStatus], help="repeatable")
    p.add_argument("--partner", type=int, metavar="ID", help="only agreements with this organisation")
    p.add_argument("--today", type=_date, help="date the statuses are worked out for (default: today)")

    p = command("contacts", "list contact persons", commands.contact_list)
    listing(p, ())
    p.add_argument("--partner", type=int, metavar="ID", help="only this organisation's contacts")

    p = command("activities", "list activities", commands.activity_list)
    listing(p, ActivityKind)
    p.add_argument("--agreement", type=int, metavar="ID")
    p.add_argument("--partner", type=int, metavar="ID")
    p.add_argument("--since", type=_date, metavar="DATE")
    p.add_argument("--until", type=_date, metavar="DATE")

    p = command("upcoming", "what falls due: renewal deadlines, expiries, membership ends, activities",
                commands.upcoming)
    p.add_argument("--days", type=_positive, default=30, help="how far ahead to look (default 30)")
    p.add_argument("--today", type=_date, help="start from this date instead of today")

    p = command("demo", "fill an empty database with the demo data; --size N adds N synthetic organisations",
                commands.demo)
    p.add_argument("--size", type=_positive, metavar="N")
    p.add_argument("--seed", type=int, default=0, help="random seed of the synthetic data")

    p = command("backup", "take a checked backup of the database", commands.take_backup, needs="location")
    p.add_argument("--to", type=Path, metavar="FILE", help="write the backup here instead of the backups folder")
    command("backups", "list the backups of the database", commands.list_backups, needs="location")
    p = command("restore", "replace the database with a backup (the current state is backed up first)",
                commands.restore, needs="location")
    p.add_argument("source", type=Path, metavar="BACKUP")
    command("check", "check the database's integrity", commands.check)
    p = command("history", "the latest changes, or every change of one record (e.g. history organisation 14)",
                commands.history)
    p.add_argument("record", nargs="*", metavar="KIND ID",
                   help="organisation, contact, membership, agreement or activity, and its id")
    p.add_argument("--limit", type=_positive, default=None)
    return parser


def _record_ref(parser: argparse.ArgumentParser, words: list[str]) -> tuple[str, int] | None:
    if not words:
        return None
    if len(words) != 2 or not words[1].isdigit():
        parser.error("history takes a kind and an id, e.g. 'history agreement 14'")
    return words[0], int(words[1])


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.json = getattr(args, "json", False)
    if args.command == "history":
        args.record = _record_ref(parser, args.record)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    log_file = configure_logging()
    _utf8_output(args.json)
    try:
        if args.needs == "location":
            return args.handler(resolve(getattr(args, "db", None)), args)
        with open_database(getattr(args, "db", None)) as db:
            for warning in db.warnings:
                print(f"kakehashi: warning: {warning}", file=sys.stderr)
            return args.handler(db, args)
    except DatabaseError as exc:
        return _fail(exc.text(), EXIT_USAGE)
    except KakehashiError as exc:
        return _fail(exc.text(), EXIT_INVALID)
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), EXIT_USAGE)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INVALID)
    except Exception:  # noqa: BLE001 - the one place that turns a crash into a message
        log.exception("Unexpected failure running %s", args.command)
        where = f"; details are in {log_file}" if log_file else ""
        return _fail(f"unexpected error in '{args.command}'{where}", EXIT_INVALID)


def _fail(message: str, code: int) -> int:
    print(f"kakehashi: error: {message}", file=sys.stderr)
    return code


def _utf8_output(json_mode: bool) -> None:
    """JSON is always UTF-8; text falls back to replacement characters on a narrow console."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        if json_mode and stream is sys.stdout:
            reconfigure(encoding="utf-8")
        else:
            reconfigure(errors="replace")

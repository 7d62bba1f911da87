"""The command line's arguments, with help in the user's language.

Building the parser imports nothing heavy: enumeration values come from the catalogue
(no SQLAlchemy), commands are named by ``module:function`` and imported only when
run, so ``kakehashi --help`` and ``--version`` start in a moment.
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Callable

from db import catalogue
from db.cli.language import error_text, help_text, tr
from db.errors import QT_TRANSLATE_NOOP
from db.location import DEFAULT_FILE, ENV_VAR, app_data_dir

PROG = "kakehashi"
MAX_ROWS = 1_000_000_000  # --limit/--offset: far beyond any list, well inside SQLite's integers
MAX_ID = 2**63 - 1  # SQLite's largest integer
MAX_SIZE = 1_000_000  # demo --size: synthetic organisations in one run
DATE_EXAMPLES = "2025-06-01, 2025/6/1, 令和7年6月1日, R7.6.1"
TRASH_KINDS = ("organisation", "contact", "membership", "agreement", "activity")
IMPORT_KINDS = ("partners", "agreements", "contacts", "activities")  # db.exchange.model.KINDS, kept light here

NOT_WHOLE = QT_TRANSLATE_NOOP("CommandLine", "'{text}' is not a whole number.")
NEGATIVE = QT_TRANSLATE_NOOP("CommandLine", "{value} is negative; give 0 or more.")
TOO_LARGE = QT_TRANSLATE_NOOP("CommandLine", "{value} is too large; the most allowed is {limit}.")
NOT_AN_ID = QT_TRANSLATE_NOOP("CommandLine", "'{text}' is not an id (a whole number from 1).")


# ---------------------------------------------------------------- help layout


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: East Asian wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


NO_LINE_START = "、。，．）」』】ー・：！？"  # Japanese line-breaking rules: these never begin a line


def _segments(word: str) -> list[str]:
    """A word cut where a line may break: between two wide (Japanese) characters only,
    not just before a number or a Latin word (令和7年6月1日 stays whole), and never
    before closing punctuation."""
    out: list[str] = []
    for i, c in enumerate(word):
        breakable = (out and display_width(c) == 2 and display_width(out[-1][-1]) == 2 and c not in NO_LINE_START
                     and (i + 1 == len(word) or display_width(word[i + 1]) == 2))
        if out and not breakable:
            out[-1] += c
        else:
            out.append(c)
    return out


def wrap(text: str, limit: int) -> list[str]:
    """Wrap by display width; Japanese may break between any two characters, Latin
    words only at spaces (argparse's textwrap counts characters and breaks at spaces)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        for n, segment in enumerate(_segments(word)):
            joined = (f"{line} {segment}" if n == 0 else line + segment) if line else segment
            if line and display_width(joined) > limit:
                lines.append(line)
                line = segment
            else:
                line = joined
    if line:
        lines.append(line)
    return lines


class Parser(argparse.ArgumentParser):
    """An error is one line (no usage dump above it); ``--help`` shows the usage."""

    def error(self, message: str):
        self.exit(2, argparse._("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})


class Formatter(argparse.HelpFormatter):
    """Help wrapped by display width, and a description's line breaks kept."""

    def _format_usage(self, usage, actions, groups, prefix) -> str:
        # argparse indents the usage's continuation lines by len("usage: "); 使い方: is wider.
        text = super()._format_usage(usage, actions, groups, prefix)
        shown = argparse._("usage: ") if prefix is None else prefix
        extra = display_width(shown) - len(shown)
        if extra <= 0:
            return text
        first, *rest = text.split("\n")
        return "\n".join([first, *((" " * extra + line) if line.strip() else line for line in rest)])

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(" ".join(text.split()), width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for paragraph in text.split("\n")
                         for line in (wrap(" ".join(paragraph.split()), width - len(indent)) or [""]))


# ---------------------------------------------------------------- argument types


def whole_number(lang: str, maximum: int) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(tr(lang, NOT_WHOLE, text=text)) from None
        if value < 0:
            raise argparse.ArgumentTypeError(tr(lang, NEGATIVE, value=value))
        if value > maximum:
            raise argparse.ArgumentTypeError(tr(lang, TOO_LARGE, value=text, limit=f"{maximum:,}"))
        return value
    return convert


def record_id(lang: str) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(tr(lang, NOT_AN_ID, text=text)) from None
        if not 1 <= value <= MAX_ID:
            raise argparse.ArgumentTypeError(tr(lang, NOT_AN_ID, text=text))
        return value
    return convert


def day(lang: str) -> Callable[[str], object]:
    """Dates as people type them (令和7年6月1日, R7.6.1) as well as ISO."""
    def convert(text: str):
        from db import dates

        try:
            return dates.parse_date(text)
        except dates.DateParseError as exc:
            raise argparse.ArgumentTypeError(error_text(exc, lang)) from None
    return convert


def _values(enum_name: str, lang: str) -> str:
    """``university (University), …``: the value to type and what it means."""
    return ", ".join(f"{v} ({catalogue.value_label(enum_name, v, lang)})" for v in catalogue.values(enum_name))


# ---------------------------------------------------------------- the parser


def build_parser(lang: str) -> argparse.ArgumentParser:
    """The whole command line in ``lang``.  Build and use it inside
    ``language.argparse_language(lang)`` so that argparse's own words match."""

    def h(source: str, /, **params: object) -> str:
        return help_text(lang, source, **params)

    def parser_for(**kwargs) -> argparse.ArgumentParser:
        return Parser(formatter_class=Formatter, allow_abbrev=False, **kwargs)

    common = parser_for(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "database file or SQLAlchemy URL (default: ${variable} if set, else {path})"),
        variable=ENV_VAR, path=app_data_dir() / DEFAULT_FILE))
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "print JSON for scripts: the same keys in every language, ISO dates")))
    common.add_argument("--lang", choices=("ja", "en"), default=argparse.SUPPRESS, help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "language of the output: ja (Japanese) or en (English); default: the system's")))

    parser = parser_for(prog=PROG, parents=[common], description=tr(lang, QT_TRANSLATE_NOOP(
        "CommandLine", "Kakehashi (架け橋): partner organisations, agreements and activities of a "
                       "life-science network office, on this computer.")),
        epilog=tr(lang, QT_TRANSLATE_NOOP(
            "CommandLine", "Dates may be typed as {examples}. Exit codes: 0 success, 1 invalid data or a "
                           "failed check, 2 a usage error or a database or file that cannot be used."),
            examples=DATE_EXAMPLES))
    parser.add_argument("--version", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "print the program's version and exit")))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=tr(lang, QT_TRANSLATE_NOOP(
        "CommandLine", "commands")), help=h(QT_TRANSLATE_NOOP(
            "CommandLine", "what to do; 'kakehashi COMMAND --help' tells more about each")))

    def command(name: str, source: str, handler: str, needs: str = "read", **params) -> argparse.ArgumentParser:
        """``needs``: "read" and "write" open an existing database, "create" may make one,
        "location" only works out where it is (backups)."""
        text = tr(lang, source, **params)
        p = sub.add_parser(name, parents=[common], help=text.replace("%", "%%"), description=text,
                           formatter_class=Formatter, allow_abbrev=False)
        p.set_defaults(handler=handler, needs=needs)
        return p

    def paging(p: argparse.ArgumentParser) -> None:
        p.add_argument("--limit", type=whole_number(lang, MAX_ROWS), metavar="N", default=None,
                       help=h(QT_TRANSLATE_NOOP("CommandLine", "show at most N rows")))
        p.add_argument("--offset", type=whole_number(lang, MAX_ROWS), metavar="N", default=0,
                       help=h(QT_TRANSLATE_NOOP("CommandLine", "skip the first N rows (default: 0)")))

    def listing(p: argparse.ArgumentParser, enum_name: str | None) -> None:
        p.add_argument("--search", "-s", metavar="TEXT", help=h(QT_TRANSLATE_NOOP(
            "CommandLine", "Japanese, English or kana; every word must match")))
        if enum_name:
            p.add_argument("--kind", action="append", choices=catalogue.values(enum_name), metavar="KIND",
                           help=h(QT_TRANSLATE_NOOP("CommandLine", "only this kind; repeatable: {values}"),
                                  values=_values(enum_name, lang)))
        p.add_argument("--trash", action="store_true", help=h(QT_TRANSLATE_NOOP(
            "CommandLine", "list what is in the trash instead")))
        paging(p)

    def date_option(p: argparse.ArgumentParser, name: str, source: str) -> None:
        p.add_argument(name, type=day(lang), metavar="DATE", help=h(source, examples=DATE_EXAMPLES))

    p = command("partners", QT_TRANSLATE_NOOP("CommandLine", "list organisations"), "lists:partners")
    listing(p, "OrganisationKind")
    p.add_argument("--country", metavar="CC", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only this country: its two-letter code, e.g. JP")))
    p.add_argument("--tag", metavar="TAG", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only organisations with this tag")))
    p.add_argument("--role", choices=("partner", "member"), help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "partner: a party to an agreement; member: a membership running today")))

    p = command("agreements", QT_TRANSLATE_NOOP("CommandLine", "list agreements"), "lists:agreements")
    listing(p, "AgreementKind")
    p.add_argument("--status", action="append", choices=catalogue.values("AgreementStatus"), metavar="STATUS",
                   help=h(QT_TRANSLATE_NOOP("CommandLine", "only agreements with this status; repeatable: {values}"),
                          values=_values("AgreementStatus", lang)))
    p.add_argument("--partner", type=record_id(lang), metavar="ID", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only agreements with this organisation (its id)")))
    date_option(p, "--today", QT_TRANSLATE_NOOP(
        "CommandLine", "the day the statuses are worked out for (default: today; e.g. {examples})"))

    p = command("contacts", QT_TRANSLATE_NOOP("CommandLine", "list contact persons"), "lists:contacts")
    listing(p, None)
    p.add_argument("--partner", type=record_id(lang), metavar="ID", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only this organisation's contacts (its id)")))

    p = command("memberships", QT_TRANSLATE_NOOP("CommandLine", "list memberships of the network"),
                "lists:memberships")
    p.add_argument("--partner", type=record_id(lang), metavar="ID", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only this organisation's memberships (its id)")))
    p.add_argument("--tier", choices=catalogue.values("MembershipTier"), metavar="TIER", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only this tier: {values}"), values=_values("MembershipTier", lang)))
    p.add_argument("--current", type=day(lang), nargs="?", const=True, metavar="DATE", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only memberships running today, or on DATE (e.g. {examples})"), examples=DATE_EXAMPLES))
    p.add_argument("--trash", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "list what is in the trash instead")))
    paging(p)

    p = command("activities", QT_TRANSLATE_NOOP("CommandLine", "list activities"), "lists:activities")
    listing(p, "ActivityKind")
    p.add_argument("--agreement", type=record_id(lang), metavar="ID", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only activities under this agreement (its id)")))
    p.add_argument("--partner", type=record_id(lang), metavar="ID", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only activities with this organisation (its id)")))
    date_option(p, "--since", QT_TRANSLATE_NOOP(
        "CommandLine", "only activities on or after this date (e.g. {examples})"))
    date_option(p, "--until", QT_TRANSLATE_NOOP(
        "CommandLine", "only activities on or before this date (e.g. {examples})"))

    p = command("trash", QT_TRANSLATE_NOOP(
        "CommandLine", "list what is in the trash; 'trash restore KIND ID' takes a record back out, "
                       "'trash purge KIND ID' deletes it for good, 'trash empty' deletes everything in it for good"),
        "lists:trash")
    p.add_argument("action", nargs="?", choices=("restore", "purge", "empty"), metavar="ACTION",
                   help=h(QT_TRANSLATE_NOOP("CommandLine", "restore, purge or empty; without it, the trash is listed")))
    p.add_argument("kind", nargs="?", choices=TRASH_KINDS, metavar="KIND", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "the kind of record: {kinds}"), kinds=", ".join(TRASH_KINDS)))
    p.add_argument("id", nargs="?", type=record_id(lang), metavar="ID", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "the record's id, as the list shows it")))

    p = command("upcoming", QT_TRANSLATE_NOOP(
        "CommandLine", "what falls due: renewal decision deadlines, expiries, membership ends, activities"),
        "lists:upcoming")
    p.add_argument("--days", type=whole_number(lang, MAX_ROWS), default=30, metavar="N", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "how many days ahead to look (default: 30)")))
    date_option(p, "--today", QT_TRANSLATE_NOOP(
        "CommandLine", "count from this date instead of today (e.g. {examples})"))

    p = command("history", QT_TRANSLATE_NOOP(
        "CommandLine", "the latest changes, or every change of one record (e.g. history organisation 14)"),
        "history:history")
    p.add_argument("record", nargs="*", metavar="KIND ID", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "organisation, contact, membership, agreement or activity, and its id")))
    p.add_argument("--limit", type=whole_number(lang, MAX_ROWS), metavar="N", default=None, help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "show at most N of the latest changes (default: 50)")))

    p = command("demo", QT_TRANSLATE_NOOP(
        "CommandLine", "fill an empty database with the demo data of the press release; with --size, add "
                       "synthetic organisations for trying things at scale"), "maintenance:demo", needs="create")
    p.add_argument("--size", type=whole_number(lang, MAX_SIZE), metavar="N", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "add N synthetic organisations with their contacts, agreements and activities "
                       "(at most {limit}); an empty database gets the demo data first"), limit=f"{MAX_SIZE:,}"))
    p.add_argument("--seed", type=whole_number(lang, MAX_ID), default=0, metavar="N", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "random seed of the synthetic data; the same seed gives the same data (default: 0)")))

    p = command("backup", QT_TRANSLATE_NOOP("CommandLine", "take a checked backup of the database"),
                "maintenance:take_backup", needs="location")
    p.add_argument("--to", metavar="FILE", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "write the backup to this file instead of the backups folder")))
    command("backups", QT_TRANSLATE_NOOP("CommandLine", "list the backups of the database"),
            "maintenance:list_backups", needs="location")
    p = command("restore", QT_TRANSLATE_NOOP(
        "CommandLine", "replace the database with a backup (the current state is backed up first)"),
        "maintenance:restore", needs="location")
    p.add_argument("source", metavar="BACKUP", help=h(QT_TRANSLATE_NOOP("CommandLine", "the backup file to restore")))
    command("check", QT_TRANSLATE_NOOP("CommandLine", "check the database's integrity"), "maintenance:check")

    from db.cli.export import KINDS as EXPORT_KINDS, id_list

    p = command("export", QT_TRANSLATE_NOOP(
        "CommandLine", "write a list to .xlsx or .csv to edit and import again (its key column turns the rows "
                       "into updates), or a blank template; headers in the language of --lang"), "export:export")
    p.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "what to write: {kinds}"), kinds=", ".join(EXPORT_KINDS)))
    p.add_argument("out", metavar="OUT", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "the file to write: .xlsx (Excel) or .csv; its suffix decides the format")))
    p.add_argument("--era", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "show dates in the Japanese era (令和7年4月1日) instead of 2025/04/01 (.xlsx)")))
    p.add_argument("--template", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "write a blank template to fill in instead of the records (.xlsx)")))
    p.add_argument("--csv", choices=("utf-8", "cp932"), metavar="ENCODING", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "the CSV's encoding: utf-8 (with a BOM, for current Excel; the default) or cp932 "
                       "(Shift_JIS, for older Excel)")))
    p.add_argument("--ids", type=id_list(lang), metavar="ID,ID", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only these records: their ids, separated by commas (e.g. 1,2,3)")))

    p = command("ics", QT_TRANSLATE_NOOP(
        "CommandLine", "write what falls due to an iCalendar file (.ics) for Outlook, Google Calendar or a phone: "
                       "all-day events with reminders; importing a newer file again updates the events"),
        "calendar:ics")
    p.add_argument("out", metavar="OUT.ics", help=h(QT_TRANSLATE_NOOP("CommandLine", "the .ics file to write")))
    p.add_argument("--days", type=whole_number(lang, MAX_ROWS), default=None, metavar="N", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only the N days from today (default: from a year ago to five years ahead)")))
    date_option(p, "--today", QT_TRANSLATE_NOOP(
        "CommandLine", "count from this date instead of today (e.g. {examples})"))

    p = command("import", QT_TRANSLATE_NOOP(
        "CommandLine", "import a spreadsheet (.xlsx, .xlsm, .xls, .ods, .csv); every row is checked first"),
        "imports:run_import", needs="write")
    p.add_argument("file", metavar="FILE", help=h(QT_TRANSLATE_NOOP("CommandLine", "the file to import")))
    p.add_argument("--kind", required=True, choices=IMPORT_KINDS, metavar="KIND", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "what the file lists: {kinds}"), kinds=", ".join(IMPORT_KINDS)))
    p.add_argument("--sheet", metavar="NAME", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "the sheet to read (default: the one that looks most like the list)")))
    p.add_argument("--map", action="append", metavar="HEADER=FIELD", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "read the column HEADER as FIELD (a field name or label; empty to leave the column out); "
                       "repeatable")))
    p.add_argument("--dry-run", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "only show what would change; write nothing")))
    p.add_argument("--skip-errors", action="store_true", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "write the rows without errors and leave the others out (without it, one row with an "
                       "error means nothing is written)")))
    p = command("imports", QT_TRANSLATE_NOOP("CommandLine", "list past imports, latest first"),
                "imports:list_imports")
    p.add_argument("--limit", type=whole_number(lang, MAX_ROWS), metavar="N", default=50, help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "show at most N imports (default: 50)")))
    p = command("undo-import", QT_TRANSLATE_NOOP(
        "CommandLine", "undo an import completely: remove the records it added, put back the fields it changed"),
        "imports:undo_import", needs="write")
    p.add_argument("batch", type=record_id(lang), metavar="NUMBER", help=h(QT_TRANSLATE_NOOP(
        "CommandLine", "the import's number, as 'kakehashi imports' lists it")))
    return parser

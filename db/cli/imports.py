"""``kakehashi import``, ``imports`` and ``undo-import``: the importer from the command line.

``import`` previews first, always; it writes only without ``--dry-run`` and only when no
row has an error (or with ``--skip-errors``).  Exit 0 on success, 1 when rows have
errors, 2 when the file cannot be read.  ``--json`` prints one object with the keys
``created``, ``updated``, ``unchanged``, ``errors``, ``warnings``, ``mapping`` and
``batch`` (null on a dry run), the same in every language.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from db import catalogue
from db.cli.language import UsageError, error_text, tr
from db.cli.output import local_time, print_json, print_table
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.i18n import fill

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2

SUMMARY = QT_TRANSLATE_NOOP(
    "CommandLine", "{file}, sheet “{sheet}”: {created} new, {updated} updated, {unchanged} unchanged, "
                   "{errors} with errors.")
DRY_RUN = QT_TRANSLATE_NOOP("CommandLine", "Dry run: nothing was written.")
WRITTEN = QT_TRANSLATE_NOOP(
    "CommandLine", "Imported as number {batch}; 'kakehashi undo-import {batch}' takes it back. Backup: {backup}")
WRITTEN_NO_BACKUP = QT_TRANSLATE_NOOP(
    "CommandLine", "Imported as number {batch}; 'kakehashi undo-import {batch}' takes it back.")
NOTHING_TO_WRITE = QT_TRANSLATE_NOOP("CommandLine", "Nothing to change: the database already holds every row.")
SKIPPED = QT_TRANSLATE_NOOP("CommandLine", "{count} rows with errors were left out.")
ROW_PROBLEM = QT_TRANSLATE_NOOP("CommandLine", "Row {row}, column “{column}”: {message}")
ROW_ONLY = QT_TRANSLATE_NOOP("CommandLine", "Row {row}: {message}")
ERROR_LINE = QT_TRANSLATE_NOOP("CommandLine", "error: {text}")
WARNING_LINE = QT_TRANSLATE_NOOP("CommandLine", "warning: {text}")
CHANGE_LINE = QT_TRANSLATE_NOOP("CommandLine", "Row {row} {label}: {field}: {before} → {after}")
NEW_LINE = QT_TRANSLATE_NOOP("CommandLine", "Row {row}: new: {label}")
MAPPED = QT_TRANSLATE_NOOP("CommandLine", "Columns: {pairs}")
NOT_MAPPED = QT_TRANSLATE_NOOP("CommandLine", "(not imported)")
BAD_MAP = QT_TRANSLATE_NOOP("CommandLine", "--map takes HEADER=field, e.g. --map \"団体名称=name_ja\"; got '{text}'")
UNDONE = QT_TRANSLATE_NOOP(
    "CommandLine", "Undid import number {batch}: removed {removed} records it added, restored {restored}.")
NO_IMPORTS = QT_TRANSLATE_NOOP("CommandLine", "No imports yet.")
NUMBER = QT_TRANSLATE_NOOP("CommandLine", "No.")
WHEN = QT_TRANSLATE_NOOP("CommandLine", "When")
WHO = QT_TRANSLATE_NOOP("CommandLine", "Who")
LIST = QT_TRANSLATE_NOOP("CommandLine", "List")
FILE = QT_TRANSLATE_NOOP("CommandLine", "File")
COUNTS = QT_TRANSLATE_NOOP("CommandLine", "New / updated / unchanged")
UNDONE_AT = QT_TRANSLATE_NOOP("CommandLine", "Undone")


def _problem(problem: Any, lang: str) -> dict[str, Any]:
    return {"row": problem.row, "column": problem.column, "message": fill(problem.context, problem.message,
                                                                          problem.params, lang)}


def _line(problem: Any, lang: str) -> str:
    message = fill(problem.context, problem.message, problem.params, lang)
    if problem.names_its_row:
        return message
    if problem.row is not None and problem.column:
        return tr(lang, ROW_PROBLEM, row=problem.row, column=problem.column, message=message)
    if problem.row is not None:
        return tr(lang, ROW_ONLY, row=problem.row, message=message)
    return message


def _overrides(args: argparse.Namespace) -> dict[str, str]:
    found = {}
    for text in args.map or ():
        header, sep, field = text.partition("=")
        if not sep or not header.strip():
            raise UsageError(tr(args.lang, BAD_MAP, text=text))
        found[header.strip()] = field.strip()
    return found


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "、".join(_shown(v) for v in value) or "—"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def run_import(db: Database, args: argparse.Namespace) -> int:
    from db.exchange import importer
    from db.exchange.model import ExchangeError

    lang = args.lang
    try:
        preview = importer.preview(db, args.file, args.kind, sheet=args.sheet, overrides=_overrides(args) or None)
    except ExchangeError as exc:
        from db.cli.main import ERROR

        print(tr(lang, ERROR, message=error_text(exc, lang)), file=sys.stderr)
        return EXIT_UNREADABLE
    result = importer.dry_run_result(preview)
    failed_rows = sum(1 for r in preview.rows if r.errors)
    if not args.dry_run and (not failed_rows or args.skip_errors):
        try:
            result = importer.commit(db, preview, skip_errors=args.skip_errors)
        except importer.HasErrors:  # someone saved meanwhile and a row no longer fits
            pass
    code = EXIT_INVALID if result.errors else EXIT_OK
    if args.json:
        print_json({"created": result.created, "updated": result.updated, "unchanged": result.unchanged,
                    "errors": [_problem(p, lang) for p in result.errors],
                    "warnings": [_problem(p, lang) for p in result.warnings],
                    "mapping": result.mapping, "batch": result.batch})
        return code
    kind = catalogue_kind(args.kind)
    pairs = ", ".join(f"{header} → {catalogue.field_label(kind, field, lang) if field else tr(lang, NOT_MAPPED)}"
                      for header, field in result.mapping.items())
    print(tr(lang, MAPPED, pairs=pairs))
    for row in preview.rows:
        if row.action == "new" and args.dry_run:
            print(tr(lang, NEW_LINE, row=row.number, label=row.label))
        if row.action == "update":
            for name, (before, after) in row.changes.items():
                print(tr(lang, CHANGE_LINE, row=row.number, label=row.label,
                         field=catalogue.field_label(kind, name, lang), before=_shown(before), after=_shown(after)))
    for problem in result.warnings:
        print(tr(lang, WARNING_LINE, text=_line(problem, lang)))
    for problem in result.errors:
        print(tr(lang, ERROR_LINE, text=_line(problem, lang)))
    print(tr(lang, SUMMARY, file=preview.path.rsplit("/", 1)[-1], sheet=preview.sheet, created=result.created,
             updated=result.updated, unchanged=result.unchanged, errors=failed_rows))
    if result.batch is not None:
        if result.skipped:
            print(tr(lang, SKIPPED, count=result.skipped))
        print(tr(lang, WRITTEN, batch=result.batch, backup=result.backup) if result.backup
              else tr(lang, WRITTEN_NO_BACKUP, batch=result.batch))
    elif args.dry_run or failed_rows:
        print(tr(lang, DRY_RUN))
    else:
        print(tr(lang, NOTHING_TO_WRITE))
    return code


def catalogue_kind(list_kind: str) -> str:
    from db.exchange.model import KINDS

    return KINDS[list_kind]


def list_imports(db: Database, args: argparse.Namespace) -> int:
    from db.exchange import batches

    found = batches.list_batches(db, limit=args.limit)
    if args.json:
        print_json(found)
        return EXIT_OK
    lang = args.lang
    if not found:
        print(tr(lang, NO_IMPORTS))
        return EXIT_OK
    print_table([tr(lang, h) for h in (NUMBER, WHEN, WHO, LIST, FILE, COUNTS, UNDONE_AT)],
                [(b.id, local_time(b.at), b.user, catalogue.record_name(catalogue_kind(b.list_kind), lang), b.file_name,
                  f"{b.created} / {b.updated} / {b.unchanged}",
                  local_time(b.undone_at)) for b in found])
    return EXIT_OK


def undo_import(db: Database, args: argparse.Namespace) -> int:
    from db.exchange import batches

    done = batches.undo(db, args.batch)
    if args.json:
        print_json(done)
    else:
        print(tr(args.lang, UNDONE, batch=done.batch, removed=done.removed, restored=done.restored))
    return EXIT_OK

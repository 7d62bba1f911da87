"""``kakehashi [--db PATH] [--json] [--lang ja|en] COMMAND``: the command line over the core.

Exit codes: 0 success, 1 invalid data (or a failed check), 2 a usage error or a
database or file that cannot be used.  Every failure is one line on standard error in
the user's language; the details of an unexpected failure go to the log file, never to
the screen as a traceback.  Output cut short by its reader (``| head``) ends quietly.

Commands and the core are imported only when they run: ``--help`` and ``--version``
import almost nothing, and a list command only its own service.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from datetime import date
from importlib import import_module

from db.cli.language import Refused, UsageError, argparse_language, error_text, notice_text, pick_language, tr
from db.errors import QT_TRANSLATE_NOOP

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

ERROR = QT_TRANSLATE_NOOP("CommandLine", "kakehashi: error: {message}")
WARNING = QT_TRANSLATE_NOOP("CommandLine", "kakehashi: warning: {message}")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "CommandLine", "The argument '{text}' holds bytes that are not UTF-8 text; type it again as UTF-8 text.")
INTERRUPTED = QT_TRANSLATE_NOOP("CommandLine", "Interrupted; a change under way was not saved.")
UNEXPECTED = QT_TRANSLATE_NOOP("CommandLine", "unexpected error in '{command}'; the details are in {log}")
UNEXPECTED_NO_LOG = QT_TRANSLATE_NOOP("CommandLine", "unexpected error in '{command}'")
FILE_ERROR = QT_TRANSLATE_NOOP("CommandLine", "{path}: {detail}")
HISTORY_USAGE = QT_TRANSLATE_NOOP("CommandLine", "history takes a kind and an id, e.g. 'history agreement 14'")
TRASH_USAGE = QT_TRANSLATE_NOOP(
    "CommandLine", "'trash {action}' takes a kind and an id, e.g. 'trash {action} organisation 3'")
TRASH_EMPTY_ALONE = QT_TRANSLATE_NOOP("CommandLine", "'trash empty' takes no kind or id; it empties the whole trash")
TRASH_NO_ACTION = QT_TRANSLATE_NOOP(
    "CommandLine", "say what to do with the record: 'trash restore {kind} {id}' or 'trash purge {kind} {id}'")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = "en"
    try:
        lang = pick_language(argv)
        code = _run(argv, lang)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return _fail(lang, tr(lang, INTERRUPTED), EXIT_INVALID)
    except Exception:  # noqa: BLE001 - a fault before any command ran (the catalogue, the parser)
        from db.logs import configure_logging

        return _unexpected(lang, "kakehashi", configure_logging())


def _run(argv: list[str], lang: str) -> int:
    _tolerant_output("--json" in argv)
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            return _fail(lang, tr(lang, NOT_TEXT, text=shown), EXIT_USAGE)
    with argparse_language(lang):
        from db.cli.parser import build_parser

        parser = build_parser(lang)
        args = parser.parse_args(argv)
        if getattr(args, "version", False):
            print(f"kakehashi {program_version()}")
            return EXIT_OK
        if args.command is None:
            parser.print_help()
            return EXIT_OK
        _check_words(parser, args, lang)
    args.lang = lang
    args.json = getattr(args, "json", False)
    return _dispatch(args)


def startup_finished() -> None:
    """The command's modules are loaded: collect garbage again (the launcher paused it).

    The objects made while loading live until the program ends; ``gc.freeze`` sets them
    aside so that the collections from here on do not scan them again.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def program_version() -> str:
    """The installed package's version: the one place it is written is pyproject.toml."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kakehashi")
    except PackageNotFoundError:
        return "0+unknown"


def _check_words(parser: argparse.ArgumentParser, args: argparse.Namespace, lang: str) -> None:
    """Positional words argparse cannot check by itself."""
    if args.command == "history":
        words = args.record
        if words and (len(words) != 2 or not words[1].isdigit() or not 0 < int(words[1]) < 2**63):
            parser.error(tr(lang, HISTORY_USAGE))
        args.record = (words[0], int(words[1])) if words else None
    elif args.command == "trash" and (args.action or args.kind):
        if args.action is None:
            parser.error(tr(lang, TRASH_NO_ACTION, kind=args.kind, id=args.id or "ID"))
        if args.action == "empty" and args.kind is not None:
            parser.error(tr(lang, TRASH_EMPTY_ALONE))
        if args.action != "empty" and (args.kind is None or args.id is None):
            parser.error(tr(lang, TRASH_USAGE, action=args.action))


def _dispatch(args: argparse.Namespace) -> int:
    from db.errors import DatabaseError, KakehashiError
    from db.logs import configure_logging

    lang = args.lang
    log_file = configure_logging()
    module_name, _, function = args.handler.partition(":")
    handler = getattr(import_module(f"db.cli.{module_name}"), function)
    startup_finished()
    try:
        if args.command == "memberships" and args.current is True:  # --current without a date
            args.current = date.today()
        if args.needs == "location":
            from db.location import resolve

            return handler(resolve(getattr(args, "db", None)), args)
        from db.lifecycle import open_database

        # Reading a mistyped path must not leave an empty database (and its folders) behind.
        with open_database(getattr(args, "db", None), create=args.needs == "create") as db:
            for warning in db.warnings:
                print(tr(lang, WARNING, message=notice_text(warning, lang)), file=sys.stderr)
            return handler(db, args)
    except UsageError as exc:
        return _fail(lang, str(exc), EXIT_USAGE)
    except Refused as exc:
        return _fail(lang, str(exc), EXIT_INVALID)
    except DatabaseError as exc:
        return _fail(lang, error_text(exc, lang), EXIT_USAGE)
    except KakehashiError as exc:
        return _fail(lang, error_text(exc, lang), EXIT_INVALID)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except OSError as exc:
        detail = exc.strerror or str(exc)
        return _fail(lang, tr(lang, FILE_ERROR, path=exc.filename, detail=detail) if exc.filename else detail,
                     EXIT_USAGE)
    except Exception:  # noqa: BLE001 - the one place that turns a crash into a message
        return _unexpected(lang, args.command, log_file)


def _unexpected(lang: str, command: str, log_file) -> int:
    import logging

    logging.getLogger("kakehashi.cli").exception("Unexpected failure running %s", command)
    if log_file is None:
        return _fail(lang, tr(lang, UNEXPECTED_NO_LOG, command=command), EXIT_INVALID)
    return _fail(lang, tr(lang, UNEXPECTED, command=command, log=log_file), EXIT_INVALID)


def _fail(lang: str, message: str, code: int) -> int:
    # A validation error may hold one line per field: each gets the prefix.
    for line in message.splitlines() or [""]:
        print(tr(lang, ERROR, message=line), file=sys.stderr)
    return code


def _silence_stdout() -> None:
    """The reader went away (``| head``): stop writing, and let the interpreter's last
    flush at exit go to the null device instead of raising again (the recipe in
    Python's documentation of SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a file (tests capture it)
        pass


def _tolerant_output(json_mode: bool) -> None:
    """JSON is always UTF-8; text falls back to replacement characters on a narrow console."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        if json_mode and stream is sys.stdout:
            reconfigure(encoding="utf-8")
        else:
            reconfigure(errors="replace")


if __name__ == "__main__":
    sys.exit(main())

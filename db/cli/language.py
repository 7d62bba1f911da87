"""The command line's language: ``--lang``, else the system's, through the shared catalogue.

Every word the command line prints for people is English source text marked
``QT_TRANSLATE_NOOP("CommandLine", …)`` and translated with ``db.i18n.translate`` —
the catalogue the desktop uses.  argparse's own words ("usage:", "options", its error
formats) are translated too: argparse looks its module-level ``_``/``ngettext`` up each
time it needs a word, so :func:`argparse_language` points them at the catalogue while
the command line builds and runs its parser, and puts them back afterwards.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from db.errors import QT_TRANSLATE_NOOP

CONTEXT = "CommandLine"
LANGUAGES = ("ja", "en")

# argparse's own messages (Python 3.11–3.13), without the trailing space or newline
# some of them carry; kept in its %-style, which argparse fills in.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CommandLine", "usage:"),
    QT_TRANSLATE_NOOP("CommandLine", "positional arguments"),
    QT_TRANSLATE_NOOP("CommandLine", "options"),
    QT_TRANSLATE_NOOP("CommandLine", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CommandLine", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("CommandLine", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "expected %s argument"),
    QT_TRANSLATE_NOOP("CommandLine", "expected %s arguments"),
    QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CommandLine", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CommandLine", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CommandLine", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("CommandLine", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("CommandLine", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("CommandLine", "can't open '%(filename)s': %(error)s"),
)


class UsageError(Exception):
    """A command's arguments fit the parser but not the task (a date range past 9999);
    the message is already in the user's language.  Exit code 2."""


class Refused(Exception):
    """The request cannot be done as asked (restore a record that is not in the trash);
    the message is already in the user's language.  Exit code 1."""


def pick_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """``--lang ja|en`` wherever it is given (the help must be in that language before
    argparse runs), else the system's language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.partition("=")[2]
        else:
            continue
        if value in LANGUAGES:
            return value
    from db.i18n import detect_language

    return detect_language(dict(os.environ if environ is None else environ))


def translate(source: str, lang: str) -> str:
    """One of this context's templates in ``lang``, not yet filled in."""
    from db.i18n import translate as catalogue_translate

    return catalogue_translate(CONTEXT, source, lang)


def tr(lang: str, source: str, /, **params: object) -> str:
    """Translate a template, then fill in its ``{placeholders}``.  A translation whose
    placeholders do not fit falls back to the English text rather than failing."""
    text = translate(source, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format(**params)


def help_text(lang: str, source: str, /, **params: object) -> str:
    """Help text for argparse, which %-formats help strings: a literal % is doubled."""
    return tr(lang, source, **params).replace("%", "%%")


def error_text(exc: BaseException, lang: str) -> str:
    """A core error in ``lang``, through the catalogue's error rules."""
    from db.i18n import error_text as catalogue_error_text

    return catalogue_error_text(exc, lang)


def notice_text(notice: str, lang: str) -> str:
    """A warning or a check's finding in ``lang``; plain text stays as it is."""
    from db.errors import Notice

    if not isinstance(notice, Notice):
        return str(notice)
    from db.i18n import fill

    return fill(notice.context, notice.message, notice.params, lang)


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """Run argparse with its words from the catalogue; English leaves it untouched."""
    if lang == "en":
        yield
        return

    def gettext(message: str) -> str:
        if not isinstance(message, str):  # argparse passes an absent description through ``_`` too
            return message
        core = message.rstrip()  # "usage: " and "%(prog)s: error: …\n" end in white space
        return translate(core, lang) + message[len(core):] if core else message

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = gettext, ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved

"""Entry point of the ``kakehashi`` program.

With a command (``kakehashi partners``) it runs the command line; with none — or with
only ``--db PATH``, ``--lang ja|en`` and ``--read-only`` — it starts the desktop window.
The window's modules (Qt above all) are imported only on that path: a command starts
as fast as if there were no window at all.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from dataclasses import dataclass

# Loading the program creates tens of thousands of objects that live as long as it does
# (SQLAlchemy's mappings, Qt's bindings); the collector scanning them again and again while
# they load costs a short command about a sixth of its time.  It is switched back on, with
# those objects set aside, as soon as the modules are loaded (db.cli.main.startup_finished,
# called by the command line's dispatcher and by desktop.app.run_gui).
gc.disable()

LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class WindowOptions:
    """What the window was asked for on the command line."""

    db: str | None = None  # a path or SQLAlchemy URL; None: the last one used, else the default
    lang: str | None = None  # "ja" / "en" for this run; None: the preference
    read_only: bool = False


def window_options(argv: Sequence[str]) -> WindowOptions | None:
    """The window's options when ``argv`` asks for the window, None when it is a command
    (or help, a version, anything the window does not take: the command line answers)."""
    db, lang, read_only = None, None, False
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        name, eq, value = arg.partition("=")
        if name in ("--db", "--lang") and not eq:
            if i + 1 >= len(args):
                return None
            value = args[i + 1]
            i += 1
        if name == "--db" and value:
            db = value
        elif name == "--lang" and value in LANGUAGES:
            lang = value
        elif arg == "--read-only":
            read_only = True
        else:
            return None
        i += 1
    return WindowOptions(db, lang, read_only)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args:  # the installed program checks itself (desktop/self_test.py)
        from desktop.self_test import main as self_test

        return self_test(args)
    options = window_options(args)
    if options is not None:
        from desktop.app import run_gui

        return run_gui(args)
    from db.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())

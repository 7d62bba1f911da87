"""Entry point of the ``kakehashi`` program.

With a command (``kakehashi partners``) it runs the command line; with none it will
start the desktop window.  Until the window exists, it prints the command-line help.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

# Loading the program creates tens of thousands of objects that live as long as it does
# (SQLAlchemy's mappings above all); the collector scanning them again and again while they
# load costs a short command about a sixth of its time.  It is switched back on, with those
# objects set aside, as soon as the modules are loaded (db.cli.main.startup_finished).
gc.disable()

from db.cli.main import main as cli_main  # noqa: E402 - after the collector is paused


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the ``kakehashi`` program.

With a command (``kakehashi partners``) it runs the command line; with none it will
start the desktop window.  Until the window exists, it prints the command-line help.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from db.cli.main import main as cli_main


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())

"""``python -m db.cli``: the command line without the installed script."""

import sys

from db.cli.main import main

if __name__ == "__main__":  # not when a walk over the packages imports this module
    sys.exit(main())

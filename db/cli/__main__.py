"""``python -m db.cli``: the command line without the installed script."""

import sys

from db.cli.main import main

sys.exit(main())

"""The built program's entry point (build.spec): both the window and the command line
start here, exactly as ``uv run kakehashi`` does from source."""

import sys

from desktop.launcher import main

if __name__ == "__main__":
    sys.exit(main())

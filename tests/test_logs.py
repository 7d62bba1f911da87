"""The log file is set up once and opened only when something is logged."""

from __future__ import annotations

import logging
import subprocess
import sys

from db.location import app_log_dir
from db.logs import LOG_FILE, configure_logging


def _remove_our_handlers():
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.__class__.__name__ == "_DeferredLog":
            root.removeHandler(handler)
            handler.close()


def test_the_log_file_appears_with_the_first_record_and_is_set_up_once():
    _remove_our_handlers()  # one left by an earlier command run in this process
    try:
        path = configure_logging()
        assert path == app_log_dir() / LOG_FILE
        assert not path.exists()  # nothing logged yet: no file opened
        assert configure_logging() == path  # a second call adds no second handler
        logging.getLogger("kakehashi.test").error("the disk said no")
        text = path.read_text(encoding="utf-8")
        assert "ERROR kakehashi.test: the disk said no" in text
    finally:
        _remove_our_handlers()


def test_a_short_command_does_not_load_the_rotating_handler_module(tmp_path):
    code = ("import sys; from db.logs import configure_logging; configure_logging(); "
            "print('logging.handlers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

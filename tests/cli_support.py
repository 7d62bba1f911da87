"""What the command-line tests share: the program run in process and as an installed
script, an English system unless a test says otherwise, and a database with the demo data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _english_system(monkeypatch):
    """The tests say which language they expect; the machine's own locale must not decide."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def script() -> Path:
    return Path(sys.executable).with_name("kakehashi.exe" if os.name == "nt" else "kakehashi")


def process(*args: str | bytes, lang: str = "en_GB.UTF-8", **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, COLUMNS="100", PYTHONIOENCODING="utf-8")
    return subprocess.run([str(script()), *args], capture_output=True, timeout=120, env=env, **kwargs)


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "demo")
    assert code == 0, err
    return path

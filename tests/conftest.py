"""Every test runs headless, on its own fresh database file, and never touches the
real application-data folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

from db.lifecycle import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_app_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("appdata")
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "LOCALAPPDATA", "APPDATA"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("KAKEHASHI_DB", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "kakehashi.sqlite3"


@pytest.fixture
def db(db_path):
    database = open_database(db_path, user="tester")
    yield database
    database.close()


# ------------------------------------------------------------------ the desktop's screens


@pytest.fixture
def settings(tmp_path):
    """The user's preferences in a file of the test's own (never the real ones)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(qapp, db, settings):
    """What a window's screens share, over the test's empty database, in English."""
    from desktop import i18n
    from desktop.context import AppContext

    i18n.switch_language(qapp, "en")
    ctx = AppContext(db, settings)
    yield ctx
    i18n.switch_language(qapp, "en")


@pytest.fixture
def demo_context(context):
    """The same, with the seed's demo data (15 partners, the Kanagawa MOU, ...)."""
    from db.demo.seed import load_seed

    load_seed(context.db)
    return context

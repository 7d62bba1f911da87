"""Warnings for places where a SQLite database is not safe: network shares, cloud-synced folders."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from db.lifecycle import open_database
from db.storage import CLOUD, NETWORK, cloud_service, storage_warnings


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/aiko/Dropbox/kakehashi/k.sqlite3", "Dropbox"),
        ("/home/aiko/dropbox/k.sqlite3", "Dropbox"),
        ("C:/Users/aiko/Dropbox (Personal)/k.sqlite3", "Dropbox"),
        ("C:/Users/aiko/OneDrive/Documents/k.sqlite3", "OneDrive"),
        ("C:/Users/aiko/OneDrive - Contoso/k.sqlite3", "OneDrive"),
        ("/Users/aiko/Google Drive/k.sqlite3", "Google Drive"),
        ("/Users/aiko/Library/CloudStorage/GoogleDrive-user@example.org/My Drive/k.sqlite3", "Google Drive"),
        ("/Users/aiko/iCloud Drive/k.sqlite3", "iCloud Drive"),
        ("/Users/aiko/Library/Mobile Documents/com~apple~CloudDocs/k.sqlite3", "iCloud Drive"),
    ],
)
def test_cloud_folders_are_recognised(path, service):
    assert cloud_service(Path(path)) == service
    found = storage_warnings(Path(path))
    assert (CLOUD, {"path": str(Path(path)), "service": service}) in found
    text = CLOUD.format(**found[-1][1])
    assert service in text


def test_windows_style_cloud_path():
    path = PureWindowsPath(r"C:\Users\aiko\OneDrive - Contoso\Kakehashi\k.sqlite3")
    assert cloud_service(path) == "OneDrive"


@pytest.mark.parametrize(
    "path",
    [
        "/home/aiko/Documents/kakehashi.sqlite3",
        "/home/aiko/dropboxes/k.sqlite3",           # a longer word, not the Dropbox folder
        "/home/aiko/my-onedrive-notes/k.sqlite3",    # the name only contains it
        "/home/aiko/Documents/Dropbox.sqlite3",      # the file, not a folder, has the name
        "C:/Users/aiko/AppData/Local/Kakehashi/kakehashi.sqlite3",
    ],
)
def test_plain_local_paths_give_no_cloud_warning(path):
    assert cloud_service(Path(path)) is None


def test_local_temporary_folder_gives_no_warning(tmp_path):
    assert storage_warnings(tmp_path / "k.sqlite3") == []
    assert storage_warnings(None) == []


@pytest.mark.parametrize("path", ["//server/share/k.sqlite3", "\\\\server\\share\\k.sqlite3"])
def test_unc_path_counts_as_network(path):
    found = storage_warnings(Path(path))
    assert found[0] == (NETWORK, {"path": str(Path(path))})
    assert "network drive" in NETWORK.format(**found[0][1])


def test_open_database_in_a_dropbox_folder_warns(tmp_path):
    target = tmp_path / "Dropbox" / "office" / "k.sqlite3"
    with open_database(target) as database:
        assert database.warnings
        assert any("Dropbox" in text and str(target) in text for text in database.warnings)
    # The warning does not stop the database from working.
    assert target.is_file()


def test_open_database_in_a_local_folder_does_not_warn(db):
    assert db.warnings == []


def test_warnings_keep_their_template_for_translation(tmp_path):
    from db.errors import Notice
    from db.i18n import fill
    from db.lifecycle import open_database

    folder = tmp_path / "Dropbox" / "office"
    with open_database(folder / "kakehashi.sqlite3", user="tester") as database:
        [warning] = database.warnings
    assert isinstance(warning, Notice) and warning.context == "Warnings"
    assert warning.params["service"] == "Dropbox" and "Dropbox" in warning
    assert fill(warning.context, warning.message, warning.params, "en") == warning

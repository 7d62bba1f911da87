"""Warns when a database file sits where SQLite is not safe: a network share or a folder
that a cloud service synchronises.  Their locking is unreliable and a sync client may
copy the file half written, so a database there can be corrupted or silently forked."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from db.errors import QT_TRANSLATE_NOOP

NETWORK = QT_TRANSLATE_NOOP(
    "Warnings",
    "{path} is on a network drive. SQLite is not safe there: keep the database on this "
    "computer's own disk and share it through backups or exports.",
)
CLOUD = QT_TRANSLATE_NOOP(
    "Warnings",
    "{path} is in a folder synchronised by {service}. Synchronisation can damage an open "
    "database: keep it outside synchronised folders.",
)

# Folder names (case-folded) that cloud clients create, matched as a whole name or as
# a prefix followed by " " or "-" ("OneDrive - Contoso", "GoogleDrive-user@example.org").
_CLOUD_FOLDERS = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("マイドライブ", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("box", "Box"),
    ("box sync", "Box"),
)
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afpfs", "sshfs", "fuse.sshfs", "9p", "webdav", "davfs",
               "fuse.rclone", "ncpfs", "ceph", "glusterfs", "fuse.glusterfs"}


def storage_warnings(path: Path | None) -> list[tuple[str, dict[str, str]]]:
    """(message, parameters) for each reason ``path`` is an unsafe place for a database."""
    if path is None:
        return []
    found: list[tuple[str, dict[str, str]]] = []
    if _is_network(path):
        found.append((NETWORK, {"path": str(path)}))
    service = cloud_service(path)
    if service:
        found.append((CLOUD, {"path": str(path), "service": service}))
    return found


def cloud_service(path: Path) -> str | None:
    for part in path.parts[:-1]:
        name = part.casefold()
        for marker, service in _CLOUD_FOLDERS:
            if name == marker or name.startswith((marker + " ", marker + "-")):
                return service
    return None


def _is_network(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True  # UNC path \\server\share
    if sys.platform == "win32":
        return _windows_remote_drive(path)
    return _mount_type(path) in _NETWORK_FS


def _windows_remote_drive(path: Path) -> bool:
    import ctypes

    drive = path.drive
    if not drive:
        return False
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE  # type: ignore[attr-defined]


def _mount_type(path: Path) -> str | None:
    """File system type of the mount holding ``path`` (Linux /proc/mounts; macOS via statfs)."""
    probe = path if path.exists() else path.parent
    if sys.platform == "darwin":
        return _mac_fs_type(probe)
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    target = os.path.realpath(probe)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def _mac_fs_type(path: Path) -> str | None:
    """macOS has no /proc/mounts; ``mount`` prints "<from> on <point> (<type>, ...)"."""
    import subprocess

    try:
        out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    target = os.path.realpath(path)
    best, best_type = "", None
    for line in out.splitlines():
        head, sep, tail = line.rpartition(" (")
        if not sep or " on " not in head:
            continue
        mount_point = head.split(" on ", 1)[1]
        fs_type = tail.split(",", 1)[0].rstrip(")")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, best_type = mount_point, fs_type
    return best_type

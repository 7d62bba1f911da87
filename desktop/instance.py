"""One window per database file on this computer.

The first Kakehashi to open a database listens on a local socket named after the file
(and the user).  A second one started on the same file finds it there, asks it to come
forward, and tells the person the database is already open — they may still look at it
read-only.  Two people on two computers are a different matter, handled by the core's
version checks and busy timeouts; this only spares one person two windows that would
keep asking each other to reload.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
RAISE = b"raise\n"


def server_name(path: Path | str) -> str:
    """The socket's name for a database file: the same for every spelling of the path
    (resolved, and case-folded where the file system ignores case), different per user."""
    resolved = os.path.normcase(str(Path(path).expanduser().resolve()))
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        user = ""
    digest = hashlib.sha256(f"{user}\0{resolved}".encode()).hexdigest()[:24]
    return f"kakehashi-{digest}"


class InstanceGuard(QObject):
    """The local socket of one database file; ``activate_requested`` when another start wants us."""

    activate_requested = Signal()

    def __init__(self, path: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.name = server_name(path)
        self._server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """True when another Kakehashi has this database open (it was asked to come forward)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True

    def listen(self) -> bool:
        """Answer later starts on this database; False when the socket cannot be made (the
        window works on, only without the guard)."""
        if self._server is not None:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a Kakehashi that crashed: nobody answered on it above.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("Cannot listen on %s: %s", self.name, server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The other start writes its one line right after connecting and then waits
            # for nothing: read it here and let the connection go.
            if socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_TIMEOUT_MS):
                if bytes(socket.readAll().data()).startswith(RAISE.strip()):
                    self.activate_requested.emit()
            socket.abort()
            socket.deleteLater()


def ask_in_use(path: Path | str, parent: QWidget | None = None) -> bool:
    """Tell the person the database is open in another window; True to open it read-only."""
    box = QMessageBox(parent)
    box.setObjectName("databaseInUse")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("InstanceGuard", "Database in use"))
    box.setText(QCoreApplication.translate(
        "InstanceGuard", "{path} is already open in another Kakehashi window, which was brought to the front."
    ).format(path=path))
    box.setInformativeText(QCoreApplication.translate(
        "InstanceGuard", "Use that window, or open the database here read-only to look things up."))
    read_only = box.addButton(QCoreApplication.translate("InstanceGuard", "Open Read-Only"),
                              QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("InstanceGuard", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    return box.clickedButton() is read_only

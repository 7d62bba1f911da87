"""A system-tray message when reminders fall due: at start-up, and each day while the window is open.

Once a day at most: the day of the last message is kept in QSettings, so starting again
on the same day says nothing new.  Clicking the message or the tray icon brings the
window forward on Home, whose "Due soon" panel lists every reminder and answers them.
Where the desktop has no system tray (some Linux desktops, the headless test platform)
nothing is shown and nothing is missing: the panel holds it all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from db.models.reminder import ReminderStatus
from db.services.reminders import Reminder, due_reminders
from desktop.calendar.export import leads_of
from desktop.context import AppContext
from desktop.home.due_soon_model import kind_name, when_text
from desktop.tasks import run_task

log = logging.getLogger(__name__)

NOTIFIED_KEY = "reminders/notified_on"  # ISO day of the last tray message
SHOWN_ITEMS = 3  # lines a tray message names; the rest are counted
MESSAGE_MS = 15_000
DAY_CHECK_MS = 60_000  # as Home: the day may turn while the computer sleeps

translate = QCoreApplication.translate


def last_notified(settings: QSettings) -> date | None:
    try:
        return date.fromisoformat(str(settings.value(NOTIFIED_KEY, "")))
    except ValueError:
        return None


def to_notify(reminders: Sequence[Reminder], today: date, notified_on: date | None) -> list[Reminder]:
    """What a message names today: the due reminders, unless one was shown today already."""
    if notified_on == today:
        return []
    return [r for r in reminders if r.status == ReminderStatus.DUE]


def message(reminders: Sequence[Reminder]) -> tuple[str, str]:
    """(title, text) of the message: a count, then the first few, soonest first."""
    count = len(reminders)
    if count == 1:
        title = translate("RemindersTray", "Kakehashi: 1 reminder is due")
    else:
        title = translate("RemindersTray", "Kakehashi: {count} reminders are due").format(count=count)
    lines = [translate("RemindersTray", "{who}: {kind} ({when}) – {title}").format(
        who=r.item.who, kind=kind_name(r), when=when_text(r.days_left), title=r.item.title)
        for r in reminders[:SHOWN_ITEMS]]
    if count > SHOWN_ITEMS:
        lines.append(translate("RemindersTray", "and {count} more on Home").format(count=count - SHOWN_ITEMS))
    return title, "\n".join(lines)


def take_notice(settings: QSettings, reminders: Sequence[Reminder], today: date) -> tuple[str, str] | None:
    """The message to show now, remembered as shown today; None when there is nothing
    new to say (nothing due, or a message was shown today already)."""
    chosen = to_notify(reminders, today, last_notified(settings))
    if not chosen:
        return None
    settings.setValue(NOTIFIED_KEY, today.isoformat())
    return message(chosen)


class RemindersTray(QObject):
    """The window's tray icon and its daily message; nothing at all without a system tray."""

    def __init__(self, window: QWidget, context: AppContext, show_home: Callable[[], None]):
        super().__init__(window)
        self.context = context
        self.show_home = show_home
        self.icon: QSystemTrayIcon | None = None
        self.day: date | None = None
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        self.icon = QSystemTrayIcon(app_icon(window), self)
        self.icon.setToolTip(translate("RemindersTray", "Kakehashi"))
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.show_home)
        self.icon.show()
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS, timeout=self._check_day)
        self._day_timer.start()
        self.check()

    def check(self, today: date | None = None) -> bool:
        """Look for due reminders (off the GUI thread) and say them if not said today;
        False when there is no tray to say them in."""
        if self.icon is None:
            return False
        self.day = today or date.today()
        run_task(self, due_reminders, self.context.db, self.day, leads_of(self.context.settings),
                 done=lambda found, day=self.day: self._gathered(day, found), failed=self._failed)
        return True

    def _gathered(self, today: date, found: list[Reminder]) -> None:
        notice = take_notice(self.context.settings, found, today)
        if notice is not None and self.icon is not None:
            title, text = notice
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _failed(self, exc: BaseException) -> None:
        # No dialog for a message nobody asked for: Home says the same error in its panel.
        log.warning("Tray: cannot gather the reminders: %s", self.context.error_text(exc))

    def _check_day(self) -> None:
        if date.today() != self.day:
            self.check()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_home()


def app_icon(window: QWidget) -> QIcon:
    """The window's icon, else the application's, else a plain information sign (a tray
    icon without an image would not show at all)."""
    for icon in (window.windowIcon(), QApplication.windowIcon()):
        if not icon.isNull():
            return icon
    return window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)

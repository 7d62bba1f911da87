"""File → Export Calendar…: what falls due as an .ics file for Outlook, Google Calendar or a phone.

The file is the core's (``db.calendar_ics.write_ics``); this asks where to put it, gives
the lead times of Preferences for its alarms, writes it off the GUI thread and says
where it went.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.context import AppContext
from desktop.exchange.file_dialogs import ask_save_path
from desktop.preferences import reminder_days
from desktop.tasks import Task, run_task

translate = QCoreApplication.translate


def leads_of(settings) -> dict[str, list[int]]:
    """Preferences' lead times in the core's shape: {"renewal_deadline": [90, 30], …}."""
    days = reminder_days(settings)
    return {"renewal_deadline": list(days["renewal_days"]), "expiry": [days["expiry_days"]],
            "activity": [days["activity_days"]],
            "membership_end": [days["membership_days"]] if days["membership_days"] > 0 else []}


def export_calendar(parent: QWidget, context: AppContext, path: str | None = None,
                    today: date | None = None) -> Task | None:
    """Ask where (unless ``path`` is given) and write the calendar; None when cancelled."""
    from db.calendar_ics import write_ics

    if path is None:
        title = translate("CalendarExport", "Export Calendar")
        path = ask_save_path(parent, title, "kakehashi.ics", ".ics")
        if path is None:
            return None

    def written(count: int) -> None:
        text = translate("CalendarExport", "{count} dates were written to {path}. Open the file with Outlook, "
                                           "Google Calendar or a phone's calendar; opening a newer file again "
                                           "updates the same events.").format(count=f"{count:,}", path=path)
        box = QMessageBox(QMessageBox.Icon.Information, translate("CalendarExport", "Calendar exported"), text,
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("calendarExported")
        folder = box.addButton(translate("CalendarExport", "Show Folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent))))
        box.open()

    def failed(exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("CalendarExport", "Calendar not exported"),
                          context.error_text(exc), QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("calendarNotExported")
        box.open()

    write = partial(write_ics, today=today or date.today(), lang=context.lang, leads=leads_of(context.settings))
    return run_task(parent, write, context.db, path, done=written, failed=failed,
                    progress=translate("CalendarExport", "Writing the calendar…"))

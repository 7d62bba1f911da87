"""``kakehashi ics OUT.ics [--days N] [--today DATE]``: what falls due, as an iCalendar
file for Outlook, Google Calendar or a phone, with reminders at the default lead times
(``db.reminders_defaults.DEFAULT_LEADS``, the same the desktop's Preferences start from)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from db.cli.language import UsageError, error_text, tr
from db.errors import QT_TRANSLATE_NOOP

WROTE = (QT_TRANSLATE_NOOP("CommandLine", "Wrote {count} event to {path}."),
         QT_TRANSLATE_NOOP("CommandLine", "Wrote {count} events to {path}."))
# The message ``upcoming`` gives for the same mistake, word for word (one translation).
PAST_LAST_DAY = QT_TRANSLATE_NOOP(
    "CommandLine", "{first} and {days} days after it run past {last}, the last day that can be counted; "
                   "ask for fewer days.")


def ics(db, args: argparse.Namespace) -> int:
    from db.calendar_ics import CannotWriteCalendar, window, write_ics
    from db.cli.output import print_json
    from db.reminders_defaults import leads_copy

    lang = args.lang
    today = args.today or date.today()
    try:
        window(today, args.days)
    except OverflowError:
        raise UsageError(tr(lang, PAST_LAST_DAY, first=today.isoformat(), days=f"{args.days:,}",
                            last=date.max.isoformat())) from None
    path = Path(args.out)
    try:
        count = write_ics(db, path, today=today, days=args.days, lang=lang,
                          leads=leads_copy())
    except CannotWriteCalendar as exc:  # a file that cannot be used (2)
        raise UsageError(error_text(exc, lang)) from None
    if args.json:
        print_json({"events": count, "path": str(path.resolve())})
    else:
        print(tr(lang, WROTE[0] if count == 1 else WROTE[1], count=f"{count:,}", path=path))
    return 0

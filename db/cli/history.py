"""``history``: the latest operations, or every change of one record, in words."""

from __future__ import annotations

import argparse

from db.catalogue import record_name
from db.cli.language import tr
from db.cli.output import print_json, print_table
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP

NUMBER = QT_TRANSLATE_NOOP("CommandLine", "No.")
WHEN = QT_TRANSLATE_NOOP("CommandLine", "When")
WHO = QT_TRANSLATE_NOOP("CommandLine", "Who")
WHAT = QT_TRANSLATE_NOOP("CommandLine", "What was done")
CHANGES = QT_TRANSLATE_NOOP("CommandLine", "Records changed")
NO_CHANGES = QT_TRANSLATE_NOOP("CommandLine", "No recorded changes of the {record} with id {id}.")
NO_OPERATIONS = QT_TRANSLATE_NOOP("CommandLine", "Nothing has been changed in this database yet.")


def history(db: Database, args: argparse.Namespace) -> int:
    """Without a record, the latest operations (newest first); with one, its changes
    (oldest first) as sentences.  ``--json`` gives the stored history as it is: machine
    keys, field names and ISO values, the same in every language."""
    from db.services import history as changes
    from db.services import history_text

    lang = args.lang
    if args.record is None:
        ops = changes.recent_operations(db, limit=args.limit or 50)
        if args.json:
            print_json(ops)
            return 0
        if not ops:
            print(tr(lang, NO_OPERATIONS))
            return 0
        print_table([tr(lang, NUMBER), tr(lang, WHEN), tr(lang, WHO), tr(lang, WHAT), tr(lang, CHANGES)],
                    [(o.id, o.when, o.user, o.description, f"{o.changes:,}")
                     for o in history_text.describe_operations(ops, lang)], max_width=60)
        return 0
    kind, record_id = args.record
    entries = changes.record_history(db, kind, record_id)
    if args.json:
        print_json(entries)
        return 0
    if not entries:
        print(tr(lang, NO_CHANGES, record=record_name(kind, lang), id=record_id))
        return 0
    print("\n\n".join(history_text.format_line(line) for line in history_text.describe_history(db, entries, lang)))
    return 0

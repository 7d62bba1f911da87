"""``kakehashi export KIND OUT``: a list to .xlsx or .csv that comes back as updates, or a
blank template.  The format comes from OUT's suffix; headers and values are in the
language of the output (``--lang``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from db.cli.language import Refused, UsageError, error_text, tr
from db.errors import QT_TRANSLATE_NOOP

KINDS = ("partners", "agreements", "contacts", "activities")
ENCODINGS = {"utf-8": "utf-8-sig", "cp932": "cp932"}  # as typed → as written (UTF-8 with Excel's BOM)

WROTE = (QT_TRANSLATE_NOOP("CommandLine", "Wrote {count} row to {path}."),
         QT_TRANSLATE_NOOP("CommandLine", "Wrote {count} rows to {path}."))
WROTE_TEMPLATE = QT_TRANSLATE_NOOP("CommandLine", "Wrote a blank template of {list} to {path}.")
BAD_SUFFIX = QT_TRANSLATE_NOOP("CommandLine", "Write to a file ending in .xlsx or .csv, not “{name}”.")
TEMPLATE_IS_XLSX = QT_TRANSLATE_NOOP("CommandLine", "A template is written as .xlsx, not “{name}”.")
CSV_OPTION = QT_TRANSLATE_NOOP("CommandLine", "--csv is for .csv files; “{name}” is written as .xlsx.")
ERA_OPTION = QT_TRANSLATE_NOOP("CommandLine", "--era is for .xlsx files; a CSV writes dates as 2025/04/01.")
TEMPLATE_IDS = QT_TRANSLATE_NOOP("CommandLine", "--ids and --template do not go together: a template has no records.")
NOT_IDS = QT_TRANSLATE_NOOP("CommandLine", "'{text}' is not a list of ids such as 1,2,3.")


def id_list(lang: str) -> Callable[[str], list[int]]:
    """``--ids 1,2,3``: ids from 1, separated by commas."""
    def convert(text: str) -> list[int]:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        if not parts or not all(p.isascii() and p.isdigit() and 0 < int(p) < 2**63 for p in parts):
            raise argparse.ArgumentTypeError(tr(lang, NOT_IDS, text=text))
        return list(dict.fromkeys(int(p) for p in parts))
    return convert


def export(db, args: argparse.Namespace) -> int:
    from db.cli.output import print_json
    from db.exchange.write_book import CannotWrite, ExportError

    lang = args.lang
    path = Path(args.out)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UsageError(tr(lang, BAD_SUFFIX, name=path.name))
    if args.template and suffix != ".xlsx":
        raise UsageError(tr(lang, TEMPLATE_IS_XLSX, name=path.name))
    if args.template and args.ids:
        raise UsageError(tr(lang, TEMPLATE_IDS))
    if args.csv and suffix != ".csv":
        raise UsageError(tr(lang, CSV_OPTION, name=path.name))
    if args.era and suffix == ".csv":
        raise UsageError(tr(lang, ERA_OPTION))
    try:
        if args.template:
            from db.exchange.template import write_template

            write_template(args.kind, path, lang=lang, era=args.era)
            rows = 0
        elif suffix == ".xlsx":
            from db.exchange.export import export_xlsx

            rows = export_xlsx(db, args.kind, path, lang=lang, era=args.era, ids=args.ids)
        else:
            from db.exchange.export import export_csv

            rows = export_csv(db, args.kind, path, lang=lang, encoding=ENCODINGS[args.csv or "utf-8"], ids=args.ids)
    except CannotWrite as exc:  # a file that cannot be used (2)
        raise UsageError(error_text(exc, lang)) from None
    except ExportError as exc:  # text the encoding cannot hold: data the request cannot carry (1)
        raise Refused(error_text(exc, lang)) from None
    if args.json:
        print_json({"rows": rows, "path": str(path.resolve())})
    elif args.template:
        from db.exchange.write_layout import sheet_title

        print(tr(lang, WROTE_TEMPLATE, list=sheet_title(args.kind, lang), path=path))
    else:
        print(tr(lang, WROTE[0] if rows == 1 else WROTE[1], count=f"{rows:,}", path=path))
    return 0

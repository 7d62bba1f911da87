"""The change history in words a colleague would write.

``db.services.history`` hands back what the database holds: column names, ids, ISO
text.  Here each change becomes a sentence ("Changed the agreement “MOU”.") with one
line per field ("Partners: added Kanagawa Prefecture"), in Japanese or English:
fields by their labels from ``db.catalogue``, related records by their names (looked up
now, so a renamed partner reads with its new name; a record purged since then by the
last name the history knew), values by their labels, dates as dates, times in local
time.  Moving to the trash, restoring and purging are said as such, and internal keys
are left out.  The parts of an agreement (partners, signatories, scope, documents) are
told as changes of the agreement's lists, not as records of their own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo
from typing import Any

from db import catalogue
from db.database import Database
from db.errors import QT_TRANSLATE_NOOP
from db.i18n import translate
from db.services.history import ChangeEntry, OperationEntry
from db.services.record_names import Names, as_id

SENTENCES = {
    "create": QT_TRANSLATE_NOOP("History", "Added the {record} “{label}”."),
    "update": QT_TRANSLATE_NOOP("History", "Changed the {record} “{label}”."),
    "delete": QT_TRANSLATE_NOOP("History", "Moved the {record} “{label}” to the trash."),
    "restore": QT_TRANSLATE_NOOP("History", "Restored the {record} “{label}” from the trash."),
    "purge": QT_TRANSLATE_NOOP("History", "Deleted the {record} “{label}” for good."),
}
REMOVED = QT_TRANSLATE_NOOP("History", "Removed the {record} “{label}”.")  # a part: gone, not trashed
SET = QT_TRANSLATE_NOOP("History", "{field}: {value}")
CHANGED = QT_TRANSLATE_NOOP("History", "{field}: {old} → {new}")
LIST_ADDED = QT_TRANSLATE_NOOP("History", "{field}: added {items}")
LIST_REMOVED = QT_TRANSLATE_NOOP("History", "{field}: removed {items}")
LIST_BOTH = QT_TRANSLATE_NOOP("History", "{field}: added {added}, removed {removed}")
PART_CHANGED = QT_TRANSLATE_NOOP("History", "{field} of the {record} “{label}”: {old} → {new}")
SEPARATOR = QT_TRANSLATE_NOOP("History", ", ")
WITH_DETAILS = QT_TRANSLATE_NOOP("History", "{name} ({details})")  # also names memberships
EMPTY = "—"
TEXT_LIMIT = 60  # characters of a long text (notes) shown in one line

# Kept by the program, or said by the sentence itself: never listed as changes.
INTERNAL = {"id", "uid", "version", "created_at", "updated_at", "search_text", "sort_key", "deleted_at",
            "position"}
# Parts of an agreement: told as the agreement's lists (field of the agreement).
PARTS = {"agreement_party": "party_ids", "signatory": "signatories", "scope_item": "scope_items",
         "agreement_document": "documents"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


@dataclass(frozen=True)
class HistoryLine:
    """One change, said in words; ``details`` has one line per field that changed."""

    at: datetime  # local time, aware, whole seconds
    when: str  # "2026-11-26 15:20"
    user: str
    operation: str  # the use case, translated
    operation_id: int
    entity: str
    entity_id: str
    action: str  # a ChangeAction value
    text: str
    details: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        return [self.text, *(f"  {d}" for d in self.details)]


@dataclass(frozen=True)
class OperationLine:
    id: int
    at: datetime
    when: str
    user: str
    description: str  # translated
    changes: int


def local_time(at: datetime, tz: tzinfo | None = None) -> datetime:
    """A stored (naive UTC) time in local time, to the second."""
    return at.replace(tzinfo=timezone.utc).astimezone(tz).replace(microsecond=0)


def _when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def heading(line: HistoryLine) -> str:
    return f"{line.when}  {line.user}  {line.operation}"


def format_line(line: HistoryLine) -> str:
    """One change as the command line prints it: a heading, the sentence, its details."""
    return "\n".join([heading(line), *(f"  {text}" for text in line.lines())])


def format_history(lines: list[HistoryLine]) -> list[str]:
    """Changes as the command line prints them, the heading once per operation:

        2026-11-26 15:20  tanaka  協定を編集
          協定「MOU」を変更しました。
            パートナー：神奈川県を追加
    """
    out: list[str] = []
    for n, line in enumerate(lines):
        if n == 0 or line.operation_id != lines[n - 1].operation_id:
            out.append(heading(line))
        out += [f"  {text}" for text in line.lines()]
    return out


def describe_operations(ops: list[OperationEntry], lang: str = "en", *, tz: tzinfo | None = None) -> list[OperationLine]:
    lines = []
    for op in ops:
        at = local_time(op.at, tz)
        lines.append(OperationLine(op.id, at, _when(at), op.user, translate("Operations", op.description, lang),
                                   op.changes))
    return lines


def describe_history(db: Database, entries: list[ChangeEntry], lang: str = "en", *,
                     tz: tzinfo | None = None) -> list[HistoryLine]:
    """The entries (of ``record_history`` or ``operation_changes``) in words, in order."""
    with db.reading() as session:
        names = Names(session, lang)
        names.load(entries)
        imports = _imports(session, {e.operation_id for e in entries})
    writer = _Writer(names, lang, tz)
    writer.imports = imports
    lines: list[HistoryLine] = []
    start = 0
    for n in range(1, len(entries) + 1):
        if n == len(entries) or entries[n].operation_id != entries[start].operation_id:
            lines += writer.operation(entries[start:n])
            start = n
    return lines


def _imports(session, operation_ids: set[int]) -> dict[int, tuple[int, str]]:
    """The import batch each operation wrote or undid: {operation id: (batch number, file)}."""
    from sqlalchemy import or_, select

    from db.models import ImportBatch

    if not operation_ids:
        return {}
    found = {}
    for batch in session.scalars(select(ImportBatch).where(or_(ImportBatch.operation_id.in_(operation_ids),
                                                               ImportBatch.undo_operation_id.in_(operation_ids)))):
        for op_id in (batch.operation_id, batch.undo_operation_id):
            if op_id is not None:
                found[op_id] = (batch.id, batch.file_name)
    return found


# ---------------------------------------------------------------- sentences


IMPORT_OPERATION = QT_TRANSLATE_NOOP("History", "{operation}: {file} (import number {number})")


class _Writer:
    def __init__(self, names: Names, lang: str, tz: tzinfo | None = None) -> None:
        self.names = names
        self.lang = lang
        self.tz = tz
        self.imports: dict[int, tuple[int, str]] = {}

    def say(self, template: str, **params: Any) -> str:
        text = translate("History", template, self.lang)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return template.format(**params)

    def join(self, items: list[str]) -> str:
        return translate("History", SEPARATOR, self.lang).join(items)

    # -- one operation

    def operation(self, group: list[ChangeEntry]) -> list[HistoryLine]:
        order: list[tuple[str, str]] = []  # records in the order the operation first touched them
        own: dict[tuple[str, str], list[ChangeEntry]] = defaultdict(list)
        parts: dict[tuple[str, str], list[ChangeEntry]] = defaultdict(list)
        for e in group:
            if e.entity in PARTS and e.parent_entity and e.parent_id is not None:
                key = (e.parent_entity, e.parent_id)
                parts[key].append(e)
            else:
                key = (e.entity, e.entity_id)
                own[key].append(e)
            if key not in order:
                order.append(key)
        first = group[0]
        at = local_time(first.at, self.tz)
        operation = translate("Operations", first.operation, self.lang)
        if first.operation_id in self.imports:  # which file, and the number that undoes it
            number, file_name = self.imports[first.operation_id]
            operation = self.say(IMPORT_OPERATION, operation=operation, file=file_name, number=number)
        lines = []
        for entity, entity_id in order:
            records: list[ChangeEntry | None] = list(own.get((entity, entity_id), [])) or [None]
            for n, entry in enumerate(records):
                action = entry.action if entry is not None else "update"
                part_list = parts.get((entity, entity_id), []) if n == len(records) - 1 else []
                text, details = self.record(entity, entity_id, entry, action, part_list)
                if action == "update" and not details:  # only internal keys moved: nothing to tell
                    continue
                lines.append(HistoryLine(at, _when(at), first.user, operation, first.operation_id, entity, entity_id,
                                         action, text, tuple(details)))
        return lines

    def record(self, entity: str, entity_id: str, entry: ChangeEntry | None, action: str,
               parts: list[ChangeEntry]) -> tuple[str, list[str]]:
        label = self.names.get(entity, entity_id) or self.fallback_label(entity, entity_id, entry)
        record = catalogue.record_name(entity, self.lang)
        template = REMOVED if (action == "purge" and entity in PARTS) else SENTENCES.get(action, SENTENCES["update"])
        text = self.say(template, record=record, label=label)
        details: list[str] = []
        if action in ("create", "update"):
            if entry is not None:
                details += self.fields(entity, entry, creating=action == "create", named=label)
            details += self.parts(entity, parts, creating=action == "create")
        return text, details

    def fallback_label(self, entity: str, entity_id: str, entry: ChangeEntry | None) -> str:
        if entry is not None and entry.label:
            if entity == "membership":  # stored as the tier
                return catalogue.value_label("MembershipTier", entry.label, self.lang)
            return entry.label
        return f"#{entity_id}"

    # -- fields of one record

    def fields(self, entity: str, entry: ChangeEntry, *, creating: bool, named: str = "") -> list[str]:
        order = {name: n for n, name in enumerate(catalogue.fields(entity))}
        skip = set(INTERNAL)
        if creating:  # the sentence names the record, and a signing date shows its precision
            skip |= {k for k, (_, new) in entry.fields.items() if new == named} | {"signed_precision"}
        if entry.parent_entity and entity in PARTS:
            skip.add(f"{entry.parent_entity}_id")
        values = {k: v for k, v in entry.fields.items() if k not in skip}
        precision = (entry.fields.get("signed_precision") or [None, None])[1]
        if precision is None and entity == "agreement":  # unchanged: as the agreement has it now
            precision = self.names.signed_precision.get(as_id(entry.entity_id))
        lines = []
        for field in sorted(values, key=lambda k: (order.get(catalogue.ALIASES.get((entity, k), k), 999), k)):
            old, new = values[field]
            line = self.field_line(entity, field, old, new, creating=creating,
                                   precision=precision if field == "signed_on" else None)
            if line:
                lines.append(line)
        return lines

    def field_line(self, entity: str, field: str, old: Any, new: Any, *, creating: bool,
                   precision: str | None = None) -> str | None:
        label = catalogue.field_label(entity, field, self.lang)
        if isinstance(old, list) or isinstance(new, list):
            return self.list_line(entity, field, label, old or [], new or [], creating=creating)
        if creating:  # a new record: what it was given; "No" and empty say nothing
            if new is None or new is False or new == "":
                return None
            return self.say(SET, field=label, value=self.value(entity, field, new, precision))
        return self.say(CHANGED, field=label, old=self.value(entity, field, old, precision),
                        new=self.value(entity, field, new, precision))

    def list_line(self, entity: str, field: str, label: str, old: list, new: list, *, creating: bool) -> str | None:
        old_items = [self.value(entity, field, v) for v in old]
        new_items = [self.value(entity, field, v) for v in new]
        if creating:
            return self.say(SET, field=label, value=self.join(new_items)) if new_items else None
        added = [v for v in new_items if v not in old_items]
        removed = [v for v in old_items if v not in new_items]
        return self.list_change(label, added, removed)

    def list_change(self, label: str, added: list[str], removed: list[str]) -> str | None:
        if added and removed:
            return self.say(LIST_BOTH, field=label, added=self.join(added), removed=self.join(removed))
        if added:
            return self.say(LIST_ADDED, field=label, items=self.join(added))
        if removed:
            return self.say(LIST_REMOVED, field=label, items=self.join(removed))
        return None

    def value(self, entity: str, field: str, value: Any, precision: str | None = None) -> str:
        if value is None or value == "":
            return EMPTY
        info = catalogue.field_info(entity, field)
        if info is not None and info.refers_to is not None and as_id(value) is not None:
            return self.names.get(info.refers_to, value) or f"#{value}"
        if isinstance(value, bool):
            return catalogue.value_label("bool", value, self.lang)
        if info is not None and info.enum is not None:
            return catalogue.value_label(info.enum, value, self.lang)
        if isinstance(value, int) and not isinstance(value, bool):
            return f"{value:,}"
        text = str(value)
        if _DATE.match(text):
            return self.date(date.fromisoformat(text), precision)
        if _DATETIME.match(text):
            try:
                at = local_time(datetime.fromisoformat(text), self.tz)
            except ValueError:
                return text
            return f"{self.date(at.date())} {at:%H:%M}"
        text = " ".join(text.split())
        return text if len(text) <= TEXT_LIMIT else text[:TEXT_LIMIT - 1] + "…"

    def date(self, d: date, precision: str | None = None) -> str:
        if self.lang == "ja":
            if precision == "year":
                return f"{d.year}年"
            return f"{d.year}年{d.month}月" if precision == "month" else f"{d.year}年{d.month}月{d.day}日"
        if precision == "year":
            return str(d.year)
        return d.strftime("%Y-%m") if precision == "month" else d.isoformat()

    # -- parts of an agreement

    def parts(self, entity: str, parts: list[ChangeEntry], *, creating: bool) -> list[str]:
        by_kind: dict[str, list[ChangeEntry]] = defaultdict(list)
        for p in parts:
            by_kind[p.entity].append(p)
        lines = []
        for kind in PARTS:  # the catalogue's order of the agreement's lists
            if kind not in by_kind:
                continue
            label = catalogue.field_label(entity, PARTS[kind], self.lang)
            lines += self.part_lines(kind, label, by_kind[kind], creating=creating)
        return lines

    def part_lines(self, kind: str, label: str, entries: list[ChangeEntry], *, creating: bool) -> list[str]:
        added = [_state(e, 1) for e in entries if e.action == "create"]
        removed = [_state(e, 0) for e in entries if e.action == "purge"]
        if creating:
            return [self.say(SET, field=label, value=self.join([self.item(kind, s) for s in added]))] if added else []
        lines = []
        # Lists are saved whole, so an unchanged item is removed and added again: drop those.
        # Then an item added where one of the same name (else at the same place) was removed
        # is a change of that item.
        for same in (_same_item, lambda a, b: self.item(kind, a, short=True) == self.item(kind, b, short=True),
                     lambda a, b: a.get("position") is not None and a.get("position") == b.get("position")):
            if kind == "agreement_party":
                break
            for old in list(removed):
                new = next((s for s in added if same(old, s)), None)
                if new is not None:
                    removed.remove(old)
                    added.remove(new)
                    lines += self.item_change(kind, label, old, new)
        for e in entries:
            if e.action == "update":
                lines += self.item_change(kind, label, _state(e, 0), _state(e, 1), changed_only=True)
        change = self.list_change(label, [self.item(kind, s) for s in added], [self.item(kind, s) for s in removed])
        return ([change] if change else []) + lines

    def item_change(self, kind: str, label: str, old: dict, new: dict, *, changed_only: bool = False) -> list[str]:
        keys = [k for k in catalogue.fields(kind) if k in old or k in new]
        differ = [k for k in keys if old.get(k) != new.get(k)]
        if not differ:
            return []
        old_name, new_name = self.item(kind, old, short=True), self.item(kind, new, short=True)
        if old_name != new_name and not changed_only:
            return [self.say(CHANGED, field=label, old=self.item(kind, old), new=self.item(kind, new))]
        record = catalogue.record_name(kind, self.lang)
        return [self.say(PART_CHANGED, record=record, label=new_name or old_name,
                         field=catalogue.field_label(kind, k, self.lang),
                         old=self.value(kind, k, old.get(k)), new=self.value(kind, k, new.get(k))) for k in differ]

    def item(self, kind: str, state: dict, *, short: bool = False) -> str:
        """One item of an agreement's list, as it reads in a line."""
        en = self.lang == "en"
        if kind == "agreement_party":
            org = state.get("organisation_id")
            return self.names.get("organisation", org) or state.get("_label") or f"#{org}"
        if kind == "signatory":
            name = (en and state.get("name_en")) or state.get("name") or state.get("_label") or ""
            if short:
                return name
            title = (en and state.get("title_en")) or state.get("title")
            details = [x for x in (title, state.get("organisation_name")) if x]
            return self.say(WITH_DETAILS, name=name, details=self.join(details)) if details else name
        if kind == "scope_item":
            text = (en and state.get("text_en")) or state.get("text") or state.get("_label") or ""
            return self.value(kind, "text", text)
        return state.get("original_name") or state.get("_label") or ""


def _same_item(a: dict, b: dict) -> bool:
    ignore = {"position", "id", "agreement_id", "_label"}
    return {k: v for k, v in a.items() if k not in ignore} == {k: v for k, v in b.items() if k not in ignore}


def _state(entry: ChangeEntry, side: int) -> dict:
    """A part's values before (0) or after (1) the change, with the history's label."""
    state = {k: v[side] for k, v in entry.fields.items()}
    if entry.label and not (entry.entity == "agreement_party" and entry.label.isdigit()):
        state["_label"] = entry.label  # older rows labelled a partner by its id
    return state

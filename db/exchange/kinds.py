"""What the importer needs to know about each kind of record: how to find the record a
row means, how a row's values become the service's data, and how it is saved.

Every kind saves through its service's own repository helpers (``add_organisation``,
``edit_organisation``…), so an imported record passes the same validation, keeps the
same history and moves its version exactly as a form's save does.  One kind, new
organisations in bulk, has a faster path of its own (``db.exchange.bulk``) that
shares the service's validation and derived columns and writes the same history.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, fields as dataclass_fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.errors import QT_TRANSLATE_NOOP
from db.exchange import names
from db.exchange.columns import Column, columns
from db.exchange.model import Problem
from db.models import Agreement, Organisation

NO_SUCH_PARTNER = QT_TRANSLATE_NOOP(
    "Import", "There is no organisation named “{name}”; add it first (or import the partners list first).")
AMBIGUOUS_PARTNER = QT_TRANSLATE_NOOP(
    "Import", "{count} organisations are named “{name}”; put the key of the one meant in the file.")
NO_SUCH_AGREEMENT = QT_TRANSLATE_NOOP("Import", "There is no agreement titled “{name}”.")
AMBIGUOUS_AGREEMENT = QT_TRANSLATE_NOOP(
    "Import", "{count} agreements are titled “{name}”; name the one meant more exactly.")


@dataclass
class Found:
    """A record the file may mean, by its stable key and by its names."""

    by_uid: dict[str, tuple[int, bool]] = field(default_factory=dict)  # uid → (id, in the trash)
    by_key: dict[Any, list[int]] = field(default_factory=lambda: defaultdict(list))  # match key → ids (live)

    def named(self, key: Any) -> list[int]:
        return self.by_key.get(key, [])


def _lookup_key(name: str) -> str:
    """The key a reference is looked up by; a name made only of what folding drops (・, "-")
    is looked up as written."""
    return names.match_key(name) or f"={name.strip()}"


def _uid_key(uid: str | None) -> str:
    """``_lookup_key`` of a stored key, without its work: lower-case hex digits and hyphens
    fold to the digits alone (a hundred thousand of them are indexed at once)."""
    return uid.replace("-", "").lower() if uid else ""


class References:
    """Organisations and agreements by name, for the columns that name them."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._orgs: dict[str, list[int]] | None = None
        self._trashed_orgs: dict[str, list[int]] = {}
        self._org_names: dict[int, str] = {}
        self._agreements: dict[str, list[int]] | None = None
        self._agreement_titles: dict[int, str] = {}

    def _load_orgs(self) -> dict[str, list[int]]:
        if self._orgs is None:
            by: dict[str, list[int]] = defaultdict(list)
            o = Organisation.__table__.c
            trashed: dict[str, list[int]] = defaultdict(list)
            rows = self._session.execute(
                select(o.id, o.name_ja, o.name_en, o.short_name, o.uid, o.deleted_at.is_not(None)))
            for id_, ja, en, short, uid, in_trash in rows:
                self._org_names[id_] = ja or en or ""
                # The key names it too: an export writes it where several share the name.
                for name in {*(_lookup_key(n) for n in (ja, en, short) if n), _uid_key(uid)}:
                    if name:
                        (trashed if in_trash else by)[name].append(id_)
            self._orgs, self._trashed_orgs = by, trashed
        return self._orgs

    def _load_agreements(self) -> dict[str, list[int]]:
        if self._agreements is None:
            by: dict[str, list[int]] = defaultdict(list)
            a = Agreement.__table__.c
            for id_, title, title_en, uid in self._session.execute(
                    select(a.id, a.title, a.title_en, a.uid).where(a.deleted_at.is_(None))):
                self._agreement_titles[id_] = title
                for name in {*(_lookup_key(n) for n in (title, title_en) if n), _uid_key(uid)}:
                    if name:
                        by[name].append(id_)
            self._agreements = by
        return self._agreements

    def organisation(self, name: str) -> tuple[int | None, tuple[str, dict] | None]:
        """The id of the organisation called ``name``, or (None, (message, params))."""
        found = self._load_orgs().get(_lookup_key(name), [])
        if not found:
            # An agreement may keep a partner that went to the trash since; the service
            # accepts it there, and refuses (saying so) a new party in the trash.
            found = self._trashed_orgs.get(_lookup_key(name), [])
        if len(found) == 1:
            return found[0], None
        if not found:
            return None, (NO_SUCH_PARTNER, {"name": name})
        return None, (AMBIGUOUS_PARTNER, {"name": name, "count": len(found)})

    def organisations(self, whole: str | None, parts: list[str]) -> tuple[list[int], list[tuple[str, dict]]]:
        """Several organisations: the whole cell first (a name may hold "、"), else each part."""
        if whole and len(parts) > 1:
            found = self._load_orgs().get(_lookup_key(whole), [])
            if len(found) == 1:
                return found, []
        ids, problems = [], []
        for part in parts:
            id_, problem = self.organisation(part)
            if problem:
                problems.append(problem)
            elif id_ not in ids:
                ids.append(id_)
        return ids, problems

    def agreement(self, title: str) -> tuple[int | None, tuple[str, dict] | None]:
        found = self._load_agreements().get(_lookup_key(title), [])
        if len(found) == 1:
            return found[0], None
        if not found:
            return None, (NO_SUCH_AGREEMENT, {"name": title})
        return None, (AMBIGUOUS_AGREEMENT, {"name": title, "count": len(found)})

    def organisation_name(self, org_id: int | None) -> str | None:
        if org_id is None:
            return None
        self._load_orgs()
        return self._org_names.get(org_id, str(org_id))

    def agreement_title(self, agreement_id: int | None) -> str | None:
        if agreement_id is None:
            return None
        self._load_agreements()
        return self._agreement_titles.get(agreement_id, str(agreement_id))


class Kind:
    """The importer's view of one kind of record; subclasses fill in the kind's rules."""

    list_kind: str
    record_kind: str
    data_class: type
    model: type

    def __init__(self, session: Session, refs: References) -> None:
        self.session = session
        self.refs = refs
        self.columns: dict[str, Column] = {c.field: c for c in columns(self.list_kind)}

    # -- finding
    def found(self) -> Found:
        """Every record's uid (trashed ones too: a row must not bring one back unseen)
        and the match keys of the live ones."""
        raise NotImplementedError

    def match_key(self, data: Any) -> Any:
        """What two rows (or a row and a record) share when they are the same record."""
        raise NotImplementedError

    def load(self, ids: list[int]) -> dict[int, Any]:
        """The records as the service's data, by id."""
        raise NotImplementedError

    # -- building
    def resolve(self, values: dict[str, Any], wholes: dict[str, str]) -> tuple[dict[str, Any], list[tuple[str, str, dict]]]:
        """Turn named references into ids: (values, [(field, message, params)])."""
        return values, []

    def build(self, base: Any | None, values: dict[str, Any], clears: bool) -> Any:
        """The record after the row: ``base`` (None for a new record) with the row's
        values over it.  An empty cell clears the field when ``clears`` (a row with the
        record's key, i.e. our own export) and leaves it as it is otherwise."""
        data = self.data_class() if base is None else _copy(base)
        for name, value in values.items():
            if value is None or value == []:
                if base is None or not clears:
                    continue
                value = [] if isinstance(getattr(data, self.attribute(name)), list) else None
            setattr(data, self.attribute(name), value)
        return data

    def attribute(self, name: str) -> str:
        return name

    def compared(self, data: Any) -> dict[str, Any]:
        """The record's importable fields as plain values, for "unchanged" and the diff."""
        return {name: getattr(data, self.attribute(name)) for name, c in self.columns.items()
                if c.importable and c.type != "key"}

    def shown(self, name: str, value: Any) -> Any:
        """A compared value as a person reads it in the preview (names, not ids)."""
        return value

    def label(self, data: Any) -> str:
        raise NotImplementedError

    # -- checking and saving (inside the write transaction, or a reading one for the preview)
    def check(self, data: Any, record_id: int | None) -> Any:
        """Validate through the service's own rules; raise ValidationError. May return
        prepared values that ``create`` reuses."""
        raise NotImplementedError

    def create(self, data: Any, prepared: Any) -> int:
        raise NotImplementedError

    def update(self, record_id: int, data: Any) -> None:
        raise NotImplementedError


def _copy(data: Any) -> Any:
    values = {f.name: getattr(data, f.name) for f in dataclass_fields(data)}
    for key, value in values.items():
        if isinstance(value, list):
            values[key] = list(value)
    return type(data)(**values)



"""refresh the stored search text and sort keys with today's folding rules

Search text now carries the kana reading of a prefecture or designated city (かながわ
finds 神奈川県), small ヶ/ヵ fold like ケ/カ, and sort keys drop bracketed legal forms
such as (株).  Records saved before get theirs recomputed here; the search indexes
follow through their triggers.  Only rows whose text really changes are written.

The rules are the program's own (``db.services.search_text`` and ``db.text``): a later
change to them adds another refresh like this one.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from db.services import search_text
from db.text import sort_key

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def _update(connection, table: str, changed: list[dict]) -> None:
    if not changed:
        return
    columns = [k for k in changed[0] if k != "row_id"]
    assignments = ", ".join(f"{c} = :{c}" for c in columns)
    connection.execute(sa.text(f"UPDATE {table} SET {assignments} WHERE id = :row_id"), changed)


def _organisations(connection) -> None:
    tags = defaultdict(list)
    for org_id, name in connection.execute(sa.text(
            "SELECT ot.organisation_id, t.name FROM organisation_tag ot JOIN tag t ON t.id = ot.tag_id "
            "ORDER BY t.name")):
        tags[org_id].append(name)
    changed = []
    rows = connection.execute(sa.text(
        "SELECT id, name_ja, name_en, name_kana, short_name, region, city, search_text, sort_key FROM organisation"))
    for row in rows.mappings():
        text = search_text.for_organisation(dict(row), tags.get(row["id"], []))
        key = sort_key(row["name_kana"], row["name_ja"], row["name_en"])[:200]
        if text != row["search_text"] or key != row["sort_key"]:
            changed.append({"row_id": row["id"], "search_text": text, "sort_key": key})
    _update(connection, "organisation", changed)


def _contacts(connection) -> None:
    changed = []
    rows = connection.execute(sa.text(
        "SELECT id, family_name, given_name, family_name_kana, given_name_kana, name_en, email, department, title, "
        "search_text, sort_key FROM contact"))
    for row in rows.mappings():
        values = dict(row)
        text = search_text.for_contact(values)
        kana = "".join(values.get(k) or "" for k in ("family_name_kana", "given_name_kana"))
        key = sort_key(kana, values["family_name"], values["name_en"])[:200]
        if text != row["search_text"] or key != row["sort_key"]:
            changed.append({"row_id": row["id"], "search_text": text, "sort_key": key})
    _update(connection, "contact", changed)


def _agreements(connection) -> None:
    people = defaultdict(list)
    for agreement_id, name, name_en in connection.execute(sa.text(
            "SELECT agreement_id, name, name_en FROM signatory ORDER BY agreement_id, position, id")):
        people[agreement_id].append({"name": name, "name_en": name_en})
    changed = []
    for row in connection.execute(sa.text("SELECT id, title, title_en, notes, search_text FROM agreement")).mappings():
        text = search_text.for_agreement(row["title"], row["title_en"], people.get(row["id"], []), row["notes"])
        if text != row["search_text"]:
            changed.append({"row_id": row["id"], "search_text": text})
    _update(connection, "agreement", changed)


def _activities(connection) -> None:
    changed = []
    for row in connection.execute(sa.text("SELECT id, title, title_en, place, search_text FROM activity")).mappings():
        text = search_text.for_activity(row["title"], row["title_en"], row["place"])
        if text != row["search_text"]:
            changed.append({"row_id": row["id"], "search_text": text})
    _update(connection, "activity", changed)


def upgrade() -> None:
    connection = op.get_bind()
    _organisations(connection)
    _contacts(connection)
    _agreements(connection)
    _activities(connection)


def downgrade() -> None:
    pass  # the older text is a subset of what people could find; nothing to take back

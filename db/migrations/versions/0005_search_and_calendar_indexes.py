"""search and calendar indexes: full-text search of the folded search text, dated events

Revision ID: 0005
Revises: 0004

Derived data only: everything here is rebuilt from the records and holds nothing a
person typed.  On SQLite each searched table gets two contentless FTS5 indexes of its
live (not trashed) rows' ``search_text``, kept in step by triggers:

- ``<table>_search`` (trigram) finds terms of three characters or more;
- ``<table>_search_short`` holds the same text one character per token, so that a one-
  or two-character term is a phrase query ("か な").  Triggers cannot split a string
  with a CTE, so they join ``search_position`` (1…65,536) instead.

The calendar's ``due_event`` rows are computed in Python (db/calendar_index.py); the
triggers here only queue the records whose calendar entries may have changed, so that
no write path — ORM, Core or another tool — can leave the calendar stale unnoticed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

SEARCHED = ('organisation', 'contact', 'agreement', 'activity')
POSITIONS = 65_536
# Every printable ASCII character but the space is part of a token, so that each
# character of the text is exactly one token (the ascii tokenizer already keeps all
# non-ASCII characters).  Doubled quotes: once for the tokenizer, once for SQL.
_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
SHORT_TOKENIZER = "ascii tokenchars '" + _PUNCTUATION.replace("'", "''") + "'"
def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _spaced(value: str) -> str:
    return (f"(SELECT group_concat(substr({value}, n, 1), ' ') FROM search_position"
            f" WHERE n <= length({value}))")


def _search_statements(table: str) -> list[str]:
    trigram, short = f"{table}_search", f"{table}_search_short"

    def add(row: str) -> str:
        return (f"INSERT INTO {trigram}(rowid, text) SELECT {row}.id, {row}.search_text WHERE {row}.deleted_at IS NULL;"
                f" INSERT INTO {short}(rowid, text) SELECT {row}.id, {_spaced(row + '.search_text')}"
                f" WHERE {row}.deleted_at IS NULL;")

    def remove(row: str) -> str:
        return (f"INSERT INTO {trigram}({trigram}, rowid, text) SELECT 'delete', {row}.id, {row}.search_text"
                f" WHERE {row}.deleted_at IS NULL;"
                f" INSERT INTO {short}({short}, rowid, text) SELECT 'delete', {row}.id, {_spaced(row + '.search_text')}"
                f" WHERE {row}.deleted_at IS NULL;")

    return [
        f"CREATE VIRTUAL TABLE {trigram} USING fts5(text, tokenize='trigram case_sensitive 1', content='')",
        f"CREATE VIRTUAL TABLE {short} USING fts5(text, tokenize={_quoted(SHORT_TOKENIZER)}, content='')",
        f"INSERT INTO {trigram}(rowid, text) SELECT id, search_text FROM {table} WHERE deleted_at IS NULL",
        f"INSERT INTO {short}(rowid, text) SELECT t.id, {_spaced('t.search_text')} FROM {table} t"
        " WHERE t.deleted_at IS NULL",
        f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {add('new')} END",
        f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN {remove('old')} END",
        f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF search_text, deleted_at ON {table}"
        f" BEGIN {remove('old')} {add('new')} END",
    ]


def _queue(entity: str, value: str) -> str:
    return (f"INSERT OR IGNORE INTO due_queue(entity, entity_id) SELECT '{entity}', {value}"
            f" WHERE {value} IS NOT NULL;")


def _queue_all(entity: str, select_ids: str) -> str:
    return f"INSERT OR IGNORE INTO due_queue(entity, entity_id) SELECT '{entity}', x.id FROM ({select_ids}) x;"


def _calendar_triggers() -> list[str]:
    """Queue every record whose calendar entries a write may have changed."""
    triggers = []

    def on(table: str, event: str, body: str, name: str | None = None) -> None:
        triggers.append(f"CREATE TRIGGER {name or table + '_due_' + event.split()[0].lower()}"
                        f" AFTER {event} ON {table} BEGIN {body} END")

    agreement_new = _queue('agreement', 'new.id') + _queue('agreement', 'new.renewed_from_id')
    agreement_old = _queue('agreement', 'old.id') + _queue('agreement', 'old.renewed_from_id')
    on('agreement', 'INSERT', agreement_new)
    on('agreement', 'UPDATE', agreement_new + agreement_old)
    on('agreement', 'DELETE', agreement_old)
    on('agreement_party', 'INSERT', _queue('agreement', 'new.agreement_id'))
    on('agreement_party', 'UPDATE', _queue('agreement', 'new.agreement_id') + _queue('agreement', 'old.agreement_id'))
    on('agreement_party', 'DELETE', _queue('agreement', 'old.agreement_id'))
    for table in ('membership', 'activity'):
        on(table, 'INSERT', _queue(table, 'new.id'))
        on(table, 'UPDATE', _queue(table, 'new.id') + _queue(table, 'old.id'))
        on(table, 'DELETE', _queue(table, 'old.id'))
    on('activity_organisation', 'INSERT', _queue('activity', 'new.activity_id'))
    on('activity_organisation', 'DELETE', _queue('activity', 'old.activity_id'))
    # A partner's name or trash shows in the entries of its agreements, memberships, activities.
    on('organisation', 'UPDATE OF name_ja, name_en, deleted_at, sort_key',
       _queue_all('agreement', 'SELECT agreement_id AS id FROM agreement_party WHERE organisation_id = new.id')
       + _queue_all('membership', 'SELECT id FROM membership WHERE organisation_id = new.id')
       + _queue_all('activity', 'SELECT activity_id AS id FROM activity_organisation WHERE organisation_id = new.id'))
    return triggers


CALENDAR_TRIGGER_NAMES = (
    'agreement_due_insert', 'agreement_due_update', 'agreement_due_delete', 'agreement_party_due_insert',
    'agreement_party_due_update', 'agreement_party_due_delete', 'membership_due_insert', 'membership_due_update',
    'membership_due_delete', 'activity_due_insert', 'activity_due_update', 'activity_due_delete',
    'activity_organisation_due_insert', 'activity_organisation_due_delete', 'organisation_due_update',
)


def upgrade() -> None:
    # What the calendar shows, one row per entry, as it shows it: a month or a year is
    # one range over ``falls_on`` (activities: their first day; ``until`` their last).
    # Days are day numbers (date.toordinal) and kinds small codes in the calendar's own
    # order (db.calendar_index.KINDS): a year's tens of thousands of rows come back
    # sorted and without a string each to decode.
    op.create_table(
        'due_event',
        sa.Column('falls_on', sa.Integer(), nullable=False),
        sa.Column('kind', sa.SmallInteger(), nullable=False),
        sa.Column('entity_id', sa.Integer(), nullable=False),
        sa.Column('until', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('title', sa.String(length=400), nullable=False),
        sa.Column('who', sa.Text(), nullable=False),
        sa.Column('auto_renew', sa.Boolean(), nullable=False),
        # Stored in date order (SQLite: WITHOUT ROWID, clustered on the key), so a year
        # of entries is read from neighbouring pages instead of one lookup per entry.
        sa.PrimaryKeyConstraint('falls_on', 'kind', 'entity_id', name='pk_due_event'),
        sqlite_with_rowid=False,
    )
    op.create_index('ix_due_event_entity', 'due_event', ['entity_id', 'kind'])
    op.create_table('due_queue', sa.Column('entity', sa.String(length=16), primary_key=True),
                    sa.Column('entity_id', sa.Integer(), primary_key=True, autoincrement=False))
    # One row: how far auto-renewing terms are written out, and a fingerprint of the
    # date rules they were computed with (a changed rule means a rebuild).  Empty
    # until the first rebuild, so the calendar knows the events are not there yet.
    op.create_table(
        'due_state',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column('horizon', sa.Date(), nullable=False),
        sa.Column('rules', sa.String(length=64), nullable=False),
    )
    if op.get_bind().dialect.name != 'sqlite':
        return
    # Entries longer than a month (activities), so the calendar can bound a window's start.
    op.execute("CREATE INDEX ix_due_event_long ON due_event (falls_on) WHERE until - falls_on > 31")
    op.execute("CREATE TABLE search_position (n INTEGER PRIMARY KEY)")
    op.execute(f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {POSITIONS})"
               " INSERT INTO search_position(n) SELECT n FROM s")
    for table in SEARCHED:
        for statement in _search_statements(table):
            op.execute(statement)
    for statement in _calendar_triggers():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in CALENDAR_TRIGGER_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table in SEARCHED:
            for suffix in ('insert', 'delete', 'update'):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_search")
            op.execute(f"DROP TABLE IF EXISTS {table}_search_short")
        op.execute("DROP TABLE IF EXISTS search_position")
        op.execute("DROP INDEX IF EXISTS ix_due_event_long")
    op.drop_table('due_state')
    op.drop_table('due_queue')
    op.drop_index('ix_due_event_entity', table_name='due_event')
    op.drop_table('due_event')

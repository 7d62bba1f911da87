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
triggers here only queue the agreements whose dates may have changed, so that no
write path — ORM, Core or another tool — can leave the calendar stale unnoticed.
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
# Columns whose change can move an agreement's deadlines or expiry, or its successor's.
DATED = ('deleted_at', 'status', 'signed_on', 'signed_precision', 'effective_on', 'term_years', 'term_months',
         'expires_on_given', 'expires_on', 'auto_renew', 'renewal_term_years', 'renewal_term_months',
         'notice_months', 'notice_days', 'renewed_from_id', 'succession')


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


def _queue(value: str) -> str:
    return f"INSERT OR IGNORE INTO due_queue(agreement_id) SELECT {value} WHERE {value} IS NOT NULL;"


CALENDAR_TRIGGERS = [
    f"CREATE TRIGGER agreement_due_insert AFTER INSERT ON agreement BEGIN {_queue('new.id')}"
    f" {_queue('new.renewed_from_id')} END",
    f"CREATE TRIGGER agreement_due_update AFTER UPDATE OF {', '.join(DATED)} ON agreement BEGIN"
    f" {_queue('new.id')} {_queue('new.renewed_from_id')} {_queue('old.renewed_from_id')} END",
    f"CREATE TRIGGER agreement_due_delete AFTER DELETE ON agreement BEGIN {_queue('old.renewed_from_id')} END",
]


def upgrade() -> None:
    op.create_table(
        'due_event',
        sa.Column('agreement_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('falls_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name='fk_due_event_agreement_id_agreement',
                                ondelete='CASCADE'),
    )
    op.create_index('ix_due_event_falls_on', 'due_event', ['falls_on'])
    op.create_index('ix_due_event_agreement_id', 'due_event', ['agreement_id'])
    op.create_table('due_queue', sa.Column('agreement_id', sa.Integer(), primary_key=True, autoincrement=False))
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
    # Activities longer than a month, so the calendar can bound a window's start.
    op.execute("CREATE INDEX ix_activity_long ON activity (starts_on)"
               " WHERE julianday(ends_on) - julianday(starts_on) > 31")
    op.execute("CREATE TABLE search_position (n INTEGER PRIMARY KEY)")
    op.execute(f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {POSITIONS})"
               " INSERT INTO search_position(n) SELECT n FROM s")
    for table in SEARCHED:
        for statement in _search_statements(table):
            op.execute(statement)
    for statement in CALENDAR_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in ('agreement_due_insert', 'agreement_due_update', 'agreement_due_delete'):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        for table in SEARCHED:
            for suffix in ('insert', 'delete', 'update'):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_search_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_search")
            op.execute(f"DROP TABLE IF EXISTS {table}_search_short")
        op.execute("DROP TABLE IF EXISTS search_position")
        op.execute("DROP INDEX IF EXISTS ix_activity_long")
    op.drop_table('due_state')
    op.drop_table('due_queue')
    op.drop_index('ix_due_event_agreement_id', table_name='due_event')
    op.drop_index('ix_due_event_falls_on', table_name='due_event')
    op.drop_table('due_event')

"""reminder state

What people answered to a reminder (done, or snoozed until a day), kept under the
reminder's key so that a reminder marked done stays done.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'reminder_state',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('status', sa.Enum('due', 'done', 'snoozed', name='reminderstatus', native_enum=False,
                                    length=32), nullable=False),
        sa.Column('snoozed_until', sa.Date(), nullable=True),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('user', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder_state')),
        sa.UniqueConstraint('key', name=op.f('uq_reminder_state_key')),
    )


def downgrade() -> None:
    op.drop_table('reminder_state')

"""agreement effective date index

The calendar shows the day each agreement takes effect; a month of them is a range
query on ``effective_on``, which at 100,000 agreements needs its own index (signing
days have had one since 0002).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_effective_on'), ['effective_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_effective_on'))

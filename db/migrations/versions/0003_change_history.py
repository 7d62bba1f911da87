"""change history

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 09:18:28.361104
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('operation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=100), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_operation'))
    )
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_operation_at'), ['at'], unique=False)

    op.create_table('change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('operation_id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=50), nullable=False),
    sa.Column('entity_id', sa.String(length=100), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=True),
    sa.Column('action', sa.Enum('create', 'update', 'delete', 'restore', 'purge', name='changeaction', native_enum=False, length=32), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('parent_entity', sa.String(length=50), nullable=True),
    sa.Column('parent_id', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['operation_id'], ['operation.id'], name=op.f('fk_change_operation_id_operation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change'))
    )
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_operation_id'), ['operation_id'], unique=False)
        batch_op.create_index('ix_change_record', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_change_parent', ['parent_entity', 'parent_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('change', schema=None) as batch_op:
        batch_op.drop_index('ix_change_parent')
        batch_op.drop_index('ix_change_record')
        batch_op.drop_index(batch_op.f('ix_change_operation_id'))

    op.drop_table('change')
    with op.batch_alter_table('operation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_operation_at'))

    op.drop_table('operation')

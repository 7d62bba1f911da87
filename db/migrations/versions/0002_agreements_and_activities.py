"""agreements and activities

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 09:18:28.234326
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=True),
    sa.Column('kind', sa.Enum('mou', 'collaboration', 'nda', 'membership', 'other', name='agreementkind', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('draft', 'negotiating', 'active', 'expired', 'terminated', 'renewed', name='agreementstatus', native_enum=False, length=32), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('signed_precision', sa.Enum('day', 'month', 'year', name='dateprecision', native_enum=False, length=32), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=True),
    sa.Column('term_years', sa.Integer(), nullable=True),
    sa.Column('term_months', sa.Integer(), nullable=True),
    sa.Column('expires_on_given', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('auto_renew', sa.Boolean(), nullable=False),
    sa.Column('renewal_term_years', sa.Integer(), nullable=True),
    sa.Column('renewal_term_months', sa.Integer(), nullable=True),
    sa.Column('notice_months', sa.Integer(), nullable=True),
    sa.Column('notice_days', sa.Integer(), nullable=True),
    sa.Column('renewed_from_id', sa.Integer(), nullable=True),
    sa.Column('succession', sa.Enum('renewal', 'amendment', name='succession', native_enum=False, length=32), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['renewed_from_id'], ['agreement.id'], name=op.f('fk_agreement_renewed_from_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('uid', name=op.f('uq_agreement_uid'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_renewed_from_id'), ['renewed_from_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_signed_on'), ['signed_on'], unique=False)

    op.create_table('activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('co_hosted_event', 'sponsorship', 'visit', 'materials_exchange', 'meeting', 'other', name='activitykind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('title_en', sa.String(length=300), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_activity_agreement_id_agreement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity')),
    sa.UniqueConstraint('uid', name=op.f('uq_activity_uid'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_starts_on'), ['starts_on'], unique=False)

    op.create_table('agreement_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('original_name', sa.String(length=260), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_document_agreement_id_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_document'))
    )
    with op.batch_alter_table('agreement_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_document_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_document_sha256'), ['sha256'], unique=False)

    op.create_table('agreement_party',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_party_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_agreement_party_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('agreement_id', 'organisation_id', name=op.f('pk_agreement_party'))
    )
    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_party_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('scope_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('text_en', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_scope_item_agreement_id_agreement'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scope_item'))
    )
    with op.batch_alter_table('scope_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scope_item_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('signatory',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.Enum('ours', 'partner', name='side', native_enum=False, length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('title_en', sa.String(length=300), nullable=True),
    sa.Column('organisation_name', sa.String(length=300), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_signatory_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_signatory_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signatory'))
    )
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signatory_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('activity_organisation',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_activity_organisation_activity_id_activity'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_activity_organisation_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('activity_id', 'organisation_id', name=op.f('pk_activity_organisation'))
    )


def downgrade() -> None:
    op.drop_table('activity_organisation')
    with op.batch_alter_table('signatory', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signatory_agreement_id'))

    op.drop_table('signatory')
    with op.batch_alter_table('scope_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_scope_item_agreement_id'))

    op.drop_table('scope_item')
    with op.batch_alter_table('agreement_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_party_organisation_id'))

    op.drop_table('agreement_party')
    with op.batch_alter_table('agreement_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_document_sha256'))
        batch_op.drop_index(batch_op.f('ix_agreement_document_agreement_id'))

    op.drop_table('agreement_document')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_starts_on'))
        batch_op.drop_index(batch_op.f('ix_activity_kind'))
        batch_op.drop_index(batch_op.f('ix_activity_deleted_at'))
        batch_op.drop_index(batch_op.f('ix_activity_agreement_id'))

    op.drop_table('activity')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_signed_on'))
        batch_op.drop_index(batch_op.f('ix_agreement_renewed_from_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_kind'))
        batch_op.drop_index(batch_op.f('ix_agreement_expires_on'))
        batch_op.drop_index(batch_op.f('ix_agreement_deleted_at'))

    op.drop_table('agreement')

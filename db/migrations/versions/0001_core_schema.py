"""Core schema: every table of the CRM (issue #2), generated from db/models and reviewed.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24

Server objects (triggers, events) come in 0002, in their own transaction: Firebird applies DDL at
commit, so triggers cannot be compiled against tables created earlier in the same transaction.
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('AUDIT_LOG',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('logged_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('user_name', sa.String(length=63), nullable=False),
    sa.Column('action', sa.String(length=6), nullable=False),
    sa.Column('table_name', sa.String(length=31), nullable=True),
    sa.Column('record_id', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('field_name', sa.String(length=31), nullable=True),
    sa.Column('old_value', sa.String(length=1000), nullable=True),
    sa.Column('new_value', sa.String(length=1000), nullable=True),
    sa.Column('details', sa.String(length=1000), nullable=True),
    sa.CheckConstraint("action IN ('I', 'U', 'D', 'EXPORT', 'REPORT', 'LOGIN', 'RIGHTS')", name=op.f('CK_AUDIT_LOG_ACTION')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_AUDIT_LOG'))
    )
    op.create_index('IX_AUDIT_LOG_LOGGED_AT', 'AUDIT_LOG', ['logged_at'], unique=False)
    op.create_index('IX_AUDIT_LOG_CLIENT', 'AUDIT_LOG', ['client_id'], unique=False)
    op.create_index('IX_AUDIT_LOG_TABLE_REC', 'AUDIT_LOG', ['table_name', 'record_id'], unique=False)
    op.create_table('CLASSIFIERS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('is_multi', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('sort_order', sa.SmallInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CLASSIFIERS')),
    sa.UniqueConstraint('name', name=op.f('UQ_CLASSIFIERS_NAME'))
    )
    op.create_table('CUSTOM_FIELD_DEFS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('entity', sa.String(length=7), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=6), nullable=False),
    sa.Column('is_required', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('choices', sa.String(length=2000), nullable=True),
    sa.Column('sort_order', sa.SmallInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default='TRUE', nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("entity IN ('CLIENT', 'CONTACT', 'DEAL')", name=op.f('CK_CUSTOM_FIELD_DEFS_ENTITY')),
    sa.CheckConstraint("kind IN ('TEXT', 'NUMBER', 'DATE', 'LIST', 'BOOL')", name=op.f('CK_CUSTOM_FIELD_DEFS_KIND')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CUSTOM_FIELD_DEFS')),
    sa.UniqueConstraint('entity', 'code', name=op.f('UQ_CUSTOM_FIELD_DEFS_ENT_939838'))
    )
    op.create_table('DEPARTMENTS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('head_user_id', sa.Integer(), nullable=True),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['DEPARTMENTS.id'], name=op.f('FK_DEPARTMENTS_PARENT_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_DEPARTMENTS')),
    sa.UniqueConstraint('name', name=op.f('UQ_DEPARTMENTS_NAME'))
    )
    op.create_table('FUNNELS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.SmallInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('is_default', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_FUNNELS')),
    sa.UniqueConstraint('name', name=op.f('UQ_FUNNELS_NAME'))
    )
    op.create_table('KPI_INDICATORS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=True),
    sa.Column('weight', sa.Numeric(precision=5, scale=2), server_default='1', nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_KPI_INDICATORS')),
    sa.UniqueConstraint('code', name=op.f('UQ_KPI_INDICATORS_CODE'))
    )
    op.create_table('LOST_REASONS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.SmallInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_LOST_REASONS')),
    sa.UniqueConstraint('name', name=op.f('UQ_LOST_REASONS_NAME'))
    )
    op.create_table('PRICE_LISTS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='RUB', nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_PRICE_LISTS')),
    sa.UniqueConstraint('name', name=op.f('UQ_PRICE_LISTS_NAME'))
    )
    op.create_table('PRODUCTS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('sku', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('group_name', sa.String(length=200), nullable=True),
    sa.Column('unit', sa.String(length=10), server_default='pcs', nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_PRODUCTS')),
    sa.UniqueConstraint('sku', name=op.f('UQ_PRODUCTS_SKU'))
    )
    op.create_table('ROLE_RIGHTS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('role_name', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=20), nullable=False),
    sa.Column('scope', sa.String(length=4), server_default='OWN', nullable=False),
    sa.Column('can_view', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('can_create', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('can_edit', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('can_delete', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('can_export', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('can_print', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("scope IN ('OWN', 'DEPT', 'ALL')", name=op.f('CK_ROLE_RIGHTS_SCOPE')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_ROLE_RIGHTS')),
    sa.UniqueConstraint('role_name', 'entity', name=op.f('UQ_ROLE_RIGHTS_ROLE_NAME_ENTITY'))
    )
    op.create_table('SETTINGS',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('text_value', sa.String(length=4000), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('PK_SETTINGS'))
    )
    op.create_table('SOURCES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_SOURCES')),
    sa.UniqueConstraint('name', name=op.f('UQ_SOURCES_NAME'))
    )
    op.create_table('TAGS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('color', sa.String(length=9), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_TAGS')),
    sa.UniqueConstraint('name', name=op.f('UQ_TAGS_NAME'))
    )
    op.create_table('CLASSIFIER_VALUES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('classifier_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.SmallInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['classifier_id'], ['CLASSIFIERS.id'], name=op.f('FK_CLASSIFIER_VALUES_CLA_FF4C53'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CLASSIFIER_VALUES')),
    sa.UniqueConstraint('classifier_id', 'name', name=op.f('UQ_CLASSIFIER_VALUES_CLA_86F30F'))
    )
    op.create_table('CRM_USERS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('login', sa.String(length=63), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('role_name', sa.String(length=20), server_default='CRM_MANAGER', nullable=False),
    sa.Column('scope', sa.String(length=4), server_default='OWN', nullable=False),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('takes_leads', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("scope IN ('OWN', 'DEPT', 'ALL')", name=op.f('CK_CRM_USERS_SCOPE')),
    sa.CheckConstraint('login = UPPER(login)', name=op.f('CK_CRM_USERS_LOGIN_UPPER')),
    sa.ForeignKeyConstraint(['department_id'], ['DEPARTMENTS.id'], name=op.f('FK_CRM_USERS_DEPARTMENT_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CRM_USERS')),
    sa.UniqueConstraint('login', name=op.f('UQ_CRM_USERS_LOGIN'))
    )
    op.create_index(op.f('IX_CRM_USERS_DEPARTMENT_ID'), 'CRM_USERS', ['department_id'], unique=False)
    op.create_foreign_key(op.f('FK_DEPARTMENTS_HEAD_USER_ID'), 'DEPARTMENTS', 'CRM_USERS', ['head_user_id'], ['id'])
    op.create_table('CUSTOM_FIELD_VALUES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('value_text', sa.String(length=1000), nullable=True),
    sa.Column('value_num', sa.Numeric(precision=18, scale=4), nullable=True),
    sa.Column('value_date', sa.Date(), nullable=True),
    sa.Column('value_bool', sa.Boolean(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['field_id'], ['CUSTOM_FIELD_DEFS.id'], name=op.f('FK_CUSTOM_FIELD_VALUES_FIELD_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CUSTOM_FIELD_VALUES')),
    sa.UniqueConstraint('field_id', 'entity_id', name=op.f('UQ_CUSTOM_FIELD_VALUES_F_6BC210'))
    )
    op.create_index('IX_CF_VALUES_ENTITY', 'CUSTOM_FIELD_VALUES', ['entity_id'], unique=False)
    op.create_table('PRICES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('price_list_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=False),
    sa.Column('price', sa.Numeric(precision=18, scale=2), server_default=sa.text('0'), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['price_list_id'], ['PRICE_LISTS.id'], name=op.f('FK_PRICES_PRICE_LIST_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['PRODUCTS.id'], name=op.f('FK_PRICES_PRODUCT_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_PRICES')),
    sa.UniqueConstraint('price_list_id', 'product_id', 'valid_from', name=op.f('UQ_PRICES_PRICE_LIST_ID_C6F444'))
    )
    op.create_index(op.f('IX_PRICES_PRODUCT_ID'), 'PRICES', ['product_id'], unique=False)
    op.create_table('STAGES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('funnel_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sort_order', sa.SmallInteger(), server_default=sa.text('0'), nullable=False),
    sa.Column('color', sa.String(length=9), nullable=True),
    sa.Column('probability', sa.SmallInteger(), server_default='0', nullable=False),
    sa.Column('is_won', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('is_lost', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('rot_days', sa.SmallInteger(), server_default='0', nullable=False),
    sa.Column('required_fields', sa.String(length=200), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint('NOT (is_won AND is_lost)', name=op.f('CK_STAGES_WON_LOST')),
    sa.CheckConstraint('probability BETWEEN 0 AND 100', name=op.f('CK_STAGES_PROBABILITY')),
    sa.ForeignKeyConstraint(['funnel_id'], ['FUNNELS.id'], name=op.f('FK_STAGES_FUNNEL_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_STAGES')),
    sa.UniqueConstraint('funnel_id', 'sort_order', name=op.f('UQ_STAGES_FUNNEL_ID_SORT_ORDER'))
    )
    op.create_table('CLIENTS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('kind', sa.String(length=7), server_default='COMPANY', nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('search_name', sa.String(length=200), nullable=False),
    sa.Column('legal_name', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=9), server_default='POTENTIAL', nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=True),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('inn', sa.String(length=12), nullable=True),
    sa.Column('kpp', sa.String(length=9), nullable=True),
    sa.Column('ogrn', sa.String(length=15), nullable=True),
    sa.Column('bank_name', sa.String(length=200), nullable=True),
    sa.Column('bank_bik', sa.String(length=9), nullable=True),
    sa.Column('bank_account', sa.String(length=20), nullable=True),
    sa.Column('corr_account', sa.String(length=20), nullable=True),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('website', sa.String(length=100), nullable=True),
    sa.Column('city', sa.String(length=60), nullable=True),
    sa.Column('region', sa.String(length=60), nullable=True),
    sa.Column('main_phone', sa.String(length=40), nullable=True),
    sa.Column('main_email', sa.String(length=120), nullable=True),
    sa.Column('tags_text', sa.String(length=200), nullable=True),
    sa.Column('lost_reason_id', sa.Integer(), nullable=True),
    sa.Column('is_archived', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('merged_into_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("kind IN ('COMPANY', 'PERSON')", name=op.f('CK_CLIENTS_KIND')),
    sa.CheckConstraint("status IN ('POTENTIAL', 'ACTIVE', 'REGULAR', 'LOST')", name=op.f('CK_CLIENTS_STATUS')),
    sa.ForeignKeyConstraint(['department_id'], ['DEPARTMENTS.id'], name=op.f('FK_CLIENTS_DEPARTMENT_ID')),
    sa.ForeignKeyConstraint(['lost_reason_id'], ['LOST_REASONS.id'], name=op.f('FK_CLIENTS_LOST_REASON_ID')),
    sa.ForeignKeyConstraint(['merged_into_id'], ['CLIENTS.id'], name=op.f('FK_CLIENTS_MERGED_INTO_ID')),
    sa.ForeignKeyConstraint(['responsible_id'], ['CRM_USERS.id'], name=op.f('FK_CLIENTS_RESPONSIBLE_ID')),
    sa.ForeignKeyConstraint(['source_id'], ['SOURCES.id'], name=op.f('FK_CLIENTS_SOURCE_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CLIENTS'))
    )
    op.create_index(op.f('IX_CLIENTS_CITY'), 'CLIENTS', ['city'], unique=False)
    op.create_index('IX_CLIENTS_CREATED_AT', 'CLIENTS', ['created_at'], unique=False)
    op.create_index(op.f('IX_CLIENTS_DEPARTMENT_ID'), 'CLIENTS', ['department_id'], unique=False)
    op.create_index(op.f('IX_CLIENTS_INN'), 'CLIENTS', ['inn'], unique=False)
    op.create_index('IX_CLIENTS_RESP_STATUS', 'CLIENTS', ['responsible_id', 'status'], unique=False)
    op.create_index('IX_CLIENTS_SEARCH_NAME', 'CLIENTS', ['search_name', 'id'], unique=False)
    op.create_index(op.f('IX_CLIENTS_SOURCE_ID'), 'CLIENTS', ['source_id'], unique=False)
    op.create_table('KPI_PLANS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('plan_value', sa.Numeric(precision=18, scale=2), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint('user_id IS NOT NULL OR department_id IS NOT NULL', name=op.f('CK_KPI_PLANS_TARGET')),
    sa.ForeignKeyConstraint(['department_id'], ['DEPARTMENTS.id'], name=op.f('FK_KPI_PLANS_DEPARTMENT_ID')),
    sa.ForeignKeyConstraint(['indicator_id'], ['KPI_INDICATORS.id'], name=op.f('FK_KPI_PLANS_INDICATOR_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['CRM_USERS.id'], name=op.f('FK_KPI_PLANS_USER_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_KPI_PLANS')),
    sa.UniqueConstraint('indicator_id', 'user_id', 'department_id', 'period_start', name=op.f('UQ_KPI_PLANS_INDICATOR_I_238570'))
    )
    op.create_index(op.f('IX_KPI_PLANS_DEPARTMENT_ID'), 'KPI_PLANS', ['department_id'], unique=False)
    op.create_index(op.f('IX_KPI_PLANS_USER_ID'), 'KPI_PLANS', ['user_id'], unique=False)
    op.create_table('ADDRESSES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), server_default='ACTUAL', nullable=False),
    sa.Column('country', sa.String(length=60), nullable=True),
    sa.Column('region', sa.String(length=60), nullable=True),
    sa.Column('city', sa.String(length=60), nullable=True),
    sa.Column('street', sa.String(length=200), nullable=True),
    sa.Column('zip_code', sa.String(length=12), nullable=True),
    sa.Column('is_primary', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("kind IN ('LEGAL', 'ACTUAL', 'POSTAL', 'DELIVERY', 'HOME')", name=op.f('CK_ADDRESSES_KIND')),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_ADDRESSES_CLIENT_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_ADDRESSES'))
    )
    op.create_index(op.f('IX_ADDRESSES_CLIENT_ID'), 'ADDRESSES', ['client_id'], unique=False)
    op.create_table('CLIENT_CLASSIFIERS',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('value_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_CLIENT_CLASSIFIERS_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['value_id'], ['CLASSIFIER_VALUES.id'], name=op.f('FK_CLIENT_CLASSIFIERS_VALUE_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', 'value_id', name=op.f('PK_CLIENT_CLASSIFIERS'))
    )
    op.create_index(op.f('IX_CLIENT_CLASSIFIERS_VALUE_ID'), 'CLIENT_CLASSIFIERS', ['value_id'], unique=False)
    op.create_table('CLIENT_STATS',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('last_attempt_at', sa.DateTime(), nullable=True),
    sa.Column('next_step_at', sa.DateTime(), nullable=True),
    sa.Column('next_step', sa.String(length=120), nullable=True),
    sa.Column('open_deals', sa.Integer(), server_default='0', nullable=False),
    sa.Column('open_deals_amount', sa.Numeric(precision=18, scale=2), server_default=sa.text('0'), nullable=False),
    sa.Column('interactions', sa.Integer(), server_default='0', nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_CLIENT_STATS_CLIENT_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', name=op.f('PK_CLIENT_STATS'))
    )
    op.create_index('IX_CLIENT_STATS_LAST_CONTACT', 'CLIENT_STATS', ['last_contact_at'], unique=False)
    op.create_index('IX_CLIENT_STATS_NEXT_STEP_AT', 'CLIENT_STATS', ['next_step_at'], unique=False)
    op.create_table('CLIENT_STATUS_HISTORY',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=9), nullable=True),
    sa.Column('to_status', sa.String(length=9), nullable=False),
    sa.Column('changed_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_CLIENT_STATUS_HISTORY_B2B6F1'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CLIENT_STATUS_HISTORY'))
    )
    op.create_index(op.f('IX_CLIENT_STATUS_HISTORY_529A61'), 'CLIENT_STATUS_HISTORY', ['client_id'], unique=False)
    op.create_table('CLIENT_TAGS',
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_CLIENT_TAGS_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['TAGS.id'], name=op.f('FK_CLIENT_TAGS_TAG_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('client_id', 'tag_id', name=op.f('PK_CLIENT_TAGS'))
    )
    op.create_index(op.f('IX_CLIENT_TAGS_TAG_ID'), 'CLIENT_TAGS', ['tag_id'], unique=False)
    op.create_table('CONTACTS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('job_title', sa.String(length=100), nullable=True),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('is_primary', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_CONTACTS_CLIENT_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_CONTACTS'))
    )
    op.create_index(op.f('IX_CONTACTS_CLIENT_ID'), 'CONTACTS', ['client_id'], unique=False)
    op.create_table('SEARCH_KEYS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('skey', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_SEARCH_KEYS_CLIENT_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_SEARCH_KEYS'))
    )
    op.create_index(op.f('IX_SEARCH_KEYS_CLIENT_ID'), 'SEARCH_KEYS', ['client_id'], unique=False)
    op.create_index('IX_SEARCH_KEYS_SKEY', 'SEARCH_KEYS', ['skey', 'client_id'], unique=False)
    op.create_table('DEALS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('funnel_id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.Numeric(precision=18, scale=2), server_default=sa.text('0'), nullable=False),
    sa.Column('currency', sa.String(length=3), server_default='RUB', nullable=False),
    sa.Column('probability', sa.SmallInteger(), nullable=True),
    sa.Column('expected_close', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=4), server_default='OPEN', nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('lost_reason_id', sa.Integer(), nullable=True),
    sa.Column('lost_comment', sa.String(length=500), nullable=True),
    sa.Column('responsible_id', sa.Integer(), nullable=True),
    sa.Column('department_id', sa.Integer(), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('next_step', sa.String(length=120), nullable=True),
    sa.Column('next_step_at', sa.DateTime(), nullable=True),
    sa.Column('stage_entered_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("outcome IN ('OPEN', 'WON', 'LOST')", name=op.f('CK_DEALS_OUTCOME')),
    sa.CheckConstraint('amount >= 0', name=op.f('CK_DEALS_AMOUNT')),
    sa.CheckConstraint('probability IS NULL OR probability BETWEEN 0 AND 100', name=op.f('CK_DEALS_PROBABILITY')),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_DEALS_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['CONTACTS.id'], name=op.f('FK_DEALS_CONTACT_ID'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['department_id'], ['DEPARTMENTS.id'], name=op.f('FK_DEALS_DEPARTMENT_ID')),
    sa.ForeignKeyConstraint(['funnel_id'], ['FUNNELS.id'], name=op.f('FK_DEALS_FUNNEL_ID')),
    sa.ForeignKeyConstraint(['lost_reason_id'], ['LOST_REASONS.id'], name=op.f('FK_DEALS_LOST_REASON_ID')),
    sa.ForeignKeyConstraint(['responsible_id'], ['CRM_USERS.id'], name=op.f('FK_DEALS_RESPONSIBLE_ID')),
    sa.ForeignKeyConstraint(['source_id'], ['SOURCES.id'], name=op.f('FK_DEALS_SOURCE_ID')),
    sa.ForeignKeyConstraint(['stage_id'], ['STAGES.id'], name=op.f('FK_DEALS_STAGE_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_DEALS'))
    )
    op.create_index(op.f('IX_DEALS_CLIENT_ID'), 'DEALS', ['client_id'], unique=False)
    op.create_index('IX_DEALS_CLOSED_AT', 'DEALS', ['closed_at'], unique=False)
    op.create_index('IX_DEALS_CREATED_AT', 'DEALS', ['created_at'], unique=False)
    op.create_index(op.f('IX_DEALS_DEPARTMENT_ID'), 'DEALS', ['department_id'], unique=False)
    op.create_index('IX_DEALS_EXPECTED_CLOSE', 'DEALS', ['expected_close'], unique=False)
    op.create_index('IX_DEALS_FUNNEL_STAGE', 'DEALS', ['funnel_id', 'stage_id', 'outcome'], unique=False)
    op.create_index(op.f('IX_DEALS_LOST_REASON_ID'), 'DEALS', ['lost_reason_id'], unique=False)
    op.create_index('IX_DEALS_RESP_OUTCOME', 'DEALS', ['responsible_id', 'outcome'], unique=False)
    op.create_index(op.f('IX_DEALS_SOURCE_ID'), 'DEALS', ['source_id'], unique=False)
    op.create_index(op.f('IX_DEALS_STAGE_ID'), 'DEALS', ['stage_id'], unique=False)
    op.create_table('EMAILS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=120), nullable=False),
    sa.Column('email_key', sa.String(length=120), nullable=False),
    sa.Column('is_primary', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_EMAILS_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['CONTACTS.id'], name=op.f('FK_EMAILS_CONTACT_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_EMAILS'))
    )
    op.create_index(op.f('IX_EMAILS_CLIENT_ID'), 'EMAILS', ['client_id'], unique=False)
    op.create_index(op.f('IX_EMAILS_CONTACT_ID'), 'EMAILS', ['contact_id'], unique=False)
    op.create_index(op.f('IX_EMAILS_EMAIL_KEY'), 'EMAILS', ['email_key'], unique=False)
    op.create_table('PHONES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=6), server_default='WORK', nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('e164', sa.String(length=20), nullable=True),
    sa.Column('phone_key', sa.String(length=20), nullable=False),
    sa.Column('ext', sa.String(length=10), nullable=True),
    sa.Column('is_primary', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("kind IN ('WORK', 'MOBILE', 'HOME', 'FAX', 'OTHER')", name=op.f('CK_PHONES_KIND')),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_PHONES_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['CONTACTS.id'], name=op.f('FK_PHONES_CONTACT_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_PHONES'))
    )
    op.create_index(op.f('IX_PHONES_CLIENT_ID'), 'PHONES', ['client_id'], unique=False)
    op.create_index(op.f('IX_PHONES_CONTACT_ID'), 'PHONES', ['contact_id'], unique=False)
    op.create_index(op.f('IX_PHONES_PHONE_KEY'), 'PHONES', ['phone_key'], unique=False)
    op.create_table('ATTACHMENTS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('deal_id', sa.Integer(), nullable=True),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('mime_type', sa.String(length=100), nullable=True),
    sa.Column('size_bytes', sa.BigInteger(), server_default='0', nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('storage', sa.String(length=4), server_default='DB', nullable=False),
    sa.Column('disk_path', sa.String(length=500), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("storage IN ('DB', 'DISK')", name=op.f('CK_ATTACHMENTS_STORAGE')),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_ATTACHMENTS_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['deal_id'], ['DEALS.id'], name=op.f('FK_ATTACHMENTS_DEAL_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_ATTACHMENTS'))
    )
    op.create_index(op.f('IX_ATTACHMENTS_CLIENT_ID'), 'ATTACHMENTS', ['client_id'], unique=False)
    op.create_index(op.f('IX_ATTACHMENTS_DEAL_ID'), 'ATTACHMENTS', ['deal_id'], unique=False)
    op.create_table('DEAL_LINES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('line_no', sa.Integer(), server_default='1', nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('qty', sa.Numeric(precision=18, scale=3), server_default=sa.text('1'), nullable=False),
    sa.Column('price', sa.Numeric(precision=18, scale=2), server_default=sa.text('0'), nullable=False),
    sa.Column('discount_pct', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('amount', sa.Numeric(precision=18, scale=2), server_default=sa.text('0'), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint('discount_pct IS NULL OR discount_pct BETWEEN 0 AND 100', name=op.f('CK_DEAL_LINES_DISCOUNT')),
    sa.CheckConstraint('qty > 0', name=op.f('CK_DEAL_LINES_QTY')),
    sa.ForeignKeyConstraint(['deal_id'], ['DEALS.id'], name=op.f('FK_DEAL_LINES_DEAL_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['PRODUCTS.id'], name=op.f('FK_DEAL_LINES_PRODUCT_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_DEAL_LINES'))
    )
    op.create_index(op.f('IX_DEAL_LINES_DEAL_ID'), 'DEAL_LINES', ['deal_id'], unique=False)
    op.create_index(op.f('IX_DEAL_LINES_PRODUCT_ID'), 'DEAL_LINES', ['product_id'], unique=False)
    op.create_table('DEAL_STAGE_HISTORY',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('from_stage_id', sa.Integer(), nullable=True),
    sa.Column('to_stage_id', sa.Integer(), nullable=False),
    sa.Column('moved_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('moved_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['deal_id'], ['DEALS.id'], name=op.f('FK_DEAL_STAGE_HISTORY_DEAL_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_stage_id'], ['STAGES.id'], name=op.f('FK_DEAL_STAGE_HISTORY_FR_D97018')),
    sa.ForeignKeyConstraint(['to_stage_id'], ['STAGES.id'], name=op.f('FK_DEAL_STAGE_HISTORY_TO_731D84')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_DEAL_STAGE_HISTORY'))
    )
    op.create_index(op.f('IX_DEAL_STAGE_HISTORY_TO_1B5580'), 'DEAL_STAGE_HISTORY', ['to_stage_id'], unique=False)
    op.create_index('IX_DEAL_STAGE_HIST_DEAL_AT', 'DEAL_STAGE_HISTORY', ['deal_id', 'moved_at'], unique=False)
    op.create_table('INTERACTIONS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('deal_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=7), nullable=False),
    sa.Column('direction', sa.String(length=3), nullable=True),
    sa.Column('occurred_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('duration_sec', sa.Integer(), server_default='0', nullable=False),
    sa.Column('result', sa.String(length=20), nullable=True),
    sa.Column('is_attempt', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("direction IN ('IN', 'OUT') OR direction IS NULL", name=op.f('CK_INTERACTIONS_DIRECTION')),
    sa.CheckConstraint("kind IN ('CALL', 'EMAIL', 'MEETING', 'NOTE', 'SMS', 'CHAT')", name=op.f('CK_INTERACTIONS_KIND')),
    sa.CheckConstraint('duration_sec >= 0', name=op.f('CK_INTERACTIONS_DURATION')),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_INTERACTIONS_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['CONTACTS.id'], name=op.f('FK_INTERACTIONS_CONTACT_ID'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['deal_id'], ['DEALS.id'], name=op.f('FK_INTERACTIONS_DEAL_ID'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['CRM_USERS.id'], name=op.f('FK_INTERACTIONS_USER_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_INTERACTIONS'))
    )
    op.create_index('IX_INTERACTIONS_AT', 'INTERACTIONS', ['occurred_at'], unique=False)
    op.create_index('IX_INTERACTIONS_CLIENT_AT', 'INTERACTIONS', ['client_id', 'occurred_at'], unique=False)
    op.create_index(op.f('IX_INTERACTIONS_CONTACT_ID'), 'INTERACTIONS', ['contact_id'], unique=False)
    op.create_index(op.f('IX_INTERACTIONS_DEAL_ID'), 'INTERACTIONS', ['deal_id'], unique=False)
    op.create_index('IX_INTERACTIONS_USER_AT', 'INTERACTIONS', ['user_id', 'occurred_at'], unique=False)
    op.create_table('TASKS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=7), server_default='TODO', nullable=False),
    sa.Column('status', sa.String(length=9), server_default='OPEN', nullable=False),
    sa.Column('due_at', sa.DateTime(), nullable=True),
    sa.Column('duration_min', sa.Integer(), server_default='0', nullable=False),
    sa.Column('priority', sa.SmallInteger(), server_default='2', nullable=False),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=True),
    sa.Column('deal_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('result', sa.String(length=500), nullable=True),
    sa.Column('rule_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.CheckConstraint("kind IN ('CALL', 'MEETING', 'EMAIL', 'TODO')", name=op.f('CK_TASKS_KIND')),
    sa.CheckConstraint("status IN ('OPEN', 'DONE', 'CANCELLED')", name=op.f('CK_TASKS_STATUS')),
    sa.CheckConstraint('priority BETWEEN 1 AND 3', name=op.f('CK_TASKS_PRIORITY')),
    sa.ForeignKeyConstraint(['assignee_id'], ['CRM_USERS.id'], name=op.f('FK_TASKS_ASSIGNEE_ID')),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_TASKS_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['CONTACTS.id'], name=op.f('FK_TASKS_CONTACT_ID'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['deal_id'], ['DEALS.id'], name=op.f('FK_TASKS_DEAL_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_TASKS'))
    )
    op.create_index('IX_TASKS_ASSIGNEE_STATUS_DUE', 'TASKS', ['assignee_id', 'status', 'due_at'], unique=False)
    op.create_index(op.f('IX_TASKS_CLIENT_ID'), 'TASKS', ['client_id'], unique=False)
    op.create_index(op.f('IX_TASKS_CONTACT_ID'), 'TASKS', ['contact_id'], unique=False)
    op.create_index(op.f('IX_TASKS_DEAL_ID'), 'TASKS', ['deal_id'], unique=False)
    op.create_index('IX_TASKS_DUE_AT', 'TASKS', ['due_at'], unique=False)
    op.create_table('ATTACHMENT_BODIES',
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['ATTACHMENTS.id'], name=op.f('FK_ATTACHMENT_BODIES_ATT_5531FE'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('attachment_id', name=op.f('PK_ATTACHMENT_BODIES'))
    )
    op.create_table('REMINDERS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('remind_at', sa.DateTime(), nullable=True),
    sa.Column('snoozed_until', sa.DateTime(), nullable=True),
    sa.Column('dismissed', sa.Boolean(), server_default=sa.text('FALSE'), nullable=False),
    sa.Column('text', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('created_by', sa.String(length=63), nullable=True),
    sa.Column('changed_at', sa.DateTime(), nullable=True),
    sa.Column('changed_by', sa.String(length=63), nullable=True),
    sa.ForeignKeyConstraint(['task_id'], ['TASKS.id'], name=op.f('FK_REMINDERS_TASK_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['CRM_USERS.id'], name=op.f('FK_REMINDERS_USER_ID')),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_REMINDERS'))
    )
    op.create_index(op.f('IX_REMINDERS_TASK_ID'), 'REMINDERS', ['task_id'], unique=False)
    op.create_index('IX_REMINDERS_USER_AT', 'REMINDERS', ['user_id', 'dismissed', 'remind_at'], unique=False)


def downgrade() -> None:
    op.drop_constraint(op.f('FK_DEPARTMENTS_HEAD_USER_ID'), 'DEPARTMENTS', type_='foreignkey')
    op.drop_index('IX_REMINDERS_USER_AT', table_name='REMINDERS')
    op.drop_index(op.f('IX_REMINDERS_TASK_ID'), table_name='REMINDERS')
    op.drop_table('REMINDERS')
    op.drop_table('ATTACHMENT_BODIES')
    op.drop_index('IX_TASKS_DUE_AT', table_name='TASKS')
    op.drop_index(op.f('IX_TASKS_DEAL_ID'), table_name='TASKS')
    op.drop_index(op.f('IX_TASKS_CONTACT_ID'), table_name='TASKS')
    op.drop_index(op.f('IX_TASKS_CLIENT_ID'), table_name='TASKS')
    op.drop_index('IX_TASKS_ASSIGNEE_STATUS_DUE', table_name='TASKS')
    op.drop_table('TASKS')
    op.drop_index('IX_INTERACTIONS_USER_AT', table_name='INTERACTIONS')
    op.drop_index(op.f('IX_INTERACTIONS_DEAL_ID'), table_name='INTERACTIONS')
    op.drop_index(op.f('IX_INTERACTIONS_CONTACT_ID'), table_name='INTERACTIONS')
    op.drop_index('IX_INTERACTIONS_CLIENT_AT', table_name='INTERACTIONS')
    op.drop_index('IX_INTERACTIONS_AT', table_name='INTERACTIONS')
    op.drop_table('INTERACTIONS')
    op.drop_index('IX_DEAL_STAGE_HIST_DEAL_AT', table_name='DEAL_STAGE_HISTORY')
    op.drop_index(op.f('IX_DEAL_STAGE_HISTORY_TO_1B5580'), table_name='DEAL_STAGE_HISTORY')
    op.drop_table('DEAL_STAGE_HISTORY')
    op.drop_index(op.f('IX_DEAL_LINES_PRODUCT_ID'), table_name='DEAL_LINES')
    op.drop_index(op.f('IX_DEAL_LINES_DEAL_ID'), table_name='DEAL_LINES')
    op.drop_table('DEAL_LINES')
    op.drop_index(op.f('IX_ATTACHMENTS_DEAL_ID'), table_name='ATTACHMENTS')
    op.drop_index(op.f('IX_ATTACHMENTS_CLIENT_ID'), table_name='ATTACHMENTS')
    op.drop_table('ATTACHMENTS')
    op.drop_index(op.f('IX_PHONES_PHONE_KEY'), table_name='PHONES')
    op.drop_index(op.f('IX_PHONES_CONTACT_ID'), table_name='PHONES')
    op.drop_index(op.f('IX_PHONES_CLIENT_ID'), table_name='PHONES')
    op.drop_table('PHONES')
    op.drop_index(op.f('IX_EMAILS_EMAIL_KEY'), table_name='EMAILS')
    op.drop_index(op.f('IX_EMAILS_CONTACT_ID'), table_name='EMAILS')
    op.drop_index(op.f('IX_EMAILS_CLIENT_ID'), table_name='EMAILS')
    op.drop_table('EMAILS')
    op.drop_index(op.f('IX_DEALS_STAGE_ID'), table_name='DEALS')
    op.drop_index(op.f('IX_DEALS_SOURCE_ID'), table_name='DEALS')
    op.drop_index('IX_DEALS_RESP_OUTCOME', table_name='DEALS')
    op.drop_index(op.f('IX_DEALS_LOST_REASON_ID'), table_name='DEALS')
    op.drop_index('IX_DEALS_FUNNEL_STAGE', table_name='DEALS')
    op.drop_index('IX_DEALS_EXPECTED_CLOSE', table_name='DEALS')
    op.drop_index(op.f('IX_DEALS_DEPARTMENT_ID'), table_name='DEALS')
    op.drop_index('IX_DEALS_CREATED_AT', table_name='DEALS')
    op.drop_index('IX_DEALS_CLOSED_AT', table_name='DEALS')
    op.drop_index(op.f('IX_DEALS_CLIENT_ID'), table_name='DEALS')
    op.drop_table('DEALS')
    op.drop_index('IX_SEARCH_KEYS_SKEY', table_name='SEARCH_KEYS')
    op.drop_index(op.f('IX_SEARCH_KEYS_CLIENT_ID'), table_name='SEARCH_KEYS')
    op.drop_table('SEARCH_KEYS')
    op.drop_index(op.f('IX_CONTACTS_CLIENT_ID'), table_name='CONTACTS')
    op.drop_table('CONTACTS')
    op.drop_index(op.f('IX_CLIENT_TAGS_TAG_ID'), table_name='CLIENT_TAGS')
    op.drop_table('CLIENT_TAGS')
    op.drop_index(op.f('IX_CLIENT_STATUS_HISTORY_529A61'), table_name='CLIENT_STATUS_HISTORY')
    op.drop_table('CLIENT_STATUS_HISTORY')
    op.drop_index('IX_CLIENT_STATS_NEXT_STEP_AT', table_name='CLIENT_STATS')
    op.drop_index('IX_CLIENT_STATS_LAST_CONTACT', table_name='CLIENT_STATS')
    op.drop_table('CLIENT_STATS')
    op.drop_index(op.f('IX_CLIENT_CLASSIFIERS_VALUE_ID'), table_name='CLIENT_CLASSIFIERS')
    op.drop_table('CLIENT_CLASSIFIERS')
    op.drop_index(op.f('IX_ADDRESSES_CLIENT_ID'), table_name='ADDRESSES')
    op.drop_table('ADDRESSES')
    op.drop_index(op.f('IX_KPI_PLANS_USER_ID'), table_name='KPI_PLANS')
    op.drop_index(op.f('IX_KPI_PLANS_DEPARTMENT_ID'), table_name='KPI_PLANS')
    op.drop_table('KPI_PLANS')
    op.drop_index(op.f('IX_CLIENTS_SOURCE_ID'), table_name='CLIENTS')
    op.drop_index('IX_CLIENTS_SEARCH_NAME', table_name='CLIENTS')
    op.drop_index('IX_CLIENTS_RESP_STATUS', table_name='CLIENTS')
    op.drop_index(op.f('IX_CLIENTS_INN'), table_name='CLIENTS')
    op.drop_index(op.f('IX_CLIENTS_DEPARTMENT_ID'), table_name='CLIENTS')
    op.drop_index('IX_CLIENTS_CREATED_AT', table_name='CLIENTS')
    op.drop_index(op.f('IX_CLIENTS_CITY'), table_name='CLIENTS')
    op.drop_table('CLIENTS')
    op.drop_table('STAGES')
    op.drop_index(op.f('IX_PRICES_PRODUCT_ID'), table_name='PRICES')
    op.drop_table('PRICES')
    op.drop_index('IX_CF_VALUES_ENTITY', table_name='CUSTOM_FIELD_VALUES')
    op.drop_table('CUSTOM_FIELD_VALUES')
    op.drop_index(op.f('IX_CRM_USERS_DEPARTMENT_ID'), table_name='CRM_USERS')
    op.drop_table('CRM_USERS')
    op.drop_table('CLASSIFIER_VALUES')
    op.drop_table('TAGS')
    op.drop_table('SOURCES')
    op.drop_table('SETTINGS')
    op.drop_table('ROLE_RIGHTS')
    op.drop_table('PRODUCTS')
    op.drop_table('PRICE_LISTS')
    op.drop_table('LOST_REASONS')
    op.drop_table('KPI_INDICATORS')
    op.drop_table('FUNNELS')
    op.drop_table('DEPARTMENTS')
    op.drop_table('CUSTOM_FIELD_DEFS')
    op.drop_table('CLASSIFIERS')
    op.drop_index('IX_AUDIT_LOG_TABLE_REC', table_name='AUDIT_LOG')
    op.drop_index('IX_AUDIT_LOG_CLIENT', table_name='AUDIT_LOG')
    op.drop_index('IX_AUDIT_LOG_LOGGED_AT', table_name='AUDIT_LOG')
    op.drop_table('AUDIT_LOG')

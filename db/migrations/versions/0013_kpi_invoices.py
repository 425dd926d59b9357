"""KPI plans with their visibility, invoices and payments, document templates (issue #13).

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-07

* KPI_INDICATORS get ``FACT_KIND`` (how the fact is computed: app/kpi.py) and ``SORT_ORDER``;
  KPI_PLANS get ``PERIOD_KIND`` (month / quarter / year). Plans stop being plain reference data:
  V_KPI_PLANS shows a manager his own plans and a head his department's (F_KPI_PLAN_VISIBLE), and
  administrators and heads write them (F_KPI_PLAN_WRITABLE in a guard trigger that replaces the
  admin-only one of 0004). A standard set of indicators is created.
* INVOICES (numbered per year by TRG_INVOICES_NUMBER from INVOICE_COUNTERS), PAYMENTS (which
  keep the invoice's paid amount and state: TRG_PAYMENTS_INVOICE), both visible with their client
  (F_CLIENT_VISIBLE) and guarded like the deals; DOC_TEMPLATES as administered reference data.
* Audit triggers on all five tables; refresh events (``deal_changed`` for money, ``ref_changed``
  for templates). Every trigger and function gets its explicit grants (FB3: FIREBIRD.md §4.4).
"""
import importlib

import sqlalchemy as sa
from alembic import op

from db import server_objects as so

revision = "0013"
down_revision = "0011"
branch_labels = None
depends_on = None

_0004 = importlib.import_module("db.migrations.versions.0004_visibility_and_roles")

ROLES = _0004.ROLES
WRITERS = _0004.WRITERS
EVERYONE = ", ".join(f"ROLE {r}" for r in ROLES)

NEW_TABLES = ("INVOICES", "PAYMENTS", "INVOICE_COUNTERS", "DOC_TEMPLATES")
TRACKED = ("INVOICES", "PAYMENTS", "DOC_TEMPLATES")
EVENTS = {"INVOICES": "deal_changed", "PAYMENTS": "deal_changed", "DOC_TEMPLATES": "ref_changed"}
FUNCTIONS = ("F_KPI_PLAN_VISIBLE", "F_KPI_PLAN_WRITABLE")

#: table -> visibility rule ({r} = row alias), and the "parent already gone" rule of cascades
ENTITIES = {
    "INVOICES": ("F_CLIENT_VISIBLE({r}.CLIENT_ID)", "NOT EXISTS (SELECT 1 FROM CLIENTS p WHERE p.ID = {r}.CLIENT_ID)"),
    "PAYMENTS": ("EXISTS (SELECT 1 FROM INVOICES i WHERE i.ID = {r}.INVOICE_ID AND F_CLIENT_VISIBLE(i.CLIENT_ID))",
                 "NOT EXISTS (SELECT 1 FROM INVOICES p WHERE p.ID = {r}.INVOICE_ID)"),
}
PLAN_RULE = "F_KPI_PLAN_VISIBLE({r}.USER_ID, {r}.DEPARTMENT_ID)"

#: table -> (client id expression, audited columns, summary)
AUDITED = {
    "INVOICES": ("{r}.CLIENT_ID", ("NUMBER", "CLIENT_ID", "DEAL_ID", "AMOUNT", "CURRENCY", "STATE", "ISSUED_ON",
                                   "DUE_ON", "PAID_AMOUNT", "NOTE"), "COALESCE({r}.NUMBER, '') || ' ' || {r}.AMOUNT"),
    "PAYMENTS": ("(SELECT i.CLIENT_ID FROM INVOICES i WHERE i.ID = {r}.INVOICE_ID)",
                 ("INVOICE_ID", "PAID_ON", "AMOUNT", "METHOD", "NOTE"), "{r}.PAID_ON || ' ' || {r}.AMOUNT"),
    "KPI_INDICATORS": (None, ("CODE", "NAME", "UNIT", "WEIGHT", "IS_ACTIVE", "FACT_KIND"), "{r}.CODE"),
    "KPI_PLANS": (None, ("INDICATOR_ID", "USER_ID", "DEPARTMENT_ID", "PERIOD_START", "PERIOD_END", "PLAN_VALUE",
                         "PERIOD_KIND"), "{r}.PERIOD_START || ' ' || {r}.PLAN_VALUE"),
    "DOC_TEMPLATES": (None, ("CODE", "TITLE", "BODY", "IS_ACTIVE"), "{r}.CODE"),
}
AUDIT_BLOBS = {"DOC_TEMPLATES": ("BODY",)}

#: the standard indicators (code, name, unit, weight, fact kind); names are translated on screen
INDICATORS = (
    ("REVENUE", "Revenue", "RUB", "0.40", "REVENUE"),
    ("WON_DEALS", "Won deals", "pcs", "0.15", "WON_DEALS"),
    ("NEW_CLIENTS", "New clients", "pcs", "0.15", "NEW_CLIENTS"),
    ("CALLS", "Calls", "pcs", "0.10", "CALLS"),
    ("MEETINGS", "Meetings", "pcs", "0.10", "MEETINGS"),
    ("WIN_RATE", "Win rate", "%", "0.10", "WIN_RATE"),
    ("PAYMENTS", "Payments received", "RUB", "0", "PAYMENTS"),
)


def _create_tables() -> None:
    # Firebird spells it ADD without COLUMN, which Alembic's add_column does not know
    conn = op.get_bind()
    so.apply(conn,
             "ALTER TABLE KPI_INDICATORS ADD FACT_KIND VARCHAR(12) DEFAULT 'REVENUE' NOT NULL",
             "ALTER TABLE KPI_INDICATORS ADD SORT_ORDER SMALLINT DEFAULT 0 NOT NULL",
             "ALTER TABLE KPI_INDICATORS ADD CONSTRAINT CK_KPI_INDICATORS_FACT_KIND CHECK (fact_kind IN "
             "('REVENUE', 'WON_DEALS', 'NEW_DEALS', 'NEW_CLIENTS', 'CALLS', 'MEETINGS', 'WIN_RATE', 'PAYMENTS'))",
             "ALTER TABLE KPI_PLANS ADD PERIOD_KIND VARCHAR(7) DEFAULT 'MONTH' NOT NULL",
             "ALTER TABLE KPI_PLANS ADD CONSTRAINT CK_KPI_PLANS_PERIOD_KIND CHECK (period_kind IN "
             "('MONTH', 'QUARTER', 'YEAR'))")

    def tracked():
        return (
        sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
        sa.Column('created_by', sa.String(length=63), nullable=True),
        sa.Column('changed_at', sa.DateTime(), nullable=True),
        sa.Column('changed_by', sa.String(length=63), nullable=True),
        )
    op.create_table('INVOICES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=True),
    sa.Column('inv_year', sa.SmallInteger(), nullable=True),
    sa.Column('inv_no', sa.Integer(), nullable=True),
    sa.Column('client_id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=18, scale=2), server_default=sa.text('0'), nullable=False),
    sa.Column('currency', sa.String(length=3), server_default=sa.text("'RUB'"), nullable=False),
    sa.Column('state', sa.String(length=9), server_default=sa.text("'DRAFT'"), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('paid_amount', sa.Numeric(precision=18, scale=2), server_default=sa.text('0'), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=100), nullable=True),
    *tracked(),
    sa.CheckConstraint("state IN ('DRAFT', 'ISSUED', 'PART_PAID', 'PAID', 'CANCELLED')", name=op.f('CK_INVOICES_STATE')),
    sa.CheckConstraint('amount >= 0', name=op.f('CK_INVOICES_AMOUNT')),
    sa.ForeignKeyConstraint(['client_id'], ['CLIENTS.id'], name=op.f('FK_INVOICES_CLIENT_ID'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['deal_id'], ['DEALS.id'], name=op.f('FK_INVOICES_DEAL_ID'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_INVOICES')),
    sa.UniqueConstraint('inv_year', 'inv_no', name=op.f('UQ_INVOICES_INV_YEAR_INV_NO')),
    sa.UniqueConstraint('number', name=op.f('UQ_INVOICES_NUMBER'))
    )
    op.create_index('IX_INVOICES_ISSUED_ON', 'INVOICES', ['issued_on'], unique=False)
    op.create_index(op.f('IX_INVOICES_CLIENT_ID'), 'INVOICES', ['client_id'], unique=False)
    op.create_index(op.f('IX_INVOICES_DEAL_ID'), 'INVOICES', ['deal_id'], unique=False)
    op.create_table('PAYMENTS',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=18, scale=2), server_default=sa.text('0'), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=True),
    sa.Column('note', sa.String(length=100), nullable=True),
    *tracked(),
    sa.CheckConstraint('amount > 0', name=op.f('CK_PAYMENTS_AMOUNT')),
    sa.ForeignKeyConstraint(['invoice_id'], ['INVOICES.id'], name=op.f('FK_PAYMENTS_INVOICE_ID'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_PAYMENTS'))
    )
    op.create_index(op.f('IX_PAYMENTS_INVOICE_ID'), 'PAYMENTS', ['invoice_id'], unique=False)
    op.create_table('INVOICE_COUNTERS',
    sa.Column('inv_year', sa.SmallInteger(), autoincrement=False, nullable=False),
    sa.Column('last_no', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.PrimaryKeyConstraint('inv_year', name=op.f('PK_INVOICE_COUNTERS'))
    )
    op.create_table('DOC_TEMPLATES',
    sa.Column('id', sa.Integer(), sa.Identity(always=False, start=1), nullable=False),
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('is_active', sa.Boolean(), server_default=sa.text('TRUE'), nullable=False),
    *tracked(),
    sa.PrimaryKeyConstraint('id', name=op.f('PK_DOC_TEMPLATES')),
    sa.UniqueConstraint('code', name=op.f('UQ_DOC_TEMPLATES_CODE'))
    )


def _plan_guard(rule: str) -> str:
    return so.template("guard_biud", table="KPI_PLANS", trigger=so.fit("TRG_KPI_PLANS_GUARD"),
                       new_rule=rule.format(r="NEW"), old_rule=rule.format(r="OLD"))


def upgrade() -> None:
    _create_tables()
    conn = op.get_bind()
    so.apply(conn, *(so.tracked_trigger(t)[1] for t in TRACKED))
    so.apply(conn, *(so.event_trigger(t, e)[1] for t, e in EVENTS.items()))
    # KPI plans: visibility by person/department, written by administrators and heads
    so.apply(conn, *(so.load("functions", f) for f in FUNCTIONS))
    so.apply(conn, "GRANT SELECT ON CRM_USERS TO FUNCTION F_KPI_PLAN_VISIBLE",
             "GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO FUNCTION F_KPI_PLAN_VISIBLE",
             "GRANT SELECT ON CRM_USERS TO FUNCTION F_KPI_PLAN_WRITABLE",
             "GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO FUNCTION F_KPI_PLAN_WRITABLE",
             "GRANT EXECUTE ON FUNCTION F_KPI_PLAN_VISIBLE TO FUNCTION F_KPI_PLAN_WRITABLE")
    so.apply(conn, f"DROP TRIGGER {so.fit('TRG_KPI_PLANS_ADMIN')}",
             _0004._view_sql("KPI_INDICATORS", None))  # "SELECT x.*" is fixed when created: re-create
    so.apply(conn, _0004._view_sql("KPI_PLANS", PLAN_RULE), "GRANT EXECUTE ON FUNCTION F_KPI_PLAN_VISIBLE TO VIEW V_KPI_PLANS")
    so.apply(conn, _plan_guard("F_KPI_PLAN_WRITABLE({r}.USER_ID, {r}.DEPARTMENT_ID)"))
    guard = so.fit("TRG_KPI_PLANS_GUARD")
    so.apply(conn, f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {guard}",
             f"GRANT EXECUTE ON FUNCTION F_KPI_PLAN_WRITABLE TO TRIGGER {guard}",
             "GRANT INSERT, UPDATE, DELETE ON V_KPI_PLANS TO ROLE CRM_HEAD")
    # invoices and payments: visible and writable with their client, like deals
    views = [_0004._view_sql(t, rule) for t, (rule, _gone) in ENTITIES.items()]
    views += [_0004._view_sql(t, None) for t in ("INVOICE_COUNTERS", "DOC_TEMPLATES")]
    so.apply(conn, *views)
    stmts = ["GRANT EXECUTE ON FUNCTION F_CLIENT_VISIBLE TO VIEW V_INVOICES",
             "GRANT EXECUTE ON FUNCTION F_CLIENT_VISIBLE TO VIEW V_PAYMENTS",
             "GRANT SELECT ON INVOICES TO VIEW V_PAYMENTS"]
    guards = []
    for t, (rule, gone) in ENTITIES.items():
        name, sql = _0004._guard(t, rule, gone)
        guards.append(sql)
        stmts += [f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {name}",
                  f"GRANT EXECUTE ON FUNCTION F_CLIENT_VISIBLE TO TRIGGER {name}"]
        stmts += [f"GRANT SELECT ON {ref} TO TRIGGER {name}" for ref in ("CLIENTS", "INVOICES")
                  if f"FROM {ref} " in rule + gone]
    name, sql = _0004._admin_only("DOC_TEMPLATES")
    guards.append(sql)
    stmts += [f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {name}",
              f"GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO TRIGGER {name}"]
    so.apply(conn, *guards)
    # numbering and paid state
    so.apply(conn, so.load("triggers", "TRG_INVOICES_NUMBER"), so.load("triggers", "TRG_PAYMENTS_INVOICE"))
    stmts += ["GRANT SELECT, INSERT, UPDATE ON INVOICE_COUNTERS TO TRIGGER TRG_INVOICES_NUMBER",
              "GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER TRG_INVOICES_NUMBER",
              "GRANT SELECT ON PAYMENTS TO TRIGGER TRG_PAYMENTS_INVOICE",
              "GRANT SELECT, UPDATE ON INVOICES TO TRIGGER TRG_PAYMENTS_INVOICE",
              "GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER TRG_PAYMENTS_INVOICE"]
    so.apply(conn, *stmts)
    # audit
    audits = [so.audit_trigger(t, ce, cols, summary, AUDIT_BLOBS.get(t, ()), bulk_bypass=True)
              for t, (ce, cols, summary) in AUDITED.items()]
    so.apply(conn, *(sql for _n, sql in audits))
    stmts = [f"GRANT INSERT ON AUDIT_LOG TO TRIGGER {n}" for n, _sql in audits]
    stmts += [f"GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO TRIGGER {n}" for n, _sql in audits]
    stmts.append(f"GRANT SELECT ON INVOICES TO TRIGGER {so.fit('TRG_PAYMENTS_AUDIT')}")
    # roles: views only
    stmts += [f"GRANT SELECT ON V_{t} TO {EVERYONE}" for t in NEW_TABLES]
    writers = ", ".join(f"ROLE {r}" for r in WRITERS)
    stmts += [f"GRANT INSERT, UPDATE ON V_{t} TO {writers}" for t in ENTITIES]
    stmts += [f"GRANT DELETE ON V_{t} TO ROLE CRM_ADMIN, ROLE CRM_HEAD" for t in ENTITIES]
    stmts.append("GRANT INSERT, UPDATE, DELETE ON V_DOC_TEMPLATES TO ROLE CRM_ADMIN")
    so.apply(conn, *stmts)
    # the standard indicators
    ind = sa.table("KPI_INDICATORS", sa.column("code"), sa.column("name"), sa.column("unit"), sa.column("weight"),
                   sa.column("fact_kind"), sa.column("sort_order"))
    existing = {r[0].strip() for r in conn.exec_driver_sql("SELECT CODE FROM KPI_INDICATORS")}
    rows = [dict(code=c, name=n, unit=u, weight=w, fact_kind=k, sort_order=i)
            for i, (c, n, u, w, k) in enumerate(INDICATORS, 1) if c not in existing]
    if rows:
        op.bulk_insert(ind, rows)
    _harden(conn)


#: revision 0009's rules (issue #10) for the new tables: money and dates bounded, ids from the generator
_0009 = importlib.import_module("db.migrations.versions.0009_write_holes")
HARD_CHECKS = (
    ("CK_INVOICES_AMOUNT_MAX", "INVOICES", f"AMOUNT <= {_0009.MAX_MONEY}"),
    ("CK_INVOICES_PAID_AMOUNT", "INVOICES", f"PAID_AMOUNT BETWEEN 0 AND {_0009.MAX_MONEY}"),
    ("CK_INVOICES_ISSUED_ON", "INVOICES", _0009._day("ISSUED_ON")),
    ("CK_INVOICES_DUE_ON", "INVOICES", _0009._day("DUE_ON")),
    ("CK_INVOICES_PAID_ON", "INVOICES", _0009._day("PAID_ON")),
    ("CK_PAYMENTS_AMOUNT_MAX", "PAYMENTS", f"AMOUNT <= {_0009.MAX_MONEY}"),
    ("CK_PAYMENTS_PAID_ON", "PAYMENTS", _0009._day("PAID_ON")),
)
ID_TABLES = ("INVOICES", "PAYMENTS", "KPI_PLANS")


def _harden(conn) -> None:
    so.apply(conn, *(f"ALTER TABLE {t} ADD CONSTRAINT {n} CHECK ({cond})" for n, t, cond in HARD_CHECKS))
    for t in ID_TABLES:
        gen = conn.exec_driver_sql("SELECT TRIM(RDB$GENERATOR_NAME) FROM RDB$RELATION_FIELDS WHERE "
                                   "RDB$RELATION_NAME = ? AND RDB$FIELD_NAME = 'ID'", (t,)).scalar()
        name, sql = _0009._id_trigger(t, gen)
        so.apply(conn, sql, f"GRANT EXECUTE ON FUNCTION F_IS_DB_ADMIN TO TRIGGER {name}",
                 f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {name}", f'GRANT USAGE ON GENERATOR "{gen}" TO TRIGGER {name}')


def downgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, *(f"DROP TRIGGER {so.fit(f'TRG_{t}_NEW_ID')}" for t in ID_TABLES))
    so.apply(conn, *(f"ALTER TABLE {t} DROP CONSTRAINT {n}" for n, t, _c in HARD_CHECKS))
    so.apply(conn, *(f"DROP TRIGGER {so.audit_trigger(t, ce, cols, s)[0]}" for t, (ce, cols, s) in AUDITED.items()))
    so.apply(conn, "DROP TRIGGER TRG_PAYMENTS_INVOICE", "DROP TRIGGER TRG_INVOICES_NUMBER")
    so.apply(conn, *(f"DROP TRIGGER {_0004._guard(t, r, g)[0]}" for t, (r, g) in ENTITIES.items()),
             f"DROP TRIGGER {_0004._admin_only('DOC_TEMPLATES')[0]}")
    so.apply(conn, *(f"DROP TRIGGER {so.event_trigger(t, e)[0]}" for t, e in EVENTS.items()))
    so.apply(conn, *(f"DROP TRIGGER {so.tracked_trigger(t)[0]}" for t in TRACKED))
    so.apply(conn, *(f"DROP VIEW V_{t}" for t in NEW_TABLES))
    so.apply(conn, f"DROP TRIGGER {so.fit('TRG_KPI_PLANS_GUARD')}")
    # the views select x.*: drop them before their columns go, re-create them as 0004 left them
    so.apply(conn, "DROP VIEW V_KPI_PLANS", "DROP VIEW V_KPI_INDICATORS")
    so.apply(conn, *(f"DROP FUNCTION {f}" for f in reversed(FUNCTIONS)))
    so.apply(conn, "ALTER TABLE KPI_PLANS DROP CONSTRAINT CK_KPI_PLANS_PERIOD_KIND",
             "ALTER TABLE KPI_PLANS DROP PERIOD_KIND",
             "ALTER TABLE KPI_INDICATORS DROP CONSTRAINT CK_KPI_INDICATORS_FACT_KIND",
             "ALTER TABLE KPI_INDICATORS DROP SORT_ORDER", "ALTER TABLE KPI_INDICATORS DROP FACT_KIND")
    name, sql = _0004._admin_only("KPI_PLANS")
    so.apply(conn, _0004._view_sql("KPI_PLANS", None), _0004._view_sql("KPI_INDICATORS", None), sql)
    so.apply(conn, f"GRANT USAGE ON EXCEPTION EX_DENIED TO TRIGGER {name}",
             f"GRANT EXECUTE ON FUNCTION F_IS_CRM_ADMIN TO TRIGGER {name}",
             *(f"GRANT SELECT ON V_{t} TO {EVERYONE}" for t in ("KPI_PLANS", "KPI_INDICATORS")),
             *(f"GRANT INSERT, UPDATE, DELETE ON V_{t} TO ROLE CRM_ADMIN" for t in ("KPI_PLANS", "KPI_INDICATORS")))
    op.drop_table("DOC_TEMPLATES")
    op.drop_table("INVOICE_COUNTERS")
    op.drop_index(op.f('IX_PAYMENTS_INVOICE_ID'), table_name='PAYMENTS')
    op.drop_table("PAYMENTS")
    op.drop_index(op.f('IX_INVOICES_DEAL_ID'), table_name='INVOICES')
    op.drop_index(op.f('IX_INVOICES_CLIENT_ID'), table_name='INVOICES')
    op.drop_index('IX_INVOICES_ISSUED_ON', table_name='INVOICES')
    op.drop_table("INVOICES")

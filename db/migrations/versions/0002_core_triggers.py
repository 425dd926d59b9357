"""Core server objects: version/who/when triggers, lifecycle and stage history, client summary,
and the coarse change events for live refresh (issue #2).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24

The table lists are frozen here (not read from db/models), so this revision means the same thing
forever; later revisions add tables to them.
"""
from alembic import op

from db import server_objects as so

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TRACKED = (
    "DEPARTMENTS", "CRM_USERS", "ROLE_RIGHTS", "SOURCES", "CLIENTS", "CLASSIFIERS", "CLASSIFIER_VALUES",
    "TAGS", "CONTACTS", "PHONES", "EMAILS", "ADDRESSES", "INTERACTIONS", "FUNNELS", "STAGES",
    "LOST_REASONS", "DEALS", "DEAL_LINES", "TASKS", "REMINDERS", "PRODUCTS", "PRICE_LISTS", "PRICES",
    "CUSTOM_FIELD_DEFS", "CUSTOM_FIELD_VALUES", "ATTACHMENTS", "SETTINGS", "KPI_INDICATORS", "KPI_PLANS",
)

#: table -> coarse event posted after any committed change (FIREBIRD.md §3.4)
EVENTS = {
    "CLIENTS": "client_changed", "CONTACTS": "client_changed", "PHONES": "client_changed",
    "EMAILS": "client_changed", "ADDRESSES": "client_changed", "CLIENT_TAGS": "client_changed",
    "CLIENT_CLASSIFIERS": "client_changed", "CUSTOM_FIELD_VALUES": "client_changed",
    "ATTACHMENTS": "client_changed",
    "INTERACTIONS": "interaction_changed",
    "DEALS": "deal_changed", "DEAL_LINES": "deal_changed",
    "TASKS": "task_changed", "REMINDERS": "task_changed",
    "DEPARTMENTS": "ref_changed", "CRM_USERS": "ref_changed", "ROLE_RIGHTS": "ref_changed",
    "SOURCES": "ref_changed", "CLASSIFIERS": "ref_changed", "CLASSIFIER_VALUES": "ref_changed",
    "TAGS": "ref_changed", "FUNNELS": "ref_changed", "STAGES": "ref_changed",
    "LOST_REASONS": "ref_changed", "PRODUCTS": "ref_changed", "PRICE_LISTS": "ref_changed",
    "PRICES": "ref_changed", "CUSTOM_FIELD_DEFS": "ref_changed", "SETTINGS": "ref_changed",
    "KPI_INDICATORS": "ref_changed", "KPI_PLANS": "ref_changed",
}

EXCEPTIONS = ("EX_STAGE_FUNNEL",)
PROCEDURES = ("SP_REFRESH_CLIENT_STATS",)
TRIGGERS = (
    "TRG_CLIENTS_STATUS", "TRG_CLIENTS_STATUS_HIST", "TRG_DEALS_STAGE", "TRG_DEALS_STAGE_HIST",
    "TRG_INTERACTIONS_STATS", "TRG_TASKS_STATS",
)


def upgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, *(so.load("exceptions", n) for n in EXCEPTIONS))
    so.apply(conn, *(so.load("procedures", n) for n in PROCEDURES))
    so.apply(conn, *(so.tracked_trigger(t)[1] for t in TRACKED))
    so.apply(conn, *(so.load("triggers", n) for n in TRIGGERS))
    so.apply(conn, *(so.event_trigger(t, e)[1] for t, e in EVENTS.items()))


def downgrade() -> None:
    conn = op.get_bind()
    names = [so.event_trigger(t, e)[0] for t, e in EVENTS.items()]
    names += list(TRIGGERS) + [so.tracked_trigger(t)[0] for t in TRACKED]
    so.apply(conn, *(f"DROP TRIGGER {n}" for n in names))
    so.apply(conn, *(f"DROP PROCEDURE {n}" for n in PROCEDURES))
    so.apply(conn, *(f"DROP EXCEPTION {n}" for n in EXCEPTIONS))

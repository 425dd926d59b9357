"""Audit trail: triggers write who/when/what/old→new of every change of clients and everything on
their card, deals, tasks, users and rights into AUDIT_LOG (issues #3 audit tab, #4).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

Columns are frozen here: a later revision that adds a column re-creates the trigger with it.
Derived columns (search keys, list summaries, version, who/when) are not audited.
"""
from alembic import op

from db import server_objects as so

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: table -> (client id expression, audited columns, one-line summary for insert/delete, BLOB columns)
AUDITED = {
    "CLIENTS": ("{r}.ID", (
        "KIND", "NAME", "LEGAL_NAME", "STATUS", "RESPONSIBLE_ID", "DEPARTMENT_ID", "SOURCE_ID", "INN", "KPP",
        "OGRN", "BANK_NAME", "BANK_BIK", "BANK_ACCOUNT", "CORR_ACCOUNT", "BIRTHDAY", "FOUNDED_ON", "WEBSITE", "CITY",
        "REGION", "LOST_REASON_ID", "IS_ARCHIVED", "MERGED_INTO_ID", "NOTE"), "{r}.NAME", ("NOTE",)),
    "CONTACTS": ("{r}.CLIENT_ID", ("CLIENT_ID", "FULL_NAME", "JOB_TITLE", "BIRTHDAY", "IS_PRIMARY", "NOTE"),
                 "{r}.FULL_NAME", ("NOTE",)),
    "PHONES": ("{r}.CLIENT_ID", ("CLIENT_ID", "CONTACT_ID", "KIND", "PHONE", "EXT", "IS_PRIMARY"), "{r}.PHONE", ()),
    "EMAILS": ("{r}.CLIENT_ID", ("CLIENT_ID", "CONTACT_ID", "EMAIL", "IS_PRIMARY"), "{r}.EMAIL", ()),
    "ADDRESSES": ("{r}.CLIENT_ID", ("CLIENT_ID", "KIND", "COUNTRY", "REGION", "CITY", "STREET", "ZIP_CODE", "IS_PRIMARY"),
                  "COALESCE({r}.CITY, '') || ' ' || COALESCE({r}.STREET, '')", ()),
    "DEALS": ("{r}.CLIENT_ID", (
        "CLIENT_ID", "CONTACT_ID", "FUNNEL_ID", "STAGE_ID", "TITLE", "AMOUNT", "CURRENCY", "PROBABILITY",
        "EXPECTED_CLOSE", "OUTCOME", "LOST_REASON_ID", "LOST_COMMENT", "RESPONSIBLE_ID", "DEPARTMENT_ID",
        "SOURCE_ID", "NEXT_STEP", "NEXT_STEP_AT", "NOTE"), "{r}.TITLE", ("NOTE",)),
    "DEAL_LINES": ("(SELECT d.CLIENT_ID FROM DEALS d WHERE d.ID = {r}.DEAL_ID)",
                   ("PRODUCT_ID", "NAME", "QTY", "PRICE", "DISCOUNT_PCT", "AMOUNT"), "{r}.NAME", ()),
    "TASKS": ("{r}.CLIENT_ID", (
        "TITLE", "KIND", "STATUS", "DUE_AT", "DURATION_MIN", "PRIORITY", "ASSIGNEE_ID", "CLIENT_ID", "DEAL_ID",
        "CONTACT_ID", "DONE_AT", "RESULT", "DESCRIPTION"), "{r}.TITLE", ("DESCRIPTION",)),
    "CRM_USERS": (None, ("LOGIN", "FULL_NAME", "EMAIL", "PHONE", "DEPARTMENT_ID", "ROLE_NAME", "SCOPE", "IS_ACTIVE",
                         "TAKES_LEADS"), "{r}.LOGIN", ()),
    "ROLE_RIGHTS": (None, ("ROLE_NAME", "ENTITY", "SCOPE", "CAN_VIEW", "CAN_CREATE", "CAN_EDIT", "CAN_DELETE",
                           "CAN_EXPORT", "CAN_PRINT"), "{r}.ROLE_NAME || ' ' || {r}.ENTITY", ()),
    "CUSTOM_FIELD_VALUES": (
        "(SELECT IIF(f.ENTITY = 'CLIENT', {r}.ENTITY_ID, NULL) FROM CUSTOM_FIELD_DEFS f WHERE f.ID = {r}.FIELD_ID)",
        ("VALUE_TEXT", "VALUE_NUM", "VALUE_DATE", "VALUE_BOOL"),
        "(SELECT f.LABEL FROM CUSTOM_FIELD_DEFS f WHERE f.ID = {r}.FIELD_ID)", ()),
    "ATTACHMENTS": ("{r}.CLIENT_ID", ("FILE_NAME", "SIZE_BYTES", "STORAGE"), "{r}.FILE_NAME", ()),
}


def upgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, *(so.audit_trigger(t, *spec)[1] for t, spec in AUDITED.items()))


def downgrade() -> None:
    conn = op.get_bind()
    so.apply(conn, *(f"DROP TRIGGER {so.audit_trigger(t, *spec)[0]}" for t, spec in AUDITED.items()))

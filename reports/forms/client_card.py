"""Printable client card (REPORTS.md 13) and client dossier (14): card + history + deals + tasks +
files index. Layer: ``reports``. One client, read through the visibility views: a manager cannot
print a client he may not see (the form says the record does not exist or is not visible)."""
from __future__ import annotations

from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, translate
from reports.forms.common import (
    ADDRESS_KIND_TEXT,
    CLIENT,
    KIND_TEXT,
    OUTCOME_TEXT,
    address_text,
    client_addresses,
    date_text,
    money,
    one,
)
from reports.queries import fetch
from reports.queries.labels import KIND_TITLES, RESULT_TITLES, STATUS_TITLES, title, tr
from reports.result import Block, DocumentResult, Header
from reports.spec import Col, Document, Param, Params

HISTORY_LIMIT = Param("history", "int", QT_TRANSLATE_NOOP("reports", "History entries (latest)"), default=200,
                      minimum=0, maximum=5000)

CLIENT_SQL = """
SELECT c.ID, c.KIND, c.NAME, c.LEGAL_NAME, c.STATUS, c.INN, c.KPP, c.OGRN, c.CITY, c.REGION, c.WEBSITE,
       c.BIRTHDAY, c.FOUNDED_ON, c.CREATED_AT, c.TAGS_TEXT, c.BANK_NAME, c.BANK_BIK, c.BANK_ACCOUNT, c.CORR_ACCOUNT,
       u.FULL_NAME AS RESPONSIBLE, s.NAME AS SOURCE, st.LAST_CONTACT_AT, st.NEXT_STEP, st.NEXT_STEP_AT,
       CAST(SUBSTRING(c.NOTE FROM 1 FOR 4000) AS VARCHAR(4000)) AS NOTE
FROM CLIENTS c
LEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID
LEFT JOIN SOURCES s ON s.ID = c.SOURCE_ID
LEFT JOIN CLIENT_STATS st ON st.CLIENT_ID = c.ID
WHERE c.ID = :c
"""


def _card_blocks(conn: Any, client_id: int) -> tuple[dict[str, Any], list[Block]]:
    c = one(conn, CLIENT_SQL, "client", c=client_id)
    blocks = [Block("heading", text=c["name"], level=1)]
    main = [(translate("reports", "Type"), tr(KIND_TEXT.get(c["kind"], c["kind"] or ""))), (translate("reports", "Status"), tr(STATUS_TITLES.get(c["status"], ""))),
            (translate("reports", "Legal name"), c["legal_name"] or ""), (translate("reports", "Responsible"), c["responsible"] or ""),
            (translate("reports", "Source"), c["source"] or ""), (translate("reports", "City"), ", ".join(x for x in (c["city"], c["region"]) if x)),
            (translate("reports", "Website"), c["website"] or ""), (translate("reports", "Tags"), c["tags_text"] or ""),
            (translate("reports", "Birthday") if c["kind"] == "PERSON" else translate("reports", "Founded"), date_text(c["birthday"] or c["founded_on"])),
            (translate("reports", "Client since"), date_text(c["created_at"])), (translate("reports", "Last contact"), date_text(c["last_contact_at"])),
            (translate("reports", "Next step"), " ".join(x for x in (date_text(c["next_step_at"]), c["next_step"] or "") if x))]
    blocks.append(Block("fields", pairs=[(k, v) for k, v in main if v], columns=2))
    req = [(translate("reports", "INN"), c["inn"]), (translate("reports", "KPP"), c["kpp"]), (translate("reports", "OGRN"), c["ogrn"]), (translate("reports", "Bank"), c["bank_name"]),
           (translate("reports", "BIK"), c["bank_bik"]), (translate("reports", "Account"), c["bank_account"]), (translate("reports", "Corr. account"), c["corr_account"])]
    req = [(k, v) for k, v in req if v]
    if req:
        blocks += [Block("heading", text=translate("reports", "Requisites"), level=3), Block("fields", pairs=req, columns=2)]
    phones = list(fetch(conn, "SELECT FIRST 50 p.PHONE, p.KIND, p.EXT, p.CONTACT_ID FROM PHONES p WHERE p.CLIENT_ID = :c "
                              "ORDER BY p.IS_PRIMARY DESC, p.ID", c=client_id))
    emails = list(fetch(conn, "SELECT FIRST 50 e.EMAIL, e.CONTACT_ID FROM EMAILS e WHERE e.CLIENT_ID = :c "
                              "ORDER BY e.IS_PRIMARY DESC, e.ID", c=client_id))
    own = [(translate("reports", "Phone"), p["phone"] + (" ({} {})".format(translate("reports", "ext."), p["ext"]) if p["ext"] else ""))
           for p in phones if p["contact_id"] is None]
    own += [(translate("reports", "E-mail"), e["email"]) for e in emails if e["contact_id"] is None]
    own += [(tr(ADDRESS_KIND_TEXT.get(a["kind"], a["kind"])), address_text(a)) for a in client_addresses(conn, client_id)]
    if own:
        blocks += [Block("heading", text=translate("reports", "Phones, e-mails and addresses"), level=3), Block("fields", pairs=own)]
    contacts = list(fetch(conn, "SELECT FIRST 100 ID, FULL_NAME, JOB_TITLE, BIRTHDAY FROM CONTACTS WHERE CLIENT_ID = :c "
                                "ORDER BY IS_PRIMARY DESC, FULL_NAME", c=client_id))
    if contacts:
        rows = []
        for ct in contacts:
            ph = ", ".join(p["phone"] for p in phones if p["contact_id"] == ct["id"])
            em = ", ".join(e["email"] for e in emails if e["contact_id"] == ct["id"])
            rows.append((ct["full_name"], ct["job_title"] or "", ct["birthday"], ph, em))
        blocks += [Block("heading", text=translate("reports", "Contact persons"), level=3),
                   Block("table", table_columns=(Col("name", translate("reports", "Name"), width=2.5), Col("job", translate("reports", "Job title"), width=1.5),
                                                 Col("birthday", translate("reports", "Birthday"), "date"), Col("phones", translate("reports", "Phones"), width=2),
                                                 Col("emails", translate("reports", "E-mails"), width=2)), rows=rows)]
    if c["note"]:
        blocks += [Block("heading", text=translate("reports", "Note"), level=3), Block("text", text=c["note"])]
    return c, blocks


def _card(conn: Any, p: Params) -> DocumentResult:
    c, blocks = _card_blocks(conn, p["client"])
    return DocumentResult(CLIENT_CARD, Header(title="", params=[]), blocks)


def _dossier(conn: Any, p: Params) -> DocumentResult:
    client_id = p["client"]
    c, blocks = _card_blocks(conn, client_id)
    raw = list(fetch(conn, "SELECT FIRST 500 d.TITLE, s.NAME AS STAGE, d.AMOUNT, d.OUTCOME, d.CREATED_AT, d.CLOSED_AT, "
                                  "u.FULL_NAME AS RESPONSIBLE FROM DEALS d JOIN STAGES s ON s.ID = d.STAGE_ID "
                                  "LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID WHERE d.CLIENT_ID = :c "
                                  "ORDER BY d.CREATED_AT DESC", c=client_id))
    deals = [(d["title"], d["stage"], d["amount"], tr(OUTCOME_TEXT.get(d["outcome"], "")), d["created_at"], d["closed_at"],
              d["responsible"] or "") for d in raw]
    blocks.append(Block("heading", text=translate("reports", "Deals"), level=2))
    if deals:
        won = sum(d["amount"] or 0 for d in raw if d["outcome"] == "WON")
        blocks.append(Block("table", table_columns=(
            Col("title", translate("reports", "Deal"), width=3), Col("stage", translate("reports", "Stage"), width=1.5), Col("amount", translate("reports", "Amount"), "money"),
            Col("outcome", translate("reports", "Outcome")), Col("created", translate("reports", "Created"), "date", width=1.3),
            Col("closed", translate("reports", "Closed"), "date", width=1.3),
            Col("resp", translate("reports", "Responsible"), width=1.5)), rows=deals))
        blocks.append(Block("fields", pairs=[(translate("reports", "Won, total"), money(won)),
                                             (translate("reports", "Open deals"), str(sum(1 for d in raw if d["outcome"] == "OPEN")))]))
    else:
        blocks.append(Block("text", text=translate("reports", "No deals."), style="small"))
    tasks = [(t["due_at"], t["title"], t["assignee"] or "")
             for t in fetch(conn, "SELECT FIRST 200 t.DUE_AT, t.TITLE, u.FULL_NAME AS ASSIGNEE FROM TASKS t "
                                  "LEFT JOIN CRM_USERS u ON u.ID = t.ASSIGNEE_ID WHERE t.CLIENT_ID = :c AND t.STATUS = 'OPEN' "
                                  "ORDER BY t.DUE_AT", c=client_id)]
    if tasks:
        blocks += [Block("heading", text=translate("reports", "Open tasks"), level=2),
                   Block("table", table_columns=(Col("due", translate("reports", "Due"), "datetime"), Col("title", translate("reports", "Task"), width=4),
                                                 Col("who", translate("reports", "Assignee"), width=1.5)), rows=tasks)]
    limit = p.get("history") if p.get("history") is not None else 200
    if limit:
        hist = [(h["occurred_at"], title(KIND_TITLES, h["kind"]), h["subject"] or "",
                 title(RESULT_TITLES, h["result"]) or "", h["who"] or "")
                for h in fetch(conn, "SELECT FIRST (:n) i.OCCURRED_AT, i.KIND, i.SUBJECT, i.RESULT, u.FULL_NAME AS WHO "
                                     "FROM INTERACTIONS i LEFT JOIN CRM_USERS u ON u.ID = i.USER_ID WHERE i.CLIENT_ID = :c "
                                     "ORDER BY i.OCCURRED_AT DESC, i.ID DESC", n=int(limit), c=client_id)]
        blocks.append(Block("heading", text=translate("reports", "History of interactions"), level=2))
        if hist:
            blocks.append(Block("table", table_columns=(
                Col("at", translate("reports", "When"), "datetime", width=1.3), Col("kind", translate("reports", "Type")), Col("subject", translate("reports", "Subject"), width=3),
                Col("result", translate("reports", "Result"), width=1.2), Col("who", translate("reports", "Who"), width=1.5)), rows=hist))
        else:
            blocks.append(Block("text", text=translate("reports", "No interactions yet."), style="small"))
    files = [(f["file_name"], f["size_bytes"], f["created_at"])
             for f in fetch(conn, "SELECT FIRST 500 FILE_NAME, SIZE_BYTES, CREATED_AT FROM ATTACHMENTS WHERE CLIENT_ID = :c "
                                  "ORDER BY CREATED_AT", c=client_id)]
    if files:
        blocks += [Block("heading", text=translate("reports", "Files"), level=2),
                   Block("table", table_columns=(Col("name", translate("reports", "File"), width=4), Col("size", translate("reports", "Bytes"), "int"),
                                                 Col("added", translate("reports", "Added"), "date")), rows=files)]
    return DocumentResult(CLIENT_DOSSIER, Header(title="", params=[]), blocks)


CLIENT_CARD = Document(
    id="clients.card", category="A", ref=(13,),
    title=QT_TRANSLATE_NOOP("reports", "Client card"),
    question=QT_TRANSLATE_NOOP("reports", "Everything about one client on one sheet: requisites, phones, contacts."),
    params=(CLIENT,), build=_card)

CLIENT_DOSSIER = Document(
    id="clients.dossier", category="A", ref=(14,),
    title=QT_TRANSLATE_NOOP("reports", "Client dossier"),
    question=QT_TRANSLATE_NOOP("reports", "The card with the deals, open tasks, history and files of one client."),
    params=(CLIENT, HISTORY_LIMIT), build=_dossier)

"""H. Printable documents from templates (REPORTS.md 93, 94, 96, 97, 98). Layer: ``reports``.

The words are the administrator's (DOC_TEMPLATES, edited in Administration › Document templates;
the language is in app/doc_templates.py); the tables (the deal's products, the statement's
entries, the meetings, the calls) and the values of the ``{placeholders}`` come from the data,
read through the visibility views. Rendered by the same PDF/XLSX renderers as every report.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from app import doc_templates as T
from app.i18n import QT_TRANSLATE_NOOP, translate
from reports.forms.common import CLIENT, DEAL, best_address, client_addresses, company, date_text, money, one
from reports.forms.deal import DEAL_SQL, DOC_DATE, DOC_NUMBER, LINE_COLUMNS, _cols, _lines, _words
from reports.queries import fetch
from reports.result import Block, DocumentResult, Header
from reports.spec import Col, Document, Param, Params

TEMPLATE_SQL = "SELECT FIRST 1 BODY FROM DOC_TEMPLATES WHERE CODE = :c AND IS_ACTIVE"
CLIENT_SQL = ("SELECT c.ID, c.NAME AS CLIENT, c.LEGAL_NAME, c.INN, c.KPP, u.FULL_NAME AS RESPONSIBLE, "
              "(SELECT FIRST 1 ct.FULL_NAME FROM CONTACTS ct WHERE ct.CLIENT_ID = c.ID ORDER BY ct.IS_PRIMARY DESC, ct.ID) "
              "AS CONTACT FROM CLIENTS c LEFT JOIN CRM_USERS u ON u.ID = c.RESPONSIBLE_ID WHERE c.ID = :c")
PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="this_year")
DAY = Param("date", "date", QT_TRANSLATE_NOOP("reports", "Day"), default=lambda today: today)
CALL_MANAGER = Param("manager", "manager", QT_TRANSLATE_NOOP("reports", "Manager"))


def _body(conn: Any, code: str) -> str:
    for row in fetch(conn, TEMPLATE_SQL, c=code):
        if row["body"]:
            return str(row["body"])
    return T.default_body(code)


def _common(conn: Any, p: Params, client: dict[str, Any], number: str) -> dict[str, object]:
    info = company(conn)
    addr = best_address(client_addresses(conn, client["client_id"] if "client_id" in client else client["id"]),
                        ("LEGAL", "ACTUAL", "POSTAL"))
    return {"date": date_text(p.get("date") or p.today), "number": number, "company": info.display_name(),
            "company_inn": info.inn, "company_kpp": info.kpp, "company_address": info.address,
            "company_bank": ", ".join(x for x in (info.bank_name, info.bank_bik) if x),
            "company_account": info.bank_account, "director": info.director, "client": client["client"],
            "client_legal": client["legal_name"] or client["client"], "client_inn": client["inn"] or "",
            "client_kpp": client["kpp"] or "", "client_address": addr, "contact": client["contact"] or ""}


def _blocks(conn: Any, code: str, values: dict[str, object], table: list[Block],
            signatures: list[tuple[str, str]]) -> list[Block]:
    out: list[Block] = []
    for part in T.render(_body(conn, code), values):
        if part.kind == "heading":
            out.append(Block("heading", text=part.text, level=part.level))
        elif part.kind == "text":
            out.append(Block("text", text=part.text))
        elif part.kind == "table":
            out += table
        elif part.kind == "signatures":
            out.append(Block("signatures", pairs=signatures))
    return out


def _document(defn: Document, blocks: list[Block]) -> DocumentResult:
    return DocumentResult(defn, Header(title="", params=[]), blocks, plain=True)


# --- 93 contract, 94 act -----------------------------------------------------------------------------
def _deal_document(code: str):
    def build(conn: Any, p: Params) -> DocumentResult:
        d = one(conn, DEAL_SQL, "deal", d=p["deal"])
        info = company(conn)
        lines, total = _lines(conn, d)
        values = _common(conn, p, d, p.get("number") or str(d["id"]))
        values.update(deal=d["title"], amount=money(total), currency=d["currency"], amount_words=_words(total, d["currency"]),
                      manager=d["responsible"] or "")
        table = [Block("table", table_columns=_cols(LINE_COLUMNS), rows=lines,
                       totals=(None, None, None, None, None, None, total))]
        sigs = [(translate("reports", "Supplier"), info.director), (translate("reports", "Buyer"), d["contact"] or "")]
        return _document(CONTRACT if code == "CONTRACT" else ACT, _blocks(conn, code, values, table, sigs))
    return build


# --- 96 reconciliation statement ------------------------------------------------------------------------
ENTRIES_SQL = """
SELECT i.ISSUED_ON AS ON_DAY, 1 AS SORT_KEY, i.ID AS DOC_ID, i.NUMBER, i.CURRENCY, i.AMOUNT AS DEBIT,
       CAST(NULL AS NUMERIC(18, 2)) AS CREDIT
FROM INVOICES i WHERE i.CLIENT_ID = :c AND i.STATE IN ('ISSUED', 'PART_PAID', 'PAID') AND i.ISSUED_ON <= :e
UNION ALL
SELECT p.PAID_ON, 2, p.ID, i.NUMBER, i.CURRENCY, CAST(NULL AS NUMERIC(18, 2)), p.AMOUNT
FROM PAYMENTS p JOIN INVOICES i ON i.ID = p.INVOICE_ID WHERE i.CLIENT_ID = :c AND p.PAID_ON <= :e
ORDER BY 5, 1, 2, 3
"""
ENTRY_COLUMNS = (Col("date", QT_TRANSLATE_NOOP("reports", "Date"), "date", width=1),
                 Col("what", QT_TRANSLATE_NOOP("reports", "Document"), width=3),
                 Col("debit", QT_TRANSLATE_NOOP("reports", "Debit (invoiced)"), "money", width=1.3),
                 Col("credit", QT_TRANSLATE_NOOP("reports", "Credit (paid)"), "money", width=1.3))


def reconciliation(conn: Any, client_id: int, start: dt.date, end: dt.date) -> dict[str, tuple[Decimal, list, Decimal]]:
    """Per currency: (opening balance, entries in the period, closing balance); balance = invoiced − paid."""
    opening: dict[str, Decimal] = {}
    entries: dict[str, list] = {}
    for r in fetch(conn, ENTRIES_SQL, c=client_id, e=end):
        cur = (r["currency"] or "RUB").strip()
        opening.setdefault(cur, Decimal(0))
        entries.setdefault(cur, [])
        if r["on_day"] < start:
            opening[cur] += Decimal(r["debit"] or 0) - Decimal(r["credit"] or 0)
        else:
            what = (translate("reports", "Invoice {n}") if r["sort_key"] == 1
                    else translate("reports", "Payment on invoice {n}")).format(n=r["number"] or "")
            entries[cur].append((r["on_day"], what, r["debit"], r["credit"]))
    return {cur: (opening[cur], rows, opening[cur] + sum((Decimal(x[2] or 0) - Decimal(x[3] or 0) for x in rows),
                                                         Decimal(0)))
            for cur, rows in entries.items()}


def _reconciliation(conn: Any, p: Params) -> DocumentResult:
    c = one(conn, CLIENT_SQL, "client", c=p["client"])
    info = company(conn)
    period = p["period"]
    per_currency = reconciliation(conn, c["id"], period.start, period.end) or {"RUB": (Decimal(0), [], Decimal(0))}
    blocks: list[Block] = []
    for cur, (opening, rows, closing) in sorted(per_currency.items()):
        values = _common(conn, p, c, "")
        values.update(date=date_text(p.today), period_start=date_text(period.start), period_end=date_text(period.end),
                      opening=money(opening), closing=money(closing), currency=cur)
        debit = sum((Decimal(r[2] or 0) for r in rows), Decimal(0))
        credit = sum((Decimal(r[3] or 0) for r in rows), Decimal(0))
        table = [Block("table", table_columns=_cols(ENTRY_COLUMNS), rows=rows, totals=(None, None, debit, credit))]
        sigs = [(info.display_name(), info.accountant or info.director), (c["legal_name"] or c["client"], "")]
        blocks += _blocks(conn, "RECONCILIATION", values, table, sigs)
    return _document(RECONCILIATION, blocks)


# --- 97 meeting report -------------------------------------------------------------------------------------
MEETINGS_SQL = """
SELECT FIRST 100 i.OCCURRED_AT, i.SUBJECT, i.RESULT, i.DURATION_SEC, u.FULL_NAME AS WHO, ct.FULL_NAME AS CONTACT
FROM INTERACTIONS i LEFT JOIN CRM_USERS u ON u.ID = i.USER_ID LEFT JOIN CONTACTS ct ON ct.ID = i.CONTACT_ID
WHERE i.CLIENT_ID = :c AND i.KIND = 'MEETING' AND i.OCCURRED_AT >= :s AND i.OCCURRED_AT < :e
ORDER BY i.OCCURRED_AT, i.ID
"""
NEXT_TASKS_SQL = """
SELECT FIRST 50 t.DUE_AT, t.TITLE, u.FULL_NAME AS WHO FROM TASKS t LEFT JOIN CRM_USERS u ON u.ID = t.ASSIGNEE_ID
WHERE t.CLIENT_ID = :c AND t.STATUS = 'OPEN' ORDER BY t.DUE_AT, t.ID
"""


def _meeting_report(conn: Any, p: Params) -> DocumentResult:
    c = one(conn, CLIENT_SQL, "client", c=p["client"])
    day = p.get("date") or p.today
    s = dt.datetime.combine(day, dt.time())
    rows = [(r["occurred_at"], r["subject"] or "", r["contact"] or "", r["who"] or "", r["result"] or "",
             Decimal(r["duration_sec"] or 0) / 60)
            for r in fetch(conn, MEETINGS_SQL, c=c["id"], s=s, e=s + dt.timedelta(days=1))]
    tasks = [(r["due_at"], r["title"], r["who"] or "") for r in fetch(conn, NEXT_TASKS_SQL, c=c["id"])]
    values = _common(conn, p, c, "")
    values.update(meetings=len(rows), manager=c["responsible"] or "")
    table = [Block("table", table_columns=_cols((
        Col("at", QT_TRANSLATE_NOOP("reports", "When"), "datetime", width=1.3),
        Col("subject", QT_TRANSLATE_NOOP("reports", "Subject"), width=3),
        Col("contact", QT_TRANSLATE_NOOP("reports", "Contact"), width=1.6),
        Col("who", QT_TRANSLATE_NOOP("reports", "Who"), width=1.4),
        Col("result", QT_TRANSLATE_NOOP("reports", "Result"), width=1.2),
        Col("minutes", QT_TRANSLATE_NOOP("reports", "Minutes"), "number", width=0.8))), rows=rows)]
    blocks = _blocks(conn, "MEETING_REPORT", values, table, [(translate("reports", "Manager"), c["responsible"] or ""),
                                                             (translate("reports", "Client"), c["contact"] or "")])
    # the open tasks go after the "next steps" text: before the signatures
    sig_at = next((i for i, b in enumerate(blocks) if b.kind == "signatures"), len(blocks))
    blocks.insert(sig_at, Block("table", table_columns=_cols((
        Col("due", QT_TRANSLATE_NOOP("reports", "Due"), "datetime", width=1.3),
        Col("task", QT_TRANSLATE_NOOP("reports", "Task"), width=4),
        Col("who", QT_TRANSLATE_NOOP("reports", "Who"), width=1.6))), rows=tasks))
    return _document(MEETING_REPORT, blocks)


# --- 98 call sheet for the day --------------------------------------------------------------------------------
CALLS_SQL = """
SELECT FIRST 500 t.DUE_AT, t.TITLE, c.NAME AS CLIENT, COALESCE(ph.PHONE, c.MAIN_PHONE) AS PHONE,
       ct.FULL_NAME AS CONTACT, u.FULL_NAME AS WHO
FROM TASKS t
LEFT JOIN CLIENTS c ON c.ID = t.CLIENT_ID
LEFT JOIN CONTACTS ct ON ct.ID = t.CONTACT_ID
LEFT JOIN PHONES ph ON ph.ID = (SELECT FIRST 1 p2.ID FROM PHONES p2 WHERE p2.CONTACT_ID = t.CONTACT_ID ORDER BY p2.IS_PRIMARY DESC, p2.ID)
LEFT JOIN CRM_USERS u ON u.ID = t.ASSIGNEE_ID
WHERE t.KIND = 'CALL' AND t.STATUS = 'OPEN' AND t.DUE_AT < :e {since} {manager}
ORDER BY u.FULL_NAME, t.DUE_AT, t.ID
"""


def _call_sheet(conn: Any, p: Params) -> DocumentResult:
    day = p.get("date") or p.today
    s = dt.datetime.combine(day, dt.time())
    args: dict[str, Any] = {"e": s + dt.timedelta(days=1)}
    since = manager = ""
    if not p.get("overdue", True):
        since, args["s"] = "AND t.DUE_AT >= :s", s
    if p.get("manager") is not None:
        manager, args["m"] = "AND t.ASSIGNEE_ID = :m", p["manager"]
    sql = CALLS_SQL.format(since=since, manager=manager)
    rows = [(r["due_at"], r["client"] or "", r["contact"] or "", r["phone"] or "", r["title"], r["who"] or "",
             "\u2610") for r in fetch(conn, sql, **args)]
    who = ""
    if p.get("manager") is not None:
        who = next((r[5] for r in rows), "") or next(
            (r["full_name"] for r in fetch(conn, "SELECT FULL_NAME FROM CRM_USERS WHERE ID = :m", m=p["manager"])), "")
    values = {"date": date_text(day), "company": company(conn).display_name(),
              "manager": who or translate("reports", "All managers"), "calls": len(rows)}
    table = [Block("table", table_columns=_cols((
        Col("due", QT_TRANSLATE_NOOP("reports", "When"), "datetime", width=1.3),
        Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=2.2),
        Col("contact", QT_TRANSLATE_NOOP("reports", "Contact"), width=1.6),
        Col("phone", QT_TRANSLATE_NOOP("reports", "Phone"), "phone", width=1.4),
        Col("task", QT_TRANSLATE_NOOP("reports", "Task"), width=2.5),
        Col("who", QT_TRANSLATE_NOOP("reports", "Manager"), width=1.4),
        Col("done", QT_TRANSLATE_NOOP("reports", "Done"), width=0.5))), rows=rows)]
    return _document(CALL_SHEET, _blocks(conn, "CALL_SHEET", values, table, []))


CONTRACT = Document(
    id="documents.contract", category="H", ref=(93,),
    title=QT_TRANSLATE_NOOP("reports", "Contract from template"),
    question=QT_TRANSLATE_NOOP("reports", "A contract for the deal, its words from the administrator's template."),
    params=(DEAL, DOC_DATE, DOC_NUMBER), build=_deal_document("CONTRACT"))
ACT = Document(
    id="documents.act", category="H", ref=(94,),
    title=QT_TRANSLATE_NOOP("reports", "Act / delivery note"),
    question=QT_TRANSLATE_NOOP("reports", "An act of work completed (delivery note) for the deal's products."),
    params=(DEAL, DOC_DATE, DOC_NUMBER), build=_deal_document("ACT"))
RECONCILIATION = Document(
    id="documents.reconciliation", category="H", ref=(96,),
    title=QT_TRANSLATE_NOOP("reports", "Reconciliation statement"),
    question=QT_TRANSLATE_NOOP("reports", "Invoices and payments of one client for a period, with the balances, "
                                          "to be signed by both parties."),
    params=(CLIENT, PERIOD), build=_reconciliation)
MEETING_REPORT = Document(
    id="documents.meeting_report", category="H", ref=(97,),
    title=QT_TRANSLATE_NOOP("reports", "Meeting report"),
    question=QT_TRANSLATE_NOOP("reports", "What was met about with a client on a day, and what happens next."),
    params=(CLIENT, DAY), build=_meeting_report)
CALL_SHEET = Document(
    id="documents.call_sheet", category="H", ref=(98,),
    title=QT_TRANSLATE_NOOP("reports", "Call sheet for the day"),
    question=QT_TRANSLATE_NOOP("reports", "Whom to call today (and the overdue calls), with the phone numbers."),
    params=(DAY, CALL_MANAGER, Param("overdue", "bool", QT_TRANSLATE_NOOP("reports", "With overdue calls"),
                                     default=True)),
    orientation="landscape", build=_call_sheet)

REPORTS: list = [CONTRACT, ACT, RECONCILIATION, MEETING_REPORT, CALL_SHEET]

"""Printable deal with its stage history (REPORTS.md 52), commercial offer (69/90/92) and invoice
(91) from the deal's lines, with the company's requisites from settings and the amount in words.
Layer: ``reports``. Read through the visibility views."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.amount_words import amount_in_words
from app.i18n import QT_TRANSLATE_NOOP, translate
from reports.formats import language
from reports.forms.common import (
    DEAL,
    OUTCOME_TEXT,
    best_address,
    client_addresses,
    company,
    company_blocks,
    date_text,
    money,
    one,
)
from reports.queries import fetch
from reports.queries.labels import tr
from reports.result import Block, DocumentResult, Header
from reports.spec import Col, Document, Param, Params

DOC_DATE = Param("date", "date", QT_TRANSLATE_NOOP("reports", "Document date"), default=lambda today: today)
DOC_NUMBER = Param("number", "text", QT_TRANSLATE_NOOP("reports", "Document number (empty: the deal number)"))
VALID_DAYS = Param("valid_days", "int", QT_TRANSLATE_NOOP("reports", "Offer valid for, days"), default=14, minimum=1,
                   maximum=365)

DEAL_SQL = """
SELECT d.ID, d.TITLE, d.AMOUNT, d.CURRENCY, d.PROBABILITY, d.EXPECTED_CLOSE, d.OUTCOME, d.CLOSED_AT, d.CREATED_AT,
       d.NEXT_STEP, d.NEXT_STEP_AT, d.LOST_COMMENT, d.CLIENT_ID,
       c.NAME AS CLIENT, c.LEGAL_NAME, c.INN, c.KPP, ct.FULL_NAME AS CONTACT, f.NAME AS FUNNEL, s.NAME AS STAGE,
       s.PROBABILITY AS STAGE_PROBABILITY, u.FULL_NAME AS RESPONSIBLE, src.NAME AS SOURCE, lr.NAME AS LOST_REASON
FROM DEALS d
JOIN CLIENTS c ON c.ID = d.CLIENT_ID
JOIN FUNNELS f ON f.ID = d.FUNNEL_ID
JOIN STAGES s ON s.ID = d.STAGE_ID
LEFT JOIN CONTACTS ct ON ct.ID = d.CONTACT_ID
LEFT JOIN CRM_USERS u ON u.ID = d.RESPONSIBLE_ID
LEFT JOIN SOURCES src ON src.ID = d.SOURCE_ID
LEFT JOIN LOST_REASONS lr ON lr.ID = d.LOST_REASON_ID
WHERE d.ID = :d
"""
LINES_SQL = """
SELECT FIRST 1000 l.LINE_NO, l.NAME, l.QTY, l.PRICE, l.DISCOUNT_PCT, l.AMOUNT, p.UNIT, p.SKU
FROM DEAL_LINES l LEFT JOIN PRODUCTS p ON p.ID = l.PRODUCT_ID
WHERE l.DEAL_ID = :d ORDER BY l.LINE_NO, l.ID
"""
HISTORY_SQL = """
SELECT FIRST 1000 h.MOVED_AT, h.MOVED_BY, fs.NAME AS FROM_STAGE, ts.NAME AS TO_STAGE, ts.SORT_ORDER AS TO_ORDER,
       fs.SORT_ORDER AS FROM_ORDER
FROM DEAL_STAGE_HISTORY h
JOIN STAGES ts ON ts.ID = h.TO_STAGE_ID
LEFT JOIN STAGES fs ON fs.ID = h.FROM_STAGE_ID
WHERE h.DEAL_ID = :d ORDER BY h.MOVED_AT, h.ID
"""

LINE_COLUMNS = (Col("no", QT_TRANSLATE_NOOP("reports", "No."), "int", width=0.5),
                Col("name", QT_TRANSLATE_NOOP("reports", "Product or service"), width=4),
                Col("qty", QT_TRANSLATE_NOOP("reports", "Qty"), "number", width=0.8),
                Col("unit", QT_TRANSLATE_NOOP("reports", "Unit"), width=0.6),
                Col("price", QT_TRANSLATE_NOOP("reports", "Price"), "money", width=1.2),
                Col("discount", QT_TRANSLATE_NOOP("reports", "Discount"), "percent", width=0.8),
                Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", width=1.3))


def _cols(cols: tuple[Col, ...]) -> tuple[Col, ...]:
    return tuple(Col(c.key, tr(c.title), c.fmt, c.total, c.width) for c in cols)


def _lines(conn: Any, deal: dict[str, Any]) -> tuple[list[tuple], Decimal]:
    rows, total = [], Decimal(0)
    for i, ln in enumerate(fetch(conn, LINES_SQL, d=deal["id"]), 1):
        disc = (Decimal(ln["discount_pct"]) / 100) if ln["discount_pct"] else None
        rows.append((i, ln["name"], ln["qty"], ln["unit"] or "", ln["price"], disc, ln["amount"]))
        total += Decimal(ln["amount"] or 0)
    if not rows:  # a deal without lines prints one line: its title and amount
        rows.append((1, deal["title"], Decimal(1), "", deal["amount"], None, deal["amount"]))
        total = Decimal(deal["amount"] or 0)
    return rows, total


def _words(total: Decimal, currency: str) -> str:
    return amount_in_words(total, currency or "RUB", language())


def _deal(conn: Any, p: Params) -> DocumentResult:
    d = one(conn, DEAL_SQL, "deal", d=p["deal"])
    prob = d["probability"] if d["probability"] is not None else d["stage_probability"]
    blocks = [Block("heading", text=d["title"], level=1),
              Block("fields", columns=2, pairs=[(k, v) for k, v in (
                  (translate("reports", "Client"), d["client"]), (translate("reports", "Contact"), d["contact"] or ""), (translate("reports", "Funnel"), d["funnel"]),
                  (translate("reports", "Stage"), d["stage"]), (translate("reports", "Amount"), f"{money(d['amount'])} {d['currency']}"),
                  (translate("reports", "Probability"), f"{prob} %"), (translate("reports", "Expected close"), date_text(d["expected_close"])),
                  (translate("reports", "Responsible"), d["responsible"] or ""), (translate("reports", "Source"), d["source"] or ""),
                  (translate("reports", "Outcome"), tr(OUTCOME_TEXT.get(d["outcome"], ""))), (translate("reports", "Created"), date_text(d["created_at"])),
                  (translate("reports", "Closed"), date_text(d["closed_at"])), (translate("reports", "Lost reason"), d["lost_reason"] or ""),
                  (translate("reports", "Comment"), d["lost_comment"] or ""),
                  (translate("reports", "Next step"), " ".join(x for x in (date_text(d["next_step_at"]), d["next_step"] or "") if x))) if v])]
    lines, total = _lines(conn, d)
    blocks += [Block("heading", text=translate("reports", "Products"), level=3),
               Block("table", table_columns=_cols(LINE_COLUMNS), rows=lines,
                     totals=(None, None, None, None, None, None, total))]
    hist = list(fetch(conn, HISTORY_SQL, d=d["id"]))
    rows = []
    end = d["closed_at"] or dt.datetime.combine(p.today, dt.time(23, 59))
    for i, h in enumerate(hist):
        left = hist[i + 1]["moved_at"] if i + 1 < len(hist) else end
        days = max((left - h["moved_at"]).total_seconds() / 86400, 0) if left and h["moved_at"] else None
        back = h["from_order"] is not None and h["to_order"] < h["from_order"]
        rows.append((h["moved_at"], h["from_stage"] or "\u2014", h["to_stage"] + (" ({})".format(translate("reports", "back")) if back else ""),
                     h["moved_by"] or "", days))
    blocks += [Block("heading", text=translate("reports", "Stage history"), level=3),
               Block("table", table_columns=(Col("at", translate("reports", "When"), "datetime", width=1.4), Col("from", translate("reports", "From stage"), width=2),
                                             Col("to", translate("reports", "To stage"), width=2), Col("who", translate("reports", "Who"), width=1.3),
                                             Col("days", translate("reports", "Days in stage"), "days")), rows=rows)]
    return DocumentResult(DEAL_FORM, Header(title="", params=[]), blocks)


def _parties(conn: Any, d: dict[str, Any]) -> str:
    addr = best_address(client_addresses(conn, d["client_id"]), ("LEGAL", "ACTUAL", "POSTAL"))
    return ", ".join(x for x in (d["legal_name"] or d["client"],
                                 "{} {}".format(translate("reports", "INN"), d["inn"]) if d["inn"] else "",
                                 "{} {}".format(translate("reports", "KPP"), d["kpp"]) if d["kpp"] else "", addr) if x)


def _offer(conn: Any, p: Params) -> DocumentResult:
    d = one(conn, DEAL_SQL, "deal", d=p["deal"])
    info = company(conn)
    date = p.get("date") or p.today
    number = p.get("number") or str(d["id"])
    valid = p.get("valid_days") or 14
    lines, total = _lines(conn, d)
    blocks = company_blocks(info, with_bank=False)
    blocks += [Block("spacer", height_mm=4),
               Block("heading", text=translate("reports", "Commercial offer No. {n} of {date}").format(n=number, date=date_text(date)), level=1),
               Block("fields", pairs=[(translate("reports", "To"), _parties(conn, d))] + ([(translate("reports", "Attention of"), d["contact"])] if d["contact"] else [])),
               Block("text", text=translate("reports", "We are pleased to offer you the following:")),
               Block("table", table_columns=_cols(LINE_COLUMNS), rows=lines,
                     totals=(None, None, None, None, None, None, total)),
               Block("text", text=translate("reports", "Total: {amount} {currency} ({words}).").format(
                   amount=money(total), currency=d["currency"], words=_words(total, d["currency"])), style="bold"),
               Block("text", text=translate("reports", "The offer is valid until {date}.").format(
                   date=date_text(date + dt.timedelta(days=int(valid)))), style="small"),
               Block("signatures", pairs=[(translate("reports", "Director"), info.director), (translate("reports", "Manager"), d["responsible"] or "")])]
    return DocumentResult(OFFER, Header(title="", params=[]), blocks, plain=True)


def vat_of(total: Decimal, rate_text: str) -> Decimal | None:
    """VAT included in ``total`` at ``rate_text`` percent (None: no VAT)."""
    rate_text = (rate_text or "").strip().replace(",", ".")
    if not rate_text:
        return None
    rate = Decimal(rate_text)
    return (total * rate / (100 + rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _invoice(conn: Any, p: Params) -> DocumentResult:
    d = one(conn, DEAL_SQL, "deal", d=p["deal"])
    info = company(conn)
    date = p.get("date") or p.today
    number = p.get("number") or str(d["id"])
    lines, total = _lines(conn, d)
    vat = vat_of(total, info.vat_pct)
    blocks: list[Block] = []
    if info.logo:
        blocks.append(Block("image", image=info.logo, width_mm=35))
    blocks += [
        Block("fields", columns=2, pairs=[(k, v) for k, v in (
            (translate("reports", "Bank of the payee"), info.bank_name), (translate("reports", "BIK"), info.bank_bik),
            (translate("reports", "Corr. account"), info.corr_account), (translate("reports", "Account"), info.bank_account),
            (translate("reports", "INN / KPP"), " / ".join(x for x in (info.inn, info.kpp) if x)),
            (translate("reports", "Payee"), info.display_name())) if v]),
        Block("heading", text=translate("reports", "Invoice No. {n} of {date}").format(n=number, date=date_text(date)), level=1),
        Block("fields", pairs=[(translate("reports", "Supplier"), ", ".join(x for x in (info.display_name(),
                                                                      "{} {}".format(translate("reports", "INN"), info.inn) if info.inn else "",
                                                                      "{} {}".format(translate("reports", "KPP"), info.kpp) if info.kpp else "",
                                                                      info.address, info.phone) if x)),
                               (translate("reports", "Buyer"), _parties(conn, d)), (translate("reports", "Basis"), d["title"])]),
        Block("table", table_columns=_cols(LINE_COLUMNS), rows=lines,
              totals=(None, None, None, None, None, None, total)),
        Block("fields", pairs=[(translate("reports", "Including VAT ({rate} %)").format(rate=info.vat_pct), money(vat)) if vat is not None
                               else (translate("reports", "VAT"), translate("reports", "Not subject to VAT")),
                               (translate("reports", "Total to pay"), f"{money(total)} {d['currency']}")]),
        Block("text", text=translate("reports", "Items: {n}, for the amount of {amount} {currency}").format(
            n=len(lines), amount=money(total), currency=d["currency"])),
        Block("text", text=_words(total, d["currency"]), style="bold"),
    ]
    if info.invoice_note:
        blocks.append(Block("text", text=info.invoice_note, style="small"))
    blocks.append(Block("signatures", pairs=[(translate("reports", "Director"), info.director), (translate("reports", "Accountant"), info.accountant)]))
    return DocumentResult(INVOICE, Header(title="", params=[]), blocks, plain=True)


DEAL_FORM = Document(
    id="deals.card", category="D", ref=(52,),
    title=QT_TRANSLATE_NOOP("reports", "Deal with its stage history"),
    question=QT_TRANSLATE_NOOP("reports", "One deal on paper: terms, products and every stage move."),
    params=(DEAL,), build=_deal)

OFFER = Document(
    id="documents.offer", category="H", ref=(90, 92),
    title=QT_TRANSLATE_NOOP("reports", "Commercial offer"),
    question=QT_TRANSLATE_NOOP("reports", "An offer to the client from the deal's products, with the total in words."),
    params=(DEAL, DOC_DATE, DOC_NUMBER, VALID_DAYS), build=_offer)

INVOICE = Document(
    id="documents.invoice", category="H", ref=(91,),
    title=QT_TRANSLATE_NOOP("reports", "Invoice"),
    question=QT_TRANSLATE_NOOP("reports", "An invoice for payment from the deal's products, with VAT and the total in words."),
    params=(DEAL, DOC_DATE, DOC_NUMBER), build=_invoice)

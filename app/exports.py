"""Export of lists (clients, deals, tasks, contacts) to XLSX and CSV, and of contacts to vCard
4.0 / 3.0 (issue #11).

Layer: ``app`` (no Qt). Rows are read through the visibility views, so an export never holds more
than the login may see, and streamed: openpyxl write-only mode, ``csv`` row by row, vCards card by
card. Every export is written to the audit trail (``SP_LOG_EVENT('EXPORT', …)``).

The column headers are the importer's own labels (:mod:`app.imports`), so an exported file
imports back with the guessed mapping and gives the same records (the round-trip test).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from app.audit import log_event
from app.context import AppContext
from app.errors import UserError, from_driver
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.import_files import write_csv_rows


@dataclass(frozen=True)
class ExportColumn:
    key: str
    label: str  #: translated when written (context "app.exports")
    sql: str  #: expression over the list's FROM clause


_CLIENT_FROM = ("V_CLIENTS c LEFT JOIN V_CRM_USERS u ON u.ID = c.RESPONSIBLE_ID "
                "LEFT JOIN V_SOURCES s ON s.ID = c.SOURCE_ID")
CLIENT_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("name", QT_TRANSLATE_NOOP("app.exports", "Name"), "c.NAME"),
    ExportColumn("kind", QT_TRANSLATE_NOOP("app.exports", "Type"), "c.KIND"),
    ExportColumn("legal_name", QT_TRANSLATE_NOOP("app.exports", "Legal name"), "c.LEGAL_NAME"),
    ExportColumn("inn", QT_TRANSLATE_NOOP("app.exports", "INN"), "c.INN"),
    ExportColumn("kpp", QT_TRANSLATE_NOOP("app.exports", "KPP"), "c.KPP"),
    ExportColumn("ogrn", QT_TRANSLATE_NOOP("app.exports", "OGRN"), "c.OGRN"),
    ExportColumn("phone", QT_TRANSLATE_NOOP("app.exports", "Phone"), "c.MAIN_PHONE"),
    ExportColumn("email", QT_TRANSLATE_NOOP("app.exports", "E-mail"), "c.MAIN_EMAIL"),
    ExportColumn("city", QT_TRANSLATE_NOOP("app.exports", "City"), "c.CITY"),
    ExportColumn("region", QT_TRANSLATE_NOOP("app.exports", "Region"), "c.REGION"),
    ExportColumn("website", QT_TRANSLATE_NOOP("app.exports", "Website"), "c.WEBSITE"),
    ExportColumn("status", QT_TRANSLATE_NOOP("app.exports", "Status"), "c.STATUS"),
    ExportColumn("responsible", QT_TRANSLATE_NOOP("app.exports", "Responsible"), "u.LOGIN"),
    ExportColumn("source", QT_TRANSLATE_NOOP("app.exports", "Source"), "s.NAME"),
    ExportColumn("tags", QT_TRANSLATE_NOOP("app.exports", "Tags"), "c.TAGS_TEXT"),
    ExportColumn("birthday", QT_TRANSLATE_NOOP("app.exports", "Birthday"), "c.BIRTHDAY"),
    ExportColumn("created_at", QT_TRANSLATE_NOOP("app.exports", "Created on"), "c.CREATED_AT"),
)
_DEAL_FROM = ("V_DEALS d JOIN V_CLIENTS c ON c.ID = d.CLIENT_ID JOIN V_FUNNELS f ON f.ID = d.FUNNEL_ID "
              "JOIN V_STAGES st ON st.ID = d.STAGE_ID LEFT JOIN V_CRM_USERS u ON u.ID = d.RESPONSIBLE_ID "
              "LEFT JOIN V_LOST_REASONS lr ON lr.ID = d.LOST_REASON_ID")
DEAL_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("title", QT_TRANSLATE_NOOP("app.exports", "Deal"), "d.TITLE"),
    ExportColumn("client", QT_TRANSLATE_NOOP("app.exports", "Client"), "c.NAME"),
    ExportColumn("client_inn", QT_TRANSLATE_NOOP("app.exports", "Client's INN"), "c.INN"),
    ExportColumn("funnel", QT_TRANSLATE_NOOP("app.exports", "Funnel"), "f.NAME"),
    ExportColumn("stage", QT_TRANSLATE_NOOP("app.exports", "Stage"), "st.NAME"),
    ExportColumn("amount", QT_TRANSLATE_NOOP("app.exports", "Amount"), "d.AMOUNT"),
    ExportColumn("currency", QT_TRANSLATE_NOOP("app.exports", "Currency"), "d.CURRENCY"),
    ExportColumn("responsible", QT_TRANSLATE_NOOP("app.exports", "Responsible"), "u.LOGIN"),
    ExportColumn("created_at", QT_TRANSLATE_NOOP("app.exports", "Created on"), "d.CREATED_AT"),
    ExportColumn("expected_close", QT_TRANSLATE_NOOP("app.exports", "Expected close"), "d.EXPECTED_CLOSE"),
    ExportColumn("closed_at", QT_TRANSLATE_NOOP("app.exports", "Closed on"), "d.CLOSED_AT"),
    ExportColumn("lost_reason", QT_TRANSLATE_NOOP("app.exports", "Lost reason"), "lr.NAME"),
)
_TASK_FROM = ("V_TASKS t LEFT JOIN V_CLIENTS c ON c.ID = t.CLIENT_ID LEFT JOIN V_CRM_USERS u ON u.ID = t.ASSIGNEE_ID")
TASK_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("title", QT_TRANSLATE_NOOP("app.exports", "Task"), "t.TITLE"),
    ExportColumn("kind", QT_TRANSLATE_NOOP("app.exports", "Kind"), "t.KIND"),
    ExportColumn("status", QT_TRANSLATE_NOOP("app.exports", "Status"), "t.STATUS"),
    ExportColumn("due_at", QT_TRANSLATE_NOOP("app.exports", "Due"), "t.DUE_AT"),
    ExportColumn("assignee", QT_TRANSLATE_NOOP("app.exports", "Assignee"), "u.LOGIN"),
    ExportColumn("client", QT_TRANSLATE_NOOP("app.exports", "Client"), "c.NAME"),
    ExportColumn("done_at", QT_TRANSLATE_NOOP("app.exports", "Done"), "t.DONE_AT"),
)
_CONTACT_FROM = "V_CONTACTS k JOIN V_CLIENTS c ON c.ID = k.CLIENT_ID"
CONTACT_COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn("full_name", QT_TRANSLATE_NOOP("app.exports", "Contact person"), "k.FULL_NAME"),
    ExportColumn("job_title", QT_TRANSLATE_NOOP("app.exports", "Position"), "k.JOB_TITLE"),
    ExportColumn("client", QT_TRANSLATE_NOOP("app.exports", "Client"), "c.NAME"),
    ExportColumn("phone", QT_TRANSLATE_NOOP("app.exports", "Contact person's phone"),
                 "(SELECT LIST(p.PHONE, '; ') FROM V_PHONES p WHERE p.CONTACT_ID = k.ID)"),
    ExportColumn("email", QT_TRANSLATE_NOOP("app.exports", "Contact person's e-mail"),
                 "(SELECT LIST(e.EMAIL, '; ') FROM V_EMAILS e WHERE e.CONTACT_ID = k.ID)"),
    ExportColumn("birthday", QT_TRANSLATE_NOOP("app.exports", "Birthday"), "k.BIRTHDAY"),
)
LISTS = {
    "clients": (CLIENT_COLUMNS, _CLIENT_FROM, "c.SEARCH_NAME, c.ID"),
    "deals": (DEAL_COLUMNS, _DEAL_FROM, "d.ID"),
    "tasks": (TASK_COLUMNS, _TASK_FROM, "t.DUE_AT, t.ID"),
    "contacts": (CONTACT_COLUMNS, _CONTACT_FROM, "c.SEARCH_NAME, k.ID"),
}


def _rows(ctx: AppContext, sql: str, params: Sequence = ()) -> Iterator[tuple]:
    """Stream a SELECT in its own READ ONLY transaction (fetchmany: constant memory)."""
    with ctx.engine.connect() as conn:
        cur = conn.connection.dbapi_connection.cursor()
        cur.execute(sql, tuple(params))
        while True:
            chunk = cur.fetchmany(1000)
            if not chunk:
                break
            yield from chunk
        cur.close()
        conn.rollback()


def export_list(ctx: AppContext, what: str, path: str | Path, columns: Sequence[str] | None = None,
                ids: Sequence[int] | None = None) -> int:
    """Write the ``what`` list ("clients", "deals", "tasks", "contacts") with ``columns`` (keys of
    the list's columns, in the order shown; default all) to ``path`` (.xlsx or .csv), only the rows
    with ``ids`` when given (a filtered or selected list). Returns the number of rows written."""
    if what not in LISTS:
        raise UserError(translate("app.exports", "Nothing to export called “{what}”.").format(what=what))
    cols, frm, order = LISTS[what]
    by_key = {c.key: c for c in cols}
    chosen = [by_key[k] for k in (columns or [c.key for c in cols]) if k in by_key]
    if not chosen:
        raise UserError(translate("app.exports", "Choose at least one column to export."))
    alias = frm.split()[1]
    where = ""
    if ids is not None:
        where = f" WHERE {alias}.ID IN ({', '.join(str(int(i)) for i in ids) or 'NULL'})"
    sql = f"SELECT {', '.join(c.sql for c in chosen)} FROM {frm}{where} ORDER BY {order}"
    headers = [translate("app.exports", c.label) for c in chosen]
    try:
        n = write_table(path, headers, _rows(ctx, sql))
        log_event(ctx, "EXPORT", f"{what}: {n} rows to {Path(path).name}")
    except UserError:
        raise
    except OSError as exc:
        raise UserError(translate("app.exports", "Cannot write {file}: {why}").format(file=path, why=exc.strerror)) from None
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return n


def _cell(v):
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, Decimal):
        return float(v) if v != v.to_integral() else int(v)
    return v


def write_table(path: str | Path, headers: list[str], rows: Iterable[Sequence]) -> int:
    """Rows to .xlsx (real numbers and dates, write-only mode) or .csv (UTF-8 with BOM, ";" —
    what Excel opens directly in a Russian locale). Returns the number of rows."""
    path = Path(path)
    n = 0
    if path.suffix.lower() == ".xlsx":
        import openpyxl
        from openpyxl.cell import WriteOnlyCell

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Export")
        ws.append(headers)
        for r in rows:
            out = []
            for v in r:
                v = _cell(v)
                if isinstance(v, (dt.datetime, dt.date)):
                    c = WriteOnlyCell(ws, value=v)
                    c.number_format = "DD.MM.YYYY HH:MM" if isinstance(v, dt.datetime) else "DD.MM.YYYY"
                    out.append(c)
                else:
                    out.append(v)
            ws.append(out)
            n += 1
        wb.save(path)
        return n

    def gen():
        nonlocal n
        for r in rows:
            n += 1
            yield [(_cell(v).isoformat(sep=" ") if isinstance(v, dt.datetime) else
                    _cell(v).isoformat() if isinstance(v, dt.date) else _cell(v)) for v in r]

    write_csv_rows(path, headers, gen())
    return n


# ---------------------------------------------------------------------------------------------
# vCard
# ---------------------------------------------------------------------------------------------

def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """RFC 6350 line folding at 75 octets (not inside a UTF-8 character)."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


_PHONE_TYPE = {"MOBILE": "cell", "WORK": "work", "HOME": "home", "FAX": "fax", "OTHER": "voice"}


def vcard(version: str, full_name: str, org: str | None, title: str | None, phones: list[tuple[str, str, str | None]],
          emails: list[str], birthday: dt.date | None, note: str | None = None) -> str:
    """One vCard ("4.0" or "3.0") as text with CRLF line ends."""
    from app.imports import split_person_name

    last, first, middle = split_person_name(full_name)
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{_esc(full_name)}",
             f"N:{_esc(last)};{_esc(first)};{_esc(middle)};;"]
    if org:
        lines.append(f"ORG:{_esc(org)}")
    if title:
        lines.append(f"TITLE:{_esc(title)}")
    for number, kind, ext in phones:
        t = _PHONE_TYPE.get(kind, "voice")
        if version == "4.0":
            uri = "tel:" + re.sub(r"[^\d+]", "", number) + (f";ext={ext}" if ext else "")
            lines.append(f"TEL;VALUE=uri;TYPE={t}:{uri}")
        else:
            lines.append(f"TEL;TYPE={t.upper()}:{number}" + (f" ext. {ext}" if ext else ""))
    for e in emails:
        lines.append(f"EMAIL;TYPE={'work' if version == '4.0' else 'INTERNET'}:{e}")
    if birthday:
        lines.append(f"BDAY:{birthday:%Y%m%d}" if version == "4.0" else f"BDAY:{birthday:%Y-%m-%d}")
    if note:
        lines.append(f"NOTE:{_esc(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(ln) for ln in lines) + "\r\n"


def export_vcards(ctx: AppContext, path: str | Path, *, version: str = "4.0", one_per_contact: bool = False,
                  client_ids: Sequence[int] | None = None) -> int:
    """Contact persons (and clients that are persons) as vCards: one ``.vcf`` file at ``path``, or
    with ``one_per_contact`` one file per card in the directory ``path``. Returns the cards written."""
    if version not in ("4.0", "3.0"):
        raise UserError(translate("app.exports", "vCard version must be 4.0 or 3.0."))
    where = f" AND c.ID IN ({', '.join(str(int(i)) for i in client_ids) or 'NULL'})" if client_ids is not None else ""
    people = ("SELECT k.ID, NULL, k.FULL_NAME, CASE WHEN c.KIND = 'COMPANY' THEN c.NAME END, k.JOB_TITLE, k.BIRTHDAY "
              f"FROM V_CONTACTS k JOIN V_CLIENTS c ON c.ID = k.CLIENT_ID WHERE 1 = 1{where} "
              "UNION ALL SELECT NULL, c.ID, c.NAME, NULL, NULL, c.BIRTHDAY FROM V_CLIENTS c "
              f"WHERE c.KIND = 'PERSON'{where} ORDER BY 3")
    path = Path(path)
    n = 0
    try:
        if one_per_contact:
            path.mkdir(parents=True, exist_ok=True)
            out = None
        else:
            out = open(path, "w", encoding="utf-8", newline="")
        try:
            with ctx.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                cur, sub = raw.cursor(), raw.cursor()
                cur.execute(people)
                for contact_id, client_id, name, org, title, bday in cur.fetchall():
                    if contact_id is not None:
                        sub.execute("SELECT PHONE, KIND, EXT FROM V_PHONES WHERE CONTACT_ID = ? ORDER BY ID", (contact_id,))
                        phones = [(p, k.strip(), x) for p, k, x in sub.fetchall()]
                        sub.execute("SELECT EMAIL FROM V_EMAILS WHERE CONTACT_ID = ? ORDER BY ID", (contact_id,))
                    else:
                        sub.execute("SELECT PHONE, KIND, EXT FROM V_PHONES WHERE CLIENT_ID = ? AND CONTACT_ID IS NULL "
                                    "ORDER BY IS_PRIMARY DESC, ID", (client_id,))
                        phones = [(p, k.strip(), x) for p, k, x in sub.fetchall()]
                        sub.execute("SELECT EMAIL FROM V_EMAILS WHERE CLIENT_ID = ? AND CONTACT_ID IS NULL "
                                    "ORDER BY IS_PRIMARY DESC, ID", (client_id,))
                    emails = [e for (e,) in sub.fetchall()]
                    card = vcard(version, name, org, title, phones, emails, bday)
                    n += 1
                    if out is not None:
                        out.write(card)
                    else:
                        safe = re.sub(r"[^\w.-]+", "_", name).strip("_")[:60] or "contact"
                        (path / f"{n:05d}_{safe}.vcf").write_text(card, encoding="utf-8", newline="")
                conn.rollback()
        finally:
            if out is not None:
                out.close()
        log_event(ctx, "EXPORT", f"vCard {version}: {n} contacts to {path.name}")
    except UserError:
        raise
    except OSError as exc:
        raise UserError(translate("app.exports", "Cannot write {file}: {why}").format(file=path, why=exc.strerror)) from None
    except Exception as exc:
        raise from_driver(exc, ctx.info.target, connecting=False) from exc
    return n

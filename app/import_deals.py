"""Import of deals with their real history (issue #11): the deals half of :mod:`app.imports`.

Layer: ``app``. A deal row names its client (by INN or by name: matched in the base or created),
its funnel (the default one when blank) and stage by name, amount and currency, responsible, and
its dates: created, expected close, closed, and optionally the stage history
("New lead: 01.03.2017; Proposal: 02.04.2017; Won: 10.05.2017"). The deal is inserted at its
first stage with the first date and moved through the rest with their dates, so
``DEAL_STAGE_HISTORY`` and ``CLOSED_AT`` carry the source's dates: a deal created 2017-03-01 and
won 2017-05-10 shows a 70-day cycle and counts in Q2 2017. The database keeps these past dates
only because the batch is attached to the writing transaction (``F_MAY_BACKDATE``, revision 0010).

Duplicates. The match key of a deal is its client (matched as above), its title and its creation
date (day): deal exports of other CRMs carry no id Kartoteka could keep, and the same title for the
same client on the same day is what a person would call "the same deal". A row matching a deal
earlier in the file is skipped under every policy but "create". A row matching a deal in the base:

* ``skip``: skipped, naming the deal;
* ``update``: only the deal's empty fields are filled (amount when 0, expected close, responsible,
  source, note, lost comment/reason); the stage is never moved;
* ``overwrite``: the file's non-empty mapped fields replace the deal's (amount, currency, expected
  close, responsible, source, note, lost reason and comment) and, when the file names another
  stage of the same funnel, the deal moves there with the file's date, which the stage history
  records like any move (won/lost with its reason);
* ``create``: a new deal, duplicates included.

Product lines of a matched deal are left as they are under every policy. An updated deal is
logged in the batch with its old values, and ``import undo`` writes them back if nobody changed
the deal since; a restored stage is a move back (the history shows both moves, and the restored
stage's entry date is the undo's time: only an attached import may write past dates).
The update goes through ``V_DEALS`` with the login's rights: a deal moved to a responsible outside
the login's scope fails with the database's reason ("not allowed: …").
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import text

from app import normalize as nz
from app import validate
from app.errors import ValidationError
from app.i18n import translate
from app.import_files import Source, as_text, parse_date
from app.imports import (
    LOOKUP_IN,
    Mapping,
    RowError,
    RowFate,
    _account_chunk,
    _attach,
    _begin_batch,
    _cells,
    _chunks,
    _date,
    _fail,
    _fail_batch,
    _finish,
    _Ids,
    _load_ref,
    _log_rows,
    _many,
    _one,
    _Ref,
    _responsible,
    _unreadable,
    parse_amount,
    prefetch,
    target_label,
)
from db import bulk

_DEAL_COLS = ("id", "client_id", "contact_id", "funnel_id", "stage_id", "title", "amount", "currency", "expected_close",
              "responsible_id", "department_id", "source_id", "stage_entered_at", "closed_at", "lost_reason_id",
              "lost_comment", "note", "created_at")
_MOVE_COLS = ("stage_id", "stage_entered_at", "closed_at", "lost_reason_id", "lost_comment")
_LINE_COLS = ("deal_id", "product_id", "line_no", "name", "qty", "price", "discount_pct", "amount", "created_at")
_CONTACT_COLS = ("id", "client_id", "full_name", "is_primary", "created_at")
_NEW_CLIENT_COLS = ("id", "kind", "name", "search_name", "inn", "responsible_id", "department_id", "created_at")


@dataclass
class DealRecord:
    title: str
    client_name: str | None
    client_inn: str | None
    funnel_id: int
    stages: list[tuple[int, dt.datetime]]  #: (stage id, entered at), oldest first; the last is the current stage
    amount: Decimal
    currency: str
    expected_close: dt.date | None
    closed_at: dt.datetime | None
    created_at: dt.datetime
    responsible_id: int | None
    department_id: int | None
    source_id: int | None
    lost_reason_id: int | None
    lost_comment: str | None
    note: str | None
    lines: list[tuple[int | None, str, Decimal, Decimal]] = field(default_factory=list)
    #: targets the row gives a value for (an update touches only those)
    given: frozenset[str] = frozenset()
    #: the deal's contact person at a company client (a contact of that client: found by name or created)
    contact: str | None = None
    #: the client is the contact person (a CRM export's deal with a contact and no company)
    person: bool = False


def _L(key: str) -> str:
    return target_label("deals", key)


def _stamp(d) -> dt.datetime | None:
    if d is None:
        return None
    return d if isinstance(d, dt.datetime) else dt.datetime.combine(d, dt.time(12, 0))


def _find_stage(ref: _Ref, funnel_id: int, name: str) -> tuple[int, str, bool, bool, int]:
    for st in ref.stages.get(funnel_id, []):
        if st[1].upper() == name.strip().upper():
            return st
    # another CRM's final stage ("Успешно реализовано", "Closed Won"...): the funnel's won/lost stage
    from app.imports import _LOST, _WON

    word = _norm(name)
    want = 2 if word in _WON else 3 if word in _LOST else None
    final = next((st for st in ref.stages.get(funnel_id, []) if want and st[want]), None)
    if final is not None:
        return final
    names = ", ".join(s[1] for s in ref.stages.get(funnel_id, []))
    raise RowError(translate("app.imports", "{field}: no stage “{value}” in this funnel ({names}).").format(
        field=_L("stage"), value=name, names=names))


_HIST_ITEM = re.compile(r"^\s*(.+?)\s*[:=—–-]\s*(\S.*?)\s*$")


def build_deal(ref: _Ref, mapping: Mapping, cells: dict[str, list], now: dt.datetime) -> DealRecord:
    client = _one(cells, "client")
    contact = _one(cells, "contact_name")
    person = False
    if contact and len(contact) > 200:
        raise RowError(translate("app.imports", "{field} is too long ({n} characters, at most {max}).").format(
            field=_L("contact_name"), n=len(contact), max=200))
    if not client and not _one(cells, "client_inn") and contact:
        client, contact, person = contact, None, True  # a deal with a person: the person is the client
    inn = _one(cells, "client_inn")
    if inn:
        try:
            inn = validate.inn(inn, "client_inn")
        except ValidationError as exc:
            raise RowError(f"{_L('client_inn')}: {exc}") from None
    if not client and not inn:
        raise RowError(translate("app.imports", "The deal has no client (name or INN)."))
    title = _one(cells, "title") or client or inn
    if len(title) > 200:
        raise RowError(translate("app.imports", "{field} is too long ({n} characters, at most {max}).").format(
            field=_L("title"), n=len(title), max=200))
    fname = _one(cells, "funnel")
    if fname:
        funnel_id = ref.funnels.get(fname.upper())
        if funnel_id is None:
            raise RowError(translate("app.imports", "{field}: no funnel “{value}”.").format(field=_L("funnel"), value=fname))
    elif ref.default_funnel is not None:
        funnel_id = ref.default_funnel
    else:
        raise RowError(translate("app.imports", "There is no funnel to put the deal in."))
    created = _stamp(_date(cells, "created_at", _L("created_at"), mapping.day_first, now))
    closed = _stamp(_date(cells, "closed_at", _L("closed_at"), mapping.day_first, now))
    exp = _date(cells, "expected_close", _L("expected_close"), mapping.day_first, now)
    if isinstance(exp, dt.datetime):
        exp = exp.date()
    # stage history first: it may give the creation date
    history: list[tuple[tuple, dt.datetime]] = []
    hist_text = "\n".join(as_text(v) for v in cells.get("stage_history", []))
    for item in re.split(r"\s*[;\n\r]+\s*", hist_text):
        if not item.strip():
            continue
        m = _HIST_ITEM.match(item)
        if not m:
            raise RowError(translate("app.imports", "{field}: “{value}” is not “stage: date”.").format(
                field=_L("stage_history"), value=item))
        st = _find_stage(ref, funnel_id, m.group(1))
        try:
            when = _stamp(parse_date(m.group(2), day_first=mapping.day_first))
        except ValueError:
            raise RowError(translate("app.imports", "{field}: “{value}” is not a date.").format(
                field=_L("stage_history"), value=m.group(2))) from None
        if when > now.replace(microsecond=999999):  # "now" is whole seconds
            raise RowError(translate("app.imports", "{field}: {value} is in the future.").format(
                field=_L("stage_history"), value=m.group(2)))
        if history and when < history[-1][1]:
            raise RowError(translate("app.imports", "{field}: the dates go backwards at “{value}”.").format(
                field=_L("stage_history"), value=item))
        history.append((st, when))
    stage_name = _one(cells, "stage")
    if stage_name:
        current = _find_stage(ref, funnel_id, stage_name)
    elif history:
        current = history[-1][0]
    else:
        current = ref.stages[funnel_id][0] if ref.stages.get(funnel_id) else None
        if current is None:
            raise RowError(translate("app.imports", "The funnel has no stages."))
    outcome_text = _one(cells, "outcome")
    if outcome_text:
        ot = _norm(outcome_text)
        from app.imports import _LOST, _WON

        want = "WON" if ot in _WON else "LOST" if ot in _LOST else None
        if want is None and ot not in ("open", "открыта", "в работе", "активна"):
            raise RowError(translate("app.imports", "{field}: “{value}” is neither won nor lost.").format(
                field=_L("outcome"), value=outcome_text))
        if want and not (current[2] if want == "WON" else current[3]):
            final = next((s for s in ref.stages[funnel_id] if (s[2] if want == "WON" else s[3])), None)
            if final is None:
                raise RowError(translate("app.imports", "The funnel has no won/lost stage."))
            current = final
    if created is None:
        created = history[0][1] if history else (closed or now)
    if history and history[0][1] < created:
        created = history[0][1]
    is_closed = current[2] or current[3]
    if closed is not None and not is_closed:
        raise RowError(translate("app.imports", "{field} is given but the stage “{stage}” is open.").format(
            field=_L("closed_at"), stage=current[1]))
    if closed is not None and closed < created:
        raise RowError(translate("app.imports", "{field} ({closed}) is before the creation date ({created}).").format(
            field=_L("closed_at"), closed=closed.date().isoformat(), created=created.date().isoformat()))
    # the path: history, then the current stage if the history does not end there
    path: list[tuple[int, dt.datetime]] = [(s[0], w) for s, w in history]
    if not path:
        path = [(current[0], closed if (is_closed and closed) else created)]
        if is_closed and closed and closed > created:
            # inserted directly at the final stage: it was entered when the deal closed
            path = [(current[0], closed)]
    elif path[-1][0] != current[0]:
        path.append((current[0], closed or path[-1][1]))
    if is_closed and closed is None:
        closed = path[-1][1]
    reason_id = None
    reason = _one(cells, "lost_reason")
    if reason:
        reason_id = ref.lost_reasons.get(reason.upper())
        if reason_id is None:
            raise RowError(translate("app.imports", "{field}: no lost reason “{value}” in the reference list.").format(
                field=_L("lost_reason"), value=reason))
    amount = Decimal("0.00")
    if cells.get("amount"):
        try:
            amount = parse_amount(cells["amount"][0])
        except ValueError:
            raise RowError(translate("app.imports", "{field}: “{value}” is not an amount.").format(
                field=_L("amount"), value=as_text(cells["amount"][0]))) from None
        if amount < 0:
            raise RowError(translate("app.imports", "{field} cannot be negative.").format(field=_L("amount")))
    currency = (_one(cells, "currency") or "RUB").upper().replace("РУБ", "RUB").replace("₽", "RUB")
    currency = {"RUR": "RUB", "$": "USD", "€": "EUR", "ДОЛЛ": "USD"}.get(currency, currency)
    if not re.fullmatch(r"[A-Z]{3}", currency):
        raise RowError(translate("app.imports", "{field}: “{value}” is not a currency code (RUB, USD, EUR…).").format(
            field=_L("currency"), value=_one(cells, "currency")))
    resp, dept = _responsible(ref, cells, "deals")
    source_id = None
    src = _one(cells, "source")
    if src:
        source_id = ref.sources.get(src.upper())
        if source_id is None:
            raise RowError(translate("app.imports", "{field}: no source “{value}” in the reference list.").format(
                field=_L("source"), value=src))
    lines = []
    for item in _many(cells, "products"):
        m = re.fullmatch(r"(.+?)(?:\s*[x×х\*]\s*([\d.,]+))?(?:\s*@\s*([\d\s.,]+))?", item.strip())
        pname = m.group(1).strip()
        try:
            qty = Decimal(m.group(2).replace(",", ".")) if m.group(2) else Decimal(1)
            price = parse_amount(m.group(3)) if m.group(3) else None
        except (ValueError, ArithmeticError):
            raise RowError(translate("app.imports", "{field}: “{value}” is not “name x qty @ price”.").format(
                field=_L("products"), value=item)) from None
        if qty <= 0:
            raise RowError(translate("app.imports", "{field}: the quantity must be positive in “{value}”.").format(
                field=_L("products"), value=item))
        prod = ref.products.get(pname.upper())
        lines.append((prod[0] if prod else None, prod[1] if prod else pname[:200], qty,
                      price if price is not None else (prod[2] if prod else Decimal(0))))
    note = _one(cells, "note")
    lost_comment = _one(cells, "lost_comment")
    if lost_comment and len(lost_comment) > 500:
        raise RowError(translate("app.imports", "{field} is too long ({n} characters, at most {max}).").format(
            field=_L("lost_comment"), n=len(lost_comment), max=500))
    given = frozenset(k for k, v in cells.items() if any(as_text(x).strip() for x in v))
    return DealRecord(title, client, inn, funnel_id, path, amount, currency, exp, closed, created, resp, dept,
                      source_id, reason_id if current[3] else None, lost_comment if current[3] else None, note, lines,
                      given, contact, person)


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", s.lower().replace("ё", "е")).split())


def _client_key(rec: DealRecord) -> tuple[str, str]:
    if rec.client_inn:
        return ("I", rec.client_inn)
    return ("N", nz.search_name(rec.client_name))


def run_deals(ctx, conn, src: Source, mapping: Mapping, policy: str, dry_run: bool, result, progress, cancel, now,
              keep_fates: bool, t0: float) -> None:
    ref = _load_ref(ctx, conn)
    conn.rollback()
    batch_id = None
    if not dry_run:
        batch_id = _begin_batch(conn, "deals", src, policy, mapping)
        conn.commit()
        result.batch_id = batch_id
    clients_here: dict[tuple[str, str], int | None] = {}  # clients created by this run
    deals_seen: dict[tuple, int] = {}  # (client key, title, created date) → row no
    contacts_here: dict[tuple[int, str], int] = {}  # (client id, name) → contact created by this run
    state = "DONE"
    try:
        # the next chunk is parsed on the read-ahead thread while this one is looked up and written
        for built in prefetch(_chunks(src, mapping, 1000), lambda c: build_chunk(ref, src, mapping, c, now)):
            ids = None
            if not dry_run:
                n = len(built[0])
                _attach(conn, batch_id)
                ids = {"CLIENTS": _Ids(conn, "CLIENTS", max(8, n // 4)), "DEALS": _Ids(conn, "DEALS", n),
                       "CONTACTS": _Ids(conn, "CONTACTS", max(8, n // 4))}
            fates, extra, rows = _deals_chunk(conn, ref, policy, built, clients_here, deals_seen, ids, result,
                                              contacts_here)
            if not dry_run:
                try:
                    sp = conn.begin_nested()
                    _write(conn, rows)
                    sp.commit()
                except Exception:
                    sp.rollback()
                    fates, extra = _write_one_by_one(conn, rows, fates, extra, result)
                _log_rows(conn, batch_id, fates + extra)
                conn.commit()
            if _account_chunk(result, fates, keep_fates, progress, t0, cancel):
                state = "CANCELLED"
                break
    except BaseException:
        _fail_batch(conn, batch_id, result)
        raise
    if batch_id is not None:
        _finish(conn, batch_id, state, result)
        conn.commit()


#: what an update of a matched deal may write (one UPDATE per deal, keyed on ID and VERSION)
_UPD_COLS = ("amount", "currency", "expected_close", "responsible_id", "source_id", "note", "lost_reason_id",
             "lost_comment", "stage_id", "stage_entered_at", "closed_at")
#: (column, the mapping target that gives it)
_UPD_TARGET = {"amount": "amount", "currency": "currency", "expected_close": "expected_close",
               "responsible_id": "responsible", "source_id": "source", "note": "note", "lost_reason_id": "lost_reason",
               "lost_comment": "lost_comment"}
_STAGE_TARGETS = ("stage", "stage_history", "outcome")


@dataclass
class _DealRows:
    clients: list[tuple] = field(default_factory=list)
    keys: list[tuple] = field(default_factory=list)
    deals: list[tuple] = field(default_factory=list)
    moves: list[tuple] = field(default_factory=list)
    lines: list[tuple] = field(default_factory=list)
    updates: list[tuple] = field(default_factory=list)
    contacts: list[tuple] = field(default_factory=list)
    #: per source row: (index in fates, index in extra or None, its own _DealRows) for a retry
    per_row: list[tuple[int, int | None, _DealRows]] = field(default_factory=list)

    def add(self, o: _DealRows) -> None:
        for f in ("clients", "keys", "contacts", "deals", "moves", "lines", "updates"):
            getattr(self, f).extend(getattr(o, f))


def _write(conn, rows: _DealRows) -> None:
    bulk.insert_rows(conn, "CLIENTS", _NEW_CLIENT_COLS, rows.clients)
    bulk.insert_rows(conn, "SEARCH_KEYS", ("client_id", "kind", "skey"), rows.keys)
    bulk.insert_rows(conn, "CONTACTS", _CONTACT_COLS, rows.contacts)
    bulk.insert_rows(conn, "DEALS", _DEAL_COLS, rows.deals)
    bulk.update_rows(conn, "DEALS", _MOVE_COLS, ("id",), rows.moves)
    bulk.insert_rows(conn, "DEAL_LINES", _LINE_COLS, rows.lines)
    bulk.update_rows(conn, "DEALS", _UPD_COLS, ("id", "version"), rows.updates)


def _write_one_by_one(conn, rows: _DealRows, fates, extra, result):
    from app.errors import NotAllowed, from_driver

    for fi, ei, own in rows.per_row:
        sp = conn.begin_nested()
        try:
            _write(conn, own)
            sp.commit()
        except Exception as exc:
            sp.rollback()
            f = fates[fi]
            err = from_driver(exc, "", connecting=False)
            if isinstance(err, NotAllowed) or "EX_DENIED" in str(exc) or "335544352" in str(exc):
                reason = translate("app.imports", "not allowed: {why}").format(why=str(err))
            else:
                reason = translate("app.imports", "refused by the database: {why}").format(why=str(err))
            fates[fi] = RowFate(f.row_no, "FAILED", reason)
            result.errors.append((f.row_no, None, reason))
            if ei is not None:
                extra[ei] = None
    return fates, [e for e in extra if e is not None]


def build_chunk(ref: _Ref, src: Source, mapping: Mapping, chunk, now) -> tuple[list, list]:
    """Parse and validate one chunk (pure Python, no database: runs on the read-ahead thread).
    Returns ([(row no, DealRecord or None, RowFate or None)], [(row no, row, reason) failed])."""
    recs, errors = [], []
    for row_no, row in chunk:
        bad = _unreadable(row)
        if bad:
            recs.append((row_no, None, RowFate(row_no, "FAILED", bad)))
            errors.append((row_no, row, bad))
            continue
        cells = _cells(row, src.headers, mapping)
        if not cells:
            recs.append((row_no, None, RowFate(row_no, "SKIPPED", translate("app.imports", "empty row"))))
            continue
        try:
            recs.append((row_no, build_deal(ref, mapping, cells, now), None))
        except RowError as exc:
            recs.append((row_no, None, RowFate(row_no, "FAILED", str(exc))))
            errors.append((row_no, row, str(exc)))
    return recs, errors


def _lookup_clients(conn, recs) -> dict[tuple[str, str], list[int]]:
    """The chunk's clients in the base, by INN or by name: one statement per LOOKUP_IN keys."""
    keys = sorted({_client_key(r) for _n, r, _f in recs if r})
    base: dict[tuple[str, str], list[int]] = {}
    for i in range(0, len(keys), LOOKUP_IN):
        part = keys[i:i + LOOKUP_IN]
        inns = [v for k, v in part if k == "I"]
        names = [v for k, v in part if k == "N"]
        params = {f"i{j}": v for j, v in enumerate(inns)} | {f"n{j}": v for j, v in enumerate(names)}
        where = " OR ".join(w for w in (
            f"c.INN IN ({', '.join(f':i{j}' for j in range(len(inns)))})" if inns else "",
            f"c.SEARCH_NAME IN ({', '.join(f':n{j}' for j in range(len(names)))})" if names else "") if w)
        sql = f"SELECT c.INN, c.SEARCH_NAME, c.ID FROM V_CLIENTS c WHERE ({where}) AND c.MERGED_INTO_ID IS NULL ORDER BY c.ID"
        want_i, want_n = set(inns), set(names)
        for inn, sname, cid in conn.execute(text(sql), params):
            if inn and inn.strip() in want_i:
                base.setdefault(("I", inn.strip()), []).append(cid)
            if sname and sname.strip() in want_n:
                base.setdefault(("N", sname.strip()), []).append(cid)
    return base


def _deals_chunk(conn, ref: _Ref, policy: str, built, clients_here, deals_seen, ids, result,
                 contacts_here: dict[tuple[int, str], int]):
    recs, errors = built
    for err in errors:
        if len(result.errors) < 100_000:
            result.errors.append(err)
    base = _lookup_clients(conn, recs)
    # deals of those clients (duplicate check)
    cids = sorted({c for v in base.values() for c in v})
    #: (client, TITLE, created day) → the matching deals' current values (only the key under skip/create)
    existing: dict[tuple[int, str, dt.date], list[dict]] = {}
    cols = ("client_id", "title", "created_at", "id", "version", "funnel_id")
    if policy in ("update", "overwrite"):
        cols += _UPD_COLS
    for i in range(0, len(cids), LOOKUP_IN):
        part = ", ".join(str(int(c)) for c in cids[i:i + LOOKUP_IN])
        for r in conn.execute(text(f"SELECT {', '.join(c.upper() for c in cols)} FROM V_DEALS "
                                   f"WHERE CLIENT_ID IN ({part}) ORDER BY ID")):
            d = dict(zip(cols, r, strict=True))
            existing.setdefault((d["client_id"], d["title"].strip().upper(), d["created_at"].date()), []).append(d)
    # contacts of those clients, for the deals' contact persons
    base_contacts: dict[tuple[int, str], int] = {}
    if any(r and r.contact for _n, r, _f in recs):
        for i in range(0, len(cids), LOOKUP_IN):
            part = ", ".join(str(int(c)) for c in cids[i:i + LOOKUP_IN])
            for cid, contact_id, full in conn.execute(text(f"SELECT CLIENT_ID, ID, FULL_NAME FROM V_CONTACTS "
                                                           f"WHERE CLIENT_ID IN ({part}) ORDER BY ID")):
                base_contacts.setdefault((cid, _norm(full)), contact_id)
    fates: list[RowFate] = []
    extra: list[RowFate] = []
    rows = _DealRows()
    for row_no, rec, fate in recs:
        if fate is not None:
            fates.append(fate)
            continue
        key = _client_key(rec)
        found = base.get(key, [])
        if len(found) > 1:
            fates.append(_fail(result, row_no, None, translate("app.imports", "{n} clients are named “{name}”: give "
                                                                              "the client's INN.").format(
                n=len(found), name=rec.client_name), True))
            continue
        own = _DealRows()
        ei = None
        if found:
            cid = found[0]
        elif key in clients_here:
            cid = clients_here[key]
        else:
            cid = ids["CLIENTS"].next() if ids else None
            clients_here[key] = cid
            name = rec.client_name or rec.client_inn
            kind = "PERSON" if rec.person or (rec.client_inn and len(rec.client_inn) == 12) else "COMPANY"
            own.clients.append((cid, kind, name[:200], nz.search_name(name), rec.client_inn, rec.responsible_id,
                                rec.department_id, rec.created_at))
            own.keys.extend((cid, "N", w) for w in nz.name_words(name))
            if rec.client_inn:
                own.keys.append((cid, "I", rec.client_inn))
            extra.append(RowFate(row_no, "CREATED", translate("app.imports", "client of the deal"), "CLIENT", cid, 1))
            ei = len(extra) - 1
        dkey = (key, rec.title.upper(), rec.created_at.date())
        dup_row = deals_seen.get(dkey)
        matches = existing.get((cid, rec.title.upper(), rec.created_at.date()), []) if cid is not None else []
        if policy != "create" and (dup_row is not None or matches):
            if dup_row is None:
                deals_seen.setdefault(dkey, row_no)
            if dup_row is not None:
                fate = RowFate(row_no, "SKIPPED", translate(
                    "app.imports", "duplicate of row {n} of this file (same client, title and date)").format(n=dup_row))
            elif policy == "skip":
                fate = RowFate(row_no, "SKIPPED", translate(
                    "app.imports", "already in the base: deal #{id} (same client, title and date)").format(
                    id=matches[0]["id"]), "DEAL", matches[0]["id"])
            elif len(matches) > 1:
                fate = _fail(result, row_no, None, translate(
                    "app.imports", "{n} deals in the base have this client, title and date: change them by "
                                   "hand").format(n=len(matches)), True)
            else:
                fate, upd = _update_plan(row_no, rec, matches[0], policy, ref)
                if upd is not None:
                    own.updates.append(upd)
                    fates.append(fate)
                    rows.add(own)
                    rows.per_row.append((len(fates) - 1, ei, own))
                    continue
            fates.append(fate)
            if ei is not None:  # nothing was written for this row: the client is not created either
                extra.pop()
                del clients_here[key]
            continue
        deals_seen.setdefault(dkey, row_no)
        contact_id, new_contacts = None, []
        if rec.contact:
            ckey = (cid, _norm(rec.contact))
            contact_id = base_contacts.get(ckey) if cid is not None else None
            if contact_id is None and cid is not None and ckey in contacts_here:
                contact_id = contacts_here[ckey]
            elif contact_id is None:
                contact_id = ids["CONTACTS"].next() if ids else None
                own.contacts.append((contact_id, cid, rec.contact, False, rec.created_at))
                if cid is not None:
                    contacts_here[ckey] = contact_id
                if found:  # a new contact of a client already in the base: undo removes it with the deal
                    new_contacts.append(contact_id)
        did = ids["DEALS"].next() if ids else None
        first_stage, first_at = rec.stages[0]
        single = len(rec.stages) == 1
        own.deals.append((did, cid, contact_id, rec.funnel_id, first_stage, rec.title, rec.amount, rec.currency, rec.expected_close,
                          rec.responsible_id, rec.department_id, rec.source_id, first_at,
                          rec.closed_at if single else None, rec.lost_reason_id if single else None,
                          rec.lost_comment if single else None, rec.note, rec.created_at))
        for n, (sid, at) in enumerate(rec.stages[1:], start=2):
            last = n == len(rec.stages)
            own.moves.append((sid, at, rec.closed_at if last else None, rec.lost_reason_id if last else None,
                              rec.lost_comment if last else None, did))
        for ln, (pid, pname, qty, price) in enumerate(rec.lines, start=1):
            own.lines.append((did, pid, ln, pname, qty, price, None, (qty * price).quantize(Decimal("0.01")),
                              rec.created_at))
        fates.append(RowFate(row_no, "CREATED", None, "DEAL", did, 1 + len(rec.stages) - 1,
                             json.dumps({"client": cid, "contacts": new_contacts} if new_contacts else {"client": cid})
                             if cid else None))
        rows.add(own)
        rows.per_row.append((len(fates) - 1, ei, own))
    return fates, extra, rows


def _empty(v) -> bool:
    return v is None or v == "" or (isinstance(v, Decimal) and v == 0)


def _update_plan(row_no: int, rec: DealRecord, cur: dict, policy: str, ref: _Ref) -> tuple[RowFate, tuple | None]:
    """The fate of a row that matches deal ``cur`` under "update"/"overwrite", and the UPDATE row
    (values of _UPD_COLS, then ID and VERSION), or None when nothing changes."""
    new = {"amount": rec.amount, "currency": rec.currency, "expected_close": rec.expected_close,
           "responsible_id": rec.responsible_id, "source_id": rec.source_id, "note": rec.note,
           "lost_reason_id": rec.lost_reason_id, "lost_comment": rec.lost_comment}
    values = {c: cur[c] for c in _UPD_COLS}
    old: dict[str, object] = {}
    for col, target in _UPD_TARGET.items():
        if target not in rec.given or _empty(new[col]):
            continue
        if col in ("lost_reason_id", "lost_comment") and not (policy == "overwrite" and _is_lost(ref, rec)) \
                and not _is_lost_stage(ref, cur["stage_id"]):
            continue  # a lost reason belongs to a lost deal
        if policy == "update" and not _empty(cur[col]):
            continue  # "update empty fields": a filled field is never overwritten
        if cur[col] != new[col]:
            old[col] = cur[col]
            values[col] = new[col]
    moved = None
    if policy == "overwrite" and any(t in rec.given for t in _STAGE_TARGETS):
        stage_id, entered = rec.stages[-1]
        if rec.funnel_id != cur["funnel_id"]:
            return (RowFate(row_no, "SKIPPED", translate(
                "app.imports", "deal #{id} is in another funnel: the stage is not moved across funnels").format(
                id=cur["id"]), "DEAL", cur["id"]), None)
        if stage_id != cur["stage_id"]:
            moved = stage_id
            if cur["stage_entered_at"] is not None and entered <= cur["stage_entered_at"]:
                # a move cannot precede the entry into the current stage (the history stays in
                # order), and TRG_DEALS_STAGE reads an unchanged date as "no date given"
                entered = cur["stage_entered_at"] + dt.timedelta(seconds=1)
            for col in ("stage_id", "stage_entered_at", "closed_at", "lost_reason_id", "lost_comment"):
                old.setdefault(col, cur[col])
            closed = max(rec.closed_at, entered) if rec.closed_at is not None else None
            values.update(stage_id=stage_id, stage_entered_at=entered, closed_at=closed,
                          lost_reason_id=rec.lost_reason_id, lost_comment=rec.lost_comment)
    if not old:
        return (RowFate(row_no, "SKIPPED", translate("app.imports", "already in the base: deal #{id} (same client, title "
                                                               "and date); nothing new").format(id=cur["id"]),
                        "DEAL", cur["id"]), None)
    changed = ", ".join(_L(_UPD_TARGET.get(c, "stage")) for c in old if c in _UPD_TARGET or c == "stage_id")
    why = translate("app.imports", "deal #{id}: {fields}").format(id=cur["id"], fields=changed)
    if moved is not None:
        why += " " + translate("app.imports", "(moved to “{stage}”)").format(stage=_stage_name(ref, moved))
    return (RowFate(row_no, "UPDATED", why, "DEAL", cur["id"], cur["version"] + 1,
                    json.dumps({"fields": old}, ensure_ascii=False, default=str)),
            tuple(values[c] for c in _UPD_COLS) + (cur["id"], cur["version"]))


def _stage_name(ref: _Ref, stage_id: int) -> str:
    return next((s[1] for ss in ref.stages.values() for s in ss if s[0] == stage_id), str(stage_id))


def _is_lost_stage(ref: _Ref, stage_id: int) -> bool:
    return any(s[0] == stage_id and s[3] for ss in ref.stages.values() for s in ss)


def _is_lost(ref: _Ref, rec: DealRecord) -> bool:
    return _is_lost_stage(ref, rec.stages[-1][0])

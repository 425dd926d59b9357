"""I. Data quality (REPORTS.md 99–105, 107–110): duplicates, bad phones and e-mails, missing
fields, empty classifiers, contacts nobody can reach, deals left on merged or archived clients,
cards nobody updated, merge history, fill-rate by manager, stale stages, reference-list usage.

Terms: "the client base" = clients not merged into another and not archived (as in category A).
Rules are the card's own: a phone is valid when :func:`app.validate.phone` accepts it, an e-mail
when :func:`app.validate.email` does; duplicates are :mod:`app.dedupe`'s groups. Everything reads
through the visibility views, so a manager's report covers his scope only.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict

from sqlalchemy import Date, Integer, String, and_, case, cast, exists, func, literal_column, or_, select, union_all

from app import dedupe, validate
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from db.models import (
    Classifier,
    ClassifierValue,
    Client,
    ClientClassifier,
    ClientEmail,
    ClientMerge,
    ClientPhone,
    ClientStats,
    ClientTag,
    Contact,
    CrmUser,
    CustomFieldDef,
    CustomFieldValue,
    Deal,
    DealLine,
    DedupeIgnored,
    Funnel,
    LostReason,
    Product,
    Source,
    Stage,
    Tag,
)
from reports.queries.deals import text_literal
from reports.queries.labels import client_base, count_if, days_between, manager_name, sql_date, tr
from reports.queries.pipeline import last_activity
from reports.spec import Col, Definition, Diff, Div, Param, Params, Ratio, Report

MANAGER = Param("manager", "manager", QT_TRANSLATE_NOOP("reports", "Manager"))
LIMIT = Param("limit", "int", QT_TRANSLATE_NOOP("reports", "At most rows"), default=5000, minimum=1, maximum=1000000)
MIN_SCORE = Param("min_score", "int", QT_TRANSLATE_NOOP("reports", "Lowest score"), default=0, minimum=0, maximum=100)
PERIOD = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="last_12_months")

_PHONE = QT_TRANSLATE_NOOP("reports", "phone")
_EMAIL = QT_TRANSLATE_NOOP("reports", "e-mail")
_MISSING = {
    "responsible": QT_TRANSLATE_NOOP("reports", "responsible manager"),
    "channel": QT_TRANSLATE_NOOP("reports", "phone or e-mail"),
    "inn": QT_TRANSLATE_NOOP("reports", "INN (company)"),
    "city": QT_TRANSLATE_NOOP("reports", "city"),
}
_MERGED = QT_TRANSLATE_NOOP("reports", "merged into {name}")
_ARCHIVED = QT_TRANSLATE_NOOP("reports", "archived")
_STATES = {"DONE": QT_TRANSLATE_NOOP("reports", "merged"), "UNDONE": QT_TRANSLATE_NOOP("reports", "undone")}


def _chunks(seq: list, n: int = 500):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


# --- 99. possible duplicates ------------------------------------------------------------------
def _duplicates(conn, p: Params):
    conds = [Client.merged_into_id.is_(None)]
    names: dict[int, tuple] = {}
    keys: list[dedupe.ClientKeys] = []
    phones: dict[int, list[str]] = defaultdict(list)
    emails: dict[int, list[str]] = defaultdict(list)
    for r in conn.execute(select(ClientPhone.client_id, ClientPhone.phone_key)):
        if r[1]:
            phones[r[0]].append(r[1].strip())
    for r in conn.execute(select(ClientEmail.client_id, ClientEmail.email_key)):
        if r[1] and "@" in r[1]:
            emails[r[0]].append(r[1].strip())
    q = (select(Client.id, Client.name, Client.inn, Client.city, Client.main_phone, Client.main_email,
                manager_name().label("manager"), Client.responsible_id)
         .select_from(Client).outerjoin(CrmUser, CrmUser.id == Client.responsible_id).where(*conds))
    for r in conn.execute(q):
        names[r[0]] = r
        keys.append(dedupe.ClientKeys(r[0], r[1] or "", (r[2] or "").strip() or None, tuple(phones.get(r[0], ())),
                                      tuple(emails.get(r[0], ()))))
    ignored = {(min(a, b), max(a, b)) for a, b in conn.execute(select(DedupeIgnored.client_a_id,
                                                                      DedupeIgnored.client_b_id))}
    groups = [g for g in dedupe.group_pairs(dedupe.find_pairs(keys, ignored)) if g.score >= (p.get("min_score") or 0)]
    if p.get("manager") is not None:  # groups with at least one client of that manager
        groups = [g for g in groups if any(names[i][7] == p["manager"] for i in g.ids)]
    n = 0
    for no, g in enumerate(groups, 1):
        label = tr(QT_TRANSLATE_NOOP("reports", "{n} (score {score}; {reasons})")).format(
            n=no, score=g.score, reasons=g.reason_text())
        for cid in g.ids:
            r = names[cid]
            mine = sorted({x for pr in g.pairs if cid in (pr.a, pr.b) for x in pr.reasons}, key=dedupe.REASON_ORDER.index)
            yield {"grp": label, "client": f"{r[1]} (#{cid})", "score": max(pr.score for pr in g.pairs if cid in (pr.a, pr.b)),
                   "reasons": ", ".join(tr(dedupe.REASON_LABELS[x]) for x in mine), "city": r[3], "inn": r[2],
                   "phone": r[4], "email": r[5], "manager": r[6]}
            n += 1
            if n >= p.limit:
                return


# --- 100. invalid phones and e-mails ----------------------------------------------------------
def _invalid(conn, p: Params):
    base = client_base(p)
    out = []
    for kind, model, col in (("phone", ClientPhone, ClientPhone.phone), ("email", ClientEmail, ClientEmail.email)):
        q = (select(Client.id, Client.name, manager_name().label("manager"), col, model.contact_id)
             .select_from(model).join(Client, Client.id == model.client_id)
             .outerjoin(CrmUser, CrmUser.id == Client.responsible_id).where(*base)
             .order_by(Client.search_name, Client.id, model.id))
        check = validate.phone if kind == "phone" else validate.email
        for r in conn.execute(q):
            try:
                check(r[3] or "")
            except ValidationError as exc:
                out.append({"client": r[1], "manager": r[2], "kind": tr(_PHONE if kind == "phone" else _EMAIL),
                            "value": r[3], "problem": str(exc), "_key": (r[1], r[0], kind != "phone")})
    out.sort(key=lambda x: x.pop("_key"))
    return out[:p.limit]


# --- 101. missing mandatory fields ------------------------------------------------------------
def _missing(conn, p: Params):
    base = client_base(p)
    has_channel = or_(exists().where(ClientPhone.client_id == Client.id),
                      exists().where(ClientEmail.client_id == Client.id))
    required = conn.execute(select(CustomFieldDef.id, CustomFieldDef.label)
                            .where(CustomFieldDef.entity == "CLIENT", CustomFieldDef.is_required.is_(True),
                                   CustomFieldDef.is_active.is_(True))
                            .order_by(CustomFieldDef.sort_order, CustomFieldDef.label)).all()
    q = (select(Client.id, Client.name, Client.kind, Client.inn, Client.city, Client.responsible_id,
                manager_name().label("manager"), has_channel.label("has_channel"))
         .select_from(Client).outerjoin(CrmUser, CrmUser.id == Client.responsible_id).where(*base)
         .order_by(Client.search_name, Client.id))
    rows = conn.execute(q).all()
    filled: dict[int, set[int]] = defaultdict(set)
    if required:
        fids = [f[0] for f in required]
        for r in conn.execute(select(CustomFieldValue.entity_id, CustomFieldValue.field_id)
                              .where(CustomFieldValue.field_id.in_(fids),
                                     or_(CustomFieldValue.value_text.is_not(None), CustomFieldValue.value_num.is_not(None),
                                         CustomFieldValue.value_date.is_not(None),
                                         CustomFieldValue.value_bool.is_not(None)))):
            filled[r[0]].add(r[1])
    out = []
    for r in rows:
        gaps = []
        if r.responsible_id is None:
            gaps.append(tr(_MISSING["responsible"]))
        if not r.has_channel:
            gaps.append(tr(_MISSING["channel"]))
        if r.kind == "COMPANY" and not (r.inn or "").strip():
            gaps.append(tr(_MISSING["inn"]))
        if not (r.city or "").strip():
            gaps.append(tr(_MISSING["city"]))
        gaps += [label for fid, label in required if fid not in filled[r.id]]
        if gaps:
            out.append({"client": r.name, "manager": r.manager, "missing": ", ".join(gaps), "gaps": len(gaps)})
            if len(out) >= p.limit:
                break
    return out


# --- 103. contacts without a phone or e-mail --------------------------------------------------
def _contacts_unreachable(p: Params):
    no_phone = ~exists().where(ClientPhone.contact_id == Contact.id)
    no_email = ~exists().where(ClientEmail.contact_id == Contact.id)
    return (select(Client.name.label("client"), Contact.full_name.label("contact"), Contact.job_title.label("job"),
                   manager_name().label("manager"))
            .select_from(Contact).join(Client, Client.id == Contact.client_id)
            .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
            .where(no_phone, no_email, *client_base(p))
            .order_by(Client.search_name, Client.id, Contact.full_name, Contact.id)
            .limit(p.limit))


# --- 104. orphaned deals ----------------------------------------------------------------------
def _orphaned(p: Params):
    survivor = Client.__table__.alias("survivor")
    conds = [or_(Client.merged_into_id.is_not(None), Client.is_archived.is_(True))]
    if p.get("manager") is not None:
        conds.append(Deal.responsible_id == p["manager"])
    named = func.coalesce(survivor.c.name, literal_column("'#'").op("||")(cast(Client.merged_into_id, String(20))))
    why = case((Client.merged_into_id.is_not(None), func.replace(text_literal(_MERGED), literal_column("'{name}'"), named)),
               else_=text_literal(_ARCHIVED))
    return (select(Deal.title.label("deal"), Client.name.label("client"), why.label("why"),
                   manager_name().label("manager"), cast(Deal.created_at, Date).label("created"),
                   Deal.amount.label("amount"))
            .select_from(Deal).join(Client, Client.id == Deal.client_id)
            .outerjoin(survivor, survivor.c.id == Client.merged_into_id)
            .outerjoin(CrmUser, CrmUser.id == Deal.responsible_id)
            .where(*conds).order_by(Client.search_name, Deal.created_at, Deal.id).limit(p.limit))


# --- 107. merge history -----------------------------------------------------------------------
def _merge_history(conn, p: Params):
    q = (select(ClientMerge.id, ClientMerge.created_at, ClientMerge.created_by, ClientMerge.survivor_id,
                Client.name.label("survivor"), ClientMerge.merged_ids, ClientMerge.merged_count, ClientMerge.moved_rows,
                ClientMerge.state, ClientMerge.undone_at, ClientMerge.undone_by)
         .select_from(ClientMerge).outerjoin(Client, Client.id == ClientMerge.survivor_id)
         .where(ClientMerge.created_at >= p.period.start_ts, ClientMerge.created_at < p.period.end_ts)
         .order_by(ClientMerge.created_at, ClientMerge.id))
    rows = conn.execute(q).all()
    ids = sorted({int(x) for r in rows for x in (r.merged_ids or "").split(",") if x.strip()})
    names = {}
    for part in _chunks(ids):
        names.update(dict(conn.execute(select(Client.id, Client.name).where(Client.id.in_(part))).all()))
    for r in rows:
        merged = [int(x) for x in (r.merged_ids or "").split(",") if x.strip()]
        yield {"at": r.created_at, "by": (r.created_by or "").strip(), "survivor": f"{r.survivor} (#{r.survivor_id})",
               "merged": "; ".join(f"{names.get(i, '?')} (#{i})" for i in merged), "merged_count": r.merged_count,
               "moved": r.moved_rows, "state": tr(_STATES.get((r.state or "").strip(), r.state)),
               "undone": r.undone_at, "undone_by": (r.undone_by or "").strip() or None}


# --- 102. empty classifiers -------------------------------------------------------------------
def _classifiers(p: Params):
    """Per classifier: its values, the values no client of the base carries, the clients of the
    base with and without a value of it (``base`` = every client of the base, the same each row)."""
    base = client_base(p)
    values = (select(func.count(ClassifierValue.id)).where(ClassifierValue.classifier_id == Classifier.id)
              .scalar_subquery())
    cv = ClassifierValue.__table__.alias("cv")
    cc = ClientClassifier.__table__.alias("cc")
    used = (select(Client.id).select_from(cc).join(Client, Client.id == cc.c.client_id)
            .where(cc.c.value_id == cv.c.id, *base).exists())
    unused = select(func.count(cv.c.id)).where(cv.c.classifier_id == Classifier.id, ~used).scalar_subquery()
    carries = (select(ClientClassifier.client_id).select_from(ClientClassifier)
               .join(ClassifierValue, ClassifierValue.id == ClientClassifier.value_id)
               .where(ClientClassifier.client_id == Client.id, ClassifierValue.classifier_id == Classifier.id)
               .correlate(Client, Classifier).exists())
    classified = select(func.count(Client.id)).where(carries, *base).correlate(Classifier).scalar_subquery()
    total = select(func.count(Client.id)).where(*base).scalar_subquery()
    return (select(Classifier.name.label("classifier"), values.label("values"), unused.label("unused"),
                   classified.label("classified"), total.label("base"))
            .order_by(Classifier.sort_order, Classifier.name))


# --- 105. records not updated for N months ----------------------------------------------------
def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier (the month's last day when it is shorter)."""
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    return dt.date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def _not_updated(p: Params):
    saved = func.coalesce(Client.changed_at, Client.created_at)
    cutoff = dt.datetime.combine(months_before(p.today, int(p.months)), dt.time())
    return (select(Client.name.label("client"), manager_name().label("manager"),
                   cast(Client.created_at, Date).label("created"), saved.label("saved"),
                   ClientStats.last_contact_at.label("last_contact"),
                   days_between(saved, sql_date(p.today)).label("idle_days"))
            .select_from(Client).outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
            .outerjoin(ClientStats, ClientStats.client_id == Client.id)
            .where(saved < cutoff, *client_base(p))
            .order_by(saved, Client.search_name, Client.id))


# --- 108. field fill-rate by manager ----------------------------------------------------------
def _filled(col):
    return and_(col.is_not(None), func.trim(col) != literal_column("''"))


_FILL = (("phone", QT_TRANSLATE_NOOP("reports", "Phone")), ("email", QT_TRANSLATE_NOOP("reports", "E-mail")),
         ("city", QT_TRANSLATE_NOOP("reports", "City")), ("source", QT_TRANSLATE_NOOP("reports", "Source")),
         ("classified", QT_TRANSLATE_NOOP("reports", "Classifier")))


def _fill_rate(p: Params):
    company = Client.kind == literal_column("'COMPANY'")
    classified = exists().where(ClientClassifier.client_id == Client.id)
    return (select(manager_name().label("manager"), func.count(Client.id).label("clients"),
                   count_if(_filled(Client.main_phone)).label("phone_n"),
                   count_if(_filled(Client.main_email)).label("email_n"),
                   count_if(_filled(Client.city)).label("city_n"),
                   count_if(Client.source_id.is_not(None)).label("source_n"),
                   count_if(classified).label("classified_n"),
                   count_if(company).label("companies"), count_if(and_(company, _filled(Client.inn))).label("inn_n"))
            .select_from(Client).outerjoin(CrmUser, CrmUser.id == Client.responsible_id).where(*client_base(p))
            .group_by(CrmUser.full_name, Client.responsible_id)
            .order_by(CrmUser.full_name.asc().nulls_last(), Client.responsible_id))


# --- 109. stale stages ------------------------------------------------------------------------
def _stale_stages(p: Params):
    conds = [Deal.outcome == literal_column("'OPEN'")]
    if p.get("manager") is not None:
        conds.append(Deal.responsible_id == int(p["manager"]))
    x = (select(Deal.funnel_id, Deal.stage_id, days_between(last_activity(), sql_date(p.today)).label("idle"))
         .where(*conds).subquery("x"))
    stale = x.c.idle >= literal_column(str(int(p.days)), Integer)
    return (select(Funnel.name.label("funnel"), Stage.name.label("stage"), func.count().label("open_n"),
                   count_if(stale).label("stale_n"), func.max(x.c.idle).label("oldest"))
            .select_from(x).join(Stage, Stage.id == x.c.stage_id).join(Funnel, Funnel.id == x.c.funnel_id)
            .group_by(Funnel.sort_order, Funnel.name, Funnel.id, Stage.sort_order, Stage.name, Stage.id)
            .order_by(Funnel.sort_order, Funnel.name, Funnel.id, Stage.sort_order, Stage.id))


# --- 110. reference-list usage ----------------------------------------------------------------
_LISTS = (QT_TRANSLATE_NOOP("reports", "Sources"), QT_TRANSLATE_NOOP("reports", "Lost reasons"),
          QT_TRANSLATE_NOOP("reports", "Tags"), QT_TRANSLATE_NOOP("reports", "Products"))
_CLASSIFIER = QT_TRANSLATE_NOOP("reports", "Classifier: ")


def _usage(p: Params):
    """One row per value of the editable lists (sources, lost reasons, tags, classifier values,
    products) with the clients of the base and the deals that use it."""
    base = client_base(p)
    deal_conds = [Deal.responsible_id == int(p["manager"])] if p.get("manager") is not None else []
    zero = literal_column("CAST(0 AS BIGINT)", Integer)

    def clients(*where, via=None):
        q = select(func.count(Client.id))
        if via is not None:  # a link table: Client joined to it, correlated on the list's own table only
            q = select(func.count(via.c.client_id)).select_from(via.join(Client, Client.id == via.c.client_id))
        return q.where(*where, *base).scalar_subquery()

    def deals(*where):
        return select(func.count(Deal.id)).where(*where, *deal_conds).scalar_subquery()

    def branch(order, list_title, value, value_order, n_clients, n_deals, from_):
        return select(literal_column(str(order), Integer).label("list_order"), list_title.label("list"),
                      value_order.label("value_order"), value.label("value"), n_clients.label("clients"),
                      n_deals.label("deals")).select_from(from_)

    no_order = literal_column("0", Integer)
    ct, cc = ClientTag.__table__, ClientClassifier.__table__
    lines = DealLine.__table__.join(Deal, Deal.id == DealLine.deal_id)
    bought = (select(func.count(func.distinct(Deal.client_id))).select_from(lines)
              .where(DealLine.product_id == Product.id, *deal_conds).scalar_subquery())
    in_deals = (select(func.count(func.distinct(Deal.id))).select_from(lines)
                .where(DealLine.product_id == Product.id, *deal_conds).scalar_subquery())
    u = union_all(
        branch(1, text_literal(_LISTS[0]), Source.name, no_order, clients(Client.source_id == Source.id),
               deals(Deal.source_id == Source.id), Source),
        branch(2, text_literal(_LISTS[1]), LostReason.name, LostReason.sort_order,
               clients(Client.lost_reason_id == LostReason.id), deals(Deal.lost_reason_id == LostReason.id),
               LostReason),
        branch(3, text_literal(_LISTS[2]), Tag.name, no_order, clients(ct.c.tag_id == Tag.id, via=ct), zero, Tag),
        branch(4, text_literal(_CLASSIFIER).op("||")(Classifier.name), ClassifierValue.name,
               ClassifierValue.sort_order, clients(cc.c.value_id == ClassifierValue.id, via=cc), zero,
               ClassifierValue.__table__.join(Classifier.__table__, Classifier.id == ClassifierValue.classifier_id)),
        branch(5, text_literal(_LISTS[3]), Product.name, no_order, bought, in_deals, Product),
    ).subquery("u")
    q = select(u.c.list, u.c.value, u.c.clients, u.c.deals)
    if p.get("unused"):
        q = q.where(u.c.clients + u.c.deals == 0)
    return q.order_by(u.c.list_order, u.c.list, u.c.value_order, u.c.value)


def _client_col():
    return Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=3)


def _manager_col():
    return Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2)


REPORTS: list[Definition] = [
    Report(
        id="quality.duplicates", category="I", ref=(99,),
        title=QT_TRANSLATE_NOOP("reports", "Possible duplicates"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients are probably entered twice (same phone, e-mail, INN "
                                              "or a similar name)?"),
        params=(MIN_SCORE, MANAGER, LIMIT), rows=_duplicates, group_by=("grp",), orientation="landscape",
        columns=(Col("grp", QT_TRANSLATE_NOOP("reports", "Group"), visible=False),
                 _client_col(),
                 Col("score", QT_TRANSLATE_NOOP("reports", "Score"), "int"),
                 Col("reasons", QT_TRANSLATE_NOOP("reports", "Reasons"), width=2),
                 Col("city", QT_TRANSLATE_NOOP("reports", "City"), width=1.5),
                 Col("inn", QT_TRANSLATE_NOOP("reports", "INN"), width=1.3),
                 Col("phone", QT_TRANSLATE_NOOP("reports", "Phone"), "phone", width=1.6),
                 Col("email", QT_TRANSLATE_NOOP("reports", "E-mail"), width=2),
                 _manager_col()),
    ),
    Report(
        id="quality.invalid_contacts", category="I", ref=(100,),
        title=QT_TRANSLATE_NOOP("reports", "Invalid phones and e-mails"),
        question=QT_TRANSLATE_NOOP("reports", "Which phone numbers and e-mail addresses would the card not accept?"),
        params=(MANAGER, LIMIT), rows=_invalid, orientation="landscape",
        columns=(_client_col(), _manager_col(),
                 Col("kind", QT_TRANSLATE_NOOP("reports", "What")),
                 Col("value", QT_TRANSLATE_NOOP("reports", "Value"), width=2),
                 Col("problem", QT_TRANSLATE_NOOP("reports", "Problem"), width=4)),
    ),
    Report(
        id="quality.missing_fields", category="I", ref=(101,),
        title=QT_TRANSLATE_NOOP("reports", "Clients missing mandatory fields"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients lack a manager, a way to reach them, an INN, a city "
                                              "or a required custom field?"),
        params=(MANAGER, LIMIT), rows=_missing,
        columns=(_client_col(), _manager_col(),
                 Col("missing", QT_TRANSLATE_NOOP("reports", "Missing"), width=4),
                 Col("gaps", QT_TRANSLATE_NOOP("reports", "Gaps"), "int", total="sum")),
    ),
    Report(
        id="quality.contacts_unreachable", category="I", ref=(103,),
        title=QT_TRANSLATE_NOOP("reports", "Contacts without a phone or e-mail"),
        question=QT_TRANSLATE_NOOP("reports", "Which contact persons can nobody call or write to?"),
        params=(MANAGER, LIMIT), query=_contacts_unreachable,
        columns=(_client_col(),
                 Col("contact", QT_TRANSLATE_NOOP("reports", "Contact person"), width=3),
                 Col("job", QT_TRANSLATE_NOOP("reports", "Job title"), width=2),
                 _manager_col()),
    ),
    Report(
        id="quality.orphaned_deals", category="I", ref=(104,),
        title=QT_TRANSLATE_NOOP("reports", "Deals of merged or archived clients"),
        question=QT_TRANSLATE_NOOP("reports", "Which deals hang on a client that was merged away or archived?"),
        params=(MANAGER, LIMIT), query=_orphaned, orientation="landscape",
        columns=(Col("deal", QT_TRANSLATE_NOOP("reports", "Deal"), width=3), _client_col(),
                 Col("why", QT_TRANSLATE_NOOP("reports", "Client state"), width=2.5), _manager_col(),
                 Col("created", QT_TRANSLATE_NOOP("reports", "Created"), "date"),
                 Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", total="sum")),
    ),
    Report(
        id="quality.merge_history", category="I", ref=(107,),
        title=QT_TRANSLATE_NOOP("reports", "Merge history"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients were merged, by whom, and what was undone?"),
        params=(PERIOD,), rows=_merge_history, orientation="landscape",
        columns=(Col("at", QT_TRANSLATE_NOOP("reports", "Merged at"), "datetime", width=1.5),
                 Col("by", QT_TRANSLATE_NOOP("reports", "By")),
                 Col("survivor", QT_TRANSLATE_NOOP("reports", "Kept client"), width=2.5),
                 Col("merged", QT_TRANSLATE_NOOP("reports", "Merged clients"), width=3.5),
                 Col("merged_count", QT_TRANSLATE_NOOP("reports", "Merged"), "int", total="sum"),
                 Col("moved", QT_TRANSLATE_NOOP("reports", "Rows moved"), "int", total="sum"),
                 Col("state", QT_TRANSLATE_NOOP("reports", "State")),
                 Col("undone", QT_TRANSLATE_NOOP("reports", "Undone at"), "datetime", width=1.5),
                 Col("undone_by", QT_TRANSLATE_NOOP("reports", "Undone by"))),
    ),
    Report(
        id="quality.empty_classifiers", category="I", ref=(102,),
        title=QT_TRANSLATE_NOOP("reports", "Empty classifiers"),
        question=QT_TRANSLATE_NOOP("reports", "Which classifiers are left empty: how many clients of the base carry "
                                              "no value of each, and which values nobody uses? (The totals count "
                                              "client × classifier slots.)"),
        params=(MANAGER,), query=_classifiers,
        steps=(Diff("unclassified", "base", "classified"), Div("empty_share", "unclassified", "base")),
        columns=(Col("classifier", QT_TRANSLATE_NOOP("reports", "Classifier"), width=3),
                 Col("values", QT_TRANSLATE_NOOP("reports", "Values"), "int", total="sum"),
                 Col("unused", QT_TRANSLATE_NOOP("reports", "Unused values"), "int", total="sum"),
                 Col("classified", QT_TRANSLATE_NOOP("reports", "Clients with a value"), "int", total="sum"),
                 Col("unclassified", QT_TRANSLATE_NOOP("reports", "Clients without a value"), "int", total="sum"),
                 Col("base", QT_TRANSLATE_NOOP("reports", "Clients"), "int", total="sum", visible=False),
                 Col("empty_share", QT_TRANSLATE_NOOP("reports", "Share without a value"), "percent",
                     total=Ratio("unclassified", "base"))),
    ),
    Report(
        id="quality.not_updated", category="I", ref=(105,),
        title=QT_TRANSLATE_NOOP("reports", "Clients not updated for N months"),
        question=QT_TRANSLATE_NOOP("reports", "Whose cards has nobody saved for N months? A card counts as updated "
                                              "when it was last saved (or, never saved, created) on or after the "
                                              "same day N months ago; calls and deals do not count."),
        params=(Param("months", "int", QT_TRANSLATE_NOOP("reports", "Months without an update"), default=12,
                      minimum=1, maximum=240), MANAGER, LIMIT),
        query=_not_updated, limit="limit", orientation="landscape",
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), total="count", width=3), _manager_col(),
                 Col("created", QT_TRANSLATE_NOOP("reports", "Created"), "date"),
                 Col("saved", QT_TRANSLATE_NOOP("reports", "Last saved"), "datetime", width=1.5),
                 Col("last_contact", QT_TRANSLATE_NOOP("reports", "Last contact"), "datetime", width=1.5),
                 Col("idle_days", QT_TRANSLATE_NOOP("reports", "Days since saved"), "int", total="max")),
    ),
    Report(
        id="quality.fill_rate", category="I", ref=(108,),
        title=QT_TRANSLATE_NOOP("reports", "Field fill-rate by manager"),
        question=QT_TRANSLATE_NOOP("reports", "How completely does each manager fill in the cards of his clients "
                                              "(phone, e-mail, city, source, any classifier value, and the INN of "
                                              "companies)?"),
        params=(MANAGER,), query=_fill_rate, orientation="landscape",
        steps=tuple(Div(k, f"{k}_n", "clients") for k, _t in _FILL) + (Div("inn", "inn_n", "companies"),),
        columns=(_manager_col(), Col("clients", QT_TRANSLATE_NOOP("reports", "Clients"), "int", total="sum"),
                 *(Col(k, t, "percent", total=Ratio(f"{k}_n", "clients")) for k, t in _FILL),
                 Col("companies", QT_TRANSLATE_NOOP("reports", "Companies"), "int", total="sum"),
                 Col("inn", QT_TRANSLATE_NOOP("reports", "INN"), "percent", total=Ratio("inn_n", "companies")),
                 *(Col(f"{k}_n", t, "int", total="sum", visible=False) for k, t in _FILL),
                 Col("inn_n", QT_TRANSLATE_NOOP("reports", "INN"), "int", total="sum", visible=False)),
    ),
    Report(
        id="quality.stale_stages", category="I", ref=(109,),
        title=QT_TRANSLATE_NOOP("reports", "Stale stages"),
        question=QT_TRANSLATE_NOOP("reports", "In which stages do open deals lie untouched? A deal is untouched when "
                                              "its last activity (stage entry, a call or note on it, a task of it "
                                              "done or changed) is at least N days old."),
        params=(Param("days", "int", QT_TRANSLATE_NOOP("reports", "Untouched for days"), default=30, minimum=1,
                      maximum=3650), MANAGER),
        query=_stale_stages, group_by=("funnel",),
        steps=(Div("stale_share", "stale_n", "open_n"),),
        columns=(Col("funnel", QT_TRANSLATE_NOOP("reports", "Funnel"), visible=False),
                 Col("stage", QT_TRANSLATE_NOOP("reports", "Stage"), width=3),
                 Col("open_n", QT_TRANSLATE_NOOP("reports", "Open deals"), "int", total="sum"),
                 Col("stale_n", QT_TRANSLATE_NOOP("reports", "Untouched"), "int", total="sum"),
                 Col("stale_share", QT_TRANSLATE_NOOP("reports", "Share untouched"), "percent",
                     total=Ratio("stale_n", "open_n")),
                 Col("oldest", QT_TRANSLATE_NOOP("reports", "Longest idle, days"), "int", total="max")),
    ),
    Report(
        id="quality.list_usage", category="I", ref=(110,),
        title=QT_TRANSLATE_NOOP("reports", "Reference-list usage"),
        question=QT_TRANSLATE_NOOP("reports", "How many clients and deals use each value of the reference lists "
                                              "(sources, lost reasons, tags, classifier values, products), and "
                                              "which values nobody uses?"),
        params=(Param("unused", "bool", QT_TRANSLATE_NOOP("reports", "Only unused values"), default=False),
                MANAGER),
        query=_usage, group_by=("list",),
        columns=(Col("list", QT_TRANSLATE_NOOP("reports", "List"), visible=False),
                 Col("value", QT_TRANSLATE_NOOP("reports", "Value"), width=3),
                 Col("clients", QT_TRANSLATE_NOOP("reports", "Clients"), "int", total="sum"),
                 Col("deals", QT_TRANSLATE_NOOP("reports", "Deals"), "int", total="sum")),
    ),
]

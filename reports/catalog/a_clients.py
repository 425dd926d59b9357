"""A. Client base (REPORTS.md 1–12, 15, 19; 13 and 14 are the printable cards).

Terms (REPORTS.md): a **sleeping client** has had no contact for N days (default 60), judged by
``CLIENT_STATS.LAST_CONTACT_AT`` (an interaction that reached the client; attempts and notes do not
count) or, never contacted, by its creation date. "The client base" = clients not merged into
another and, unless the *Include archived* parameter is on, not archived. A **customer** is a
client with status ACTIVE or REGULAR. "N days ago" is midnight of ``today - N``. A client's
**contract** is the contract form (H 93, ``documents.contract``) printed or exported for one of its
deals: the model has no contract date, so the audit trail's last such run is the contract's date.
Everything is counted in SQL (100k-client databases); long lists carry a row limit.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, and_, cast, exists, func, literal_column, or_, select

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from db.models import (
    AuditLog,
    Classifier,
    ClassifierValue,
    Client,
    ClientClassifier,
    ClientEmail,
    ClientPhone,
    ClientStats,
    ClientStatusHistory,
    Contact,
    CrmUser,
    Deal,
    Department,
    LostReason,
    Source,
    Task,
)
from reports.catalog.e_sales import offer_deal_id as audit_deal_id
from reports.queries.deals import money_sum, period_label
from reports.queries.labels import (
    CUSTOMER,
    NOT_SET,
    STATUS_ORDER,
    STATUS_TITLES,
    at_midnight,
    client_base,
    core_rows,
    count_if,
    days_between,
    manager_name,
    sql_date,
    sql_text,
    tr,
)
from reports.spec import Chart, Codes, Col, Definition, Diff, Div, Every, Param, Params, Ratio, Report, Share

MANAGER = Param("manager", "manager", QT_TRANSLATE_NOOP("reports", "Manager"))
ARCHIVED = Param("archived", "bool", QT_TRANSLATE_NOOP("reports", "Include archived clients"), default=False)
PERIOD_YEAR = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="last_12_months")
PERIOD_MONTH = Param("period", "period", QT_TRANSLATE_NOOP("reports", "Period"), default="this_month")
LIMIT = Param("limit", "int", QT_TRANSLATE_NOOP("reports", "At most rows"), default=1000, minimum=1, maximum=100000)
INCLUDE_LOST = Param("include_lost", "bool", QT_TRANSLATE_NOOP("reports", "Include lost clients"), default=False)


def _or_not_set(col):
    return func.coalesce(col, sql_text(tr(NOT_SET)))


def _clients_col() -> Col:
    return Col("clients", QT_TRANSLATE_NOOP("reports", "Clients"), "int", total="sum")


# --- 2. new clients ---------------------------------------------------------------------------
def _new_by_month(p: Params):
    month = period_label(Client.created_at, "month")
    return (select(month.label("month"), func.count(Client.id).label("new"),
                   count_if(Client.kind == "COMPANY").label("companies"))
            .where(Client.created_at >= p.period.start_ts, Client.created_at < p.period.end_ts,
                   *client_base(p, archived=True))
            .group_by(month).order_by(month))


def _new_by_manager(p: Params):
    n = func.count(Client.id)
    q = (select(manager_name().label("manager"), n.label("new"), count_if(Client.kind == "COMPANY").label("companies"),
                count_if(Client.kind == "PERSON").label("persons"))
         .select_from(Client).outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
         .where(Client.created_at >= p.period.start_ts, Client.created_at < p.period.end_ts,
                *client_base(p, archived=True))
         .group_by(CrmUser.id, CrmUser.full_name)
         .order_by(n.desc(), CrmUser.full_name.asc().nulls_last()))
    return q


# --- 3–7. distributions -----------------------------------------------------------------------
def _by_status(p: Params):
    return (select(Client.status.label("code"), func.count(Client.id).label("clients"),
                count_if(ClientStats.open_deals > 0).label("with_deals"),
                money_sum(ClientStats.open_deals_amount).label("open_amount"))
         .select_from(Client).outerjoin(ClientStats, ClientStats.client_id == Client.id)
         .where(*client_base(p))
         .group_by(Client.status))


def _classifier_id(conn, wanted) -> int | None:
    """The classifier the user named (its name in any case, or its number); None = all of them."""
    if wanted is None or str(wanted).strip() == "":
        return None
    text = str(wanted).strip()
    known = conn.execute(select(Classifier.id, Classifier.name).order_by(Classifier.sort_order, Classifier.name)).all()
    for cid, name in known:
        if name.casefold() == text.casefold() or text.isdigit() and int(text) == cid:
            return cid
    raise ValidationError("classifier", tr(QT_TRANSLATE_NOOP("reports", "There is no classifier \u201c{name}\u201d. "
                                                             "Known: {names}.")).format(
        name=text, names=", ".join(n for _, n in known) or "-"))


def _by_classifier(conn, p: Params):
    base = client_base(p)
    chosen = _classifier_id(conn, p.get("classifier"))
    cls = [Classifier.id == chosen] if chosen is not None else []
    per_value = (select(Classifier.id.label("cid"), Classifier.name.label("classifier"),
                        ClassifierValue.name.label("value"), func.count(Client.id).label("clients"))
                 .select_from(ClassifierValue).join(Classifier, Classifier.id == ClassifierValue.classifier_id)
                 .outerjoin(ClientClassifier, ClientClassifier.value_id == ClassifierValue.id)
                 .outerjoin(Client, and_(Client.id == ClientClassifier.client_id, *base))
                 .where(*cls)
                 .group_by(Classifier.sort_order, Classifier.name, Classifier.id, ClassifierValue.sort_order,
                           ClassifierValue.name, ClassifierValue.id)
                 .order_by(Classifier.sort_order, Classifier.name, Classifier.id, ClassifierValue.sort_order,
                           ClassifierValue.name))
    # clients with at least one value of each classifier (a multi-valued one counts a client once)
    classified = dict(conn.execute(
        select(ClassifierValue.classifier_id, func.count(func.distinct(Client.id)))
        .select_from(ClientClassifier).join(ClassifierValue, ClassifierValue.id == ClientClassifier.value_id)
        .join(Client, Client.id == ClientClassifier.client_id)
        .where(*base).group_by(ClassifierValue.classifier_id)).all())
    total = conn.execute(select(func.count(Client.id)).where(*base)).scalar() or 0
    out: list[dict] = []

    def close(cid, name):
        n = total - classified.get(cid, 0)
        out.append({"classifier": name, "value": tr(NOT_SET), "clients": n, "share": n / total if total else None})

    last = None
    for r in core_rows(conn, per_value):
        if last is not None and last[0] != r["cid"]:
            close(*last)
        last = (r["cid"], r["classifier"])
        n = int(r["clients"])
        out.append({"classifier": r["classifier"], "value": r["value"], "clients": n,
                    "share": n / total if total else None})
    if last is not None:
        close(*last)
    return out


def _by_source(p: Params):
    n = func.count(Client.id)
    return (select(_or_not_set(Source.name).label("source"), n.label("clients"),
                count_if(Client.status.in_(CUSTOMER)).label("customers"),
                count_if(Client.status == "LOST").label("lost"))
         .select_from(Client).outerjoin(Source, Source.id == Client.source_id)
         .where(*client_base(p))
         .group_by(Source.id, Source.name)
         .order_by(n.desc(), Source.name.asc().nulls_last()))


def _by_region(p: Params):
    n = func.count(Client.id)
    return (select(_or_not_set(Client.region).label("region"), _or_not_set(Client.city).label("city"),
                   n.label("clients"), count_if(Client.status.in_(CUSTOMER)).label("customers"),
                   count_if(Client.status == "LOST").label("lost"))
            .where(*client_base(p))
            .group_by(Client.region, Client.city)
            .order_by(Client.region.asc().nulls_last(), n.desc(), Client.city.asc().nulls_last())
            .limit(p.limit))


def _by_manager(p: Params):
    n = func.count(Client.id)
    cols = [count_if(Client.status == code).label(code.lower()) for code in STATUS_ORDER]
    return (select(manager_name().label("manager"), Department.name.label("department"), n.label("clients"), *cols,
                   func.coalesce(func.sum(ClientStats.open_deals), 0).label("open_deals"),
                   money_sum(ClientStats.open_deals_amount).label("open_amount"))
            .select_from(Client).outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
            .outerjoin(Department, Department.id == CrmUser.department_id)
            .outerjoin(ClientStats, ClientStats.client_id == Client.id)
            .where(*client_base(p))
            .group_by(CrmUser.id, CrmUser.full_name, Department.name)
            .order_by(n.desc(), CrmUser.full_name.asc().nulls_last()))


# --- 8–11. lists --------------------------------------------------------------------------------
def _no_manager(p: Params):
    return (select(Client.name.label("client"), Client.status.label("status"), Client.city.label("city"),
                Source.name.label("source"), Client.created_at.label("created"),
                ClientStats.last_contact_at.label("last_contact"),
                func.coalesce(ClientStats.open_deals_amount, 0).label("open_amount"))
         .select_from(Client).outerjoin(Source, Source.id == Client.source_id)
         .outerjoin(ClientStats, ClientStats.client_id == Client.id)
         .where(Client.responsible_id.is_(None), *client_base(p))
         .order_by(Client.created_at.desc(), Client.id.desc())
         .limit(p.limit))


def _silence_since():
    return func.coalesce(ClientStats.last_contact_at, Client.created_at)


def _sleeping(p: Params):
    cutoff = at_midnight(p.today - dt.timedelta(days=p.days))
    since = _silence_since()
    q = (select(Client.name.label("client"), CrmUser.full_name.label("manager"), Client.status.label("status"),
                ClientStats.last_contact_at.label("last_contact"),
                days_between(since, sql_date(p.today)).label("days"),
                ClientStats.last_attempt_at.label("last_attempt"),
                func.coalesce(ClientStats.open_deals_amount, 0).label("open_amount"))
         .select_from(Client).outerjoin(ClientStats, ClientStats.client_id == Client.id)
         .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
         .where(since < cutoff, *client_base(p))
         .order_by(since, Client.search_name, Client.id)
         .limit(p.limit))
    if not p.get("include_lost"):
        q = q.where(Client.status != "LOST")
    return q


def _no_next_step(p: Params):
    open_task = exists().where(Task.client_id == Client.id, Task.status == "OPEN")
    deal_step = exists().where(Deal.client_id == Client.id, Deal.outcome == "OPEN", Deal.next_step_at.is_not(None))
    amount = func.coalesce(ClientStats.open_deals_amount, 0)
    q = (select(Client.name.label("client"), CrmUser.full_name.label("manager"), Client.status.label("status"),
                ClientStats.last_contact_at.label("last_contact"),
                func.coalesce(ClientStats.open_deals, 0).label("open_deals"), amount.label("open_amount"))
         .select_from(Client).outerjoin(ClientStats, ClientStats.client_id == Client.id)
         .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
         .where(~open_task, ~deal_step, *client_base(p))
         .order_by(amount.desc(), ClientStats.last_contact_at.asc().nulls_first(), Client.search_name, Client.id)
         .limit(p.limit))
    if not p.get("include_lost"):
        q = q.where(Client.status != "LOST")
    return q


def _lost_where(p: Params) -> list:
    return [Client.status == "LOST", Client.status_changed_at >= p.period.start_ts,
            Client.status_changed_at < p.period.end_ts, *client_base(p, archived=True)]


def _lost_by_reason(p: Params):
    n = func.count(Client.id)
    return (select(_or_not_set(LostReason.name).label("reason"), n.label("clients"))
         .select_from(Client).outerjoin(LostReason, LostReason.id == Client.lost_reason_id)
         .where(*_lost_where(p))
         .group_by(LostReason.id, LostReason.name)
         .order_by(n.desc(), LostReason.name.asc().nulls_last()))


def _lost_list(p: Params):
    return (select(_or_not_set(LostReason.name).label("reason"), Client.name.label("client"),
                   CrmUser.full_name.label("manager"), Client.status_changed_at.label("lost_at"),
                   ClientStats.last_contact_at.label("last_contact"), Client.created_at.label("created"))
            .select_from(Client).outerjoin(LostReason, LostReason.id == Client.lost_reason_id)
            .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
            .outerjoin(ClientStats, ClientStats.client_id == Client.id)
            .where(*_lost_where(p))
            .order_by(LostReason.name.asc().nulls_last(), Client.status_changed_at, Client.id)
            .limit(p.limit))


# --- 12. status transitions -----------------------------------------------------------------------
def _transitions(p: Params):
    h = ClientStatusHistory
    known = h.to_status.in_(STATUS_ORDER)
    q = (select(h.from_status.label("from_status"),
                *[count_if(h.to_status == t).label("to_" + t.lower()) for t in STATUS_ORDER],
                count_if(known).label("moves"))
         .select_from(h).join(Client, Client.id == h.client_id)
         .where(h.changed_at >= p.period.start_ts, h.changed_at < p.period.end_ts,
                or_(h.from_status.is_(None), h.from_status.in_(STATUS_ORDER)))
         .group_by(h.from_status))
    if p.get("manager") is not None:
        q = q.where(Client.responsible_id == p["manager"])
    return q


# --- 15. contact persons -----------------------------------------------------------------------------
def _contacts(p: Params):
    phone = (select(ClientPhone.phone).where(ClientPhone.contact_id == Contact.id)
             .order_by(ClientPhone.is_primary.desc(), ClientPhone.id).limit(1).scalar_subquery())
    email = (select(ClientEmail.email).where(ClientEmail.contact_id == Contact.id)
             .order_by(ClientEmail.is_primary.desc(), ClientEmail.id).limit(1).scalar_subquery())
    q = (select(Client.name.label("client"), Contact.full_name.label("contact"), Contact.job_title.label("job_title"),
                phone.label("phone"), email.label("email"), Contact.birthday.label("birthday"))
         .select_from(Contact).join(Client, Client.id == Contact.client_id)
         .where(*client_base(p))
         .order_by(Client.search_name, Client.id, Contact.is_primary.desc(), Contact.full_name, Contact.id)
         .limit(p.limit))
    if p.get("client") is not None:
        q = q.where(Client.id == p["client"])
    return q


# --- 19. contracts due for renewal ------------------------------------------------------------
# how a printed or exported contract is written to the audit trail: "documents.contract deal=12, …"
CONTRACT_EVENT = "documents.contract "


def _renewals(p: Params):
    """Per client of the base: the last contract run (printed or exported) for any of its deals, the
    renewal date ``term`` months later, and the days left until it (negative: already due). Listed
    when the renewal date is at most ``window`` days ahead of today (overdue ones included)."""
    runs = (select(audit_deal_id().label("deal_id"), func.max(AuditLog.logged_at).label("at"))
            .where(AuditLog.action.in_(("REPORT", "EXPORT")),
                   AuditLog.details.op("STARTING WITH")(literal_column(f"'{CONTRACT_EVENT}'")),
                   AuditLog.details.op("CONTAINING")(literal_column("'deal='")))
            .group_by(audit_deal_id()).subquery("runs"))
    last = (select(Deal.client_id.label("client_id"), func.max(runs.c.at).label("at"))
            .select_from(runs.join(Deal, Deal.id == runs.c.deal_id)).group_by(Deal.client_id).subquery("last"))
    due = cast(func.dateadd(literal_column("MONTH"), literal_column(str(int(p.term))), last.c.at), Date)
    horizon = p.today + dt.timedelta(days=int(p.window))
    return (select(Client.name.label("client"), manager_name().label("manager"), Client.status.label("status"),
                   last.c.at.label("contract_at"), due.label("due"),
                   func.datediff(literal_column("DAY"), sql_date(p.today), due).label("days_left"))
            .select_from(last.join(Client, Client.id == last.c.client_id))
            .outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
            .where(due <= horizon, *client_base(p))
            .order_by(due, Client.search_name, Client.id))


# --- 1. client list with selected columns -----------------------------------------------------
_KINDS = {"COMPANY": QT_TRANSLATE_NOOP("reports", "Company"), "PERSON": QT_TRANSLATE_NOOP("reports", "Person")}


def _client_list(p: Params):
    q = (select(Client.name.label("client"), Client.kind.label("kind"), Client.status.label("status"),
                manager_name().label("manager"), Client.city.label("city"), Client.region.label("region"),
                Client.main_phone.label("phone"), Client.main_email.label("email"), Client.inn.label("inn"),
                Source.name.label("source"), Client.tags_text.label("tags"),
                cast(Client.created_at, Date).label("created"), ClientStats.last_contact_at.label("last_contact"),
                ClientStats.next_step_at.label("next_step_at"), ClientStats.next_step.label("next_step"),
                func.coalesce(ClientStats.open_deals, 0).label("open_deals"),
                func.coalesce(ClientStats.open_deals_amount, 0).label("open_amount"))
         .select_from(Client).outerjoin(CrmUser, CrmUser.id == Client.responsible_id)
         .outerjoin(Source, Source.id == Client.source_id).outerjoin(ClientStats, ClientStats.client_id == Client.id)
         .where(*client_base(p)).order_by(Client.search_name, Client.id))
    if p.get("status"):
        q = q.where(Client.status == p["status"])
    return q


_SHARE = QT_TRANSLATE_NOOP("reports", "Share")
_STATUS = Codes("status", STATUS_TITLES)

REPORTS: list[Definition] = [
    Report(
        id="clients.new.by_month", category="A", ref=(2,),
        title=QT_TRANSLATE_NOOP("reports", "New clients by month"),
        question=QT_TRANSLATE_NOOP("reports", "How many clients did we gain each month?"),
        params=(PERIOD_YEAR, MANAGER), query=_new_by_month, fill="periods",
        steps=(Diff("persons", "new", "companies"),),
        columns=(Col("month", QT_TRANSLATE_NOOP("reports", "Month")),
                 Col("new", QT_TRANSLATE_NOOP("reports", "New clients"), "int", total="sum"),
                 Col("companies", QT_TRANSLATE_NOOP("reports", "Companies"), "int", total="sum"),
                 Col("persons", QT_TRANSLATE_NOOP("reports", "Persons"), "int", total="sum")),
        chart=Chart("bar", x="month", y=("new",)),
    ),
    Report(
        id="clients.new.by_manager", category="A", ref=(2,),
        title=QT_TRANSLATE_NOOP("reports", "New clients by manager"),
        question=QT_TRANSLATE_NOOP("reports", "Who brought in the new clients of the period?"),
        params=(PERIOD_MONTH,), query=_new_by_manager, steps=(Share("share", "new"),),
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=3),
                 Col("new", QT_TRANSLATE_NOOP("reports", "New clients"), "int", total="sum"),
                 Col("share", _SHARE, "percent", total=Ratio("new", "new")),
                 Col("companies", QT_TRANSLATE_NOOP("reports", "Companies"), "int", total="sum"),
                 Col("persons", QT_TRANSLATE_NOOP("reports", "Persons"), "int", total="sum")),
        chart=Chart("hbar", x="manager", y=("new",)),
    ),
    Report(
        id="clients.by_status", category="A", ref=(3,),
        title=QT_TRANSLATE_NOOP("reports", "Clients by status"),
        question=QT_TRANSLATE_NOOP("reports", "How is the client base spread over the lifecycle?"),
        params=(MANAGER, ARCHIVED), query=_by_status,
        steps=(Every("code", STATUS_ORDER), Codes("status", STATUS_TITLES, source="code"), Share("share", "clients")),
        columns=(Col("status", QT_TRANSLATE_NOOP("reports", "Status"), width=2), _clients_col(),
                 Col("share", _SHARE, "percent", total=Ratio("clients", "clients")),
                 Col("with_deals", QT_TRANSLATE_NOOP("reports", "With open deals"), "int", total="sum"),
                 Col("open_amount", QT_TRANSLATE_NOOP("reports", "Open deals amount"), "money", total="sum",
                     width=1.5)),
        chart=Chart("pie", x="status", y=("clients",)),
    ),
    Report(
        id="clients.by_classifier", category="A", ref=(4,),
        title=QT_TRANSLATE_NOOP("reports", "Clients by classifier"),
        question=QT_TRANSLATE_NOOP("reports", "How are clients spread over the values of a classifier "
                                              "(industry, size…)?"),
        params=(Param("classifier", "classifier", QT_TRANSLATE_NOOP("reports", "Classifier")), MANAGER,
                ARCHIVED),
        rows=_by_classifier, group_by=("classifier",), grand_total=False,
        columns=(Col("classifier", QT_TRANSLATE_NOOP("reports", "Classifier")),
                 Col("value", QT_TRANSLATE_NOOP("reports", "Value"), width=3), _clients_col(),
                 Col("share", QT_TRANSLATE_NOOP("reports", "Share of the base"), "percent")),
    ),
    Report(
        id="clients.by_source", category="A", ref=(5,),
        title=QT_TRANSLATE_NOOP("reports", "Clients by source"),
        question=QT_TRANSLATE_NOOP("reports", "Which channels bring our clients, and how many become customers?"),
        params=(MANAGER, ARCHIVED), query=_by_source,
        steps=(Share("share", "clients"), Div("customer_rate", "customers", "clients")),
        columns=(Col("source", QT_TRANSLATE_NOOP("reports", "Source"), width=3), _clients_col(),
                 Col("share", _SHARE, "percent", total=Ratio("clients", "clients")),
                 Col("customers", QT_TRANSLATE_NOOP("reports", "Customers"), "int", total="sum"),
                 Col("customer_rate", QT_TRANSLATE_NOOP("reports", "Became customers"), "percent",
                     total=Ratio("customers", "clients")),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum")),
        chart=Chart("hbar", x="source", y=("clients",)),
    ),
    Report(
        id="clients.by_region", category="A", ref=(6,),
        title=QT_TRANSLATE_NOOP("reports", "Clients by region and city"),
        question=QT_TRANSLATE_NOOP("reports", "Where are our clients?"),
        params=(MANAGER, ARCHIVED, LIMIT), query=_by_region, group_by=("region",),
        columns=(Col("region", QT_TRANSLATE_NOOP("reports", "Region")),
                 Col("city", QT_TRANSLATE_NOOP("reports", "City"), width=3), _clients_col(),
                 Col("customers", QT_TRANSLATE_NOOP("reports", "Customers"), "int", total="sum"),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum")),
    ),
    Report(
        id="clients.by_manager", category="A", ref=(7,),
        title=QT_TRANSLATE_NOOP("reports", "Clients by responsible manager"),
        question=QT_TRANSLATE_NOOP("reports", "How many clients, in which statuses and with what open "
                                              "business, does each manager hold?"),
        params=(ARCHIVED,), query=_by_manager, orientation="landscape",
        columns=(Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2.5),
                 Col("department", QT_TRANSLATE_NOOP("reports", "Department"), width=2), _clients_col(),
                 Col("potential", QT_TRANSLATE_NOOP("reports", "Potential"), "int", total="sum"),
                 Col("active", QT_TRANSLATE_NOOP("reports", "Active"), "int", total="sum"),
                 Col("regular", QT_TRANSLATE_NOOP("reports", "Regular"), "int", total="sum"),
                 Col("lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum"),
                 Col("open_deals", QT_TRANSLATE_NOOP("reports", "Open deals"), "int", total="sum"),
                 Col("open_amount", QT_TRANSLATE_NOOP("reports", "Open deals amount"), "money", total="sum",
                     width=1.5)),
        chart=Chart("hbar", x="manager", y=("clients",)),
    ),
    Report(
        id="clients.no_manager", category="A", ref=(8,),
        title=QT_TRANSLATE_NOOP("reports", "Clients without a responsible manager"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients does nobody look after?"),
        params=(ARCHIVED, LIMIT), query=_no_manager, steps=(_STATUS,),
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), total="count", width=3),
                 Col("status", QT_TRANSLATE_NOOP("reports", "Status")),
                 Col("city", QT_TRANSLATE_NOOP("reports", "City"), width=1.5),
                 Col("source", QT_TRANSLATE_NOOP("reports", "Source"), width=1.5),
                 Col("created", QT_TRANSLATE_NOOP("reports", "Created"), "date"),
                 Col("last_contact", QT_TRANSLATE_NOOP("reports", "Last contact"), "datetime", width=1.3),
                 Col("open_amount", QT_TRANSLATE_NOOP("reports", "Open deals amount"), "money", total="sum",
                     width=1.5)),
    ),
    Report(
        id="clients.sleeping", category="A", ref=(9,),
        title=QT_TRANSLATE_NOOP("reports", "Sleeping clients"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients have we not reached for N days?"),
        params=(Param("days", "int", QT_TRANSLATE_NOOP("reports", "No contact for, days"), default=60, minimum=1,
                      maximum=3650), MANAGER, INCLUDE_LOST, LIMIT),
        query=_sleeping, steps=(_STATUS,),
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), total="count", width=3),
                 Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2),
                 Col("status", QT_TRANSLATE_NOOP("reports", "Status")),
                 Col("last_contact", QT_TRANSLATE_NOOP("reports", "Last contact"), "datetime", width=1.3),
                 Col("days", QT_TRANSLATE_NOOP("reports", "Days without contact"), "int"),
                 Col("last_attempt", QT_TRANSLATE_NOOP("reports", "Last attempt"), "datetime", width=1.3),
                 Col("open_amount", QT_TRANSLATE_NOOP("reports", "Open deals amount"), "money", total="sum",
                     width=1.5)),
    ),
    Report(
        id="clients.no_next_step", category="A", ref=(10,),
        title=QT_TRANSLATE_NOOP("reports", "Clients with no open task or next step"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients have nothing planned — no open task and no next "
                                              "step on an open deal?"),
        params=(MANAGER, INCLUDE_LOST, LIMIT), query=_no_next_step, steps=(_STATUS,),
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), total="count", width=3),
                 Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2),
                 Col("status", QT_TRANSLATE_NOOP("reports", "Status")),
                 Col("last_contact", QT_TRANSLATE_NOOP("reports", "Last contact"), "datetime", width=1.3),
                 Col("open_deals", QT_TRANSLATE_NOOP("reports", "Open deals"), "int", total="sum"),
                 Col("open_amount", QT_TRANSLATE_NOOP("reports", "Open deals amount"), "money", total="sum",
                     width=1.5)),
    ),
    Report(
        id="clients.lost.by_reason", category="A", ref=(11,),
        title=QT_TRANSLATE_NOOP("reports", "Lost clients by reason"),
        question=QT_TRANSLATE_NOOP("reports", "Why did the clients we lost in the period leave?"),
        params=(PERIOD_YEAR, MANAGER), query=_lost_by_reason, steps=(Share("share", "clients"),),
        columns=(Col("reason", QT_TRANSLATE_NOOP("reports", "Reason"), width=3), _clients_col(),
                 Col("share", _SHARE, "percent", total=Ratio("clients", "clients"))),
        chart=Chart("pie", x="reason", y=("clients",)),
    ),
    Report(
        id="clients.lost.list", category="A", ref=(11,),
        title=QT_TRANSLATE_NOOP("reports", "Lost clients"),
        question=QT_TRANSLATE_NOOP("reports", "Which clients did we lose in the period, and why?"),
        params=(PERIOD_YEAR, MANAGER, LIMIT), query=_lost_list, group_by=("reason",),
        columns=(Col("reason", QT_TRANSLATE_NOOP("reports", "Reason")),
                 Col("client", QT_TRANSLATE_NOOP("reports", "Client"), total="count", width=3),
                 Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2),
                 Col("lost_at", QT_TRANSLATE_NOOP("reports", "Lost on"), "date"),
                 Col("last_contact", QT_TRANSLATE_NOOP("reports", "Last contact"), "datetime", width=1.3),
                 Col("created", QT_TRANSLATE_NOOP("reports", "Client since"), "date")),
    ),
    Report(
        id="clients.status_transitions", category="A", ref=(12,),
        title=QT_TRANSLATE_NOOP("reports", "Client status transitions"),
        question=QT_TRANSLATE_NOOP("reports", "How did clients move between lifecycle statuses in the period?"),
        params=(PERIOD_YEAR, MANAGER), query=_transitions,
        steps=(Every("from_status", (None, *STATUS_ORDER)),
               Codes("from_status", STATUS_TITLES, none=QT_TRANSLATE_NOOP("reports", "(new client)"))),
        columns=(Col("from_status", QT_TRANSLATE_NOOP("reports", "From \\ to"), width=2),
                 Col("to_potential", QT_TRANSLATE_NOOP("reports", "Potential"), "int", total="sum"),
                 Col("to_active", QT_TRANSLATE_NOOP("reports", "Active"), "int", total="sum"),
                 Col("to_regular", QT_TRANSLATE_NOOP("reports", "Regular"), "int", total="sum"),
                 Col("to_lost", QT_TRANSLATE_NOOP("reports", "Lost"), "int", total="sum"),
                 Col("moves", QT_TRANSLATE_NOOP("reports", "Total"), "int", total="sum")),
    ),
    Report(
        id="clients.contacts", category="A", ref=(15,),
        title=QT_TRANSLATE_NOOP("reports", "Contact persons"),
        question=QT_TRANSLATE_NOOP("reports", "Who are the people we deal with at our clients, and how do we "
                                              "reach them?"),
        params=(MANAGER, Param("client", "client", QT_TRANSLATE_NOOP("reports", "Client")), ARCHIVED, LIMIT),
        query=_contacts, orientation="landscape",
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), width=3),
                 Col("contact", QT_TRANSLATE_NOOP("reports", "Contact person"), total="count", width=2.5),
                 Col("job_title", QT_TRANSLATE_NOOP("reports", "Job title"), width=2),
                 Col("phone", QT_TRANSLATE_NOOP("reports", "Phone"), "phone", width=1.5),
                 Col("email", QT_TRANSLATE_NOOP("reports", "E-mail"), width=2),
                 Col("birthday", QT_TRANSLATE_NOOP("reports", "Birthday"), "date")),
    ),
    Report(
        id="clients.contract_renewal", category="A", ref=(19,),
        title=QT_TRANSLATE_NOOP("reports", "Clients whose contract is due for renewal"),
        question=QT_TRANSLATE_NOOP("reports", "Whose contract runs out within the next days? A client's contract "
                                              "is the last contract form printed or exported for any of its deals "
                                              "(the audit trail's date); it is due for renewal the chosen number of "
                                              "months later. Contracts already due are listed too (negative days)."),
        params=(Param("term", "int", QT_TRANSLATE_NOOP("reports", "Contract term, months"), default=12, minimum=1,
                      maximum=120),
                Param("window", "int", QT_TRANSLATE_NOOP("reports", "Due within, days"), default=30, minimum=0,
                      maximum=3650),
                MANAGER, ARCHIVED, LIMIT),
        query=_renewals, steps=(_STATUS,), limit="limit",
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), total="count", width=3),
                 Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2),
                 Col("status", QT_TRANSLATE_NOOP("reports", "Status")),
                 Col("contract_at", QT_TRANSLATE_NOOP("reports", "Last contract"), "datetime", width=1.4),
                 Col("due", QT_TRANSLATE_NOOP("reports", "Renewal due"), "date"),
                 Col("days_left", QT_TRANSLATE_NOOP("reports", "Days left"), "int")),
    ),
    Report(
        id="clients.list", category="A", ref=(1,),
        title=QT_TRANSLATE_NOOP("reports", "Client list"),
        question=QT_TRANSLATE_NOOP("reports", "The clients of the base with the columns of your choice (name them "
                                              "in \u201cColumns\u201d, separated by commas; empty: name, status, "
                                              "manager, city, phone, e-mail)."),
        params=(Param("columns", "text", QT_TRANSLATE_NOOP("reports", "Columns")),
                Param("status", "status", QT_TRANSLATE_NOOP("reports", "Status")), MANAGER, ARCHIVED, LIMIT),
        query=_client_list, pick="columns", limit="limit", orientation="landscape",
        steps=(_STATUS, Codes("kind", _KINDS)),
        columns=(Col("client", QT_TRANSLATE_NOOP("reports", "Client"), total="count", width=3),
                 Col("kind", QT_TRANSLATE_NOOP("reports", "Kind"), visible=False),
                 Col("status", QT_TRANSLATE_NOOP("reports", "Status")),
                 Col("manager", QT_TRANSLATE_NOOP("reports", "Manager"), width=2),
                 Col("city", QT_TRANSLATE_NOOP("reports", "City"), width=1.5),
                 Col("region", QT_TRANSLATE_NOOP("reports", "Region"), width=1.5, visible=False),
                 Col("phone", QT_TRANSLATE_NOOP("reports", "Phone"), "phone", width=1.6),
                 Col("email", QT_TRANSLATE_NOOP("reports", "E-mail"), width=2),
                 Col("inn", QT_TRANSLATE_NOOP("reports", "INN"), width=1.3, visible=False),
                 Col("source", QT_TRANSLATE_NOOP("reports", "Source"), width=1.5, visible=False),
                 Col("tags", QT_TRANSLATE_NOOP("reports", "Tags"), width=2, visible=False),
                 Col("created", QT_TRANSLATE_NOOP("reports", "Created"), "date", visible=False),
                 Col("last_contact", QT_TRANSLATE_NOOP("reports", "Last contact"), "datetime", width=1.3,
                     visible=False),
                 Col("next_step_at", QT_TRANSLATE_NOOP("reports", "Next step at"), "datetime", width=1.3,
                     visible=False),
                 Col("next_step", QT_TRANSLATE_NOOP("reports", "Next step"), width=2, visible=False),
                 Col("open_deals", QT_TRANSLATE_NOOP("reports", "Open deals"), "int", total="sum", visible=False),
                 Col("open_amount", QT_TRANSLATE_NOOP("reports", "Open deals amount"), "money", total="sum",
                     width=1.5, visible=False)),
    ),
]

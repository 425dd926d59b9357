"""Leads and their automatic distribution among a department's managers (issue #5).

Layer: ``app`` (pure Python; imports ``db`` only).

A lead — from the card, an import or a manual entry — becomes a deal in the first open stage of a
chosen funnel (:func:`create_lead`). Its responsible is, in order: the one given explicitly; else
the manager the department's distribution picks; else (no distribution, or it is switched off)
the login who enters the lead. The department is the one given, else the login's own.

Distribution (per department, :func:`save_distribution`, an administrator's setting):

* ``ROUND_ROBIN`` — the next manager after the one who got the previous lead (by id, wrapping);
* ``LEAST_LOADED`` — the manager with the fewest open deals (ties: round-robin order).

Only active users with role CRM_MANAGER and "takes leads" count. The pick runs on the server
(``SP_PICK_LEAD_USER``) at the start of the lead's transaction and moves a pointer row that stays
locked until commit, so simultaneous leads queue and never both go to the same manager; the
loser of a race (FB3: update conflict; FB4+: a restarted UPDATE that finds the pointer moved) is
retried in a fresh transaction, up to :data:`PICK_ATTEMPTS` times.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from app import clients as clients_app
from app import uow
from app.changes import CLIENT, DEAL, REF, Changes
from app.clients import ClientDraft, EmailItem, PhoneItem, Saved
from app.context import AppContext
from app.errors import ConflictError, ConflictInfo, ValidationError, from_driver
from app.i18n import QT_TRANSLATE_NOOP, translate
from db import engine as dbe
from db.models import LEAD_STRATEGIES, Client, CrmUser, Deal, Department, Funnel, LeadDistribution, Stage

_CTX = "app.leads"
PICK_ATTEMPTS = 12

STRATEGY_TITLES = {
    "ROUND_ROBIN": QT_TRANSLATE_NOOP("app.leads", "In turn (round-robin)"),
    "LEAST_LOADED": QT_TRANSLATE_NOOP("app.leads", "Fewest open deals"),
}


@dataclass
class LeadDraft:
    """A new lead. Either ``client_id`` (an existing client) or ``client_name`` (+ phone/e-mail)
    for a new client. ``responsible_id`` None = automatic (see the module docstring)."""

    funnel_id: int | None = None
    title: str = ""
    client_id: int | None = None
    client_name: str = ""
    phone: str | None = None
    email: str | None = None
    amount: Decimal | str | int | None = None
    source_id: int | None = None
    note: str | None = None
    department_id: int | None = None
    responsible_id: int | None = None


@dataclass(frozen=True)
class LeadSaved(Saved):
    """:class:`~app.clients.Saved` of the deal, plus who got it and the client (new or given)."""

    client_id: int = 0
    responsible_id: int | None = None
    distributed: bool = False  #: True when the department's distribution chose the responsible


@dataclass(frozen=True)
class Distribution:
    """A department's lead distribution as the administration screen shows it."""

    department_id: int
    department: str
    strategy: str = "ROUND_ROBIN"
    is_enabled: bool = False
    managers: int = 0  #: candidates now: active CRM_MANAGER users who take leads
    id: int | None = None  #: None: never configured (distribution off)
    version: int | None = None


class _Retry(Exception):
    """The pointer moved under us: roll back and try again."""


# ---------------------------------------------------------------------------------------------
# Distribution settings

_DIST_SQL = """
SELECT FIRST 500 dp.ID, dp.NAME, ld.ID, ld.STRATEGY, ld.IS_ENABLED, ld.VERSION,
       (SELECT COUNT(*) FROM CRM_USERS u WHERE u.DEPARTMENT_ID = dp.ID AND u.IS_ACTIVE AND u.TAKES_LEADS
          AND u.ROLE_NAME = 'CRM_MANAGER')
FROM DEPARTMENTS dp LEFT JOIN LEAD_DISTRIBUTION ld ON ld.DEPARTMENT_ID = dp.ID
WHERE dp.IS_ACTIVE ORDER BY dp.NAME
"""


def distributions(ctx: AppContext) -> list[Distribution]:
    """Every active department with its distribution (off when never configured); one read."""
    return [Distribution(r[0], r[1], (r[3] or "ROUND_ROBIN").strip(), bool(r[4]), int(r[6] or 0), r[2], r[5])
            for r in uow.read(ctx, _DIST_SQL)]


def save_distribution(ctx: AppContext, dist: Distribution) -> Saved:
    """Store a department's strategy and on/off (administrators; the server refuses others).
    ``dist.version`` is what the screen showed: a change made meanwhile raises ConflictError."""
    if dist.strategy not in LEAD_STRATEGIES:
        raise ValidationError("strategy", translate("app.leads", "Choose how leads are distributed."))
    with uow.writing(ctx) as s:
        obj = s.scalar(select(LeadDistribution).where(LeadDistribution.department_id == dist.department_id))
        if obj is None:
            if s.get(Department, dist.department_id) is None:
                raise ValidationError("department", translate("app.leads", "The department no longer exists."))
            obj = LeadDistribution(department_id=dist.department_id)
            s.add(obj)
        elif dist.version is not None and obj.version != dist.version:
            raise ConflictError(ConflictInfo(obj.changed_by, obj.changed_at))
        obj.strategy, obj.is_enabled = dist.strategy, bool(dist.is_enabled)
        s.flush()
        return Saved(obj.id, obj.version, Changes.of(REF))


# ---------------------------------------------------------------------------------------------
# Creating a lead


def _amount(value) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Decimal("0")
    try:
        amount = Decimal(str(value).replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except InvalidOperation:
        raise ValidationError("amount", translate("app.leads", "The amount must be a number.")) from None
    if amount < 0 or amount >= Decimal("1e16"):
        raise ValidationError("amount", translate("app.leads", "The amount must be zero or more."))
    return amount.quantize(Decimal("0.01"))


def _client_draft(lead: LeadDraft) -> ClientDraft:
    """The new client's draft, validated by the client rules (phone and e-mail formats)."""
    d = ClientDraft(name=lead.client_name or "", source_id=lead.source_id,
                    phones=[PhoneItem(lead.phone, is_primary=True)] if (lead.phone or "").strip() else [],
                    emails=[EmailItem(lead.email, is_primary=True)] if (lead.email or "").strip() else [])
    try:
        return clients_app.validate_draft(d)
    except ValidationError as exc:  # name the lead form's fields, not the card's
        fld = {"name": "client_name"}.get(exc.field, "phone" if exc.field.startswith("phones") else
                                          "email" if exc.field.startswith("emails") else exc.field)
        raise ValidationError(fld, exc.message) from None


def validate_lead(lead: LeadDraft) -> tuple[LeadDraft, ClientDraft | None, Decimal]:
    """Field checks that need no database: (cleaned lead, new client's draft or None, amount)."""
    if lead.funnel_id is None:
        raise ValidationError("funnel_id", translate("app.leads", "Choose the funnel."))
    new_client = None
    if lead.client_id is None:
        if not (lead.client_name or "").strip():
            raise ValidationError("client_name", translate(
                "app.leads", "Choose a client or enter the new client's name."))
        new_client = _client_draft(lead)
    amount = _amount(lead.amount)
    title = (lead.title or "").strip()
    if len(title) > 200:
        raise ValidationError("title", translate("app.leads", "The title is too long (at most 200 characters)."))
    return LeadDraft(**{**lead.__dict__, "title": title}), new_client, amount


def _pick(s, department_id: int | None) -> tuple[int | None, str]:
    if department_id is None:
        return None, "OFF"
    row = s.execute(text("EXECUTE PROCEDURE SP_PICK_LEAD_USER(:d)"), {"d": department_id}).first()
    user_id, status = (row[0], (row[1] or "").strip()) if row else (None, "OFF")
    if status == "RETRY":
        raise _Retry()
    return user_id, status


def _create(ctx: AppContext, s, lead: LeadDraft, new_client: ClientDraft | None, amount: Decimal) -> LeadSaved:
    me = s.scalar(select(CrmUser).where(CrmUser.login == ctx.info.user.upper()))
    department_id = lead.department_id if lead.department_id is not None else (me.department_id if me else None)
    responsible, distributed = lead.responsible_id, False
    if responsible is None:
        responsible, status = _pick(s, department_id)
        if status == "NOBODY":
            dept = s.get(Department, department_id)
            raise ValidationError("department_id", translate(
                "app.leads", "Nobody in {department} takes leads now (active managers with “takes leads”). "
                      "Choose the responsible yourself.").format(department=dept.name if dept else "?"))
        distributed = responsible is not None
        if responsible is None:
            responsible = me.id if me else None
    funnel = s.get(Funnel, lead.funnel_id)
    if funnel is None or not funnel.is_active:
        raise ValidationError("funnel_id", translate("app.leads", "The funnel no longer exists."))
    stage = s.scalar(select(Stage).where(Stage.funnel_id == funnel.id, Stage.is_won.is_(False),
                                         Stage.is_lost.is_(False)).order_by(Stage.sort_order, Stage.id).limit(1))
    if stage is None:
        raise ValidationError("funnel_id", translate("app.leads", "The funnel “{funnel}” has no open stage.").format(
            funnel=funnel.name))
    if new_client is not None:
        new_client.responsible_id = responsible
        client_id, _v = clients_app._save_full(ctx, s, new_client, None, False)  # same transaction as the deal
        client_name = new_client.name
    else:
        client = s.get(Client, lead.client_id)
        if client is None:
            raise ValidationError("client_id", translate("app.leads", "The client no longer exists."))
        client_id, client_name = client.id, client.name
    if responsible is not None:
        dept_of = s.scalar(select(CrmUser.department_id).where(CrmUser.id == responsible))
        department_id = dept_of if dept_of is not None else department_id
    deal = Deal(client_id=client_id, funnel_id=funnel.id, stage_id=stage.id, amount=amount,
                title=(lead.title or client_name)[:200], source_id=lead.source_id, note=lead.note or None,
                responsible_id=responsible, department_id=department_id)
    s.add(deal)
    s.flush()
    changes = Changes.of(DEAL, deal.id) | Changes.of(CLIENT, client_id)
    return LeadSaved(deal.id, deal.version, changes, client_id=client_id, responsible_id=responsible,
                     distributed=distributed)


def create_lead(ctx: AppContext, lead: LeadDraft) -> LeadSaved:
    """Create the lead's deal (and its new client) in one transaction; see the module docstring.

    Raises :class:`ValidationError` for bad input (nothing is written), :class:`NotAllowed` when
    the login may not create the client or deal for the chosen manager (an OWN-scope login cannot
    hand a new client to someone else), :class:`ConflictError` if the pointer stayed contended
    after :data:`PICK_ATTEMPTS` tries. Rules "deal entered stage" fire in the same transaction.
    """
    lead, new_client, amount = validate_lead(lead)
    for attempt in range(PICK_ATTEMPTS):
        if attempt:  # a busy writer would win every race it starts at once: back off a little, randomly
            time.sleep(random.uniform(0.01, 0.05) * min(attempt, 6))
        try:
            with ctx.sessions.begin() as s:
                return _create(ctx, s, lead, new_client, amount)
        except _Retry:
            continue
        except StaleDataError:
            raise ConflictError(ConflictInfo(None, None)) from None
        except DBAPIError as exc:
            if dbe.classify_error(exc) == dbe.ERR_CONFLICT:
                continue  # FB3: the other lead committed its pointer move first
            raise from_driver(exc, ctx.info.target, connecting=False) from exc
    raise ConflictError(ConflictInfo(None, None), translate(
        "app.leads", "Too many leads arrived at once; the lead was not saved. Please try again."))


@dataclass(frozen=True)
class LeadChoices:
    """What the new-lead dialog offers: active funnels, sources, departments and users."""

    funnels: list[tuple[int, str, bool]]  #: (id, name, is_default) with at least one open stage
    sources: list[tuple[int, str]]
    departments: list[tuple[int, str]]
    users: list[tuple[int, str]]  #: active users
    my_department_id: int | None


_CHOICES_SQL = """
SELECT 'F', f.ID, CAST(f.NAME AS VARCHAR(200)), IIF(f.IS_DEFAULT, 1, 0), f.SORT_ORDER FROM FUNNELS f
 WHERE f.IS_ACTIVE AND EXISTS (SELECT 1 FROM STAGES st WHERE st.FUNNEL_ID = f.ID AND NOT st.IS_WON AND NOT st.IS_LOST)
UNION ALL
SELECT 'S', s.ID, CAST(s.NAME AS VARCHAR(200)), 0, 0 FROM SOURCES s WHERE s.IS_ACTIVE
UNION ALL
SELECT 'D', dp.ID, CAST(dp.NAME AS VARCHAR(200)), 0, 0 FROM DEPARTMENTS dp WHERE dp.IS_ACTIVE
UNION ALL
SELECT 'U', u.ID, CAST(u.FULL_NAME AS VARCHAR(200)), IIF(u.LOGIN = CURRENT_USER, 1, 0), COALESCE(u.DEPARTMENT_ID, 0)
  FROM CRM_USERS u WHERE u.IS_ACTIVE
ORDER BY 1, 5, 3
"""


def lead_choices(ctx: AppContext) -> LeadChoices:
    """Funnels, sources, departments and users for the new-lead dialog, in one read."""
    rows = uow.read(ctx, _CHOICES_SQL)
    funnels, sources, depts, users, mine = [], [], [], [], None
    for kind, rid, name, flag, extra in rows:
        if kind == "F":
            funnels.append((rid, name, bool(flag)))
        elif kind == "S":
            sources.append((rid, name))
        elif kind == "D":
            depts.append((rid, name))
        else:
            users.append((rid, name))
            if flag:
                mine = extra or None
    users.sort(key=lambda u: u[1])
    return LeadChoices(funnels, sources, depts, users, mine)


__all__ = ["Distribution", "LeadChoices", "LeadDraft", "LeadSaved", "STRATEGY_TITLES", "create_lead",
           "distributions", "lead_choices", "save_distribution", "validate_lead"]

"""Automation rules (issue #5): administration, and the scheduled job that runs the time rules.

Layer: ``app`` (pure Python; imports ``db`` only).

Where rules run, so that none is lost:

* **Event rules** ("deal entered stage X", "client created") run *in the database*, in the
  transaction that saves the change: AFTER triggers on DEALS and CLIENTS call ``SP_RUN_RULE``
  (db/sql/). Whoever saves — this program, an import, isql — the task or reminder is committed
  together with the change or not at all. Nothing in Python is involved.
* **Time rules** ("deal idle N days", "task overdue N days") run from :func:`run_jobs`, which
  ``python -m app jobs run --db …`` calls; a server's task scheduler (cron, Windows Task Scheduler)
  starts it, e.g. every 15 minutes (README "Automation and scheduled jobs"). The job is idempotent:
  each run is recorded in AUTOMATION_RUNS under (rule, record, period) — the period of an idle
  deal is the stamp of its last activity, of an overdue task its due stamp — so running it twice,
  or from two schedulers at once (unique key), never creates the same task twice.

Actions: ``TASK`` (a task for the target, due ``due_hours`` after the event) or ``NOTIFY`` (a
REMINDERS row for the target: the planner's popup shows it). Targets: the responsible, a named
user, or the head of the responsible's department (inactive targets fall back to the
responsible). Rules are administered by CRM administrators (the server refuses anyone else).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from app import uow
from app.changes import REF, TASK, Changes
from app.clients import Saved
from app.context import AppContext
from app.errors import ConflictError, ConflictInfo, UserError, ValidationError, from_driver
from app.i18n import QT_TRANSLATE_NOOP, translate
from db import engine as dbe
from db.models import RULE_ACTIONS, RULE_EVENTS, RULE_TARGETS, TASK_KINDS, AutomationRule, Stage
from db.queries.deal_board import LAST_ACTIVITY
from db.visibility import route_sql

_CTX = "app.automation"

#: event kind → what the administrator reads
EVENT_TITLES = {
    "STAGE_ENTERED": QT_TRANSLATE_NOOP("app.automation", "Deal entered a stage"),
    "CLIENT_CREATED": QT_TRANSLATE_NOOP("app.automation", "Client created"),
    "DEAL_IDLE": QT_TRANSLATE_NOOP("app.automation", "Deal idle for N days"),
    "TASK_OVERDUE": QT_TRANSLATE_NOOP("app.automation", "Task overdue for N days"),
}
ACTION_TITLES = {
    "TASK": QT_TRANSLATE_NOOP("app.automation", "Create a task"),
    "NOTIFY": QT_TRANSLATE_NOOP("app.automation", "Notify"),
}
TARGET_TITLES = {
    "RESPONSIBLE": QT_TRANSLATE_NOOP("app.automation", "The responsible"),
    "USER": QT_TRANSLATE_NOOP("app.automation", "A chosen user"),
    "HEAD": QT_TRANSLATE_NOOP("app.automation", "The responsible's head of department"),
}
#: events run by the scheduled job (the others by triggers)
TIME_EVENTS = ("DEAL_IDLE", "TASK_OVERDUE")
MAX_DUE_HOURS = 24 * 365
MAX_IDLE_DAYS = 3650
#: candidates fetched per statement by the job; it loops until a rule has nothing left
JOB_BATCH = 500


@dataclass
class Rule:
    """One automation rule as the administration screen edits it (``id`` None: a new rule)."""

    name: str = ""
    event_kind: str = "STAGE_ENTERED"
    action_kind: str = "TASK"
    title: str = ""
    stage_id: int | None = None
    funnel_id: int | None = None
    idle_days: int = 0
    task_kind: str = "TODO"
    due_hours: int = 0
    priority: int = 2
    target_kind: str = "RESPONSIBLE"
    target_user_id: int | None = None
    is_active: bool = True
    sort_order: int = 0
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class RuleReport:
    rule_id: int
    name: str
    event_kind: str
    done: int  #: tasks created or notifications written by this rule in this run


@dataclass
class JobReport:
    """What one :func:`run_jobs` did."""

    now: dt.datetime
    rules: list[RuleReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  #: one sentence per rule that failed
    changes: Changes = field(default_factory=Changes)

    @property
    def done(self) -> int:
        return sum(r.done for r in self.rules)

    @property
    def ok(self) -> bool:
        return not self.errors


_RULES_SQL = """
SELECT FIRST 1000 r.ID, r.NAME, r.EVENT_KIND, r.ACTION_KIND, r.TITLE, r.STAGE_ID, r.FUNNEL_ID, r.IDLE_DAYS,
       r.TASK_KIND, r.DUE_HOURS, r.PRIORITY, r.TARGET_KIND, r.TARGET_USER_ID, r.IS_ACTIVE, r.SORT_ORDER, r.VERSION
FROM AUTOMATION_RULES r ORDER BY r.SORT_ORDER, r.ID
"""


def _s(v):
    return v.strip() if isinstance(v, str) else v


def rules(ctx: AppContext) -> list[Rule]:
    """Every rule (active or not) in run order; one read."""
    return [Rule(id=r[0], name=r[1], event_kind=_s(r[2]), action_kind=_s(r[3]), title=r[4], stage_id=r[5],
                 funnel_id=r[6], idle_days=r[7], task_kind=_s(r[8]), due_hours=r[9], priority=r[10],
                 target_kind=_s(r[11]), target_user_id=r[12], is_active=bool(r[13]), sort_order=r[14],
                 version=r[15]) for r in uow.read(ctx, _RULES_SQL)]


def validate_rule(rule: Rule) -> Rule:
    """A cleaned copy of ``rule`` or the first :class:`ValidationError` (``field`` = attribute name)."""
    r = replace(rule)
    r.name = (r.name or "").strip()
    r.title = (r.title or "").strip()
    if not r.name:
        raise ValidationError("name", translate("app.automation", "Give the rule a name."))
    if len(r.name) > 200:
        raise ValidationError("name", translate("app.automation", "The name is too long (at most 200 characters)."))
    if r.event_kind not in RULE_EVENTS:
        raise ValidationError("event_kind", translate("app.automation", "Choose when the rule runs."))
    if r.action_kind not in RULE_ACTIONS:
        raise ValidationError("action_kind", translate("app.automation", "Choose what the rule does."))
    if r.target_kind not in RULE_TARGETS:
        raise ValidationError("target_kind", translate("app.automation", "Choose for whom."))
    if r.event_kind == "STAGE_ENTERED" and r.stage_id is None:
        raise ValidationError("stage_id", translate("app.automation", "Choose the stage the deal enters."))
    if r.event_kind == "CLIENT_CREATED":
        r.stage_id = r.funnel_id = None
    if r.event_kind == "TASK_OVERDUE":
        r.stage_id = r.funnel_id = None
    if r.event_kind in TIME_EVENTS:
        if not 0 <= int(r.idle_days) <= MAX_IDLE_DAYS:
            raise ValidationError("idle_days", translate("app.automation", "Days must be between 0 and {max}.").format(
                max=MAX_IDLE_DAYS))
        if r.event_kind == "DEAL_IDLE" and r.idle_days < 1:
            raise ValidationError("idle_days", translate("app.automation", "A deal is idle after at least 1 day."))
    else:
        r.idle_days = 0
    if r.target_kind == "USER" and r.target_user_id is None:
        raise ValidationError("target_user_id", translate("app.automation", "Choose the user."))
    if r.target_kind != "USER":
        r.target_user_id = None
    if not r.title:
        raise ValidationError("title", translate("app.automation", "Write the task title or the notification text."))
    if len(r.title) > 200:
        raise ValidationError("title", translate("app.automation", "The text is too long (at most 200 characters)."))
    if r.task_kind not in TASK_KINDS:
        raise ValidationError("task_kind", translate("app.automation", "Choose the kind of task."))
    if not -MAX_DUE_HOURS <= int(r.due_hours) <= MAX_DUE_HOURS:
        raise ValidationError("due_hours", translate("app.automation", "The due time must be within a year of the event."))
    if r.priority not in (1, 2, 3):
        raise ValidationError("priority", translate("app.automation", "Choose the priority."))
    return r


def _write(ctx: AppContext, work, conflict_id: int | None = None):
    """Run ``work(session)`` in one short transaction; races and driver errors → app errors."""
    try:
        with ctx.sessions.begin() as s:
            return work(s)
    except StaleDataError:
        raise _conflict(ctx, conflict_id) from None
    except DBAPIError as exc:
        if dbe.classify_error(exc) == dbe.ERR_CONFLICT:
            raise _conflict(ctx, conflict_id) from None
        raise from_driver(exc, ctx.info.target, connecting=False) from exc


def _conflict(ctx: AppContext, rule_id: int | None) -> ConflictError:
    who = when = None
    if rule_id is not None:
        try:
            with ctx.sessions.begin() as s:
                obj = s.get(AutomationRule, rule_id)
                if obj is not None:
                    who, when = obj.changed_by, obj.changed_at
        except Exception:  # the conflict is the news; who did it is a courtesy
            pass
    return ConflictError(ConflictInfo(who, when))


def save_rule(ctx: AppContext, rule: Rule) -> Saved:
    """Create or change a rule (administrators). ``rule.version`` is the version the user saw: a
    rule changed meanwhile raises :class:`ConflictError`; a bad field, :class:`ValidationError`."""
    r = validate_rule(rule)

    def work(s):
        if r.stage_id is not None:
            stage = s.get(Stage, r.stage_id)
            if stage is None:
                raise ValidationError("stage_id", translate("app.automation", "The stage no longer exists."))
            if r.event_kind == "STAGE_ENTERED":
                r.funnel_id = stage.funnel_id
            elif r.funnel_id is not None and stage.funnel_id != r.funnel_id:
                raise ValidationError("stage_id", translate("app.automation", "The stage is not in the chosen funnel."))
        if r.id is None:
            obj = AutomationRule()
            s.add(obj)
        else:
            obj = s.get(AutomationRule, r.id)
            if obj is None:
                raise UserError(translate("app.automation", "This rule was deleted by another user."))
            if r.version is not None and obj.version != r.version:
                raise ConflictError(ConflictInfo(obj.changed_by, obj.changed_at))
        for name in ("name", "event_kind", "action_kind", "title", "stage_id", "funnel_id", "idle_days", "task_kind",
                     "due_hours", "priority", "target_kind", "target_user_id", "is_active", "sort_order"):
            setattr(obj, name, getattr(r, name))
        s.flush()
        return Saved(obj.id, obj.version, Changes.of(REF))

    return _write(ctx, work, r.id)


def delete_rule(ctx: AppContext, rule_id: int, version: int | None = None) -> Changes:
    """Delete a rule (administrators). Tasks it created stay (their RULE_ID just names a gone rule)."""

    def work(s):
        obj = s.get(AutomationRule, rule_id)
        if obj is None:
            return Changes.of(REF)
        if version is not None and obj.version != version:
            raise ConflictError(ConflictInfo(obj.changed_by, obj.changed_at))
        s.delete(obj)
        return Changes.of(REF)

    return _write(ctx, work, rule_id)


# ---------------------------------------------------------------------------------------------
# The scheduled job

#: open deals idle since before the cutoff, without a run of this rule for that idle period
_IDLE_SQL = f"""
SELECT FIRST {JOB_BATCH} q.ID, q.CLIENT_ID, q.RESPONSIBLE_ID, q.PKEY FROM (
  SELECT d.ID, d.CLIENT_ID, d.RESPONSIBLE_ID, {LAST_ACTIVITY} AS LAST_AT,
         CAST({LAST_ACTIVITY} AS VARCHAR(24)) AS PKEY
  FROM DEALS d WHERE d.OUTCOME = 'OPEN' {{filters}}) q
WHERE q.LAST_AT <= ?
  AND NOT EXISTS (SELECT 1 FROM AUTOMATION_RUNS x WHERE x.RULE_ID = ? AND x.ENTITY_ID = q.ID AND x.PERIOD_KEY = q.PKEY)
ORDER BY q.ID
"""
#: open tasks due before the cutoff, without a run of this rule for that due stamp (tasks the
#: rule made itself are left alone, so "overdue -> task" cannot feed on its own output)
_OVERDUE_SQL = f"""
SELECT FIRST {JOB_BATCH} t.ID, t.CLIENT_ID, t.DEAL_ID, t.ASSIGNEE_ID, CAST(t.DUE_AT AS VARCHAR(24)) FROM TASKS t
WHERE t.STATUS = 'OPEN' AND t.DUE_AT <= ? AND t.RULE_ID IS DISTINCT FROM ?
  AND NOT EXISTS (SELECT 1 FROM AUTOMATION_RUNS x WHERE x.RULE_ID = ? AND x.ENTITY_ID = t.ID
                  AND x.PERIOD_KEY = CAST(t.DUE_AT AS VARCHAR(24)))
ORDER BY t.ID
"""
_RUN_SQL = "EXECUTE PROCEDURE SP_RUN_RULE(?, ?, ?, ?, ?, ?, ?, ?)"


def _candidates(conn, rule: Rule, now: dt.datetime) -> list[tuple]:
    """(client_id, deal_id, task_id, responsible_id, entity_id, period_key) still to run."""
    cutoff = now - dt.timedelta(days=rule.idle_days)
    if rule.event_kind == "DEAL_IDLE":
        filters, params = "", []
        if rule.funnel_id is not None:
            filters += " AND d.FUNNEL_ID = ?"
            params.append(rule.funnel_id)
        if rule.stage_id is not None:
            filters += " AND d.STAGE_ID = ?"
            params.append(rule.stage_id)
        rows = conn.exec_driver_sql(route_sql(_IDLE_SQL.format(filters=filters)),
                                    tuple(params + [cutoff, rule.id])).all()
        return [(cid, did, None, resp, did, key) for did, cid, resp, key in rows]
    rows = conn.exec_driver_sql(route_sql(_OVERDUE_SQL), (cutoff, rule.id, rule.id)).all()
    return [(cid, did, tid, assignee, tid, key) for tid, cid, did, assignee, key in rows]


def _run_rule(ctx: AppContext, rule: Rule, now: dt.datetime) -> tuple[int, set[int]]:
    """Run one time rule over everything due; one short transaction per batch."""
    done, deals = 0, set()
    seen: set[int] = set()
    while True:
        with ctx.sessions.begin() as s:
            conn = s.connection()
            batch = [c for c in _candidates(conn, rule, now) if c[4] not in seen]
            for client_id, deal_id, task_id, responsible, entity, key in batch:
                seen.add(entity)
                row = conn.exec_driver_sql(_RUN_SQL, (rule.id, client_id, deal_id, task_id, responsible, entity,
                                                      key, now)).first()
                if row is not None and row[2]:
                    done += 1
                    if deal_id is not None:
                        deals.add(deal_id)
        if len(batch) < JOB_BATCH:
            return done, deals


def run_jobs(ctx: AppContext, now: dt.datetime | None = None) -> JobReport:
    """Run every active time rule ("deal idle", "task overdue") once over all that is due.

    Idempotent: what a previous run (or a concurrent one) already did is skipped (AUTOMATION_RUNS).
    ``now`` (default: the current time) is the reference for "idle since" / "overdue since" and
    the base of the created tasks' due dates. A rule that fails (no right, a deleted stage) is
    reported in :attr:`JobReport.errors` and the others still run. Must run as a CRM
    administrator or the database owner: the job sees and writes every department's records.
    """
    now = (now or dt.datetime.now()).replace(microsecond=0)
    report = JobReport(now)
    touched = False
    for rule in rules(ctx):
        if not rule.is_active or rule.event_kind not in TIME_EVENTS:
            continue
        try:
            done, _deals = _run_rule(ctx, rule, now)
        except DBAPIError as exc:
            err = from_driver(exc, ctx.info.target, connecting=False)
            report.errors.append(translate("app.automation", "Rule “{name}”: {error}").format(name=rule.name, error=err))
            continue
        except UserError as exc:
            report.errors.append(translate("app.automation", "Rule “{name}”: {error}").format(name=rule.name, error=exc))
            continue
        touched = touched or done > 0
        report.rules.append(RuleReport(rule.id, rule.name, rule.event_kind, done))
    if touched:
        report.changes = Changes.of(TASK)
    return report


# ---------------------------------------------------------------------------------------------
# Defaults for a new or demo database


def seed_default_rules(session) -> int:
    """Add the starter rules to a database that has none (inside the caller's transaction).

    For the default funnel: a call task for the responsible when a deal enters the second stage
    (due in 24 h), a reminder to the head when a deal is won, a follow-up task for a deal idle
    7 days, and a reminder to the head for tasks overdue 2 days. Returns how many were added.
    """
    if session.scalar(select(AutomationRule.id).limit(1)) is not None:
        return 0
    from db.models import Funnel

    funnel = session.scalar(select(Funnel).where(Funnel.is_default.is_(True)).limit(1))
    stages = []
    if funnel is not None:
        stages = list(session.scalars(select(Stage).where(Stage.funnel_id == funnel.id).order_by(Stage.sort_order)))
    open_stages = [st for st in stages if not (st.is_won or st.is_lost)]
    won = next((st for st in stages if st.is_won), None)
    new: list[AutomationRule] = []
    if len(open_stages) > 1:
        new.append(AutomationRule(name=translate("app.automation", "Call the client when the deal is qualified"),
                                  event_kind="STAGE_ENTERED", stage_id=open_stages[1].id, funnel_id=funnel.id,
                                  action_kind="TASK", task_kind="CALL", due_hours=24, priority=2,
                                  title=translate("app.automation", "Call {client}: {deal}"), target_kind="RESPONSIBLE",
                                  sort_order=10))
    if won is not None:
        new.append(AutomationRule(name=translate("app.automation", "Tell the head about a won deal"), event_kind="STAGE_ENTERED",
                                  stage_id=won.id, funnel_id=funnel.id, action_kind="NOTIFY",
                                  title=translate("app.automation", "Deal won: {deal} ({client})"), target_kind="HEAD",
                                  sort_order=20))
    new.append(AutomationRule(name=translate("app.automation", "Follow up a deal idle for a week"), event_kind="DEAL_IDLE",
                              idle_days=7, action_kind="TASK", task_kind="CALL", due_hours=4,
                              title=translate("app.automation", "Deal idle for a week: {deal}"), target_kind="RESPONSIBLE",
                              sort_order=30))
    new.append(AutomationRule(name=translate("app.automation", "Tell the head about tasks overdue 2 days"),
                              event_kind="TASK_OVERDUE", idle_days=2, action_kind="NOTIFY",
                              title=translate("app.automation", "Overdue for 2 days: {task}"), target_kind="HEAD", sort_order=40))
    session.add_all(new)
    session.flush()
    return len(new)

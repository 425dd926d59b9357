"""A tiny, hand-countable dataset builder for report tests (STYLE.md 2.8: known rows in, known
figures out). Everything is written through the ORM in one transaction with explicit dates, so a
test can compute every expected figure on paper.

    with Seed(ctx) as b:
        ivanov = b.user("Ivanov")
        f = b.funnel("Sales", [("Lead", 10), ("Offer", 50), ("Won", 100, "won"), ("Lost", 0, "lost")])
        c = b.client("Alpha", responsible=ivanov, created=dt.datetime(2026, 1, 5))
        d = b.deal(c, f, [("Lead", dt.datetime(2026, 1, 5)), ("Won", dt.datetime(2026, 2, 1))], amount=1000)

Stage moves are real UPDATEs, so DEAL_STAGE_HISTORY rows come from the trigger with ``MOVED_AT`` =
the given times; OUTCOME/CLOSED_AT follow the won/lost flags (TRG_DEALS_STAGE).
"""
from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from app.context import AppContext
from app.normalize import search_name
from db.models import (
    Client,
    ClientTag,
    Contact,
    CrmUser,
    Deal,
    DealLine,
    Department,
    Funnel,
    Interaction,
    LostReason,
    Product,
    Source,
    Stage,
    Tag,
    Task,
)

_n = itertools.count(1)


class FunnelRef:
    def __init__(self, funnel_id: int, stages: dict[str, int]):
        self.id = funnel_id
        self.stages = stages  #: stage name -> id


class Seed:
    """Context manager: ``with Seed(ctx) as b: ...`` commits at the end (rolls back on error)."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    def __enter__(self) -> Seed:
        self._cm = self.ctx.sessions.begin()
        self.s = self._cm.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self._cm.__exit__(*exc)

    def _add(self, obj):
        self.s.add(obj)
        self.s.flush()
        return obj.id

    # --- reference ----------------------------------------------------------------------------
    def department(self, name: str) -> int:
        return self._add(Department(name=name))

    def user(self, full_name: str, login: str | None = None, department: int | None = None, active: bool = True) -> int:
        login = login or f"U{next(_n)}_{full_name[:10].upper().replace(' ', '_')}"
        return self._add(CrmUser(login=login, full_name=full_name, department_id=department, is_active=active,
                                 role_name="CRM_MANAGER", scope="OWN"))

    def source(self, name: str) -> int:
        return self._add(Source(name=name))

    def tag(self, name: str) -> int:
        return self._add(Tag(name=name))

    def lost_reason(self, name: str) -> int:
        return self._add(LostReason(name=name, sort_order=next(_n)))

    def product(self, name: str, group: str | None = None) -> int:
        return self._add(Product(name=name, group_name=group))

    def funnel(self, name: str, stages: list[tuple], default: bool = False) -> FunnelRef:
        """``stages``: (name, probability[, "won"|"lost"[, rot_days]]) in funnel order."""
        fid = self._add(Funnel(name=name, sort_order=next(_n), is_default=default))
        ids: dict[str, int] = {}
        for i, st in enumerate(stages, 1):
            flag = st[2] if len(st) > 2 else None
            rot = st[3] if len(st) > 3 else 0
            ids[st[0]] = self._add(Stage(funnel_id=fid, name=st[0], sort_order=i, probability=st[1],
                                         is_won=flag == "won", is_lost=flag == "lost", rot_days=rot))
        return FunnelRef(fid, ids)

    # --- clients ------------------------------------------------------------------------------
    def client(self, name: str, *, responsible: int | None = None, created: dt.datetime | None = None,
               status: str = "ACTIVE", kind: str = "COMPANY", source: int | None = None, city: str | None = None,
               region: str | None = None, department: int | None = None, tags: tuple[int, ...] = (),
               phone: str | None = None, email: str | None = None, inn: str | None = None,
               birthday: dt.date | None = None) -> int:
        cid = self._add(Client(name=name, search_name=search_name(name), kind=kind, status=status,
                               responsible_id=responsible, department_id=department, source_id=source, city=city,
                               region=region, main_phone=phone, main_email=email, inn=inn, birthday=birthday,
                               created_at=created or dt.datetime(2026, 1, 1, 10, 0)))
        for t in tags:
            self.s.add(ClientTag(client_id=cid, tag_id=t))
        self.s.flush()
        return cid

    def contact(self, client_id: int, full_name: str, birthday: dt.date | None = None) -> int:
        return self._add(Contact(client_id=client_id, full_name=full_name, birthday=birthday))

    # --- deals --------------------------------------------------------------------------------
    def deal(self, client_id: int, funnel: FunnelRef, path: list[tuple[str, dt.datetime]], amount: float | Decimal = 0,
             *, responsible: int | None = None, title: str | None = None, source: int | None = None,
             lost_reason: int | None = None, probability: int | None = None,
             expected_close: dt.date | None = None, created: dt.datetime | None = None,
             department: int | None = None) -> int:
        """A deal walked through ``path`` [(stage name, entered at), …]; the first entry is its
        creation (unless ``created`` is given)."""
        first_stage, first_at = path[0]
        deal = Deal(client_id=client_id, funnel_id=funnel.id, stage_id=funnel.stages[first_stage],
                    title=title or f"Deal {next(_n)}", amount=Decimal(str(amount)), responsible_id=responsible,
                    source_id=source, probability=probability, expected_close=expected_close,
                    department_id=department, created_at=created or first_at, stage_entered_at=first_at)
        self.s.add(deal)
        self.s.flush()
        for stage, at in path[1:]:
            deal.stage_id = funnel.stages[stage]
            deal.stage_entered_at = at
            if lost_reason is not None and stage == path[-1][0]:
                deal.lost_reason_id = lost_reason
            self.s.flush()
        return deal.id

    def line(self, deal_id: int, product_id: int | None, qty: float, price: float, discount_pct: float = 0,
             name: str | None = None) -> int:
        amount = Decimal(str(qty)) * Decimal(str(price)) * (1 - Decimal(str(discount_pct)) / 100)
        return self._add(DealLine(deal_id=deal_id, product_id=product_id, name=name or f"Line {next(_n)}",
                                  qty=Decimal(str(qty)), price=Decimal(str(price)),
                                  discount_pct=Decimal(str(discount_pct)), amount=amount.quantize(Decimal("0.01"))))

    # --- activity -----------------------------------------------------------------------------
    def interaction(self, client_id: int, kind: str, at: dt.datetime, *, user: int | None = None,
                    result: str | None = None, duration_sec: int = 0, direction: str | None = "OUT",
                    deal_id: int | None = None, subject: str | None = None) -> int:
        from app.interactions import ATTEMPT_RESULTS

        return self._add(Interaction(client_id=client_id, kind=kind, occurred_at=at, user_id=user, result=result,
                                     duration_sec=duration_sec, direction=direction if kind != "NOTE" else None,
                                     is_attempt=result in ATTEMPT_RESULTS, deal_id=deal_id, subject=subject))

    def task(self, title: str, due: dt.datetime, *, assignee: int | None = None, client_id: int | None = None,
             deal_id: int | None = None, kind: str = "CALL", status: str = "OPEN", done_at: dt.datetime | None = None,
             created: dt.datetime | None = None, priority: int = 2) -> int:
        return self._add(Task(title=title, due_at=due, assignee_id=assignee, client_id=client_id, deal_id=deal_id,
                              kind=kind, status=status, done_at=done_at, priority=priority,
                              created_at=created or due - dt.timedelta(days=1)))

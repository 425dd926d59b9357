"""Demo plans and invoices (issue #13), added by :func:`app.demo.generate` after the clients, so
the dashboard, the KPI reports (71–82) and the invoice reports (63–65) have something to show.
Layer: ``app``. Its own random stream: the rest of the demo data stays what it was.

* Plans for every active manager and head, per month of the current year: REVENUE about their
  average monthly won revenue of the last twelve months (×0.9–1.3, rounded to thousands), CALLS
  about their monthly calls (×1.1); each department's REVENUE plan is the sum of its people's.
* Invoices for up to :data:`MAX_INVOICES` deals won in the last 120 days, issued on the close
  date (numbered by the server), due ten days later; about 70 % paid in full, 15 % in part.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select, text

from app import kpi
from app.context import AppContext
from db.models import Deal, Invoice, KpiPlan, Payment

MAX_INVOICES = 300

_MONTHLY_SQL = """
SELECT u.ID, u.DEPARTMENT_ID,
  (SELECT COALESCE(SUM(d.AMOUNT), 0) FROM DEALS d WHERE d.RESPONSIBLE_ID = u.ID AND d.OUTCOME = 'WON'
     AND d.CLOSED_AT >= :s AND d.CLOSED_AT < :e),
  (SELECT COUNT(*) FROM INTERACTIONS i WHERE i.USER_ID = u.ID AND i.KIND = 'CALL'
     AND i.OCCURRED_AT >= :s AND i.OCCURRED_AT < :e)
FROM CRM_USERS u WHERE u.IS_ACTIVE AND u.ROLE_NAME IN ('CRM_MANAGER', 'CRM_HEAD')
"""


def add_plans_and_invoices(ctx: AppContext, now: dt.datetime, rng: random.Random) -> None:
    year_ago = now - dt.timedelta(days=365)
    with ctx.sessions.begin() as s:
        if s.scalar(select(KpiPlan.id).limit(1)) is not None:
            return  # a second demo run on the same database keeps the plans it has
        ind = {i.code: i.id for i in kpi.indicators(ctx)}
        rows = s.execute(text(_MONTHLY_SQL), {"s": year_ago, "e": now}).all()
        dept_revenue: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
        months = kpi.periods("MONTH", now.year)
        for uid, dept, revenue, calls in rows:
            base = Decimal(revenue or 0) / 12
            call_base = Decimal(calls or 0) / 12
            for i, p in enumerate(months):
                plan = (base * Decimal(str(rng.uniform(0.9, 1.3))) / 1000).quantize(Decimal(1)) * 1000
                if plan > 0 and "REVENUE" in ind:
                    s.add(KpiPlan(indicator_id=ind["REVENUE"], user_id=uid, period_start=p.start, period_end=p.end,
                                  plan_value=plan, period_kind="MONTH"))
                    if dept is not None:
                        dept_revenue[(dept, i)] += plan
                calls_plan = (call_base * Decimal("1.1")).quantize(Decimal(1))
                if calls_plan > 0 and "CALLS" in ind:
                    s.add(KpiPlan(indicator_id=ind["CALLS"], user_id=uid, period_start=p.start, period_end=p.end,
                                  plan_value=calls_plan, period_kind="MONTH"))
        for (dept, i), plan in sorted(dept_revenue.items()):
            p = months[i]
            s.add(KpiPlan(indicator_id=ind["REVENUE"], department_id=dept, period_start=p.start, period_end=p.end,
                          plan_value=plan, period_kind="MONTH"))
        s.flush()
        won = s.execute(select(Deal.id, Deal.client_id, Deal.amount, Deal.currency, Deal.closed_at)
                        .where(Deal.outcome == "WON", Deal.closed_at >= now - dt.timedelta(days=120),
                               Deal.amount > 0)
                        .order_by(Deal.closed_at, Deal.id).limit(MAX_INVOICES)).all()
        for deal_id, client_id, amount, currency, closed in won:
            issued = closed.date()
            inv = Invoice(client_id=client_id, deal_id=deal_id, amount=amount, currency=currency or "RUB",
                          state="ISSUED", issued_on=issued, due_on=issued + dt.timedelta(days=10))
            s.add(inv)
            s.flush()
            roll = rng.random()
            if roll < 0.85:
                paid_on = min(issued + dt.timedelta(days=rng.randint(1, 25)), now.date())
                part = amount if roll < 0.70 else (Decimal(amount) / 2).quantize(Decimal("0.01"))
                if part > 0:
                    s.add(Payment(invoice_id=inv.id, paid_on=paid_on, amount=part,
                                  method=rng.choice(("BANK", "BANK", "BANK", "CARD", "CASH"))))
        s.flush()

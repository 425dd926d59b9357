"""D. Funnel and deals (REPORTS.md 36–55). Terms as in REPORTS.md: win rate = won ÷ (won + lost)
among deals closed in the period; conversion A → B from the stage history."""
from __future__ import annotations

from sqlalchemy import and_, func, select

from app.i18n import QT_TRANSLATE_NOOP
from db.models import Deal, Funnel, Stage
from reports.spec import Chart, Col, Definition, Param, Params, Report

T = "reports"
FUNNEL = Param("funnel", "funnel", QT_TRANSLATE_NOOP("reports", "Funnel"))
MANAGER = Param("manager", "manager", QT_TRANSLATE_NOOP("reports", "Manager"))


def _snapshot(p: Params):
    deal_on = and_(Deal.stage_id == Stage.id, Deal.outcome == "OPEN")
    if p.get("manager") is not None:
        deal_on = and_(deal_on, Deal.responsible_id == p["manager"])
    prob = func.coalesce(Deal.probability, Stage.probability)
    q = (select(Funnel.name.label("funnel"), Stage.name.label("stage"),
                   func.count(Deal.id).label("deals"),
                   func.coalesce(func.sum(Deal.amount), 0).label("amount"),
                   func.coalesce(func.sum(Deal.amount * prob / 100), 0).label("weighted"))
         .select_from(Stage).join(Funnel, Funnel.id == Stage.funnel_id).outerjoin(Deal, deal_on)
         .where(Stage.is_won.is_(False), Stage.is_lost.is_(False))
         .group_by(Funnel.sort_order, Funnel.id, Funnel.name, Stage.id, Stage.name, Stage.sort_order)
         .order_by(Funnel.sort_order, Funnel.id, Stage.sort_order))
    if p.get("funnel") is not None:
        q = q.where(Stage.funnel_id == p["funnel"])
    return q


REPORTS: list[Definition] = [
    Report(
        id="funnel.snapshot", category="D", ref=(36,),
        title=QT_TRANSLATE_NOOP("reports", "Funnel snapshot: deals and amount per stage"),
        question=QT_TRANSLATE_NOOP("reports", "Where are the open deals right now, and what are they worth?"),
        params=(FUNNEL, MANAGER),
        query=_snapshot,
        group_by=("funnel",),
        columns=(Col("funnel", QT_TRANSLATE_NOOP("reports", "Funnel")),
                 Col("stage", QT_TRANSLATE_NOOP("reports", "Stage"), width=3),
                 Col("deals", QT_TRANSLATE_NOOP("reports", "Open deals"), "int", total="sum"),
                 Col("amount", QT_TRANSLATE_NOOP("reports", "Amount"), "money", total="sum", width=1.5),
                 Col("weighted", QT_TRANSLATE_NOOP("reports", "Weighted amount"), "money", total="sum", width=1.5)),
        chart=Chart("hbar", x="stage", y=("amount",)),
    ),
]

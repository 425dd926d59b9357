"""The card's read-only "Deals" and "Tasks" tabs (their own screens edit them). Layer: ``ui``.

Both lists arrive with the card load: open deals first, then the newest closed ones (at most 50);
open tasks by due date, then tasks done in the last 90 days.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject

from app.clients import DealItem, TaskItem
from app.i18n import QT_TRANSLATE_NOOP

from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.tables import Col, ItemTableModel, setup_table
from ui.cards.client_card.texts import DEAL_OUTCOMES, TASK_KINDS, TASK_STATUSES, label

DEAL_COLUMNS = (
    Col(QT_TRANSLATE_NOOP("ClientCard", "Deal"), lambda d: d.title, width=40),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Stage"), lambda d: d.stage, width=14),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Outcome"), lambda d: d.outcome, width=8, show=lambda v: label(DEAL_OUTCOMES, v)),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Amount"), lambda d: d.amount, "money", 13),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Cur."), lambda d: d.currency, width=4),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Responsible"), lambda d: d.responsible, width=26),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Created"), lambda d: d.created_at, "date", 10),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Closed"), lambda d: d.closed_at, "date", 10),
)

TASK_COLUMNS = (
    Col(QT_TRANSLATE_NOOP("ClientCard", "Due"), lambda t: t.due_at, "datetime", 16),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Task"), lambda t: t.title, width=32),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Type"), lambda t: t.kind, width=9, show=lambda v: label(TASK_KINDS, v)),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Status"), lambda t: t.status, width=9, show=lambda v: label(TASK_STATUSES, v)),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Assignee"), lambda t: t.assignee, width=26),
    Col(QT_TRANSLATE_NOOP("ClientCard", "Done"), lambda t: t.done_at, "datetime", 16),
)


def _overdue(t: TaskItem) -> bool:
    return t.status == "OPEN" and t.due_at is not None and t.due_at < dt.datetime.now()


class RecordsTabs(QObject):
    def __init__(self, ui: Ui_ClientCard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.deals = ItemTableModel(DEAL_COLUMNS, self, muted=lambda d: d.outcome != "OPEN")
        self.tasks = ItemTableModel(TASK_COLUMNS, self, muted=lambda t: t.status != "OPEN", bold=_overdue)
        setup_table(ui.dealsTable, self.deals, stretch=0)
        setup_table(ui.tasksTable, self.tasks, stretch=1)

    def fill(self, deals: list[DealItem], tasks: list[TaskItem]) -> None:
        self.deals.set_rows(deals)
        self.tasks.set_rows(tasks)

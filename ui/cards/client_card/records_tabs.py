"""The card's read-only "Deals" and "Tasks" tabs (their own screens edit them). Layer: ``ui``.

Both lists arrive with the card load: open deals first, then the newest closed ones (at most 50);
open tasks by due date, then tasks done in the last 90 days. Enter or a double click on a deal asks
for its deal card (``records_tabs_did_activate_deal``), Ins for a new deal of this client
(``records_tabs_did_request_new_deal``); the card forwards both to the main window.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal

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
    records_tabs_did_activate_deal = Signal(int)
    records_tabs_did_request_new_deal = Signal()

    def __init__(self, ui: Ui_ClientCard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.deals = ItemTableModel(DEAL_COLUMNS, self, muted=lambda d: d.outcome != "OPEN")
        self.tasks = ItemTableModel(TASK_COLUMNS, self, muted=lambda t: t.status != "OPEN", bold=_overdue)
        setup_table(ui.dealsTable, self.deals, stretch=0)
        setup_table(ui.tasksTable, self.tasks, stretch=1)
        ui.dealsTable.doubleClicked.connect(lambda index: self._activate(index.row()))
        ui.dealsTable.installEventFilter(self)

    def _activate(self, row: int) -> None:
        deal = self.deals.row_at(row)
        if deal is not None:
            self.records_tabs_did_activate_deal.emit(deal.id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.ui.dealsTable and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._activate(self.ui.dealsTable.currentIndex().row())
                return True
            if event.key() == Qt.Key.Key_Insert:
                self.records_tabs_did_request_new_deal.emit()
                return True
        return super().eventFilter(obj, event)

    def fill(self, deals: list[DealItem], tasks: list[TaskItem]) -> None:
        self.deals.set_rows(deals)
        self.tasks.set_rows(tasks)

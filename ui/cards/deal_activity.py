"""The deal card's Tasks and History tabs with their actions (issue #5). Layer: ``ui``.

* **Tasks** — the deal's tasks (open first). *New task* (Ins) opens the planner's
  :class:`ui.planner.task_dialog.TaskDialog` preset with the deal, its client and contact, the way
  the planner opens it; Enter (or a double click) opens the selected task in the same dialog;
  *Done* (Ctrl+D) asks the result with the planner's :func:`ui.planner.planner_view.ask_done` and
  calls :func:`app.planner.complete_task` with the version the card shows (a task changed by
  someone else meanwhile is refused with a ConflictError, never completed blindly).
* **History** — the deal's interactions (newest first). *Call* / *Meeting* / *Note* (Ctrl+1/2/3,
  window-wide like the client card's) open the client card's quick interaction dialog
  (:class:`ui.dialogs.interaction.InteractionDialog`) with this deal's ``deal_id``; Enter shows the
  full text of one interaction.

Every save is published as ``panel_did_change(changes)``; the card publishes it on the refresher,
whose answer reloads the card. The task choices (users, may I plan for others) are read once per
connection into the card's reference cache.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout, QWidget

from app import interactions, planner
from app.changes import Changes
from app.clients import HistoryItem
from app.deals import DealTask
from app.errors import UserError
from app.planner import TaskChoices, TaskDraft

from ui import errors, ops
from ui.cards.client_card import history_tab
from ui.dialogs.interaction import InteractionDialog
from ui.planner import planner_view
from ui.planner.task_dialog import TaskDialog


def complete_job(ctx, task_id: int, result: str, version: int | None, log: bool, outcome: str | None):
    return planner.complete_task(ctx, task_id, result, version, log, outcome=outcome)


def _button(parent: QWidget, name: str, text: str, tip: str) -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.setToolTip(tip)
    return b


class _Panel(QWidget):
    panel_did_change = Signal(object)  #: Changes of a save made here

    def __init__(self, table: QTableWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.table = table
        self.deal_id: int | None = None
        self.client_id: int | None = None
        self.client_name = ""
        self.contact_id: int | None = None
        self.contacts: list[tuple[int, str]] = []
        self.buttons = QHBoxLayout()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(self.buttons)
        lay.addWidget(table, 1)

    def set_deal(self, deal_id: int | None, client_id: int | None, client_name: str, contact_id: int | None,
                 contacts: list[tuple[int, str]]) -> None:
        self.deal_id, self.client_id, self.client_name = deal_id, client_id, client_name
        self.contact_id, self.contacts = contact_id, contacts
        self.update_actions()

    def update_actions(self) -> None:
        raise NotImplementedError

    def current_row(self) -> int:
        return self.table.currentRow() if self.table.currentIndex().isValid() else -1

    def _saved(self, saved) -> None:
        self.panel_did_change.emit(saved.changes)


class TasksPanel(_Panel):
    """The Tasks tab. ``cache`` holds ``task_choices`` (read on the first New/Open)."""

    def __init__(self, table: QTableWidget, parent: QWidget, cache) -> None:
        super().__init__(table, parent)
        self.setObjectName("dealTasksPanel")
        self.cache = cache
        self.tasks: list[DealTask] = []
        self.dialog: TaskDialog | None = None  #: the last dialog opened (tests use it)
        self.new_button = _button(self, "newTaskButton", self.tr("&New task"), self.tr("New task for this deal (Ins)"))
        self.open_button = _button(self, "openTaskButton", self.tr("O&pen"), self.tr("Open the task (Enter)"))
        self.done_button = _button(self, "doneTaskButton", self.tr("&Done…"), self.tr("Mark the task done (Ctrl+D)"))
        for b in (self.new_button, self.open_button, self.done_button):
            self.buttons.addWidget(b)
        self.buttons.addStretch(1)
        self.new_button.clicked.connect(self.new_task)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.mark_done)
        for key, slot in (("Ins", self.new_task), ("Ctrl+D", self.mark_done)):
            act = QAction(self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
        table.activated.connect(lambda _i: self.open_current())
        table.itemSelectionChanged.connect(self.update_actions)
        self.update_actions()

    def set_tasks(self, tasks: list[DealTask]) -> None:
        """The rows of the table, in its order (the card's HistoryTables fills the cells)."""
        self.tasks = list(tasks)
        self.update_actions()

    def current(self) -> DealTask | None:
        row = self.current_row()
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def update_actions(self) -> None:
        t = self.current()
        self.new_button.setEnabled(self.deal_id is not None)
        self.open_button.setEnabled(t is not None)
        self.done_button.setEnabled(t is not None and t.status == "OPEN")

    def _with_choices(self, then) -> None:
        if self.cache.task_choices is not None:
            then(self.cache.task_choices)
            return

        def done(choices: TaskChoices) -> None:
            self.cache.task_choices = choices
            then(choices)

        ops.run_op(self, planner.task_choices, on_done=done)

    def new_task(self) -> None:
        if self.deal_id is None:
            return
        draft = TaskDraft(client_id=self.client_id, deal_id=self.deal_id, contact_id=self.contact_id)

        def show(choices: TaskChoices) -> None:
            self.dialog = TaskDialog.open_new(self.window(), choices, draft, client_name=self.client_name)
            self.dialog.task_dialog_did_save.connect(self._saved)

        self._with_choices(show)

    def open_current(self) -> None:
        t = self.current()
        if t is None:
            return

        def opened(dlg: TaskDialog) -> None:
            self.dialog = dlg
            dlg.task_dialog_did_save.connect(self._saved)

        self._with_choices(lambda choices: TaskDialog.open_task(self.window(), choices, t.id, on_open=opened))

    def mark_done(self) -> ops.Op | None:
        t = self.current()
        if t is None or t.status != "OPEN":
            return None
        item = planner.TaskItem(t.id, t.version or 0, t.title, t.kind, t.status, t.due_at, 0, t.priority, None,
                                t.assignee, self.client_id, self.client_name, self.deal_id, None, None, None, None,
                                t.done_at)
        answer = planner_view.ask_done(self, item)
        if answer is None:
            return None
        result, outcome, log = answer

        def failed(error: UserError) -> None:
            errors.show_error(self, error)
            self.panel_did_change.emit(Changes())  # show what is stored now

        return ops.run_op(self, complete_job, t.id, result, t.version, log, outcome, on_done=self._saved,
                          on_error=failed, progress_text=self.tr("Saving…"))


class HistoryPanel(_Panel):
    """The History tab; the Call / Meeting / Note actions are added to ``window`` (Ctrl+1/2/3)."""

    def __init__(self, table: QTableWidget, parent: QWidget, window: QWidget) -> None:
        super().__init__(table, parent)
        self.setObjectName("dealHistoryPanel")
        self.items: list[HistoryItem] = []
        self.dialog: InteractionDialog | None = None  #: the last dialog opened (tests use it)
        self.actions_: dict[str, QAction] = {}
        for kind, text, key in (("CALL", self.tr("Call"), "Ctrl+1"), ("MEETING", self.tr("Meeting"), "Ctrl+2"),
                                ("NOTE", self.tr("Note"), "Ctrl+3")):
            act = QAction(text, window)
            act.setObjectName(f"deal.{kind.lower()}")
            act.setShortcut(QKeySequence(key))
            act.setToolTip(f"{text} ({key})")
            act.triggered.connect(lambda _c=False, k=kind: self.add_interaction(k))
            window.addAction(act)
            button = _button(self, f"{kind.lower()}Button", text, act.toolTip())
            button.clicked.connect(act.trigger)
            act.changed.connect(lambda b=button, a=act: b.setEnabled(a.isEnabled()))
            self.buttons.addWidget(button)
            self.actions_[kind] = act
        self.buttons.addStretch(1)
        table.activated.connect(lambda index: self.open_item(index.row()))
        self.update_actions()

    def set_items(self, items: list[HistoryItem]) -> None:
        self.items = list(items)

    def update_actions(self) -> None:
        for act in self.actions_.values():
            act.setEnabled(self.deal_id is not None and self.client_id is not None)

    def add_interaction(self, kind: str) -> InteractionDialog | None:
        if self.deal_id is None or self.client_id is None:
            return None
        dlg = InteractionDialog(self.client_id, kind, self.contacts, self.client_name, self.window(),
                                deal_id=self.deal_id)
        if self.contact_id is not None:
            dlg.contact_combo.setCurrentIndex(max(0, dlg.contact_combo.findData(self.contact_id)))
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.interaction_dialog_did_save.connect(self._saved)
        self.dialog = dlg
        dlg.open()
        return dlg

    def open_item(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        ops.run_op(self, interactions.interaction_body, item.id,
                   on_done=lambda text: history_tab.show_body(self.window(), item, text))

"""The Planner screen (issue #5): "My day" and a Day / Week / Month calendar. Layer: ``ui``.

*My day* lists overdue tasks (red), today's tasks by time (red once past), undated ones, today's
and this week's birthdays of my clients' people, in one tree. The buttons work on the selected
task in either page: New (Ins), Open (Enter), Done with a result (Ctrl+D; a call, meeting or
e-mail is logged on the client in the same commit), Reschedule (+1 hour / tomorrow / pick, Ctrl+R
for the menu), Log call (Ctrl+L, the interaction dialog), Open client (Ctrl+Shift+O) and Refresh (F5, the main window's). The
calendar moves with Ctrl+PgUp / Ctrl+PgDn, Ctrl+Home goes to today; a head chooses whose plan.

Wiring (the main window): add the widget as a tab; call :meth:`PlannerWidget.refresh` after a
database opened and :meth:`clear` before it closes; connect ``planner_did_activate_client`` /
``planner_did_activate_deal`` to the cards, ``planner_did_change`` to ``Refresher.publish``, and
subscribe :meth:`on_changes` to the refresher. Every database call goes through :mod:`ui.ops`.

The page (My day / Calendar) and the calendar's view (day / week / month) are remembered per OS
user (:mod:`ui.state`'s store, keys :data:`KEY_PAGE` and :data:`KEY_CALENDAR_VIEW`), saved when
they change and restored when the widget is built.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import planner
from app.changes import CLIENT, INTERACTION, TASK, Changes
from app.planner import Birthday, MyDay, TaskChoices, TaskDraft, TaskItem

from ui import ops, state
from ui.dialogs.interaction import RESULT_LABELS, RESULTS_BY_KIND, InteractionDialog
from ui.planner.calendar_view import DAY, MONTH, WEEK, CalendarGrid, period, step
from ui.planner.task_dialog import KIND_LABELS, PRIORITY_LABELS, TaskDialog

OVERDUE = QColor("#c62828")

KEY_PAGE = "ui.planner/page"  #: the page at the last change: one of PAGES
KEY_CALENDAR_VIEW = "ui.planner/calendar_view"  #: DAY | WEEK | MONTH
PAGES = ("my_day", "calendar")  #: the tabs, left to right


def _saved_choice(key: str, allowed: tuple[str, ...], default: str) -> str:
    value = state.settings().value(key)
    return value if isinstance(value, str) and value in allowed else default


def _save_choice(key: str, value: str) -> None:
    s = state.settings()
    s.setValue(key, value)
    s.sync()



def _day_name(day: dt.date, pattern: str) -> str:
    """Weekday and month names in the interface language (QLocale default set by ui/main.py),
    not the C library's (``strftime("%A")`` said "Tuesday" in a Russian interface)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

class DoneDialog(QDialog):
    """Ask the result of a task being completed (and, for a call, how it went)."""

    def __init__(self, task: TaskItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Done: {title}").format(title=task.title))
        self.result_edit = QLineEdit(self)
        self.result_edit.setMaxLength(500)
        self.result_edit.setPlaceholderText(self.tr("What came of it"))
        self.outcome_combo = QComboBox(self)
        for code in RESULTS_BY_KIND.get(task.kind, ()):
            self.outcome_combo.addItem(QCoreApplication.translate("InteractionDialog", RESULT_LABELS[code]), code)
        self.log_check = QCheckBox(self.tr("Log it in the client's history"), self)
        loggable = task.client_id is not None and task.kind in planner.INTERACTION_OF_TASK
        self.log_check.setChecked(loggable)
        self.log_check.setEnabled(loggable)
        form = QFormLayout()
        form.addRow(self.tr("&Result:"), self.result_edit)
        if self.outcome_combo.count():
            form.addRow(self.tr("&Outcome:"), self.outcome_combo)
        form.addRow(self.log_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)


def ask_done(parent: QWidget, task: TaskItem) -> tuple[str, str | None, bool] | None:
    """(result, outcome code, log interaction) or None when cancelled. Tests replace this."""
    dlg = DoneDialog(task, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.result_edit.text().strip(), dlg.outcome_combo.currentData(), dlg.log_check.isChecked()


def ask_when(parent: QWidget, start: dt.datetime) -> dt.datetime | None:
    """A date and time picked by the user (Reschedule > Pick…), None when cancelled."""
    dlg = QDialog(parent)
    dlg.setWindowTitle(QCoreApplication.translate("PlannerWidget", "Reschedule to"))
    edit = QDateTimeEdit(QDateTime(start.year, start.month, start.day, start.hour, start.minute), dlg)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dlg)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    lay = QVBoxLayout(dlg)
    lay.addWidget(edit)
    lay.addWidget(buttons)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    q = edit.dateTime()
    return dt.datetime(q.date().year(), q.date().month(), q.date().day(), q.time().hour(), q.time().minute())


def _load(ctx, now: dt.datetime, view: str, anchor: dt.date, assignee: int | None, everyone: bool):
    """Worker side of a refresh: my day and the calendar's period in one job."""
    start, end = period(view, anchor)
    mine = planner.my_day(ctx, now.date(), now)
    who = None if everyone else (assignee if assignee is not None else ctx.current_user_id())
    tasks = planner.tasks_in_range(ctx, dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time()),
                                   who) if who is not None or everyone else []
    return mine, tasks


class PlannerWidget(QWidget):
    """My day + calendar (module docstring for the keys and the wiring)."""

    planner_did_activate_client = Signal(int)
    planner_did_activate_deal = Signal(int)
    planner_did_change = Signal(object)  #: Changes of a save, done, reschedule…
    planner_did_load = Signal()

    def __init__(self, parent: QWidget | None = None, *, now_fn: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlannerWidget")
        self.now_fn = now_fn or (lambda: dt.datetime.now().replace(microsecond=0))
        self.choices: TaskChoices | None = None
        self.day: MyDay | None = None
        self.loaded = False
        self._loading: ops.Op | None = None
        self._again = False
        self._build()

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        def button(text: str, tip: str, slot, keys: str | None = None) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(f"{tip} ({keys})" if keys else tip)
            b.clicked.connect(slot)
            if keys:
                QShortcut(QKeySequence(keys), self, activated=slot,
                          context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return b

        self.new_button = button(self.tr("&New task"), self.tr("Plan a new task"), self.new_task, "Ins")
        self.done_button = button(self.tr("Done…"), self.tr("Mark the task done with its result"), self.mark_done,
                                  "Ctrl+D")
        self.reschedule_button = QToolButton(self)
        self.reschedule_button.setText(self.tr("Reschedule"))
        self.reschedule_button.setToolTip(self.tr("Move the task (Ctrl+R)"))
        self.reschedule_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.reschedule_button)
        self.plus_hour_action = QAction(self.tr("+1 hour"), menu)
        self.tomorrow_action = QAction(self.tr("Tomorrow, same time"), menu)
        self.pick_action = QAction(self.tr("Pick a date and time…"), menu)
        self.plus_hour_action.triggered.connect(lambda: self.reschedule("hour"))
        self.tomorrow_action.triggered.connect(lambda: self.reschedule("tomorrow"))
        self.pick_action.triggered.connect(lambda: self.reschedule("pick"))
        menu.addActions([self.plus_hour_action, self.tomorrow_action, self.pick_action])
        self.reschedule_button.setMenu(menu)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.reschedule_button.showMenu,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.call_button = button(self.tr("Log call…"), self.tr("Log a call with the task's client"), self.log_call,
                                  "Ctrl+L")
        self.client_button = button(self.tr("Open client"), self.tr("Open the client's card"), self.open_client,
                                    "Ctrl+Shift+O")  # Ctrl+O is File > Connect
        # F5 is the main window's Refresh, which refreshes the visible tab (ui/workspace.py)
        self.refresh_button = button(self.tr("Refresh"), self.tr("Read the plan again (F5)"), self.refresh)
        bar = QHBoxLayout()
        for w in (self.new_button, self.done_button, self.reschedule_button, self.call_button, self.client_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.refresh_button)

        self.tabs = QTabWidget(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("MyDayTree")
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Task"), self.tr("Client"), self.tr("Type"),
                                   self.tr("Priority")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(lambda item, _c: self._activate(item))
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.summary = QLabel(self)
        day_page = QWidget(self)
        lay = QVBoxLayout(day_page)
        lay.addWidget(self.summary)
        lay.addWidget(self.tree)
        self.tabs.addTab(day_page, self.tr("My day"))

        self.grid = CalendarGrid(self.now_fn, self)
        self.grid.calendar_did_activate_task.connect(self.open_task)
        self.grid.calendar_did_request_task_at.connect(lambda when: self.new_task(when))
        self.grid.calendar_did_select_task.connect(lambda _t: self._update_buttons())
        saved_view = _saved_choice(KEY_CALENDAR_VIEW, (DAY, WEEK, MONTH), WEEK)
        self.grid.set_tasks(saved_view, self.grid.anchor, [])
        self.view_group = QButtonGroup(self)
        views = QHBoxLayout()
        for code, text in ((DAY, self.tr("Day")), (WEEK, self.tr("Week")), (MONTH, self.tr("Month"))):
            b = QPushButton(text, self)
            b.setCheckable(True)
            b.setProperty("view", code)
            b.setChecked(code == saved_view)
            self.view_group.addButton(b)
            views.addWidget(b)
        self.view_group.buttonClicked.connect(lambda b: self.set_view(b.property("view")))
        self.prev_button = button("◀", self.tr("Previous period"), lambda: self.move_period(-1), "Ctrl+PgUp")
        self.today_button = button(self.tr("Today"), self.tr("Back to today"), self.go_today, "Ctrl+Home")
        self.next_button = button("▶", self.tr("Next period"), lambda: self.move_period(1), "Ctrl+PgDown")
        self.period_label = QLabel(self)
        self.who_combo = QComboBox(self)
        self.who_combo.setToolTip(self.tr("Whose tasks the calendar shows"))
        self.who_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        views.addSpacing(12)
        for w in (self.prev_button, self.today_button, self.next_button, self.period_label):
            views.addWidget(w)
        views.addStretch(1)
        views.addWidget(QLabel(self.tr("Whose:"), self))
        views.addWidget(self.who_combo)
        cal_page = QWidget(self)
        lay = QVBoxLayout(cal_page)
        lay.addLayout(views)
        lay.addWidget(self.grid, 1)
        self.tabs.addTab(cal_page, self.tr("Calendar"))
        self.tabs.setCurrentIndex(PAGES.index(_saved_choice(KEY_PAGE, PAGES, PAGES[0])))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.tabs.currentChanged.connect(lambda i: _save_choice(KEY_PAGE, PAGES[i]) if 0 <= i < len(PAGES) else None)

        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addWidget(self.tabs, 1)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------------
    def set_clock(self, now_fn: Callable[[], dt.datetime]) -> None:
        """Use ``now_fn`` as "now" from the next refresh on (My day, overdue colours, the calendar's
        today line); the calendar goes to that today. The main window builds the planner with the
        real clock; tests inject theirs."""
        self.now_fn = now_fn
        self.grid.now_fn = now_fn
        self.grid.anchor = now_fn().date()

    def refresh(self) -> None:
        """Read choices (once per connection), my day and the calendar's period through the worker."""
        if self._loading is not None and not self._loading.done:
            self._again = True
            return
        if self.choices is None:
            self._loading = ops.run_op(self, planner.task_choices, on_done=self._on_choices)
            return
        who = self.who_combo.currentData()
        everyone = who == "ALL"
        self._loading = ops.run_op(self, _load, self.now_fn(), self.grid.view, self.grid.anchor,
                                   None if everyone else who, everyone, on_done=self._on_loaded)

    def clear(self) -> None:
        """Forget everything shown (the database is closing or another one opens)."""
        self.choices, self.day, self.loaded = None, None, False
        self.tree.clear()
        self.summary.clear()
        self.grid.set_tasks(self.grid.view, self.grid.anchor, [])
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.blockSignals(False)
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        """Tasks, clients or interactions changed (here or elsewhere): read again."""
        if self.choices is not None and any(changes.touches(k) for k in (TASK, CLIENT, INTERACTION)):
            self.refresh()

    def _on_choices(self, choices: TaskChoices) -> None:
        self.choices = choices
        self.who_combo.blockSignals(True)
        self.who_combo.clear()
        self.who_combo.addItem(self.tr("Mine"), choices.my_user_id)
        if choices.is_head:
            self.who_combo.addItem(self.tr("Everyone I see"), "ALL")
            for uid, name in choices.users:
                if uid != choices.my_user_id:
                    self.who_combo.addItem(name, uid)
        self.who_combo.setEnabled(choices.is_head)
        self.who_combo.blockSignals(False)
        self._loading = None
        self.refresh()

    def _on_loaded(self, result) -> None:
        self.day, tasks = result
        self._fill_tree(self.day)
        self.grid.set_tasks(self.grid.view, self.grid.anchor, tasks)
        self._update_period_label()
        self.loaded = True
        self._update_buttons()
        self._loading = None
        if self._again:
            self._again = False
            self.refresh()
        self.planner_did_load.emit()

    # --- my day ------------------------------------------------------------------------------
    def _fill_tree(self, day: MyDay) -> None:
        current = self.current_task()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)

        def section(text: str) -> QTreeWidgetItem:
            item = QTreeWidgetItem(self.tree, [text])
            item.setFirstColumnSpanned(True)
            item.setFont(0, bold)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            return item

        def task_row(t: TaskItem, when: str) -> QTreeWidgetItem:
            item = QTreeWidgetItem(self.tree, [when, t.title, t.client or "", QCoreApplication.translate("TaskDialog", KIND_LABELS.get(t.kind, t.kind)),
                                               QCoreApplication.translate("TaskDialog", PRIORITY_LABELS.get(t.priority, ""))])
            item.setData(0, Qt.ItemDataRole.UserRole, t)
            if t.is_overdue(day.now):
                for c in range(5):
                    item.setForeground(c, QBrush(OVERDUE))
            if t.priority == 1:
                item.setFont(1, bold)
            return item

        if day.overdue:
            section(self.tr("Overdue (%n)", "", len(day.overdue)) + ("+" if day.overdue_more else ""))
            for t in day.overdue:
                task_row(t, t.due_at.strftime("%d.%m %H:%M"))
        section(self.tr("Today (%n)", "", len(day.today)))
        for t in day.today:
            task_row(t, t.due_at.strftime("%H:%M"))
        if day.undated:
            section(self.tr("No date (%n)", "", len(day.undated)))
            for t in day.undated:
                task_row(t, "")
        for title, people in ((self.tr("Birthdays today"), day.birthdays_today),
                              (self.tr("Birthdays this week"), day.birthdays_soon)):
            if people:
                section(title)
                for b in people:
                    item = QTreeWidgetItem(self.tree, [b.on.strftime("%d.%m"), self.tr("{person} turns {age}").format(
                        person=b.person, age=b.age), b.client, self.tr("Birthday"), ""])
                    item.setData(0, Qt.ItemDataRole.UserRole, b)
        for c in range(5):
            self.tree.resizeColumnToContents(c)
        self.summary.setText(self.tr("{date}: %n task(s) today, {done} done, {overdue} overdue", "", len(day.today))
                             .format(date=_day_name(day.day, "dddd dd.MM.yyyy"), done=day.done_today,
                                     overdue=len(day.overdue) + sum(1 for t in day.today if t.is_overdue(day.now))))
        items = self.task_items()
        keep = next((i for i in items if current is not None and i.data(0, Qt.ItemDataRole.UserRole).id == current.id),
                    None)
        if keep is not None or items:
            self.tree.setCurrentItem(keep or items[0])  # the keys work at once, without a click first

    def task_items(self) -> list[QTreeWidgetItem]:
        """The tree's task rows, top to bottom."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if isinstance(item.data(0, Qt.ItemDataRole.UserRole), TaskItem):
                out.append(item)
        return out

    def _activate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, TaskItem):
            self.open_task(data.id)
        elif isinstance(data, Birthday):
            self.planner_did_activate_client.emit(data.client_id)

    # --- the selection -----------------------------------------------------------------------
    def current_task(self) -> TaskItem | None:
        if self.tabs.currentIndex() == 1:
            return self.grid.selected_task()
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, TaskItem) else None

    def _current_client(self) -> int | None:
        t = self.current_task()
        if t is not None:
            return t.client_id
        item = self.tree.currentItem() if self.tabs.currentIndex() == 0 else None
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data.client_id if isinstance(data, Birthday) else None

    def _update_buttons(self) -> None:
        t = self.current_task()
        is_open = t is not None and t.status == "OPEN"
        self.new_button.setEnabled(self.choices is not None)
        self.done_button.setEnabled(is_open)
        self.reschedule_button.setEnabled(is_open)
        self.call_button.setEnabled(self._current_client() is not None)
        self.client_button.setEnabled(self._current_client() is not None)

    # --- actions -----------------------------------------------------------------------------
    def new_task(self, when: dt.datetime | None = None) -> TaskDialog | None:
        if self.choices is None:
            return None
        t = self.current_task()
        draft = TaskDraft(due_at=when if isinstance(when, dt.datetime) else None)
        name = None
        if t is not None and t.client_id is not None and self.tabs.currentIndex() == 0:
            draft.client_id, name = t.client_id, t.client
        dlg = TaskDialog.open_new(self, self.choices, draft, client_name=name)
        dlg.task_dialog_did_save.connect(self._on_saved)
        return dlg

    def open_task(self, task_id: int) -> None:
        if self.choices is not None:
            TaskDialog.open_task(self, self.choices, task_id,
                                 on_open=lambda dlg: dlg.task_dialog_did_save.connect(self._on_saved))

    def mark_done(self) -> ops.Op | None:
        t = self.current_task()
        if t is None or t.status != "OPEN":
            return None
        answer = ask_done(self, t)
        if answer is None:
            return None
        result, outcome, log = answer
        return ops.run_op(self, _complete, t.id, result, t.version, log, outcome, on_done=self._on_saved,
                          progress_text=self.tr("Saving…"))

    def reschedule(self, how: str) -> ops.Op | None:
        t = self.current_task()
        if t is None or t.status != "OPEN":
            return None
        now = self.now_fn()
        base = t.due_at if t.due_at is not None and t.due_at > now else now.replace(second=0)
        if how == "hour":
            when = base + dt.timedelta(hours=1)
        elif how == "tomorrow":
            at = t.due_at.time() if t.due_at is not None else dt.time(10)
            when = dt.datetime.combine(now.date() + dt.timedelta(days=1), at)
        else:
            when = ask_when(self, base)
            if when is None:
                return None
        return ops.run_op(self, planner.reschedule_task, t.id, when, t.version, on_done=self._on_saved)

    def log_call(self) -> InteractionDialog | None:
        cid = self._current_client()
        if cid is None:
            return None
        t = self.current_task()
        dlg = InteractionDialog(cid, "CALL", client_name=(t.client if t else "") or "", parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.interaction_dialog_did_save.connect(self._on_saved)
        dlg.open()
        return dlg

    def open_client(self) -> None:
        cid = self._current_client()
        if cid is not None:
            self.planner_did_activate_client.emit(cid)

    def open_deal(self) -> None:
        t = self.current_task()
        if t is not None and t.deal_id is not None:
            self.planner_did_activate_deal.emit(t.deal_id)

    def _on_saved(self, saved) -> None:
        self.planner_did_change.emit(saved.changes)
        self.refresh()

    # --- the calendar ------------------------------------------------------------------------
    def set_view(self, view: str) -> None:
        """Show the calendar as ``view`` (DAY, WEEK or MONTH; remembered) and read its period."""
        if view not in (DAY, WEEK, MONTH):
            return
        _save_choice(KEY_CALENDAR_VIEW, view)
        self.grid.set_tasks(view, self.grid.anchor, [])
        for b in self.view_group.buttons():
            b.setChecked(b.property("view") == view)
        self.refresh()

    def move_period(self, n: int) -> None:
        self.tabs.setCurrentIndex(1)
        self.grid.set_tasks(self.grid.view, step(self.grid.view, self.grid.anchor, n), [])
        self._update_period_label()
        self.refresh()

    def go_today(self) -> None:
        self.grid.set_tasks(self.grid.view, self.now_fn().date(), [])
        self._update_period_label()
        self.refresh()

    def _update_period_label(self) -> None:
        start, end = period(self.grid.view, self.grid.anchor)
        if self.grid.view == DAY:
            text = _day_name(start, "dddd dd.MM.yyyy")
        elif self.grid.view == WEEK:
            text = f"{start:%d.%m} – {end - dt.timedelta(days=1):%d.%m.%Y}"
        else:
            text = _day_name(self.grid.anchor, "LLLL yyyy")
        self.period_label.setText(text)


def _complete(ctx, task_id: int, result: str, version: int, log: bool, outcome: str | None):
    return planner.complete_task(ctx, task_id, result, version, log, outcome=outcome)

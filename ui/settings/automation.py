"""Administration > Automation Rules: the rules list and the rule editor. Layer: ``ui``.

The list shows every rule (name, when, what, for whom, active) with *Add…*, *Edit…* (or
double-click) and *Delete* (Del). The editor (:class:`RuleEditDialog`) is built from the choices
of :mod:`app.automation`: the event (a stage for "deal entered a stage", days for the time
events, an optional funnel/stage filter for "deal idle"), the action (task kind, due offset in
days and hours, priority; or a notification), the target (the responsible, a chosen user, the
head of department) and the text, where ``{deal}``, ``{client}`` and ``{task}`` are replaced. A
:class:`~app.errors.ValidationError` is shown under the form and the input stays. The editor is
opened with :meth:`QDialog.open`; tests drive :attr:`AutomationDialog.editor` directly.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import automation, deal_rules, reference
from app.automation import ACTION_TITLES, EVENT_TITLES, TARGET_TITLES, Rule
from app.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP

from ui import ops
from ui.settings.users_roles import ERROR_STYLE

TASK_KIND_TITLES = {
    "CALL": QT_TRANSLATE_NOOP("RuleEditDialog", "Call"),
    "MEETING": QT_TRANSLATE_NOOP("RuleEditDialog", "Meeting"),
    "EMAIL": QT_TRANSLATE_NOOP("RuleEditDialog", "E-mail"),
    "TODO": QT_TRANSLATE_NOOP("RuleEditDialog", "To-do"),
}


def _app(text: str) -> str:
    return QCoreApplication.translate("app.automation", text)


def _load_choices(ctx):
    """Funnels with stages and active users for the editor's combos (one call on the worker)."""
    return deal_rules.funnels_with_stages(ctx), reference.reference_data(ctx).users


class RuleEditDialog(QDialog):
    """One rule's form; ``rule_did_save`` is emitted through ``on_saved`` by the owner."""

    def __init__(self, rule: Rule, funnels_: list, users: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ruleEditDialog")
        self.setWindowTitle(self.tr("Automation Rule"))
        self.original = rule
        self.saving = False
        self.saved_id: int | None = None
        self.name_edit = QLineEdit(rule.name)
        self.active_check = QCheckBox(self.tr("Active"))
        self.active_check.setChecked(rule.is_active)
        self.event_combo = QComboBox()
        for code, title in EVENT_TITLES.items():
            self.event_combo.addItem(_app(title), code)
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("(any stage)"), None)
        self.funnel_combo = QComboBox()
        self.funnel_combo.addItem(self.tr("(any funnel)"), None)
        for f in funnels_:
            self.funnel_combo.addItem(f.name, f.id)
            for st in f.stages:
                self.stage_combo.addItem(f"{f.name} › {st.name}", st.id)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, automation.MAX_IDLE_DAYS)
        self.action_combo = QComboBox()
        for code, title in ACTION_TITLES.items():
            self.action_combo.addItem(_app(title), code)
        self.kind_combo = QComboBox()
        for code, title in TASK_KIND_TITLES.items():
            self.kind_combo.addItem(QCoreApplication.translate("RuleEditDialog", title), code)
        self.title_edit = QLineEdit(rule.title)
        self.title_edit.setPlaceholderText(self.tr("e.g. Call {client} about {deal}"))
        self.due_days = QSpinBox()
        self.due_days.setRange(-365, 365)
        self.due_days.setSuffix(self.tr(" d"))
        self.due_hours = QSpinBox()
        self.due_hours.setRange(-23, 23)
        self.due_hours.setSuffix(self.tr(" h"))
        due = QHBoxLayout()
        due.addWidget(self.due_days)
        due.addWidget(self.due_hours)
        due.addStretch(1)
        self.priority_combo = QComboBox()
        for code, title in ((1, self.tr("High")), (2, self.tr("Normal")), (3, self.tr("Low"))):
            self.priority_combo.addItem(title, code)
        self.target_combo = QComboBox()
        for code, title in TARGET_TITLES.items():
            self.target_combo.addItem(_app(title), code)
        self.user_combo = QComboBox()
        self.user_combo.addItem("", None)
        for uid, name in users:
            self.user_combo.addItem(name, uid)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", self.active_check)
        form.addRow(self.tr("&When:"), self.event_combo)
        form.addRow(self.tr("&Stage:"), self.stage_combo)
        form.addRow(self.tr("&Funnel:"), self.funnel_combo)
        form.addRow(self.tr("&Days:"), self.days_spin)
        form.addRow(self.tr("&Do:"), self.action_combo)
        form.addRow(self.tr("Task &kind:"), self.kind_combo)
        form.addRow(self.tr("&Text:"), self.title_edit)
        form.addRow(self.tr("Due &after:"), due)
        form.addRow(self.tr("&Priority:"), self.priority_combo)
        form.addRow(self.tr("F&or:"), self.target_combo)
        form.addRow(self.tr("&User:"), self.user_combo)
        self.form = form
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.on_ok_clicked)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.button_box)

        def pick(combo: QComboBox, value) -> None:
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))

        pick(self.event_combo, rule.event_kind)
        pick(self.stage_combo, rule.stage_id)
        pick(self.funnel_combo, rule.funnel_id)
        pick(self.action_combo, rule.action_kind)
        pick(self.kind_combo, rule.task_kind)
        pick(self.priority_combo, rule.priority)
        pick(self.target_combo, rule.target_kind)
        pick(self.user_combo, rule.target_user_id)
        self.days_spin.setValue(rule.idle_days)
        sign = -1 if rule.due_hours < 0 else 1
        self.due_days.setValue(sign * (abs(rule.due_hours) // 24))
        self.due_hours.setValue(sign * (abs(rule.due_hours) % 24))
        for combo in (self.event_combo, self.action_combo, self.target_combo):
            combo.currentIndexChanged.connect(self.update_visibility)
        self.update_visibility()

    def set_event(self, code: str) -> None:
        self.event_combo.setCurrentIndex(self.event_combo.findData(code))

    def update_visibility(self) -> None:
        """Show only the fields the chosen event, action and target use."""
        event, action = self.event_combo.currentData(), self.action_combo.currentData()
        shown = {
            self.stage_combo: event in ("STAGE_ENTERED", "DEAL_IDLE"),
            self.funnel_combo: event == "DEAL_IDLE",
            self.days_spin: event in automation.TIME_EVENTS,
            self.kind_combo: action == "TASK",
            self.priority_combo: action == "TASK",
            self.user_combo: self.target_combo.currentData() == "USER",
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        self.days_spin.setMinimum(1 if event == "DEAL_IDLE" else 0)

    def rule(self) -> Rule:
        o = self.original
        return Rule(name=self.name_edit.text(), event_kind=self.event_combo.currentData(),
                    action_kind=self.action_combo.currentData(), title=self.title_edit.text(),
                    stage_id=self.stage_combo.currentData(), funnel_id=self.funnel_combo.currentData(),
                    idle_days=self.days_spin.value(), task_kind=self.kind_combo.currentData(),
                    due_hours=self.due_days.value() * 24 + self.due_hours.value(),
                    priority=self.priority_combo.currentData(), target_kind=self.target_combo.currentData(),
                    target_user_id=self.user_combo.currentData(), is_active=self.active_check.isChecked(),
                    sort_order=o.sort_order, id=o.id, version=o.version)

    def on_ok_clicked(self) -> None:
        if self.saving:
            return
        self.saving = True
        self.status_label.clear()
        ops.run_op(self, automation.save_rule, self.rule(), on_done=self._on_saved, on_error=self._on_error)

    def _on_saved(self, saved) -> None:
        self.saving = False
        self.saved_id = saved.id
        self.accept()

    def _on_error(self, error: UserError) -> None:
        self.saving = False
        self.status_label.setText(str(error))


class AutomationDialog(QDialog):
    """The rules list (see the module docstring). ``loading`` is True while it reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("automationDialog")
        self.setWindowTitle(self.tr("Automation Rules"))
        self.resize(820, 420)
        self.rules: list[Rule] = []
        self.choices: tuple[list, list] = ([], [])
        self.editor: RuleEditDialog | None = None
        self.loading = False
        intro = QLabel(self.tr("Rules on events run when the change is saved, whoever saves it. Rules on idle "
                               "deals and overdue tasks run from the scheduled job “kartoteka jobs run”."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("When"), self.tr("Does"), self.tr("For"),
                                              self.tr("Active")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.doubleClicked.connect(lambda _i: self.on_edit_clicked())
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.on_delete_clicked)
        QShortcut(QKeySequence("Ins"), self.table, activated=self.on_add_clicked)
        self.reload()

    def reload(self) -> None:
        self.loading = True
        ops.run_op(self, _load_choices, on_done=lambda c: setattr(self, "choices", c))
        ops.run_op(self, automation.rules, on_done=self._on_loaded, on_error=self._on_load_error)

    def _on_load_error(self, error: UserError) -> None:
        self.loading = False
        self.status_label.setText(str(error))

    def _on_loaded(self, rules: list[Rule]) -> None:
        self.rules = rules
        users = dict(self.choices[1])
        stages = {st.id: f"{f.name} › {st.name}" for f in self.choices[0] for st in f.stages}
        self.table.setRowCount(len(rules))
        for row, r in enumerate(rules):
            when = _app(EVENT_TITLES[r.event_kind])
            if r.stage_id is not None:
                when += f": {stages.get(r.stage_id, '?')}"
            if r.event_kind in automation.TIME_EVENTS:
                when += " " + self.tr("(%n day(s))", "", r.idle_days)
            target = _app(TARGET_TITLES[r.target_kind])
            if r.target_kind == "USER":
                target = users.get(r.target_user_id, "?")
            cells = (r.name, when, f"{_app(ACTION_TITLES[r.action_kind])}: {r.title}", target,
                     self.tr("yes") if r.is_active else self.tr("no"))
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.loading = False

    def current_rule(self) -> Rule | None:
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def exec_editor(self, editor: RuleEditDialog) -> None:
        editor.open()

    def _edit(self, rule: Rule) -> None:
        self.editor = RuleEditDialog(rule, self.choices[0], self.choices[1], self)
        self.editor.accepted.connect(self.reload)
        self.exec_editor(self.editor)

    def on_add_clicked(self) -> None:
        self._edit(Rule(sort_order=(max((r.sort_order for r in self.rules), default=0) + 10)))

    def on_edit_clicked(self) -> None:
        rule = self.current_rule()
        if rule is not None:
            self._edit(rule)

    def on_delete_clicked(self) -> None:
        rule = self.current_rule()
        if rule is None:
            return
        self.status_label.clear()
        ops.run_op(self, automation.delete_rule, rule.id, rule.version, on_done=lambda _c: self.reload(),
                   on_error=lambda e: self.status_label.setText(str(e)))

"""Create or edit a task: type, title, due date and time, duration, priority, assignee, client
(looked up as you type), deal, contact, reminder lead and description. Layer: ``ui``.

The dialog runs :func:`app.planner.save_task` itself through :mod:`ui.ops`; a ValidationError keeps
it open with the field highlighted and the message shown; success emits
``task_dialog_did_save(saved)`` and closes. Ctrl+Enter saves from anywhere. Open it with
:meth:`TaskDialog.open_new` or :meth:`TaskDialog.open_task` (loads the task first).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app import planner
from app.errors import UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.planner import TaskChoices, TaskDraft, TaskForm

from ui import errors, ops
from ui.widgets.client_lookup import ClientLookup
from ui.widgets.field_editors import clear_invalid, mark_invalid

KIND_LABELS = {
    "CALL": QT_TRANSLATE_NOOP("TaskDialog", "Call"),
    "MEETING": QT_TRANSLATE_NOOP("TaskDialog", "Meeting"),
    "EMAIL": QT_TRANSLATE_NOOP("TaskDialog", "E-mail"),
    "TODO": QT_TRANSLATE_NOOP("TaskDialog", "To-do"),
}
PRIORITY_LABELS = {
    1: QT_TRANSLATE_NOOP("TaskDialog", "High"),
    2: QT_TRANSLATE_NOOP("TaskDialog", "Normal"),
    3: QT_TRANSLATE_NOOP("TaskDialog", "Low"),
}
DEFAULT_DURATION = {"CALL": 15, "MEETING": 60, "EMAIL": 0, "TODO": 30}


def next_slot(now: dt.datetime) -> dt.datetime:
    """The next quarter hour after ``now`` (a new task's default due time)."""
    base = now.replace(second=0, microsecond=0)
    return base + dt.timedelta(minutes=15 - base.minute % 15)


class TaskDialog(QDialog):
    """One task. ``form`` None = a new task (``draft`` gives its presets: client, kind, due)."""

    task_dialog_did_save = Signal(object)  #: Saved

    def __init__(self, choices: TaskChoices, draft: TaskDraft | None = None, form: TaskForm | None = None,
                 client_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TaskDialog")
        self.choices = choices
        self.form_data = form
        self.draft0 = form.draft if form is not None else (draft or TaskDraft())
        self._saving = False
        self.error_text = ""  #: the last refusal shown at a field (tests read it)
        self.op: ops.Op | None = None
        self._build()
        self._fill(client_name if form is None else form.client)
        self.setWindowTitle(self.tr("New task") if self.draft0.id is None else self.tr("Task"))
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # --- opening -----------------------------------------------------------------------------
    @classmethod
    def open_new(cls, parent: QWidget, choices: TaskChoices, draft: TaskDraft | None = None,
                 client_name: str | None = None) -> TaskDialog:
        dlg = cls(choices, draft=draft, client_name=client_name, parent=parent)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    @classmethod
    def open_task(cls, parent: QWidget, choices: TaskChoices, task_id: int, on_open=None) -> ops.Op:
        """Load the task through the worker, then show its dialog (``on_open(dialog)`` if given)."""
        def done(form: TaskForm) -> None:
            dlg = cls(choices, form=form, parent=parent)
            dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dlg.open()
            if on_open is not None:
                on_open(dlg)

        return ops.run_op(parent, planner.load_task, task_id, on_done=done)

    # --- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = QComboBox(self)
        for code, text in KIND_LABELS.items():
            self.kind_combo.addItem(self.tr(text), code)
        self.priority_combo = QComboBox(self)
        for code, text in PRIORITY_LABELS.items():
            self.priority_combo.addItem(self.tr(text), code)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Priority:"), self))
        top.addWidget(self.priority_combo)
        top.addStretch(1)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("What is to be done (Enter saves)"))
        self.due_edit = QDateTimeEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.no_due_check = QCheckBox(self.tr("no date"), self)
        self.no_due_check.toggled.connect(lambda on: self.due_edit.setEnabled(not on))
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit)
        due_row.addWidget(self.no_due_check)
        due_row.addSpacing(16)
        due_row.addWidget(QLabel(self.tr("Duration:"), self))
        due_row.addWidget(self.duration_spin)
        due_row.addStretch(1)
        self.remind_check = QCheckBox(self.tr("Remind"), self)
        self.remind_spin = QSpinBox(self)
        self.remind_spin.setRange(0, 7 * 24 * 60)
        self.remind_spin.setSingleStep(5)
        self.remind_spin.setSuffix(self.tr(" min before"))
        self.remind_check.toggled.connect(self.remind_spin.setEnabled)
        remind_row = QHBoxLayout()
        remind_row.addWidget(self.remind_check)
        remind_row.addWidget(self.remind_spin)
        remind_row.addStretch(1)
        self.assignee_combo = QComboBox(self)
        for uid, name in self.choices.users:
            self.assignee_combo.addItem(name, uid)
        self.assignee_combo.setEnabled(self.choices.is_head or self.assignee_combo.count() > 1)
        self.client_edit = ClientLookup(self)
        self.client_edit.textEdited.connect(lambda _t: clear_invalid(self.client_edit))
        self.client_edit.client_lookup_did_choose.connect(lambda cid, _name: self._load_links(cid))
        self.client_edit.client_lookup_did_clear.connect(lambda: self._set_links(None))
        self.deal_combo = QComboBox(self)
        self.contact_combo = QComboBox(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(self.tr("Details (Ctrl+Enter saves)"))
        self.description_edit.setMinimumHeight(self.fontMetrics().height() * 4)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(self.tr("&Type:"), self.kind_combo, top)
        self._row(self.tr("T&itle:"), self.title_edit)
        self._row(self.tr("&Due:"), self.due_edit, due_row)
        self._row(self.tr("&Reminder:"), self.remind_check, remind_row)
        self._row(self.tr("&Assignee:"), self.assignee_combo)
        self._row(self.tr("&Client:"), self.client_edit)
        self._row(self.tr("D&eal:"), self.deal_combo)
        self._row(self.tr("C&ontact:"), self.contact_combo)
        self._row(self.tr("De&scription:"), self.description_edit)
        self.form.addRow(self.state_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.title_edit.textEdited.connect(lambda _t: clear_invalid(self.title_edit))

    def _row(self, text: str, buddy: QWidget, field=None) -> None:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        self.form.addRow(label, field if field is not None else buddy)

    def _fill(self, client_name: str | None) -> None:
        d = self.draft0
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(d.kind), 0))
        self.priority_combo.setCurrentIndex(max(self.priority_combo.findData(d.priority), 0))
        self.title_edit.setText(d.title)
        due = d.due_at if d.due_at is not None or d.id is not None else next_slot(dt.datetime.now())
        self.no_due_check.setChecked(due is None)
        due = due or next_slot(dt.datetime.now())
        self.due_edit.setDateTime(QDateTime(QDate(due.year, due.month, due.day), QTime(due.hour, due.minute)))
        self.duration_spin.setValue(d.duration_min if d.id is not None else DEFAULT_DURATION.get(d.kind, 15))
        self.remind_check.setChecked(d.remind_before_min is not None)
        self.remind_spin.setValue(d.remind_before_min if d.remind_before_min is not None else planner.DEFAULT_LEAD_MIN)
        self.remind_spin.setEnabled(d.remind_before_min is not None)
        assignee = d.assignee_id if d.assignee_id is not None else self.choices.my_user_id
        self.assignee_combo.setCurrentIndex(max(self.assignee_combo.findData(assignee), 0))
        self.description_edit.setPlainText(d.description or "")
        self._set_links(None)
        if d.client_id is not None:
            self.client_edit.set_client(d.client_id, client_name or "")
            self._load_links(d.client_id)
        f = self.form_data
        if f is not None and f.status != "OPEN":
            state = self.tr("Done {when}: {result}").format(
                when=f.done_at.strftime("%Y-%m-%d %H:%M") if f.done_at else "", result=f.result or "—") \
                if f.status == "DONE" else self.tr("Cancelled")
            self.state_label.setText(state)
        self.state_label.setVisible(bool(self.state_label.text()))
        self.title_edit.setFocus()

    def _on_kind_changed(self) -> None:
        if self.draft0.id is None:
            self.duration_spin.setValue(DEFAULT_DURATION.get(self.kind_combo.currentData(), 15))

    # --- the client and its deals/contacts ---------------------------------------------------
    @property
    def client_id(self) -> int | None:
        """The chosen client (None: none, or only a search typed)."""
        return self.client_edit.client_id

    def _load_links(self, client_id: int) -> None:
        ops.run_op(self, planner.client_links, client_id, on_done=self._set_links)

    def _set_links(self, links) -> None:
        for combo, items, chosen in ((self.deal_combo, links.deals if links else [], self.draft0.deal_id),
                                     (self.contact_combo, links.contacts if links else [], self.draft0.contact_id)):
            combo.clear()
            combo.addItem(self.tr("—"), None)
            for i, name in items:
                combo.addItem(name, i)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.setEnabled(bool(items))

    # --- saving ------------------------------------------------------------------------------
    def draft(self) -> TaskDraft:
        q = self.due_edit.dateTime()
        d, t = q.date(), q.time()
        due = None if self.no_due_check.isChecked() else dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return TaskDraft(
            title=self.title_edit.text().strip(), kind=self.kind_combo.currentData(), due_at=due,
            duration_min=self.duration_spin.value(), priority=self.priority_combo.currentData(),
            assignee_id=self.assignee_combo.currentData(), client_id=self.client_id,
            deal_id=self.deal_combo.currentData(), contact_id=self.contact_combo.currentData(),
            description=self.description_edit.toPlainText().strip() or None,
            remind_before_min=self.remind_spin.value() if self.remind_check.isChecked() else None,
            id=self.draft0.id, version=self.draft0.version)

    def save(self) -> None:
        """Save through the worker; stays open (field highlighted) when app refuses the input."""
        if self._saving:
            return
        if self.client_edit.text().strip() and self.client_id is None:
            self._show_invalid(self.client_edit, self.tr("Choose the client from the list (or clear the field)."))
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.op = ops.run_op(self, planner.save_task, self.draft(), on_done=self._on_saved, on_error=self._on_failed,
                             progress_text=self.tr("Saving…"))

    def _on_saved(self, saved) -> None:
        self._saving = False
        self.task_dialog_did_save.emit(saved)
        self.accept()

    def _on_failed(self, error: UserError) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            widget = {"title": self.title_edit, "kind": self.kind_combo, "due_at": self.due_edit,
                      "duration_min": self.duration_spin, "priority": self.priority_combo,
                      "assignee_id": self.assignee_combo, "client_id": self.client_edit, "deal_id": self.deal_combo,
                      "contact_id": self.contact_combo, "description": self.description_edit,
                      "remind_before_min": self.remind_spin}.get(error.field)
            if widget is not None:
                self._show_invalid(widget, str(error))
                return
        errors.show_error(self, error)

    def _show_invalid(self, widget: QWidget, message: str) -> None:
        mark_invalid(widget, message)
        widget.setFocus()
        self.error_text = message
        QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), message, widget)

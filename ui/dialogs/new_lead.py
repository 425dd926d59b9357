"""New Lead: manual entry of a lead (issue #5). Layer: ``ui``.

The client is either an existing one (type in *Find client* and pick from the matches) or a new one
(name, phone, e-mail). Funnel (the default one preselected), title, amount, source and department;
*Responsible* defaults to "Automatic" (the department's distribution decides, see
:mod:`app.leads`). *Create* calls :func:`app.leads.create_lead` through :func:`ui.ops.run_op`; a
:class:`~app.errors.ValidationError` is shown under the form and focuses its field, the input stays.
On success :attr:`saved` holds the :class:`app.leads.LeadSaved` (its ``changes`` are for the
refresher) and the dialog is accepted.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import clients, leads
from app.errors import UserError, ValidationError
from app.leads import LeadChoices, LeadDraft

from ui import ops
from ui.settings.users_roles import ERROR_STYLE


class NewLeadDialog(QDialog):
    """See the module docstring. ``busy`` is True while a call is under way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newLeadDialog")
        self.setWindowTitle(self.tr("New Lead"))
        self.saved: leads.LeadSaved | None = None
        self.busy = True
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("name, phone, e-mail or INN of an existing client"))
        self.client_combo = QComboBox()
        self.client_combo.addItem(self.tr("New client (below)"), None)
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.funnel_combo = QComboBox()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("the client's name when empty"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("0")
        self.source_combo = QComboBox()
        self.source_combo.addItem("", None)
        self.department_combo = QComboBox()
        self.responsible_combo = QComboBox()
        self.responsible_combo.addItem(self.tr("Automatic"), None)
        form = QFormLayout()
        form.addRow(self.tr("&Find client:"), self.find_edit)
        form.addRow(self.tr("&Client:"), self.client_combo)
        form.addRow(self.tr("New client &name:"), self.name_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow(self.tr("F&unnel:"), self.funnel_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Amount:"), self.amount_edit)
        form.addRow(self.tr("&Source:"), self.source_combo)
        form.addRow(self.tr("&Department:"), self.department_combo)
        form.addRow(self.tr("&Responsible:"), self.responsible_combo)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate"))
        self.button_box.accepted.connect(self.on_create_clicked)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.button_box)
        self.fields = {"client_name": self.name_edit, "phone": self.phone_edit, "email": self.email_edit,
                       "funnel_id": self.funnel_combo, "title": self.title_edit, "amount": self.amount_edit,
                       "client_id": self.client_combo, "department_id": self.department_combo}
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self.on_search)
        self.find_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.client_combo.currentIndexChanged.connect(self.update_new_client_fields)
        ops.run_op(self, leads.lead_choices, on_done=self._on_choices, on_error=self._on_error)

    def _on_choices(self, c: LeadChoices) -> None:
        for fid, name, is_default in c.funnels:
            self.funnel_combo.addItem(name, fid)
            if is_default:
                self.funnel_combo.setCurrentIndex(self.funnel_combo.count() - 1)
        for sid, name in c.sources:
            self.source_combo.addItem(name, sid)
        for did, name in c.departments:
            self.department_combo.addItem(name, did)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(c.my_department_id)))
        for uid, name in c.users:
            self.responsible_combo.addItem(name, uid)
        self.busy = False

    def on_search(self) -> None:
        text = self.find_edit.text().strip()
        if len(text) < 2:
            return
        ops.run_op(self, clients.search_clients, text, 20, on_done=self._on_found, on_error=self._on_error)

    def _on_found(self, rows) -> None:
        self.client_combo.blockSignals(True)
        while self.client_combo.count() > 1:
            self.client_combo.removeItem(1)
        for r in rows:
            self.client_combo.addItem(", ".join(p for p in (r.name, r.city, r.phone) if p), r.id)
        self.client_combo.blockSignals(False)
        if rows:
            self.client_combo.setCurrentIndex(1)
        self.update_new_client_fields()

    def update_new_client_fields(self) -> None:
        new = self.client_combo.currentData() is None
        for w in (self.name_edit, self.phone_edit, self.email_edit):
            w.setEnabled(new)

    def draft(self) -> LeadDraft:
        return LeadDraft(funnel_id=self.funnel_combo.currentData(), title=self.title_edit.text(),
                         client_id=self.client_combo.currentData(), client_name=self.name_edit.text(),
                         phone=self.phone_edit.text() or None, email=self.email_edit.text() or None,
                         amount=self.amount_edit.text(), source_id=self.source_combo.currentData(),
                         department_id=self.department_combo.currentData(),
                         responsible_id=self.responsible_combo.currentData())

    def on_create_clicked(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.status_label.clear()
        ops.run_op(self, leads.create_lead, self.draft(), on_done=self._on_created, on_error=self._on_error)

    def _on_created(self, saved) -> None:
        self.busy = False
        self.saved = saved
        self.accept()

    def _on_error(self, error: UserError) -> None:
        self.busy = False
        self.status_label.setText(str(error))
        if isinstance(error, ValidationError) and error.field in self.fields:
            self.fields[error.field].setFocus()

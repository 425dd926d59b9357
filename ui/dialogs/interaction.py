"""Log a call, meeting, note… on a client: the quickest form in the program. Layer: ``ui``.

Two keystrokes log a call: Ctrl+1 on the card opens this dialog with everything preset (now,
outgoing, reached) and the cursor in the subject, Enter saves. Ctrl+Enter saves from anywhere,
also from the multi-line text where Enter starts a new line. The dialog runs
:func:`app.interactions.add_interaction` itself (through :mod:`ui.ops`): a ``ValidationError``
keeps it open with the field highlighted; on success it emits
``interaction_dialog_did_save(saved)`` and closes. It never blocks the card (window-modal ``open()``).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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

from app import interactions
from app.clients import Saved
from app.errors import UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.interactions import InteractionDraft

from ui import errors, ops
from ui.widgets.field_editors import clear_invalid, mark_invalid

KIND_LABELS = {
    "CALL": QT_TRANSLATE_NOOP("InteractionDialog", "Call"),
    "MEETING": QT_TRANSLATE_NOOP("InteractionDialog", "Meeting"),
    "NOTE": QT_TRANSLATE_NOOP("InteractionDialog", "Note"),
    "EMAIL": QT_TRANSLATE_NOOP("InteractionDialog", "E-mail"),
    "SMS": QT_TRANSLATE_NOOP("InteractionDialog", "SMS"),
    "CHAT": QT_TRANSLATE_NOOP("InteractionDialog", "Chat"),
}
RESULT_LABELS = {
    "REACHED": QT_TRANSLATE_NOOP("InteractionDialog", "Reached"),
    "NO_ANSWER": QT_TRANSLATE_NOOP("InteractionDialog", "No answer"),
    "BUSY": QT_TRANSLATE_NOOP("InteractionDialog", "Busy"),
    "VOICEMAIL": QT_TRANSLATE_NOOP("InteractionDialog", "Voicemail"),
    "WRONG_NUMBER": QT_TRANSLATE_NOOP("InteractionDialog", "Wrong number"),
    "SENT": QT_TRANSLATE_NOOP("InteractionDialog", "Sent"),
    "HELD": QT_TRANSLATE_NOOP("InteractionDialog", "Held"),
    "CANCELLED": QT_TRANSLATE_NOOP("InteractionDialog", "Cancelled"),
    # shown, never offered: results of older imports
    "CONNECTED": QT_TRANSLATE_NOOP("InteractionDialog", "Connected"),
    "INTERESTED": QT_TRANSLATE_NOOP("InteractionDialog", "Interested"),
    "CALLBACK": QT_TRANSLATE_NOOP("InteractionDialog", "Call back"),
    "NOT_INTERESTED": QT_TRANSLATE_NOOP("InteractionDialog", "Not interested"),
}
#: results offered per kind, the default first (a note has none)
RESULTS_BY_KIND = {
    "CALL": ("REACHED", "INTERESTED", "CALLBACK", "NOT_INTERESTED", "NO_ANSWER", "BUSY", "VOICEMAIL", "WRONG_NUMBER"),
    "MEETING": ("HELD", "CANCELLED"),
    "EMAIL": ("SENT",),
    "SMS": ("SENT",),
    "CHAT": ("SENT",),
    "NOTE": (),
}
TIMED_KINDS = ("CALL", "MEETING")  #: kinds with a duration


def kind_label(code: str | None) -> str:
    """The translated word for an interaction kind (the card's history shows it)."""
    text = KIND_LABELS.get((code or "").strip())
    return QCoreApplication.translate("InteractionDialog", text) if text else (code or "")


def result_label(code: str | None) -> str:
    text = RESULT_LABELS.get((code or "").strip())
    return QCoreApplication.translate("InteractionDialog", text) if text else (code or "")


def _left(widget: QWidget) -> QHBoxLayout:
    """``widget`` at its natural width, the rest of the row empty (a combo need not span the form)."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class InteractionDialog(QDialog):
    """One new interaction of ``kind`` for ``client_id``. ``contacts``: (id, name) to choose from.

    ``deal_id``: the interaction is logged on that deal as well (the deal card's History tab)."""

    interaction_dialog_did_save = Signal(object)  #: Saved

    def __init__(self, client_id: int, kind: str = "CALL", contacts: list[tuple[int, str]] | None = None,
                 client_name: str = "", parent: QWidget | None = None, *, deal_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InteractionDialog")
        self.client_id = client_id
        self.deal_id = deal_id
        self.client_name = client_name
        self._saving = False
        self.op: ops.Op | None = None
        self._build(contacts or [])
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self._on_kind_changed()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    # --- building ----------------------------------------------------------------------------
    def _build(self, contacts: list[tuple[int, str]]) -> None:
        self.kind_combo = QComboBox(self)
        for code, text in KIND_LABELS.items():
            self.kind_combo.addItem(self.tr(text), code)
        self.direction_combo = QComboBox(self)
        self.direction_combo.addItem(self.tr("Outgoing"), "OUT")
        self.direction_combo.addItem(self.tr("Incoming"), "IN")
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addWidget(self.direction_combo)
        top.addStretch(1)

        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_label = QLabel(self.tr("&Duration:"), self)
        self.duration_label.setBuddy(self.duration_spin)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_edit)
        when_row.addSpacing(16)
        when_row.addWidget(self.duration_label)
        when_row.addWidget(self.duration_spin)
        when_row.addStretch(1)

        self.result_combo = QComboBox(self)
        self.contact_combo = QComboBox(self)
        self.contact_combo.addItem(self.tr("— the client —"), None)
        for cid, name in contacts:
            self.contact_combo.addItem(name, cid)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setMaxLength(200)
        self.subject_edit.setPlaceholderText(self.tr("What was it about (Enter saves)"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(self.tr("Details (Ctrl+Enter saves)"))
        self.body_edit.setMinimumHeight(self.fontMetrics().height() * 6)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(self.tr("&Type:"), self.kind_combo, top)
        self._row(self.tr("&When:"), self.when_edit, when_row)
        self.result_row, self.contact_row = _left(self.result_combo), _left(self.contact_combo)
        self._row(self.tr("&Result:"), self.result_combo, self.result_row)
        self._row(self.tr("&Contact:"), self.contact_combo, self.contact_row)
        self._row(self.tr("&Subject:"), self.subject_edit)
        self._row(self.tr("Te&xt:"), self.body_edit)
        self.form.setRowVisible(self.contact_row, bool(contacts))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.subject_edit.textEdited.connect(lambda _t: clear_invalid(self.subject_edit))
        self.body_edit.textChanged.connect(lambda: clear_invalid(self.body_edit))

    def _on_kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.setWindowTitle(self.tr("{kind} — {client}").format(kind=self.tr(KIND_LABELS[kind]),
                                                                   client=self.client_name or self.tr("client")))
        results = RESULTS_BY_KIND.get(kind, ())
        self.result_combo.clear()
        for code in results:
            self.result_combo.addItem(self.tr(RESULT_LABELS[code]), code)
        self.form.setRowVisible(self.result_row, bool(results))
        self.direction_combo.setVisible(kind != "NOTE")
        self.duration_spin.setVisible(kind in TIMED_KINDS)
        self.duration_label.setVisible(kind in TIMED_KINDS)
        # a note is its text; everything else starts with the subject
        (self.body_edit if kind == "NOTE" else self.subject_edit).setFocus()

    def _row(self, text: str, buddy: QWidget, field: QWidget | QHBoxLayout | None = None) -> None:
        """A form row whose label's mnemonic focuses ``buddy`` (also when the field is a layout)."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        self.form.addRow(label, field if field is not None else buddy)

    # --- saving ------------------------------------------------------------------------------
    def draft(self) -> InteractionDraft:
        kind = self.kind_combo.currentData()
        q = self.when_edit.dateTime()
        d, t = q.date(), q.time()
        when = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return InteractionDraft(
            client_id=self.client_id, kind=kind,
            direction=self.direction_combo.currentData() if kind != "NOTE" else None,
            occurred_at=when,
            duration_sec=self.duration_spin.value() * 60 if kind in TIMED_KINDS else 0,
            result=self.result_combo.currentData() if self.result_combo.count() else None,
            subject=self.subject_edit.text().strip() or None,
            body=self.body_edit.toPlainText().strip() or None,
            contact_id=self.contact_combo.currentData(),
            deal_id=self.deal_id,
        )

    def save(self) -> None:
        """Save through the worker; stays open (field highlighted) when app refuses the input."""
        if self._saving:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.op = ops.run_op(self, interactions.add_interaction, self.draft(), on_done=self._on_saved,
                             on_error=self._on_failed, progress_text=self.tr("Saving…"))

    def _on_saved(self, saved: Saved) -> None:
        self._saving = False
        self.interaction_dialog_did_save.emit(saved)
        self.accept()

    def _on_failed(self, error: UserError) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            widget = {"subject": self.subject_edit, "body": self.body_edit, "kind": self.kind_combo,
                      "direction": self.direction_combo, "duration_sec": self.duration_spin}.get(error.field)
            if widget is not None:
                mark_invalid(widget, str(error))
                widget.setFocus()
                QToolTip.showText(widget.mapToGlobal(widget.rect().bottomLeft()), str(error), widget)
                return
        errors.show_error(self, error)

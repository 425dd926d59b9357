"""Parts of the deal card: the Main tab's form, the read-only tables, the worker jobs and the
reference cache. Layer: ``ui`` (the ``*_job`` functions run on :mod:`ui.ops`'s worker and only
call ``app``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QWidget,
)

from app import deals, link, reference
from app.context import AppContext
from app.deal_lines import product_choices
from app.errors import ConflictError, ConflictInfo
from app.i18n import QT_TRANSLATE_NOOP

from ui.cards.caches import DealReferenceCache  # noqa: F401  (kept here for its users)
from ui.cards.deal_lines import format_number, parse_number
from ui.models.columns import ColumnSpec, Formatter
from ui.widgets.client_lookup import ClientLookup
from ui.widgets.field_editors import DateEdit

# ---------------------------------------------------------------------------------------------
# Reference data and jobs


STAGE_HISTORY_HEADERS = (QT_TRANSLATE_NOOP("DealCard", "From"), QT_TRANSLATE_NOOP("DealCard", "To"),
                         QT_TRANSLATE_NOOP("DealCard", "When"), QT_TRANSLATE_NOOP("DealCard", "Who"),
                         QT_TRANSLATE_NOOP("DealCard", "Days in stage"))
TASK_HEADERS = (QT_TRANSLATE_NOOP("DealCard", "Due"), QT_TRANSLATE_NOOP("DealCard", "Task"),
                QT_TRANSLATE_NOOP("DealCard", "Type"), QT_TRANSLATE_NOOP("DealCard", "Status"),
                QT_TRANSLATE_NOOP("DealCard", "Assignee"))
HISTORY_HEADERS = (QT_TRANSLATE_NOOP("DealCard", "When"), QT_TRANSLATE_NOOP("DealCard", "Type"),
                   QT_TRANSLATE_NOOP("DealCard", "Subject"), QT_TRANSLATE_NOOP("DealCard", "Result"),
                   QT_TRANSLATE_NOOP("DealCard", "Who"))


def _headers(titles: tuple[str, ...]) -> list[str]:
    return [QCoreApplication.translate("DealCard", t) for t in titles]


def _buddy(text: str, widget: QWidget) -> QLabel:
    """A form label whose mnemonic focuses ``widget`` (QFormLayout only does that for a widget
    row; a row holding a layout would show the "&" literally)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


@dataclass(frozen=True)
class DealReference:
    users: list[tuple[int, str]]
    sources: list[tuple[int, str]]
    funnels: list[deals.FunnelInfo]
    reasons: list[tuple[int, str]]
    products: list  #: app.deal_lines.ProductChoice


def reference_job(ctx: AppContext) -> DealReference:
    ref = reference.reference_data(ctx)
    return DealReference(ref.users, ref.sources, deals.funnels_with_stages(ctx), deals.lost_reasons(ctx),
                         product_choices(ctx))


def load_deal_job(ctx: AppContext, deal_id: int | None, client_id: int | None, funnel_id: int | None,
                  with_reference: bool) -> tuple[DealReference | None, deals.DealForm]:
    """The card (two statements) or a new deal's blank form, plus the reference lists if not cached."""
    ref = reference_job(ctx) if with_reference else None
    form = deals.load_deal(ctx, deal_id) if deal_id is not None else deals.new_deal_form(ctx, client_id, funnel_id)
    return ref, form


def save_deal_job(ctx: AppContext, draft: deals.DealDraft, force: bool):
    return deals.save_deal(ctx, draft, force=force)


def resume_deal_save_job(ctx: AppContext, draft: deals.DealDraft, original: deals.DealDraft | None, force: bool,
                         since_s: float) -> link.Resumed:
    """A deal save the dropped link interrupted, after the reconnect: applied at most once (issue #15)."""
    return link.resume_deal_save(ctx, draft, original, force=force, since_s=since_s)


def close_lost_job(ctx: AppContext, deal_id: int, version: int | None, reason_id: int, comment: str | None):
    """Lost from the card: the version on screen is checked first (the bulk call has none)."""
    form = deals.load_deal(ctx, deal_id)
    if version is not None and form.draft.version != version:
        raise ConflictError(ConflictInfo(form.changed_by, form.changed_at))
    return deals.close_deals_lost(ctx, [deal_id], reason_id, comment)


# ---------------------------------------------------------------------------------------------
# Main tab


class MainForm(QWidget):
    """Client (a link; for a new deal a lookup), funnel (new deals), contact, title, amount +
    currency, expected close, probability, responsible, source, next step + when, note."""

    form_did_edit = Signal()
    form_did_request_client = Signal(int)
    form_did_choose_client = Signal(int)  #: a new deal's client was picked (the card loads its contacts)
    form_did_choose_funnel = Signal(int)  #: a new deal's funnel was chosen (the card offers its stages)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = QLocale()
        self._client_id: int | None = None
        self.is_new = False
        self.client_label = QLabel(self)
        self.client_label.setObjectName("clientLabel")
        self.client_label.linkActivated.connect(
            lambda _l: self._client_id and self.form_did_request_client.emit(self._client_id))
        self.client_lookup = ClientLookup(self)
        self.client_lookup.client_lookup_did_choose.connect(self._on_client_chosen)
        self.client_lookup.client_lookup_did_clear.connect(self._on_client_cleared)
        client_box = QWidget(self)
        client_row = QHBoxLayout(client_box)
        client_row.setContentsMargins(0, 0, 0, 0)
        client_row.addWidget(self.client_label, 1)
        client_row.addWidget(self.client_lookup, 1)
        self.funnel_combo = QComboBox(self)
        self.funnel_combo.setObjectName("funnelCombo")
        self.funnel_combo.activated.connect(lambda _i: self.form_did_choose_funnel.emit(self.funnel_combo.currentData()))
        self.contact_combo = QComboBox(self)
        self.contact_combo.setObjectName("contactCombo")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency_edit = QLineEdit(self)
        self.currency_edit.setObjectName("currencyEdit")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(60)
        self.expected_edit = DateEdit(self)
        self.expected_edit.setObjectName("expectedCloseEdit")
        self.probability_spin = QSpinBox(self)
        self.probability_spin.setObjectName("probabilitySpin")
        self.probability_spin.setRange(-1, 100)
        self.probability_spin.setSuffix(" %")
        self.responsible_combo = QComboBox(self)
        self.responsible_combo.setObjectName("responsibleCombo")
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("sourceCombo")
        self.next_step_edit = QLineEdit(self)
        self.next_step_edit.setObjectName("nextStepEdit")
        self.next_step_edit.setMaxLength(120)
        self.next_date_edit = DateEdit(self)
        self.next_date_edit.setObjectName("nextStepDateEdit")
        self.next_time_edit = QTimeEdit(self)
        self.next_time_edit.setObjectName("nextStepTimeEdit")
        self.next_time_edit.setDisplayFormat("HH:mm")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)

        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_edit)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_step_edit, 1)
        next_row.addWidget(self.next_date_edit)
        next_row.addWidget(self.next_time_edit)
        form = QFormLayout(self)
        self.layout_ = form
        form.addRow(_buddy(self.tr("&Client:"), self.client_lookup), client_box)
        form.addRow(self.tr("F&unnel:"), self.funnel_combo)
        form.addRow(self.tr("C&ontact:"), self.contact_combo)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(_buddy(self.tr("&Amount:"), self.amount_edit), amount_row)
        form.addRow(self.tr("&Expected close:"), self.expected_edit)
        form.addRow(self.tr("&Probability:"), self.probability_spin)
        form.addRow(self.tr("&Responsible:"), self.responsible_combo)
        form.addRow(self.tr("&Source:"), self.source_combo)
        form.addRow(_buddy(self.tr("&Next step:"), self.next_step_edit), next_row)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        for sig in (self.title_edit.textEdited, self.amount_edit.textEdited, self.currency_edit.textEdited,
                    self.next_step_edit.textEdited, self.note_edit.textChanged, self.expected_edit.date_did_change,
                    self.next_date_edit.date_did_change, self.next_time_edit.timeChanged,
                    self.probability_spin.valueChanged, self.contact_combo.currentIndexChanged,
                    self.responsible_combo.currentIndexChanged, self.source_combo.currentIndexChanged):
            sig.connect(lambda *_a: self.form_did_edit.emit())
        self._fields = {
            "title": self.title_edit, "amount": self.amount_edit, "currency": self.currency_edit,
            "expected_close": self.expected_edit, "probability": self.probability_spin,
            "responsible_id": self.responsible_combo, "source_id": self.source_combo, "contact_id": self.contact_combo,
            "next_step": self.next_step_edit, "next_step_at": self.next_date_edit, "note": self.note_edit,
            "client_id": self.client_label, "funnel_id": self.funnel_combo,
        }

    @staticmethod
    def _combo(combo: QComboBox, items: list[tuple[int, str]], current: int | None, current_name: str | None,
               none_text: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(none_text, None)
        for i, name in items:
            combo.addItem(name, i)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(current_name or str(current), current)  # a departed user or retired source
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def fill(self, d: deals.DealDraft, form: deals.DealForm | None, ref: DealReference | None,
             is_new: bool = False) -> None:
        """Show ``d``; a new deal (``is_new``) gets the client lookup and the funnel choice."""
        self.is_new = is_new
        self._client_id = d.client_id
        name = form.client_name if form else ""
        self.client_label.setText(f'<a href="client">{name.replace("<", "&lt;")}</a>')
        self.client_label.setVisible(not is_new)
        self.client_lookup.setVisible(is_new)
        self.client_lookup.set_client(d.client_id, name)
        self._fields["client_id"] = self.client_lookup if is_new else self.client_label
        self.layout_.setRowVisible(self.funnel_combo, is_new)
        funnels = ref.funnels if ref else []
        self._combo(self.funnel_combo, [(f.id, f.name) for f in funnels if f.open_stages], d.funnel_id,
                    form.funnel_name if form else None, "")
        self.funnel_combo.removeItem(0)  # no "none": a deal is always in a funnel
        self.funnel_combo.setCurrentIndex(max(0, self.funnel_combo.findData(d.funnel_id)))
        self._combo(self.contact_combo, form.contacts if form else [], d.contact_id, None, self.tr("— none —"))
        self._combo(self.responsible_combo, ref.users if ref else [], d.responsible_id,
                    form.responsible if form else None, self.tr("— nobody —"))
        self._combo(self.source_combo, ref.sources if ref else [], d.source_id, form.source if form else None,
                    self.tr("— none —"))
        self.title_edit.setText(d.title or "")
        self.amount_edit.setText(format_number(d.amount, 2, self.locale))
        self.currency_edit.setText(d.currency or "")
        self.expected_edit.setDate(d.expected_close)
        self.set_stage_probability(form.stage_probability if form else 0)
        self.probability_spin.setValue(-1 if d.probability is None else d.probability)
        self.next_step_edit.setText(d.next_step or "")
        self.next_date_edit.setDate(d.next_step_at.date() if d.next_step_at else None)
        t = d.next_step_at.time() if d.next_step_at else dt.time(9, 0)
        self.next_time_edit.setTime(QTime(t.hour, t.minute))
        self.note_edit.setPlainText(d.note or "")
        self.show_total(d.amount if d.lines else None)

    def set_stage_probability(self, p: int) -> None:
        self.probability_spin.setSpecialValueText(self.tr("From stage ({p} %)").format(p=p))

    def set_contacts(self, contacts: list[tuple[int, str]], contact_id: int | None) -> None:
        """Offer ``contacts`` (a newly picked client's) with ``contact_id`` chosen; counts as an edit."""
        self._combo(self.contact_combo, contacts, contact_id, None, self.tr("— none —"))
        self.form_did_edit.emit()

    def _on_client_chosen(self, client_id: int, _name: str) -> None:
        self._client_id = client_id
        self.form_did_choose_client.emit(client_id)

    def _on_client_cleared(self) -> None:
        self._client_id = None
        self.set_contacts([], None)

    def field_text(self, field: str) -> str:
        """What the card shows for ``field`` (the user's words: combo texts, typed text)."""
        w = self._fields.get(field)
        if field == "client_id":
            return self.client_lookup.text() if self.is_new else self.client_label.text()
        if isinstance(w, QComboBox):
            return w.currentText()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QSpinBox):
            return w.text()
        if field == "next_step_at":
            return f"{self.next_date_edit.text()} {self.next_time_edit.text()}".strip()
        if isinstance(w, DateEdit):
            return w.text()
        return w.text() if isinstance(w, QLineEdit) else ""

    def show_total(self, total: Decimal | None) -> None:
        """With lines the amount is their sum (read-only here); without, the user types it."""
        has_lines = total is not None
        self.amount_edit.setReadOnly(has_lines)
        if has_lines:
            self.amount_edit.setText(format_number(total, 2, self.locale))
            self.amount_edit.setToolTip(self.tr("The sum of the product lines"))
        else:
            self.amount_edit.setToolTip("")

    def invalid_input(self) -> tuple[QWidget, str] | None:
        """The first widget whose text is not a value at all (before app validation), else None."""
        try:
            parse_number(self.amount_edit.text(), self.locale)
        except ValueError:
            return self.amount_edit, self.tr("“{text}” is not an amount.").format(text=self.amount_edit.text())
        if self.is_new and self._client_id is None and self.client_lookup.text().strip():
            return self.client_lookup, self.tr("Choose the client from the list (type part of the name, INN or "
                                               "phone and pick one of the matches).")
        for edit in (self.expected_edit, self.next_date_edit):
            if not edit.is_valid():
                return edit, self.tr("“{text}” is not a date; type it as {example} or pick it from the calendar.").format(
                    text=edit.text(), example=edit.edit.placeholderText())
        return None

    def collect(self, d: deals.DealDraft) -> None:
        if self.is_new:
            d.client_id = self._client_id
            d.funnel_id = self.funnel_combo.currentData() if self.funnel_combo.count() else d.funnel_id
        d.contact_id = self.contact_combo.currentData()
        d.title = self.title_edit.text()
        try:
            d.amount = parse_number(self.amount_edit.text(), self.locale) or Decimal(0)
        except ValueError:
            d.amount = Decimal(-1)
        d.currency = self.currency_edit.text().strip().upper()
        d.expected_close = self.expected_edit.date() if self.expected_edit.is_valid() else None
        p = self.probability_spin.value()
        d.probability = None if p < 0 else p
        d.responsible_id = self.responsible_combo.currentData()
        d.source_id = self.source_combo.currentData()
        d.next_step = self.next_step_edit.text().strip() or None
        day = self.next_date_edit.date() if self.next_date_edit.is_valid() else None
        t = self.next_time_edit.time()
        d.next_step_at = dt.datetime.combine(day, dt.time(t.hour(), t.minute())) if day else None
        d.note = self.note_edit.toPlainText() or None

    def widget_for(self, field: str) -> QWidget | None:
        return self._fields.get(field)


# ---------------------------------------------------------------------------------------------
# Read-only tables


def _table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers), parent)
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _set_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, v in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(v))


class HistoryTables:
    """Stage history (from → to, when, who, days in stage), tasks and interactions of the deal."""

    def __init__(self, parent: QWidget, fmt: Formatter) -> None:
        self.fmt = fmt
        self.stages = _table(parent, "stageHistoryTable",
                             _headers(STAGE_HISTORY_HEADERS))
        self.tasks = _table(parent, "tasksTable", _headers(TASK_HEADERS))
        self.interactions = _table(parent, "interactionsTable",
                                   _headers(HISTORY_HEADERS))

    def fill(self, form: deals.DealForm | None) -> None:
        when = ColumnSpec("", "", "datetime")
        if form is None:
            for t in (self.stages, self.tasks, self.interactions):
                t.setRowCount(0)
            return
        _set_rows(self.stages, [[h.from_stage or "—", h.to_stage, self.fmt.text(when, h.moved_at),
                                 h.moved_by_name or h.moved_by or "", str(h.days_in_stage)]
                                for h in reversed(form.history)])
        _set_rows(self.tasks, [[self.fmt.text(when, t.due_at), t.title, t.kind, t.status, t.assignee or ""]
                               for t in form.tasks])
        _set_rows(self.interactions, [[self.fmt.text(when, i.occurred_at), i.kind, i.subject or i.preview or "",
                                       i.result or "", i.user or ""] for i in form.interactions])

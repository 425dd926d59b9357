"""The deal card: one non-modal window per deal (issue #5). Layer: ``ui``.

Code-built layout (tabs Main, Products, Stage history, Tasks, History) around
:mod:`app.deals`; the card only collects input and calls ``app`` through :func:`ui.ops.run_op`:

* **Load** — :func:`app.deals.load_deal` (two statements) plus, once per connection, funnels,
  lost reasons, products and users/sources (:class:`DealReferenceCache`), in one worker job.
* **Edit / Save** (Ctrl+S; Ctrl+Enter saves and closes; Esc closes and asks about unsaved edits)
  — one :func:`app.deals.save_deal`. ``pristine`` is the widgets read back right after filling;
  "unsaved" means they read differently now. A ``ValidationError`` is shown at its field and the
  input is kept; a ``ConflictError`` asks :func:`ui.dialogs.conflict.ask_conflict`.
* **Stage** — the toolbar's stage combo (Ctrl+M focuses it) moves the deal at once
  (:func:`app.deals.move_deal_stage` with the version on screen); Won (Ctrl+W) and Lost
  (Ctrl+L: :class:`ui.dialogs.lost_reason.LostReasonDialog`) close it; Reopen brings it back.
  Edits on screen survive a move (the version they will be saved against is updated).
* **New deal** — ``deal_id=None``: a client lookup (the client search of the client list) unless
  a client is given, and the funnel to start in (the default one preselected).
* **Tasks / History / Files tabs** — :mod:`ui.cards.deal_activity` (New task Ins, Enter opens,
  Done Ctrl+D; Call / Meeting / Note Ctrl+1/2/3) and :class:`ui.widgets.files_panel.FilesPanel`
  over :mod:`app.deal_files`.
* **Print** (Ctrl+P opens the menu) — deal with stage history, commercial offer, invoice:
  ``deal_card_did_request_report(report_id, {"deal": id})``; the printout is the saved deal.
* **Changes** — published on the refresher; a change to this deal (ours or remote), or to a task or
  interaction of its client, reloads a card without edits, or shows the yellow bar over edits
  naming the fields the other user changed (:class:`ui.cards.deal_conflict.DealConflictMixin`:
  Reload, Copy my changes = keep my edits over their version, Keep editing).
"""
from __future__ import annotations

import copy
import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import deal_files, deals, invoices
from app.changes import CLIENT, DEAL, INTERACTION, TASK, Changes
from app.clients import Saved
from app.errors import ConflictError, ConnectionLost, UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

from ui import errors, ops, state
from ui.cards.deal_activity import HistoryPanel, TasksPanel
from ui.cards.deal_card_parts import (
    DealReferenceCache,
    HistoryTables,
    MainForm,
    load_deal_job,
    resume_deal_save_job,
    save_deal_job,
)
from ui.cards.deal_conflict import DealConflictMixin
from ui.cards.deal_lines import DealLinesEditor
from ui.cards.deal_steps import DealStepsMixin
from ui.cards.pending_save import PendingSave
from ui.models.columns import ColumnSpec, Formatter
from ui.refresh import Refresher
from ui.widgets.field_editors import clear_invalid, mark_invalid
from ui.widgets.files_panel import FilesPanel

KEY_GEOMETRY = "ui.deal_card/geometry"
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
_DATETIME = ColumnSpec("", "", "datetime")
#: the Print menu: report id, text (the reports are printable forms in reports/forms/deal.py)
PRINT_FORMS = (
    ("deals.card", QT_TRANSLATE_NOOP("DealCard", "Deal with stage &history")),
    ("documents.offer", QT_TRANSLATE_NOOP("DealCard", "Commercial &offer")),
    ("documents.invoice", QT_TRANSLATE_NOOP("DealCard", "&Invoice")),
)
TAB_STAGES, TAB_TASKS, TAB_HISTORY, TAB_FILES = 2, 3, 4, 5

__all__ = ["DealCard", "DealReferenceCache", "ask_unsaved"]


def ask_unsaved(parent: QWidget, name: str) -> str:
    """Save / Discard / Cancel for a deal card closed with unsaved changes (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, QGuiApplication.applicationDisplayName() or "Kartoteka CRM",
                      QCoreApplication.translate("DealCard", "Save the changes to the deal “{name}”?").format(name=name),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = QMessageBox.StandardButton(box.exec())
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(answer, CANCEL)


class DealCard(DealConflictMixin, DealStepsMixin, QMainWindow):
    """A deal's card; ``deal_id=None`` is a new deal of ``client_id`` (None: the user looks the
    client up on the card) in ``funnel_id`` (None: the default funnel; the user may choose)."""

    deal_card_did_save_deal = Signal(int)  #: saved; the card now shows deal ``id``
    deal_card_did_request_client = Signal(int)  #: the user clicked the client's name
    deal_card_did_load = Signal()  #: (re)loaded and shown (tests wait on it)
    #: preview a printable form: report id (deals.card, documents.offer, documents.invoice), {"deal": id}
    deal_card_did_request_report = Signal(str, dict)

    def __init__(self, deal_id: int | None, refresher: Refresher, cache: DealReferenceCache | None = None,
                 parent: QWidget | None = None, *, client_id: int | None = None, funnel_id: int | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("DealCard")
        self.deal_id, self.client_id, self.funnel_id = deal_id, client_id, funnel_id
        self.refresher = refresher
        self.cache = cache or DealReferenceCache()
        self.form: deals.DealForm | None = None
        self.original = deals.DealDraft()
        self.pristine: deals.DealDraft | None = None
        self.loaded = self._saving = self._close_ok = self._busy = False
        self._filling = False
        self._last_stage_op: tuple | None = None
        self._marked: list[QWidget] = []
        self.fmt = Formatter("DealCard")
        self.pending = PendingSave(self, resume_deal_save_job)  #: a save the dropped link interrupted (issue #15)
        self._build()
        self.refresher.subscribe(self.on_changes, owner=self)
        if not state.restore_widget_geometry(KEY_GEOMETRY, self):
            self.resize(920, 680)
        self.setWindowTitle(self.tr("Loading…"))
        self.load()

    # --- building ----------------------------------------------------------------------------
    def _action(self, name: str, text: str, keys: list, slot, icon=None) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        act.setShortcuts([QKeySequence(k) for k in keys])
        if icon is not None:
            act.setIcon(self.style().standardIcon(icon))
        shown = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{text.replace('&', '')} ({shown})" if shown else text.replace("&", ""))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build(self) -> None:
        sp = QStyle.StandardPixmap
        self.save_close_action = self._action("deal.save_close", self.tr("Save and close"),
                                              ["Ctrl+Return", "Ctrl+Enter"], lambda: self.save(then_close=True),
                                              sp.SP_DialogOkButton)
        self.save_action = self._action("deal.save", self.tr("&Save"), [QKeySequence.StandardKey.Save],
                                        lambda: self.save(), sp.SP_DialogSaveButton)
        self.won_action = self._action("deal.won", self.tr("&Won"), ["Ctrl+W"], self.close_won)
        self.lost_action = self._action("deal.lost", self.tr("&Lost…"), ["Ctrl+L"], self.close_lost)
        self.reopen_action = self._action("deal.reopen", self.tr("Re&open"), [], self.reopen)
        self.reload_action = self._action("deal.reload", self.tr("Reload"), ["F5"], self.on_reload_triggered,
                                          sp.SP_BrowserReload)
        self.close_action = self._action("deal.close", self.tr("Close"), ["Esc"], self.close)
        self.stage_combo = QComboBox(self)
        self.stage_combo.setObjectName("stageCombo")
        self.stage_combo.setToolTip(self.tr("Move the deal to another stage (Ctrl+M)"))
        self.stage_combo.setMinimumContentsLength(16)
        self.stage_combo.activated.connect(self.on_stage_chosen)
        self._action("deal.stage", self.tr("Move to stage"), ["Ctrl+M"], self._focus_stage)
        bar = QToolBar(self.tr("Deal"), self)
        bar.setObjectName("dealToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.save_close_action)
        bar.addAction(self.save_action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Stage: "), self))
        bar.addWidget(self.stage_combo)
        for act in (self.won_action, self.lost_action, self.reopen_action):
            bar.addAction(act)
        bar.addSeparator()
        self.print_menu = QMenu(self)
        self.print_menu.setObjectName("printMenu")
        for report_id, text in PRINT_FORMS:
            act = self.print_menu.addAction(self.tr(text))
            act.setObjectName(f"print.{report_id}")
            act.triggered.connect(lambda _c=False, r=report_id: self.request_report(r))
        # issue #13: the deal's invoices (numbered when issued) and the payments against them
        self.print_menu.addSeparator()
        self.invoices_action = self.print_menu.addAction(self.tr("Invoices and &payments…"))
        self.invoices_action.setObjectName("deal.invoices")
        self.invoices_action.triggered.connect(self.on_invoices_triggered)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printButton")
        self.print_button.setText(self.tr("Print"))
        self.print_button.setIcon(self.style().standardIcon(sp.SP_FileDialogDetailedView))
        self.print_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_button.setMenu(self.print_menu)
        self.print_action = self._action("deal.print", self.tr("Print"), [QKeySequence.StandardKey.Print],
                                         self.print_button.showMenu)
        self.print_button.setToolTip(self.print_action.toolTip())
        bar.addWidget(self.print_button)
        bar.addAction(self.reload_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.title_label = QLabel(central)
        self.title_label.setObjectName("titleLabel")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # a title shows as typed: "27\"", <, &
        self.summary_label = QLabel(central)
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.linkActivated.connect(self._on_link)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        self.conflict_bar = QFrame(central)
        self.conflict_bar.setObjectName("conflictBar")
        self.conflict_bar.setStyleSheet("#conflictBar { background: #fff59d; border: 1px solid #fbc02d; }")
        self.conflict_label = QLabel(self.conflict_bar)
        self.conflict_label.setWordWrap(True)
        reload_button = QPushButton(self.tr("Reload"), self.conflict_bar)
        reload_button.setObjectName("conflictReloadButton")
        self.copy_mine_button = QPushButton(self.tr("Copy my changes"), self.conflict_bar)
        self.copy_mine_button.setObjectName("conflictCopyButton")
        self.copy_mine_button.setToolTip(self.tr("Show their version with your edits put back on top (not saved yet)"))
        keep_button = QPushButton(self.tr("Keep editing"), self.conflict_bar)
        reload_button.clicked.connect(lambda: self.reload(discard=True))
        self.copy_mine_button.clicked.connect(lambda: self.keep_my_changes())
        keep_button.clicked.connect(self.conflict_bar.hide)
        row = QHBoxLayout(self.conflict_bar)
        row.addWidget(self.conflict_label, 1)
        row.addWidget(reload_button)
        row.addWidget(self.copy_mine_button)
        row.addWidget(keep_button)
        self.conflict_bar.hide()
        layout.addWidget(self.conflict_bar)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("tabs")
        self.main = MainForm(self)
        self.lines = DealLinesEditor(self)
        self.tables = HistoryTables(self, self.fmt)
        self.tasks = TasksPanel(self.tables.tasks, self, self.cache)
        self.history = HistoryPanel(self.tables.interactions, self, self)
        self.files = FilesPanel(deal_files.deal_files, deal_files.attach_deal_file, deal_files.delete_deal_file,
                                self.refresher.publish, self.tr("Delete “{name}” from the deal? This cannot be undone."),
                                self)
        self.tabs.addTab(self.main, self.tr("&Main"))
        self.tabs.addTab(self.lines, self.tr("&Products"))
        self.tabs.addTab(self.tables.stages, self.tr("Stage &history"))
        self.tabs.addTab(self.tasks, self.tr("&Tasks"))
        self.tabs.addTab(self.history, self.tr("H&istory"))
        self.tabs.addTab(self.files, self.tr("&Files"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        for panel in (self.tasks, self.history):
            panel.panel_did_change.connect(self._on_panel_changed)
        self.main.form_did_edit.connect(self.on_edited)
        self.main.form_did_request_client.connect(self.deal_card_did_request_client)
        self.main.form_did_choose_client.connect(self._on_client_chosen)
        self.main.form_did_choose_funnel.connect(self._on_funnel_chosen)
        self.lines.lines_did_change.connect(self.on_edited)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setStyleSheet("color: #b71c1c;")
        self.statusBar().addWidget(self.message_label, 1)
        self.version_label = QLabel(self)
        self.version_label.setStyleSheet("color: #757575;")
        self.statusBar().addPermanentWidget(self.version_label)

    def _focus_stage(self) -> None:
        self.stage_combo.setFocus()
        self.stage_combo.showPopup()

    def _on_tab_changed(self, index: int) -> None:
        if index == TAB_FILES:
            self.files.ensure_loaded()

    def request_report(self, report_id: str) -> None:
        """Print what is saved: a new deal must be saved first; unsaved edits are not on paper."""
        if self.deal_id is None:
            self.statusBar().showMessage(self.tr("Save the new deal first (Ctrl+S)."), 5000)
            return
        if self.is_dirty():
            self.statusBar().showMessage(self.tr("The printout shows the saved deal; save to print your changes."),
                                         8000)
        if report_id == "documents.invoice":  # the printed invoice is a real one: numbered, issued
            ops.run_op(self, invoices.invoice_for_printing, self.deal_id, on_done=self._print_invoice)
            return
        self.deal_card_did_request_report.emit(report_id, {"deal": self.deal_id})

    def _print_invoice(self, info: invoices.InvoiceInfo) -> None:
        values = {"deal": self.deal_id, "number": info.number or ""}
        if info.issued_on:
            values["date"] = info.issued_on
        self.refresher.publish(Changes.of(DEAL, self.deal_id))
        self.deal_card_did_request_report.emit("documents.invoice", values)

    def on_invoices_triggered(self) -> None:
        if self.deal_id is None:
            self.statusBar().showMessage(self.tr("Save the new deal first (Ctrl+S)."), 5000)
            return
        from ui.dialogs.payment import InvoicesDialog

        dlg = InvoicesDialog(self.deal_id, self)
        dlg.invoices_did_request_report.connect(self.deal_card_did_request_report)
        dlg.invoices_did_change.connect(self.refresher.publish)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.invoices_dialog = dlg
        dlg.open()

    def _on_panel_changed(self, changes: Changes) -> None:
        """A task or interaction saved from the Tasks/History tab: everyone hears it, the card reloads."""
        self.refresher.publish(changes)
        self._refresh()

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        ops.run_op(self, load_deal_job, self.deal_id, self.client_id, self.funnel_id, self.cache.data is None,
                   on_done=self._on_loaded, on_error=self._on_load_failed)

    def reload(self, discard: bool = False) -> None:
        if not discard and self.is_dirty():
            return
        self.conflict_bar.hide()
        self.load()

    def on_reload_triggered(self) -> None:
        if self.is_dirty() and ask_unsaved(self, self.original.title) == CANCEL:
            return
        self.reload(discard=True)

    def _on_loaded(self, result: tuple) -> None:
        ref, form = result
        if ref is not None:
            self.cache.data = ref
        self.form = form
        self.original = copy.deepcopy(form.draft)
        self.client_id = form.draft.client_id
        self.fill()

    def _on_load_failed(self, error: UserError) -> None:
        errors.show_error(self, error)
        if not self.loaded:
            self._close_ok = True
            self.close()

    def fill(self) -> None:
        """Show ``self.original`` and ``self.form``; the card has no edits afterwards."""
        ref, form, d = self.cache.data, self.form, self.original
        self._filling = True
        try:
            self.main.fill(d, form, ref, is_new=self.deal_id is None)
            self.lines.set_products(ref.products if ref else [])
            self.lines.fill(d.lines, d.currency)
            self.tables.fill(form)
            self._fill_stages()
            self._fill_header()
        finally:
            self._filling = False
        saved = self.deal_id is not None
        for i in (TAB_STAGES, TAB_TASKS, TAB_HISTORY, TAB_FILES):
            self.tabs.setTabEnabled(i, saved)
        self._fill_activity(form)
        self.files.set_key(self.deal_id)
        if self.files.loaded or self.tabs.currentIndex() == TAB_FILES:
            self.files.reload()
        self._clear_marks()
        self.pristine = self.collect()
        self.loaded = True
        self._update_actions()
        self._update_title()
        self.deal_card_did_load.emit()

    def _fill_activity(self, form: deals.DealForm | None) -> None:
        d = self.original
        contacts = form.contacts if form else []
        for panel in (self.tasks, self.history):
            panel.set_deal(self.deal_id, d.client_id, form.client_name if form else "", d.contact_id, contacts)
        self.tasks.set_tasks(form.tasks if form else [])
        self.history.set_items(form.interactions if form else [])

    def _funnel(self) -> deals.FunnelInfo | None:
        ref = self.cache.data
        fid = self.original.funnel_id
        if self.deal_id is None and self.main.funnel_combo.count():
            fid = self.main.funnel_combo.currentData()  # a new deal's chosen funnel
        return next((f for f in ref.funnels if f.id == fid), None) if ref else None

    def _fill_stages(self) -> None:
        self.stage_combo.blockSignals(True)
        self.stage_combo.clear()
        funnel = self._funnel()
        for st in funnel.stages if funnel else []:
            self.stage_combo.addItem(st.name, st.id)
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(self.original.stage_id))
        self.stage_combo.blockSignals(False)

    def _fill_header(self) -> None:
        form, d = self.form, self.original
        self.title_label.setText(d.title or self.tr("New deal"))
        outcome = {"WON": self.tr("won"), "LOST": self.tr("lost")}.get(form.outcome if form else "OPEN")
        if self.deal_id is None:  # a new deal: the client picked in the lookup (if any)
            self.client_id, client_name = self.main.client_lookup.client_id, self.main.client_lookup.text()
        else:
            client_name = form.client_name if form else ""
        parts = [self.tr("Client: <a href=\"client:{id}\">{name}</a>").format(
            id=self.client_id, name=html.escape(client_name)) if self.client_id else self.tr("Client: not chosen")]
        funnel = self._funnel()
        if form:
            parts.append(self.tr("Funnel: {funnel}").format(
                funnel=html.escape(funnel.name if funnel else form.funnel_name)))
            stage = self.stage_combo.currentText() if self.deal_id is None else form.stage_name
            parts.append(self.tr("Stage: {stage}").format(stage=html.escape(stage)))
            parts.append(self.tr("Probability: {p}%").format(p=form.probability))
        if outcome and form:
            closed = self.fmt.text(_DATETIME, form.closed_at)
            parts.append(f"<b>{html.escape(outcome)}</b> {closed}")
            if form.lost_reason:
                parts.append(self.tr("Reason: {reason}").format(reason=html.escape(form.lost_reason))
                             + (f" — {html.escape(form.lost_comment)}" if form.lost_comment else ""))
        self.summary_label.setText(" · ".join(parts))
        if form and form.created_at:
            self.version_label.setText(self.tr("version {v}").format(v=d.version))

    def _on_link(self, link: str) -> None:
        if link.startswith("client:") and self.client_id:
            self.deal_card_did_request_client.emit(self.client_id)

    def _update_actions(self) -> None:
        saved = self.deal_id is not None
        outcome = self.form.outcome if self.form else "OPEN"
        busy = self._saving or self._busy
        self.won_action.setEnabled(saved and outcome != "WON" and not busy)
        self.lost_action.setEnabled(saved and not busy)
        self.reopen_action.setEnabled(saved and outcome != "OPEN" and not busy)
        self.reload_action.setEnabled(saved)
        self.stage_combo.setEnabled(not busy)
        for act in (self.save_action, self.save_close_action):
            act.setEnabled(not self._saving)

    # --- state -------------------------------------------------------------------------------
    def collect(self) -> deals.DealDraft:
        d = copy.deepcopy(self.original)
        self.main.collect(d)
        d.lines = self.lines.lines()
        if self.deal_id is None and self.stage_combo.currentIndex() >= 0:
            d.stage_id = self.stage_combo.currentData()
        return d

    def is_dirty(self) -> bool:
        return self.loaded and self.pristine is not None and self.collect() != self.pristine

    def on_edited(self) -> None:
        if self._filling:
            return
        if self.deal_id is None and self.client_id != self.main.client_lookup.client_id:
            self._fill_header()  # the lookup was typed over: no client chosen now
        self.main.show_total(self.lines.total() if self.lines.table.rowCount() else None)
        for w in list(self._marked):
            clear_invalid(w)
            self._marked.remove(w)
        if not self.pending.active:  # a waiting save stays said
            self.message_label.clear()
        self._update_title()

    def _update_title(self) -> None:
        title = self.main.title_edit.text().strip() or self.tr("New deal")
        if self.pending.active:
            self.setWindowTitle(self.tr("{title}[*] — deal (waiting to save)").format(title=title))
        else:
            self.setWindowTitle(self.tr("{title}[*] — deal").format(title=title))
        self.setWindowModified(self.is_dirty())

    # --- saving ------------------------------------------------------------------------------
    def save(self, then_close: bool = False, force: bool = False) -> None:
        if self._saving or not self.loaded:
            return
        if self.pending.active:  # already waiting for the link: never queued twice
            self.pending.again(then_close)
            return
        self._clear_marks()
        bad = self.main.invalid_input() or self._invalid_cell()
        if bad:
            self.show_invalid(*bad)
            return
        draft = self.collect()
        sent = copy.deepcopy(draft)
        original = copy.deepcopy(self.original)
        self._saving = True
        self._update_actions()
        ops.run_op(self, save_deal_job, draft, force, on_done=lambda saved: self._on_saved(saved, sent, then_close),
                   on_error=lambda error: self._on_save_failed(error, then_close, (sent, original, force)),
                   progress_text=self.tr("Saving…"))

    def _saving_done(self) -> None:
        self._saving = False
        self._update_actions()

    def _invalid_cell(self) -> tuple[QWidget, str] | None:
        cell = self.lines.invalid_cell()
        if cell is None:
            return None
        row, col, text = cell
        self.lines.table.setCurrentCell(row, col)
        return self.lines.table, self.tr("“{text}” is not a number.").format(text=text)

    def _on_saved(self, saved: Saved, sent: deals.DealDraft, then_close: bool) -> None:
        self._saving_done()
        is_new = self.deal_id is None
        self.deal_id = saved.id
        sent.id, sent.version = saved.id, saved.version
        self.pristine = copy.deepcopy(sent)  # what is on screen is stored now
        self.original = sent
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        self.deal_card_did_save_deal.emit(saved.id)
        if then_close:
            self._close_ok = True
            self.close()
        elif is_new:
            self.load()
        self.refresher.publish(saved.changes)  # our own subscription reloads the card (no edits now)

    def _on_save_failed(self, error: UserError, then_close: bool, attempt: tuple | None = None) -> None:
        self._saving_done()
        if isinstance(error, ConnectionLost) and attempt is not None and self.pending.queue(attempt, then_close):
            return  # kept and sent once the link is back (ui/cards/pending_save.py)
        if isinstance(error, ValidationError):
            widget = self.widget_for(error.field)
            if widget is not None:
                self.show_invalid(widget, str(error))
                return
        if isinstance(error, ConflictError):
            self.resolve_conflict(error.info, retry=lambda: self.save(then_close=then_close, force=True))
            return
        if isinstance(error, ConnectionLost):  # no link monitor (issue #15): say what to do
            self.statusBar().showMessage(self.tr(
                "Not saved: the connection to the server was lost. Your changes are kept here; save again "
                "once the status bar says the connection is back."), 60000)
        errors.show_error(self, error)

    def widget_for(self, path: str) -> QWidget | None:
        if path.startswith("lines"):
            return self.lines.widget_for(path)
        if path == "stage_id":
            return self.stage_combo
        return self.main.widget_for(path)

    def show_invalid(self, widget: QWidget, message: str) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.widget(i).isAncestorOf(widget) or self.tabs.widget(i) is widget:
                self.tabs.setCurrentIndex(i)
                break
        mark_invalid(widget, message)
        self._marked.append(widget)
        widget.setFocus()
        self.message_label.setText("⚠ " + message)

    def _clear_marks(self) -> None:
        for w in self._marked:
            clear_invalid(w)
        self._marked.clear()
        self.message_label.clear()

    # --- changes from anywhere ---------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        if self.deal_id is None or not self.loaded or self._saving:
            return
        mine = changes.touches(DEAL, self.deal_id)
        activity = changes.touches(TASK) or changes.touches(INTERACTION)
        if changes.remote:
            mine = mine or activity
        elif activity and self.client_id is not None:
            mine = mine or changes.touches(CLIENT, self.client_id)  # e.g. the planner completed one of ours
        if mine:
            self._refresh()

    def _refresh(self) -> None:
        ops.run_op(self, load_deal_job, self.deal_id, None, None, False, on_done=self._on_refreshed,
                   on_error=lambda e: None)

    def _on_refreshed(self, result: tuple) -> None:
        form: deals.DealForm = result[1]
        if not self.is_dirty():
            self.form = form
            self.original = copy.deepcopy(form.draft)
            self.conflict_bar.hide()
            self.fill()
            return
        # unsaved edits: never reload over them; refresh what cannot be edited here
        loaded = copy.deepcopy(self.original)
        stage_moved = form.draft.stage_id != self.original.stage_id
        self.form = form
        for d in (self.original, self.pristine):
            if d is not None and stage_moved:
                d.stage_id = form.draft.stage_id
        self.tables.fill(form)
        self._fill_activity(form)
        self._fill_stages()
        self._fill_header()
        self._update_actions()
        if form.draft.version != self.original.version:
            self.show_changed_bar(form, loaded)

    # --- closing -----------------------------------------------------------------------------
    def discard_and_close(self) -> None:
        self._close_ok = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self._saving and not self._close_ok:
            event.ignore()  # the save's answer decides (Ctrl+Enter closes after it)
            return
        if not self._close_ok and self.is_dirty():
            answer = ask_unsaved(self, self.main.title_edit.text().strip() or self.tr("New deal"))
            if answer == CANCEL:
                event.ignore()
                return
            if answer == SAVE:
                event.ignore()
                self.save(then_close=True)
                return
        self.pending.stop()  # closed (saved, or the edits discarded): nothing waits for the link any more
        state.save_widget_geometry(KEY_GEOMETRY, self)
        event.accept()

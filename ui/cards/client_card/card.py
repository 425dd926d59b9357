"""The client card: one non-modal window per client, to read and edit everything about it.

Layer: ``ui``. The skeleton is the Designer form ``client_card.ui``; each tab has its own module
(``main_tab``, ``contacts_tab`` …) that fills widgets from a draft and reads them back. This module
owns the card's life:

* **Load** — :func:`app.clients.load_client_card` (two statements) plus, the first time, the
  reference lists (:func:`app.reference.reference_data`), in one worker job. Files, custom fields
  and the audit trail load when their tab is first shown.
* **Edit** — the card keeps ``original`` (a deep copy of the draft as loaded, what a save compares
  against) and ``pristine`` (the widgets read back right after filling). "Unsaved changes" means
  the widgets now read differently from ``pristine``, so formatting differences between the
  database and the widgets never count as edits.
* **Save** (Ctrl+S; Ctrl+Enter saves and closes) — one :func:`app.clients.save_client` call, one
  transaction. A ``ValidationError`` is shown at its field and the input is kept; a
  ``ConflictError`` asks :func:`ui.dialogs.conflict.ask_conflict` (reload / overwrite / copy my
  changes) — never a silent overwrite.
* **Status** — choosing a status is a lifecycle step of its own (:func:`app.clients.set_status`).
* **Changes** — every mutation's ``Saved.changes`` is published on the refresher's bus, and the card
  listens there too: a change to this client (ours, or another workstation's via Firebird events)
  reloads the card when it has no unsaved edits; with edits it refreshes only the read-only parts
  and, if the client itself changed, shows the yellow "Changed by someone else" bar.
* **Close** (Esc) — asks Save / Discard / Cancel when there are unsaved changes.

The modal questions are module attributes (:func:`ask_unsaved` here, ``conflict.ask_conflict``) so
tests replace them.
"""
from __future__ import annotations

import copy
import html
from dataclasses import fields

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolTip,
    QWidget,
)

from app import clients
from app.changes import CLIENT, DEAL, INTERACTION, TASK, Changes
from app.clients import ClientCard as CardData
from app.clients import ClientDraft, EmailItem, PhoneItem, Saved
from app.errors import ConflictError, ConflictInfo, ConnectionLost, UserError, ValidationError
from app.reference import ReferenceData

from ui import errors, ops, state
from ui.cards.caches import ReferenceCache  # noqa: F401  (kept here for its users)
from ui.cards.client_card.addresses_tab import AddressesTab
from ui.cards.client_card.audit_tab import AuditTab
from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.contacts_tab import ContactsTab
from ui.cards.client_card.custom_tab import CustomTab
from ui.cards.client_card.duplicates import DuplicatesWatcher
from ui.cards.client_card.files_tab import FilesTab
from ui.cards.client_card.header import Header
from ui.cards.client_card.history_tab import HistoryTab
from ui.cards.client_card.jobs import (
    force_status_job,
    load_card_job,
    load_new_job,
    readable,
    resume_save_job,
    save_job,
)
from ui.cards.client_card.main_tab import MainTab
from ui.cards.client_card.phones_tab import PhonesTab
from ui.cards.client_card.records_tabs import RecordsTabs
from ui.cards.client_card.texts import field_label
from ui.cards.pending_save import PendingSave
from ui.dialogs import conflict
from ui.dialogs.interaction import InteractionDialog
from ui.models.columns import ColumnSpec
from ui.refresh import Refresher
from ui.widgets.field_editors import clear_invalid, mark_invalid

#: per-user window geometry of cards (ui.state store)
KEY_CARD_GEOMETRY = "ui.client_card/geometry"
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
_DATETIME = ColumnSpec("", "", "datetime")


def ask_unsaved(parent: QWidget, name: str) -> str:
    """Save / Discard / Cancel for a card closed with unsaved changes (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, QGuiApplication.applicationDisplayName() or "Kartoteka CRM",
                      QCoreApplication.translate("ClientCard", "Save the changes to “{name}”?").format(name=name),
                      QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
        QMessageBox.StandardButton(answer), CANCEL)


class ClientCard(QMainWindow):
    """A client's card; ``client_id=None`` makes a new client (kind company, status potential)."""

    #: saved; the card now shows client ``id`` (a new card has an id from here on)
    client_card_did_save_client = Signal(int)
    #: the user asked to open another client (a duplicate's link)
    client_card_did_request_open = Signal(int)
    #: the card finished (re)loading (tests wait on it)
    client_card_did_load = Signal()
    #: open the deal card of a deal in the Deals tab
    client_card_did_request_deal = Signal(int)
    #: a new deal for this (saved) client
    client_card_did_request_new_deal = Signal(int)
    #: preview a printable form: report id, parameter values
    client_card_did_request_report = Signal(str, dict)

    def __init__(self, client_id: int | None, refresher: Refresher, cache: ReferenceCache | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClientCard()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.client_id = client_id
        self.refresher = refresher
        self.cache = cache or ReferenceCache()
        self.data: CardData | None = None
        self.original = ClientDraft()  #: the draft as loaded (what a save compares against)
        self.pristine: ClientDraft | None = None  #: the widgets read back right after filling
        self.loaded = False
        self.interaction_dialog: InteractionDialog | None = None
        self._filling = False
        self._saving = False
        self._checking = False
        self._check_again = False
        self._close_ok = False
        self._marked: list[QWidget] = []
        self.pending = PendingSave(self, resume_save_job)  #: a save the dropped link interrupted (issue #15)

        ui = self.ui
        self.header = Header(ui, self)
        self.main = MainTab(ui, self)
        self.contacts = ContactsTab(ui, self)
        self.phones = PhonesTab(ui, self)
        self.addresses = AddressesTab(ui, self)
        self.history = HistoryTab(ui, self)
        self.records = RecordsTabs(ui, self)
        self.records.records_tabs_did_activate_deal.connect(self.client_card_did_request_deal)
        self.records.records_tabs_did_request_new_deal.connect(self.request_new_deal)
        self.files = FilesTab(ui, self, self.refresher.publish)
        self.custom = CustomTab(ui, self)
        self.audit = AuditTab(ui, self)
        self.duplicates = DuplicatesWatcher(ui, self, self.collect)
        for tab in (self.main, self.contacts, self.phones, self.addresses, self.custom):
            tab.tab_did_edit.connect(self.on_edited)
        self.header.header_did_edit.connect(self.on_edited)
        self.header.header_did_choose_status.connect(self.on_status_chosen)
        self.main.tab_did_edit_name.connect(self._on_name_edited)
        for edit in (ui.nameEdit, ui.innEdit):
            edit.textEdited.connect(lambda _t: self.duplicates.poke())
        self.phones.tab_did_edit_keys.connect(self.duplicates.poke)
        self.custom.tab_did_load.connect(self._on_custom_loaded)
        self.duplicates.duplicates_did_request_open.connect(self.client_card_did_request_open)
        ui.tabs.currentChanged.connect(lambda _i: self._load_current_tab())
        self._build_actions()
        self._build_bars()
        self.refresher.subscribe(self.on_changes, owner=self)
        if not state.restore_widget_geometry(KEY_CARD_GEOMETRY, self):
            self.resize(1040, 740)
        self.setWindowTitle(self.tr("Loading…"))
        self.load()

    # --- deals and printing (the main window opens them) --------------------------------------
    def request_new_deal(self) -> None:
        if self.client_id is None:
            self.statusBar().showMessage(self.tr("Save the new client first."), 5000)
            return
        self.client_card_did_request_new_deal.emit(self.client_id)

    def request_print(self, report_id: str = "clients.card") -> None:
        """Print what is saved: unsaved edits are not on paper, so say so first."""
        if self.client_id is None:
            self.statusBar().showMessage(self.tr("Save the new client first."), 5000)
            return
        if self.is_dirty():
            self.statusBar().showMessage(self.tr("The printout shows the saved card; save to print your changes."),
                                         8000)
        self.client_card_did_request_report.emit(report_id, {"client": self.client_id})

    # --- building ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        style = self.style()

        def action(name: str, text: str, keys: list, slot, icon: QStyle.StandardPixmap | None = None) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts([QKeySequence(k) for k in keys])
            if icon is not None:
                act.setIcon(style.standardIcon(icon))
            shown = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{text.replace('&', '')} ({shown})" if shown else text.replace("&", ""))
            act.triggered.connect(slot)
            self.addAction(act)  # window-wide shortcuts, also without a toolbar button
            return act

        self.save_close_action = action("card.save_close", self.tr("Save and close"), ["Ctrl+Return", "Ctrl+Enter"],
                                        lambda: self.save(then_close=True), QStyle.StandardPixmap.SP_DialogOkButton)
        self.save_action = action("card.save", self.tr("&Save"), [QKeySequence.StandardKey.Save], lambda: self.save(),
                                  QStyle.StandardPixmap.SP_DialogSaveButton)
        self.call_action = action("card.call", self.tr("Call"), ["Ctrl+1"], lambda: self.add_interaction("CALL"))
        self.meeting_action = action("card.meeting", self.tr("Meeting"), ["Ctrl+2"],
                                     lambda: self.add_interaction("MEETING"))
        self.note_action = action("card.note", self.tr("Note"), ["Ctrl+3"], lambda: self.add_interaction("NOTE"))
        self.reload_action = action("card.reload", self.tr("Reload"), [QKeySequence.StandardKey.Refresh, "F5"],
                                    self.on_reload_triggered, QStyle.StandardPixmap.SP_BrowserReload)
        self.close_action = action("card.close", self.tr("Close"), ["Esc"], self.close)
        self.new_deal_action = action("card.new_deal", self.tr("New deal"), ["Ctrl+Shift+D"], self.request_new_deal)
        self.print_action = action("card.print", self.tr("Print"), [QKeySequence.StandardKey.Print], self.request_print,
                                   QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.dossier_action = action("card.dossier", self.tr("Dossier"), ["Ctrl+Shift+P"],
                                     lambda: self.request_print("clients.dossier"))
        bar = QToolBar(self.tr("Card"), self)
        bar.setObjectName("cardToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.save_close_action, self.save_action, None, self.call_action, self.meeting_action,
                    self.note_action, self.new_deal_action, None, self.print_action, self.dossier_action, None,
                    self.reload_action):
            bar.addSeparator() if act is None else bar.addAction(act)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        self.ui.addCallButton.clicked.connect(self.call_action.trigger)
        self.ui.addMeetingButton.clicked.connect(self.meeting_action.trigger)
        self.ui.addNoteButton.clicked.connect(self.note_action.trigger)
        for button, act in ((self.ui.addCallButton, self.call_action), (self.ui.addMeetingButton, self.meeting_action),
                            (self.ui.addNoteButton, self.note_action)):
            button.setToolTip(act.toolTip())

    def _build_bars(self) -> None:
        ui = self.ui
        ui.conflictBar.setStyleSheet("#conflictBar { background: #fff59d; border: 1px solid #fbc02d; }")
        ui.conflictLayout.setStretch(0, 1)  # the sentence takes the width, the buttons their size
        for button in (ui.conflictReloadButton, ui.conflictKeepButton):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        ui.conflictBar.hide()
        ui.conflictReloadButton.clicked.connect(lambda: self.reload(discard=True))
        ui.conflictKeepButton.clicked.connect(ui.conflictBar.hide)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setStyleSheet("color: #b71c1c;")
        self.statusBar().addWidget(self.message_label, 1)
        self.version_label = QLabel(self)
        self.version_label.setStyleSheet("color: #757575;")
        self.statusBar().addPermanentWidget(self.version_label)

    # --- loading -----------------------------------------------------------------------------
    def load(self) -> None:
        """(Re)load from the database and show it, discarding any edits on screen."""
        need_ref = self.cache.data is None
        if self.client_id is None:
            ops.run_op(self, load_new_job, need_ref, on_done=self._on_new_loaded, on_error=self._on_load_failed)
        else:
            ops.run_op(self, load_card_job, self.client_id, need_ref, on_done=self._on_loaded,
                       on_error=self._on_load_failed)

    def reload(self, discard: bool = False) -> None:
        if not discard and self.is_dirty():
            return
        self.ui.conflictBar.hide()
        self.load()

    def _take_reference(self, ref: ReferenceData | None) -> ReferenceData:
        if ref is not None:
            self.cache.data = ref
        return self.cache.data or ReferenceData([], [], [], ())

    def _on_new_loaded(self, result: tuple) -> None:
        ref, (defs, _values) = result
        self._take_reference(ref)
        self.data = None
        # company, potential, nobody responsible; one empty phone and e-mail row to type into
        # (blank rows are dropped by the save)
        self.original = ClientDraft(phones=[PhoneItem("", is_primary=True)], emails=[EmailItem("", is_primary=True)])
        self.fill()
        self.custom.build(defs, {})
        self.duplicates.set_enabled(True)
        self.ui.nameEdit.setFocus()

    def _on_loaded(self, result: tuple) -> None:
        ref, card = result
        self._take_reference(ref)
        # a client merged into another opens as the kept one (issue #11): work on that one
        self.client_id = card.draft.id
        self.data = card
        self.original = copy.deepcopy(card.draft)
        self.fill()

    def _on_load_failed(self, error: UserError) -> None:
        errors.show_error(self, error)
        if not self.loaded:
            self._close_ok = True
            self.close()

    def fill(self) -> None:
        """Show ``self.original`` (and ``self.data``) in every tab; the card has no edits afterwards."""
        ref = self.cache.data or ReferenceData([], [], [], ())
        d, data = self.original, self.data
        self._filling = True
        try:
            self.header.fill(d, ref, data)
            self.main.fill(d, ref, data)
            self.contacts.fill(d)
            self.phones.fill(d)
            self.addresses.fill(d)
            self.history.fill(self.client_id, data.history if data else [])
            self.records.fill(data.deals if data else [], data.tasks if data else [])
            for tab in (self.files, self.custom, self.audit):
                tab.set_client(self.client_id)
            if data is not None:
                self.ui.createdLabel.setText(self._created_text(data))
                self.version_label.setText(self.tr("version {v}").format(v=d.version))
        finally:
            self._filling = False
        saved = self.client_id is not None
        for page in (self.ui.historyTab, self.ui.dealsTab, self.ui.tasksTab, self.ui.filesTab, self.ui.auditTab):
            self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(page), saved)
        for act in (self.call_action, self.meeting_action, self.note_action):
            act.setEnabled(saved and self.can_log)
        self.reload_action.setEnabled(saved)
        self._clear_marks()
        self.pristine = self.collect()
        self.loaded = True
        self._update_title()
        self._load_current_tab()
        self.client_card_did_load.emit()

    def _created_text(self, data: CardData) -> str:
        fmt, spec = self.header.fmt, _DATETIME
        text = self.tr("Created {when} by {who}").format(when=fmt.text(spec, data.created_at), who=data.created_by or "?")
        if data.changed_at:
            text += " · " + self.tr("changed {when} by {who}").format(when=fmt.text(spec, data.changed_at),
                                                                      who=data.changed_by or "?")
        return text

    def _load_current_tab(self) -> None:
        page = self.ui.tabs.currentWidget()
        if page is self.ui.filesTab:
            self.files.ensure_loaded()
        elif page is self.ui.customTab:
            self.custom.ensure_loaded()
        elif page is self.ui.auditTab:
            self.audit.ensure_loaded()

    def _on_custom_loaded(self) -> None:
        # the values just shown are the unchanged state of the custom part
        if self.pristine is not None:
            self.custom.collect(self.pristine)

    # --- reading and state -------------------------------------------------------------------
    def collect(self) -> ClientDraft:
        """The draft as the widgets show it now (id and version of the loaded one)."""
        d = copy.deepcopy(self.original)
        self.header.collect(d)
        self.main.collect(d)
        self.contacts.collect(d)
        self.phones.collect(d)
        self.addresses.collect(d)
        self.custom.collect(d)
        return d

    def is_dirty(self) -> bool:
        return self.loaded and self.pristine is not None and self.collect() != self.pristine

    def on_edited(self) -> None:
        if self._filling:
            return
        focus = QApplication.focusWidget()
        for w in list(self._marked):  # the user is correcting a marked field
            if focus is not None and (w is focus or w.isAncestorOf(focus)):
                clear_invalid(w)
                self._marked.remove(w)
        if not self._marked and not self.pending.active:  # a waiting save stays said
            self.message_label.clear()
        self._update_title()

    def _on_name_edited(self, name: str) -> None:
        self.header.show_name(name)

    def _update_title(self) -> None:
        name = self.ui.nameEdit.text().strip() or self.tr("New client")
        if self.read_only:
            self.setWindowTitle(self.tr("{name}[*] — client card (read only)").format(name=name))
        elif self.pending.active:
            self.setWindowTitle(self.tr("{name}[*] — client card (waiting to save)").format(name=name))
        else:
            self.setWindowTitle(self.tr("{name}[*] — client card").format(name=name))
        self.setWindowModified(self.is_dirty())

    def changes_text(self) -> str:
        """The user's edits as readable lines ("Field: value"), for the clipboard."""
        now, before = self.collect(), self.pristine or ClientDraft()
        ref = self.cache.data or ReferenceData([], [], [], ())
        lines = [self.tr("My changes to “{name}”:").format(name=now.name)]
        for f in fields(ClientDraft):
            if f.name in ("id", "version") or getattr(now, f.name) == getattr(before, f.name):
                continue
            labels = {fd.id: fd.label for fd in self.custom.defs}
            lines.append(f"{field_label(f.name)}: {readable(f.name, getattr(now, f.name), ref, labels)}")
        return "\n".join(lines)

    # --- saving ------------------------------------------------------------------------------
    def save(self, then_close: bool = False, force: bool = False) -> None:
        """Save everything on the card in one transaction (asynchronously)."""
        if self._saving or not self.loaded:
            return
        if self.pending.active:  # already waiting for the link: never queued twice
            self.pending.again(then_close)
            return
        self._clear_marks()
        for date_edit in [e for _f, e in self.main.invalid_dates()] + (
                [self.ui.contactBirthdayEdit] if not self.ui.contactBirthdayEdit.is_valid() else []):
            self.show_invalid(date_edit, self.tr("“{text}” is not a date; type it as {example} or pick it from the "
                                                 "calendar.").format(text=date_edit.text(),
                                                                     example=date_edit.edit.placeholderText()))
            return
        draft = self.collect()
        sent = copy.deepcopy(draft)
        self._saving = True
        self.save_action.setEnabled(False)
        self.save_close_action.setEnabled(False)
        original = copy.deepcopy(self.original)
        ops.run_op(self, save_job, draft, copy.deepcopy(original), force,
                   on_done=lambda saved: self._on_saved(saved, sent, then_close),
                   on_error=lambda error: self._on_save_failed(error, then_close, (sent, original, force)),
                   progress_text=self.tr("Saving…"))

    def _saving_done(self) -> None:
        self._saving = False
        self.save_action.setEnabled(not self.read_only)
        self.save_close_action.setEnabled(not self.read_only)

    #: set by :meth:`apply_rights`: the login may not edit clients (the server would refuse anyway)
    read_only = False
    #: set by :meth:`apply_rights`: the login may log calls, meetings and notes
    can_log = True

    def apply_rights(self, can_edit: bool, can_log: bool) -> None:
        """Follow the server's grants (security.my_rights): no Save for a login that may not edit
        clients, no Call/Meeting/Note for one that may not create interactions. The server
        enforces; this only spares the user a refusal after typing."""
        self.read_only, self.can_log = not can_edit, can_log
        for act in (self.save_action, self.save_close_action):
            act.setEnabled(can_edit and not self._saving)
        for act in (self.call_action, self.meeting_action, self.note_action):
            act.setEnabled(can_log and self.client_id is not None and self.loaded)
        self._update_title()

    def _on_saved(self, saved: Saved, sent: ClientDraft, then_close: bool) -> None:
        self._saving_done()
        is_new = self.client_id is None
        self.client_id = saved.id
        sent.id, sent.version = saved.id, saved.version
        self.pristine = copy.deepcopy(sent)  # what is on screen is stored now
        sent.custom = None
        self.original = sent
        self.ui.conflictBar.hide()
        if is_new:
            self.duplicates.set_enabled(False)
            self.history.client_id = saved.id
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        self.client_card_did_save_client.emit(saved.id)
        if then_close:
            self._close_ok = True
            self.close()
        # last: subscribers (the list, this card's own reload) see the new state
        self.refresher.publish(saved.changes)

    def _on_save_failed(self, error: UserError, then_close: bool, attempt: tuple | None = None) -> None:
        self._saving_done()
        if isinstance(error, ConnectionLost) and attempt is not None and self.pending.queue(attempt, then_close):
            return
        if isinstance(error, ValidationError):
            widget = self.widget_for(error.field)
            if widget is not None:
                self.show_invalid(widget, str(error))
                return
        if isinstance(error, ConflictError):
            self.resolve_conflict(error.info, then_close)
            return
        errors.show_error(self, error)

    def resolve_conflict(self, info: ConflictInfo, then_close: bool = False) -> None:
        """Ask what to do about a lost race; reload, overwrite, or copy my edits and reload."""
        names = [field_label(f) for f in info.fields]
        choice = conflict.ask_conflict(self, info, names, self.ui.nameEdit.text().strip())
        if choice == conflict.OVERWRITE:
            self.save(then_close=then_close, force=True)
        elif choice == conflict.COPY:
            QGuiApplication.clipboard().setText(self.changes_text())
            self.statusBar().showMessage(self.tr("Your changes are on the clipboard."), 8000)
            self.reload(discard=True)
        elif choice == conflict.RELOAD:
            self.reload(discard=True)

    # --- fields the user must correct --------------------------------------------------------
    def widget_for(self, path: str) -> QWidget | None:
        """The widget behind a ValidationError field (``name``, ``phones[0]``, ``contacts[1].full_name``…)."""
        head = path.split("[", 1)[0].split(".", 1)[0]
        if head in ("phones", "emails"):
            return self.phones.widget_for(path)
        if head == "contacts":
            return self.contacts.widget_for(path)
        if head == "addresses":
            return self.addresses.widget_for(path)
        if head == "custom":
            self.custom.ensure_loaded()
            return self.custom.widget_for(path)
        return self.header.widget_for(head) or self.main.widget_for(head)

    def show_invalid(self, widget: QWidget, message: str) -> None:
        """Bring ``widget`` into view, highlight it with ``message``; the input stays as typed."""
        tabs = self.ui.tabs
        for i in range(tabs.count()):
            if tabs.widget(i).isAncestorOf(widget):
                tabs.setCurrentIndex(i)
                break
        mark_invalid(widget, message)
        self._marked.append(widget)
        widget.setFocus()
        self.message_label.setText("⚠ " + message)
        QToolTip.showText(widget.mapToGlobal(QPoint(0, widget.height())), message, widget)

    def _clear_marks(self) -> None:
        for w in self._marked:
            clear_invalid(w)
        self._marked.clear()
        self.message_label.clear()

    # --- status (lifecycle) ------------------------------------------------------------------
    def on_status_chosen(self, status: str) -> None:
        if self.client_id is None:
            self.on_edited()  # a new client's status is part of its first save
            return
        client_id = self.client_id
        ops.run_op(self, clients.set_status, client_id, self.original.version or 0, status,
                   on_done=lambda saved: self._on_status_saved(status, saved),
                   on_error=lambda error: self._on_status_failed(status, error))

    def _on_status_saved(self, status: str, saved: Saved) -> None:
        # the status step bumped the version: edits on screen stay saveable without a "conflict"
        for d in (self.original, self.pristine):
            if d is not None:
                d.status, d.version = status, saved.version
        self.header.set_status(status)
        self.statusBar().showMessage(self.tr("Status changed."), 4000)
        self.refresher.publish(saved.changes)

    def _on_status_failed(self, status: str, error: UserError) -> None:
        self.header.set_status(self.original.status)
        if not isinstance(error, ConflictError):
            errors.show_error(self, error)
            return
        choice = conflict.ask_conflict(self, error.info, [], self.ui.nameEdit.text().strip())
        if choice == conflict.OVERWRITE and self.client_id is not None:
            ops.run_op(self, force_status_job, self.client_id, status,
                       on_done=lambda saved: self._on_status_saved(status, saved))
        elif choice == conflict.COPY:
            QGuiApplication.clipboard().setText(self.changes_text())
            self.reload(discard=True)
        elif choice == conflict.RELOAD:
            self.reload(discard=True)

    # --- interactions ------------------------------------------------------------------------
    def add_interaction(self, kind: str) -> None:
        """Ctrl+1/2/3: the interaction dialog with defaults; history and summary refresh after it."""
        if self.client_id is None:
            self.statusBar().showMessage(self.tr("Save the new client first (Ctrl+S)."), 5000)
            return
        contacts = [(c.id, c.full_name) for c in self.original.contacts if c.id]
        dlg = InteractionDialog(self.client_id, kind, contacts, self.ui.nameEdit.text().strip(), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.interaction_dialog_did_save.connect(lambda saved: self.refresher.publish(saved.changes))
        self.interaction_dialog = dlg
        dlg.open()

    # --- changes from anywhere ---------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Reload (no edits) or refresh the read-only parts (edits) when this client may have changed."""
        if self.client_id is None or not self.loaded:
            return
        mine = changes.touches(CLIENT, self.client_id)
        if changes.remote:  # events carry kinds only: anything about clients may be this one
            mine = mine or any(changes.touches(k) for k in (INTERACTION, DEAL, TASK))
        if mine:
            self._check()

    def _check(self) -> None:
        if self._checking:
            self._check_again = True
            return
        self._checking = True
        ops.run_op(self, load_card_job, self.client_id, False, on_done=self._on_checked,
                   on_error=self._on_check_failed)

    def _on_checked(self, result: tuple) -> None:
        self._checking = False
        if self._check_again:
            self._check_again = False
            self._check()
            return
        card: CardData = result[1]
        if card.draft.id != self.client_id:
            return
        if not self._saving and not self.is_dirty():
            self.data = card
            self.original = copy.deepcopy(card.draft)
            self.ui.conflictBar.hide()
            self.fill()
            return
        # unsaved edits: never reload over them; refresh what cannot be edited here
        self.data = card
        self.header.show_summary(card)
        self.history.fill(self.client_id, card.history)
        self.records.fill(card.deals, card.tasks)
        if card.draft.version != self.original.version:
            self._show_changed_bar(card.changed_by, card.changed_at)

    def _on_check_failed(self, error: UserError) -> None:
        self._checking = False
        self.ui.conflictLabel.setText(html.escape(str(error)))
        self.ui.conflictBar.show()

    def _show_changed_bar(self, who: str | None, when: object) -> None:
        when_text = self.header.fmt.text(_DATETIME, when) if when else "?"
        self.ui.conflictLabel.setText(self.tr(
            "<b>Changed by someone else</b> ({who}, {when}) while you were editing. Reload to see their "
            "version, or keep editing and decide when you save.").format(
            who=html.escape(who or self.tr("another user")), when=when_text))
        self.ui.conflictBar.show()

    def on_reload_triggered(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(self, self.tr("Reload"), self.tr("Discard your changes and reload the card?"),
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.reload(discard=True)

    # --- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._saving and not self._close_ok:
            event.ignore()
            return
        if not self._close_ok and self.is_dirty():
            answer = ask_unsaved(self, self.ui.nameEdit.text().strip() or self.tr("New client"))
            if answer == SAVE:
                event.ignore()
                self.save(then_close=True)
                return
            if answer != DISCARD:
                event.ignore()
                return
        self.pending.stop()  # closed (saved, or the edits discarded): nothing waits for the link any more
        state.save_widget_geometry(KEY_CARD_GEOMETRY, self)
        super().closeEvent(event)

    def discard_and_close(self) -> None:
        """Close without asking (the database is going away: edits could not be saved anyway)."""
        self._close_ok = True
        self.close()


"""The client list: search as you type, quick filters, chosen columns, sort, saved views. Layer: ``ui``.

Everything comes from ``app`` through :func:`ui.ops.run_op`:

* browsing: :func:`app.clients.list_clients_page` (one round trip per 200 rows, keyset-paged, the
  filters, sort and custom-field columns of the working view). Opening costs one page, never the
  whole table; scrolling fetches the next page.
* searching: while the search box holds text, :func:`app.clients.search_clients` answers replace
  the rows (at most 200, no paging; sorted here by the chosen column). Answers to older queries are
  dropped, so only the latest query's result is ever shown. Quick filters do not apply to search
  results (the bar is disabled meanwhile); Esc returns to browsing.
* reference data: :func:`app.clients.list_choices` (users/"me", tags, custom fields) once per
  connection, before the first page, and again on a ``ref`` change. Nothing is read before the
  first :meth:`refresh`: the workspace calls it when the Clients tab is first shown (issue #12).

Keys (when the table has the focus): Enter/double-click emits ``client_list_did_activate_client``;
Ins emits ``client_list_did_request_new_client``; Del archives the current client after asking,
Shift+Del deletes it for good after asking; F5 reloads; Ctrl+F goes to the search box. What the list
changed itself is announced as ``client_list_did_change_clients(Changes)`` (for the change bus).

:meth:`on_changes` is the change-bus slot: a change of clients, interactions, deals or tasks
reloads the rows shown (as many as are loaded) without blanking the table, keeping the selection
and the scroll position. Call it on the GUI thread.

The working view (filters, columns, sort, which view is selected) and the column widths are kept
per OS user in :mod:`ui.state` and restored at the next start.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clients
from app.changes import CLIENT, DEAL, INTERACTION, REF, TASK, Changes
from app.errors import ConnectionLost, NotAllowed, UserError

from ui import errors, link_status, ops, state
from ui.lists.client_columns import (  # noqa: F401  (re-exported: other screens show statuses the same way)
    COLUMNS,
    CONTEXT,
    DEFAULT_VISIBLE,
    KIND_LABELS,
    STATUS_COLORS,
    STATUS_LABELS,
    all_columns,
    custom_value,
)
from ui.lists.client_list_header import ClientListHeader
from ui.lists.client_views import DEFAULT_VIEW, ViewSelector, confirm
from ui.models.columns import ColumnSpec
from ui.models.row_table import OnError, OnPage, RowTableModel
from ui.state import ClientFilters, ClientListView
from ui.widgets.filter_bar import FilterBar
from ui.widgets.list_view import style_list_view
from ui.widgets.search_box import SearchBox

#: Kinds of change that alter what the list shows (the summary columns come from interactions,
#: deals and tasks).
_LIST_KINDS = (CLIENT, INTERACTION, DEAL, TASK)


class ClientListWidget(ClientListHeader, QWidget):
    """The client list screen. Call :meth:`refresh` once a database is open, :meth:`clear` when it closes."""

    client_list_did_activate_client = Signal(int)
    #: Ins: the user wants a new client (the card opens empty)
    client_list_did_request_new_client = Signal()
    #: the list archived/deleted clients itself: the :class:`app.changes.Changes` to publish
    client_list_did_change_clients = Signal(object)
    #: the loaded row count or the loading state changed (the status bar shows :meth:`count_text`)
    client_list_did_change_count = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: clients.ListChoices | None = None
        self._choices_pending = False
        self._connected = False
        self._query = ""
        self._too_short = False  #: the box holds too few digits to search (see too_short_to_search)
        self._search_limit_hit = False
        self._custom_pos: dict[int, int] = {}  #: field id → index in ClientRow.custom of the rows shown
        self._widths = state.load_client_list_widths()
        self._kept: tuple[int | None, set[int], int, int] | None = None  #: selection across a reload
        self._applying = False  #: the header is being arranged by the program, not the user
        saved = state.load_current_client_list_view()
        self._view: ClientListView = saved or replace(DEFAULT_VIEW, columns=DEFAULT_VISIBLE)
        if not self._view.columns:
            self._view = replace(self._view, columns=DEFAULT_VISIBLE)

        self.model = RowTableModel(COLUMNS, self._fetch_page, context=CONTEXT, row_value=self._row_value,
                                   parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("clientTable")
        self.view.setModel(self.model)
        self.search_box = SearchBox(self)
        self.filter_bar = FilterBar([(s, STATUS_LABELS[s]) for s in clients.STATUSES], CONTEXT, self)
        self.view_selector = ViewSelector(self.working_view, self)
        self.columns_button = QPushButton(self.tr("&Columns…"), self)
        self.columns_button.setObjectName("columnsButton")
        self.columns_button.setToolTip(self.tr("Choose and order the columns (or right-click a column title)"))
        self.columns_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.view_selector)
        top.addWidget(self.search_box, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_bar, 1)
        bar.addWidget(self.columns_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(bar)
        # issue #15: a list the lost link could not read says so here (no dialog) and reads again
        # once the link is back (ui/link_status.py publishes every change kind then)
        self.link_message = QLabel(self.tr("⚠ The list could not be read: the connection to the server was "
                                           "lost. It is read again as soon as the connection is back."), self)
        self.link_message.setObjectName("linkMessage")
        self.link_message.setWordWrap(True)
        self.link_message.setStyleSheet("color: #b71c1c;")
        self.link_message.hide()
        layout.addWidget(self.link_message)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self._setup_view()

        self.view_selector.select(self._view.id)
        self.filter_bar.set_filters(self._view.filters)
        self._apply_layout()
        self._show_sort_indicator()
        self._update_modified()

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        find.setContext(Qt.ShortcutContext.WindowShortcut)
        self._find_shortcut = find
        self.view.activated.connect(self._on_view_activated)
        self.view.installEventFilter(self)
        self.model.row_table_did_load_rows.connect(self.client_list_did_change_count)
        self.model.row_table_did_fail.connect(self._on_model_did_fail)
        self.model.row_table_will_replace_rows.connect(self._keep_selection)
        self.model.row_table_did_replace_rows.connect(self._restore_selection)
        self.search_box.search_box_did_change_query.connect(self._on_query_changed)
        self.search_box.search_box_did_request_results.connect(self._focus_results)
        self.filter_bar.filter_bar_did_change_filters.connect(self._on_filters_changed)
        self.view_selector.view_selector_did_choose_view.connect(self.apply_view)
        self.columns_button.clicked.connect(self.choose_columns)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)  # coalesce several changes arriving together
        self._reload_timer.timeout.connect(self._reload_now)

    def _setup_view(self) -> None:
        v = self.view
        style_list_view(v, multi_select=True)
        v.setSortingEnabled(False)  # the server sorts: header clicks are handled below
        hh = v.horizontalHeader()
        hh.setSectionsMovable(True)
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setStretchLastSection(False)
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._on_header_menu)
        hh.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        hh.sectionMoved.connect(self._on_header_changed)
        hh.sectionResized.connect(self._on_section_resized)

    # --- public ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the first page (the search again, while searching); F5.

        The first call after :meth:`clear` loads the reference data (tags, custom fields) first.
        While the server connection is lost (issue #15) the rows shown stay and the list says it
        will read again: every screen re-reads once the link is back (``ui.link_status``).
        """
        monitor = link_status.current()
        if self._connected and monitor is not None and monitor.down:
            self.link_message.show()
            return
        self._connected = True
        self.link_message.hide()
        if self._choices is None:
            self._load_choices()
        elif self._query:
            self._run_search()
        else:
            self._set_browse_source()
            self.model.refresh()
        self.client_list_did_change_count.emit()

    @property
    def is_connected(self) -> bool:
        """Loaded (or loading) since the last :meth:`clear`."""
        return self._connected

    @property
    def is_loading(self) -> bool:
        """The reference data or rows are on their way."""
        return self._choices_pending or self.model.is_loading

    def reload(self) -> None:
        """Reload what is shown (as many rows as are loaded) without blanking the table, keeping
        the selection and the scroll position, as after a change; the first load when never loaded."""
        if self._connected:
            self._reload_timer.stop()
            self._reload_now()
        else:
            self.refresh()

    def forget_choices(self) -> None:
        """Tags or custom fields changed while the list was hidden: read them again at the next load."""
        self._choices = None

    def clear(self) -> None:
        """Show nothing and fetch nothing (no database open); reference data is dropped too."""
        self._connected = False
        self._choices = None
        self._reload_timer.stop()
        self.model.clear()

    def on_changes(self, changes: Changes) -> None:
        """The change-bus slot (GUI thread): reload what is shown if ``changes`` may affect it."""
        if not self._connected:
            return
        if changes.touches(REF):
            self._choices = None  # tags or custom fields may have changed: load them again first
        if changes.touches(REF) or any(changes.touches(k) for k in _LIST_KINDS):
            self._reload_timer.start()

    def current_client_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.row_id_at(index.row()) if index.isValid() else None

    def selected_client_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_id_at(r) for r in rows if r < self.model.rowCount()]

    def select_client(self, client_id: int) -> bool:
        """Make ``client_id`` current if it is loaded."""
        row = self.model.row_of_id(client_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, self._first_visible_column()))
        return True

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its text selected (typing replaces it)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    @property
    def is_searching(self) -> bool:
        return bool(self._query)

    def count_text(self) -> str:
        """What the status bar says about the list: loading, or how many clients are loaded/found."""
        n = self.model.rowCount()
        if self.model.is_loading and n == 0:
            return self.tr("Loading…")
        if self._too_short:
            return self.tr("Type at least %n digits to search by phone or INN", "", MIN_SEARCH_DIGITS)
        if self._query:
            if self._search_limit_hit:
                return self.tr("First %n client(s) found; type more to narrow the search", "", n)
            return self.tr("%n client(s) found", "", n)
        if self.model.has_more:
            return self.tr("%n client(s) loaded, scroll for more", "", n)
        return self.tr("%n client(s)", "", n)

    def save_state(self) -> None:
        """Keep the working view and the column widths for the next start."""
        self._store_widths()
        state.save_current_client_list_view(self.working_view())
        state.save_client_list_widths(self._widths)

    # --- views -------------------------------------------------------------------------------
    def working_view(self) -> ClientListView:
        """Filters, columns and sort as they are now, under the selected view's id and name."""
        return replace(self._view, filters=self.filter_bar.filters(), columns=tuple(self.visible_columns()))

    def apply_view(self, view: ClientListView) -> None:
        """Make ``view`` the working view: its filters and sort, its columns when it names any."""
        columns = tuple(view.columns) or tuple(self.visible_columns())
        custom_before = self._visible_custom_ids()
        self._view = replace(view, columns=columns)
        self.filter_bar.set_filters(view.filters)
        self._view = replace(self._view, filters=self.filter_bar.filters())
        self.view_selector.select(view.id)
        self._apply_layout()
        self._show_sort_indicator()
        self._remember_view()
        if self._choices is not None and self._connected:
            if self._query and self._visible_custom_ids() == custom_before:
                self._run_search()
            else:
                self.refresh()

    def _remember_view(self) -> None:
        self._update_modified()
        state.save_current_client_list_view(self.working_view())

    def _update_modified(self) -> None:
        selected = self.view_selector.current_view()
        cur = self.working_view()
        same = (cur.filters == selected.filters and cur.sort == selected.sort and cur.desc == selected.desc
                and (selected.is_builtin or cur.columns == selected.columns))
        self.view_selector.set_modified(not same)

    # --- loading -----------------------------------------------------------------------------
    def _load_choices(self) -> None:
        if self._choices_pending:
            return
        self._choices_pending = True
        self.model.clear()

        def done(choices: clients.ListChoices) -> None:
            self._choices_pending = False
            if not self._connected:
                return
            self._apply_choices(choices)
            self.refresh()

        def failed(error: UserError) -> None:
            self._choices_pending = False
            self._on_model_did_fail(error)

        self.link_message.hide()
        ops.run_op(self, clients.list_choices, on_done=done, on_error=failed)

    def _apply_choices(self, choices: clients.ListChoices) -> None:
        self._store_widths()
        self._choices = choices
        self.filter_bar.set_choices(choices.tags, choices.my_user_id is not None, choices.classifier_values)
        self.model.set_columns(all_columns(choices.custom_fields))
        self._apply_layout()
        self._show_sort_indicator()

    def _list_filter(self) -> clients.ListFilter:
        f: ClientFilters = self.filter_bar.filters()
        me = self._choices.my_user_id if self._choices else None
        return clients.ListFilter(
            responsible_id=(me if me is not None else -1) if f.my else None,
            statuses=tuple(f.statuses), tag_id=f.tag_id, classifier_value_id=f.classifier_value_id,
            sleeping_days=f.sleeping_days if f.sleeping else None,
            no_next_step=f.no_next_step, include_archived=f.include_archived)

    def _set_browse_source(self) -> None:
        ids = self._visible_custom_ids()
        self._custom_pos = {fid: i for i, fid in enumerate(ids)}
        flt, sort, desc = self._list_filter(), self._view.sort, self._view.desc

        def fetch(after: Any, on_page: OnPage, on_error: OnError) -> None:
            def done(page: clients.ClientPage) -> None:
                on_page(page.rows, page.next_key)

            ops.run_op(self, clients.list_clients_page, after, flt, sort, desc, ids, on_done=done, on_error=on_error)

        self.model.set_fetch_page(fetch)

    def _fetch_page(self, after: Any, on_page: OnPage, on_error: OnError) -> None:
        """Before the first refresh: nothing is connected, so nothing is asked."""
        on_page([], None)

    def _run_search(self) -> None:
        query, sort, desc = self._query, self._view.sort, self._view.desc
        self._custom_pos = {}

        def fetch(after: Any, on_page: OnPage, on_error: OnError) -> None:
            def done(rows: list[clients.ClientRow]) -> None:
                self._search_limit_hit = len(rows) >= _SEARCH_LIMIT
                on_page(_sorted_rows(rows, sort, desc), None)

            ops.run_op(self, clients.search_clients, query, on_done=done, on_error=on_error)

        self.model.set_fetch_page(fetch)
        self.model.reload(min_rows=0)

    def _reload_now(self) -> None:
        if not self._connected:
            return
        self.link_message.hide()
        if self._choices is None:
            self.refresh()
        elif self._query:
            self._run_search()
        else:
            self._set_browse_source()
            self.model.reload()

    def _row_value(self, row: Any, spec: ColumnSpec) -> Any:
        if spec.field_id is None:
            return getattr(row, spec.key, None)
        pos = self._custom_pos.get(spec.field_id)
        custom = getattr(row, "custom", ())
        if pos is None or pos >= len(custom):
            return None
        return custom_value(spec, custom[pos])

    # --- search ------------------------------------------------------------------------------
    def _on_query_changed(self, text: str) -> None:
        was = bool(self._query)
        self._too_short = too_short_to_search(text)
        if self._too_short:
            text = ""  # "84": the browsing list stays until the number says more (count_text hints)
        self._query = text
        self.filter_bar.setEnabled(not text)
        self.filter_bar.setToolTip(self.tr("Quick filters do not apply to search results; Esc in the search "
                                           "box returns to the list") if text else "")
        if not self._connected or self._choices is None:
            return
        if text:
            self._run_search()
        elif was:
            self._set_browse_source()
            self.model.reload(min_rows=0)
        self.client_list_did_change_count.emit()

    def _focus_results(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, self._first_visible_column()))

    # --- filters -----------------------------------------------------------------------------
    def _on_filters_changed(self, filters: ClientFilters) -> None:
        self._view = replace(self._view, filters=filters)
        self._remember_view()
        if self._choices is not None and self._connected and not self._query:
            self.refresh()

    # --- keeping the selection across a reload ----------------------------------------------------
    def _keep_selection(self) -> None:
        cur = self.view.currentIndex()
        self._kept = (self.current_client_id(), set(self.selected_client_ids()),
                      cur.row() if cur.isValid() else -1, self.view.verticalScrollBar().value())

    def _restore_selection(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None or self.model.rowCount() == 0:
            return
        current_id, selected, old_row, scroll = kept
        col = self._first_visible_column()
        sm = self.view.selectionModel()
        row = self.model.row_of_id(current_id) if current_id is not None else -1
        if row < 0 and old_row >= 0:
            row = min(old_row, self.model.rowCount() - 1)  # the current client went: stay in place
        if row >= 0:
            sm.setCurrentIndex(self.model.index(row, col), sm.SelectionFlag.NoUpdate)
        for cid in selected:
            r = self.model.row_of_id(cid)
            if r >= 0:
                sm.select(self.model.index(r, col), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)
        if row >= 0 and current_id is not None and self.model.row_of_id(current_id) < 0:
            sm.select(self.model.index(row, col), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)
        bar = self.view.verticalScrollBar()
        bar.setValue(scroll)
        if bar.value() != scroll:  # the range is laid out later: try once more then
            QTimer.singleShot(0, lambda: self.view.verticalScrollBar().setValue(scroll))

    # --- archive / delete --------------------------------------------------------------------
    def archive_current(self, *, ask: bool = True) -> None:
        """Del: archive the current client after asking."""
        cid = self.current_client_id()
        if cid is None:
            return
        name = self._current_name()
        if ask and not confirm(self, self.tr("Archive client"),
                               self.tr("Archive client “{name}”? It will be hidden from lists; "
                                       "Shift+Del deletes for good.").format(name=name)):
            return
        ops.run_op(self, clients.archive_by_id, cid, on_done=lambda saved: self._did_remove(cid, saved, True))

    def delete_current(self, *, ask: bool = True) -> None:
        """Shift+Del: delete the current client permanently after asking."""
        cid = self.current_client_id()
        if cid is None:
            return
        name = self._current_name()
        if ask and not confirm(self, self.tr("Delete client"),
                               self.tr("Delete client “{name}” for good, with its contacts, history, deals "
                                       "and tasks? This cannot be undone.").format(name=name), default_yes=False):
            return
        ops.run_op(self, clients.delete_by_id, cid, on_done=lambda saved: self._did_remove(cid, saved, False))

    def _current_name(self) -> str:
        index = self.view.currentIndex()
        if not index.isValid():
            return ""
        return str(getattr(self.model.row_at(index.row()), "name", "") or "")

    def _did_remove(self, cid: int, saved: clients.Saved, archived: bool) -> None:
        if archived and self.filter_bar.filters().include_archived and not self._query:
            self._reload_now()  # archived rows stay listed: show it fresh
        else:
            row = self.model.row_of_id(cid)
            self.model.remove_ids({cid})
            if row >= 0 and self.model.rowCount():
                row = min(row, self.model.rowCount() - 1)
                self.view.setCurrentIndex(self.model.index(row, self._first_visible_column()))
        self.client_list_did_change_clients.emit(saved.changes)

    # --- events ------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_Delete and mods & Qt.KeyboardModifier.ShiftModifier:
                if self._allowed("delete", self.tr("You may not delete clients; Del archives them instead.")):
                    self.delete_current()
                return True
            if key == Qt.Key.Key_Delete and not mods & ~Qt.KeyboardModifier.KeypadModifier:
                if self._allowed("edit", self.tr("You may not change clients, so you cannot archive them.")):
                    self.archive_current()
                return True
            if key == Qt.Key.Key_Insert and not mods & ~Qt.KeyboardModifier.KeypadModifier:
                self.request_new_client()
                return True
        return super().eventFilter(obj, event)

    #: app.security.MyRights of the login, set by the main window after connecting (None: unknown)
    rights = None

    def set_rights(self, rights) -> None:
        self.rights = rights

    def request_new_client(self) -> None:
        """Ins: ask for a new client's card, if the login may create clients."""
        if self._allowed("create", self.tr("You may not create clients.")):
            self.client_list_did_request_new_client.emit()

    def _allowed(self, action: str, refusal: str) -> bool:
        """Whether the server grants ``action`` on clients; says why not instead of trying."""
        if self.rights is None or self.rights.can("CLIENT", action):
            return True
        errors.show_error(self, NotAllowed(refusal))
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Inside the main window its Refresh action takes F5 first; standalone the list handles it.
        if event.matches(QKeySequence.StandardKey.Refresh) or event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        if event.key() == Qt.Key.Key_Insert and not event.modifiers():
            self.request_new_client()
            return
        super().keyPressEvent(event)

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.client_list_did_activate_client.emit(self.model.row_id_at(index.row()))

    def _on_model_did_fail(self, error: UserError) -> None:
        if isinstance(error, ConnectionLost):
            self.link_message.show()  # the status bar says the rest; read again after reconnecting
            return
        errors.show_error(self, error)


#: ``search_clients``' default limit: a full answer means there may be more.
_SEARCH_LIMIT = 200

#: A number shorter than this is not searched: "8", "84" or "+7 (4" match most phones and INNs of a
#: big database, and each such query took 0.25-0.5 s on 100,000 clients (bench/search_100k.py)
#: while blocking the one database worker; four digits ("8495", "+7 (495)") take ~0.1 s.
MIN_SEARCH_DIGITS = 4

_NOT_DIGITS = re.compile(r"\D")
_NUMBER_CHARS = re.compile(r"[\d\s()+\-.]")


def too_short_to_search(text: str) -> bool:
    """True for a phone/INN typed so far with fewer than :data:`MIN_SEARCH_DIGITS` digits."""
    digits = _NOT_DIGITS.sub("", text)
    return bool(digits) and not _NUMBER_CHARS.sub("", text) and len(digits) < MIN_SEARCH_DIGITS


def _sorted_rows(rows: list[Any], sort: str, desc: bool) -> list[Any]:
    """Search answers come by name; sort them by the chosen column here (at most 200 rows)."""
    if sort == "name" and not desc:
        return rows
    attr = sort if sort != "name" else "name"

    def key(row: Any) -> tuple:
        v = getattr(row, attr, None)
        if isinstance(v, str):
            v = v.casefold()
        return (v is None, v if v is not None else 0, row.name.casefold() if isinstance(row.name, str) else "")

    present = [r for r in rows if getattr(r, attr, None) is not None]
    missing = [r for r in rows if getattr(r, attr, None) is None]
    present.sort(key=key, reverse=desc)
    return present + missing

"""The main window's working area: tabs Dashboard, Clients, Board, Deals and Planner. Layer: ``ui``.

Contract:
* The five screens are reached as attributes (``dashboard``, ``clients``, ``board``, ``deals``,
  ``planner``); :attr:`Workspace.tab_actions` (Ctrl+1…Ctrl+5, for the View menu) switch tabs. The
  dashboard (issue #13) is first: the figures of the day for heads and managers, each clickable into
  the report or tab behind it (``workspace_did_request_report``).
* **Only the visible screen loads** (issue #12): after a connect the current tab loads at once and
  every other one when it is first shown, the client list included, so a login costs the first
  screen's statements only (the dashboard's one; the client list's two when it is the remembered
  tab). ``workspace_did_load_first_screen`` says when that first screen has its data (or failed):
  the main window queues the rest of the login (reminders, rights) behind it.
* The tab shown last is remembered per OS user (:mod:`ui.state`) and shown at the next start.
* The board, deal list and planner modules are imported and their widgets built when the tab is
  first shown or the attribute first read (issue #12: the GUI's memory on a terminal server).
* Changes (ours and other workstations') reach only the **visible** screen at once; the hidden ones
  are marked stale and refresh when their tab is shown, so an event burst costs one board query,
  not five screens' worth (FIREBIRD.md: every re-read is a round trip on a slow link).
* :meth:`set_connected` / :meth:`set_rights` fan out to the screens; :meth:`refresh_current` is F5.
* Signals ask the main window to open cards: ``workspace_did_request_client(int)`` and
  ``workspace_did_request_deal(int)``.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.changes import CLIENT, DEAL, INTERACTION, REF, TASK, Changes

from ui import state
from ui.dashboard.dashboard import DashboardWidget
from ui.lists.client_list import ClientListWidget
from ui.refresh import Refresher

#: what each screen shows (a change elsewhere does not make it stale)
SHOWS = {
    "dashboard": DashboardWidget.SHOWS,
    "clients": (CLIENT, INTERACTION, DEAL, TASK, REF),
    "board": (DEAL, TASK, INTERACTION, CLIENT, REF),
    "deals": (DEAL, TASK, INTERACTION, CLIENT, REF),
    "planner": (TASK, CLIENT, DEAL, INTERACTION, REF),
}
#: the tabs in order (their names are what ``current_name`` returns and ui.state remembers)
TAB_NAMES = ("dashboard", "clients", "board", "deals", "planner")


def _scroll_area(parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class Workspace(QTabWidget):
    workspace_did_request_client = Signal(int)
    workspace_did_request_deal = Signal(int)
    workspace_did_request_report = Signal(str, dict)
    #: the visible screen has its first data after a connect (or its first load failed)
    workspace_did_load_first_screen = Signal()

    def __init__(self, refresher: Refresher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainTabs")
        self.setDocumentMode(True)
        self.refresher = refresher
        self.connected = False
        self._rights: Any = None
        self._awaiting_first = False  #: connected, the first screen's data not there yet
        self.dashboard = DashboardWidget(self)
        self.clients = ClientListWidget(self)
        # in a scroll area like the planner: tiles and charts must not stop the window shrinking
        self.dashboard_area = _scroll_area(self)
        self.dashboard_area.setWidget(self.dashboard)
        # the board and the deal list are built into these pages when first shown
        board_page, deals_page = QWidget(self), QWidget(self)
        for page in (board_page, deals_page):
            lay = QVBoxLayout(page)
            lay.setContentsMargins(0, 0, 0, 0)
        # the planner's calendar wants ~710×480; a scroll area keeps the window resizable below that
        # (a terminal-server session may be small)
        self.planner_area = _scroll_area(self)
        #: name -> tab page (the dashboard's and the planner's are their scroll areas)
        self.pages: dict[str, QWidget] = {"dashboard": self.dashboard_area, "clients": self.clients,
                                          "board": board_page, "deals": deals_page, "planner": self.planner_area}
        self._screens: dict[str, QWidget] = {"dashboard": self.dashboard, "clients": self.clients}
        for name, text in zip(TAB_NAMES, (self.tr("Da&shboard"), self.tr("&Clients"), self.tr("&Board"),
                                          self.tr("&Deals"), self.tr("&Planner")), strict=True):
            self.addTab(self.pages[name], text)
        self.stale: set[str] = set()  #: screens whose data changed (or were never loaded) while hidden
        self.started: set[str] = set()  #: board/deal list: connected (choices loaded) since the open
        #: View menu items Ctrl+1…Ctrl+5, one per tab (the main window puts them in its menu)
        self.tab_actions: list[QAction] = []
        for i in range(self.count()):
            act = QAction(self.tabText(i), self)
            act.setObjectName(f"view.tab{i + 1}")
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _c=False, i=i: self.setCurrentIndex(i))
            self.tab_actions.append(act)
        self.dashboard.dashboard_did_request_report.connect(self.workspace_did_request_report)
        self.dashboard.dashboard_did_request_tab.connect(self.show_tab)
        self.dashboard.dashboard_did_load.connect(self._on_screen_loaded)
        # the model says "loaded" on a clear and when a reload starts too: only rows that arrived count
        self.clients.model.row_table_did_load_rows.connect(
            lambda: None if self.clients.is_loading else self._on_screen_loaded())
        remembered = state.load_main_tab()
        if remembered in self.pages:
            self.setCurrentWidget(self.pages[remembered])
            self.screen(remembered)  # a lazily built screen must be on its page when the window shows
        self.currentChanged.connect(self._on_tab_shown)
        refresher.subscribe(self.on_changes, owner=self)

    # --- screens built when first needed -----------------------------------------------------------
    @property
    def board(self):
        """The funnel board (``ui.boards.funnel_board.FunnelBoard``), built on first use."""
        return self.screen("board")

    @property
    def deals(self):
        """The deal list (``ui.lists.deal_list.DealListWidget``), built on first use."""
        return self.screen("deals")

    @property
    def planner(self):
        """The planner (``ui.planner.planner_view.PlannerWidget``), built on first use."""
        return self.screen("planner")

    def screen(self, name: str) -> QWidget:
        """The screen of tab ``name``, built (its module imported) on the first call."""
        screen = self._screens.get(name)
        if screen is None:
            screen = self._screens[name] = self._build(name)
        return screen

    def built(self, name: str) -> bool:
        return name in self._screens

    def _build(self, name: str) -> QWidget:
        page = self.pages[name]
        screen: Any
        if name == "board":
            from ui.boards.funnel_board import FunnelBoard

            screen = FunnelBoard(page)
            screen.funnel_board_did_change_deals.connect(self.refresher.publish)
            screen.funnel_board_did_activate_deal.connect(self.workspace_did_request_deal)
            screen.funnel_board_did_load_board.connect(self._on_screen_loaded)
        elif name == "deals":
            from ui.lists.deal_list import DealListWidget

            screen = DealListWidget(page)
            screen.deal_list_did_change_deals.connect(self.refresher.publish)
            screen.deal_list_did_activate_deal.connect(self.workspace_did_request_deal)
            screen.model.row_table_did_load_rows.connect(
                lambda: None if screen.model.is_loading else self._on_screen_loaded())
        elif name == "planner":
            from ui.planner.planner_view import PlannerWidget

            screen = PlannerWidget(page)
            screen.planner_did_change.connect(self.refresher.publish)
            screen.planner_did_activate_deal.connect(self.workspace_did_request_deal)
            screen.planner_did_activate_client.connect(self.workspace_did_request_client)
            screen.planner_did_load.connect(self._on_screen_loaded)
        else:
            raise KeyError(name)
        if name == "planner":
            self.planner_area.setWidget(screen)
        else:
            page.layout().addWidget(screen)
        screen.show()  # a child added to a page that is already visible stays hidden otherwise
        if self._rights is not None and hasattr(screen, "set_rights"):
            screen.set_rights(self._rights)
        return screen

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        """Also takes a screen whose tab page is a holder (the board, the deal list, the planner)."""
        page = next((self.pages[n] for n, s in self._screens.items() if s is widget), widget)
        super().setCurrentWidget(page)

    def show_tab(self, name: str) -> None:
        self.setCurrentWidget(self.pages[name])

    def current_name(self) -> str:
        page = self.currentWidget()
        return next((name for name, p in self.pages.items() if p is page), "dashboard")

    # --- connection ---------------------------------------------------------------------------
    def set_connected(self, connected: bool) -> None:
        """A database opened (the visible screen loads now, the others when shown) or closed."""
        self.connected = connected
        self.started.clear()
        self._awaiting_first = connected
        if connected:
            self.stale = set(TAB_NAMES)
            self._on_tab_shown(self.currentIndex())
        else:
            self.stale.clear()
            for name in ("board", "deals"):
                if self.built(name):
                    self.screen(name).set_connected(False)
            if self.built("planner"):
                self.planner.clear()
            self.clients.clear()
            self.dashboard.clear()

    def set_rights(self, rights) -> None:
        self._rights = rights
        for name in ("clients", "board", "deals"):
            if self.built(name):
                self.screen(name).set_rights(rights)

    def _on_screen_loaded(self, *_args: object) -> None:
        if self._awaiting_first and self.connected:
            self._awaiting_first = False
            self.workspace_did_load_first_screen.emit()

    def refresh_current(self) -> None:
        name = self.current_name()
        if name == "clients":
            self.clients.refresh()
        else:
            self._load(name)

    def _load(self, name: str) -> None:
        self.stale.discard(name)
        screen = self.screen(name)
        if name in ("board", "deals") and name not in self.started:
            self.started.add(name)
            screen.set_connected(True)  # loads its choices, then itself
        elif name == "clients" and self.clients.is_connected:
            self.clients.reload()  # shown again after changes: the rows, selection and scroll position kept
        else:
            screen.refresh()

    def _on_tab_shown(self, _index: int) -> None:
        name = self.current_name()
        state.save_main_tab(name)
        if self.connected and name in self.stale:
            self._load(name)
        elif name not in self._screens:
            self.screen(name)  # shown while not connected: the empty screen, not a blank page

    # --- changes ------------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Ours and other workstations' changes: the visible screen hears them (the client list
        filters and debounces itself); a hidden one is marked stale and reloads when shown."""
        if not self.connected:
            return
        current = self.current_name()
        for name, kinds in SHOWS.items():
            if not any(changes.touches(k) for k in kinds):
                continue
            if name == current:
                self.screen(name).on_changes(changes)
            else:
                self.stale.add(name)
                if name == "clients" and changes.touches(REF):
                    self.clients.forget_choices()  # tags or custom fields: read again when shown

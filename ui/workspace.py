"""The main window's working area: tabs Dashboard, Clients, Board, Deals and Planner. Layer: ``ui``.

Contract:
* The five screens are created here and reached as attributes (``dashboard``, ``clients``,
  ``board``, ``deals``, ``planner``); :attr:`Workspace.tab_actions` (Ctrl+1…Ctrl+5, for the View
  menu) switch tabs. The dashboard (issue #13) is first: the figures of the day for heads and
  managers, each clickable into the report or tab behind it (``workspace_did_request_report``).
* Changes (ours and other workstations') reach only the **visible** screen at once; the hidden ones
  are marked stale and refresh when their tab is shown, so an event burst costs one board query,
  not four screens' worth (FIREBIRD.md: every re-read is a round trip on a slow link).
* :meth:`set_connected` / :meth:`set_rights` fan out to the screens; :meth:`refresh_current` is F5.
* Signals ask the main window to open cards: ``workspace_did_request_client(int)`` and
  ``workspace_did_request_deal(int)``.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from app.changes import CLIENT, DEAL, INTERACTION, REF, TASK, Changes

from ui.boards.funnel_board import FunnelBoard
from ui.dashboard.dashboard import DashboardWidget
from ui.lists.client_list import ClientListWidget
from ui.lists.deal_list import DealListWidget
from ui.planner.planner_view import PlannerWidget
from ui.refresh import Refresher

#: what each screen shows (a change elsewhere does not make it stale)
SHOWS = {
    "dashboard": DashboardWidget.SHOWS,
    "board": (DEAL, TASK, INTERACTION, CLIENT, REF),
    "deals": (DEAL, TASK, INTERACTION, CLIENT, REF),
    "planner": (TASK, CLIENT, DEAL, INTERACTION, REF),
}


class Workspace(QTabWidget):
    workspace_did_request_client = Signal(int)
    workspace_did_request_deal = Signal(int)
    workspace_did_request_report = Signal(str, dict)

    def __init__(self, refresher: Refresher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainTabs")
        self.setDocumentMode(True)
        self.refresher = refresher
        self.connected = False
        self.dashboard = DashboardWidget(self)
        self.clients = ClientListWidget(self)
        # in a scroll area like the planner: tiles and charts must not stop the window shrinking
        self.dashboard_area = QScrollArea(self)
        self.dashboard_area.setWidgetResizable(True)
        self.dashboard_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.dashboard_area.setWidget(self.dashboard)
        self.addTab(self.dashboard_area, self.tr("Da&shboard"))
        self.board = FunnelBoard(self)
        self.deals = DealListWidget(self)
        self.planner = PlannerWidget(self)
        self.addTab(self.clients, self.tr("&Clients"))
        self.addTab(self.board, self.tr("&Board"))
        self.addTab(self.deals, self.tr("&Deals"))
        # the planner's calendar wants ~710×480; a scroll area keeps the window resizable below that
        # (a terminal-server session may be small)
        planner_area = QScrollArea(self)
        planner_area.setWidgetResizable(True)
        planner_area.setFrameShape(QScrollArea.Shape.NoFrame)
        planner_area.setWidget(self.planner)
        self.planner_area = planner_area
        self.addTab(planner_area, self.tr("&Planner"))
        #: name -> (tab page, screen); the planner's page is its scroll area
        self.tabs: dict[str, tuple[QWidget, QWidget]] = {
            "dashboard": (self.dashboard_area, self.dashboard), "clients": (self.clients, self.clients), "board": (self.board, self.board),
            "deals": (self.deals, self.deals), "planner": (planner_area, self.planner)}
        self.stale: set[str] = set()  #: screens whose data changed (or were never loaded) while hidden
        self.started: set[str] = set()  #: board/deal list: connected (choices loaded) since the open
        #: View menu items Ctrl+1…Ctrl+4, one per tab (the main window puts them in its menu)
        self.tab_actions: list[QAction] = []
        for i in range(self.count()):
            act = QAction(self.tabText(i), self)
            act.setObjectName(f"view.tab{i + 1}")
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _c=False, i=i: self.setCurrentIndex(i))
            self.tab_actions.append(act)
        # screens without a refresher hand their own changes to us: publish them on the one bus
        self.board.funnel_board_did_change_deals.connect(refresher.publish)
        self.deals.deal_list_did_change_deals.connect(refresher.publish)
        self.planner.planner_did_change.connect(refresher.publish)
        self.board.funnel_board_did_activate_deal.connect(self.workspace_did_request_deal)
        self.deals.deal_list_did_activate_deal.connect(self.workspace_did_request_deal)
        self.planner.planner_did_activate_deal.connect(self.workspace_did_request_deal)
        self.planner.planner_did_activate_client.connect(self.workspace_did_request_client)
        self.dashboard.dashboard_did_request_report.connect(self.workspace_did_request_report)
        self.dashboard.dashboard_did_request_tab.connect(self.show_tab)
        self.currentChanged.connect(self._on_tab_shown)
        refresher.subscribe(self.on_changes, owner=self)

    def show_tab(self, name: str) -> None:
        self.setCurrentWidget(self.tabs[name][0])

    def current_name(self) -> str:
        page = self.currentWidget()
        return next((name for name, (p, _s) in self.tabs.items() if p is page), "clients")

    # --- connection ---------------------------------------------------------------------------
    def set_connected(self, connected: bool) -> None:
        """A database opened (the visible screen loads now, the others when shown) or closed."""
        self.connected = connected
        self.started.clear()
        if connected:
            self.stale = {"dashboard", "board", "deals", "planner"}
            self._on_tab_shown(self.currentIndex())
        else:
            self.stale.clear()
            self.board.set_connected(False)
            self.deals.set_connected(False)
            self.planner.clear()
            self.clients.clear()
            self.dashboard.clear()

    def set_rights(self, rights) -> None:
        self.clients.set_rights(rights)
        self.board.set_rights(rights)
        self.deals.set_rights(rights)

    def refresh_current(self) -> None:
        name = self.current_name()
        if name == "clients":
            self.clients.refresh()
        else:
            self._load(name)

    def _load(self, name: str) -> None:
        self.stale.discard(name)
        screen = self.tabs[name][1]
        if name in ("board", "deals") and name not in self.started:
            self.started.add(name)
            screen.set_connected(True)  # loads its choices, then itself
        else:
            screen.refresh()

    def _on_tab_shown(self, _index: int) -> None:
        name = self.current_name()
        if self.connected and name in self.stale:
            self._load(name)

    # --- changes ------------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Ours and other workstations' changes: the client list (the home screen) always hears
        them (it filters and debounces itself); the other screens only when visible."""
        if not self.connected:
            return
        self.clients.on_changes(changes)
        current = self.current_name()
        for name, kinds in SHOWS.items():
            if not any(changes.touches(k) for k in kinds):
                continue
            if name == current:
                self.tabs[name][1].on_changes(changes)
            else:
                self.stale.add(name)

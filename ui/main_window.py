"""The main window: a thin shell that wires menus, toolbar, the working tabs, cards, reminders,
reports and the status bar.

Layer: ``ui``. No business logic and no database work here: the screens fetch through
:mod:`ui.ops`, connecting is :mod:`ui.connect`'s job (``ui/main.py`` wires the two together),
the tabs (clients, funnel board, deals, planner) live in :class:`ui.workspace.Workspace`, client
and deal cards are opened by their managers, and changes (ours and other workstations') reach
every screen through :class:`ui.refresh.Refresher`. Window geometry and toolbar state persist
through :mod:`ui.state`.
"""
from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QToolBar, QWidget
from shiboken6 import isValid

from app import __version__ as app_version
from app import audit, security
from app.config import Profile
from app.context import ConnectionInfo
from app.errors import UserError

from ui import ops, state
from ui.actions import create_actions
from ui.cards.deal_manager import DealCardManager
from ui.cards.manager import CardManager
from ui.dialogs.import_menu import install_import
from ui.icons import icon
from ui.refresh import Refresher
from ui.reminders import ReminderNotifier
from ui.settings import install_admin
from ui.workspace import Workspace

#: reminders and rights start at the latest this long after connecting, first screen or not
AFTER_FIRST_PAGE_LATEST_MS = 5000

#: actions that need an open database
DATA_ACTIONS = ("view.refresh", "client.new", "client.open", "client.new_deal", "client.print_card",
                "client.print_dossier", "deal.new", "deal.new_lead", "reports.catalogue", "client.find_duplicates")


class MainWindow(QMainWindow):
    """Menus (File, Client, View, Help), toolbar, client list, status bar with connection, live
    updates and row count. Client cards are separate windows owned by :attr:`cards`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kartoteka CRM"))
        self.setWindowIcon(icon("crm-app"))
        self.profile: Profile | None = None
        self.info: ConnectionInfo | None = None

        self.action_by_id = create_actions(self)
        self.refresher = Refresher(self)
        self.workspace = Workspace(self.refresher, self)
        self.client_list = self.workspace.clients
        self.setCentralWidget(self.workspace)
        self.cards = CardManager(self, self.refresher)
        self.deal_cards = DealCardManager(self, self.refresher)
        self.reminders = ReminderNotifier(self)
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        self.action_by_id["file.exit"].triggered.connect(self.close)
        self.action_by_id["view.refresh"].triggered.connect(self.on_refresh_triggered)
        self.action_by_id["help.about"].triggered.connect(self.on_about_triggered)
        self.client_list.client_list_did_change_count.connect(self._update_count)
        self.client_list.client_list_did_activate_client.connect(self.on_client_list_did_activate_client)
        # Ins in the list (its own key handling) and Client > New (Ins anywhere in the window)
        self.client_list.client_list_did_request_new_client.connect(self.on_client_list_did_request_new_client)
        # archive/delete in the list: cards and the list hear it too
        self.client_list.client_list_did_change_clients.connect(self.refresher.publish)
        # through the list, which checks the login's right to create clients first
        self.action_by_id["client.new"].triggered.connect(self.client_list.request_new_client)
        self.action_by_id["client.open"].triggered.connect(self.on_open_client_triggered)
        self.refresher.refresher_did_change_state.connect(self._update_live_label)
        self._wire_deals_and_planner()
        self.workspace.currentChanged.connect(self._on_tab_changed)
        self._on_tab_changed(self.workspace.currentIndex())  # the remembered tab (ui.state)
        self.workspace.workspace_did_load_first_screen.connect(self._after_first_page)
        for act_id in DATA_ACTIONS:
            self.action_by_id[act_id].setEnabled(False)

        if not state.restore_window(self):
            self._default_geometry()
        self.admin_menu = install_admin(self)  # Administration menu and idle lock (ui/settings)
        install_import(self)  # File > Import…, Import history… (issue #11)

    # --- building ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.action_by_id
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a["file.connect"])
        file_menu.addSeparator()
        file_menu.addAction(a["file.exit"])
        client_menu = self.menuBar().addMenu(self.tr("&Client"))
        client_menu.addAction(a["client.new"])
        client_menu.addAction(a["client.open"])
        client_menu.addSeparator()
        client_menu.addAction(a["client.new_deal"])
        client_menu.addAction(a["client.print_card"])
        client_menu.addAction(a["client.print_dossier"])
        client_menu.addSeparator()
        client_menu.addAction(a["client.find_duplicates"])
        deal_menu = self.menuBar().addMenu(self.tr("&Deal"))
        deal_menu.addAction(a["deal.new"])
        deal_menu.addAction(a["deal.new_lead"])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(self.workspace.tab_actions)
        view_menu.addSeparator()
        view_menu.addAction(a["view.refresh"])
        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        reports_menu.addAction(a["reports.catalogue"])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a["help.about"])

    def _wire_deals_and_planner(self) -> None:
        a = self.action_by_id
        ws = self.workspace
        ws.workspace_did_request_deal.connect(self.open_deal)
        ws.workspace_did_request_client.connect(self.on_client_list_did_activate_client)
        ws.workspace_did_request_report.connect(self.open_report)
        self.deal_cards.deal_manager_did_request_client.connect(self.on_client_list_did_activate_client)
        self.deal_cards.deal_manager_did_request_report.connect(self.open_report)
        self.cards.card_manager_did_request_deal.connect(self.open_deal)
        self.cards.card_manager_did_request_new_deal.connect(self.new_deal_for)
        self.cards.card_manager_did_request_report.connect(self.open_report)
        self.reminders.reminder_notifier_did_activate_client.connect(self.on_client_list_did_activate_client)
        self.reminders.reminder_notifier_did_activate_deal.connect(self.open_deal)
        self.reminders.reminder_notifier_did_change.connect(self.refresher.publish)
        a["client.new_deal"].triggered.connect(lambda: self._with_current_client(self.new_deal_for))
        a["client.print_card"].triggered.connect(
            lambda: self._with_current_client(lambda cid: self.open_report("clients.card", {"client": cid})))
        a["client.print_dossier"].triggered.connect(
            lambda: self._with_current_client(lambda cid: self.open_report("clients.dossier", {"client": cid})))
        a["deal.new_lead"].triggered.connect(self.on_new_lead_triggered)
        a["deal.new"].triggered.connect(self.on_new_deal_triggered)
        a["reports.catalogue"].triggered.connect(lambda: self.open_report())
        a["client.find_duplicates"].triggered.connect(self.on_find_duplicates_triggered)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolBar")  # saveState() needs a name
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.action_by_id["file.connect"])
        bar.addAction(self.action_by_id["view.refresh"])
        bar.addAction(self.action_by_id["client.new"])
        bar.addAction(self.action_by_id["deal.new_lead"])
        bar.addAction(self.action_by_id["reports.catalogue"])
        for action in (self.action_by_id["file.connect"], self.action_by_id["view.refresh"],
                       self.action_by_id["client.new"], self.action_by_id["deal.new_lead"],
                       self.action_by_id["reports.catalogue"]):
            _tooltip_with_shortcut(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        self.connection_label = QLabel(self.tr("Not connected"))
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        self.live_label = QLabel("")
        self.live_label.setObjectName("liveLabel")
        self.statusBar().addWidget(self.connection_label, 1)
        self.statusBar().addPermanentWidget(self.live_label)
        self.statusBar().addPermanentWidget(self.count_label)

    def _default_geometry(self) -> None:
        screen = QGuiApplication.primaryScreen()
        avail = screen.availableGeometry() if screen else None
        w, h = 1280, 800
        if avail is not None:
            w, h = min(w, avail.width() - 40), min(h, avail.height() - 40)
            self.resize(w, h)
            self.move(avail.center().x() - w // 2, avail.center().y() - h // 2)
        else:
            self.resize(w, h)

    # --- connection (wired by ui/main.py to ui.connect.Connector) ----------------------------
    def on_connector_will_open(self, profile: Profile) -> None:
        self.profile, self.info = None, None
        self._after_first_page_armed = False
        self._enable_data_actions(False)
        # cards belong to the database being closed: a save now would land in the next one
        self.cards.discard_all()
        self.cards.forget_reference()
        self.deal_cards.discard_all()
        self.reminders.stop()
        self.refresher.stop()
        self.workspace.set_connected(False)
        if self.reports_window is not None:
            self.reports_window.close()
        self.connection_label.setText(self.tr("Connecting to {name}…").format(name=profile.name))
        self.connection_label.setToolTip(profile.target)

    def on_connector_did_open(self, profile: Profile, info: ConnectionInfo) -> None:
        self.profile, self.info = profile, info
        self.setWindowTitle(self.tr("{profile} — Kartoteka CRM").format(profile=profile.name))
        self.connection_label.setText(info.describe())
        self.connection_label.setToolTip(info.describe())
        self._enable_data_actions(True)
        self._update_live_label()
        self.admin_menu.set_rights(None)  # until the new login's rights arrive (below)
        # issue #12: only the visible tab loads now (the dashboard: one statement; the client list
        # when it is the remembered tab), the others when shown. The overdue reminders, the rights
        # (buttons and keys follow the server's grants, which enforces them anyway), the cards'
        # reference data and the live-update listener (an attachment of its own over the same
        # link) start after that first screen: before it they cost 5-6 round trips on a WAN before
        # anything showed. A screen that never loads does not hold them up (the timer).
        self._after_first_page_armed = True
        self.workspace.set_connected(True)
        if self.workspace.current_name() == "clients":
            self.client_list.setFocus()
        QTimer.singleShot(AFTER_FIRST_PAGE_LATEST_MS, self, self._after_first_page)

    def _after_first_page(self) -> None:
        if not getattr(self, "_after_first_page_armed", False):
            return
        self._after_first_page_armed = False
        if self.info is None:  # disconnected meanwhile
            return
        self.refresher.start(self.info, self)
        self._update_live_label()
        self.reminders.start()  # overdue reminders show at once
        ops.run_op(self, security.my_rights, on_done=self._on_rights)
        self.cards.prefetch_reference()  # the first card then costs its own statements only
        # the login history (report 116); after the first page, so it costs the first screen nothing
        ops.run_op(self, audit.log_login, f"Kartoteka {app_version}")

    def _on_rights(self, rights) -> None:
        self.admin_menu.set_rights(rights)
        self.workspace.set_rights(rights)
        self.cards.set_rights(rights)

    def on_connector_did_fail(self, error: UserError) -> None:
        self.profile, self.info = None, None
        self.setWindowTitle(self.tr("Kartoteka CRM"))
        self.connection_label.setText(self.tr("Not connected"))
        self.connection_label.setToolTip(str(error))
        self._enable_data_actions(False)
        self.admin_menu.set_rights(None)
        self.reminders.stop()
        self.refresher.stop()
        self.workspace.set_connected(False)

    # --- slots -------------------------------------------------------------------------------
    def on_refresh_triggered(self) -> None:
        if self.info is not None:
            self.workspace.refresh_current()

    def on_client_list_did_activate_client(self, client_id: int) -> None:
        if self.info is not None:
            self.cards.open_client(client_id)

    def on_client_list_did_request_new_client(self) -> None:
        if self.info is not None:
            self.cards.new_client()

    def on_find_duplicates_triggered(self) -> None:
        """Client > Find duplicates… (issue #11): one finder window, raised if already open."""
        from ui.dialogs.find_duplicates import FindDuplicatesDialog

        dlg = getattr(self, "duplicates_window", None)
        if dlg is None:
            dlg = self.duplicates_window = FindDuplicatesDialog(self)
            dlg.find_duplicates_did_request_client.connect(self.on_client_list_did_activate_client)
            dlg.find_duplicates_did_change.connect(self.refresher.publish)
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()

    def on_open_client_triggered(self) -> None:
        client_id = self.client_list.current_client_id()
        if client_id is not None:
            self.on_client_list_did_activate_client(client_id)

    def open_deal(self, deal_id: int) -> None:
        if self.info is not None:
            self.deal_cards.open_deal(deal_id)

    def new_deal_for(self, client_id: int) -> None:
        if self.info is not None:
            self.deal_cards.new_deal(client_id)

    def on_new_deal_triggered(self) -> None:
        """Deal > New deal: for the client selected in the list when the Clients tab is shown,
        otherwise an empty deal card whose client is looked up in the card."""
        if self.info is None:
            return
        on_clients = self.workspace.current_name() == "clients"
        self.deal_cards.new_deal(self.client_list.current_client_id() if on_clients else None)

    def _with_current_client(self, fn) -> None:
        client_id = self.client_list.current_client_id()
        if client_id is None:
            self.workspace.setCurrentWidget(self.client_list)
            self.statusBar().showMessage(self.tr("Select a client in the list first."), 5000)
            return
        fn(client_id)

    def open_report(self, report_id: str | None = None, values: dict | None = None) -> None:
        """The report window (one per main window), optionally with a report chosen and run."""
        if self.info is None:
            return
        from ui.reports_window import open_reports_window

        open_reports_window(self, report_id, values, run=bool(report_id))

    @property
    def reports_window(self):
        """The report window of this main window (ui.reports_window keeps it), or None."""
        window = getattr(self, "_reports_window", None)
        return window if window is not None and isValid(window) else None

    def on_new_lead_triggered(self) -> None:
        if self.info is None:
            return
        from ui.dialogs.new_lead import NewLeadDialog

        dlg = NewLeadDialog(self)
        dlg.accepted.connect(lambda: self._on_lead_saved(dlg.saved))
        dlg.open()
        self.lead_dialog = dlg

    def _on_lead_saved(self, saved) -> None:
        if saved is None:
            return
        self.refresher.publish(saved.changes)
        self.statusBar().showMessage(self.tr("The lead is saved."), 5000)
        self.open_deal(saved.id)

    def _on_tab_changed(self, _index: int) -> None:
        # Ins makes a new client only on the Clients tab (the planner's Ins makes a task)
        on_clients = self.workspace.current_name() == "clients"
        self.action_by_id["client.new"].setShortcut("Ins" if on_clients else "")
        self.count_label.setVisible(on_clients)  # "N client(s) loaded" speaks of the client list

    def _enable_data_actions(self, enabled: bool) -> None:
        for act_id in DATA_ACTIONS:
            self.action_by_id[act_id].setEnabled(enabled)

    def _update_live_label(self, *_args: object) -> None:
        monitor = getattr(self, "link_monitor", None)  # ui.link_status (server connections)
        if self.info is not None and monitor is not None and monitor.down:
            self.live_label.setText(self.tr("Live updates paused"))  # back with the connection
        else:
            self.live_label.setText(self.refresher.state_text() if self.info is not None else "")
        self.live_label.setToolTip(self.tr("Changes saved on other workstations appear here by themselves")
                                   if self.info is not None and self.info.mode != "embedded" else
                                   self.tr("A database file on this computer: only this program changes it"))

    def on_about_triggered(self) -> None:
        where = html.escape(self.info.describe()) if self.info else self.tr("Not connected")
        QMessageBox.about(
            self, self.tr("About Kartoteka CRM"),
            self.tr("<h3>Kartoteka CRM {version}</h3><p>A desktop CRM on a shared Firebird database.</p>"
                    "<p>{where}</p><p><small>Qt for Python {qt}</small></p>").format(
                version=app_version, where=where, qt=pyside_version))

    def _update_count(self) -> None:
        self.count_label.setText(self.client_list.count_text() if (self.info or self.client_list.model.rowCount())
                                 else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.cards.close_all() or not self.deal_cards.close_all():  # a card said Cancel
            event.ignore()
            return
        self._after_first_page_armed = False  # the deferred start (timer) must not run on a closed window
        self.reminders.stop()
        self.refresher.stop()
        state.save_window(self)
        self.client_list.save_state()
        super().closeEvent(event)


def _tooltip_with_shortcut(action: QAction) -> None:
    """Windows-style tool tips name the key: "Refresh (F5)"."""
    keys = action.shortcut().toString()
    text = action.text().replace("&", "").rstrip("…")
    action.setToolTip(f"{text} ({keys})" if keys else text)

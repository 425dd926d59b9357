"""The main window: a thin shell that wires menus, toolbar, the client list and the status bar.

Layer: ``ui``. No business logic and no database work here: the list fetches through
:mod:`ui.ops`, connecting is :mod:`ui.connect`'s job (``ui/main.py`` wires the two together).
Window geometry and toolbar state persist through :mod:`ui.state`.
"""
from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QToolBar, QWidget

from app import __version__ as app_version
from app.config import Profile
from app.context import ConnectionInfo
from app.errors import UserError

from ui import state
from ui.actions import create_actions
from ui.icons import icon
from ui.lists.client_list import ClientListWidget
from ui.settings import install_admin


class MainWindow(QMainWindow):
    """Menus (File, View, Help), toolbar, client list, status bar with connection and row count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Kartoteka CRM"))
        self.setWindowIcon(icon("crm-app"))
        self.profile: Profile | None = None
        self.info: ConnectionInfo | None = None

        self.action_by_id = create_actions(self)
        self.client_list = ClientListWidget(self)
        self.setCentralWidget(self.client_list)
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        self.action_by_id["file.exit"].triggered.connect(self.close)
        self.action_by_id["view.refresh"].triggered.connect(self.on_refresh_triggered)
        self.action_by_id["help.about"].triggered.connect(self.on_about_triggered)
        self.client_list.client_list_did_change_count.connect(self._update_count)
        self.client_list.client_list_did_activate_client.connect(self.on_client_list_did_activate_client)
        self.action_by_id["view.refresh"].setEnabled(False)

        if not state.restore_window(self):
            self._default_geometry()
        install_admin(self)  # Administration menu and idle lock (ui/settings)

    # --- building ----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.action_by_id
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(a["file.connect"])
        file_menu.addSeparator()
        file_menu.addAction(a["file.exit"])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(a["view.refresh"])
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a["help.about"])

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("mainToolBar")  # saveState() needs a name
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.action_by_id["file.connect"])
        bar.addAction(self.action_by_id["view.refresh"])
        for action in (self.action_by_id["file.connect"], self.action_by_id["view.refresh"]):
            _tooltip_with_shortcut(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        self.connection_label = QLabel(self.tr("Not connected"))
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.connection_label, 1)
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
        self.action_by_id["view.refresh"].setEnabled(False)
        self.client_list.clear()
        self.connection_label.setText(self.tr("Connecting to {name}…").format(name=profile.name))
        self.connection_label.setToolTip(profile.target)

    def on_connector_did_open(self, profile: Profile, info: ConnectionInfo) -> None:
        self.profile, self.info = profile, info
        self.setWindowTitle(self.tr("{profile} — Kartoteka CRM").format(profile=profile.name))
        self.connection_label.setText(info.describe())
        self.connection_label.setToolTip(info.describe())
        self.action_by_id["view.refresh"].setEnabled(True)
        self.client_list.refresh()
        self.client_list.setFocus()
        install_admin(self)  # administration items follow the new login's rights

    def on_connector_did_fail(self, error: UserError) -> None:
        self.profile, self.info = None, None
        self.setWindowTitle(self.tr("Kartoteka CRM"))
        self.connection_label.setText(self.tr("Not connected"))
        self.connection_label.setToolTip(str(error))
        self.action_by_id["view.refresh"].setEnabled(False)
        self.client_list.clear()

    # --- slots -------------------------------------------------------------------------------
    def on_refresh_triggered(self) -> None:
        if self.info is not None:
            self.client_list.refresh()

    def on_client_list_did_activate_client(self, client_id: int) -> None:
        # The client card arrives with its own issue; until then say so instead of doing nothing.
        self.statusBar().showMessage(
            self.tr("Client cards are not available in this version yet (client #{id}).").format(id=client_id),
            4000)

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
        state.save_window(self)
        self.client_list.save_state()
        super().closeEvent(event)


def _tooltip_with_shortcut(action: QAction) -> None:
    """Windows-style tool tips name the key: "Refresh (F5)"."""
    keys = action.shortcut().toString()
    text = action.text().replace("&", "").rstrip("…")
    action.setToolTip(f"{text} ({keys})" if keys else text)

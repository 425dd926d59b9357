"""Views of the client list: the built-in ones and the user's saved ones, and their selector. Layer: ``ui``.

A view is filters + columns + sort (:class:`ui.state.ClientListView`). Built-in views set filters
and sort and keep the user's columns; saved views set all three. Saved views belong to the OS user
(``ui.state``, QSettings in the user's profile), not to the database, so every workstation and
terminal-server user keeps their own.

:class:`ViewSelector` is the "View" combo with a menu (Save view, Save view as…, Rename…, Delete).
It does not apply views itself: it emits ``view_selector_did_choose_view(view)`` and asks the list
for the working state (filters, columns, sort as they are now) when the user saves.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP

from ui import state
from ui.state import ClientFilters, ClientListView

BUILTIN_VIEWS: tuple[ClientListView, ...] = (
    ClientListView("builtin:all", QT_TRANSLATE_NOOP("ViewSelector", "All clients")),
    ClientListView("builtin:my", QT_TRANSLATE_NOOP("ViewSelector", "My clients"), ClientFilters(my=True)),
    ClientListView("builtin:sleeping", QT_TRANSLATE_NOOP("ViewSelector", "Sleeping 60 days"),
                   ClientFilters(sleeping=True, sleeping_days=60), sort="last_contact_at"),
    ClientListView("builtin:no_next_step", QT_TRANSLATE_NOOP("ViewSelector", "No next step"),
                   ClientFilters(no_next_step=True)),
)
DEFAULT_VIEW = BUILTIN_VIEWS[0]


def view_title(view: ClientListView) -> str:
    """What the combo shows: built-in names translated, the user's own as typed."""
    return QCoreApplication.translate("ViewSelector", view.name) if view.is_builtin else view.name


def confirm(parent: QWidget | None, title: str, text: str, *, default_yes: bool = True) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, yes | no, yes if default_yes else no) == yes


def ask_view_name(parent: QWidget | None, title: str, text: str = "") -> str | None:
    """Ask for a view name (tests replace this function); None when cancelled or blank."""
    name, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("ViewSelector", "View name:"),
                                    QLineEdit.EchoMode.Normal, text)
    name = name.strip()
    return name if ok and name else None


class ViewSelector(QWidget):
    """The "View" combo and its menu; see the module docstring."""

    view_selector_did_choose_view = Signal(object)

    def __init__(self, working: Callable[[], ClientListView], parent: QWidget | None = None) -> None:
        """``working()`` returns the list's current filters/columns/sort (any id/name)."""
        super().__init__(parent)
        self.setObjectName("viewSelector")
        self._working = working
        self._user_views = state.load_client_list_views()
        self._current_id = DEFAULT_VIEW.id
        self._modified = False

        label = QLabel(self.tr("&View:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("viewCombo")
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setToolTip(self.tr("Saved filters, columns and sort order"))
        label.setBuddy(self.combo)
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("viewMenuButton")
        self.menu_button.setText(self.tr("…"))
        self.menu_button.setToolTip(self.tr("Save, rename or delete views"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # "…" says it
        menu = QMenu(self.menu_button)
        self.save_action = menu.addAction(self.tr("&Save view"), self.save_current)
        self.save_as_action = menu.addAction(self.tr("Save view &as…"), self.save_as)
        menu.addSeparator()
        self.rename_action = menu.addAction(self.tr("&Rename view…"), self.rename_current)
        self.delete_action = menu.addAction(self.tr("&Delete view"), self.delete_current)
        self.menu_button.setMenu(menu)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.menu_button)
        self._fill()
        self.combo.activated.connect(self._on_activated)

    # --- state -------------------------------------------------------------------------------
    @property
    def user_views(self) -> list[ClientListView]:
        return list(self._user_views)

    def views(self) -> list[ClientListView]:
        return [*BUILTIN_VIEWS, *self._user_views]

    def find(self, view_id: str) -> ClientListView | None:
        return next((v for v in self.views() if v.id == view_id), None)

    def current_view(self) -> ClientListView:
        """The selected view as defined (not the working state)."""
        return self.find(self._current_id) or DEFAULT_VIEW

    def select(self, view_id: str) -> None:
        """Show ``view_id`` as selected (unknown ids select the default); emits nothing."""
        self._current_id = view_id if self.find(view_id) else DEFAULT_VIEW.id
        self._modified = False
        self._fill()

    def set_modified(self, modified: bool) -> None:
        """The working state differs from the selected view: mark it and enable "Save view"."""
        if modified != self._modified:
            self._modified = modified
            self._fill()

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for v in BUILTIN_VIEWS:
            self.combo.addItem(view_title(v), v.id)
        if self._user_views:
            self.combo.insertSeparator(self.combo.count())
            for v in self._user_views:
                self.combo.addItem(view_title(v), v.id)
        i = self.combo.findData(self._current_id)
        if i >= 0:
            if self._modified:
                self.combo.setItemText(i, self.tr("{view} (changed)").format(view=self.combo.itemText(i)))
            self.combo.setCurrentIndex(i)
        self.combo.blockSignals(False)
        user = not self.current_view().is_builtin
        self.save_action.setEnabled(user and self._modified)
        self.rename_action.setEnabled(user)
        self.delete_action.setEnabled(user)

    def _on_activated(self, index: int) -> None:
        view = self.find(self.combo.itemData(index) or "")
        if view is not None:
            self._current_id = view.id
            self._modified = False
            self._fill()
            self.view_selector_did_choose_view.emit(view)

    # --- menu --------------------------------------------------------------------------------
    def save_as(self, name: str | None = None) -> ClientListView | None:
        """Save the working state under a new (or an existing user view's) name."""
        if name is None:
            name = ask_view_name(self, self.tr("Save view as"))
        if not name:
            return None
        view_id = "user:" + name
        existing = self.find(view_id)
        if existing is not None and not confirm(
                self, self.tr("Save view"), self.tr("A view named “{name}” exists. Replace it?").format(name=name)):
            return None
        view = replace(self._working(), id=view_id, name=name)
        if existing is not None:
            self._user_views = [view if v.id == view_id else v for v in self._user_views]
        else:
            self._user_views.append(view)
        state.save_client_list_views(self._user_views)
        self.select(view_id)
        return view

    def save_current(self) -> ClientListView | None:
        """Overwrite the selected user view with the working state."""
        cur = self.current_view()
        if cur.is_builtin:
            return self.save_as()
        view = replace(self._working(), id=cur.id, name=cur.name)
        self._user_views = [view if v.id == cur.id else v for v in self._user_views]
        state.save_client_list_views(self._user_views)
        self.select(cur.id)
        return view

    def rename_current(self, name: str | None = None) -> ClientListView | None:
        cur = self.current_view()
        if cur.is_builtin:
            return None
        if name is None:
            name = ask_view_name(self, self.tr("Rename view"), cur.name)
        if not name or name == cur.name:
            return None
        if self.find("user:" + name) is not None:
            QMessageBox.information(self, self.tr("Rename view"),
                                    self.tr("A view named “{name}” exists already.").format(name=name))
            return None
        view = replace(cur, id="user:" + name, name=name)
        self._user_views = [view if v.id == cur.id else v for v in self._user_views]
        state.save_client_list_views(self._user_views)
        modified = self._modified
        self.select(view.id)
        self.set_modified(modified)
        return view

    def delete_current(self, ask: bool = True) -> bool:
        """Delete the selected user view; the working state stays, now under "All clients"."""
        cur = self.current_view()
        if cur.is_builtin:
            return False
        if ask and not confirm(self, self.tr("Delete view"),
                               self.tr("Delete the view “{name}”?").format(name=cur.name), default_yes=False):
            return False
        self._user_views = [v for v in self._user_views if v.id != cur.id]
        state.save_client_list_views(self._user_views)
        self.select(DEFAULT_VIEW.id)
        self.set_modified(True)
        return True

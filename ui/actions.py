"""Declarative action registry: id, text, icon, shortcut (STYLE.md 2.6; calibre's ``action_spec``).

Menus and toolbars are built from these declarations; handlers are connected by whoever owns the
action (the main window). A standard key sequence is used where one exists, so shortcuts follow
the platform (F5 refresh and Ctrl+Q quit on Windows). Rights, when they come, only enable or
disable actions; the server enforces them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.i18n import QT_TRANSLATE_NOOP

from ui.icons import icon


@dataclass(frozen=True)
class ActionSpec:
    id: str  #: dotted, stable (settings and tests refer to it)
    text: str  #: QT_TRANSLATE_NOOP("actions", …); "&" marks the mnemonic
    icon: str | None = None  #: name in resources/icons
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    tip: str | None = None  #: status tip, QT_TRANSLATE_NOOP("actions", …)
    menu_role: QAction.MenuRole = QAction.MenuRole.NoRole
    #: where the shortcut works; None = the whole window. Client > Open shows Enter in the menu
    #: but answers it only in the list (a window-wide Return would steal Enter from every line edit)
    context: Qt.ShortcutContext | None = None


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("client.new", QT_TRANSLATE_NOOP("actions", "&New client…"), None, ("Ins",),
               QT_TRANSLATE_NOOP("actions", "Open an empty card for a new client")),
    ActionSpec("client.open", QT_TRANSLATE_NOOP("actions", "&Open client card"), None, ("Return",),
               QT_TRANSLATE_NOOP("actions", "Open the card of the client selected in the list"),
               context=Qt.ShortcutContext.WidgetShortcut),
    ActionSpec("file.connect", QT_TRANSLATE_NOOP("actions", "&Connect…"), "crm-connect",
               (QKeySequence.StandardKey.Open,),
               QT_TRANSLATE_NOOP("actions", "Open another database or server connection")),
    ActionSpec("file.exit", QT_TRANSLATE_NOOP("actions", "E&xit"), "application-exit",
               (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
               QT_TRANSLATE_NOOP("actions", "Close Kartoteka CRM"), QAction.MenuRole.QuitRole),
    ActionSpec("view.refresh", QT_TRANSLATE_NOOP("actions", "&Refresh"), "view-refresh",
               (QKeySequence.StandardKey.Refresh, "F5"),
               QT_TRANSLATE_NOOP("actions", "Reload the list from the database")),
    ActionSpec("client.new_deal", QT_TRANSLATE_NOOP("actions", "New &deal for the client…"), None, ("Ctrl+Shift+D",),
               QT_TRANSLATE_NOOP("actions", "Open an empty deal card for the client selected in the list")),
    ActionSpec("client.print_card", QT_TRANSLATE_NOOP("actions", "&Print client card…"), None, ("Ctrl+P",),
               QT_TRANSLATE_NOOP("actions", "Preview and print the card of the selected client")),
    ActionSpec("client.print_dossier", QT_TRANSLATE_NOOP("actions", "Client d&ossier…"), None, ("Ctrl+Shift+P",),
               QT_TRANSLATE_NOOP("actions", "The card with deals, tasks, history and files of the selected client")),
    ActionSpec("client.find_duplicates", QT_TRANSLATE_NOOP("actions", "Find d&uplicates…"), None, ("Ctrl+Shift+U",),
               QT_TRANSLATE_NOOP("actions", "Clients with the same INN, phone, e-mail or a similar name; merge them")),
    ActionSpec("deal.new", QT_TRANSLATE_NOOP("actions", "New &deal…"), None, (QKeySequence.StandardKey.New,),
               QT_TRANSLATE_NOOP("actions", "Open an empty deal card; choose the client in it")),
    ActionSpec("deal.new_lead", QT_TRANSLATE_NOOP("actions", "New &lead…"), None, ("Ctrl+Shift+N",),
               QT_TRANSLATE_NOOP("actions", "Register a request: a deal in the first stage, given to a manager")),
    ActionSpec("reports.catalogue", QT_TRANSLATE_NOOP("actions", "&Reports…"), None, ("F8",),
               QT_TRANSLATE_NOOP("actions", "The report catalogue: choose, set parameters, preview, print, export")),
    ActionSpec("help.about", QT_TRANSLATE_NOOP("actions", "&About Kartoteka CRM"), "help-about", (),
               QT_TRANSLATE_NOOP("actions", "Version and connection details"), QAction.MenuRole.AboutRole),
)


def _sequences(spec: ActionSpec) -> list[QKeySequence]:
    """Standard keys first, then literal fall-backs, without duplicates (Linux has no Quit key)."""
    seen: list[QKeySequence] = []
    for sc in spec.shortcuts:
        keys = QKeySequence.keyBindings(sc) if isinstance(sc, QKeySequence.StandardKey) else [QKeySequence(sc)]
        for k in keys:
            if not k.isEmpty() and k not in seen:
                seen.append(k)
    return seen


def create_actions(parent: QObject) -> dict[str, QAction]:
    """One QAction per declaration, owned by ``parent``, keyed by id."""
    out: dict[str, QAction] = {}
    for spec in ACTIONS:
        act = QAction(QCoreApplication.translate("actions", spec.text), parent)
        act.setObjectName(spec.id)
        if spec.icon:
            act.setIcon(icon(spec.icon))
        act.setShortcuts(_sequences(spec))
        if spec.tip:
            act.setStatusTip(QCoreApplication.translate("actions", spec.tip))
        act.setMenuRole(spec.menu_role)
        if spec.context is not None:
            act.setShortcutContext(spec.context)
        out[spec.id] = act
    return out

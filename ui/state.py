"""Per-user UI state (geometry, header layouts), declared once. Layer: ``ui``.

Stored with ``QSettings`` in INI format in the user's profile (``UserScope``), never beside the
program (terminal servers, STYLE.md 2.7). With ``KARTOTEKA_HOME`` set (tests, portable demos) the
file is ``<KARTOTEKA_HOME>/config/ui.ini`` instead. Connection profiles and other non-UI options
live in :mod:`app.config`, not here.

Every key is declared below; :data:`STATE_VERSION` and :func:`_upgrade` carry renames forward.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow, QWidget

from app import config

ORGANIZATION = "Kartoteka"
APPLICATION = "Kartoteka CRM"

#: Bump with an entry in :func:`_upgrade` when a key changes meaning or name.
STATE_VERSION = 1

KEY_VERSION = "state/version"
KEY_MAIN_GEOMETRY = "ui.main_window/geometry"
KEY_MAIN_STATE = "ui.main_window/state"  #: toolbars and docks
KEY_CLIENT_LIST_HEADER = "ui.client_list/header"  #: column widths and order


def settings() -> QSettings:
    """The UI state store (a new handle each call; QSettings handles are cheap and synchronised)."""
    if config.home() is not None:
        s = QSettings(str(config.config_dir() / "ui.ini"), QSettings.Format.IniFormat)
    else:
        s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    _upgrade(s)
    return s


def _upgrade(s: QSettings) -> None:
    """Bring an older state file up to :data:`STATE_VERSION` (nothing to migrate yet)."""
    version = int(s.value(KEY_VERSION, 0) or 0)
    if version < STATE_VERSION:
        s.setValue(KEY_VERSION, STATE_VERSION)


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


def save_window(window: QMainWindow) -> None:
    s = settings()
    s.setValue(KEY_MAIN_GEOMETRY, window.saveGeometry())
    s.setValue(KEY_MAIN_STATE, window.saveState())
    s.sync()


def restore_window(window: QMainWindow) -> bool:
    """Restore geometry and toolbar state; False when nothing (usable) was saved."""
    s = settings()
    geometry = _bytes(s.value(KEY_MAIN_GEOMETRY))
    ok = geometry is not None and window.restoreGeometry(geometry)
    state = _bytes(s.value(KEY_MAIN_STATE))
    if state is not None:
        window.restoreState(state)
    return bool(ok)


def save_header(key: str, header: QHeaderView, columns: str) -> None:
    """Keep column widths/order; ``columns`` names the column set (e.g. the keys joined)."""
    s = settings()
    s.setValue(key, header.saveState())
    s.setValue(key + "_columns", columns)
    s.sync()


def restore_header(key: str, header: QHeaderView, columns: str) -> bool:
    """Restore a saved layout only for the same column set: a layout saved before a column was
    added or removed would put widths on the wrong columns, so it is dropped instead."""
    s = settings()
    state = _bytes(s.value(key))
    if state is None or s.value(key + "_columns") != columns:
        return False
    return header.restoreState(state)


def save_widget_geometry(key: str, widget: QWidget) -> None:
    s = settings()
    s.setValue(key, widget.saveGeometry())
    s.sync()


def restore_widget_geometry(key: str, widget: QWidget) -> bool:
    geometry = _bytes(settings().value(key))
    return geometry is not None and widget.restoreGeometry(geometry)

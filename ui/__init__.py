"""Kartoteka's desktop client: Qt widgets, Qt models and dialogs (the top layer).

``ui`` may import ``app`` (and ``reports``), never the other way round. It never writes SQL, opens
a Session or catches a driver error: it calls ``app`` through :mod:`ui.ops` and receives
dataclasses and :class:`app.errors.UserError` subclasses back (STYLE.md 2.2-2.3).
"""
from ui._pyside_workarounds import immortalize_bools

# PySide6 6.12.0 loses a reference to True on every Python emit (ui/_pyside_workarounds.py): fix it once,
# before any widget exists
immortalize_bools()

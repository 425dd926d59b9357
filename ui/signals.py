"""PySide6 6.12.0's emit reference bug and its process-wide fix. Layer: ``ui``.

Measured here (PySide6 6.12.0, CPython 3.11.7): every ``SignalInstance.emit(...)`` called from
Python returns ``True`` **without taking a reference to it**, so each call lowers
``sys.getrefcount(True)`` by one, connected or not, on any thread. CPython 3.11's ``True`` is not
immortal (3.12+ makes it so): after about 10,000 emits in one process — a long report's progress
signals, a day of list refreshes, a test session — its count reaches zero and the interpreter
aborts with ``Fatal Python error: bool_dealloc``, at exit or in the middle of work.

:func:`immortalize_bools` is the fix, run when the ``ui`` package is imported (so before any of
our modules can emit): on an affected PySide6 under CPython < 3.12 it adds 2**40 to the reference
counts of ``True``, ``False`` and ``None`` (what CPython 3.12 does for them anyway: they are static
objects that are never freed), so no number of leaky emits — ours, Qt's own Python-side ones, or a
third party's — can reach zero. Code therefore emits with plain ``signal.emit(...)``. Whether the
running PySide6 has the bug is measured once (:func:`emit_leaks`), so the fix switches itself off
on a fixed release.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_leaks: bool | None = None


class _Probe(QObject):
    probe_did_fire = Signal()


def emit_leaks() -> bool:
    """True when this PySide6 drops a reference to the value ``emit`` returns (measured once)."""
    global _leaks
    if _leaks is None:
        probe = _Probe()
        before = sys.getrefcount(True)
        for _ in range(8):
            probe.probe_did_fire.emit()
        lost = before - sys.getrefcount(True)
        _leaks = lost >= 8
        if _leaks:  # give back what the measurement itself cost
            for _ in range(lost):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return _leaks


def immortalize_bools() -> None:
    """Make ``True``/``False`` (and ``None``) effectively immortal on an affected PySide6 (see the
    module docstring). ``None`` too: running the board, deal-list and planner tests in one process
    ended in "Fatal Python error: none_dealloc" at exit — another path of the same binding drops
    references to ``None``; CPython 3.12 makes all three immortal for exactly this reason."""
    if sys.version_info >= (3, 12) or not emit_leaks():
        return
    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40

"""Every workaround for a PySide6 bug, in one place (issue #14). Layer: ``ui``.

**The emit reference bug of PySide6 6.12.0.** Measured here (PySide6 6.12.0, CPython 3.11.7): every
``SignalInstance.emit(...)`` called from Python returns ``True`` **without taking a reference to
it**, so each call lowers ``sys.getrefcount(True)`` by one (and other paths of the binding drop
references to ``None``), connected or not, on any thread. CPython 3.11's ``True`` is not immortal
(3.12+ makes it so): after about 10,000 emits in one process — a long report's progress signals,
a day of list refreshes, a test session — its count reaches zero and the interpreter aborts with
``Fatal Python error: bool_dealloc``, at exit or in the middle of work. PySide6 6.11.3 does not
have the bug (1,000 emits, same interpreter: no reference lost); 6.12.0 is the newest release as
of 2026-12-08.

:func:`immortalize_bools` is the fix, run when the ``ui`` package is imported (so before any of
our modules can emit): on an affected PySide6 under CPython < 3.12 it adds 2**40 to the reference
counts of ``True``, ``False`` and ``None`` (what CPython 3.12 does for them anyway: they are static
objects that are never freed), so no number of leaky emits — ours, Qt's own Python-side ones, or a
third party's — can reach zero. Code therefore emits with plain ``signal.emit(...)``.

Gated by version (:func:`needs_fix`): a release in :data:`EMIT_LEAKS_IN` gets the fix, a release
older than the first affected one does not, and a release not known either way is measured once
(:func:`emit_leaks`, 8 emits). ``tests/ui/test_pyside_workarounds.py`` checks the table against the
installed PySide6, so a release that fixes the bug, or a new one that still has it, fails there
by name; setup.py caps PySide6 below 6.13.
"""
from __future__ import annotations

import ctypes
import sys

import PySide6
from PySide6.QtCore import QObject, Signal

#: PySide6 releases measured to drop a reference per Python emit (see the module docstring)
EMIT_LEAKS_IN = frozenset({"6.12.0"})
#: the first release that has the bug; older ones were measured not to (6.11.3)
FIRST_AFFECTED = (6, 12, 0)

_leaks: bool | None = None


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split(".")[:3] if p.isdigit())


def needs_fix(version: str | None = None) -> bool:
    """True when the PySide6 release ``version`` (the running one by default) has the emit
    reference bug: known from :data:`EMIT_LEAKS_IN`, or measured for a release not known yet."""
    version = version or PySide6.__version__
    if version in EMIT_LEAKS_IN:
        return True
    if _version(version) < FIRST_AFFECTED:
        return False
    return emit_leaks()


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
    if sys.version_info >= (3, 12) or not needs_fix():
        return
    for value in (True, False, None):
        ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40

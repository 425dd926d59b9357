"""ui._pyside_workarounds: emitting from Python must not eat the references to True/False/None away
(PySide6 6.12.0 bug); importing the ``ui`` package fixes it for the whole process, on the releases
that have the bug only."""

from __future__ import annotations

import sys

import PySide6
import pytest


def test_the_ui_package_makes_bools_survive_any_number_of_emits():
    from PySide6.QtCore import QObject, Signal

    import ui  # noqa: F401 (importing the package applies the fix)
    from ui import _pyside_workarounds as w

    class Probe(QObject):
        probe_did_fire = Signal(object)

    p = Probe()
    p.probe_did_fire.connect(lambda _v: None)
    for _ in range(50_000):  # far more than True's natural reference count
        p.probe_did_fire.emit(1)
    if w.needs_fix():
        assert sys.getrefcount(True) > 1 << 39 and sys.getrefcount(None) > 1 << 39
    else:  # a release without the bug: nothing was added, and nothing was lost either
        assert sys.getrefcount(True) < 1 << 39


def test_the_fix_is_gated_by_release():
    from ui._pyside_workarounds import needs_fix

    assert needs_fix("6.12.0")
    assert not needs_fix("6.11.3") and not needs_fix("6.6.0")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="CPython 3.12+ makes True immortal: the leak cannot be seen")
def test_the_installed_release_behaves_as_the_table_says():
    """Fails loudly on a PySide6 release that fixed the bug (drop it from EMIT_LEAKS_IN, and the
    workaround when no supported release needs it) or on a new one that still has it (add it)."""
    from ui import _pyside_workarounds as w

    w._leaks = None  # measure now, whatever the import did
    leaks = w.emit_leaks()
    version = PySide6.__version__
    known = version in w.EMIT_LEAKS_IN or w._version(version) < w.FIRST_AFFECTED
    assert known, f"PySide6 {version} is not in ui/_pyside_workarounds.py's table (emit leaks: {leaks}): add it"
    assert leaks == (version in w.EMIT_LEAKS_IN), (
        f"PySide6 {version}: emit {'drops' if leaks else 'no longer drops'} a reference to True, "
        "unlike ui/_pyside_workarounds.EMIT_LEAKS_IN says"
    )

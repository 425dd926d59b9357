"""ui.signals.emit: emitting from Python must not eat references to True (PySide6 6.12.0 bug)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from ui.signals import emit, emit_leaks


class _Source(QObject):
    source_did_fire = Signal(int)


def test_emit_keeps_the_reference_count_of_true():
    src = _Source()
    got: list[int] = []
    src.source_did_fire.connect(got.append)
    emit_leaks()  # measured once, before counting
    before = sys.getrefcount(True)
    for i in range(5000):
        emit(src.source_did_fire, i)
    assert len(got) == 5000 and got[-1] == 4999
    assert sys.getrefcount(True) - before >= 0  # a plain .emit() loses 5000 here on PySide6 6.12.0


def test_the_ui_package_makes_bools_survive_any_number_of_emits():
    from PySide6.QtCore import QObject, Signal

    import ui  # noqa: F401 (importing the package applies the fix)

    class Probe(QObject):
        probe_did_fire = Signal(object)

    p = Probe()
    p.probe_did_fire.connect(lambda _v: None)
    for _ in range(50_000):  # far more than True's natural reference count
        p.probe_did_fire.emit(1)
    assert sys.getrefcount(True) > 1 << 39 and sys.getrefcount(None) > 1 << 39

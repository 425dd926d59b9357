"""ui.signals: emitting from Python must not eat the references to True/False/None away
(PySide6 6.12.0 bug); importing the ``ui`` package fixes it for the whole process."""
from __future__ import annotations

import sys


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

"""Every committed ``*_ui.py`` equals what pyside6-uic makes from its ``.ui`` today (STYLE.md 2.6)."""
from __future__ import annotations

from tools import build_forms


def test_generated_forms_are_fresh():
    assert build_forms.forms(), "no Designer forms found"
    assert build_forms.main(["--check"]) == 0, "run: .venv/bin/python -m tools.build_forms"

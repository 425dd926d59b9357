"""Translation markers usable below ``ui/`` without Qt (STYLE.md 2.7).

``pyside6-lupdate`` extracts ``translate("ctx", "text")`` and ``QT_TRANSLATE_NOOP("ctx", "text")``
calls by name, so these pure-Python functions keep ``app`` Qt-free while every string is still
extracted. ``ui/main.py`` installs ``QCoreApplication.translate`` as the hook; the CLI keeps the
identity fallback (English sources).
"""
from __future__ import annotations

from collections.abc import Callable

_hook: Callable[[str, str, str | None, int], str] | None = None


def set_translate_hook(fn: Callable[[str, str, str | None, int], str] | None) -> None:
    global _hook
    _hook = fn


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in ``context``; ``%n`` is replaced by ``n`` (plural forms live in .ts)."""
    if _hook is not None:
        return _hook(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for extraction; translate later with ``translate(context, text)``."""
    return text

"""The report language outside the GUI (CLI, scheduled jobs): number separators and translations
without Qt. Layer: ``reports``; no Qt.

The GUI translates through Qt's ``QTranslator`` (ui/main.py) and only calls
:func:`reports.formats.set_language`. A headless process has no Qt, so :func:`use_language` reads
the same catalogue's source, ``resources/translations/kartoteka_<lang>.ts`` (XML, shipped with the
program), and installs it as the ``app.i18n`` translate hook. Messages without a finished
translation stay English, exactly like Qt's behaviour.
"""
from __future__ import annotations

import os
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app import i18n
from reports import formats

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"


def default_language() -> str:
    """The program's ``language`` option, else the locale of the environment ("ru" or "en")."""
    try:
        from app import config

        lang = config.load_options().language
    except Exception:  # an unreadable settings file must not stop a report
        lang = None
    if not lang:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
            value = os.environ.get(var)
            if value:
                lang = value
                break
    return "ru" if (lang or "").lower().startswith("ru") else "en"


def _catalogue_path(lang: str) -> Path | None:
    dirs = [TRANSLATIONS_DIR]
    if getattr(sys, "_MEIPASS", None):
        dirs.append(Path(sys._MEIPASS) / "resources" / "translations")
    for d in dirs:
        p = d / f"kartoteka_{lang}.ts"
        if p.is_file():
            return p
    return None


def load_ts(path: Path) -> dict[tuple[str, str], str | list[str]]:
    """(context, source) -> translation (plural messages: the list of forms); unfinished,
    obsolete and empty translations are left out."""
    out: dict[tuple[str, str], str | list[str]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")]
            if msg.get("numerus") == "yes" and forms and all(forms):
                out[(name, source)] = forms
            elif tr.text:
                out[(name, source)] = tr.text
    return out


def _russian_plural(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def use_language(lang: str | None = None) -> str:
    """Make reports print in ``lang`` ("ru"/"en"; None: :func:`default_language`): sets the number
    formats and, for a language other than English with a catalogue present, installs the
    Qt-free translate hook. Returns the language used."""
    lang = "ru" if (lang or default_language()).lower().startswith("ru") else "en"
    formats.set_language(lang)
    if lang == "en":
        return lang
    path = _catalogue_path(lang)
    if path is None:
        return lang
    table = load_ts(path)

    def hook(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = table.get((context, text), text)
        if isinstance(found, list):
            found = found[min(_russian_plural(n if n >= 0 else 0), len(found) - 1)]
        return found.replace("%n", str(n)) if n >= 0 else found

    i18n.set_translate_hook(hook)
    return lang

"""The Russian catalogue is complete and current (STYLE.md 2.7).

* the committed ``resources/translations/kartoteka_ru.ts`` has no unfinished, obsolete or empty
  entries, and every plural string has its three Russian forms;
* lupdate run over today's sources (into a temporary copy) finds nothing new: a string added without
  a translation fails here, with its text in the message;
* a ``.qm`` released from it into a temporary folder translates the main window's menus.

To fix a failure: ``.venv/bin/python -m tools.i18n update``, translate the new entries in
``resources/translations/kartoteka_ru.ts`` (Qt Linguist, or edit the XML), then ``... tools.i18n check``.
"""
from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator  # noqa: E402

from tools import i18n  # noqa: E402


def test_committed_catalogue_is_complete():
    found = i18n.problems(i18n.ts_path("ru"))
    assert not found, "kartoteka_ru.ts:\n" + "\n".join(map(str, found[:40]))
    total, plural = i18n.stats(i18n.ts_path("ru"))
    assert total > 100 and plural > 0


def test_every_source_string_is_in_the_catalogue(tmp_path):
    copy = tmp_path / "kartoteka_ru.ts"
    shutil.copy(i18n.ts_path("ru"), copy)
    i18n.update(copy, quiet=True)
    new = [p for p in i18n.problems(copy) if "unfinished" in p.what]
    assert not new, ("source strings without a Russian translation (run `python -m tools.i18n update` and "
                     "translate them in resources/translations/kartoteka_ru.ts):\n" + "\n".join(map(str, new[:40])))


@pytest.fixture
def released_translator(qapp, tmp_path):
    """A translator from a freshly released .qm (``qapp``: pytest-qt's QApplication, shared with tests/ui)."""
    (qm,) = i18n.release(i18n.ts_path("ru"), tmp_path / "kartoteka_ru.qm", quiet=True)
    tr = QTranslator()
    assert tr.load(QLocale("ru_RU"), "kartoteka", "_", str(tmp_path))
    assert tr.filePath() == str(qm)
    qapp.installTranslator(tr)
    yield tr
    qapp.removeTranslator(tr)


def test_released_catalogue_translates_the_menus(released_translator):
    tr = released_translator
    assert tr.translate("MainWindow", "&File") == "&Файл"
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Справка"
    # three Russian plural forms
    forms = [QCoreApplication.translate("ClientListWidget", "%n client(s)", None, n) for n in (1, 3, 5, 21)]
    assert forms == ["1 клиент", "3 клиента", "5 клиентов", "21 клиент"]
    # app strings go through app.i18n's hook (ui/main.py installs QCoreApplication.translate)
    from app.i18n import set_translate_hook, translate

    from ui import main

    main.install_translate_hook()
    try:
        assert translate("app.validate", "Enter a phone number.") == "Введите номер телефона."
    finally:
        set_translate_hook(None)

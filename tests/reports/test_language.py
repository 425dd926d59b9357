"""The Qt-free report language of the CLI: number formats and the .ts catalogue as translate hook."""
from __future__ import annotations

import pytest

from app import i18n
from app.i18n import translate
from reports import formats, language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>reports</name>
  <message><source>Total</source><translation>Итого</translation></message>
  <message><source>Page {n} of {m}</source><translation>Страница {n} из {m}</translation></message>
  <message><source>Draft</source><translation type="unfinished">Черновик</translation></message>
  <message numerus="yes"><source>%n row(s)</source><translation>
    <numerusform>%n строка</numerusform><numerusform>%n строки</numerusform><numerusform>%n строк</numerusform>
  </translation></message>
</context>
<context><name>other</name>
  <message><source>Total</source><translation>Всего</translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalogue(tmp_path, monkeypatch):
    (tmp_path / "kartoteka_ru.ts").write_text(TS, encoding="utf-8")
    monkeypatch.setattr(language, "TRANSLATIONS_DIR", tmp_path)
    yield
    i18n.set_translate_hook(None)
    formats.set_language("en")


def test_russian_catalogue_without_qt(catalogue):
    assert language.use_language("ru") == "ru"
    assert translate("reports", "Total") == "Итого" and translate("other", "Total") == "Всего"
    assert translate("reports", "Page {n} of {m}").format(n=1, m=3) == "Страница 1 из 3"
    assert translate("reports", "Draft") == "Draft"  # unfinished stays English, as with Qt
    assert translate("reports", "Unknown") == "Unknown"
    assert [translate("reports", "%n row(s)", None, n) for n in (1, 3, 5, 21, 12)] == [
        "1 строка", "3 строки", "5 строк", "21 строка", "12 строк"]
    assert formats.display(1234567.891, "money") == "1\u00a0234\u00a0567,89"


def test_english_installs_no_hook(catalogue):
    assert language.use_language("en") == "en"
    assert translate("reports", "Total") == "Total"
    assert formats.display(1234.5, "money") == "1,234.50"


def test_default_language_from_environment(catalogue, monkeypatch):
    monkeypatch.setenv("LC_ALL", "ru_RU.UTF-8")
    from app import config

    monkeypatch.setattr(config, "load_options", lambda: config.Options())
    assert language.default_language() == "ru"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert language.default_language() == "en"

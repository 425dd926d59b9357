"""The search/dedupe keys of app/normalize.py: what saving, import, search and demo data agree on."""
from __future__ import annotations

import doctest

import pytest

from app import normalize
from app.normalize import email_key, name_words, phone_e164, phone_key, phone_local_key, search_name


def test_doctests():
    assert doctest.testmod(normalize).failed == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ООО «Ромашка»", "РОМАШКА"),
        ('ООО "Ромашка"', "РОМАШКА"),
        ("АО «Север-Инвест»", "СЕВЕР ИНВЕСТ"),
        ("ПАО   «Ёлки-Палки»", "ЕЛКИ ПАЛКИ"),
        ("Общество с ограниченной ответственностью «Ромашка»", "РОМАШКА"),
        ("ИП Иванов Пётр Сергеевич", "ИВАНОВ ПЕТР СЕРГЕЕВИЧ"),
        ("Иванов Пётр Сергеевич", "ИВАНОВ ПЕТР СЕРГЕЕВИЧ"),
        ("Northwind Ltd", "NORTHWIND"),
        ("Northwind Traders, Ltd.", "NORTHWIND TRADERS"),
        ("LLC Acme Widgets Inc.", "ACME WIDGETS"),
        ("O'Brien & Sons", "OBRIEN SONS"),
        ("ООО", "ООО"),  # nothing but a legal form: kept, never empty
        ("", ""),
        (None, ""),
    ],
)
def test_search_name(raw, expected):
    assert search_name(raw) == expected


def test_search_name_is_capped_at_200():
    assert len(search_name("Слово " * 100)) <= 200
    assert not search_name("Слово " * 100).endswith(" ")


def test_name_words():
    assert name_words("ООО «Ромашка и Ко»") == ["РОМАШКА", "КО"]
    assert name_words("Иванов Пётр Сергеевич") == ["ИВАНОВ", "ПЕТР", "СЕРГЕЕВИЧ"]
    assert name_words("Общество с ограниченной ответственностью «Север-Инвест»") == ["СЕВЕР", "ИНВЕСТ"]
    assert name_words("John Smith, John Smith") == ["JOHN", "SMITH"]  # distinct
    assert name_words("A B cd") == ["CD"]  # words of one character are no use for prefix search
    assert all(len(w) <= 60 for w in name_words("x" * 100))
    assert name_words(None) == []


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("+7 (495) 123-45-67", "4951234567"),
        ("84951234567", "4951234567"),
        ("8 (495) 123 45 67", "4951234567"),
        ("74951234567", "4951234567"),
        ("4951234567", "4951234567"),
        ("8 912 345-67-89", "9123456789"),
        ("+7 912 345 67 89 доб. 123", "9123456789"),
        ("+7 (495) 123-45-67 ext 5", "4951234567"),
        ("+44 20 7946 0000", "442079460000"),
        ("0044 20 7946 0000", "442079460000"),
        ("8 10 44 20 7946 0000", "442079460000"),
        ("+49 30 901820", "4930901820"),
        ("123-45-67", "1234567"),
        ("12-34", None),
        ("", None),
        (None, None),
        ("phone", None),
    ],
)
def test_phone_key(raw, key):
    assert phone_key(raw) == key


def test_phone_key_fits_its_column():
    assert len(phone_key("+" + "1" * 30)) <= 20


def test_phone_local_key():
    assert phone_local_key("4951234567") == "1234567"
    assert phone_local_key(phone_key("123-45-67")) == "1234567"
    assert phone_local_key("12345") == "12345"
    assert phone_local_key(None) is None


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("+7 (495) 123-45-67", "+74951234567"),
        ("8 912 345-67-89", "+79123456789"),
        ("4951234567", "+74951234567"),
        ("+44 20 7946 0000", "+442079460000"),
        ("123-45-67", None),
    ],
)
def test_phone_e164(raw, e164):
    assert phone_e164(raw) == e164


def test_email_key():
    assert email_key("  Ivan.Petrov@Mail.RU ") == "ivan.petrov@mail.ru"
    assert email_key(None) == ""

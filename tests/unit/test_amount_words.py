"""Amounts in words (invoices, offers): Russian cases and genders, English, limits."""
from __future__ import annotations

from decimal import Decimal

import pytest

from app.amount_words import amount_in_words, ru_plural


@pytest.mark.parametrize("amount, text", [
    ("0", "Ноль рублей 00 копеек"),
    ("1", "Один рубль 00 копеек"),
    ("2.01", "Два рубля 01 копейка"),
    ("11.11", "Одиннадцать рублей 11 копеек"),
    ("21.22", "Двадцать один рубль 22 копейки"),
    ("1000", "Одна тысяча рублей 00 копеек"),
    ("2000", "Две тысячи рублей 00 копеек"),
    ("21000", "Двадцать одна тысяча рублей 00 копеек"),
    ("1234.5", "Одна тысяча двести тридцать четыре рубля 50 копеек"),
    ("1001001", "Один миллион одна тысяча один рубль 00 копеек"),
    ("12345678.99", "Двенадцать миллионов триста сорок пять тысяч шестьсот семьдесят восемь рублей 99 копеек"),
    (Decimal("100000.005"), "Сто тысяч рублей 01 копейка"),
])
def test_russian_roubles(amount, text):
    assert amount_in_words(amount) == text


def test_english_and_other_currencies():
    assert amount_in_words("1234.5", lang="en") == "One thousand two hundred thirty-four roubles and 50 kopecks"
    assert amount_in_words("1", "USD", "en") == "One dollar and 00 cents"
    assert amount_in_words("15.05", "USD") == "Пятнадцать долларов США 05 центов"
    assert amount_in_words("3", "EUR") == "Три евро 00 центов"
    assert amount_in_words("7", "CNY") == "Семь CNY 00"


def test_plural_forms_and_limits():
    assert [ru_plural(n, ("a", "b", "c")) for n in (1, 2, 5, 11, 12, 21, 22, 25, 101, 111)] == \
        ["a", "b", "c", "c", "c", "a", "b", "c", "a", "c"]
    with pytest.raises(ValueError):
        amount_in_words("-1")
    with pytest.raises(ValueError):
        amount_in_words("1000000000000")

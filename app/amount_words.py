"""Amounts in words for invoices and offers ("сумма прописью"). Layer: ``app``; pure Python.

Russian follows the accounting convention: the integer part in words with the currency noun in
the right case (1 рубль, 2 рубля, 5 рублей; тысяча is feminine: одна тысяча, две тысячи), the
fractional part as two digits with its noun ("45 копеек"), the first letter capitalised.
English: "One thousand two hundred thirty-four roubles and 50 kopecks". Currencies: RUB, USD, EUR
(others print their code). Amounts up to 999 999 999 999.99; negative amounts are refused.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_RU_UNITS_M = ("", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_UNITS_F = ("", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")
_RU_TEENS = ("десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
             "семнадцать", "восемнадцать", "девятнадцать")
_RU_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
            "девяносто")
_RU_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот",
                "девятьсот")
#: (forms for 1, 2–4, 5+; feminine?)
_RU_SCALES = ((("тысяча", "тысячи", "тысяч"), True), (("миллион", "миллиона", "миллионов"), False),
              (("миллиард", "миллиарда", "миллиардов"), False))
_RU_CURRENCY = {
    "RUB": ((("рубль", "рубля", "рублей"), False), ("копейка", "копейки", "копеек")),
    "USD": ((("доллар США", "доллара США", "долларов США"), False), ("цент", "цента", "центов")),
    "EUR": ((("евро", "евро", "евро"), False), ("цент", "цента", "центов")),
}

_EN_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_SCALES = ("thousand", "million", "billion")
_EN_CURRENCY = {"RUB": (("rouble", "roubles"), ("kopeck", "kopecks")),
                "USD": (("dollar", "dollars"), ("cent", "cents")),
                "EUR": (("euro", "euros"), ("cent", "cents"))}

MAX_AMOUNT = Decimal("999999999999.99")


def ru_plural(n: int, forms: tuple[str, str, str]) -> str:
    """The Russian noun form for ``n``: 1 рубль, 2 рубля, 5 рублей, 11 рублей, 21 рубль."""
    n = abs(n) % 100
    if 11 <= n <= 19:
        return forms[2]
    n %= 10
    if n == 1:
        return forms[0]
    if 2 <= n <= 4:
        return forms[1]
    return forms[2]


def _ru_triple(n: int, feminine: bool) -> list[str]:
    words = [_RU_HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest <= 19:
        words.append(_RU_TEENS[rest - 10])
    else:
        words.append(_RU_TENS[rest // 10])
        words.append((_RU_UNITS_F if feminine else _RU_UNITS_M)[rest % 10])
    return [w for w in words if w]


def ru_number(n: int, feminine: bool = False) -> str:
    """A whole number in Russian words ("ноль" for 0)."""
    if n == 0:
        return "ноль"
    parts: list[str] = []
    triples = []
    while n:
        triples.append(n % 1000)
        n //= 1000
    for i in range(len(triples) - 1, -1, -1):
        t = triples[i]
        if not t:
            continue
        if i == 0:
            parts += _ru_triple(t, feminine)
        else:
            forms, fem = _RU_SCALES[i - 1]
            parts += _ru_triple(t, fem)
            parts.append(ru_plural(t, forms))
    return " ".join(parts)


def _en_triple(n: int) -> str:
    words = []
    if n >= 100:
        words.append(f"{_EN_ONES[n // 100]} hundred")
    rest = n % 100
    if rest >= 20:
        words.append(_EN_TENS[rest // 10] + (f"-{_EN_ONES[rest % 10]}" if rest % 10 else ""))
    elif rest:
        words.append(_EN_ONES[rest])
    return " ".join(words)


def en_number(n: int) -> str:
    if n == 0:
        return "zero"
    parts = []
    i = 0
    while n:
        t = n % 1000
        if t:
            parts.insert(0, _en_triple(t) + (f" {_EN_SCALES[i - 1]}" if i else ""))
        n //= 1000
        i += 1
    return " ".join(parts)


def _split(amount: Decimal | float | int | str) -> tuple[int, int]:
    value = Decimal(str(amount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if value < 0:
        raise ValueError("amount in words: negative amount")
    if value > MAX_AMOUNT:
        raise ValueError("amount in words: amount too large")
    whole = int(value)
    return whole, int((value - whole) * 100)


def amount_in_words(amount: Decimal | float | int | str, currency: str = "RUB", lang: str = "ru") -> str:
    """``1234.5`` → "Одна тысяча двести тридцать четыре рубля 50 копеек" (ru) or
    "One thousand two hundred thirty-four roubles and 50 kopecks" (en)."""
    whole, cents = _split(amount)
    currency = (currency or "RUB").upper()
    if lang.lower().startswith("ru"):
        if currency in _RU_CURRENCY:
            (forms, fem), minor = _RU_CURRENCY[currency]
            text = f"{ru_number(whole, fem)} {ru_plural(whole, forms)} {cents:02d} {ru_plural(cents, minor)}"
        else:
            text = f"{ru_number(whole)} {currency} {cents:02d}"
    else:
        if currency in _EN_CURRENCY:
            major, minor = _EN_CURRENCY[currency]
            text = (f"{en_number(whole)} {major[0] if whole == 1 else major[1]} and "
                    f"{cents:02d} {minor[0] if cents == 1 else minor[1]}")
        else:
            text = f"{en_number(whole)} {currency} and {cents:02d}/100"
    return text[:1].upper() + text[1:]

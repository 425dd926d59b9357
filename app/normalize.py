"""Search and duplicate-detection keys: one definition used by saving, importing, searching and
the demo data, so a key written by one is found by the others.

Pure Python, no database. Every function is total: odd input gives an empty or ``None`` key,
never an exception.

* :func:`search_name` - ``CLIENTS.SEARCH_NAME``: sort key and prefix search of a client's name.
* :func:`name_words` - ``SEARCH_KEYS`` kind ``N``/``C``: the words of a name.
* :func:`phone_key` / :func:`phone_local_key` - ``PHONES.PHONE_KEY`` and ``SEARCH_KEYS`` kind ``P``.
* :func:`phone_e164` - ``PHONES.E164`` when the number's country is known.
* :func:`email_key` - ``EMAILS.EMAIL_KEY`` and ``SEARCH_KEYS`` kind ``E``.
"""
from __future__ import annotations

import re

#: Widths of the columns the keys go into (db/models: SEARCH_NAME 200, SKEY 60, PHONE_KEY 20).
SEARCH_NAME_MAX = 200
WORD_MAX = 60
#: E.164 numbers have at most 15 digits.
PHONE_MAX_DIGITS = 15

# Legal forms: abbreviations (single words) and spelled-out phrases, upper case, Ё already Е.
_LEGAL_ABBR = frozenset({
    "ООО", "ОАО", "ЗАО", "ПАО", "АО", "НАО", "ИП", "ЧП", "НКО", "АНО", "ГУП", "МУП", "ФГУП", "ГБУ", "МБУ",
    "ТОО", "ОДО", "ПК", "СПК", "КФХ",
    "LLC", "LTD", "LIMITED", "INC", "INCORPORATED", "CORP", "CORPORATION", "PLC", "LLP", "LP", "GMBH", "AG",
    "SA", "SRL", "BV", "NV", "OY", "AB", "CO",
})
_LEGAL_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ",
        "ПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
        "НЕПУБЛИЧНОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
        "ОТКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
        "ЗАКРЫТОЕ АКЦИОНЕРНОЕ ОБЩЕСТВО",
        "АКЦИОНЕРНОЕ ОБЩЕСТВО",
        "ИНДИВИДУАЛЬНЫЙ ПРЕДПРИНИМАТЕЛЬ",
        "ГОСУДАРСТВЕННОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ",
        "МУНИЦИПАЛЬНОЕ УНИТАРНОЕ ПРЕДПРИЯТИЕ",
        "АВТОНОМНАЯ НЕКОММЕРЧЕСКАЯ ОРГАНИЗАЦИЯ",
        "LIMITED LIABILITY COMPANY",
        "PUBLIC LIMITED COMPANY",
    )
)

# Quotes and apostrophes join what they separate (O'Brien -> OBRIEN); other punctuation splits.
_QUOTES = re.compile(r"[\"'`«»„“”‘’‚‹›]")
_NON_WORD = re.compile(r"[^\w]+|_")
_EXT = re.compile(r"(?:доб|ext|вн|x|#|,|;)", re.IGNORECASE)
_DIGITS = re.compile(r"\D+")


def _tokens(text: str | None) -> list[str]:
    """Upper-case words of ``text``: Ё→Е, quotes dropped, other punctuation as a separator."""
    if not text:
        return []
    t = _QUOTES.sub("", str(text).upper().replace("Ё", "Е"))
    return [w for w in _NON_WORD.split(t) if w]


def _is_legal_phrase_at(tokens: list[str], i: int) -> int:
    """Length of the legal-form phrase or abbreviation starting at ``tokens[i]`` (0 if none)."""
    for phrase in _LEGAL_PHRASES:
        if tuple(tokens[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 1 if tokens[i] in _LEGAL_ABBR else 0


def _is_legal_phrase_ending_at(tokens: list[str], end: int) -> int:
    for phrase in _LEGAL_PHRASES:
        n = len(phrase)
        if end - n >= 0 and tuple(tokens[end - n:end]) == phrase:
            return n
    return 1 if end > 0 and tokens[end - 1] in _LEGAL_ABBR else 0


def search_name(name: str | None) -> str:
    """The sort and search form of a client's name (``CLIENTS.SEARCH_NAME``).

    Upper case, Ё→Е, quotes removed, other punctuation turned into spaces, legal forms (ООО, АО,
    ИП, LLC, Ltd, Inc, and their spelled-out forms) dropped from the front and the end, spaces
    collapsed, at most 200 characters. A name that is nothing but a legal form keeps it.

    >>> search_name('ООО «Ромашка»')
    'РОМАШКА'
    >>> search_name('Northwind Traders, Ltd.')
    'NORTHWIND TRADERS'
    """
    tokens = _tokens(name)
    start, end = 0, len(tokens)
    while start < end:
        n = _is_legal_phrase_at(tokens, start)
        if not n or start + n >= end:
            break
        start += n
    while end > start + 1:
        n = _is_legal_phrase_ending_at(tokens, end)
        if not n or end - n <= start:
            break
        end -= n
    return " ".join(tokens[start:end])[:SEARCH_NAME_MAX].rstrip()


def name_words(text: str | None) -> list[str]:
    """Distinct words of ``text`` for prefix search (``SEARCH_KEYS`` kinds N and C), in order.

    Same cleaning as :func:`search_name`; legal forms anywhere are dropped (they would match every
    company), as are words shorter than 2 characters; each word is cut to 60 characters.

    >>> name_words('АО «Север-Инвест»')
    ['СЕВЕР', 'ИНВЕСТ']
    """
    tokens = _tokens(text)
    out: list[str] = []
    seen: set[str] = set()
    i = 0
    while i < len(tokens):
        n = _is_legal_phrase_at(tokens, i)
        if n:
            i += n
            continue
        w = tokens[i][:WORD_MAX]
        i += 1
        if len(w) >= 2 and w not in seen:
            seen.add(w)
            out.append(w)
    return out


def _phone_digits(text: str | None) -> tuple[str, bool]:
    """Digits of the number part (extension cut off) and whether it was written as international."""
    if not text:
        return "", False
    s = str(text).strip()
    m = _EXT.search(s)
    if m and m.start() > 0:
        s = s[:m.start()]
    digits = _DIGITS.sub("", s)
    international = s.lstrip().startswith("+")
    if not international and digits.startswith("00"):
        digits, international = digits[2:], True
    elif not international and digits.startswith("810") and len(digits) > 11:
        digits, international = digits[3:], True  # Russian trunk prefix for international calls
    return digits, international


def phone_key(text: str | None) -> str | None:
    """The search key of a phone number (``PHONES.PHONE_KEY``): its significant digits.

    Russian numbers become the 10-digit national number, whichever way they were typed
    (``+7 (495) 123-45-67``, ``8 495 123 45 67``, ``84951234567``, ``4951234567`` → ``4951234567``);
    other international numbers give their digits without ``+``/``00``; an extension
    (``доб.``, ``ext``, ``x``, ``#``) is ignored. ``None`` if fewer than 5 digits remain.

    >>> phone_key('+7 (495) 123-45-67')
    '4951234567'
    >>> phone_key('+44 20 7946 0000')
    '442079460000'
    """
    digits, international = _phone_digits(text)
    if international:
        if len(digits) == 11 and digits[0] == "7":
            digits = digits[1:]
    elif len(digits) == 11 and digits[0] in "78":
        digits = digits[1:]
    if len(digits) < 5:
        return None
    return digits[:PHONE_MAX_DIGITS]


def phone_local_key(key: str | None) -> str | None:
    """The last 7 digits of a :func:`phone_key` (people often type only the local number).

    A key of 7 digits or fewer is returned as it is.
    """
    if not key:
        return None
    return key[-7:]


def phone_e164(text: str | None) -> str | None:
    """``+<country><number>`` when the country is known: Russian numbers (by the rules of
    :func:`phone_key`) and numbers written with ``+``/``00``; ``None`` otherwise."""
    digits, international = _phone_digits(text)
    if international:
        return "+" + digits if 8 <= len(digits) <= PHONE_MAX_DIGITS else None
    if len(digits) == 11 and digits[0] in "78":
        return "+7" + digits[1:]
    if len(digits) == 10 and digits[0] in "3489":  # Russian area/mobile codes start with 3,4,8,9
        return "+7" + digits
    return None


def email_key(email: str | None) -> str:
    """The duplicate/search key of an e-mail address: stripped and lower-cased ('' for None).

    >>> email_key('  Ivan.Petrov@Mail.RU ')
    'ivan.petrov@mail.ru'
    """
    return (email or "").strip().lower()

"""Field validation with messages a user understands, raised as ``ValidationError(field, message)``.

* phones: parsed and normalised with ``phonenumbers`` (default region RU: ``8 495 …`` is Moscow);
* e-mails: ``email-validator`` syntax check, never a DNS lookup (offline offices, speed);
* INN (10 digits for organisations, 12 for people), KPP and OGRN with their check digits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from app import normalize
from app.errors import ValidationError
from app.i18n import translate

DEFAULT_REGION = "RU"
MAX_NOTE_CHARS = 1_000_000  #: a note larger than this is refused with a message, never truncated


@dataclass(frozen=True)
class PhoneValue:
    display: str  #: international format for display, e.g. "+7 495 123-45-67"
    e164: str  #: "+74951234567"
    key: str  #: search key (app.normalize.phone_key): "4951234567" for Russia, "442079460000" abroad


def phone(text: str, field: str = "phone", region: str = DEFAULT_REGION) -> PhoneValue:
    """Parse a phone number typed in any usual format; raise ValidationError if it is not one."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(field, translate("app.validate", "Enter a phone number."))
    cleaned = raw
    # "8 (495) …" is the Russian trunk prefix, not a country code
    digits = re.sub(r"\D", "", raw)
    if region == "RU" and not raw.startswith("+") and len(digits) == 11 and digits[0] in "78":
        cleaned = "+7" + digits[1:]
    elif not raw.startswith("+") and digits.startswith("00"):
        cleaned = "+" + digits[2:]  # 00 = international prefix (also 810 from Russian landlines)
    elif region == "RU" and not raw.startswith("+") and digits.startswith("810") and len(digits) > 11:
        cleaned = "+" + digits[3:]
    try:
        num = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, translate("app.validate", "“{text}” is not a phone number.").format(text=raw)) from None
    if not phonenumbers.is_possible_number(num) or not phonenumbers.is_valid_number(num):
        raise ValidationError(
            field, translate("app.validate", "“{text}” is not a valid phone number (check the digits and the code).").format(text=raw)
        )
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return PhoneValue(
        display=phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        e164=e164,
        key=normalize.phone_key(e164) or e164.lstrip("+"),
    )


def phone_key_of(text: str) -> str | None:
    """The search key of a stored phone, valid or not (legacy and imported numbers)."""
    try:
        return phone(text).key
    except ValidationError:
        return normalize.phone_key(text)


def email(text: str, field: str = "email") -> str:
    """Return the normalised e-mail (domain lower-cased) or raise ValidationError."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(field, translate("app.validate", "Enter an e-mail address."))
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(
            field, translate("app.validate", "“{text}” is not a valid e-mail address: {why}").format(text=raw, why=exc)
        ) from None


_INN10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_INN12_2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11 % 10


def inn_is_valid(inn: str) -> bool:
    if not inn.isdigit():
        return False
    if len(inn) == 10:
        return _check(inn, _INN10) == int(inn[9])
    if len(inn) == 12:
        return _check(inn, _INN12_1) == int(inn[10]) and _check(inn, _INN12_2) == int(inn[11])
    return False


def inn(text: str, field: str = "inn", kind: str | None = None) -> str:
    """A valid INN (10 digits for a company, 12 for a person) or ValidationError."""
    value = re.sub(r"\s", "", text or "")
    expected = {"COMPANY": 10, "PERSON": 12}.get(kind or "")
    if not value.isdigit() or len(value) not in (10, 12) or (expected and len(value) != expected):
        if expected == 10:
            msg = translate("app.validate", "A company's INN has 10 digits.")
        elif expected == 12:
            msg = translate("app.validate", "A person's INN has 12 digits.")
        else:
            msg = translate("app.validate", "An INN has 10 or 12 digits.")
        raise ValidationError(field, msg)
    if not inn_is_valid(value):
        raise ValidationError(field, translate("app.validate", "INN {inn}: the check digit is wrong (a typo?).").format(inn=value))
    return value


def kpp(text: str, field: str = "kpp") -> str:
    value = re.sub(r"\s", "", text or "")
    if not re.fullmatch(r"\d{4}[\dA-Z]{2}\d{3}", value):
        raise ValidationError(field, translate("app.validate", "A KPP has 9 characters: 4 digits, 2 digits or letters, 3 digits."))
    return value


def ogrn(text: str, field: str = "ogrn") -> str:
    value = re.sub(r"\s", "", text or "")
    ok = (len(value) == 13 and value.isdigit() and int(value[:12]) % 11 % 10 == int(value[12])) or (
        len(value) == 15 and value.isdigit() and int(value[:14]) % 13 % 10 == int(value[14])
    )
    if not ok:
        raise ValidationError(field, translate("app.validate", "OGRN must have 13 (or 15 for an entrepreneur) digits with a valid check digit."))
    return value


# Characters no text field may hold: C0/C1 control characters except tab, line feed and carriage
# return, and lone surrogates (they cannot be stored as UTF-8). NUL bytes cut strings short in
# other tools, and other control characters are invisible in the card (issue #10).
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def bad_character(text: str | None) -> str | None:
    """The first character of ``text`` that no text field accepts, or None."""
    m = _BAD_CHARS.search(text) if text else None
    return m.group(0) if m else None


def no_control_characters(text: str | None, field: str, label: str) -> None:
    """ValidationError naming ``field`` if ``text`` holds a character from :data:`_BAD_CHARS`."""
    ch = bad_character(text)
    if ch is not None:
        raise ValidationError(field, translate(
            "app.validate", "{label} contains an invisible control character ({code}) that cannot be saved; remove "
                            "it (it often comes with pasted text).").format(label=label, code=f"U+{ord(ch):04X}"))


def required_text(text: str | None, field: str, label: str, max_len: int) -> str:
    value = (text or "").strip()
    no_control_characters(value, field, label)
    if not value:
        raise ValidationError(field, translate("app.validate", "{label} is required.").format(label=label))
    if len(value) > max_len:
        raise ValidationError(field, translate("app.validate", "{label} is too long ({n} characters, at most {max}).").format(
            label=label, n=len(value), max=max_len))
    return value


def optional_text(text: str | None, field: str, label: str, max_len: int) -> str | None:
    value = (text or "").strip()
    no_control_characters(value, field, label)
    if not value:
        return None
    if len(value) > max_len:
        raise ValidationError(field, translate("app.validate", "{label} is too long ({n} characters, at most {max}).").format(
            label=label, n=len(value), max=max_len))
    return value


_WRITES = ("INSERT", "UPDATE", "MERGE", "EXECUTE", "UPDATE OR INSERT")


def guard_text_parameters(engine) -> None:
    """The safety net under every service: a write statement (INSERT/UPDATE/MERGE/EXECUTE) whose
    text parameter holds a control character is refused with a ValidationError naming the column
    before it reaches the database, inside the caller's transaction, so nothing is half-saved.
    Services check their fields earlier with the field's own name and label; this catches the
    ones that do not (issue #10)."""
    from sqlalchemy import event

    def check(conn, cursor, statement, parameters, context, executemany):
        if not statement.lstrip()[:16].upper().startswith(_WRITES):
            return
        rows = parameters if executemany else [parameters]
        names = list(getattr(getattr(context, "compiled", None), "positiontup", None) or ())
        for row in rows:
            values = row.items() if isinstance(row, dict) else enumerate(row or ())
            for key, value in values:
                if isinstance(value, str) and bad_character(value) is not None:
                    name = key if isinstance(key, str) else (names[key] if key < len(names) else f"#{key + 1}")
                    name = re.sub(r"_\d+$", "", str(name))
                    no_control_characters(value, name, name)

    event.listen(engine, "before_cursor_execute", check)


"""Document templates an administrator edits (issue #13, REPORTS.md H: contract, act, reconciliation
statement, meeting report, call sheet). Layer: ``app`` (pure Python; imports ``db`` only).

A template is plain text stored in DOC_TEMPLATES, in a small paragraph language:

* paragraphs are separated by a blank line; a paragraph is printed as running text;
* ``# Title`` is a heading, ``## Section`` a smaller one;
* ``[table]`` is where the document's table goes (the deal's products, the statement's entries…);
* ``[signatures]`` prints the signature lines of both parties;
* ``{placeholder}`` is replaced by a value from the client, the deal, the company settings…
  (:data:`PLACEHOLDERS` lists them per template); ``{{`` and ``}}`` print a brace.

Until an administrator saves his own text, the built-in default (:func:`default_body`, translated
to the user's language) is used. An unknown placeholder is refused when saving, so a typo never
reaches a client's paper.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from app import uow
from app.changes import REF, Changes
from app.context import AppContext
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, translate
from db.models import DocTemplate

_COMMON = ("date", "number", "company", "company_inn", "company_kpp", "company_address", "company_bank",
           "company_account", "director", "client", "client_legal", "client_inn", "client_kpp", "client_address",
           "contact")
_DEAL = ("deal", "amount", "currency", "amount_words", "manager")
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "CONTRACT": _COMMON + _DEAL,
    "ACT": _COMMON + _DEAL,
    "RECONCILIATION": _COMMON + ("period_start", "period_end", "opening", "closing", "currency"),
    "MEETING_REPORT": _COMMON + ("meetings", "manager"),
    "CALL_SHEET": ("date", "company", "manager", "calls"),
}
TITLES = {
    "CONTRACT": QT_TRANSLATE_NOOP("templates", "Contract"),
    "ACT": QT_TRANSLATE_NOOP("templates", "Act of work completed / delivery note"),
    "RECONCILIATION": QT_TRANSLATE_NOOP("templates", "Reconciliation statement"),
    "MEETING_REPORT": QT_TRANSLATE_NOOP("templates", "Meeting report"),
    "CALL_SHEET": QT_TRANSLATE_NOOP("templates", "Call sheet for the day"),
}
_DEFAULTS = {
    "CONTRACT": QT_TRANSLATE_NOOP("templates", """# Contract No. {number}

{date}

{company}, hereinafter "the Supplier", represented by its director {director}, and {client_legal}, hereinafter "the Buyer", have agreed as follows.

## 1. Subject

The Supplier delivers and the Buyer accepts and pays for the goods and services listed below ("{deal}").

[table]

## 2. Price and payment

The total price is {amount} {currency} ({amount_words}). The Buyer pays within 10 banking days of the invoice.

## 3. Parties

Supplier: {company}, INN {company_inn}, KPP {company_kpp}, {company_address}, {company_bank}, account {company_account}.

Buyer: {client_legal}, INN {client_inn}, KPP {client_kpp}, {client_address}.

[signatures]"""),
    "ACT": QT_TRANSLATE_NOOP("templates", """# Act No. {number} of {date}

Supplier: {company}, INN {company_inn}, {company_address}.

Buyer: {client_legal}, INN {client_inn}, {client_address}.

Basis: {deal}.

[table]

The goods were delivered and the services rendered in full, on time and of proper quality, for {amount} {currency} ({amount_words}). The Buyer has no claims.

[signatures]"""),
    "RECONCILIATION": QT_TRANSLATE_NOOP("templates", """# Reconciliation statement

of mutual settlements between {company} and {client_legal} for {period_start} – {period_end}

Opening balance owed by {client}: {opening} {currency}.

[table]

Closing balance owed by {client} on {period_end}: {closing} {currency}.

Please check the statement and return a signed copy within 5 days; if it is not returned, it is considered agreed.

[signatures]"""),
    "MEETING_REPORT": QT_TRANSLATE_NOOP("templates", """# Meeting report

{client}, {date}. Meetings held: {meetings}. Prepared by {manager}.

[table]

## Next steps

The open tasks with this client are listed below.

[signatures]"""),
    "CALL_SHEET": QT_TRANSLATE_NOOP("templates", """# Call sheet for {date}

{manager}: {calls} calls planned.

[table]"""),
}
assert set(_DEFAULTS) == set(PLACEHOLDERS) == set(TITLES)
MAX_BODY = 60000
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")


def default_body(code: str) -> str:
    return translate("templates", _DEFAULTS[code])


def title_of(code: str) -> str:
    return translate("templates", TITLES[code])


@dataclass(frozen=True)
class Part:
    """One piece of a rendered template: ``heading`` (level 1/3), ``text``, ``table``, ``signatures``."""

    kind: str
    text: str = ""
    level: int = 1


def fill(text: str, values: dict[str, object]) -> str:
    """``{name}`` replaced by ``values[name]`` (unknown names stay as typed), ``{{``/``}}`` by braces."""
    out = _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text)
    return out.replace("{{", "{").replace("}}", "}")


def render(body: str, values: dict[str, object]) -> list[Part]:
    """The template's parts, placeholders filled."""
    parts: list[Part] = []
    for para in re.split(r"\n\s*\n", body.replace("\r\n", "\n").strip()):
        p = para.strip()
        if not p:
            continue
        if p == "[table]":
            parts.append(Part("table"))
        elif p == "[signatures]":
            parts.append(Part("signatures"))
        elif p.startswith("## "):
            parts.append(Part("heading", fill(p[3:].strip(), values), 3))
        elif p.startswith("# "):
            parts.append(Part("heading", fill(p[2:].strip(), values), 1))
        else:
            parts.append(Part("text", fill(" ".join(line.strip() for line in p.splitlines()), values)))
    return parts


def unknown_placeholders(code: str, body: str) -> list[str]:
    allowed = set(PLACEHOLDERS[code])
    return sorted({m.group(1) for m in _PLACEHOLDER.finditer(body)} - allowed)


def validate(code: str, body: str) -> None:
    if code not in PLACEHOLDERS:
        raise ValidationError("code", translate("templates", "There is no template {code}.").format(code=code))
    if not body.strip():
        raise ValidationError("body", translate("templates", "The template is empty."))
    if len(body) > MAX_BODY:
        raise ValidationError("body", translate("templates", "The template is too long (at most %n characters).", MAX_BODY))
    bad = unknown_placeholders(code, body)
    if bad:
        raise ValidationError("body", translate("templates", "Unknown fields: {names}. Allowed: {allowed}.").format(
            names=", ".join("{" + b + "}" for b in bad), allowed=", ".join("{" + a + "}" for a in PLACEHOLDERS[code])))


@dataclass(frozen=True)
class TemplateText:
    code: str
    title: str
    body: str
    is_default: bool  #: no saved text: the built-in default


BODY_SQL = "SELECT FIRST 1 TITLE, BODY FROM DOC_TEMPLATES WHERE CODE = ? AND IS_ACTIVE"


def load(ctx: AppContext, code: str) -> TemplateText:
    row = uow.read(ctx, BODY_SQL, (code,))
    if row and row[0][1]:
        return TemplateText(code, row[0][0], row[0][1], False)
    return TemplateText(code, title_of(code), default_body(code), True)


def save(ctx: AppContext, code: str, body: str) -> Changes:
    """Store the administrator's text (the server refuses anybody else)."""
    validate(code, body)

    def work(s):
        row = s.scalars(select(DocTemplate).where(DocTemplate.code == code)).first()
        if row is None:
            s.add(DocTemplate(code=code, title=title_of(code), body=body, is_active=True))
        else:
            row.body, row.is_active = body, True
        s.flush()

    uow.run(ctx, work)
    return Changes.of(REF)


def reset(ctx: AppContext, code: str) -> Changes:
    """Back to the built-in default text."""
    def work(s):
        row = s.scalars(select(DocTemplate).where(DocTemplate.code == code)).first()
        if row is not None:
            s.delete(row)
            s.flush()

    uow.run(ctx, work)
    return Changes.of(REF)

"""What the client card runs on the database worker, and how it words a draft for the clipboard.

Layer: ``ui``. The ``*_job`` functions run on :mod:`ui.ops`'s worker thread (``fn(ctx, *args)``):
they only call ``app`` and return dataclasses, so one user action stays one job (and one round
trip set) even when it needs two ``app`` calls.
"""
from __future__ import annotations

from app import clients, link, reference
from app.clients import ClientCard as CardData
from app.clients import ClientDraft, Saved
from app.context import AppContext
from app.reference import ReferenceData

from ui.cards.client_card.custom_tab import load_custom


def load_card_job(ctx: AppContext, client_id: int, with_reference: bool) -> tuple[ReferenceData | None, CardData]:
    """The card (two statements) and, when the cache is empty, the reference lists (one more)."""
    ref = reference.reference_data(ctx) if with_reference else None
    return ref, clients.load_client_card(ctx, client_id)


def load_new_job(ctx: AppContext, with_reference: bool) -> tuple[ReferenceData | None, tuple]:
    """What an empty card needs: the reference lists (if not cached) and the custom field definitions."""
    ref = reference.reference_data(ctx) if with_reference else None
    return ref, load_custom(ctx, None)


def save_job(ctx: AppContext, draft: ClientDraft, original: ClientDraft | None, force: bool) -> Saved:
    """``save_client`` with ``force`` passed by keyword (run_op passes arguments by position)."""
    return clients.save_client(ctx, draft, original, force=force)


def resume_save_job(ctx: AppContext, draft: ClientDraft, original: ClientDraft | None, force: bool,
                    since_s: float) -> link.Resumed:
    """A save the dropped link interrupted, after the reconnect: applied at most once (issue #15)."""
    return link.resume_client_save(ctx, draft, original, force=force, since_s=since_s)


def force_status_job(ctx: AppContext, client_id: int, status: str) -> Saved:
    """"Overwrite" after a status conflict: set the status on the version stored now."""
    current = clients.load_client_card(ctx, client_id).draft.version
    return clients.set_status(ctx, client_id, current or 0, status)


def readable(name: str, value: object, ref: ReferenceData, custom_labels: dict[int, str]) -> str:
    """One field's value in words for "Copy my changes"."""
    if value is None or value == [] or value == {}:
        return "—"
    if name == "responsible_id":
        return ref.user_name(value) or str(value)  # type: ignore[arg-type]
    if name == "source_id":
        return next((n for i, n in ref.sources if i == value), str(value))
    if name == "tag_ids":
        return ", ".join(next((n for i, n, _c in ref.tags if i == t), str(t)) for t in value)  # type: ignore[union-attr]
    if name == "phones":
        return ", ".join(p.number + (f" ({p.ext})" if p.ext else "") for p in value if p.number)  # type: ignore[union-attr]
    if name == "emails":
        return ", ".join(e.email for e in value if e.email)  # type: ignore[union-attr]
    if name == "contacts":
        return "; ".join(", ".join(x for x in (c.full_name, c.job_title or "", *(p.number for p in c.phones),
                                                *(e.email for e in c.emails)) if x) for c in value)  # type: ignore[union-attr]
    if name == "addresses":
        return "; ".join(a.one_line() for a in value)  # type: ignore[union-attr]
    if name == "custom":
        return ", ".join(f"{custom_labels.get(k, k)} = {v}" for k, v in value.items()  # type: ignore[union-attr]
                         if v not in (None, ""))
    return str(value)

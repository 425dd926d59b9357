"""What another user changed in a deal, and keeping my edits over their version. Layer: ``ui``.

ARCHITECTURE "Data": a save that lost a race tells the user who changed *what* and offers reload
/ overwrite / merge. The deal card compares drafts (:class:`app.deals.DealDraft`):

* :func:`changed_fields` — the fields that differ between two drafts: *theirs* against what the
  card loaded (what the other user changed), or the widgets against ``pristine`` (my edits).
* :func:`merge` — "Copy my changes": their version with every field I edited put back on top, and
  their version number, so the next save neither loses their other changes nor conflicts again.
  A field we both changed takes mine (I chose to keep my changes).
* :func:`field_labels` — the fields in the user's words, for the conflict bar and dialog.

Stage and funnel are not merged: on a saved deal they change through their own steps (the stage
combo, Won, Lost), never through Save.
"""
from __future__ import annotations

import copy
import dataclasses
import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from app.deals import DealDraft
from app.i18n import QT_TRANSLATE_NOOP

from ui import errors, ops
from ui.cards.deal_card_parts import load_deal_job
from ui.dialogs import conflict
from ui.models.columns import ColumnSpec

_CTX = "DealCard"

#: DealDraft field → its name on the card (in the card's order)
FIELD_LABELS = {
    "client_id": QT_TRANSLATE_NOOP("DealCard", "Client"),
    "contact_id": QT_TRANSLATE_NOOP("DealCard", "Contact"),
    "title": QT_TRANSLATE_NOOP("DealCard", "Title"),
    "amount": QT_TRANSLATE_NOOP("DealCard", "Amount"),
    "currency": QT_TRANSLATE_NOOP("DealCard", "Currency"),
    "expected_close": QT_TRANSLATE_NOOP("DealCard", "Expected close"),
    "probability": QT_TRANSLATE_NOOP("DealCard", "Probability"),
    "responsible_id": QT_TRANSLATE_NOOP("DealCard", "Responsible"),
    "source_id": QT_TRANSLATE_NOOP("DealCard", "Source"),
    "next_step": QT_TRANSLATE_NOOP("DealCard", "Next step"),
    "next_step_at": QT_TRANSLATE_NOOP("DealCard", "Next step date"),
    "note": QT_TRANSLATE_NOOP("DealCard", "Note"),
    "lines": QT_TRANSLATE_NOOP("DealCard", "Products"),
    "stage_id": QT_TRANSLATE_NOOP("DealCard", "Stage"),
    "funnel_id": QT_TRANSLATE_NOOP("DealCard", "Funnel"),
}
#: fields a save writes (what "my changes" can be)
EDITABLE = tuple(f for f in FIELD_LABELS if f not in ("stage_id", "funnel_id"))


def _lines_key(d: DealDraft) -> list[tuple]:
    """Lines as the user sees them (the computed amount and the display unit do not count)."""
    return [(ln.id, ln.product_id, ln.name, ln.qty, ln.price, ln.discount_pct or 0) for ln in d.lines]


def changed_fields(before: DealDraft, after: DealDraft, names: tuple[str, ...] = tuple(FIELD_LABELS)) -> list[str]:
    """The fields of ``names`` that differ, in the card's order. The amount counts only without
    lines (with lines it is their sum, and "Products" names the change)."""
    out = []
    for f in names:
        if f == "lines":
            same = _lines_key(before) == _lines_key(after)
        elif f == "amount" and (before.lines or after.lines):
            same = True
        else:
            same = getattr(before, f) == getattr(after, f)
        if not same:
            out.append(f)
    return out


def field_labels(names: list[str]) -> list[str]:
    return [QCoreApplication.translate(_CTX, FIELD_LABELS[n]) for n in names if n in FIELD_LABELS]


def merge(mine: DealDraft, base: DealDraft, theirs: DealDraft) -> DealDraft:
    """Their draft (id, version, stage) with the fields I changed since ``base`` taken from ``mine``."""
    merged = copy.deepcopy(theirs)
    for f in changed_fields(base, mine, EDITABLE):
        setattr(merged, f, copy.deepcopy(getattr(mine, f)))
        if f == "lines":
            merged.amount = mine.amount
    return dataclasses.replace(merged, id=theirs.id, version=theirs.version)


class DealConflictMixin:
    """The deal card's side of a conflict (mixed into :class:`ui.cards.deal_card.DealCard`, which
    provides ``original``, ``pristine``, ``form``, ``main``, ``lines``, ``fill``, ``collect``…).

    * :meth:`resolve_conflict` — a save or stage step was refused: read their version, ask
      :func:`ui.dialogs.conflict.ask_conflict` naming the fields they changed, then reload,
      overwrite (``retry``) or keep my changes.
    * :meth:`keep_my_changes` — their version on screen with my edits on top (unsaved, so the
      user reviews and saves), and my edits as text on the clipboard too.
    * :meth:`show_changed_bar` — the yellow bar over unsaved edits naming who changed what.
    """

    def resolve_conflict(self, info, retry=None) -> None:
        if self.deal_id is None:
            return
        ops.run_op(self, load_deal_job, self.deal_id, None, None, False,
                   on_done=lambda result: self._ask_conflict(info, result[1], retry),
                   on_error=lambda error: errors.show_error(self, error))

    def _ask_conflict(self, info, theirs, retry) -> None:
        names = field_labels(changed_fields(self.original, theirs.draft))
        choice = conflict.ask_conflict(self, info, names, self.main.title_edit.text().strip() or self.original.title)
        if choice == conflict.OVERWRITE and retry is not None:
            retry()
        elif choice == conflict.COPY:
            self.keep_my_changes(theirs)
        elif choice in (conflict.RELOAD, conflict.OVERWRITE):
            self.show_theirs(theirs)

    def show_theirs(self, theirs) -> None:
        """Discard the edits on screen and show ``theirs`` (a freshly loaded DealForm)."""
        self.form = theirs
        self.original = copy.deepcopy(theirs.draft)
        self.conflict_bar.hide()
        self.fill()

    def changes_text(self) -> str:
        """My edits as readable lines ("Field: value"), for the clipboard."""
        mine, base = self.collect(), self.pristine or self.original
        out = [QCoreApplication.translate("DealCard", "My changes to the deal “{title}”:").format(title=mine.title)]
        for f in changed_fields(base, mine, EDITABLE):
            if f == "lines":
                value = "; ".join(f"{ln.name} × {ln.qty}" for ln in mine.lines) or "—"
            else:
                value = self.main.field_text(f) or "—"
            out.append(f"{field_labels([f])[0]}: {value}")
        return "\n".join(out)

    def keep_my_changes(self, theirs=None) -> None:
        """Copy my changes: onto ``theirs`` (or their version read now), unsaved, plus the clipboard."""
        if theirs is None:
            if self.deal_id is not None:
                ops.run_op(self, load_deal_job, self.deal_id, None, None, False,
                           on_done=lambda result: self.keep_my_changes(result[1]),
                           on_error=lambda error: errors.show_error(self, error))
            return
        mine, base = self.collect(), copy.deepcopy(self.pristine or self.original)
        QGuiApplication.clipboard().setText(self.changes_text())
        merged = merge(mine, base, theirs.draft)
        self.show_theirs(theirs)  # pristine = their version as the widgets show it
        self._filling = True
        try:
            self.main.fill(merged, self.form, self.cache.data, is_new=False)
            self.lines.fill(merged.lines, merged.currency)
        finally:
            self._filling = False
        self.on_edited()
        self.statusBar().showMessage(QCoreApplication.translate("DealCard", "Your changes are kept over the other user's version (and are on the "
                                             "clipboard). Check them and save."), 10000)

    def show_changed_bar(self, theirs, before: DealDraft) -> None:
        """Someone saved the deal while I edit: who, when and which fields (``before`` = what I loaded)."""
        names = field_labels(changed_fields(before, theirs.draft))
        text = QCoreApplication.translate("DealCard", "<b>Changed by someone else</b> ({who}, {when}) while you were editing.").format(
            who=html.escape(theirs.changed_by or QCoreApplication.translate("DealCard", "another user")),
            when=self.fmt.text(ColumnSpec("", "", "datetime"), theirs.changed_at))
        if names:
            text += " " + QCoreApplication.translate("DealCard", "Changed there: {fields}.").format(fields=html.escape(", ".join(names)))
        text += " " + QCoreApplication.translate("DealCard", "Reload to see their version, copy your changes over it, or keep editing and "
                              "decide when you save.")
        self.conflict_label.setText(text)
        self.conflict_bar.show()

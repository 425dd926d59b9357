"""The deal card's steps that are not Save (issue #5). Layer: ``ui``.

Mixed into :class:`ui.cards.deal_card.DealCard` (which provides ``deal_id``, ``original``,
``pristine``, ``stage_combo``, ``main``, ``cache``, ``_refresh`` …):

* **Stage** — the stage combo moves a saved deal at once (:func:`app.deals.move_deal_stage` with
  the version on screen); Won (Ctrl+W), Lost (Ctrl+L, with a reason) and Reopen. Edits on screen
  survive a step (the version they will be saved against is updated). A step refused because
  someone else changed the deal goes to the card's conflict handling; its Overwrite repeats the
  step without a version ("whatever is stored now").
* **A new deal's client and funnel** — picking a client in the lookup loads its name and contact
  persons (:func:`app.deals.deal_client`); choosing a funnel offers its stages, the first open
  one selected.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import deals
from app.clients import Saved
from app.errors import ConflictError, UserError, ValidationError

from ui import errors, ops
from ui.cards.deal_card_parts import close_lost_job
from ui.dialogs.lost_reason import LostReasonDialog


class DealStepsMixin:
    """See the module docstring."""

    # --- stage, won, lost --------------------------------------------------------------------
    def on_stage_chosen(self, _index: int) -> None:
        stage_id = self.stage_combo.currentData()
        if self.deal_id is None:  # a new deal starts in the chosen stage when saved
            funnel = self._funnel()
            stage = funnel.stage(stage_id) if funnel else None
            if stage is not None:
                self.main.set_stage_probability(stage.probability)
            self._fill_header()
            self.on_edited()
            return
        if stage_id == self.original.stage_id:
            return
        funnel = self._funnel()
        stage = funnel.stage(stage_id) if funnel else None
        if stage is not None and stage.is_lost:
            self.close_lost()
            return
        self._stage_op(deals.move_deal_stage, self.deal_id, stage_id, self.original.version, version_at=2)

    def close_won(self) -> None:
        if self.deal_id is not None:
            self._stage_op(deals.close_deal_won, self.deal_id, self.original.version, version_at=1)

    def close_lost(self) -> None:
        if self.deal_id is None:
            return
        reasons = self.cache.data.reasons if self.cache.data else []
        answer = LostReasonDialog.get(self, reasons, 1)
        if answer is None:
            self._fill_stages()  # the combo shows the stage the deal is still in
            return
        self._stage_op(close_lost_job, self.deal_id, self.original.version, answer[0], answer[1], version_at=1)

    def reopen(self) -> None:
        if self.deal_id is not None:
            self._stage_op(deals.reopen_deal, self.deal_id, None, self.original.version, version_at=2)

    def _stage_op(self, fn, *args, version_at: int) -> None:
        """Run a stage step; ``args[version_at]`` is the version it is checked against (the
        conflict dialog's Overwrite repeats the step with None there: "whatever is stored")."""
        self._last_stage_op = (fn, args, version_at)
        self._busy = True
        self._update_actions()
        ops.run_op(self, fn, *args, on_done=self._on_stage_done, on_error=self._on_stage_failed)

    def _on_stage_done(self, result) -> None:
        self._busy = False
        changes = result.changes if isinstance(result, Saved) else result
        if isinstance(result, Saved):
            for d in (self.original, self.pristine):
                if d is not None:
                    d.version = result.version  # edits on screen stay saveable without a "conflict"
        self.statusBar().showMessage(QCoreApplication.translate("DealCard", "Stage changed."), 4000)
        self._update_actions()
        self._refresh()
        if changes:
            self.refresher.publish(changes)

    def _on_stage_failed(self, error: UserError) -> None:
        self._busy = False
        self._update_actions()
        self._fill_stages()
        if isinstance(error, ValidationError) and error.field == "lost_reason_id":
            self.close_lost()
            return
        if isinstance(error, ValidationError):
            widget = self.widget_for(error.field)
            if widget is not None and widget is not self.stage_combo:
                self.show_invalid(widget, str(error))
            else:
                self.message_label.setText("⚠ " + str(error))
            errors.show_error(self, error)
            return
        if isinstance(error, ConflictError) and self._last_stage_op is not None:
            fn, args, at = self._last_stage_op
            again = args[:at] + (None,) + args[at + 1:]
            self.resolve_conflict(error.info, retry=lambda: self._stage_op(fn, *again, version_at=at))
            return
        errors.show_error(self, error)

    # --- a new deal's client and funnel ------------------------------------------------------
    def _on_client_chosen(self, client_id: int) -> None:
        ops.run_op(self, deals.deal_client, client_id, on_done=self._on_client_loaded)

    def _on_client_loaded(self, client: deals.DealClient) -> None:
        if self.main.client_lookup.client_id != client.id:
            return  # the user picked another one meanwhile
        self.client_id = client.id
        self.main.set_contacts(client.contacts, client.primary_contact_id)
        self._fill_header()
        self.on_edited()

    def _on_funnel_chosen(self, funnel_id: int) -> None:
        """A new deal starts in the chosen funnel's first open stage."""
        self._fill_stages()
        funnel = self._funnel()
        if funnel is not None and funnel.open_stages:
            first = funnel.open_stages[0]
            self.stage_combo.setCurrentIndex(self.stage_combo.findData(first.id))
            self.main.set_stage_probability(first.probability)
        self._fill_header()
        self.on_edited()

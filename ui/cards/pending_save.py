"""A card's save that a dropped link interrupted, sent again once it is back (issue #15): shared by
the client card and the deal card.

Layer: ``ui``. The card keeps the edits on screen and one pending attempt here: the draft exactly
as it was sent (what :func:`app.link.resume_save` compares the stored record with), the
original it was edited from, ``force`` and ``then_close``. When :mod:`ui.link_status` says the
link is back, the attempt runs once through the worker: applied now if it never committed, taken
as saved if the commit had landed before the drop (the VERSION tells), or the usual conflict
dialog if somebody else saved meanwhile. Save pressed again while waiting queues nothing more;
the card calls :meth:`PendingSave.stop` when it closes (Discard drops the waiting save).
README "Dropped links" describes what the user sees.

The card gives a worker job ``resume_job(ctx, sent, original, force, since_s) -> app.link.Resumed``
and has ``message_label``, ``statusBar()``, ``_saving``, ``_saving_done()``, ``_update_title()``,
``_on_saved(saved, sent, then_close)`` and ``_on_save_failed(error, then_close)``.
"""
from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import ConnectionLost, UserError

from ui import link_status, ops


class PendingSave:
    """The one waiting save of a card (None of it while nothing waits)."""

    def __init__(self, card: Any, resume_job: Callable) -> None:
        self.card = card
        self.resume_job = resume_job
        #: (draft as sent, original, force, then_close, monotonic time of the first attempt)
        self.attempt: tuple | None = None
        self._monitor: link_status.LinkMonitor | None = None

    @property
    def active(self) -> bool:
        return self.attempt is not None

    def queue(self, attempt: tuple, then_close: bool) -> bool:
        """Keep ``attempt`` (sent, original, force) for the reconnect; False when no link monitor
        watches this connection (then the caller reports the error as usual)."""
        monitor = link_status.current()
        if monitor is None:
            return False
        sent, original, force = attempt
        self.attempt = (sent, original, force, then_close, time.monotonic())
        if self._monitor is None:
            self._monitor = monitor
            monitor.link_status_did_reconnect.connect(self.resume)
        self.say()
        return True

    def again(self, then_close: bool) -> None:
        """Save pressed while waiting: nothing more is queued (closing afterwards may be asked)."""
        sent, original, force, was_close, first = self.attempt
        self.attempt = (sent, original, force, then_close or was_close, first)
        self.say()

    def say(self) -> None:
        self.card.message_label.setText(QCoreApplication.translate(
            "PendingSave", "⚠ Not saved yet: the connection to the server was lost. Your changes are kept here and will be "
            "saved once it is back (never twice)."))
        self.card._update_title()

    def resume(self) -> None:
        card = self.card
        if self.attempt is None or card._saving:
            return
        sent, original, force, then_close, first = self.attempt
        card._saving = True
        ops.run_op(card, self.resume_job, copy.deepcopy(sent), copy.deepcopy(original), force,
                   time.monotonic() - first,
                   on_done=lambda resumed: self._on_resumed(resumed, sent, then_close),
                   on_error=self._on_failed, progress_text=QCoreApplication.translate("PendingSave", "Saving…"))

    def stop(self) -> None:
        self.attempt = None
        if self._monitor is not None:
            try:
                self._monitor.link_status_did_reconnect.disconnect(self.resume)
            except (RuntimeError, TypeError):  # the monitor is gone already
                pass
            self._monitor = None

    def _on_resumed(self, resumed, sent, then_close: bool) -> None:
        card = self.card
        self.stop()
        card.message_label.clear()
        card._on_saved(resumed.saved, sent, then_close)
        if not then_close:
            card.statusBar().showMessage(
                QCoreApplication.translate("PendingSave", "Saved: your changes had reached the server before the connection dropped.")
                if resumed.applied_before else QCoreApplication.translate("PendingSave", "Saved after the connection came back."), 8000)

    def _on_failed(self, error: UserError) -> None:
        card = self.card
        if isinstance(error, ConnectionLost):  # down again: wait for the next reconnect
            card._saving_done()
            self.say()
            return
        then_close = self.attempt[3] if self.attempt else False
        self.stop()
        card.message_label.clear()
        card._update_title()
        card._on_save_failed(error, then_close)

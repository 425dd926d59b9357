"""What the funnel board and the deal list share: connection, choices and the change bus. Layer: ``ui``.

Both screens read :func:`app.board.board_choices` (funnels, users, tags, who I am) once per
connection before they can read deals, and re-read what they show when the change bus reports a
deal, task or interaction (several changes arriving together: one reload) or, for reference data,
the choices first.

They also remember how the user left them (:mod:`ui.boards.deal_state`), per database and login:
the choices job returns the connection's scope with the choices, and when the scope is new (the
first load after a start, or another database) the screen's :meth:`_restore_state` runs *before*
its ``_apply_choices``, which then drops ids the database no longer has (a deleted funnel,
manager or tag falls back to the default silently).
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence

from app import board as app_board
from app.changes import DEAL, INTERACTION, REF, TASK, Changes
from app.errors import UserError

from ui import errors, ops
from ui.boards import deal_state

#: changes that may alter what a deal screen shows (reference data reloads the choices too)
DEAL_KINDS = (DEAL, TASK, INTERACTION)


def _choices_and_scope(ctx) -> tuple[app_board.BoardChoices, str]:
    """Worker side of the choices load: the choices and the scope the screen's state is kept under."""
    return app_board.board_choices(ctx), deal_state.connection_scope(ctx)


class DealScreenMixin:
    """For a ``QWidget`` screen over deals (listed before ``QWidget`` in the bases, so its
    :meth:`keyPressEvent` comes first). Call :meth:`set_connected` when a database opens or closes.

    The screen calls :meth:`_setup_deal_screen` at the end of its ``__init__`` and provides
    ``reload()`` (read with the current filters; nothing while not connected or without choices),
    ``_apply_choices(choices)`` (fill its combos and filters; sets ``_choices``) and
    ``_show_nothing()`` (the database closed); it may override ``_choices_failed()``.
    To be remembered it overrides ``_restore_state()`` (read the saved state of ``_scope`` into its
    widgets; no reads) and calls its own ``_save_state()`` after every change the user makes.
    """

    _connected: bool = False
    _choices: app_board.BoardChoices | None = None
    _choices_pending: bool = False
    #: whose saved state the screen shows (``deal_state.scope_key``); None before the first load
    _scope: str | None = None
    _reload_timer: QTimer

    def _setup_deal_screen(self, refresher, after_change: Callable[[], None]) -> None:
        """``after_change``: what to run (once) after the change bus reported deal changes."""
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)  # several changes arriving together: one reload
        self._reload_timer.timeout.connect(after_change)
        if refresher is not None:
            refresher.subscribe(self.on_changes, owner=self)

    # --- public ------------------------------------------------------------------------------
    def set_connected(self, connected: bool) -> None:
        """A database was opened (load the choices, then the deals) or closed (show nothing)."""
        self._connected = connected
        self._choices = None
        if connected:
            self.refresh()
        else:
            self._reload_timer.stop()
            self._show_nothing()

    def refresh(self) -> None:
        """F5: read again from the start (the choices first, if not loaded yet)."""
        if not self._connected:
            return
        if self._choices is None:
            self._load_choices()
        else:
            self.reload()

    def on_changes(self, changes: Changes) -> None:
        """The change-bus slot (GUI thread): re-read what is shown when deals may have changed."""
        if not self._connected:
            return
        if changes.touches(REF):
            self._choices = None
            self.refresh()
        elif any(changes.touches(k) for k in DEAL_KINDS):
            self._reload_timer.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Inside the main window its Refresh action takes F5 first; standalone the screen handles it.
        if event.matches(QKeySequence.StandardKey.Refresh) or event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)  # type: ignore[misc]  (the QWidget's)

    # --- to be provided by the screen ----------------------------------------------------------
    def reload(self) -> None:
        raise NotImplementedError

    def _apply_choices(self, choices: app_board.BoardChoices) -> None:
        raise NotImplementedError

    def _show_nothing(self) -> None:
        raise NotImplementedError

    def _choices_failed(self) -> None:
        """The choices could not be read (the error was shown)."""

    def _restore_state(self) -> None:
        """Show the state saved under ``self._scope`` (called before ``_apply_choices``)."""

    # --- loading -----------------------------------------------------------------------------
    def _load_choices(self) -> None:
        if self._choices_pending:
            return
        self._choices_pending = True

        def done(result: tuple[app_board.BoardChoices, str]) -> None:
            self._choices_pending = False
            choices, scope = result
            if self._connected:
                if scope != self._scope:
                    self._scope = scope
                    self._restore_state()
                self._apply_choices(choices)
                self.reload()

        def failed(error: UserError) -> None:
            self._choices_pending = False
            errors.show_error(self, error)
            self._choices_failed()

        ops.run_op(self, _choices_and_scope, on_done=done, on_error=failed)

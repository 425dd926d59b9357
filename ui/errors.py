"""``app.errors`` → dialogs. Layer: ``ui``.

Every error a user sees arrives here as a :class:`app.errors.UserError`: ``str(error)`` is the
sentence shown, ``error.details`` (driver text, a traceback) hides behind "Show Details…".
A traceback is never the primary message. Callers go through the module attribute
(``errors.show_error(...)``) so tests can replace the presenter with a recorder.
"""
from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ConnectionLost, UserError

log = logging.getLogger(__name__)

#: Set by ``ui/link_status.py`` while it watches a server connection: a lost link is said once in
#: the status bar, never as one modal box per failed job or timer (issue #15).
link_sink = None


def to_status_bar(error: UserError) -> bool:
    """Whether ``error`` goes to the status bar instead of a dialog (a lost link, while watched)."""
    if isinstance(error, ConnectionLost) and link_sink is not None:
        link_sink(error)
        return True
    return False


class UnexpectedError(UserError):
    """A bug or an unforeseen failure, wrapped so the user sees a sentence, support sees the trace."""

    @classmethod
    def from_exception(cls, exc: BaseException) -> UnexpectedError:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error("unexpected error\n%s", details)
        message = QCoreApplication.translate(
            "UnexpectedError",
            "Something went wrong inside Kartoteka: {error}\n\nYour data in the database is safe. "
            "If this happens again, send the details below to your administrator.",
        ).format(error=str(exc) or type(exc).__name__)
        return cls(message, details)


def show_error(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    """Show ``error`` modally: the message, with ``details`` behind the "Show Details…" button.
    A lost link goes to the status bar instead (:func:`to_status_bar`)."""
    if to_status_bar(error):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if isinstance(error, UnexpectedError) else QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "Kartoteka CRM"))
    box.setText(str(error))
    if error.details:
        box.setDetailedText(error.details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()

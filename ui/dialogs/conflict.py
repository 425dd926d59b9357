"""Someone else saved the record first: ask what to do, never overwrite silently. Layer: ``ui``.

ARCHITECTURE "Data": a save that lost a race tells the user who changed what and offers
reload / overwrite / merge. Here "merge" is the honest manual kind: **Copy my changes** puts a
readable text of the user's edits on the clipboard, then the card reloads the other user's
version so they can be re-applied by hand.

:func:`ask_conflict` is what screens call (as a module attribute, so tests replace it); it
returns one of :data:`RELOAD`, :data:`OVERWRITE`, :data:`COPY` or :data:`CANCEL` (keep editing,
nothing saved).
"""
from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.errors import ConflictInfo

from ui.models.columns import ColumnSpec, Formatter

RELOAD, OVERWRITE, COPY, CANCEL = "reload", "overwrite", "copy", "cancel"


class ConflictDialog(QMessageBox):
    """The question, with the three ways out and Cancel."""

    def __init__(self, info: ConflictInfo, fields: list[str], what: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed by someone else"))
        who = info.changed_by or self.tr("another user")
        when = info.changed_at
        if isinstance(when, dt.datetime):
            when = Formatter("ConflictDialog").text(ColumnSpec("", "", "datetime"), when)
        text = self.tr("<b>{what}</b> was changed by <b>{who}</b> at {when} after you opened it.").format(
            what=html.escape(what or self.tr("This record")), who=html.escape(who), when=html.escape(str(when or "?")))
        if fields:
            text += "<br>" + self.tr("Changed there: {fields}.").format(fields=html.escape(", ".join(fields)))
        self.setText(text)
        self.setInformativeText(self.tr(
            "Reload: discard your edits and show their version.\n"
            "Overwrite: save your version over theirs.\n"
            "Copy my changes: put your edits on the clipboard, then reload."))
        self.reload_button = self._add(self.tr("&Reload"), QMessageBox.ButtonRole.AcceptRole)
        self.overwrite_button = self._add(self.tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        self.copy_button = self._add(self.tr("&Copy my changes"), QMessageBox.ButtonRole.ActionRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.reload_button)
        self.setEscapeButton(self.cancel_button)

    def _add(self, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = QPushButton(text, self)
        self.addButton(button, role)
        return button

    def choice(self) -> str:
        clicked = self.clickedButton()
        return {self.reload_button: RELOAD, self.overwrite_button: OVERWRITE,
                self.copy_button: COPY}.get(clicked, CANCEL)


def ask_conflict(parent: QWidget | None, info: ConflictInfo, fields: list[str], what: str = "") -> str:
    """Show the dialog modally; RELOAD, OVERWRITE, COPY or CANCEL. ``fields``: translated names."""
    dlg = ConflictDialog(info, fields, what, parent)
    try:
        dlg.exec()
        return dlg.choice()
    finally:
        dlg.deleteLater()

"""Why was the deal lost? A reason from the administered list (required) and a comment. Layer: ``ui``.

Used by the deal card (Lost) and the funnel board (dropping one or many deals on "Lost"): the
caller passes the active reasons (``app.deals.lost_reasons``) and how many deals are closed, and
gets ``(reason_id, comment)`` back, then calls ``app.deals.close_deals_lost``. The dialog only
collects input; the rule "lost needs a reason" is enforced by ``app`` as well.

:meth:`LostReasonDialog.get` is what screens call (tests replace it).
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

MAX_COMMENT = 500  #: DEALS.LOST_COMMENT is VARCHAR(500)


class LostReasonDialog(QDialog):
    """Reason (required: OK stays disabled until one is chosen) and an optional comment."""

    def __init__(self, parent: QWidget | None, reasons: list[tuple[int, str]], count: int = 1) -> None:
        super().__init__(parent)
        self.setObjectName("LostReasonDialog")
        self.setWindowTitle(self.tr("Close as lost"))
        self.intro = QLabel(self.tr("Close %n deal(s) as lost.", "", max(1, count)), self)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("reasonCombo")
        self.reason_combo.addItem(self.tr("— choose a reason —"), None)
        for rid, name in reasons:
            self.reason_combo.addItem(name, rid)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setObjectName("commentEdit")
        self.comment_edit.setPlaceholderText(self.tr("What happened? (optional)"))
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(90)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #b71c1c;")
        if not reasons:
            self.hint.setText(self.tr("There are no lost reasons yet; an administrator must add them first."))
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason_combo)
        form.addRow(self.tr("&Comment:"), self.comment_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Close as &lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason_combo.currentIndexChanged.connect(self._update)
        self.comment_edit.textChanged.connect(self._update)
        self._update()
        self.reason_combo.setFocus()
        self.resize(420, self.sizeHint().height())

    def _update(self) -> None:
        too_long = len(self.comment_edit.toPlainText()) > MAX_COMMENT
        if too_long:
            self.hint.setText(self.tr("The comment is too long ({n} characters, at most {max}).").format(
                n=len(self.comment_edit.toPlainText()), max=MAX_COMMENT))
        elif self.reason_combo.count() > 1:
            self.hint.clear()
        self.ok_button.setEnabled(self.reason_id() is not None and not too_long)

    def reason_id(self) -> int | None:
        return self.reason_combo.currentData()

    def comment(self) -> str | None:
        return self.comment_edit.toPlainText().strip() or None

    def result_value(self) -> tuple[int, str | None] | None:
        rid = self.reason_id()
        return (rid, self.comment()) if rid is not None else None

    @staticmethod
    def get(parent: QWidget | None, reasons: list[tuple[int, str]], count: int = 1) -> tuple[int, str | None] | None:
        """Ask modally; ``(reason_id, comment)`` or None when cancelled."""
        dlg = LostReasonDialog(parent, reasons, count)
        try:
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            return dlg.result_value()
        finally:
            dlg.deleteLater()

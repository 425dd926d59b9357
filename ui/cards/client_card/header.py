"""The card's header: name, status (the lifecycle), responsible, tags, classifiers and the summary
line "Last contact … · Last attempt … · Next step … · Open deals N / amount". Layer: ``ui``.

The status combo is not part of the draft for a saved client: choosing a status is a lifecycle
step of its own (``app.clients.set_status``, stamped by a trigger), so the header only reports
the choice (``header_did_choose_status``) and the card runs it. Responsible and tags are edits
like any other and are saved with the card.
"""
from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from app.clients import ClientCard as CardData
from app.clients import ClientDraft
from app.reference import ReferenceData

from ui.cards.client_card.client_card_ui import Ui_ClientCard
from ui.cards.client_card.main_tab import fill_combo
from ui.cards.client_card.texts import KIND_LABELS, STATUS_COLORS, STATUS_LABELS, label, tr
from ui.models.columns import ColumnSpec, Formatter

_DATETIME = ColumnSpec("", "", "datetime")
_MONEY = ColumnSpec("", "", "money")


def dot_icon(color: str, size: int = 10) -> QIcon:
    pix = QPixmap(size + 4, size + 4)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(2, 2, size, size)
    p.end()
    return QIcon(pix)


def tag_chips(tags: list[tuple[int, str, str | None]]) -> str:
    """Tags as coloured chips (rich text for a QLabel)."""
    chips = []
    for _id, name, color in tags:
        bg = color or "#607D8B"
        chips.append(f'<span style="background-color:{bg}; color:#ffffff;">&nbsp;{html.escape(name)}&nbsp;</span>')
    return "&nbsp; ".join(chips)


class Header(QObject):
    header_did_edit = Signal()
    #: the user picked another status in the combo (a status code)
    header_did_choose_status = Signal(str)

    def __init__(self, ui: Ui_ClientCard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.fmt = Formatter("ClientCard")
        self.tag_ids: list[int] = []
        self._all_tags: list[tuple[int, str, str | None]] = []
        font = QFont(ui.nameLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        ui.nameLabel.setFont(font)
        ui.subtitleLabel.setStyleSheet("color: #616161;")
        ui.classifiersLabel.setStyleSheet("color: #616161;")
        ui.summaryLabel.setStyleSheet("background: #f1f4f8; border: 1px solid #dde3ea; border-radius: 3px; padding: 4px 8px;")
        ui.tagsLabel.setTextFormat(Qt.TextFormat.RichText)
        for code, text in STATUS_LABELS.items():
            ui.statusCombo.addItem(dot_icon(STATUS_COLORS[code]), tr(text), code)
        ui.statusCombo.activated.connect(self._on_status_activated)
        ui.responsibleCombo.activated.connect(lambda _i: self.header_did_edit.emit())
        ui.tagsButton.setMinimumWidth(ui.tagsButton.sizeHint().width() + 14)  # room for the menu arrow
        self.tags_menu = QMenu(ui.tagsButton)
        ui.tagsButton.setMenu(self.tags_menu)
        self.tags_menu.triggered.connect(self._on_tag_toggled)
        width = max(ui.statusCombo.sizeHint().width(), ui.statusCombo.fontMetrics().horizontalAdvance("M" * 22))
        ui.statusCombo.setMinimumWidth(width)
        ui.responsibleCombo.setMinimumWidth(width)

    # --- filling -----------------------------------------------------------------------------
    def fill(self, draft: ClientDraft, ref: ReferenceData, data: CardData | None) -> None:
        ui = self.ui
        self.show_name(draft.name)
        self.set_status(draft.status)
        fill_combo(ui.responsibleCombo, ref.users, draft.responsible_id, data.responsible if data else None,
                   self.tr("— nobody —"))
        self._all_tags = list(ref.tags)
        if data is not None:  # a tag unknown to the cached list still shows with its card colour
            known = {t[0] for t in self._all_tags}
            self._all_tags += [t for t in data.tags if t[0] not in known]
        self.tag_ids = list(draft.tag_ids)
        self._show_tags()
        self.show_subtitle(draft, data)
        classifiers = "; ".join(f"{html.escape(c)}: {html.escape(v)}" for c, v in data.classifiers) if data else ""
        ui.classifiersLabel.setText(classifiers)
        ui.classifiersLabel.setVisible(bool(classifiers))
        self.show_summary(data)

    def show_name(self, name: str) -> None:
        self.ui.nameLabel.setText(name.strip() or self.tr("New client"))

    def show_subtitle(self, draft: ClientDraft, data: CardData | None) -> None:
        parts = [label(KIND_LABELS, draft.kind)]
        if draft.city:
            parts.append(draft.city)
        if data is not None and data.source:
            parts.append(self.tr("source: {source}").format(source=data.source))
        if data is not None and data.status_changed_at:
            parts.append(self.tr("status since {when}").format(when=self._when(data.status_changed_at)))
        self.ui.subtitleLabel.setText(" · ".join(parts))

    def show_summary(self, data: CardData | None) -> None:
        if data is None:
            self.ui.summaryLabel.setText(self.tr("A new client: fill in the name and a phone or e-mail, then "
                                                 "save with Ctrl+S."))
            return
        none = self.tr("—")
        next_step = none
        if data.next_step_at or data.next_step:
            next_step = " ".join(p for p in (self._when(data.next_step_at), data.next_step or "") if p)
        money = self.fmt.text(_MONEY, data.open_deals_amount or Decimal(0))
        self.ui.summaryLabel.setText(
            self.tr("Last contact {contact} · Last attempt {attempt} · Next step {next} · Open deals {n} / {amount}")
            .format(contact=self._when(data.last_contact_at) or none, attempt=self._when(data.last_attempt_at) or none,
                    next=next_step, n=data.open_deals, amount=money))

    def _when(self, value: dt.datetime | None) -> str:
        return self.fmt.text(_DATETIME, value) if value else ""

    def set_status(self, code: str) -> None:
        combo = self.ui.statusCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(code), 0))
        combo.blockSignals(False)
        self._current_status = code

    def _on_status_activated(self, _index: int) -> None:
        code = self.ui.statusCombo.currentData()
        if code != getattr(self, "_current_status", None):
            self.header_did_choose_status.emit(code)

    # --- tags --------------------------------------------------------------------------------
    def _show_tags(self) -> None:
        chosen = [t for t in self._all_tags if t[0] in self.tag_ids]
        no_tags = self.tr("no tags")  # outside the f-string: lupdate does not read inside f-strings
        self.ui.tagsLabel.setText(tag_chips(chosen) if chosen else f'<span style="color:#9e9e9e">{no_tags}</span>')
        self.tags_menu.clear()
        for tag_id, name, color in self._all_tags:
            act = QAction(dot_icon(color or "#607D8B"), name, self.tags_menu)
            act.setCheckable(True)
            act.setChecked(tag_id in self.tag_ids)
            act.setData(tag_id)
            self.tags_menu.addAction(act)

    def _on_tag_toggled(self, action: QAction) -> None:
        tag_id = action.data()
        if action.isChecked() and tag_id not in self.tag_ids:
            self.tag_ids.append(tag_id)
        elif not action.isChecked() and tag_id in self.tag_ids:
            self.tag_ids.remove(tag_id)
        self.tag_ids.sort()
        self._show_tags()
        self.header_did_edit.emit()

    # --- reading -----------------------------------------------------------------------------
    def collect(self, draft: ClientDraft) -> None:
        draft.responsible_id = self.ui.responsibleCombo.currentData()
        draft.tag_ids = sorted(self.tag_ids)
        draft.status = self.ui.statusCombo.currentData()

    def widget_for(self, field: str) -> QWidget | None:
        return {"status": self.ui.statusCombo, "responsible_id": self.ui.responsibleCombo,
                "tag_ids": self.ui.tagsButton}.get(field)

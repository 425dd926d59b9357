"""One board column's cards: a list model with drag and drop, and the delegate that paints them.

Layer: ``ui``. A model per column holds :class:`app.board.BoardCard` rows of one stage. Cards
are dragged as :data:`MIME_TYPE` (JSON: deal id, version seen, title, stage id). Dropping on
another column's model does **not** move anything itself: :meth:`BoardCardModel.dropMimeData`
fires ``board_cards_did_receive_drop(cards, stage_id)`` and the board decides (rules, reasons,
the database) — the model refuses drops of cards already in its stage. The source model never
removes rows on a move (``removeRows`` is not implemented): the board re-reads itself afterwards.

The delegate paints a card in a fixed height (uniform item sizes keep hundreds of cards cheap):
title, client, amount, responsible, days in stage and the next task; a rotting card gets a red
left edge, the others the stage's colour.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.board import BoardCard

from ui.models.columns import ColumnSpec, Formatter

MIME_TYPE = "application/x-kartoteka-deal-cards"
#: ``data(index, CARD_ROLE)``: the BoardCard
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
#: ``data(index, DEAL_ID_ROLE)``: the deal's id
DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 2

ROT_COLOR = "#D32F2F"
_DATE = ColumnSpec("due", "", kind="date")
AnyIndex = QModelIndex | QPersistentModelIndex


def encode_cards(cards: Sequence[BoardCard]) -> QMimeData:
    data = QMimeData()
    payload = [{"id": c.id, "version": c.version, "title": c.title, "stage_id": c.stage_id} for c in cards]
    data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
    return data


def decode_cards(data: QMimeData) -> list[dict[str, Any]]:
    """The dragged cards (dicts with id, version, title, stage_id); [] for foreign data."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
    except ValueError:
        return []
    return [p for p in payload if isinstance(p, dict) and isinstance(p.get("id"), int)]


def money_text(value: Any, currency: str = "", locale: QLocale | None = None) -> str:
    """An amount as the user's locale writes it, without kopecks when whole (12 500 RUB)."""
    loc = locale or QLocale()
    v = float(value or 0)
    text = loc.toString(v, "f", 0 if v == int(v) else 2)
    return f"{text} {currency}".strip()


class BoardCardModel(QAbstractListModel):
    """The cards of one stage (see the module docstring)."""

    #: cards (list of dicts from :func:`decode_cards`) were dropped here; int = this stage's id
    board_cards_did_receive_drop = Signal(list, int)

    def __init__(self, stage_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._cards: list[BoardCard] = []
        self.drag_enabled = True

    # --- content -----------------------------------------------------------------------------
    def set_cards(self, cards: Sequence[BoardCard]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def card_at(self, row: int) -> BoardCard:
        return self._cards[row]

    def row_of_id(self, deal_id: int) -> int:
        return next((i for i, c in enumerate(self._cards) if c.id == deal_id), -1)

    def take_ids(self, ids: set[int]) -> list[BoardCard]:
        """Remove the cards with these ids (a move shown before the database confirms it)."""
        taken = []
        for i in range(len(self._cards) - 1, -1, -1):
            if self._cards[i].id in ids:
                self.beginRemoveRows(QModelIndex(), i, i)
                taken.insert(0, self._cards.pop(i))
                self.endRemoveRows()
        return taken

    def put_first(self, cards: Sequence[BoardCard]) -> None:
        """Insert cards at the top (where a deal that just entered the stage belongs)."""
        if not cards:
            return
        self.beginInsertRows(QModelIndex(), 0, len(cards) - 1)
        self._cards[0:0] = list(cards)
        self.endInsertRows()

    # --- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(card)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.title}, {card.client_name}, {money_text(card.amount, card.currency)}"
        if role == CARD_ROLE:
            return card
        if role == DEAL_ID_ROLE:
            return card.id
        return None

    def _tooltip(self, card: BoardCard) -> str:
        lines = [card.title, card.client_name, money_text(card.amount, card.currency)]
        if card.responsible:
            lines.append(self.tr("Responsible: {name}").format(name=card.responsible))
        lines.append(self.tr("In this stage for %n day(s)", "", card.days_in_stage))
        if card.rotting:
            lines.append(self.tr("No activity for %n day(s)", "", card.idle_days))
        if card.next_task:
            lines.append(self.tr("Next task: {title}").format(title=card.next_task))
        return "\n".join(lines)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self.drag_enabled:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_cards([self._cards[r] for r in rows if r < len(self._cards)])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        cards = decode_cards(data)
        return bool(cards) and any(c.get("stage_id") != self.stage_id for c in cards)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        cards = [c for c in decode_cards(data) if c.get("stage_id") != self.stage_id]
        if not cards:
            return False
        self.board_cards_did_receive_drop.emit(cards, self.stage_id)
        return True


class BoardCardDelegate(QStyledItemDelegate):
    """Paints a card: a rounded box with a coloured left edge and four lines of text."""

    MARGIN = 4
    PAD = 6
    EDGE = 4
    LINES = 4

    def __init__(self, stage_color: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage_color = QColor(stage_color or "#9E9E9E")
        self.locale = QLocale()
        self._format = Formatter("BoardCardDelegate", self.locale)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, self.LINES * (fm.height() + 1) + 2 * (self.MARGIN + self.PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card: BoardCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        pal: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        box = option.rect.adjusted(self.MARGIN, self.MARGIN // 2, -self.MARGIN, -self.MARGIN // 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight) if selected else pal.color(QPalette.ColorRole.Mid),
                            2 if selected or focused else 1))
        painter.setBrush(pal.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 4, 4)
        edge = QColor(ROT_COLOR) if card.rotting else self.stage_color
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(edge)
        painter.drawRoundedRect(QRect(box.left(), box.top(), self.EDGE + 2, box.height()), 2, 2)

        text_rect = box.adjusted(self.EDGE + self.PAD, self.PAD, -self.PAD, -self.PAD)
        fm = QFontMetrics(option.font)
        line_h = fm.height() + 1
        text_color = pal.color(QPalette.ColorRole.Text)
        dim = QColor(text_color)
        dim.setAlpha(150)

        def line(n: int) -> QRect:
            return QRect(text_rect.left(), text_rect.top() + n * line_h, text_rect.width(), line_h)

        bold = QFont(option.font)
        bold.setBold(True)
        amount = money_text(card.amount, card.currency, self.locale)
        # 1: title (bold) and amount
        painter.setFont(bold)
        bfm = QFontMetrics(bold)
        amount_w = bfm.horizontalAdvance(amount) + self.PAD
        painter.setPen(text_color)
        r = line(0)
        painter.drawText(r.adjusted(0, 0, -amount_w, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         bfm.elidedText(card.title, Qt.TextElideMode.ElideRight, r.width() - amount_w))
        painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, amount)
        painter.setFont(option.font)
        # 2: client
        r = line(1)
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(card.client_name or "", Qt.TextElideMode.ElideRight, r.width()))
        # 3: responsible · days in stage (red when rotting)
        r = line(2)
        days = self.tr("%n d", "", card.days_in_stage)
        days_w = fm.horizontalAdvance(days) + self.PAD
        painter.setPen(dim)
        painter.drawText(r.adjusted(0, 0, -days_w, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(card.responsible or self.tr("No responsible"), Qt.TextElideMode.ElideRight,
                                       r.width() - days_w))
        painter.setPen(QColor(ROT_COLOR) if card.rotting else dim)
        painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, days)
        # 4: next task
        r = line(3)
        if card.next_task:
            due = ""
            if card.next_task_due is not None:
                due = self._format.text(_DATE, card.next_task_due.date()) + " · "
            text, color = f"▸ {due}{card.next_task}", text_color
        else:
            text, color = self.tr("No next task"), QColor(ROT_COLOR) if card.rotting else dim
        painter.setPen(color)
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, r.width()))
        painter.restore()

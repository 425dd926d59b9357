"""The funnel board (kanban): one column per stage, cards dragged between stages. Layer: ``ui``.

Everything comes from ``app.board`` through :func:`ui.ops.run_op`:

* :func:`app.board.board_choices` once per connection (funnels with stages, users, tags, lost
  reasons) and again on a ``ref`` change; then :func:`app.board.board` for the chosen funnel and
  filters: **one** statement per refresh. Answers to older requests are dropped.
* Dropping cards on another column moves them at once on screen and then in the database
  (:func:`app.board.move_cards`: entry rules, rights and versions are checked there). Cards that
  may not move are named with the reason and go back where they were (the board re-reads itself).
  A drop on a lost column asks for the reason first (:func:`ask_lost_reason`) and closes the deals
  with it (:func:`app.board.close_lost`, all or nothing); cancelling puts the cards back.
* Context menu on the selected cards (Ctrl+click selects several, across columns too): Open,
  Move to stage ▸, Won, Close as lost…. Enter / double-click emits
  ``funnel_board_did_activate_deal(id)`` (the lead opens the deal card). F5 re-reads the board.

Changes: with a ``refresher`` (ui.refresh.Refresher) the board subscribes to it (deals, tasks,
interactions and reference data re-read the board) and publishes what it changed itself; without
one it emits ``funnel_board_did_change_deals(Changes)`` and re-reads itself.

Remembered per database and login (:mod:`ui.boards.deal_state`): the funnel and the filters (my
deals, manager, period, tag; not the search text), saved on every change, restored on the first
load; a funnel, manager or tag that no longer exists falls back to the default.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import board as app_board
from app.changes import Changes
from app.errors import NotAllowed, UserError

from ui import errors, ops
from ui.boards import deal_state
from ui.boards.board_cards import CARD_ROLE, BoardCardDelegate, BoardCardModel, money_text
from ui.boards.deal_filter_bar import DealFilterBar, DealFilterState, to_filter
from ui.boards.deal_screen import DealScreenMixin

COLUMN_WIDTH = 260


def ask_lost_reason(parent: QWidget, reasons: list[tuple[int, str]], count: int) -> tuple[int, str | None] | None:
    """Ask why ``count`` deals were lost: (reason id, comment) or None when cancelled."""
    from ui.dialogs.lost_reason import LostReasonDialog  # the deal card's dialog, shared

    return LostReasonDialog.get(parent, reasons, count)


def failures_text(parent: QObject, failed: list[app_board.MoveFailure]) -> str:
    if len(failed) == 1:
        return failed[0].message
    # a literal context (lupdate cannot know the class behind ``parent``): the board and the deal list share it
    head = QCoreApplication.translate("FunnelBoard", "%n deal(s) could not be moved:", None, len(failed))
    return head + "\n" + "\n".join(f"• {f.title}: {f.message}" for f in failed)


class BoardColumnWidget(QFrame):
    """One stage: a header (name, count, sum; the stage's colour) over a list of cards."""

    def __init__(self, stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"boardColumn{stage.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        color = stage.color or "#9E9E9E"
        self.title = QLabel(stage.name, self)
        self.title.setObjectName("columnTitle")
        self.title.setStyleSheet(f"font-weight: bold; border-top: 4px solid {color}; padding-top: 3px;")
        self.summary = QLabel(self)
        self.summary.setObjectName("columnSummary")
        self.footer = QLabel(self)
        self.footer.setObjectName("columnFooter")
        self.footer.setWordWrap(True)
        self.footer.hide()
        self.model = BoardCardModel(stage.id, self)
        self.view = QListView(self)
        self.view.setObjectName(f"boardCards{stage.id}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(BoardCardDelegate(stage.color, self.view))
        self.view.setUniformItemSizes(True)  # hundreds of cards: one size for all
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setAccessibleName(stage.name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)

    def show_column(self, column: app_board.BoardColumn) -> None:
        self.model.set_cards(column.cards)
        self.show_totals(column.count, column.amount)
        if column.truncated:
            self.footer.setText(self.tr("Showing {shown} of {count}; filter to see the others.").format(
                shown=len(column.cards), count=column.count))
            self.footer.show()
        else:
            self.footer.hide()

    def show_totals(self, count: int, amount) -> None:
        self.summary.setText(self.tr("%n deal(s)", "", count) + " · " + money_text(amount))
        self.summary.setToolTip(self.tr("Sum of the amounts (currencies are not converted)"))

    def selected_cards(self) -> list[app_board.BoardCard]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.card_at(r) for r in rows if r < self.model.rowCount()]


class FunnelBoard(DealScreenMixin, QWidget):
    """The funnel board screen. Call :meth:`set_connected` when a database opens or closes."""

    funnel_board_did_activate_deal = Signal(int)
    #: the board changed deals itself (only without a refresher): the Changes to publish
    funnel_board_did_change_deals = Signal(object)
    #: a board (or nothing) is shown now; tests and the status bar wait on it
    funnel_board_did_load_board = Signal()

    def __init__(self, parent: QWidget | None = None, refresher=None) -> None:
        super().__init__(parent)
        self.refresher = refresher
        self.rights = None
        self._funnel_id: int | None = None
        self._generation = 0
        self._busy = False  #: a move is running: a reload waits for it
        self.board: app_board.Board | None = None
        self.columns: dict[int, BoardColumnWidget] = {}

        self.funnel_combo = QComboBox(self)
        self.funnel_combo.setObjectName("funnelCombo")
        self.funnel_combo.setToolTip(self.tr("Funnel"))
        self.funnel_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_bar = DealFilterBar(self)
        self.status = QLabel(self)
        self.status.setObjectName("boardStatus")
        self.area = QScrollArea(self)
        self.area.setObjectName("boardArea")
        self.area.setWidgetResizable(True)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(6)
        self.strip_layout.addStretch(1)
        self.area.setWidget(self.strip)
        top = QHBoxLayout()
        top.addWidget(self.funnel_combo)
        top.addWidget(self.filter_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.status)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.funnel_combo.currentIndexChanged.connect(self._on_funnel_chosen)
        self.filter_bar.deal_filter_bar_did_change_filters.connect(self._on_filters_changed)
        self._setup_deal_screen(refresher, self.reload)

    # --- public (set_connected, refresh, on_changes: DealScreenMixin) ------------------------
    def set_rights(self, rights) -> None:
        """``app.security.MyRights`` of the login: without the right to change deals no card drags."""
        self.rights = rights
        for col in self.columns.values():
            col.model.drag_enabled = self._may_edit()

    def clear(self) -> None:
        self._choices = None
        self._generation += 1
        self.board = None
        self._build_columns(None)
        self.status.clear()
        self.funnel_board_did_load_board.emit()

    def selected_cards(self) -> list[app_board.BoardCard]:
        return [c for col in self.columns.values() for c in col.selected_cards()]

    def selected_deal_ids(self) -> list[int]:
        return [c.id for c in self.selected_cards()]

    def column_widget(self, stage_id: int) -> BoardColumnWidget | None:
        return self.columns.get(stage_id)

    # --- loading -----------------------------------------------------------------------------
    def _show_nothing(self) -> None:
        self.clear()

    def _choices_failed(self) -> None:
        self.funnel_board_did_load_board.emit()

    def _apply_choices(self, choices: app_board.BoardChoices) -> None:
        self._choices = choices
        self.filter_bar.set_choices(choices.users, choices.tags, choices.my_user_id is not None)
        keep = self._funnel_id
        self.funnel_combo.blockSignals(True)
        self.funnel_combo.clear()
        for f in choices.funnels:
            self.funnel_combo.addItem(f.name, f.id)
        funnel = choices.funnel(keep) or choices.default_funnel()
        self._funnel_id = funnel.id if funnel else None
        self.funnel_combo.setCurrentIndex(max(0, self.funnel_combo.findData(self._funnel_id)))
        self.funnel_combo.blockSignals(False)

    def _on_funnel_chosen(self, _index: int) -> None:
        self._funnel_id = self.funnel_combo.currentData()
        self._save_state()
        self.reload()

    def _on_filters_changed(self, _state: DealFilterState) -> None:
        self._save_state()
        self.reload()

    # --- remembered state (DealScreenMixin) ---------------------------------------------------
    def _restore_state(self) -> None:
        saved = deal_state.load_board(self._scope)
        self._funnel_id = saved.funnel_id  # _apply_choices falls back to the default funnel
        self.filter_bar.set_state(replace(saved.filters, text=self.filter_bar.state().text))

    def _save_state(self) -> None:
        if self._scope is not None and self._choices is not None:
            deal_state.save_board(self._scope, self._funnel_id, self.filter_bar.state())

    def board_filter(self) -> app_board.BoardFilter:
        state: DealFilterState = self.filter_bar.state()
        me = self._choices.my_user_id if self._choices else None
        return to_filter(state, me, app_board.BoardFilter)

    def reload(self) -> None:
        """Read the board of the chosen funnel with the filters (one request; older answers drop)."""
        if not self._connected or self._choices is None:
            return
        if self._busy:
            self._reload_timer.start(200)
            return
        funnel = self._choices.funnel(self._funnel_id)
        if funnel is None:
            self._build_columns(None)
            self.status.setText(self.tr("There is no active funnel. An administrator can add one."))
            self.funnel_board_did_load_board.emit()
            return
        self._generation += 1
        gen = self._generation

        def done(b: app_board.Board) -> None:
            if gen == self._generation:
                self._show_board(b)

        def failed(error: UserError) -> None:
            if gen == self._generation:
                errors.show_error(self, error)
                self.funnel_board_did_load_board.emit()

        ops.run_op(self, partial(app_board.board, funnel=funnel), funnel.id, self.board_filter(),
                   on_done=done, on_error=failed)

    def _show_board(self, b: app_board.Board) -> None:
        kept = set(self.selected_deal_ids())
        if self.board is None or [c.stage for c in self.board.columns] != [c.stage for c in b.columns]:
            self._build_columns(b)
        self.board = b
        for column in b.columns:
            widget = self.columns[column.stage.id]
            widget.show_column(column)
            sm = widget.view.selectionModel()
            for row, card in enumerate(column.cards):
                if card.id in kept:
                    sm.select(widget.model.index(row), sm.SelectionFlag.Select)
        rotting = sum(1 for col in b.columns for c in col.cards if c.rotting)
        opened = [col for col in b.columns if not (col.stage.is_won or col.stage.is_lost)]
        text = self.tr("%n open deal(s)", "", sum(c.count for c in opened)) + " · " + money_text(
            sum((c.amount for c in opened), start=0))
        if rotting:
            text += " · " + self.tr("%n rotting", "", rotting)
        self.status.setText(text)
        self.funnel_board_did_load_board.emit()

    def _build_columns(self, b: app_board.Board | None) -> None:
        for col in self.columns.values():
            self.strip_layout.removeWidget(col)
            col.deleteLater()
        self.columns = {}
        if b is None:
            return
        for i, column in enumerate(b.columns):
            widget = BoardColumnWidget(column.stage, self.strip)
            widget.model.drag_enabled = self._may_edit()
            widget.model.board_cards_did_receive_drop.connect(self._on_drop)
            widget.view.activated.connect(partial(self._on_activated, widget))
            widget.view.pressed.connect(partial(self._on_pressed, widget))
            widget.view.customContextMenuRequested.connect(partial(self._on_context_menu, widget))
            widget.view.installEventFilter(self)
            self.strip_layout.insertWidget(i, widget)
            self.columns[column.stage.id] = widget

    # --- selection and keys ------------------------------------------------------------------
    def _on_pressed(self, widget: BoardColumnWidget, _index: QModelIndex) -> None:
        """A plain click selects in one column only; Ctrl/Shift+click keeps the other columns."""
        from PySide6.QtWidgets import QApplication

        mods = QApplication.keyboardModifiers()
        if not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            for col in self.columns.values():
                if col is not widget:
                    col.view.clearSelection()

    def _on_activated(self, widget: BoardColumnWidget, index: QModelIndex) -> None:
        if index.isValid():
            self.funnel_board_did_activate_deal.emit(widget.model.card_at(index.row()).id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(obj, QListView):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~(
                    Qt.KeyboardModifier.KeypadModifier):
                index = obj.currentIndex()
                if index.isValid():
                    self.funnel_board_did_activate_deal.emit(index.data(CARD_ROLE).id)
                return True
        return super().eventFilter(obj, event)

    # --- the context menu --------------------------------------------------------------------
    def _on_context_menu(self, widget: BoardColumnWidget, pos: QPoint) -> None:
        index = widget.view.indexAt(pos)
        if index.isValid() and not widget.view.selectionModel().isSelected(index):
            for col in self.columns.values():
                col.view.clearSelection()
            widget.view.setCurrentIndex(index)
        menu = self.build_menu()
        if menu is not None:
            menu.exec(widget.view.viewport().mapToGlobal(pos))

    def build_menu(self) -> QMenu | None:
        """The actions on the selected cards (None when nothing is selected)."""
        cards = self.selected_cards()
        if not cards or self.board is None:
            return None
        menu = QMenu(self)
        open_act = menu.addAction(self.tr("&Open"))
        open_act.setShortcut(QKeySequence(Qt.Key.Key_Return))
        open_act.triggered.connect(lambda: self.funnel_board_did_activate_deal.emit(cards[0].id))
        move = menu.addMenu(self.tr("&Move to stage"))
        for column in self.board.columns:
            act: QAction = move.addAction(column.stage.name)
            act.setEnabled(any(c.stage_id != column.stage.id for c in cards))
            act.triggered.connect(partial(self.move_cards, cards, column.stage.id))
        menu.addSeparator()
        won = menu.addAction(self.tr("&Won"))
        won.setObjectName("actionWon")
        won.triggered.connect(lambda: self.close_won(cards))
        lost = menu.addAction(self.tr("Close as &lost…"))
        lost.setObjectName("actionLost")
        lost.triggered.connect(lambda: self.close_lost(cards))
        for act in menu.actions():
            if act is not open_act:
                act.setEnabled(act.isEnabled() and self._may_edit())
        return menu

    # --- moves -------------------------------------------------------------------------------
    def _may_edit(self) -> bool:
        return self.rights is None or self.rights.can("DEAL", "edit")

    def _card(self, deal_id: int) -> app_board.BoardCard | None:
        for col in self.columns.values():
            row = col.model.row_of_id(deal_id)
            if row >= 0:
                return col.model.card_at(row)
        return None

    def _on_drop(self, dropped: list[dict[str, Any]], stage_id: int) -> None:
        cards = [c for c in (self._card(d["id"]) for d in dropped) if c is not None]
        if cards:
            # after the drag ends: a modal dialog inside the drop handler would block the drag loop
            QTimer.singleShot(0, lambda: self.move_cards(cards, stage_id))

    def move_cards(self, cards: list[app_board.BoardCard], stage_id: int) -> None:
        """Move ``cards`` to the stage (a lost stage asks for the reason); see the module docstring."""
        if not self._may_edit():
            errors.show_error(self, NotAllowed(self.tr("You may not change deals.")))
            return
        target = self.columns.get(stage_id)
        cards = [c for c in cards if c.stage_id != stage_id]
        if target is None or not cards:
            return
        if target.stage.is_lost:
            self.close_lost(cards)
            return
        self._show_moved(cards, target)
        plan = [(c.id, c.version, c.title) for c in cards]
        self._run_batch(app_board.move_cards, plan, stage_id)

    def close_won(self, cards: list[app_board.BoardCard]) -> None:
        won = next((c for c in self.columns.values() if c.stage.is_won), None)
        cards = [c for c in cards if won is None or c.stage_id != won.stage.id]
        if not cards:
            return
        if won is not None:
            self._show_moved(cards, won)
        self._run_batch(app_board.close_cards_won, [(c.id, c.version, c.title) for c in cards])

    def close_lost(self, cards: list[app_board.BoardCard]) -> None:
        """Ask for the reason, then close all ``cards`` as lost with it (all or nothing)."""
        if not cards or self._choices is None:
            return
        answer = ask_lost_reason(self, list(self._choices.lost_reasons), len(cards))
        if answer is None:
            self.reload()  # nothing changed: the cards stay (or go back) where they were
            return
        reason_id, comment = answer
        lost = next((c for c in self.columns.values() if c.stage.is_lost), None)
        if lost is not None:
            self._show_moved(cards, lost)
        self._busy = True

        def done(changes: Changes) -> None:
            self._busy = False
            self._after_change(changes)

        def failed(error: UserError) -> None:
            self._busy = False
            errors.show_error(self, error)
            self.reload()

        ops.run_op(self, app_board.close_lost, [c.id for c in cards], reason_id, comment,
                   on_done=done, on_error=failed)

    def _run_batch(self, fn, *args) -> None:
        self._busy = True

        def done(result: app_board.MoveResult) -> None:
            self._busy = False
            if result.failed:
                errors.show_error(self, UserError(failures_text(self, result.failed)))
            self._after_change(result.changes)

        def failed(error: UserError) -> None:
            self._busy = False
            errors.show_error(self, error)
            self.reload()

        ops.run_op(self, fn, *args, on_done=done, on_error=failed)

    def _show_moved(self, cards: list[app_board.BoardCard], target: BoardColumnWidget) -> None:
        """Show the move at once; the re-read after the database answered is the truth."""
        ids = {c.id for c in cards}
        for col in self.columns.values():
            if col is not target:
                col.model.take_ids(ids)
        target.model.put_first(cards)

    def _after_change(self, changes: Changes) -> None:
        if self.refresher is not None and changes.kinds:
            self.refresher.publish(changes)  # comes back through on_changes: one reload
            if not self._reload_timer.isActive():
                self.reload()
        else:
            if changes.kinds:
                self.funnel_board_did_change_deals.emit(changes)
            self.reload()

"""Helpers shared by the UI tests that drive the real database worker (:mod:`ui.ops`).

They need the ``gui`` fixture (the worker running) and wait with ``qtbot``; an error of the job is
raised in the test, as the app function raised it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from app.context import AppContext, spec_from

TIMEOUT_MS = 20000


def open_db(qtbot, path: Path | str) -> None:
    """Open the embedded database at ``path`` on the worker (as the demo administrator) and wait."""
    from ui import ops

    op = ops.open_database(None, AppContext, spec_from(str(path)))
    qtbot.waitUntil(lambda: op.done, timeout=30000)
    assert op.error is None, op.error


def call_app(qtbot, fn, *args):
    """Run ``fn(ctx, *args)`` on the GUI's database worker (its connection) and return its result."""
    from ui import ops

    op = ops.run_op(None, fn, *args)
    qtbot.waitUntil(lambda: op.done, timeout=TIMEOUT_MS)
    if op.error is not None:
        raise op.error
    return op.result


def sql(ctx, text: str, params=()) -> list:
    """``text`` on the read channel after restarting its snapshot, so it sees the latest commits."""
    ctx.reader.restart()
    return ctx.reader.query(text, params)


def deal_row(ctx, deal_id: int) -> tuple:
    """(STAGE_ID, OUTCOME, LOST_REASON_ID, LOST_COMMENT) of a deal as committed now."""
    return sql(ctx, "SELECT d.STAGE_ID, d.OUTCOME, d.LOST_REASON_ID, d.LOST_COMMENT FROM DEALS d WHERE d.ID = ?",
               (deal_id,))[0]



# --- the deal card (tests/ui/test_deal_card*.py import these fixtures) ------------------------
# (the fixture functions carry other names than the fixtures, so a test's ``manager`` parameter
# does not shadow an import)
@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Closing a card with unsaved edits discards them instead of asking."""
    from ui.cards import deal_card

    monkeypatch.setattr(deal_card, "ask_unsaved", lambda parent, name: deal_card.DISCARD)


@pytest.fixture(name="manager")
def manager_fixture(gui, demo_db, recorder, qtbot):
    """A :class:`~ui.cards.deal_manager.DealCardManager` over the open demo database; its cards
    are discarded after the test."""
    from PySide6.QtWidgets import QWidget

    from ui.cards.deal_manager import DealCardManager
    from ui.refresh import Refresher

    open_db(qtbot, demo_db)
    window = QWidget()
    qtbot.addWidget(window)
    m = DealCardManager(window, Refresher(window))
    yield m
    m.discard_all()


def open_card(manager, qtbot, deal_id):
    """The card of ``deal_id``, loaded."""
    card = manager.open_deal(deal_id)
    qtbot.waitUntil(lambda: card.loaded, timeout=10000)
    return card

"""Dropped links in the GUI (issue #15): the real main window and client card on the FB3 test server
behind the WAN emulator; the server becomes unreachable while a card holds edits, then comes back.

Dialogs are counted with the real routing rule (``ui.errors.to_status_bar``): a lost link belongs
in the status bar, so any error box at all during the drop fails the test (no modal storm).
"""
from __future__ import annotations

import pytest

from app import clients
from app.clients import ClientDraft
from app.context import AppContext
from tests.server.wan import proxy_for, stop_proxy, through

from ui.cards.client_card import card as card_module


def _stored(spec, client_id: int) -> tuple[int, str | None]:
    with AppContext(spec) as ctx:
        d = clients.load_client_card(ctx, client_id).draft
        return d.version, d.city


@pytest.mark.server
def test_a_card_keeps_its_edits_over_a_dropped_link_and_saves_once(gui, kartoteka_home, recorder, qtbot, monkeypatch,
                                                                      fb_server, server_db):
    from ui import errors, link_status, main, refresh

    dialogs: list = []
    monkeypatch.setattr(errors, "show_error",
                        lambda parent, error, title=None: None if errors.to_status_bar(error) else dialogs.append(error))
    monkeypatch.setattr(card_module, "ask_unsaved", lambda parent, name: card_module.DISCARD)
    monkeypatch.setattr(link_status, "PROBE_MS", 300)  # notice the drop quickly (the idle probe)
    with AppContext(server_db) as ctx:
        cid = clients.save_client(ctx, ClientDraft(name="ООО Ветка на плохой линии", city="Тверь")).id
        gone = clients.save_client(ctx, ClientDraft(name="ООО Передумали", city="Тверь")).id
        for i in range(4):
            clients.save_client(ctx, ClientDraft(name=f"Сосед по списку {i}"))
    v0, _ = _stored(server_db, cid)
    px = proxy_for(fb_server)
    try:
        monkeypatch.setenv("KARTOTEKA_PASSWORD", server_db.password)
        w = main.start(target=str(through(px, server_db).target), user="SYSDBA")
        qtbot.addWidget(w)
        monitor = w.link_monitor
        model = w.client_list.model
        qtbot.waitUntil(lambda: w.info is not None, timeout=30000)
        w.workspace.show_tab("clients")  # the client list loads when first shown (the dashboard is first)
        qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=30000)
        qtbot.waitUntil(lambda: monitor.label.text().startswith("Link: ") and " ms (" in monitor.label.text(),
                        timeout=15000)  # the round-trip time of the server connection
        qtbot.waitUntil(lambda: w.refresher.state == refresh.ON, timeout=15000)

        card = w.cards.open_client(cid)
        qtbot.waitUntil(lambda: card.loaded, timeout=15000)
        card.ui.cityEdit.clear()
        qtbot.keyClicks(card.ui.cityEdit, "Kostroma")
        card.main.tab_did_edit.emit()
        assert card.is_dirty()
        closed = w.cards.open_client(gone)
        qtbot.waitUntil(lambda: closed.loaded, timeout=15000)
        closed.ui.cityEdit.clear()
        qtbot.keyClicks(closed.ui.cityEdit, "Never sent")
        closed.main.tab_did_edit.emit()
        g0, _ = _stored(server_db, gone)

        px.set_down(True)  # the server is unreachable now, and every open connection is cut
        px.drop()
        qtbot.waitUntil(lambda: "Connection lost" in monitor.label.text(), timeout=15000)
        assert card.ui.cityEdit.text() == "Kostroma" and card.is_dirty()  # the form keeps its edits
        assert w.live_label.text() == "Live updates paused"  # not "on" while nothing can arrive

        card.save()  # Ctrl+S while the link is down: kept and queued, said in the card
        qtbot.waitUntil(lambda: card.pending.active, timeout=10000)
        assert "Not saved yet" in card.message_label.text()
        assert "waiting to save" in card.windowTitle()
        card.save()  # pressing Save again queues nothing more
        assert card.pending.active and card.ui.cityEdit.text() == "Kostroma"
        closed.save()
        qtbot.waitUntil(lambda: closed.pending.active, timeout=10000)
        closed.close()  # the user gives up on this one (Discard): its waiting save goes with it
        qtbot.waitUntil(lambda: closed.isHidden(), timeout=5000)

        w.client_list.refresh()  # F5 while the link is down: a message in the list, no box
        qtbot.waitUntil(lambda: not w.client_list.link_message.isHidden(), timeout=10000)
        assert model.rowCount() == 6  # the rows shown stay (not blanked by a read that cannot succeed)
        assert _stored(server_db, cid) == (v0, "Тверь")  # nothing reached the server
        assert dialogs == []  # one status, not a dialog per failed job or timer

        px.set_down(False)  # the link is back: reconnect with back-off, replay the save once
        qtbot.waitUntil(lambda: not card.pending.active and not card.is_dirty(), timeout=60000)
        assert "Connection lost" not in monitor.label.text() and monitor.label.text().startswith("Link:")
        assert _stored(server_db, cid) == (v0 + 1, "Kostroma")  # saved exactly once
        assert _stored(server_db, gone) == (g0, "Тверь")  # the discarded card's save was never sent
        assert card.message_label.text() == "" and "waiting to save" not in card.windowTitle()
        qtbot.waitUntil(lambda: w.client_list.link_message.isHidden() and model.rowCount() == 6,
                        timeout=15000)  # the list read again by itself: nothing lost or doubled
        qtbot.waitUntil(lambda: w.refresher.state == refresh.ON, timeout=15000)  # events re-registered
        assert w.live_label.text() == "Live updates on"
        with AppContext(server_db) as other:  # and they arrive again
            clients.save_client(other, ClientDraft(name="Новый после обрыва"))
        qtbot.waitUntil(lambda: model.rowCount() == 7, timeout=15000)
        assert dialogs == [] and recorder.errors == []
        w.close()
    finally:
        stop_proxy(px)


def test_an_embedded_file_shows_no_link_quality(main_window):
    monitor = main_window.link_monitor
    assert monitor.label.isHidden() and monitor.snapshot is None


@pytest.mark.server
def test_deal_cards_keep_their_edits_over_a_dropped_link_and_save_once(gui, kartoteka_home, recorder, qtbot,
                                                                        monkeypatch, fb_server, server_db):
    """An existing deal and a new one, both saved while the link is down: each waits, then is saved
    exactly once after the reconnect (the existing deal's version +1, the new deal created once)."""
    from decimal import Decimal

    from app import deals
    from app.deals import DealDraft

    from ui import errors, link_status, main
    from ui.cards import deal_card as deal_card_module

    dialogs: list = []
    monkeypatch.setattr(errors, "show_error",
                        lambda parent, error, title=None: None if errors.to_status_bar(error) else dialogs.append(error))
    monkeypatch.setattr(deal_card_module, "ask_unsaved", lambda parent, name: deal_card_module.DISCARD)
    monkeypatch.setattr(link_status, "PROBE_MS", 300)
    with AppContext(server_db) as ctx:
        cid = clients.save_client(ctx, ClientDraft(name="ООО Сделки на плохой линии")).id
        did = deals.save_deal(ctx, DealDraft(client_id=cid, title="Поставка", amount=Decimal(100))).id
        v0 = deals.load_deal(ctx, did).draft.version
        dropped = deals.save_deal(ctx, DealDraft(client_id=cid, title="Передумали", amount=Decimal(5))).id
        d0 = deals.load_deal(ctx, dropped).draft.version

    def stored_deal(deal_id: int = did) -> tuple[int, str | None]:
        with AppContext(server_db) as c:
            d = deals.load_deal(c, deal_id).draft
            return d.version, d.next_step

    def new_deals() -> list[int]:
        with AppContext(server_db) as c:
            return [r[0] for r in c.reader.query("SELECT ID FROM DEALS WHERE CLIENT_ID = ? AND TITLE = ?",
                                                 (cid, "Service contract"))]

    px = proxy_for(fb_server)
    try:
        monkeypatch.setenv("KARTOTEKA_PASSWORD", server_db.password)
        w = main.start(target=str(through(px, server_db).target), user="SYSDBA")
        qtbot.addWidget(w)
        monitor = w.link_monitor
        qtbot.waitUntil(lambda: w.info is not None and monitor.label.text().startswith("Link: "), timeout=30000)

        card = w.deal_cards.open_deal(did)
        qtbot.waitUntil(lambda: card.loaded, timeout=15000)
        card.main.next_step_edit.clear()
        qtbot.keyClicks(card.main.next_step_edit, "Send the offer")
        assert card.is_dirty()
        fresh = w.deal_cards.new_deal(cid)
        qtbot.waitUntil(lambda: fresh.loaded, timeout=15000)
        qtbot.keyClicks(fresh.main.title_edit, "Service contract")
        assert fresh.is_dirty()
        closed = w.deal_cards.open_deal(dropped)
        qtbot.waitUntil(lambda: closed.loaded, timeout=15000)
        qtbot.keyClicks(closed.main.next_step_edit, "Never sent")

        px.set_down(True)  # the server is unreachable now, and every open connection is cut
        px.drop()
        qtbot.waitUntil(lambda: "Connection lost" in monitor.label.text(), timeout=15000)
        for c in (card, fresh, closed):
            c.save()  # Ctrl+S while the link is down: kept and queued, said in the card
            qtbot.waitUntil(lambda c=c: c.pending.active, timeout=10000)
            assert "Not saved yet" in c.message_label.text() and "waiting to save" in c.windowTitle()
            c.save()  # again: nothing more is queued
            assert c.pending.active
        assert card.main.next_step_edit.text() == "Send the offer" and card.is_dirty()  # the edits stay
        assert stored_deal() == (v0, None) and new_deals() == []  # nothing reached the server
        assert dialogs == []
        closed.close()  # the user gives up on this one (Discard): its waiting save is dropped with it
        qtbot.waitUntil(lambda: closed.isHidden(), timeout=5000)

        px.set_down(False)  # the link is back: each waiting save is sent once
        qtbot.waitUntil(lambda: not card.pending.active and not fresh.pending.active, timeout=60000)
        qtbot.waitUntil(lambda: not card.is_dirty() and fresh.deal_id is not None, timeout=15000)
        assert stored_deal() == (v0 + 1, "Send the offer")  # saved exactly once
        assert new_deals() == [fresh.deal_id]  # created exactly once
        assert stored_deal(dropped) == (d0, None)  # the discarded card's save was never sent
        assert card.message_label.text() == "" and "waiting to save" not in card.windowTitle()
        assert "waiting to save" not in fresh.windowTitle()
        assert dialogs == [] and recorder.errors == []
        w.close()
    finally:
        stop_proxy(px)

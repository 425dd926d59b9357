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
        for i in range(5):
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

        px.set_down(True)  # the server is unreachable now, and every open connection is cut
        px.drop()
        qtbot.waitUntil(lambda: "Connection lost" in monitor.label.text(), timeout=15000)
        assert card.ui.cityEdit.text() == "Kostroma" and card.is_dirty()  # the form keeps its edits

        card.save()  # Ctrl+S while the link is down: kept and queued, said in the card
        qtbot.waitUntil(lambda: card.pending.active, timeout=10000)
        assert "Not saved yet" in card.message_label.text()
        assert "waiting to save" in card.windowTitle()
        card.save()  # pressing Save again queues nothing more
        assert card.pending.active and card.ui.cityEdit.text() == "Kostroma"

        w.client_list.refresh()  # F5 while the link is down: a message in the list, no box
        qtbot.waitUntil(lambda: not w.client_list.link_message.isHidden(), timeout=10000)
        assert model.rowCount() == 6  # the rows shown stay (not blanked by a read that cannot succeed)
        assert _stored(server_db, cid) == (v0, "Тверь")  # nothing reached the server
        assert dialogs == []  # one status, not a dialog per failed job or timer

        px.set_down(False)  # the link is back: reconnect with back-off, replay the save once
        qtbot.waitUntil(lambda: not card.pending.active and not card.is_dirty(), timeout=60000)
        assert "Connection lost" not in monitor.label.text() and monitor.label.text().startswith("Link:")
        assert _stored(server_db, cid) == (v0 + 1, "Kostroma")  # saved exactly once
        assert card.message_label.text() == "" and "waiting to save" not in card.windowTitle()
        qtbot.waitUntil(lambda: w.client_list.link_message.isHidden() and model.rowCount() == 6,
                        timeout=15000)  # the list read again by itself: nothing lost or doubled
        qtbot.waitUntil(lambda: w.refresher.state == refresh.ON, timeout=15000)  # events re-registered
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

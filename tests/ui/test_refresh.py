"""Live refresh: the change bus, the listener thread hop and debounce, and (on the private Firebird 3
server) a change committed by another session reaching the open list and card by itself."""
from __future__ import annotations

import threading

import pytest

from app import clients
from app.changes import CLIENT, Changes
from app.clients import ClientDraft
from app.context import AppContext, ConnectionInfo

from ui import refresh
from ui.cards.client_card import card as card_module

SERVER_INFO = ConnectionInfo("lan", "127.0.0.1/3050:crm", "SYSDBA", None, "3.0", "0006", True, False)


class FakeListener:
    def __init__(self, callback, on_state):
        self.callback, self.on_state = callback, on_state
        self.stopped = False

    def stop(self):
        self.stopped = True


@pytest.fixture
def fake_listener(monkeypatch):
    """The refresher with the worker and the Firebird listener replaced: tests fire "events"."""
    made: list[FakeListener] = []
    monkeypatch.setattr(refresh.ops, "run_op", lambda parent, fn, *a, on_done=None, on_error=None: on_done("spec"))

    def start(spec, callback, on_state=None):
        made.append(FakeListener(callback, on_state))
        return made[-1]

    monkeypatch.setattr(refresh.live, "start_listener", start)
    return made


def fire_from_thread(fn, *args) -> None:
    """Call like the listener does: from its own (non-Qt) thread."""
    t = threading.Thread(target=fn, args=args)
    t.start()
    t.join()


def test_events_hop_to_the_gui_thread_and_are_debounced(qapp, qtbot, fake_listener):
    r = refresh.Refresher(debounce_ms=300)
    seen: list[tuple[Changes, bool]] = []
    r.subscribe(lambda ch: seen.append((ch, threading.current_thread() is threading.main_thread())))
    states: list[str] = []
    r.refresher_did_change_state.connect(states.append)
    r.start(SERVER_INFO)
    (listener,) = fake_listener
    fire_from_thread(listener.on_state, True)
    qtbot.waitUntil(lambda: r.state == refresh.ON, timeout=2000)
    assert states == [refresh.STARTING, refresh.ON] and r.state_text() == "Live updates on"

    fire_from_thread(listener.callback, {"client_changed"})
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)  # the first one at once
    for names in ({"client_changed"}, {"deal_changed"}, {"client_changed", "task_changed"}):
        fire_from_thread(listener.callback, names)
    qtbot.wait(100)
    assert len(seen) == 1  # the burst waits for the debounce interval…
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=2000)
    qtbot.wait(400)
    assert len(seen) == 2  # …and arrives as one change
    first, second = seen[0][0], seen[1][0]
    assert first.remote and first.kinds == {CLIENT}
    assert second.kinds == {"client", "deal", "task"}
    assert all(on_gui for _c, on_gui in seen)

    r.stop()
    assert listener.stopped and r.state == refresh.OFF
    fire_from_thread(listener.callback, {"client_changed"})  # a late event of the old listener
    qtbot.wait(400)
    assert len(seen) == 2


def test_a_dead_channel_falls_back_to_a_light_poll(qapp, qtbot, fake_listener):
    """ARCHITECTURE: while the event channel is down, screens re-read themselves periodically."""
    r = refresh.Refresher(debounce_ms=0)
    r.poll_ms = 150
    seen: list[Changes] = []
    r.subscribe(seen.append)
    r.start(SERVER_INFO)
    (listener,) = fake_listener
    fire_from_thread(listener.on_state, False)
    qtbot.waitUntil(lambda: r.state == refresh.DOWN, timeout=2000)
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=3000)
    assert seen[0].remote and seen[0].kinds == {"client", "interaction", "deal", "task", "ref"}
    fire_from_thread(listener.on_state, True)  # back: the poll stops
    qtbot.waitUntil(lambda: r.state == refresh.ON, timeout=2000)
    n = len(seen)
    qtbot.wait(500)
    assert len(seen) == n
    r.stop()


def test_owned_subscriptions_end_with_their_owner(qapp, qtbot):
    from PySide6.QtCore import QObject

    r = refresh.Refresher()
    owner = QObject()
    got = []
    r.subscribe(got.append, owner=owner)
    r.publish(Changes.of(CLIENT, 1))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not r.bus._subs, timeout=2000)
    r.publish(Changes.of(CLIENT, 2))
    assert len(got) == 1


def test_embedded_connection_has_no_listener(main_window):
    assert main_window.refresher.state == refresh.OFF and main_window.refresher._listener is None
    assert main_window.live_label.text() == "Live updates off"


@pytest.mark.server
def test_remote_changes_reach_the_open_list_and_card(gui, kartoteka_home, recorder, qtbot, monkeypatch, server_db):
    from ui import main

    monkeypatch.setattr(card_module, "ask_unsaved", lambda parent, name: card_module.DISCARD)
    with AppContext(server_db) as other:  # "another workstation", for the whole test
        alpha = clients.save_client(other, ClientDraft(name="Alpha Remote", city="Omsk")).id
        monkeypatch.setenv("KARTOTEKA_PASSWORD", server_db.password)
        w = main.start(target=str(server_db.target), user="SYSDBA")
        qtbot.addWidget(w)
        w.workspace.show_tab("clients")  # the list loads when shown (issue #12)
        model = w.client_list.model
        qtbot.waitUntil(lambda: w.info is not None and model.rowCount() == 1, timeout=30000)
        qtbot.waitUntil(lambda: w.refresher.state == refresh.ON, timeout=10000)
        assert w.live_label.text() == "Live updates on"
        card = w.cards.open_client(alpha)
        qtbot.waitUntil(lambda: card.loaded, timeout=10000)

        clients.save_client(other, ClientDraft(name="Beta Remote"))  # a new client elsewhere
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=8000)

        theirs = clients.load_client_card(other, alpha).draft
        theirs.city = "Tomsk"
        clients.save_client(other, theirs)
        qtbot.waitUntil(lambda: card.ui.cityEdit.text() == "Tomsk", timeout=8000)  # no edits: reloaded
        assert not card.ui.conflictBar.isVisible()

        qtbot.keyClicks(card.ui.regionEdit, "my edit")
        card.main.tab_did_edit.emit()
        theirs = clients.load_client_card(other, alpha).draft
        theirs.city = "Kazan"
        clients.save_client(other, theirs)
        qtbot.waitUntil(lambda: card.ui.conflictBar.isVisible(), timeout=8000)  # edits: a bar, no reload
        assert "Changed by someone else" in card.ui.conflictLabel.text()
        assert card.ui.regionEdit.text() == "my edit" and card.ui.cityEdit.text() == "Tomsk"
        card.ui.conflictReloadButton.click()
        qtbot.waitUntil(lambda: card.ui.cityEdit.text() == "Kazan", timeout=8000)
        assert card.ui.regionEdit.text() == "" and not card.is_dirty()
        w.close()

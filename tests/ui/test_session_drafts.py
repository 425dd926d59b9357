"""Session end on a terminal server (issue #15): unsaved card edits become drafts in the user's data
folder, the next start offers them back, a draft never silently overwrites someone else's save,
and SIGTERM ends a real GUI in time even with the idle lock up."""
from __future__ import annotations

import datetime
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from shiboken6 import isValid

from app import clients, config, deals
from app import drafts as app_drafts
from app.context import AppContext, spec_from
from tests.ui.helpers import call_app

from ui import drafts, main
from ui.dialogs import conflict

ROOT = Path(__file__).resolve().parents[2]


def first_deal_id(qtbot) -> int:
    rows = call_app(qtbot, lambda ctx: ctx.reader.query(
        "SELECT FIRST 1 d.ID FROM DEALS d WHERE d.OUTCOME = 'OPEN' ORDER BY d.ID"))
    return rows[0][0]


def edit_cards(window, qtbot) -> tuple[int, int]:
    """A client card and a deal card with unsaved edits, and a new client typed in."""
    cid = window.client_list.model.row_id_at(0)
    card = window.cards.open_client(cid)
    qtbot.waitUntil(lambda: card.loaded, timeout=20000)
    card.ui.cityEdit.setText("Тверь")
    card.ui.noteEdit.setPlainText("Позвонить после праздников")
    card.on_edited()
    did = first_deal_id(qtbot)
    deal = window.deal_cards.open_deal(did)
    qtbot.waitUntil(lambda: deal.loaded, timeout=20000)
    deal.main.title_edit.setText("Насосы для завода")
    deal.main.next_step_edit.setText("Send the offer")
    new = window.cards.new_client()
    qtbot.waitUntil(lambda: new.loaded, timeout=20000)
    new.ui.nameEdit.setText("ООО Новый клиент")
    new_deal = window.deal_cards.new_deal(cid)
    qtbot.waitUntil(lambda: new_deal.loaded, timeout=20000)
    new_deal.main.title_edit.setText("Вторая поставка")
    new_deal.on_edited()
    assert card.is_dirty() and deal.is_dirty() and new.is_dirty() and new_deal.is_dirty()
    return cid, did


def restart(qtbot) -> object:
    """A new main window on the same database (the next start)."""
    window = main.start()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.info is not None, timeout=30000)
    return window


def offered(window, qtbot):
    qtbot.waitUntil(lambda: window.session_end.dialog is not None and window.session_end.dialog.isVisible(),
                    timeout=20000)
    return window.session_end.dialog


def test_session_end_keeps_drafts_and_the_next_start_restores_them(main_window, qtbot):
    cid, did = edit_cards(main_window, qtbot)
    before = call_app(qtbot, clients.load_client_card, cid).draft
    paths = drafts.end_session(main_window, quit_app=False)  # what SIGTERM and commitDataRequest run
    # four files in the user's data folder, nothing saved to the database, no card left open
    assert len(paths) == 4 and all(p.parent == config.data_dir() / "drafts" for p in paths)
    kinds = sorted(json.loads(p.read_text(encoding="utf-8"))["kind"] for p in paths)
    assert kinds == ["client", "client", "deal", "deal"]
    assert not main_window.isVisible() and not main_window.cards.all_cards() or all(
        not isValid(c) or not c.isVisible() for c in main_window.cards.all_cards())
    assert call_app(qtbot, clients.load_client_card, cid).draft == before
    assert call_app(qtbot, deals.load_deal, did).draft.title != "Насосы для завода"

    window = restart(qtbot)
    dialog = offered(window, qtbot)
    assert dialog.list.count() == 4
    texts = [dialog.list.item(i).text() for i in range(4)]
    assert any("New client “ООО Новый клиент”" in t for t in texts) and any("Насосы для завода" in t for t in texts)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: len(window.cards.all_cards()) == 2 and len(window.deal_cards.all_cards()) == 2,
                    timeout=20000)
    card = window.cards.cards[cid]
    deal = window.deal_cards.cards[did]
    new = window.cards.new_cards[0]
    new_deal = window.deal_cards.new_cards[0]
    qtbot.waitUntil(lambda: card.ui.cityEdit.text() == "Тверь" and deal.main.title_edit.text() == "Насосы для завода"
                    and new.ui.nameEdit.text() == "ООО Новый клиент"
                    and new_deal.main.title_edit.text() == "Вторая поставка", timeout=20000)
    assert new_deal.client_id == cid
    assert card.ui.noteEdit.toPlainText() == "Позвонить после праздников"
    assert deal.main.next_step_edit.text() == "Send the offer"
    # marked unsaved; the files are gone (the edits live in the cards now)
    for c in (card, deal, new, new_deal):
        assert c.is_dirty() and c.isWindowModified()
    assert not list((config.data_dir() / "drafts").glob("*.json"))
    # saving the restored card stores the edits (no conflict: nobody else changed the client)
    card.save()
    qtbot.waitUntil(lambda: not card._saving and not card.is_dirty(), timeout=20000)
    stored = call_app(qtbot, clients.load_client_card, cid).draft
    assert stored.city == "Тверь" and stored.note == "Позвонить после праздников"
    new_deal.save()  # the restored new deal becomes a deal of that client
    qtbot.waitUntil(lambda: new_deal.deal_id is not None and not new_deal._saving, timeout=20000)
    saved = call_app(qtbot, deals.load_deal, new_deal.deal_id).draft
    assert saved.title == "Вторая поставка" and saved.client_id == cid
    window.close()


def test_a_draft_of_a_record_changed_since_meets_the_conflict_question(main_window, demo_db, qtbot, monkeypatch):
    cid = main_window.client_list.model.row_id_at(0)
    card = main_window.cards.open_client(cid)
    qtbot.waitUntil(lambda: card.loaded, timeout=20000)
    card.ui.cityEdit.setText("Тверь")
    card.on_edited()
    drafts.end_session(main_window, quit_app=False)
    # meanwhile another workstation changes the same client
    with AppContext(spec_from(str(demo_db)), guard=False) as other:
        theirs = clients.load_client_card(other, cid).draft
        theirs.city = "Псков"
        clients.save_client(other, theirs, clients.load_client_card(other, cid).draft)

    asked = []
    monkeypatch.setattr(conflict, "ask_conflict", lambda parent, info, names, name: asked.append(names)
                        or conflict.RELOAD)
    window = restart(qtbot)
    offered(window, qtbot).restore_button.click()
    qtbot.waitUntil(lambda: cid in window.cards.cards and window.cards.cards[cid].ui.cityEdit.text() == "Тверь",
                    timeout=20000)
    restored = window.cards.cards[cid]
    assert restored.is_dirty() and restored.ui.conflictBar.isVisibleTo(restored)
    assert "Changed by someone else" in restored.ui.conflictLabel.text()
    restored.save()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)  # the usual question, not a silent save
    qtbot.waitUntil(lambda: restored.ui.cityEdit.text() == "Псков", timeout=20000)  # "reload" chosen
    assert call_app(qtbot, clients.load_client_card, cid).draft.city == "Псков"
    window.close()


def test_a_deal_draft_changed_since_keeps_both_edits_when_asked(main_window, demo_db, qtbot, monkeypatch):
    did = first_deal_id(qtbot)
    card = main_window.deal_cards.open_deal(did)
    qtbot.waitUntil(lambda: card.loaded, timeout=20000)
    card.main.title_edit.setText("Насосы для завода")
    card.on_edited()
    drafts.end_session(main_window, quit_app=False)
    with AppContext(spec_from(str(demo_db)), guard=False) as other:
        theirs = deals.load_deal(other, did).draft
        theirs.next_step = "Call the engineer"
        deals.save_deal(other, theirs)

    asked = []
    monkeypatch.setattr(conflict, "ask_conflict", lambda parent, info, names, name: asked.append(names)
                        or conflict.COPY)
    window = restart(qtbot)
    offered(window, qtbot).restore_button.click()
    qtbot.waitUntil(lambda: did in window.deal_cards.cards
                    and window.deal_cards.cards[did].main.title_edit.text() == "Насосы для завода", timeout=20000)
    restored = window.deal_cards.cards[did]
    assert restored.is_dirty() and restored.conflict_bar.isVisibleTo(restored)
    assert "Next step" in restored.conflict_label.text()  # what they changed since the draft's version
    restored.save()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert asked == [["Next step"]]
    # "copy my changes": my title over their version, their next step kept, nothing saved yet
    qtbot.waitUntil(lambda: restored.main.next_step_edit.text() == "Call the engineer", timeout=20000)
    assert restored.main.title_edit.text() == "Насосы для завода" and restored.is_dirty()
    stored = call_app(qtbot, deals.load_deal, did).draft
    assert stored.next_step == "Call the engineer" and stored.title != "Насосы для завода"
    window.close()


def test_discard_deletes_the_drafts_and_later_keeps_them(main_window, qtbot):
    edit_cards(main_window, qtbot)
    drafts.end_session(main_window, quit_app=False)
    folder = config.data_dir() / "drafts"
    window = restart(qtbot)
    offered(window, qtbot).later_button.click()
    assert len(list(folder.glob("*.json"))) == 4 and not window.cards.all_cards()
    window.close()
    window = restart(qtbot)
    offered(window, qtbot).discard_button.click()
    assert not list(folder.glob("*.json")) and not window.cards.all_cards()
    window.close()


def test_the_window_listens_for_the_log_off(gui, demo_db, recorder, qapp, qtbot):
    from PySide6.QtCore import SIGNAL

    signature = SIGNAL("commitDataRequest(QSessionManager&)")
    before = qapp.receivers(signature)
    window = main.start()
    qtbot.addWidget(window)
    assert qapp.receivers(signature) == before + 1
    assert isinstance(window.session_end, drafts.SessionEnd)
    qtbot.waitUntil(lambda: window.info is not None, timeout=30000)
    window.close()


def test_drafts_belong_to_one_database_and_login(kartoteka_home, tmp_path):
    d = app_drafts.Draft(app_drafts.DEAL, 7, "x", str(tmp_path / "a.fdb"), "sysdba",
                         deals.DealDraft(title="x", lines=[deals.DealLineItem("y")]), deals.DealDraft(),
                         datetime.datetime(2026, 1, 2, 3, 4))
    path = app_drafts.save(d)
    assert path.stat().st_mode & 0o777 == 0o600 and path.parent.stat().st_mode & 0o777 == 0o700
    assert [x.draft for x in app_drafts.pending(str(tmp_path / "a.fdb"), "SYSDBA")] == [d.draft]
    assert app_drafts.pending(str(tmp_path / "b.fdb"), "SYSDBA") == []
    assert app_drafts.pending(str(tmp_path / "a.fdb"), "MGR_IVANOV") == []
    assert app_drafts.pending("crm-server/3050:crm", "SYSDBA") == []


DRIVER = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from ui import main

    original_start = main.start

    def start(*args, **kwargs):
        window = original_start(*args, **kwargs)

        def edit():
            if window.workspace.current_name() != "clients":
                window.workspace.show_tab("clients")  # a hidden client list loads when first shown
            model = window.client_list.model
            if not model.rowCount():
                QTimer.singleShot(100, edit)
                return
            card = window.cards.open_client(model.row_id_at(0))

            def edited():
                card.ui.cityEdit.setText("Тверь")
                card.on_edited()
                if sys.argv[2] == "locked":
                    window.admin_menu.idle_lock.lock()
                print("edited", card.client_id, flush=True)
                if sys.argv[2] == "logoff":  # what Qt runs on WM_QUERYENDSESSION (a QSessionManager
                    # cannot be made from Python: the connected slot itself is called)
                    QTimer.singleShot(500, lambda: window.session_end.on_commit_data_request(None))

            card.client_card_did_load.connect(edited)

        window.connector.connector_did_open.connect(lambda *_: QTimer.singleShot(0, edit))
        return window

    main.start = start
    sys.exit(main.run(sys.argv[1]))
""")


@pytest.mark.parametrize("how, lock", [(signal.SIGTERM, "locked"), (signal.SIGTERM, "unlocked"),
                                       (signal.SIGHUP, "locked"), (None, "logoff")])
def test_session_end_ends_a_gui_with_an_edited_card_in_time(demo_db, tmp_path, how, lock):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, str(demo_db), lock], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    edited = threading.Event()
    client = []

    def watch() -> None:
        for line in proc.stdout:
            if line.startswith("edited"):
                client.append(int(line.split()[1]))
                edited.set()

    threading.Thread(target=watch, daemon=True).start()
    try:
        assert edited.wait(90), proc.stderr.read() if proc.poll() is not None else "the GUI never edited the card"
        time.sleep(0.5)  # the lock dialog (or the card) is up and the event loop idle
        sent = time.monotonic()
        if how is not None:
            proc.send_signal(how)
        rc = proc.wait(timeout=30)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert rc == 0
    assert took < 5, f"the GUI took {took:.1f} s to end"
    files = list((config.data_dir() / "drafts").glob("*.json"))
    assert len(files) == 1
    saved = app_drafts.load(files[0])
    assert saved.kind == "client" and saved.record_id == client[0] and saved.draft.city == "Тверь"
    assert app_drafts.database_key(saved.database) == str(Path(demo_db).resolve())

"""The main window on the embedded demo database: list, paging, status bar, keys, geometry."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from app.errors import UserError
from db.queries.client_list import PAGE_SIZE
from tests.ui.conftest import DEMO_CLIENTS


def scroll_until(view, qtbot, rows: int) -> None:
    """Scroll to the bottom until ``rows`` are loaded. The view lays rows out lazily, so right
    after a page arrives the scroll bar may not know its new range yet: retry, but never once the
    target is reached (a further scroll would request the next page)."""
    model = view.model()

    def reached() -> bool:
        if model.rowCount() >= rows and not model.is_loading:
            return True
        view.scrollToBottom()
        return False

    qtbot.waitUntil(reached, timeout=30000)  # generous: a loaded 2-core machine pages slowly
    assert model.rowCount() == rows


def test_opens_with_the_first_page_of_clients(main_window, qtbot, tmp_path):
    model = main_window.client_list.model
    qtbot.waitUntil(lambda: not model.is_loading)
    assert model.rowCount() == PAGE_SIZE  # one page, not the whole table
    assert model.has_more
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert all(names)
    status_col = [c.key for c in model.columns].index("status")
    shown = {model.data(model.index(r, status_col)) for r in range(model.rowCount())}
    assert shown <= {"Potential", "Active", "Regular", "Lost"}  # words, not codes
    assert str(PAGE_SIZE) in main_window.count_label.text()
    # STYLE.md 2.8: a screenshot of the main screen to look at during review
    shot = tmp_path / "main_window.png"
    assert main_window.grab().save(str(shot))
    assert shot.stat().st_size > 0


def test_status_bar_names_engine_file_and_user(main_window, demo_db):
    text = main_window.connection_label.text()
    assert "Embedded" in text
    assert "Firebird 5" in text
    assert demo_db.name in text
    assert "SYSDBA" in text


def test_scrolling_to_the_bottom_fetches_one_more_page(main_window, qtbot):
    view, model = main_window.client_list.view, main_window.client_list.model
    qtbot.waitUntil(lambda: not model.is_loading)
    scroll_until(view, qtbot, 2 * PAGE_SIZE)
    assert model.has_more  # one scroll, one page: the rest stays on the server
    assert DEMO_CLIENTS > model.rowCount()
    scroll_until(view, qtbot, DEMO_CLIENTS)
    assert not model.has_more and not model.canFetchMore()
    ids = [model.row_id_at(r) for r in range(model.rowCount())]
    assert len(set(ids)) == DEMO_CLIENTS
    assert str(DEMO_CLIENTS) in main_window.count_label.text()


def test_f5_reloads_from_the_first_page(main_window, qtbot):
    view, model = main_window.client_list.view, main_window.client_list.model
    qtbot.waitUntil(lambda: not model.is_loading)
    # F5 reloads the visible tab: the dashboard first (issue #13), then the client list
    dash = main_window.workspace.dashboard
    main_window.workspace.show_tab("dashboard")
    qtbot.waitUntil(lambda: dash.data is not None and not dash.loading, timeout=15000)
    main_window.action_by_id["view.refresh"].trigger()
    assert dash.loading and model.rowCount() > 0
    qtbot.waitUntil(lambda: not dash.loading, timeout=15000)
    main_window.workspace.show_tab("clients")
    scroll_until(view, qtbot, 2 * PAGE_SIZE)
    main_window.action_by_id["view.refresh"].trigger()
    assert model.rowCount() == 0 and model.is_loading
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not model.is_loading, timeout=30000)
    # standalone, the list itself answers F5
    scroll_until(view, qtbot, 2 * PAGE_SIZE)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE and not model.is_loading, timeout=30000)


def test_enter_and_double_click_activate_the_client(main_window, qtbot):
    lst = main_window.client_list
    view, model = lst.view, lst.model
    view.setFocus()
    view.setCurrentIndex(model.index(3, 0))
    with qtbot.waitSignal(lst.client_list_did_activate_client, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [model.row_id_at(3)]

    rect = view.visualRect(model.index(5, 1))
    seen: list[int] = []
    lst.client_list_did_activate_client.connect(seen.append)
    # a real double-click is press, release, double-click, release
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == [model.row_id_at(5)]  # exactly once
    # each activation opened that client's card (one window per client)
    assert set(main_window.cards.cards) == {model.row_id_at(3), model.row_id_at(5)}


def test_menus_and_shortcuts(main_window):
    menus = [a.text() for a in main_window.menuBar().actions()]
    assert menus == ["&File", "&Client", "&Deal", "&View", "&Reports", "&Administration", "&Help"]
    acts = main_window.action_by_id
    assert "F5" in [k.toString() for k in acts["view.refresh"].shortcuts()]
    assert "Ctrl+Q" in [k.toString() for k in acts["file.exit"].shortcuts()]
    assert acts["reports.catalogue"].shortcut().toString() == "F8"
    assert acts["view.refresh"].isEnabled() and acts["deal.new_lead"].isEnabled()


def test_tabs_load_when_shown_and_ins_follows_the_tab(gui, demo_db, recorder, qtbot):
    from ui import main

    window = main.start()
    qtbot.addWidget(window)
    ws = window.workspace
    # issue #13: the dashboard is the first tab and loads at once; issue #12: nothing else loads
    # before it is looked at, the client list included, and the board, deal list and planner are
    # not even built
    assert [ws.tabText(i) for i in range(ws.count())] == ["Da&shboard", "&Clients", "&Board", "&Deals", "&Planner"]
    assert ws.currentWidget() is ws.dashboard_area
    qtbot.waitUntil(lambda: ws.dashboard.data is not None and window.cards.rights is not None, timeout=20000)
    assert ws.stale == {"clients", "board", "deals", "planner"}
    assert window.client_list.model.rowCount() == 0 and not window.client_list.is_connected
    assert not any(ws.built(n) for n in ("board", "deals", "planner"))
    assert window.action_by_id["client.new"].shortcut().toString() == ""  # Ins is the list's
    ws.tab_actions[1].trigger()  # Ctrl+2: the list loads now
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() > 0, timeout=15000)
    assert "clients" not in ws.stale
    assert window.action_by_id["client.new"].shortcut().toString() == "Ins"
    ws.tab_actions[2].trigger()  # Ctrl+3
    assert ws.built("board") and ws.currentWidget() is ws.pages["board"] and ws.board.isVisible()
    qtbot.waitUntil(lambda: bool(ws.board.columns), timeout=15000)
    assert "board" not in ws.stale
    assert window.action_by_id["client.new"].shortcut().toString() == ""  # Ins is the screen's own
    ws.tab_actions[4].trigger()
    assert ws.currentWidget() is ws.planner_area and "planner" not in ws.stale
    assert ws.planner_area.widget() is ws.planner
    assert not ws.built("deals")
    ws.tab_actions[1].trigger()
    assert ws.currentWidget() is ws.clients
    assert window.action_by_id["client.new"].shortcut().toString() == "Ins"
    window.close()


def test_the_last_tab_is_shown_and_loaded_first_at_the_next_start(gui, demo_db, recorder, qtbot):
    """issue #12: the remembered tab is the first screen; the dashboard then waits until shown."""
    from ui import main

    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.workspace.dashboard.data is not None, timeout=20000)
    w.workspace.show_tab("clients")
    qtbot.waitUntil(lambda: w.client_list.model.rowCount() > 0, timeout=20000)
    w.close()
    w2 = main.start()
    qtbot.addWidget(w2)
    ws = w2.workspace
    assert ws.current_name() == "clients"
    qtbot.waitUntil(lambda: w2.client_list.model.rowCount() > 0 and w2.cards.rights is not None, timeout=20000)
    assert ws.dashboard.data is None and "dashboard" in ws.stale  # not read: not looked at
    assert w2.action_by_id["client.new"].shortcut().toString() == "Ins"
    ws.show_tab("planner")
    w2.close()
    w3 = main.start()  # a lazily built screen is on its page when the window shows
    qtbot.addWidget(w3)
    assert w3.workspace.current_name() == "planner" and w3.workspace.built("planner")
    qtbot.waitUntil(lambda: w3.info is not None and "planner" not in w3.workspace.stale, timeout=20000)
    w3.close()


def test_dashboard_tiles_open_reports_and_tabs(main_window, qtbot, monkeypatch):
    ws = main_window.workspace
    ws.show_tab("dashboard")
    qtbot.waitUntil(lambda: ws.dashboard.data is not None, timeout=15000)
    opened = []
    monkeypatch.setattr(main_window, "open_report", lambda rid=None, values=None: opened.append((rid, values)))
    ws.workspace_did_request_report.disconnect()
    ws.workspace_did_request_report.connect(main_window.open_report)
    qtbot.mouseClick(ws.dashboard.tiles["won"], Qt.MouseButton.LeftButton)
    assert opened == [("sales.by_manager", {"period": "this_month"})]
    qtbot.mouseClick(ws.dashboard.tiles["overdue"], Qt.MouseButton.LeftButton)
    assert ws.currentWidget() is ws.planner_area


def test_a_failing_page_is_shown_once_and_not_retried(main_window, qtbot, recorder, monkeypatch):
    from app import clients

    model = main_window.client_list.model
    qtbot.waitUntil(lambda: not model.is_loading)

    def broken(ctx, after=None):
        raise UserError("The database reported an error: test")

    monkeypatch.setattr(clients, "list_clients_page", broken)
    view = main_window.client_list.view
    qtbot.waitUntil(lambda: bool(recorder.errors) or bool(view.scrollToBottom()), timeout=5000)
    qtbot.wait(200)
    view.scrollToBottom()
    assert len(recorder.errors) == 1
    assert not model.canFetchMore()  # no storm of dialogs while the view stays at the bottom
    assert model.rowCount() == PAGE_SIZE


def test_geometry_is_saved_and_restored(gui, demo_db, recorder, qtbot, kartoteka_home):
    from ui import main

    w = main.start()
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.info is not None, timeout=20000)
    w.resize(700, 500)  # the offscreen screen is 800x600: stay inside it
    w.client_list.view.setColumnWidth(0, 333)
    w.close()
    assert (kartoteka_home / "config" / "ui.ini").exists()
    w2 = main.start()
    qtbot.addWidget(w2)
    assert (w2.width(), w2.height()) == (700, 500)
    assert w2.client_list.view.columnWidth(0) == 333
    qtbot.waitUntil(lambda: w2.info is not None, timeout=20000)
    w2.close()


def test_a_saved_layout_for_other_columns_is_not_applied(qapp, kartoteka_home):
    from PySide6.QtWidgets import QHeaderView, QTableView

    from ui import state

    view = QTableView()
    view.setModel(None)
    header: QHeaderView = view.horizontalHeader()
    state.save_header("ui.test/header", header, "a,b")
    assert not state.restore_header("ui.test/header", header, "a,b,c")
    assert state.restore_header("ui.test/header", header, "a,b")


def test_file_connect_reopens_through_the_connect_wizard(main_window, qtbot, recorder):
    from app import config

    from ui.dialogs.first_start import FirstStartChoice

    model = main_window.client_list.model
    qtbot.waitUntil(lambda: not model.is_loading)
    recorder.connection_answers = [FirstStartChoice("saved", config.default_profile())]
    main_window.action_by_id["file.connect"].trigger()
    assert [p.target for p in recorder.connections] == [config.default_profile().target]
    qtbot.waitUntil(lambda: main_window.info is not None and model.rowCount() == PAGE_SIZE, timeout=20000)
    assert recorder.connection_errors == [] and recorder.errors == []

    recorder.pick_answers = []  # Cancel: stay connected
    main_window.action_by_id["file.connect"].trigger()
    assert main_window.isVisible() and main_window.info is not None


def test_about_names_version_and_connection(main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app import __version__

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text)))
    main_window.action_by_id["help.about"].trigger()
    assert __version__ in shown[0] and "Firebird 5" in shown[0]


def test_new_deal_and_printing_a_client_card(main_window, qtbot):
    ws = main_window.workspace
    ws.tab_actions[1].trigger()  # Clients (the dashboard is first: issue #13)
    qtbot.waitUntil(lambda: main_window.client_list.model.rowCount() > 0, timeout=10000)
    main_window.client_list.view.selectRow(0)
    client_id = main_window.client_list.current_client_id()
    # on the Clients tab a new deal is for the selected client; elsewhere the card asks for one
    main_window.action_by_id["deal.new"].trigger()
    cards = main_window.deal_cards.all_cards()
    assert len(cards) == 1 and cards[0].client_id == client_id
    ws.tab_actions[3].trigger()  # Deals
    main_window.action_by_id["deal.new"].trigger()
    cards = main_window.deal_cards.all_cards()
    assert len(cards) == 2 and cards[1].client_id is None
    main_window.deal_cards.discard_all()
    # Ctrl+P in the list: the report window opens on the client card form and runs it
    ws.tab_actions[1].trigger()
    main_window.action_by_id["client.print_card"].trigger()
    win = main_window.reports_window
    assert win is not None and win.definition.id == "clients.card"
    qtbot.waitUntil(lambda: not win.running and win.preview.page_count() > 0, timeout=60000)
    assert win.params.values()["client"] == client_id
    win.close()


def test_an_invoice_printed_from_a_deal_card_opens_in_the_report_window(main_window, qtbot):
    ws = main_window.workspace
    ws.tab_actions[3].trigger()  # Deals
    qtbot.waitUntil(lambda: ws.deals.model.rowCount() > 0, timeout=30000)
    deal_id = ws.deals.model.row_id_at(0)
    main_window.open_deal(deal_id)
    card = main_window.deal_cards.all_cards()[0]
    invoice = next(a for a in card.print_menu.actions() if a.objectName() == "print.documents.invoice")
    invoice.trigger()
    # issue #13: the invoice is issued first (numbered by the server), then the form opens with its number
    qtbot.waitUntil(lambda: main_window.reports_window is not None, timeout=20000)
    win = main_window.reports_window
    assert win.definition.id == "documents.invoice"
    qtbot.waitUntil(lambda: not win.running and win.preview.page_count() > 0, timeout=60000)
    assert win.params.values()["deal"] == deal_id and re.fullmatch(r"\d{4}-\d{4}", win.params.values()["number"])
    win.close()
    main_window.deal_cards.discard_all()

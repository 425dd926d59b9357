"""Search as you type in the client list: phone formats, name and e-mail prefixes, stale answers."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt

from app import clients
from tests.ui import test_client_list as base
from tests.ui.test_client_list import EMAIL, INN, NAME, PHONE, call_app, shown_ids, wait_loaded

# the fixtures of the list tests (pytest finds fixtures among a module's names)
list_template, list_db, extra, window, lst = base.list_template, base.list_db, base.extra, base.window, base.lst


def search(lst, qtbot, text: str) -> list[int]:
    """Type ``text`` as a user would and wait for its answer."""
    box = lst.search_box
    box.clear_query()
    box.setFocus()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: box.query == text.strip() and not lst.model.is_loading, timeout=10000)
    return shown_ids(lst)


def test_a_phone_in_three_formats_finds_the_same_client(lst, qtbot, extra):
    for typed in (PHONE, "84951234567", "4951234567"):
        ids = search(lst, qtbot, typed)
        assert ids == [extra.client_id], typed
    assert "found" in lst.count_text() and "1" in lst.count_text()
    assert lst.is_searching and not lst.filter_bar.isEnabled()


def test_name_prefix_email_and_inn(lst, qtbot, extra):
    ids = search(lst, qtbot, "Zork")
    assert extra.client_id in ids
    expected = call_app(qtbot, clients.search_clients, "Zork")
    assert ids == [r.id for r in expected]
    assert search(lst, qtbot, EMAIL[:9]) == [r.id for r in call_app(qtbot, clients.search_clients, EMAIL[:9])]
    assert extra.client_id in shown_ids(lst)
    assert extra.client_id in search(lst, qtbot, INN[:7])


def test_esc_returns_to_the_browsing_list(lst, qtbot, extra):
    first_page = shown_ids(lst)
    search(lst, qtbot, NAME)
    assert shown_ids(lst) == [extra.client_id]
    qtbot.keyClick(lst.search_box, Qt.Key.Key_Escape)
    assert lst.search_box.text() == "" and not lst.is_searching
    qtbot.waitUntil(lambda: not lst.model.is_loading and shown_ids(lst) == first_page, timeout=10000)
    assert lst.model.has_more and lst.filter_bar.isEnabled()


def test_typing_sends_one_query_per_pause_and_stale_answers_are_dropped(lst, qtbot, monkeypatch, extra):
    real = clients.search_clients
    calls: list[str] = []

    def slow_first(ctx, text, limit=200):
        calls.append(text)
        if len(calls) == 1:
            time.sleep(1.0)  # the first answer arrives after the second query was asked
        return real(ctx, text, limit)

    monkeypatch.setattr(clients, "search_clients", slow_first)
    shown: list[list[int]] = []
    lst.model.row_table_did_replace_rows.connect(lambda: shown.append(shown_ids(lst)))
    box = lst.search_box
    box.setFocus()
    qtbot.keyClicks(box, "Ann")  # three keys, one query after the pause
    qtbot.waitUntil(lambda: calls == ["Ann"], timeout=5000)
    box.setText(EMAIL)  # while "Ann" is still being answered
    qtbot.waitUntil(lambda: box.query == EMAIL and not lst.model.is_loading, timeout=10000)
    qtbot.wait(50)
    assert calls == ["Ann", EMAIL]
    assert shown == [[extra.client_id]]  # the "Ann" answer never reached the table


def test_search_results_sort_by_the_chosen_column_and_activate(lst, qtbot, qtmodeltester):
    ids = search(lst, qtbot, "An")
    assert len(ids) > 3
    lst.set_sort("city", False)
    wait_loaded(lst, qtbot)
    cities = [lst.model.row_at(r).city for r in range(lst.model.rowCount())]
    present = [c.casefold() for c in cities if c is not None]
    assert present == sorted(present) and sorted(shown_ids(lst)) == sorted(ids)
    qtmodeltester.check(lst.model)
    lst.search_box.search_box_did_request_results.emit()  # Down/Enter in the box: into the rows
    assert lst.view.currentIndex().row() == 0
    with qtbot.waitSignal(lst.client_list_did_activate_client, timeout=2000) as blocker:
        qtbot.keyClick(lst.view, Qt.Key.Key_Return)
    assert blocker.args == [lst.model.row_id_at(0)]


def test_too_few_digits_are_not_searched(lst, qtbot, monkeypatch, extra):
    real = clients.search_clients
    calls: list[str] = []
    monkeypatch.setattr(clients, "search_clients", lambda ctx, text, limit=200: calls.append(text) or real(ctx, text))
    first_page = shown_ids(lst)
    box = lst.search_box
    box.setFocus()
    qtbot.keyClicks(box, "849")
    qtbot.waitUntil(lambda: box.query == "849", timeout=5000)
    qtbot.wait(50)
    assert calls == [] and shown_ids(lst) == first_page and not lst.is_searching
    assert "4" in lst.count_text() and "digits" in lst.count_text()
    qtbot.keyClicks(box, "51234567")
    qtbot.waitUntil(lambda: box.query == "84951234567" and not lst.model.is_loading, timeout=10000)
    assert calls == ["84951234567"] and shown_ids(lst) == [extra.client_id]

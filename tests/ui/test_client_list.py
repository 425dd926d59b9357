"""The client list screen: quick filters, server-side sort, columns, saved views, keys, change refresh.

Facts are checked against the ``app`` layer, called through the same database worker
(:func:`call_app`), so the list is compared with what ``app`` says, not with itself.
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app import clients, config
from app.changes import CLIENT, Changes
from app.clients import ClientDraft, EmailItem, ListFilter, PhoneItem
from app.context import AppContext, spec_from
from app.custom_fields import FieldDef
from app.errors import UserError
from db.queries.client_list import PAGE_SIZE

PHONE = "+7 (495) 123-45-67"
EMAIL = "zorkiy.sales@example.com"
INN = "7707083893"
NAME = "Zorkiy Vector"
LEVEL = "Gold"


@dataclass(frozen=True)
class Extra:
    """What the fixture added to the demo data."""

    client_id: int  #: NAME: PHONE, EMAIL, INN, tag VIP, custom field LEVEL, responsible = the admin
    field_id: int  #: the "Partner level" custom field
    admin_id: int  #: the CRM user of the login the GUI connects with (owns only NAME)
    vip_tag_id: int


@pytest.fixture(scope="session")
def list_template(demo_template, tmp_path_factory) -> tuple[Path, Extra]:
    """The demo database plus one known client and a custom field (made once per session)."""
    from app import custom_fields

    path = tmp_path_factory.mktemp("client-list") / "list.fdb"
    shutil.copy(demo_template, path)
    with AppContext(spec_from(str(path)), guard=False) as ctx:
        fd = custom_fields.save_field_def(ctx, FieldDef(None, "CLIENT", "LEVEL", "Partner level", "TEXT"))
        choices = clients.list_choices(ctx)
        vip = next(t[0] for t in choices.tags if t[1] == "VIP")
        saved = clients.save_client(ctx, ClientDraft(
            name=NAME, kind="COMPANY", status="ACTIVE", inn=INN, city="Москва", phones=[PhoneItem(PHONE)],
            emails=[EmailItem(EMAIL)], responsible_id=choices.my_user_id, tag_ids=[vip], custom={fd.id: LEVEL}))
        # a few known "An…" clients, so name-prefix searches do not depend on the random demo data
        for i, city in enumerate(("Tula", None, "Berlin", "Arkhangelsk", "Omsk")):
            clients.save_client(ctx, ClientDraft(name=f"Antares {i + 1}", city=city, custom={}))
        return path, Extra(saved.id, fd.id, choices.my_user_id, vip)


@pytest.fixture
def extra(list_template) -> Extra:
    return list_template[1]


@pytest.fixture
def list_db(list_template, kartoteka_home) -> Path:
    dest = config.default_database_path()
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(list_template[0], dest)
    return dest


def open_window(qtbot):
    from ui import main

    window = main.start()
    qtbot.addWidget(window)
    lst = window.client_list
    # the dashboard is the first tab (issue #13) and the list loads when shown (issue #12): these tests click the list
    window.workspace.show_tab("clients")
    qtbot.waitUntil(lambda: lst.model.rowCount() > 0 and not lst.model.is_loading, timeout=20000)
    return window


@pytest.fixture
def window(gui, list_db, recorder, qtbot):
    w = open_window(qtbot)
    yield w
    w.close()


@pytest.fixture
def lst(window):
    return window.client_list


def call_app(qtbot, fn, *args):
    """Run ``fn(ctx, *args)`` on the GUI's database worker and return its result."""
    from ui import ops

    op = ops.run_op(None, fn, *args)
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    if op.error is not None:
        raise op.error
    return op.result


def _walk(ctx, flt=None, sort="name", desc=False):
    rows, key = [], None
    while True:
        page = clients.list_clients_page(ctx, key, flt, sort, desc)
        rows.extend(page.rows)
        if page.next_key is None:
            return rows
        key = page.next_key


def wait_loaded(lst, qtbot) -> None:
    qtbot.waitUntil(lambda: not lst.model.is_loading, timeout=20000)


def load_all(lst, qtbot) -> list[int]:
    """Fetch every page the way the view does (fetchMore), return the ids in order."""
    model = lst.model
    wait_loaded(lst, qtbot)
    while model.canFetchMore():
        model.fetchMore()
        wait_loaded(lst, qtbot)
    return [model.row_id_at(r) for r in range(model.rowCount())]


def shown_ids(lst) -> list[int]:
    return [lst.model.row_id_at(r) for r in range(lst.model.rowCount())]


def column(lst, key: str) -> int:
    return [c.key for c in lst.model.columns].index(key)


# --- quick filters ---------------------------------------------------------------------------


def test_my_clients_shows_only_mine(lst, qtbot, extra):
    bar = lst.filter_bar
    assert bar.my_check.isEnabled()
    bar.my_check.click()
    wait_loaded(lst, qtbot)
    assert shown_ids(lst) == [extra.client_id]  # the admin owns only the fixture's client
    mine = call_app(qtbot, _walk, ListFilter(responsible_id=extra.admin_id))
    assert [r.id for r in mine] == [extra.client_id]
    bar.my_check.click()
    wait_loaded(lst, qtbot)
    assert lst.model.rowCount() == PAGE_SIZE and lst.model.has_more


def test_status_filter_takes_several_statuses(lst, qtbot):
    bar = lst.filter_bar
    bar.status_actions["ACTIVE"].trigger()
    wait_loaded(lst, qtbot)
    bar.status_actions["REGULAR"].trigger()
    wait_loaded(lst, qtbot)
    assert "Active" in bar.status_button.text() and "Regular" in bar.status_button.text()
    ids = load_all(lst, qtbot)
    col = column(lst, "status")
    shown = {lst.model.data(lst.model.index(r, col)) for r in range(lst.model.rowCount())}
    assert shown == {"Active", "Regular"}
    expected = call_app(qtbot, _walk, ListFilter(statuses=("ACTIVE", "REGULAR")))
    assert ids == [r.id for r in expected]
    bar.any_status_action.trigger()
    wait_loaded(lst, qtbot)
    assert bar.filters().statuses == ()


def test_tag_filter(lst, qtbot, extra):
    combo = lst.filter_bar.tag_combo
    combo.setCurrentIndex(combo.findData(extra.vip_tag_id))
    ids = load_all(lst, qtbot)
    expected = call_app(qtbot, _walk, ListFilter(tag_id=extra.vip_tag_id))
    assert ids == [r.id for r in expected] and extra.client_id in ids
    col = column(lst, "tags")
    assert all("VIP" in (lst.model.data(lst.model.index(r, col)) or "") for r in range(lst.model.rowCount()))


def test_classifier_filter(lst, qtbot):
    """The demo database classifies clients (industry, size): one value filters the list."""
    combo = lst.filter_bar.classifier_combo
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=10000)
    value_id = combo.itemData(1)
    combo.setCurrentIndex(1)
    ids = load_all(lst, qtbot)
    expected = call_app(qtbot, _walk, ListFilter(classifier_value_id=value_id))
    assert ids == [r.id for r in expected] and ids
    assert lst.filter_bar.filters().classifier_value_id == value_id
    combo.setCurrentIndex(0)
    wait_loaded(lst, qtbot)
    assert lst.filter_bar.filters().classifier_value_id is None


def test_sleeping_filter_and_its_days(lst, qtbot):
    bar = lst.filter_bar
    assert bar.sleeping_spin.value() == 60
    bar.sleeping_check.click()
    ids = load_all(lst, qtbot)
    assert ids == [r.id for r in call_app(qtbot, _walk, ListFilter(sleeping_days=60))]
    bar.sleeping_spin.setValue(365)  # a new number reloads with it
    ids365 = load_all(lst, qtbot)
    assert ids365 == [r.id for r in call_app(qtbot, _walk, ListFilter(sleeping_days=365))]
    assert len(ids365) <= len(ids)


def test_no_next_step_filter(lst, qtbot):
    lst.filter_bar.no_next_check.click()
    ids = load_all(lst, qtbot)
    assert ids and all(lst.model.row_at(r).next_step_at is None for r in range(lst.model.rowCount()))
    assert ids == [r.id for r in call_app(qtbot, _walk, ListFilter(no_next_step=True))]


def test_show_archived_brings_archived_clients_back(lst, qtbot):
    first = lst.model.row_id_at(0)
    call_app(qtbot, clients.archive_by_id, first)
    lst.refresh()
    wait_loaded(lst, qtbot)
    assert first not in shown_ids(lst)
    lst.filter_bar.archived_check.click()
    wait_loaded(lst, qtbot)
    assert shown_ids(lst)[0] == first


# --- sort ------------------------------------------------------------------------------------


def test_header_click_sorts_on_the_server_and_pages_without_duplicates(lst, qtbot):
    hh = lst.view.horizontalHeader()
    city = column(lst, "city")
    x = hh.sectionViewportPosition(city) + hh.sectionSize(city) // 2
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_loaded(lst, qtbot)
    assert hh.sortIndicatorSection() == city
    order = hh.sortIndicatorOrder()
    desc = order == Qt.SortOrder.DescendingOrder
    assert lst.working_view().sort == "city" and lst.working_view().desc == desc
    ids = load_all(lst, qtbot)
    assert len(ids) == len(set(ids))
    expected = call_app(qtbot, _walk, None, "city", desc)
    assert ids == [r.id for r in expected]

    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    wait_loaded(lst, qtbot)
    assert hh.sortIndicatorOrder() != order  # the second click turns the order round
    ids2 = load_all(lst, qtbot)
    assert ids2 == [r.id for r in call_app(qtbot, _walk, None, "city", not desc)]


def test_sorting_by_last_contact_and_unsortable_columns(lst, qtbot):
    lst.set_sort("last_contact_at", True)
    ids = load_all(lst, qtbot)
    assert ids == [r.id for r in call_app(qtbot, _walk, None, "last_contact_at", True)]
    hh = lst.view.horizontalHeader()
    assert hh.sortIndicatorSection() == column(lst, "last_contact_at")
    # a custom-field column has no server sort: the arrow stays where it was
    hh.setSortIndicator(column(lst, "cf:" + str(lst.model.columns[-1].field_id)), Qt.SortOrder.AscendingOrder)
    assert hh.sortIndicatorSection() == column(lst, "last_contact_at")
    assert lst.working_view().sort == "last_contact_at"


# --- columns ---------------------------------------------------------------------------------


def test_column_chooser_hides_shows_and_adds_a_custom_field(lst, qtbot, extra, monkeypatch, qtmodeltester):
    from ui.dialogs import columns as columns_dialog

    key = f"cf:{extra.field_id}"
    assert key in [c.key for c in lst.model.columns]  # offered, not shown by default
    assert key not in lst.visible_columns()
    asked = []

    def choose(parent, available, visible, defaults):
        asked.append((list(available), list(visible)))
        return ["name", key, "status", "phone"]

    monkeypatch.setattr(columns_dialog, "choose_columns", choose)
    lst.columns_button.click()
    assert (key, "Partner level") in asked[0][0] and ("status", "Status") in asked[0][0]
    assert "email" in asked[0][1]
    wait_loaded(lst, qtbot)
    assert lst.visible_columns() == ["name", key, "status", "phone"]
    hh = lst.view.horizontalHeader()
    assert hh.isSectionHidden(column(lst, "email"))
    assert lst.model.headerData(column(lst, key), Qt.Orientation.Horizontal) == "Partner level"
    ids = load_all(lst, qtbot)
    row = ids.index(extra.client_id)
    assert lst.model.data(lst.model.index(row, column(lst, key))) == LEVEL
    qtmodeltester.check(lst.model)

    # the header's context menu toggles single columns
    menu = lst._header_menu()
    email_action = next(a for a in menu.actions() if a.data() == "email")
    email_action.setChecked(True)
    assert "email" in lst.visible_columns() and not hh.isSectionHidden(column(lst, "email"))


def test_columns_dialog_orders_and_checks(qapp):
    from ui.dialogs.columns import ColumnsDialog

    dlg = ColumnsDialog([("a", "A"), ("b", "B"), ("c", "C")], ["b", "a"], ["a", "b", "c"])
    assert dlg.chosen_columns() == ["b", "a"]
    dlg.set_checked("c", True)
    dlg.list.setCurrentRow(2)
    dlg._move(-2)
    assert dlg.chosen_columns() == ["c", "b", "a"]
    dlg.defaults_button.click()
    assert dlg.chosen_columns() == ["a", "b", "c"]
    for k in "abc":
        dlg.set_checked(k, False)
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()  # never zero columns


def test_dragging_a_header_section_reorders_the_working_view(lst):
    hh = lst.view.horizontalHeader()
    before = lst.visible_columns()
    hh.moveSection(hh.visualIndex(column(lst, "city")), 0)
    assert lst.visible_columns()[0] == "city"
    assert sorted(lst.visible_columns()) == sorted(before)


# --- saved views -----------------------------------------------------------------------------


def test_a_saved_view_comes_back_after_restart(window, lst, qtbot, monkeypatch, gui, recorder):
    from ui.lists import client_views

    lst.filter_bar.status_actions["ACTIVE"].trigger()
    wait_loaded(lst, qtbot)
    lst.set_visible_columns(["name", "city", "status", "responsible"])
    lst.set_sort("city", True)
    wait_loaded(lst, qtbot)
    assert "(changed)" in lst.view_selector.combo.currentText()
    monkeypatch.setattr(client_views, "ask_view_name", lambda parent, title, text="": "Active by city")
    lst.view_selector.save_as()
    assert lst.view_selector.combo.currentText() == "Active by city"
    lst.apply_view(client_views.BUILTIN_VIEWS[0])  # All clients: filters and sort reset, columns kept
    wait_loaded(lst, qtbot)
    assert lst.filter_bar.filters().statuses == () and lst.working_view().sort == "name"
    lst.apply_view(lst.view_selector.find("user:Active by city"))
    wait_loaded(lst, qtbot)
    window.close()

    w2 = open_window(qtbot)
    try:
        l2 = w2.client_list
        assert l2.view_selector.combo.currentText() == "Active by city"
        assert l2.filter_bar.filters().statuses == ("ACTIVE",)
        assert l2.visible_columns() == ["name", "city", "status", "responsible"]
        hh = l2.view.horizontalHeader()
        assert hh.sortIndicatorSection() == column(l2, "city")
        assert hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        ids = [l2.model.row_id_at(r) for r in range(l2.model.rowCount())]
        expected = call_app(qtbot, lambda ctx: clients.list_clients_page(
            ctx, None, ListFilter(statuses=("ACTIVE",)), "city", True).rows)
        assert ids == [r.id for r in expected]

        # rename and delete
        monkeypatch.setattr(client_views, "ask_view_name", lambda parent, title, text="": "Active (city)")
        l2.view_selector.rename_current()
        assert [v.name for v in l2.view_selector.user_views] == ["Active (city)"]
        monkeypatch.setattr(client_views, "confirm", lambda *a, **k: True)
        assert l2.view_selector.delete_current()
        assert l2.view_selector.user_views == []
        assert l2.view_selector.combo.currentText().startswith("All clients")
    finally:
        w2.close()


def test_builtin_views(lst, qtbot, extra):
    from ui.lists.client_views import BUILTIN_VIEWS

    names = [lst.view_selector.combo.itemText(i) for i in range(lst.view_selector.combo.count())]
    assert names[:4] == ["All clients", "My clients", "Sleeping 60 days", "No next step"]
    combo = lst.view_selector.combo
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    wait_loaded(lst, qtbot)
    assert shown_ids(lst) == [extra.client_id] and lst.filter_bar.my_check.isChecked()
    lst.apply_view(BUILTIN_VIEWS[2])
    wait_loaded(lst, qtbot)
    f = lst.filter_bar.filters()
    assert f.sleeping and f.sleeping_days == 60 and lst.working_view().sort == "last_contact_at"
    assert lst.filter_bar.sleeping_check.isChecked() and not lst.filter_bar.my_check.isChecked()


# --- keys ------------------------------------------------------------------------------------


def test_ins_requests_a_new_client(qapp, qtbot, kartoteka_home):
    """Standalone (in the main window a "New client" action may own Ins and do the same)."""
    from ui.lists.client_list import ClientListWidget

    w = ClientListWidget()
    qtbot.addWidget(w)
    for target in (w.view, w.search_box):
        with qtbot.waitSignal(w.client_list_did_request_new_client, timeout=2000):
            qtbot.keyClick(target, Qt.Key.Key_Insert)


def test_enter_activates(lst, qtbot):
    view = lst.view
    view.setFocus()
    view.setCurrentIndex(lst.model.index(2, 0))
    with qtbot.waitSignal(lst.client_list_did_activate_client, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [lst.model.row_id_at(2)]


def test_del_archives_after_asking_and_the_row_goes(lst, qtbot, monkeypatch):
    from ui.lists import client_list

    asked: list[str] = []
    answer = [False]

    def confirm(parent, title, text, default_yes=True):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(client_list, "confirm", confirm)
    view = lst.view
    view.setFocus()
    view.setCurrentIndex(lst.model.index(4, 0))
    cid, name = lst.model.row_id_at(4), lst.model.row_at(4).name
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # answered No: nothing happens
    assert name in asked[0] and "Shift+Del" in asked[0]
    qtbot.wait(100)
    assert cid in shown_ids(lst)

    answer[0] = True
    with qtbot.waitSignal(lst.client_list_did_change_clients, timeout=10000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert blocker.args[0].touches("client", cid)
    assert cid not in shown_ids(lst)
    assert lst.current_client_id() == lst.model.row_id_at(4)  # the next client is current
    page = call_app(qtbot, lambda ctx: clients.list_clients_page(ctx).rows)
    assert cid not in [r.id for r in page]
    card = call_app(qtbot, clients.load_client_card, cid)  # archived, not deleted
    assert card.draft.id == cid


def test_shift_del_deletes_for_good_after_asking(lst, qtbot, monkeypatch, extra, recorder):
    from ui.lists import client_list

    asked: list[str] = []
    monkeypatch.setattr(client_list, "confirm", lambda parent, title, text, default_yes=True: asked.append(text) or True)
    box = lst.search_box
    qtbot.keyClicks(box, NAME)  # deleting works on search results too
    qtbot.waitUntil(lambda: box.query == NAME and not lst.model.is_loading, timeout=10000)
    assert shown_ids(lst) == [extra.client_id]
    qtbot.keyClick(box, Qt.Key.Key_Down)  # from the box into the results
    assert lst.current_client_id() == extra.client_id
    with qtbot.waitSignal(lst.client_list_did_change_clients, timeout=10000):
        qtbot.keyClick(lst.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert NAME in asked[0] and "cannot be undone" in asked[0]
    assert shown_ids(lst) == [] and recorder.errors == []
    with pytest.raises(UserError):
        call_app(qtbot, clients.load_client_card, extra.client_id)


def test_ctrl_f_focuses_the_search_box(window, lst, qtbot):
    window.activateWindow()
    lst.view.setFocus()
    lst.focus_search()
    assert lst.search_box.hasFocus() or window.focusWidget() is lst.search_box
    shortcut_keys = lst._find_shortcut.key().toString()
    assert shortcut_keys == "Ctrl+F"


# --- changes from elsewhere ------------------------------------------------------------------


def test_on_changes_reloads_in_place_keeping_selection_and_scroll(lst, qtbot, extra):
    model, view = lst.model, lst.view
    ids = load_all(lst, qtbot)
    assert len(ids) > 400
    view.setCurrentIndex(model.index(300, 0))
    view.scrollTo(model.index(300, 0))
    cid, scroll = lst.current_client_id(), view.verticalScrollBar().value()
    assert scroll > 0
    other = ids[10]
    call_app(qtbot, clients.archive_by_id, other)  # "someone else" archived a client
    replaced: list[int] = []
    model.row_table_did_replace_rows.connect(lambda: replaced.append(model.rowCount()))
    lst.on_changes(Changes.of(CLIENT, other))
    assert model.rowCount() == len(ids)  # nothing blanked while the rows are on their way
    qtbot.waitUntil(lambda: bool(replaced) and not model.is_loading, timeout=20000)
    assert other not in shown_ids(lst)
    assert model.rowCount() >= len(ids) - 1
    assert lst.current_client_id() == cid
    qtbot.waitUntil(lambda: abs(view.verticalScrollBar().value() - scroll) <= view.verticalHeader().defaultSectionSize())
    lst.on_changes(Changes.of("ref"))  # tags/fields changed: choices again, then rows
    qtbot.waitUntil(lambda: not model.is_loading and model.rowCount() > 0, timeout=20000)


def test_keys_follow_the_servers_grants(lst, qtbot, monkeypatch, recorder):
    """A read-only login: Del, Shift+Del and Ins say why instead of asking the server to refuse."""
    from app.security import MyRights

    from ui.lists import client_list

    asked: list[str] = []
    monkeypatch.setattr(client_list, "confirm", lambda *a, **k: asked.append("asked") or True)
    wait_loaded(lst, qtbot)
    lst.set_rights(MyRights("CRM_READONLY", {"V_CLIENTS": frozenset({"SELECT"})}))
    view = lst.view
    view.setFocus()
    view.setCurrentIndex(lst.model.index(0, 0))
    with qtbot.assertNotEmitted(lst.client_list_did_request_new_client):
        qtbot.keyClick(lst, Qt.Key.Key_Insert)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert asked == []
    assert [type(e).__name__ for e in recorder.errors] == ["NotAllowed"] * 3, [str(e) for e in recorder.errors]
    assert "archives them instead" in str(recorder.errors[2])

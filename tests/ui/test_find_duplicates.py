"""Client > Find duplicates… and the merge dialog, driven offscreen on the demo database (issue #11):
scan with progress, the group tree, Merge… with a value chosen in the table, Not duplicates, and
Cancel. Both screens are saved as PNG (tests/ui/screens/ when KARTOTEKA_SCREENS is set, else tmp)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app import clients, dedupe, merge
from app.clients import ClientDraft, EmailItem, PhoneItem
from tests.ui.helpers import call_app, open_db


def _screens(tmp_path: Path) -> Path:
    out = Path(os.environ.get("KARTOTEKA_SCREENS", tmp_path))
    out.mkdir(parents=True, exist_ok=True)
    return out


def _scan(dlg, qtbot):
    dlg.scan_button.click()
    qtbot.waitUntil(lambda: dlg.scan_button.isEnabled(), timeout=60000)


def _top_for(dlg, client_id):
    for i in range(dlg.tree.topLevelItemCount()):
        top = dlg.tree.topLevelItem(i)
        if client_id in top.data(0, 0x0100).ids:
            return top
    return None


def test_finder_merges_a_group_and_dismisses_another(gui, demo_db, recorder, qtbot, tmp_path):
    from ui.dialogs.find_duplicates import FindDuplicatesDialog
    from ui.dialogs.merge_clients import MergeClientsDialog

    open_db(qtbot, demo_db)
    a = call_app(qtbot, clients.save_client, ClientDraft(name="ООО «Зюзюка»", inn="7707083893", city="Москва",
                                                        phones=[PhoneItem("+7 (3952) 91-82-73")])).id
    b = call_app(qtbot, clients.save_client, ClientDraft(name="Zyuzyuka LLC", website="zyuzyuka.ru",
                                                        phones=[PhoneItem("8 3952 918273")])).id
    c = call_app(qtbot, clients.save_client, ClientDraft(name="Кукумбер", emails=[EmailItem("info@kukumber.ru")])).id
    d = call_app(qtbot, clients.save_client, ClientDraft(name="Кукумбер-Юг", emails=[EmailItem("INFO@kukumber.ru")])).id

    dlg = FindDuplicatesDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    seen = []
    dlg._bridge.progressed.connect(lambda done, total: seen.append((done, total)))
    _scan(dlg, qtbot)
    assert recorder.errors == []
    assert seen and seen[-1] == (5, 5) and dlg.progress.value() == 5
    top = _top_for(dlg, a)
    assert top is not None and top.childCount() == 2
    assert top.text(1) == "97" and top.text(2) == "same phone, similar name"  # 95 + 2 (phone + name)
    assert "group(s)" in dlg.status.text()
    dlg.tree.setCurrentItem(top)
    dlg.grab().save(str(_screens(tmp_path) / "find_duplicates.png"))

    # Merge… opens the merge dialog for the group, b's website is taken, a survives
    done = []
    dlg.find_duplicates_did_change.connect(done.append)
    dlg.merge_button.click()
    qtbot.waitUntil(lambda: any(isinstance(w, MergeClientsDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20000)
    mdlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MergeClientsDialog) and w.isVisible())
    assert mdlg.survivor_id() == a
    keys = [k for k, _l in mdlg.rows]
    assert "name" in keys and "website" in keys and "bank_bik" not in keys  # nobody has a BIK
    assert mdlg.buttons_by_key["name"][a].isChecked()
    assert mdlg.buttons_by_key["website"][b].isChecked()  # a has none: b's is the default
    mdlg.buttons_by_key["name"][b].setChecked(True)  # keep b's spelling of the name
    mdlg.grab().save(str(_screens(tmp_path) / "merge_clients.png"))
    mdlg.merge_button.click()
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert recorder.errors == []
    assert _top_for(dlg, a) is None  # the merged group left the tree
    card = call_app(qtbot, clients.load_client_card, b)
    assert card.draft.id == a and card.draft.name == "Zyuzyuka LLC" and card.draft.website == "zyuzyuka.ru"
    assert call_app(qtbot, merge.merge_history)[0].survivor_id == a

    # Not duplicates on a client row: the pair is stored, the group leaves the tree and the next scan
    top = _top_for(dlg, c)
    assert top is not None
    child = next(top.child(i) for i in range(top.childCount()) if top.child(i).data(0, 0x0101) == d)
    dlg.tree.setCurrentItem(child)
    assert dlg.ignore_pairs_for_current() == [(d, c)]
    dlg.ignore_button.click()
    qtbot.waitUntil(lambda: _top_for(dlg, c) is None, timeout=20000)
    _scan(dlg, qtbot)
    assert _top_for(dlg, c) is None and _top_for(dlg, a) is None
    groups = call_app(qtbot, dedupe.find_duplicate_groups)
    assert not [g for g in groups if c in g.ids]

    # Merge history tab: the merge is listed and undone; b opens as itself again
    dlg.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dlg.history_tree.topLevelItemCount() == 1, timeout=20000)
    row = dlg.history_tree.topLevelItem(0)
    assert row.text(2) == f"Zyuzyuka LLC (#{a})" and row.text(3) == f"Zyuzyuka LLC (#{b})" and row.text(5) == "merged"
    dlg.grab().save(str(_screens(tmp_path) / "merge_history.png"))
    assert dlg.undo_button.isEnabled()
    dlg.undo_button.click()
    qtbot.waitUntil(lambda: dlg.history_tree.topLevelItemCount() == 1
                    and dlg.history_tree.topLevelItem(0).text(5) == "undone", timeout=20000)
    assert not dlg.undo_button.isEnabled() and recorder.errors == []
    assert call_app(qtbot, clients.load_client_card, b).draft.id == b
    assert call_app(qtbot, clients.load_client_card, a).draft.name == "ООО «Зюзюка»"


def test_undo_after_the_kept_client_changed_says_why(gui, demo_db, recorder, qtbot):
    from ui.dialogs.find_duplicates import FindDuplicatesDialog

    open_db(qtbot, demo_db)
    a = call_app(qtbot, clients.save_client, ClientDraft(name="Квазар-Альфа")).id
    b = call_app(qtbot, clients.save_client, ClientDraft(name="Квазар Альфа")).id
    call_app(qtbot, merge.merge_by_default, a, [b])
    card = call_app(qtbot, clients.load_client_card, a)
    call_app(qtbot, clients.set_status, a, card.draft.version, "ACTIVE")
    dlg = FindDuplicatesDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dlg.history_tree.topLevelItemCount() == 1, timeout=20000)
    dlg.undo_button.click()
    qtbot.waitUntil(lambda: bool(recorder.errors), timeout=20000)
    assert "can no longer be undone" in str(recorder.errors[0])
    assert call_app(qtbot, clients.load_client_card, b).draft.id == a  # still merged


def test_cancel_stops_the_scan(gui, demo_db, recorder, qtbot):
    from ui.dialogs.find_duplicates import FindDuplicatesDialog

    open_db(qtbot, demo_db)
    dlg = FindDuplicatesDialog()
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.start_scan()
    assert dlg.cancel_button.isEnabled() and not dlg.scan_button.isEnabled()
    dlg.on_cancel_clicked()  # the scan checks the flag before its first read
    qtbot.waitUntil(lambda: dlg.scan_button.isEnabled(), timeout=60000)
    assert recorder.errors == []  # a cancel is not an error box
    assert dlg.status.text() == "The search for duplicates was cancelled."
    assert dlg.tree.topLevelItemCount() == 0 and not dlg.cancel_button.isEnabled()


def test_client_menu_opens_the_finder(main_window, qtbot):
    from ui.dialogs.find_duplicates import FindDuplicatesDialog

    act = main_window.action_by_id["client.find_duplicates"]
    assert act.isEnabled()
    act.trigger()
    dlg = main_window.duplicates_window
    assert isinstance(dlg, FindDuplicatesDialog) and dlg.isVisible()
    act.trigger()
    assert main_window.duplicates_window is dlg  # one window, raised again


def test_opening_a_merged_client_opens_the_kept_one(main_window, qtbot):
    a = call_app(qtbot, clients.save_client, ClientDraft(name="Пульсар Один")).id
    b = call_app(qtbot, clients.save_client, ClientDraft(name="Пульсар-Один")).id
    call_app(qtbot, merge.merge_by_default, a, [b])
    card = main_window.cards.open_client(b)  # e.g. a link kept from before the merge
    qtbot.waitUntil(lambda: card.loaded, timeout=20000)
    assert card.client_id == a and card.ui.nameEdit.text() == "Пульсар Один"
    card.close()

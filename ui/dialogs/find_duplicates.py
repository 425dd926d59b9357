"""Client > Find duplicates… (issue #11): groups of probable duplicates, merge or dismiss them.
Layer: ``ui``.

The scan (:func:`app.dedupe.find_duplicate_groups`) runs on the report lane (its own attachment,
so saves and lists are not held up) with a progress bar and Cancel. Groups are shown in a tree —
a group row with its score and reasons, a row per client under it — best first. On a group (or
one of its clients):
* **Merge…** (Ctrl+M) opens :class:`ui.dialogs.merge_clients.MergeClientsDialog` for the group;
  a merged group leaves the tree;
* **Not duplicates** (Ctrl+D) stores the pairs so the next scan leaves them out: on a client row,
  that client against the rest of its group; on a group row, every pair of the group;
* Enter / double-click opens the client's card.

The second tab, **Merge history**, lists the merges this login may see (newest first) with
**Undo merge**, which :func:`app.merge.undo_merge` allows while the kept client is unchanged
since the merge (otherwise the message says who changed it and when).
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import dedupe, merge
from app.dedupe import DupGroup

from ui import errors, ops
from ui.dialogs.merge_clients import open_merge_dialog

_GROUP_ROLE = Qt.ItemDataRole.UserRole
_CLIENT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Progress(QObject):
    """Carries the worker's progress calls to the GUI thread (queued signal)."""

    progressed = Signal(int, int)


class FindDuplicatesDialog(QDialog):
    """The duplicate finder window (non-modal)."""

    find_duplicates_did_request_client = Signal(int)
    find_duplicates_did_change = Signal(object)  #: app.changes.Changes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindDuplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.groups: list[DupGroup] = []
        self._cancel: threading.Event | None = None
        self._bridge = _Progress(self)
        self._bridge.progressed.connect(self._on_progress)

        self.scan_button = QPushButton(self.tr("&Scan"), self)
        self.scan_button.setObjectName("scanButton")
        self.scan_button.setShortcut(QKeySequence("F5"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 5)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Press Scan to look for clients with the same INN, phone, e-mail or a similar name."),
                             self)
        self.status.setObjectName("statusLabel")
        top = QHBoxLayout()
        top.addWidget(self.scan_button)
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("groupsTree")
        self.tree.setColumnCount(8)
        self.tree.setHeaderLabels([self.tr("Client"), self.tr("Score"), self.tr("Reasons"), self.tr("City"),
                                   self.tr("INN"), self.tr("Phone"), self.tr("E-mail"), self.tr("Responsible")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().resizeSection(0, 280)
        self.tree.header().resizeSection(1, 50)
        self.tree.header().resizeSection(2, 200)

        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setShortcut(QKeySequence("Ctrl+M"))
        self.ignore_button = QPushButton(self.tr("&Not duplicates"), self)
        self.ignore_button.setObjectName("ignoreButton")
        self.ignore_button.setShortcut(QKeySequence("Ctrl+D"))
        self.open_button = QPushButton(self.tr("&Open card"), self)
        self.open_button.setObjectName("openButton")
        self.close_button = QPushButton(self.tr("Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.merge_button)
        bottom.addWidget(self.ignore_button)
        bottom.addWidget(self.open_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        finder = QWidget(self)
        layout = QVBoxLayout(finder)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        history = QWidget(self)
        self.history_tree = QTreeWidget(history)
        self.history_tree.setObjectName("historyTree")
        self.history_tree.setRootIsDecorated(False)
        self.history_tree.setHeaderLabels([self.tr("Merged at"), self.tr("By"), self.tr("Kept client"),
                                           self.tr("Merged clients"), self.tr("Rows moved"), self.tr("State")])
        self.history_tree.header().resizeSection(0, 140)
        self.history_tree.header().resizeSection(2, 240)
        self.history_tree.header().resizeSection(3, 360)
        self.undo_button = QPushButton(self.tr("&Undo merge"), history)
        self.undo_button.setObjectName("undoButton")
        self.reload_history_button = QPushButton(self.tr("&Reload"), history)
        hb = QHBoxLayout()
        hb.addWidget(self.undo_button)
        hb.addWidget(self.reload_history_button)
        hb.addStretch(1)
        hl = QVBoxLayout(history)
        hl.addWidget(self.history_tree, 1)
        hl.addLayout(hb)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(finder, self.tr("&Duplicates"))
        self.tabs.addTab(history, self.tr("Merge &history"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda i: self.load_history() if i == 1 else None)
        self.undo_button.clicked.connect(self.on_undo_clicked)
        self.reload_history_button.clicked.connect(self.load_history)
        self.history_tree.currentItemChanged.connect(lambda *_: self._update_undo())
        self._update_undo()

        self.scan_button.clicked.connect(self.start_scan)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.merge_button.clicked.connect(self.on_merge_clicked)
        self.ignore_button.clicked.connect(self.on_ignore_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.close_button.clicked.connect(self.close)
        self.tree.itemActivated.connect(lambda *_: self.on_open_clicked())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence("Return"), self.tree, self.on_open_clicked,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self._update_buttons()
        self.resize(1100, 640)

    # --- scanning ------------------------------------------------------------------------------
    def start_scan(self) -> None:
        if self._cancel is not None:
            return
        self._cancel = threading.Event()
        cancel = self._cancel
        self.scan_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Looking for duplicates…"))
        bridge = self._bridge

        def scan(ctx):  # on the report worker: progress goes back through a queued signal
            return dedupe.find_duplicate_groups(ctx, progress=lambda d, t: bridge.progressed.emit(d, t),
                                                cancelled=cancel.is_set)

        ops.run_report_op(self, scan, on_done=self._on_scanned, on_error=self._on_failed, cancel=cancel)

    def on_cancel_clicked(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _scan_finished(self) -> None:
        self._cancel = None
        self.scan_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_scanned(self, groups: list[DupGroup]) -> None:
        self._scan_finished()
        self.progress.setValue(self.progress.maximum())
        self.set_groups(groups)

    def _on_failed(self, error) -> None:
        self._scan_finished()
        self.progress.setValue(0)
        if isinstance(error, dedupe.Cancelled):
            self.status.setText(str(error))
            return
        self.status.setText(str(error))
        errors.show_error(self, error, self.tr("Find duplicates"))

    # --- the tree ------------------------------------------------------------------------------
    def set_groups(self, groups: list[DupGroup]) -> None:
        self.groups = list(groups)
        self.tree.clear()
        for g in self.groups:
            self._add_group(g)
        self._show_count()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def _show_count(self) -> None:
        n = self.tree.topLevelItemCount()
        self.status.setText(self.tr("%n group(s) of possible duplicates.", "", n) if n
                            else self.tr("No possible duplicates found."))

    def _add_group(self, g: DupGroup) -> None:
        first = g.clients[0].name if g.clients else ""
        top = QTreeWidgetItem([self.tr("%n client(s): {name}", "", len(g.ids)).format(name=first), str(g.score),
                               g.reason_text()])
        top.setData(0, _GROUP_ROLE, g)
        top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        font = top.font(0)
        font.setBold(True)
        top.setFont(0, font)
        for c in g.clients:
            mine = sorted({r for p in g.pairs if c.id in (p.a, p.b) for r in p.reasons},
                          key=dedupe.REASON_ORDER.index)
            best = max((p.score for p in g.pairs if c.id in (p.a, p.b)), default=g.score)
            child = QTreeWidgetItem([f"{c.name} (#{c.id})", str(best),
                                     ", ".join(dedupe.translate("app.dedupe", dedupe.REASON_LABELS[r]) for r in mine),
                                     c.city or "", c.inn or "", c.phone or "", c.email or "", c.responsible or ""])
            child.setData(0, _CLIENT_ROLE, c.id)
            child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            top.addChild(child)
        self.tree.addTopLevelItem(top)
        top.setExpanded(True)

    def _current(self) -> tuple[QTreeWidgetItem | None, DupGroup | None, int | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None, None
        if item.parent() is None:
            return item, item.data(0, _GROUP_ROLE), None
        return item.parent(), item.parent().data(0, _GROUP_ROLE), item.data(0, _CLIENT_ROLE)

    def _update_buttons(self) -> None:
        _top, g, cid = self._current()
        self.merge_button.setEnabled(g is not None)
        self.ignore_button.setEnabled(g is not None)
        self.open_button.setEnabled(cid is not None or g is not None)

    def _remove_group(self, top: QTreeWidgetItem) -> None:
        g = top.data(0, _GROUP_ROLE)
        self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(top))
        self.groups = [x for x in self.groups if x is not g]
        self._show_count()
        self._update_buttons()

    # --- actions -------------------------------------------------------------------------------
    def on_merge_clicked(self) -> None:
        top, g, cid = self._current()
        if g is None:
            return

        def merged(done) -> None:
            if top is not None and self.tree.indexOfTopLevelItem(top) >= 0:
                self._remove_group(top)
            self.find_duplicates_did_change.emit(done.changes)

        open_merge_dialog(self, list(g.ids), merged, survivor_id=cid)

    def ignore_pairs_for_current(self) -> list[tuple[int, int]]:
        """The pairs "Not duplicates" marks for the current row (see the module docstring)."""
        _top, g, cid = self._current()
        if g is None:
            return []
        if cid is not None:
            return [(cid, other) for other in g.ids if other != cid]
        return [(a, b) for i, a in enumerate(g.ids) for b in g.ids[i + 1:]]

    def on_ignore_clicked(self) -> None:
        top, g, cid = self._current()
        pairs = self.ignore_pairs_for_current()
        if not pairs:
            return

        def done(_changes) -> None:
            if top is None or self.tree.indexOfTopLevelItem(top) < 0:
                return
            if cid is None or top.childCount() <= 2:
                self._remove_group(top)
                return
            for i in range(top.childCount()):
                if top.child(i).data(0, _CLIENT_ROLE) == cid:
                    top.takeChild(i)
                    break
            self._update_buttons()

        ops.run_op(self, dedupe.ignore_pairs, pairs, on_done=done)

    def on_open_clicked(self) -> None:
        _top, g, cid = self._current()
        if cid is None and g is not None:
            cid = g.ids[0]
        if cid is not None:
            self.find_duplicates_did_request_client.emit(cid)

    # --- merge history -------------------------------------------------------------------------
    def load_history(self) -> None:
        ops.run_op(self, merge.merge_history, on_done=self.set_history)

    def set_history(self, items: list) -> None:
        self.history_tree.clear()
        states = {"DONE": self.tr("merged"), "UNDONE": self.tr("undone")}
        for m in items:
            row = QTreeWidgetItem([m.merged_at.strftime("%d.%m.%Y %H:%M") if m.merged_at else "", m.merged_by or "",
                                   f"{m.survivor_name or ''} (#{m.survivor_id})",
                                   "; ".join(f"{n} (#{i})" for i, n in zip(m.merged_ids, m.merged_names, strict=True)),
                                   str(m.moved_rows), states.get(m.state, m.state)])
            row.setData(0, _GROUP_ROLE, m)
            self.history_tree.addTopLevelItem(row)
        if self.history_tree.topLevelItemCount():
            self.history_tree.setCurrentItem(self.history_tree.topLevelItem(0))
        self._update_undo()

    def _update_undo(self) -> None:
        item = self.history_tree.currentItem()
        m = item.data(0, _GROUP_ROLE) if item is not None else None
        self.undo_button.setEnabled(m is not None and m.state == "DONE")

    def on_undo_clicked(self) -> None:
        item = self.history_tree.currentItem()
        m = item.data(0, _GROUP_ROLE) if item is not None else None
        if m is None or m.state != "DONE":
            return

        def done(changes) -> None:
            self.find_duplicates_did_change.emit(changes)
            self.load_history()

        ops.run_op(self, merge.undo_merge, m.id, on_done=done, progress_text=self.tr("Undoing the merge…"))

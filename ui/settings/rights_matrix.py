"""Administration > Rights: the rights matrix editor (roles × kinds of record × actions). Layer: ``ui``.

One role at a time (the tabs): a row per kind of record (clients, interactions, deals, tasks,
files) and per report category, a check box per action. Report rows have view, export and print
only. *Save* hands the whole matrix to :func:`app.security.save_rights`, which stores it and
re-grants the database views; Firebird reads a role's rights at attach, so the note says the
changes take effect at each user's next login. *Reset to Defaults* puts
:func:`app.security.default_matrix` into the editor (saved only with *Save*).

The editor enforces nothing the server does not: the one rule it mirrors (administrators keep
viewing and editing clients) is shown as a locked, checked box so nobody can lock everybody out.
"""
from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import security
from app.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP
from app.security import RightsRow

from ui import errors, ops

AnyIndex = QModelIndex | QPersistentModelIndex

#: (RightsRow attribute, column title) in column order
ACTIONS: tuple[tuple[str, str], ...] = (
    ("view", QT_TRANSLATE_NOOP("RightsModel", "View")),
    ("create", QT_TRANSLATE_NOOP("RightsModel", "Create")),
    ("edit", QT_TRANSLATE_NOOP("RightsModel", "Edit")),
    ("delete", QT_TRANSLATE_NOOP("RightsModel", "Delete")),
    ("export", QT_TRANSLATE_NOOP("RightsModel", "Export")),
    ("print", QT_TRANSLATE_NOOP("RightsModel", "Print")),
)
#: what a report row can grant (a report is read, exported or printed, never written)
REPORT_ACTIONS = frozenset({"view", "export", "print"})
#: report categories of shared/REPORTS.md; the report registry does not name them yet, so the
#: editor does (move them to the registry when it arrives)
REPORT_TITLES = {
    "A": QT_TRANSLATE_NOOP("RightsModel", "Reports A: client base"),
    "B": QT_TRANSLATE_NOOP("RightsModel", "Reports B: dates and occasions"),
    "C": QT_TRANSLATE_NOOP("RightsModel", "Reports C: activity and interactions"),
    "D": QT_TRANSLATE_NOOP("RightsModel", "Reports D: funnel and deals"),
    "E": QT_TRANSLATE_NOOP("RightsModel", "Reports E: sales and money"),
    "F": QT_TRANSLATE_NOOP("RightsModel", "Reports F: plan, fact and KPI"),
    "G": QT_TRANSLATE_NOOP("RightsModel", "Reports G: products and price"),
    "H": QT_TRANSLATE_NOOP("RightsModel", "Reports H: printable documents"),
    "I": QT_TRANSLATE_NOOP("RightsModel", "Reports I: data quality"),
    "J": QT_TRANSLATE_NOOP("RightsModel", "Reports J: security and audit"),
    "K": QT_TRANSLATE_NOOP("RightsModel", "Reports K: management summaries"),
}
#: (role, entity, action) the server refuses to take away (app.security.save_rights)
LOCKED = frozenset({("CRM_ADMIN", "CLIENT", "view"), ("CRM_ADMIN", "CLIENT", "edit")})


def entity_title(entity: str) -> str:
    """Readable, translated name of a matrix row (``CLIENT``, ``REPORT:A``, …)."""
    if entity.startswith("REPORT:"):
        title = REPORT_TITLES.get(entity[7:])
        return QCoreApplication.translate("RightsModel", title) if title else entity
    title = security.ENTITY_TITLES.get(entity)
    return QCoreApplication.translate("app.security", title) if title else entity


def applies(entity: str, action: str) -> bool:
    """Whether ``action`` means anything for ``entity`` (reports: view/export/print only)."""
    return not entity.startswith("REPORT:") or action in REPORT_ACTIONS


class RightsModel(QAbstractTableModel):
    """The matrix of one role at a time, over a private copy of every role's rows.

    :meth:`set_rows` replaces everything (after loading or "reset to defaults"), :meth:`set_role`
    switches the role shown, :meth:`rows` returns the whole matrix for saving. A user's click
    changes one cell and emits ``rights_model_did_change``.
    """

    rights_model_did_change = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RightsRow] = []
        self._role = security.ROLES[0]
        self._shown: list[RightsRow] = []

    @property
    def role(self) -> str:
        return self._role

    def set_rows(self, rows: list[RightsRow]) -> None:
        self.beginResetModel()
        self._rows = [copy.copy(r) for r in rows]
        self._shown = [r for r in self._rows if r.role == self._role]
        self.endResetModel()

    def set_role(self, role: str) -> None:
        self.beginResetModel()
        self._role = role
        self._shown = [r for r in self._rows if r.role == role]
        self.endResetModel()

    def rows(self) -> list[RightsRow]:
        """Every role's rows as edited (copies: the caller may hand them to another thread)."""
        return [replace(r) for r in self._rows]

    def row_of(self, entity: str) -> int:
        return next((i for i, r in enumerate(self._shown) if r.entity == entity), -1)

    def is_checked(self, role: str, entity: str, action: str) -> bool:
        return any(getattr(r, action) for r in self._rows if r.role == role and r.entity == entity)

    # --- Qt model interface ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ACTIONS)

    def _cell(self, index: AnyIndex) -> tuple[RightsRow, str] | None:
        if not index.isValid() or not (0 <= index.row() < len(self._shown)) or not (0 <= index.column() < len(ACTIONS)):
            return None
        return self._shown[index.row()], ACTIONS[index.column()][0]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        cell = self._cell(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        if not applies(cell[0].entity, cell[1]):
            return Qt.ItemFlag.ItemNeverHasChildren
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren
        if (cell[0].role, cell[0].entity, cell[1]) not in LOCKED:
            flags |= Qt.ItemFlag.ItemIsEnabled
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self._cell(index)
        if cell is None:
            return None
        row, action = cell
        if not applies(row.entity, action):
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            return "—" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if getattr(row, action) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and (row.role, row.entity, action) in LOCKED:
            return self.tr("Administrators always view and edit clients.")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self._cell(index)
        if (cell is None or role != Qt.ItemDataRole.CheckStateRole
                or not (self.flags(index) & Qt.ItemFlag.ItemIsEnabled)
                or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable)):
            return False
        row, action = cell
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if getattr(row, action) == checked:
            return True
        setattr(row, action, checked)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.rights_model_did_change.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(ACTIONS[section][1]) if 0 <= section < len(ACTIONS) else None
        return entity_title(self._shown[section].entity) if 0 <= section < len(self._shown) else None


class _CenteredCheckDelegate(QStyledItemDelegate):
    """Check boxes in the middle of their cells (the default delegate puts them at the left edge,
    far from the column title). Mouse release on the box, Space and Select toggle it."""

    @staticmethod
    def _style(option: QStyleOptionViewItem) -> QStyle:
        return option.widget.style() if option.widget is not None else QApplication.style()

    def _check_rect(self, option: QStyleOptionViewItem) -> QRect:
        opt = QStyleOptionViewItem(option)
        opt.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        rect = self._style(option).subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, option.widget)
        rect.moveCenter(option.rect.center())
        return rect

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = self._style(option)
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        check = QStyleOptionViewItem(opt)
        check.rect = self._check_rect(option)
        check.state &= ~QStyle.StateFlag.State_HasFocus
        on = Qt.CheckState(state) == Qt.CheckState.Checked
        check.state |= QStyle.StateFlag.State_On if on else QStyle.StateFlag.State_Off
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, check, painter, option.widget)

    def editorEvent(self, event: QEvent, model: QAbstractItemModel, option: QStyleOptionViewItem,
                    index: AnyIndex) -> bool:
        flags = model.flags(index)
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        etype = event.type()
        if etype in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return self._check_rect(option).contains(event.position().toPoint())  # type: ignore[attr-defined]
        if etype == QEvent.Type.MouseButtonRelease:
            if (event.button() != Qt.MouseButton.LeftButton  # type: ignore[attr-defined]
                    or not self._check_rect(option).contains(event.position().toPoint())):  # type: ignore[attr-defined]
                return False
        elif etype == QEvent.Type.KeyPress:
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):  # type: ignore[attr-defined]
                return False
        else:
            return False
        checked = Qt.CheckState(index.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)


class RightsMatrixDialog(QDialog):
    """Edit and save the rights matrix (see the module docstring). Loads on construction."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rights"))
        self.dirty = False
        self.busy = False

        intro = QLabel(self.tr("What each role may do with each kind of record and which report categories it "
                               "may use. Export, print and reports are honoured by Kartoteka and written to the "
                               "audit trail; everything else is enforced by the database server."), self)
        intro.setWordWrap(True)
        self.role_tabs = QTabBar(self)
        self.role_tabs.setObjectName("roleTabs")
        self.role_tabs.setExpanding(False)
        self.role_tabs.setDocumentMode(True)
        for code in security.ROLES:
            self.role_tabs.addTab(QCoreApplication.translate("app.security", security.ROLE_TITLES[code]))
        self.model = RightsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("rightsView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_CenteredCheckDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        vh = self.view.verticalHeader()
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.note = QLabel(self.tr("Saved changes take effect at each user's next login."), self)
        self.note.setObjectName("noteLabel")
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("statusLabel")
        self.status.setWordWrap(True)
        self.defaults_button = QPushButton(self.tr("Reset to &Defaults"), self)
        self.defaults_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        bottom = QHBoxLayout()
        bottom.addWidget(self.defaults_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.role_tabs)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self.role_tabs.currentChanged.connect(self.on_role_changed)
        self.model.rights_model_did_change.connect(self._on_edited)
        self.defaults_button.clicked.connect(self.on_defaults_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.resize(780, 560)
        self._set_dirty(False)
        self.load()

    # --- loading and saving ------------------------------------------------------------------
    def load(self) -> None:
        """Read the stored matrix (replaces any unsaved edits)."""
        self._set_busy(True, self.tr("Loading…"))
        ops.run_op(self, security.rights_matrix, on_done=self._on_loaded, on_error=self._on_failed)

    def _on_loaded(self, rows: list[RightsRow]) -> None:
        self.model.set_rows(rows)
        self._fit_header()
        self._set_dirty(False)
        self._set_busy(False, "")

    def on_save_clicked(self) -> None:
        if self.busy:
            return
        self._set_busy(True, self.tr("Saving the rights…"))
        ops.run_op(self, security.save_rights, self.model.rows(), on_done=self._on_saved,
                   on_error=self._on_failed, progress_text=self.tr("Saving the rights…"))

    def _on_saved(self, _changes: Any) -> None:
        self._set_dirty(False)
        self._set_busy(False, self.tr("Saved. Users get the new rights at their next login."))
        self.load_after_save()

    def load_after_save(self) -> None:
        """Show what the server stored (the same matrix, unless someone else saved meanwhile)."""
        ops.run_op(self, security.rights_matrix, on_done=self._on_reloaded, on_error=self._on_failed)

    def _on_reloaded(self, rows: list[RightsRow]) -> None:
        if not self.dirty:
            self.model.set_rows(rows)

    def _on_failed(self, error: UserError) -> None:
        self._set_busy(False, "")
        errors.show_error(self, error)  # edits stay in the editor: fix and save again

    def on_defaults_clicked(self) -> None:
        self.model.set_rows(security.default_matrix())
        self._set_dirty(True)
        self.status.setText(self.tr("The default rights are shown. Save to apply them."))

    # --- state -------------------------------------------------------------------------------
    def on_role_changed(self, index: int) -> None:
        if 0 <= index < len(security.ROLES):
            self.model.set_role(security.ROLES[index])

    def select_role(self, role: str) -> None:
        self.role_tabs.setCurrentIndex(security.ROLES.index(role))

    def _on_edited(self) -> None:
        self._set_dirty(True)
        self.status.setText("")

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.save_button.setEnabled(dirty and not self.busy)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.save_button.setEnabled(self.dirty and not busy)
        self.defaults_button.setEnabled(not busy)
        self.view.setEnabled(not busy)
        self.status.setText(text)

    def _fit_header(self) -> None:
        vh = self.view.verticalHeader()
        fm = vh.fontMetrics()
        widest = max((fm.horizontalAdvance(entity_title(r.entity)) for r in self.model.rows()), default=100)
        vh.setFixedWidth(widest + 24)
        # every row visible without scrolling (a fixed, short list)
        frame = 2 * self.view.frameWidth()
        self.view.setMinimumHeight(self.view.horizontalHeader().height() + vh.length() + frame)

    # --- closing -----------------------------------------------------------------------------
    def confirm_discard(self) -> bool:
        """Ask before throwing unsaved edits away (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Rights"), self.tr("The rights were changed but not saved. Close without saving?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.dirty and not self.confirm_discard():
            return
        super().reject()

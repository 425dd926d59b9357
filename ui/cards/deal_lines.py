"""The deal card's Products tab: lines from the price list with quantity, price, discount, amount.

Layer: ``ui``. The editor only collects input: amounts on screen are a preview computed with
:func:`app.deal_lines.line_amount` (the same function the save uses, so the total the user sees
is the one stored). Numbers are typed in the locale's form or with a dot; a cell that is not a
number is reported by :meth:`DealLinesEditor.invalid_cell` before a save is attempted.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.deal_lines import ProductChoice, line_amount
from app.deals import DealLineItem

COL_NAME, COL_QTY, COL_PRICE, COL_DISC, COL_AMOUNT = range(5)
_FIELD_COL = {"name": COL_NAME, "qty": COL_QTY, "price": COL_PRICE, "discount_pct": COL_DISC}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def parse_number(text: str, locale: QLocale | None = None) -> Decimal | None:
    """``"1 234,50"``, ``"1234.5"`` → Decimal; empty → None; raises ValueError for anything else."""
    t = (text or "").strip().replace("\u00a0", "").replace(" ", "")
    if not t:
        return None
    loc = locale or QLocale()
    t = t.replace(loc.groupSeparator(), "") if loc.groupSeparator() not in (".", ",") else t
    t = t.replace(",", ".")
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def format_number(value: Decimal | None, places: int, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale or QLocale()
    q = Decimal(value)
    if places == 3 and q == q.to_integral_value():
        places = 0  # "2", not "2.000"
    return loc.toString(float(q), "f", places)


class DealLinesEditor(QWidget):
    """Lines table with an "add product" picker, Del to remove, and the total under it."""

    #: the user changed a line (or added/removed one)
    lines_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = QLocale()
        self.products: list[ProductChoice] = []
        self.currency = "RUB"
        self._filling = False
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("linesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Qty"), self.tr("Price"),
                                              self.tr("Discount %"), self.tr("Amount")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.cellChanged.connect(self._on_cell_changed)
        self.product_combo = QComboBox(self)
        self.product_combo.setObjectName("productCombo")
        self.product_combo.setEditable(True)
        self.product_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.product_combo.lineEdit().setPlaceholderText(self.tr("Type to find a product"))
        self.add_button = QPushButton(self.tr("&Add line"), self)
        self.add_button.setObjectName("addLineButton")
        self.add_button.clicked.connect(self.add_chosen)
        self.product_combo.lineEdit().returnPressed.connect(self.add_chosen)
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_button.setObjectName("removeLineButton")
        self.remove_button.clicked.connect(self.remove_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAlignment(_RIGHT)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Product:"), self))
        top.addWidget(self.product_combo, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)

    # --- data in -----------------------------------------------------------------------------
    def set_products(self, products: list[ProductChoice]) -> None:
        self.products = products
        self.product_combo.clear()
        for p in products:
            price = f" — {format_number(p.price, 2, self.locale)}" if p.price is not None else ""
            self.product_combo.addItem(f"{p.name}{price}", p.id)
        self.product_combo.setCurrentIndex(-1)

    def fill(self, lines: list[DealLineItem], currency: str) -> None:
        self._filling = True
        try:
            self.currency = currency
            self.table.setRowCount(0)
            for ln in lines:
                self._append(ln)
        finally:
            self._filling = False
        self._update_total()

    def _append(self, ln: DealLineItem) -> int:
        row = self.table.rowCount()
        was = self._filling
        self._filling = True
        try:
            self.table.insertRow(row)
            name = QTableWidgetItem(ln.name)
            name.setData(Qt.ItemDataRole.UserRole, (ln.id, ln.product_id, ln.unit))
            self.table.setItem(row, COL_NAME, name)
            for col, value, places in ((COL_QTY, ln.qty, 3), (COL_PRICE, ln.price, 2), (COL_DISC, ln.discount_pct, 2)):
                item = QTableWidgetItem(format_number(value, places, self.locale))
                item.setTextAlignment(_RIGHT)
                self.table.setItem(row, col, item)
            amount = QTableWidgetItem()
            amount.setFlags(amount.flags() & ~Qt.ItemFlag.ItemIsEditable)
            amount.setTextAlignment(_RIGHT)
            self.table.setItem(row, COL_AMOUNT, amount)
        finally:
            self._filling = was
        self._update_row(row)
        return row

    # --- editing -----------------------------------------------------------------------------
    def add_product(self, product_id: int | None, qty: Decimal = Decimal(1)) -> int:
        """Add a line for a product of the price list (its current price); returns the row."""
        p = next((x for x in self.products if x.id == product_id), None)
        if p is None:
            return -1
        row = self._append(DealLineItem(p.name, qty=qty, price=p.price or Decimal(0), product_id=p.id, unit=p.unit))
        self.table.setCurrentCell(row, COL_QTY)
        self._changed()
        return row

    def add_chosen(self) -> None:
        idx = self.product_combo.currentIndex()
        text = self.product_combo.currentText().strip()
        if idx < 0 or self.product_combo.itemText(idx) != text:
            idx = self.product_combo.findText(text, Qt.MatchFlag.MatchContains)
        if idx >= 0:
            self.add_product(self.product_combo.itemData(idx))
        elif text:  # a free line: a service or product that is not in the price list
            row = self._append(DealLineItem(text, qty=Decimal(1), price=Decimal(0)))
            self.table.setCurrentCell(row, COL_PRICE)
            self._changed()
        self.product_combo.setCurrentIndex(-1)
        self.product_combo.clearEditText()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def _on_cell_changed(self, row: int, col: int) -> None:
        if self._filling or col == COL_AMOUNT:
            return
        self._update_row(row)
        self._changed()

    def _changed(self) -> None:
        self._update_total()
        self.lines_did_change.emit()

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def _update_row(self, row: int) -> None:
        item = self.table.item(row, COL_AMOUNT)
        if item is None:
            return
        try:
            qty = parse_number(self._cell(row, COL_QTY), self.locale)
            price = parse_number(self._cell(row, COL_PRICE), self.locale)
            disc = parse_number(self._cell(row, COL_DISC), self.locale)
            text = format_number(line_amount(qty or 0, price or 0, disc), 2, self.locale)
        except ValueError:
            text = "?"
        was = self._filling
        self._filling = True
        item.setText(text)
        self._filling = was

    def _update_total(self) -> None:
        total = self.total()
        self.total_label.setText(self.tr("Total: {amount} {currency}").format(
            amount=format_number(total, 2, self.locale) if total is not None else "?", currency=self.currency))

    # --- data out ----------------------------------------------------------------------------
    def invalid_cell(self) -> tuple[int, int, str] | None:
        """The first (row, column, text) that is not a number, else None."""
        for row in range(self.table.rowCount()):
            for col in (COL_QTY, COL_PRICE, COL_DISC):
                try:
                    parse_number(self._cell(row, col), self.locale)
                except ValueError:
                    return row, col, self._cell(row, col)
        return None

    def lines(self) -> list[DealLineItem]:
        """The lines as typed (unparseable numbers become None; app validation names the cell)."""
        out = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, COL_NAME)
            line_id, product_id, unit = (name.data(Qt.ItemDataRole.UserRole) if name is not None else None) or (
                None, None, None)

            qty, price, disc = (self._num(row, c) for c in (COL_QTY, COL_PRICE, COL_DISC))
            amount = line_amount(qty, price, disc) if qty is not None and price is not None else Decimal(0)
            out.append(DealLineItem(self._cell(row, COL_NAME), qty=qty, price=price, discount_pct=disc,
                                    product_id=product_id, amount=amount, unit=unit, id=line_id))
        return out

    def _num(self, row: int, col: int) -> Decimal | None:
        try:
            return parse_number(self._cell(row, col), self.locale)
        except ValueError:
            return None

    def total(self) -> Decimal | None:
        try:
            return sum((ln.amount for ln in self.lines()), Decimal(0)) if self.invalid_cell() is None else None
        except (TypeError, ValueError):
            return None

    def widget_for(self, path: str) -> QWidget:
        """Select the cell of ``lines[i].field`` and return the table (to mark)."""
        try:
            row = int(path.split("[", 1)[1].split("]", 1)[0])
            col = _FIELD_COL.get(path.rsplit(".", 1)[-1], COL_NAME)
            self.table.setCurrentCell(row, col)
        except (IndexError, ValueError):
            pass
        return self.table

"""The Windows-list look every table of Kartoteka shares (client list, card tables, admin lists):
whole rows, no in-place editing, zebra rows, one text line per row of a fixed height, Tab leaves
the table, no row numbers. One place, so all lists look and behave alike."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

#: pixels added to the font height for a row (the client list's density)
ROW_PADDING = 8


def style_list_view(view: QTableView, *, multi_select: bool = False) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi_select
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as in Windows lists
    view.setCornerButtonEnabled(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vh = view.verticalHeader()
    vh.setVisible(False)
    vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vh.setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
    view.horizontalHeader().setHighlightSections(False)

"""Editors for typed values, chosen by kind through one registry (Tryton's ``WIDGETS``). Layer: ``ui``.

Screens never build an editor per field by hand: custom fields (``FieldDef.kind`` TEXT, NUMBER,
DATE, LIST, BOOL) get theirs from :func:`create_editor`, and report parameters will register
their kinds (``period``, ``manager`` …) here too (STYLE.md 2.5 rule 4).

Every editor is a :class:`FieldEditor`: ``value()`` returns what the user entered in the form
``app`` accepts (``app.custom_fields`` coerces and validates: a half-typed number is passed on as
text and comes back as a ``ValidationError`` naming the field), ``set_value()`` shows a stored
value, and ``editor_did_change`` fires on every user edit. Editors do not validate business rules.

:class:`DateEdit` is also used on its own (birthdays, "founded on"): unlike ``QDateEdit`` it can
be empty, which most dates on a card are.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)


def date_format(locale: QLocale | None = None) -> str:
    """The display format of dates: the locale's short format with a 4-digit year; ISO in "C"."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # no LANG (servers, CI): "d M yy" would be ambiguous
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def parse_date(text: str, locale: QLocale | None = None) -> dt.date | None:
    """A date typed as ISO (2024-05-31), in the locale's format or as d.m.yyyy / d/m/yyyy.

    Returns None for empty text; raises ValueError for text that is not a date.
    """
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in (date_format(locale), "d.M.yyyy", "d/M/yyyy", "d.M.yy"):
        q = (locale or QLocale()).toDate(text, fmt)
        if q.isValid():
            year = q.year() + (2000 if q.year() < 100 else 0)
            return dt.date(year, q.month(), q.day())
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", text)
    if m:
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))  # ValueError if impossible
    raise ValueError(text)


class DateEdit(QWidget):
    """An optional date: a line edit (type it, or leave it empty) and a calendar button.

    ``date()`` is the date, None when empty; ``is_valid()`` is False while the text is not a date
    (the card then refuses to save and points here). Alt+Down or F4 opens the calendar.
    """

    date_did_change = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._format = date_format()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setPlaceholderText(self._format.upper())
        self.edit.setClearButtonEnabled(False)
        self.button = QToolButton(self)
        self.button.setObjectName("dateButton")
        self.button.setText("▾")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setToolTip(self.tr("Choose in the calendar (Alt+Down)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        # wide enough for the format and a few spare characters, never stretched across a form
        width = self.edit.fontMetrics().horizontalAdvance("2026-12-28") + 28
        self.edit.setMinimumWidth(width)
        self.setMaximumWidth(width + 60)
        self._popup: QCalendarWidget | None = None
        self.edit.textEdited.connect(lambda _t: self.date_did_change.emit())
        self.edit.editingFinished.connect(self._normalise)
        self.button.clicked.connect(self.show_calendar)
        self.edit.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt name)
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.show_calendar()
                return True
        return super().eventFilter(obj, event)

    def date(self) -> dt.date | None:
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_date(self.edit.text())
        except ValueError:
            return False
        return True

    def setDate(self, value: dt.date | None) -> None:  # noqa: N802 (QDateEdit's name)
        if value is None:
            self.edit.clear()
        else:
            self.edit.setText(QLocale().toString(QDate(value.year, value.month, value.day), self._format))

    def text(self) -> str:
        return self.edit.text()

    def _normalise(self) -> None:
        """Show a typed date in the display format (``1.2.2024`` → ``2024-02-01``)."""
        value = self.date()
        if value is not None:
            formatted = QLocale().toString(QDate(value.year, value.month, value.day), self._format)
            if formatted != self.edit.text():
                self.edit.setText(formatted)

    def show_calendar(self) -> None:
        if self._popup is None:
            cal = QCalendarWidget(self, Qt.WindowType.Popup)
            cal.setObjectName("datePopup")
            cal.setGridVisible(True)
            cal.activated.connect(self._picked)
            cal.clicked.connect(self._picked)
            self._popup = cal
        value = self.date() or dt.date.today()
        self._popup.setSelectedDate(QDate(value.year, value.month, value.day))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.setFocus()

    def _picked(self, q: QDate) -> None:
        self.setDate(dt.date(q.year(), q.month(), q.day()))
        self.date_did_change.emit()
        if self._popup is not None:
            self._popup.hide()
        self.edit.setFocus()


# ---------------------------------------------------------------------------------------------
# The registry


class FieldEditor(QWidget):
    """Base of registered editors: ``value()``, ``set_value()``, ``editor_did_change``."""

    editor_did_change = Signal()

    def __init__(self, choices: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = tuple(choices)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _use(self, inner: QWidget) -> None:
        self._layout.addWidget(inner)
        self.setFocusProxy(inner)
        self.inner = inner

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError


EditorFactory = Callable[[Sequence[str], "QWidget | None"], FieldEditor]
#: kind → editor class; :func:`register` adds to it
EDITORS: dict[str, EditorFactory] = {}


def register(kind: str) -> Callable[[type[FieldEditor]], type[FieldEditor]]:
    """Class decorator: ``@register("TEXT")`` makes the class the editor of that kind."""
    def deco(cls: type[FieldEditor]) -> type[FieldEditor]:
        EDITORS[kind] = cls
        return cls
    return deco


def create_editor(kind: str, choices: Sequence[str] = (), parent: QWidget | None = None) -> FieldEditor:
    """A new editor for ``kind``; an unknown kind gets a plain text editor (never a crash)."""
    return EDITORS.get(kind, EDITORS["TEXT"])(choices, parent)


@register("TEXT")
class TextEditor(FieldEditor):
    def __init__(self, choices: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        self._use(QLineEdit(self))
        self.inner.setMaxLength(1000)  # app.custom_fields refuses longer values
        self.inner.textEdited.connect(lambda _t: self.editor_did_change.emit())

    def value(self) -> str | None:
        return self.inner.text().strip() or None

    def set_value(self, value: object) -> None:
        self.inner.setText("" if value is None else str(value))


@register("NUMBER")
class NumberEditor(TextEditor):
    """Free text, right-aligned: ``1 234,50`` is accepted by app (spaces and a decimal comma)."""

    def __init__(self, choices: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        self.inner.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.inner.setMaximumWidth(self.inner.fontMetrics().horizontalAdvance("0" * 22))

    def set_value(self, value: object) -> None:
        if isinstance(value, Decimal):
            value = format(value.normalize(), "f") if value == value.to_integral() else str(value)
        super().set_value(value)


@register("DATE")
class DateEditor(FieldEditor):
    """A :class:`DateEdit`; text that is not a date is passed on as text (app names the field)."""

    def __init__(self, choices: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        self._use(DateEdit(self))
        self.inner.date_did_change.connect(self.editor_did_change)
        self._layout.addStretch(1)

    def value(self) -> object:
        if not self.inner.is_valid():
            return self.inner.text()
        return self.inner.date()

    def set_value(self, value: object) -> None:
        if isinstance(value, dt.datetime):
            value = value.date()
        self.inner.setDate(value if isinstance(value, dt.date) else None)


@register("LIST")
class ListEditor(FieldEditor):
    """One of the choices, or nothing (the empty first entry)."""

    def __init__(self, choices: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        combo = QComboBox(self)
        combo.addItem("", None)
        for c in self.choices:
            combo.addItem(c, c)
        self._use(combo)
        self._layout.addStretch(1)
        combo.activated.connect(lambda _i: self.editor_did_change.emit())

    def value(self) -> str | None:
        return self.inner.currentData()

    def set_value(self, value: object) -> None:
        i = self.inner.findData(value) if value is not None else 0
        if i < 0:  # a stored value no longer among the choices: show it rather than lose it
            self.inner.addItem(str(value), value)
            i = self.inner.count() - 1
        self.inner.setCurrentIndex(i)


@register("BOOL")
class BoolEditor(FieldEditor):
    def __init__(self, choices: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(choices, parent)
        self._use(QCheckBox(self))
        self.inner.clicked.connect(lambda _b: self.editor_did_change.emit())

    def value(self) -> bool:
        return self.inner.isChecked()

    def set_value(self, value: object) -> None:
        self.inner.setChecked(bool(value))


# ---------------------------------------------------------------------------------------------
# Marking a field the user must correct


#: How a field with an invalid value looks: a red frame and a pale red background (keeps the text).
INVALID_STYLE = "background: #fff0f0; border: 1px solid #c62828; border-radius: 2px;"
_SAVED_STYLE = "_kartoteka_style_before_invalid"


def _target(widget: QWidget) -> QWidget:
    """The widget that shows the text: a composite editor's line edit or combo."""
    if isinstance(widget, FieldEditor):
        widget = widget.inner
    if isinstance(widget, DateEdit):
        widget = widget.edit
    return widget


def mark_invalid(widget: QWidget, message: str) -> None:
    """Highlight ``widget`` and put ``message`` in its tool tip; the user's input stays as it is."""
    w = _target(widget)
    if w.property(_SAVED_STYLE) is None:
        w.setProperty(_SAVED_STYLE, w.styleSheet())
        w.setProperty("_kartoteka_tip_before_invalid", w.toolTip())
    w.setStyleSheet(INVALID_STYLE)
    w.setToolTip(message)


def clear_invalid(widget: QWidget) -> None:
    """Undo :func:`mark_invalid` (no-op for a widget that is not marked)."""
    w = _target(widget)
    before = w.property(_SAVED_STYLE)
    if before is None:
        return
    w.setStyleSheet(before)
    w.setToolTip(w.property("_kartoteka_tip_before_invalid") or "")
    w.setProperty(_SAVED_STYLE, None)


def is_marked_invalid(widget: QWidget) -> bool:
    return _target(widget).property(_SAVED_STYLE) is not None

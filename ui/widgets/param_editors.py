"""Editors for report parameters, chosen by ``Param.kind`` through one registry. Layer: ``ui``.

The report parameter panel is generated, never built per report (STYLE.md 2.5 rule 4, Tryton's
``WIDGETS``): :func:`create_param_editor` returns the registered :class:`ParamEditor` for a
:class:`reports.spec.Param`. Kinds: ``period`` (preset combo + from/to dates), ``date``, ``int``
(spin box with the param's min/max), ``choice``/``status`` (combo), ``bool``, ``text``, the
reference kinds (a combo whose rows arrive later through :meth:`ParamEditor.set_choices`, first
item "All") and ``client``/``deal`` (a record number).

Contract of every editor:
* ``value()`` returns what :func:`reports.engine.run` accepts for the parameter: a typed value,
  a period preset name, or None for "all"/empty. Editors do not validate: text that is not a
  value is passed on and comes back from the engine as a ``ValidationError(param.key, …)``,
  which the window shows at :meth:`ParamEditor.invalid_targets`.
* ``saved()`` is the text to remember between sessions (the ``--param key=value`` syntax of
  :func:`reports.params.parse`, a preset name for presets); ``restore(text)`` shows it again and
  ignores text it cannot use (a saved value must never break the panel).
* ``editor_did_change`` fires on user edits.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import deals
from app.errors import ValidationError
from app.i18n import translate
from reports import params as P
from reports.spec import REFERENCE_KINDS, Param, Period

from ui import ops
from ui.widgets.client_lookup import ClientLookup
from ui.widgets.field_editors import DateEdit, date_format

#: spin box range when the parameter gives none
DEFAULT_INT_RANGE = (0, 1_000_000)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ParamEditor(QWidget):
    """Base of registered editors (see the module docstring for the contract)."""

    editor_did_change = Signal()
    #: True for kinds whose choices are loaded from the database (:meth:`set_choices`)
    needs_choices = False
    #: False while such choices have not arrived yet
    loaded = True

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.today = today
        self.setObjectName(f"param_{param.key}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)

    def _use(self, inner: QWidget, stretch: bool = True) -> None:
        self._layout.addWidget(inner)
        if stretch:
            self._layout.addStretch(1)
        self.setFocusProxy(inner)
        self.inner = inner

    def _changed(self, *_args: Any) -> None:
        self.editor_did_change.emit()

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a typed value (a default from the definition)."""
        raise NotImplementedError

    def saved(self) -> str:
        value = self.value()
        return "" if value is None else str(value)

    def restore(self, text: str) -> None:
        try:
            self.set_value(P.parse(self.param, text, self.today))
        except (ValidationError, ValueError):
            pass

    def set_choices(self, pairs: Sequence[tuple[Any, str]]) -> None:
        """Rows for a reference combo (ignored by other kinds)."""

    def invalid_targets(self) -> list[QWidget]:
        """The widgets to highlight when the engine rejects the value."""
        return [self.inner]


ParamEditorClass = type[ParamEditor]
#: kind → editor class; :func:`register` adds to it
EDITORS: dict[str, ParamEditorClass] = {}


def register(*kinds: str) -> Callable[[ParamEditorClass], ParamEditorClass]:
    """Class decorator: ``@register("period")`` makes the class the editor of those kinds."""
    def deco(cls: ParamEditorClass) -> ParamEditorClass:
        for kind in kinds:
            EDITORS[kind] = cls
        return cls
    return deco


def create_param_editor(param: Param, parent: QWidget | None = None, today: dt.date | None = None) -> ParamEditor:
    """A new editor for ``param`` showing its default; an unknown kind gets a text editor."""
    today = today or dt.date.today()
    editor = EDITORS.get(param.kind, EDITORS["text"])(param, today, parent)
    default = param.default(today) if callable(param.default) else param.default
    editor.set_value(default)  # None too: "Any dates", "All", an empty date
    return editor


def _all_text() -> str:
    return translate("reports", "All")


# ---------------------------------------------------------------------------------------------


@register("period")
class PeriodEditor(ParamEditor):
    """A preset combo (This month, Last quarter…, "Custom dates") and two dates.

    A preset's value is its name, so a remembered "This month" is this month next time too;
    editing a date switches to "Custom dates" and the value becomes a :class:`Period`. A period
    that is not required also offers "Any dates" (None: no filter, dates disabled).
    """

    CUSTOM = "custom"

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName("periodPreset")
        if not param.required:
            self.combo.addItem(self.tr("Any dates"), "")
        for name, title in P.PRESETS.items():
            self.combo.addItem(translate("reports", title), name)
        self.combo.addItem(self.tr("Custom dates"), self.CUSTOM)
        self.combo.setMaxVisibleItems(self.combo.count())
        self.start = self._date_edit("periodFrom")
        self.end = self._date_edit("periodTo")
        # two rows (preset above, dates below): one row would not fit a narrow parameter column
        rows = QVBoxLayout()
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.combo)
        top.addStretch(1)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("\u2013", self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        rows.addLayout(top)
        rows.addLayout(dates)
        self._layout.addLayout(rows, 1)
        self.setFocusProxy(self.combo)
        self.inner = self.combo
        self.combo.activated.connect(self._on_preset_activated)
        self.combo.setCurrentIndex(self.combo.findData("this_month"))
        self._on_preset_activated()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setDate(_qdate(self.today))
        edit.dateChanged.connect(self._on_date_edited)
        return edit

    def _on_preset_activated(self, _index: int = 0) -> None:
        name = self.combo.currentData()
        enabled = name != ""
        self.start.setEnabled(enabled)
        self.end.setEnabled(enabled)
        if name and name != self.CUSTOM:
            period = P.preset_period(name, self.today)
            self._show_dates(period)
        self._changed()

    def _show_dates(self, period: Period) -> None:
        for edit, d in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(d))
            edit.blockSignals(False)

    def _on_date_edited(self, _d: QDate) -> None:
        i = self.combo.findData(self.CUSTOM)
        if self.combo.currentIndex() != i:
            self.combo.setCurrentIndex(i)
        self._changed()

    def preset(self) -> str | None:
        """The selected preset's name; None for custom dates or "any"."""
        name = self.combo.currentData()
        return name if name and name != self.CUSTOM else None

    def value(self) -> str | Period | None:
        name = self.combo.currentData()
        if name == "":
            return None
        if name != self.CUSTOM:
            return name
        return Period(_pydate(self.start.date()), _pydate(self.end.date()))

    def set_value(self, value: Any) -> None:
        if value is None or value == "":
            i = self.combo.findData("")
            if i >= 0:
                self.combo.setCurrentIndex(i)
                self._on_preset_activated()
            return
        if isinstance(value, str) and value in P.PRESETS:
            self.combo.setCurrentIndex(self.combo.findData(value))
            self._on_preset_activated()
            return
        if isinstance(value, Period):
            self.combo.setCurrentIndex(self.combo.findData(self.CUSTOM))
            self.start.setEnabled(True)
            self.end.setEnabled(True)
            self._show_dates(value)

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """Custom dates, as if typed (tests, "the same period last year")."""
        self.set_value(Period(start, end))

    def saved(self) -> str:
        value = self.value()
        return "" if value is None else str(value)

    def restore(self, text: str) -> None:
        text = (text or "").strip()
        if text in P.PRESETS or text == "":
            self.set_value(text)
            return
        try:
            self.set_value(P.parse(self.param, text, self.today))
        except (ValidationError, ValueError):
            pass

    def invalid_targets(self) -> list[QWidget]:
        return [self.start, self.end]


@register("date")
class DateParamEditor(ParamEditor):
    """A date that may be empty (None) — typed or picked from the calendar (Alt+Down)."""

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        self._use(DateEdit(self))
        self.inner.date_did_change.connect(self.editor_did_change)

    def value(self) -> Any:
        if not self.inner.is_valid():
            return self.inner.text()  # the engine names the parameter and the expected form
        return self.inner.date()

    def set_value(self, value: Any) -> None:
        if isinstance(value, dt.datetime):
            value = value.date()
        self.inner.setDate(value if isinstance(value, dt.date) else None)

    def saved(self) -> str:
        d = self.inner.date()
        return d.isoformat() if d else ""

    def invalid_targets(self) -> list[QWidget]:
        return [self.inner.edit]


@register("int")
class IntParamEditor(ParamEditor):
    """A spin box with the parameter's minimum/maximum; an optional one starts at "Any" (None)."""

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        spin = QSpinBox(self)
        lo = param.minimum if param.minimum is not None else DEFAULT_INT_RANGE[0]
        hi = param.maximum if param.maximum is not None else DEFAULT_INT_RANGE[1]
        self.optional = not param.required and param.default is None
        if self.optional:
            spin.setMinimum(lo - 1)
            spin.setSpecialValueText(self.tr("Any"))
        else:
            spin.setMinimum(lo)
        spin.setMaximum(hi)
        spin.setValue(spin.minimum())
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(str(hi)) + 48)
        spin.valueChanged.connect(self._changed)
        self._use(spin)

    def value(self) -> int | None:
        v = self.inner.value()
        return None if self.optional and v == self.inner.minimum() else v

    def set_value(self, value: Any) -> None:
        self.inner.setValue(self.inner.minimum() if value is None else int(value))


class _ComboParamEditor(ParamEditor):
    """A combo of (value, text) rows, "All" (None) first unless the parameter is required."""

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        combo = QComboBox(self)
        combo.setMinimumContentsLength(24)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.activated.connect(self._changed)
        self._use(combo)
        self._pending: Any = None  #: a value set before its row exists (choices still loading)

    def _fill(self, pairs: Sequence[tuple[Any, str]]) -> None:
        keep = self.value() if self._pending is None else self._pending
        combo = self.inner
        combo.blockSignals(True)
        combo.clear()
        if not self.param.required:
            combo.addItem(_all_text(), None)
        elif not pairs:
            combo.addItem("", None)
        for value, text in pairs:
            combo.addItem(text, value)
        combo.blockSignals(False)
        self._pending = None
        self.set_value(keep)

    def value(self) -> Any:
        if self._pending is not None:
            return self._pending
        return self.inner.currentData()

    def set_value(self, value: Any) -> None:
        combo = self.inner
        if value is None:
            combo.setCurrentIndex(0)
            return
        for i in range(combo.count()):
            data = combo.itemData(i)
            if data is not None and str(data) == str(value):
                combo.setCurrentIndex(i)
                return
        self._pending = value  # not (yet) among the rows: kept, shown once it arrives


@register("choice", "status")
class ChoiceParamEditor(_ComboParamEditor):
    """The definition's own choices (``status`` without choices: the client statuses)."""

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        pairs = param.choices or (P.STATUSES if param.kind == "status" else ())
        self._fill([(v, translate("reports", t)) for v, t in pairs])


@register(*sorted(REFERENCE_KINDS - {"client", "deal"}))
class ReferenceParamEditor(_ComboParamEditor):
    """Managers, funnels, stages…: rows come from the database later (:meth:`set_choices`);
    until then the combo says "Loading…" and a value set meanwhile is kept."""

    needs_choices = True

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        self.loaded = False
        self.inner.addItem(self.tr("Loading…"), None)
        self.inner.setEnabled(False)

    def set_choices(self, pairs: Sequence[tuple[Any, str]]) -> None:
        self._fill(list(pairs))
        self.inner.setEnabled(True)
        self.loaded = True


@register("client")
class ClientParamEditor(ParamEditor):
    """A client found as you type (name, INN, phone, e-mail — the client list's search); a value
    set from outside (a card printing its form, the remembered value) shows the client's name."""

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        lookup = ClientLookup(self)
        lookup.setPlaceholderText(self.tr("Type a name, INN or phone"))
        lookup.setMinimumWidth(lookup.fontMetrics().horizontalAdvance("0" * 36))
        lookup.client_lookup_did_choose.connect(self._changed)
        lookup.client_lookup_did_clear.connect(self._changed)
        self._use(lookup)

    def value(self) -> int | None:
        return self.inner.client_id

    def set_value(self, value: Any) -> None:
        if value is None:
            self.inner.set_client(None)
            return
        client_id = int(value)
        self.inner.set_client(client_id, f"#{client_id}")
        ops.run_op(self, deals.deal_client, client_id, on_done=self._show_name, on_error=lambda _e: None)

    def _show_name(self, client) -> None:
        if self.inner.client_id == client.id:
            self.inner.set_client(client.id, client.name)


@register("deal")
class RecordParamEditor(ParamEditor):
    """A deal's record number (the id shown on its card; forms are usually printed from the
    card, which fills it); empty = none."""

    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        edit = QLineEdit(self)
        edit.setValidator(QIntValidator(1, 2_000_000_000, edit))
        edit.setPlaceholderText(self.tr("Record number"))
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0" * 14) + 16)
        edit.textEdited.connect(self._changed)
        self._use(edit)

    def value(self) -> int | None:
        text = self.inner.text().strip()
        return int(text) if text.isdigit() else None

    def set_value(self, value: Any) -> None:
        self.inner.setText("" if value is None else str(value))


@register("bool")
class BoolParamEditor(ParamEditor):
    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        box = QCheckBox(self)
        box.toggled.connect(self._changed)
        self._use(box)

    def value(self) -> bool:
        return self.inner.isChecked()

    def set_value(self, value: Any) -> None:
        self.inner.setChecked(bool(value))

    def saved(self) -> str:
        return "1" if self.value() else "0"


@register("text")
class TextParamEditor(ParamEditor):
    def __init__(self, param: Param, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(param, today, parent)
        edit = QLineEdit(self)
        edit.setMaxLength(200)
        edit.textEdited.connect(self._changed)
        self._use(edit, stretch=False)

    def value(self) -> str | None:
        return self.inner.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.inner.setText("" if value is None else str(value))

    def restore(self, text: str) -> None:
        self.set_value(text)

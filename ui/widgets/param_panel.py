"""The parameter form of one report, generated from its ``Param``s. Layer: ``ui``.

:class:`ParamPanel` lays out one editor per parameter (:func:`ui.widgets.param_editors.create_param_editor`),
shows the definition's defaults and then the values remembered for that report id (UI state key
``ui.reports/params/<id>``), fills reference combos through one job on the database worker (rows
cached per panel until :meth:`ParamPanel.forget_choices`), and shows a ``ValidationError`` from
the engine at the editor its ``field`` names (highlight + message under the form; editing the
field clears it). It never runs a report.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from app.errors import ValidationError
from app.i18n import translate
from reports.spec import Definition

from ui import ops, state
from ui.widgets.field_editors import clear_invalid, mark_invalid
from ui.widgets.param_editors import ParamEditor, create_param_editor

KEY_PARAMS = "ui.reports/params/"  #: + report id: JSON {param key: saved text}


def load_param_texts(report_id: str) -> dict[str, str]:
    """The remembered parameter texts of a report (unreadable state: none)."""
    raw = state.settings().value(KEY_PARAMS + report_id)
    try:
        data = json.loads(raw) if isinstance(raw, str) and raw else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def save_param_texts(report_id: str, texts: dict[str, str]) -> None:
    s = state.settings()
    s.setValue(KEY_PARAMS + report_id, json.dumps(texts, ensure_ascii=False))
    s.sync()


def load_choices_job(ctx: Any, kinds: list[str]) -> dict[str, list[tuple[Any, str]]]:
    """(value, text) rows of each reference kind, through the visibility views, on one connection."""
    from reports.params import choices

    with ctx.engine.connect() as conn:
        try:
            return {kind: choices(conn, kind) for kind in kinds}
        finally:
            conn.rollback()


class ParamPanel(QGroupBox):
    """The generated form (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Parameters"), parent)
        self.setObjectName("paramPanel")
        self.definition: Definition | None = None
        self.editors: dict[str, ParamEditor] = {}
        self._choices: dict[str, list[tuple[Any, str]]] = {}
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("paramError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        outer.addWidget(self.error_label)

    def set_definition(self, defn: Definition, today: dt.date | None = None) -> None:
        """Build the form of ``defn`` (the previous report's values are remembered first)."""
        self.remember()
        self.definition = defn
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}
        today = today or dt.date.today()
        saved = load_param_texts(defn.id)
        for p in defn.params:
            editor = create_param_editor(p, self, today)
            if p.key in saved:
                editor.restore(saved[p.key])
            editor.editor_did_change.connect(self.hide_error)
            label = QLabel(translate("reports", p.title) + (" *" if p.required else "") + ":", self)
            label.setBuddy(editor)
            self.form.addRow(label, editor)
            self.editors[p.key] = editor
        if not defn.params:
            self.form.addRow(QLabel(self.tr("This report has no parameters."), self))
        self.hide_error()
        self.load_choices()

    # -- reference rows ----------------------------------------------------------------------
    def load_choices(self) -> None:
        """Fill the reference combos: cached kinds at once, the others through one job."""
        missing = sorted({e.param.kind for e in self.editors.values() if e.needs_choices} - set(self._choices))
        self._fill_choices()
        if missing:
            ops.run_op(self, load_choices_job, missing, on_done=self._on_choices_loaded)

    def forget_choices(self) -> None:
        """Drop the cached rows (someone may have added a manager) and load them again."""
        self._choices.clear()
        for e in self.editors.values():
            if e.needs_choices:
                e.loaded = False
        self.load_choices()

    def choices_loaded(self) -> bool:
        return all(e.loaded for e in self.editors.values() if e.needs_choices)

    def _on_choices_loaded(self, loaded: dict[str, list[tuple[Any, str]]]) -> None:
        self._choices.update(loaded)
        self._fill_choices()

    def _fill_choices(self) -> None:
        for editor in self.editors.values():
            if editor.needs_choices and isValid(editor) and editor.param.kind in self._choices \
                    and not editor.loaded:
                editor.set_choices(self._choices[editor.param.kind])

    # -- values ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The parameter values as the engine takes them."""
        return {key: editor.value() for key, editor in self.editors.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Show typed values (a card opening its printable form); unknown keys are ignored."""
        for key, value in values.items():
            if key in self.editors:
                self.editors[key].set_value(value)

    def remember(self) -> None:
        if self.definition is not None and self.editors:
            save_param_texts(self.definition.id, {k: e.saved() for k, e in self.editors.items()})

    # -- errors ------------------------------------------------------------------------------
    def show_error(self, error: ValidationError) -> bool:
        """Highlight the editor of ``error.field``, show the message; False if no such field."""
        self.error_label.setText(str(error))
        self.error_label.show()
        editor = self.editors.get(error.field)
        if editor is None:
            return False
        for w in editor.invalid_targets():
            mark_invalid(w, str(error))
        editor.setFocus()
        return True

    def hide_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        for e in self.editors.values():
            for w in e.invalid_targets():
                clear_invalid(w)

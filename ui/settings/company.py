"""Administration > Company Requisites: the name, requisites, bank, signatories, VAT and logo that
printed forms (invoice, commercial offer, letterheads) use. Layer: ``ui``.

Reads and writes through :mod:`app.company` with :func:`ui.ops.run_op`. A
:class:`~app.errors.ValidationError` is shown beside its field and the input stays as typed; the
server refuses a login that may not change settings (everyone may read them).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import company
from app.company import CompanyInfo
from app.errors import UserError, ValidationError

from ui import errors, ops
from ui.settings.users_roles import ERROR_STYLE


class CompanyDialog(QDialog):
    """One form for :class:`app.company.CompanyInfo`; *Save* (Ctrl+S or Enter) writes it all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompanyDialog")
        self.setWindowTitle(self.tr("Company Requisites"))
        self.logo: bytes | None = None
        self.loaded = False
        labels = {
            "name": self.tr("Short name"), "legal_name": self.tr("Full legal name"), "inn": self.tr("INN"),
            "kpp": self.tr("KPP"), "ogrn": self.tr("OGRN"), "address": self.tr("Address"), "phone": self.tr("Phone"),
            "email": self.tr("E-mail"), "website": self.tr("Website"), "bank_name": self.tr("Bank"),
            "bank_bik": self.tr("BIK"), "bank_account": self.tr("Account"), "corr_account": self.tr("Corr. account"),
            "director": self.tr("Director"), "accountant": self.tr("Chief accountant"),
            "vat_pct": self.tr("VAT, % (empty: without VAT)"),
        }
        form = QFormLayout()
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for key, label in labels.items():
            edit = QLineEdit()
            edit.setObjectName(key)
            form.addRow(label, edit)
            self.edits[key] = edit
        note = QPlainTextEdit()
        note.setObjectName("invoice_note")
        note.setFixedHeight(60)
        note.setPlaceholderText(self.tr("Payment terms printed under the invoice"))
        form.addRow(self.tr("Invoice note"), note)
        self.edits["invoice_note"] = note

        self.logo_label = QLabel(self.tr("No logo"))
        self.logo_label.setObjectName("logoPreview")
        self.logo_label.setFixedSize(160, 60)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setStyleSheet("border: 1px solid palette(mid);")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.on_choose_logo_clicked)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.on_remove_logo_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo"), logo_row)

        self.error_label = QLabel("")
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut("Ctrl+S")
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        ops.run_op(self, company.load_company, on_done=self._fill)

    # --- data ---------------------------------------------------------------------------------
    def _fill(self, info: CompanyInfo) -> None:
        for key, edit in self.edits.items():
            value = getattr(info, key) or ""
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
        self._set_logo(info.logo)
        self.buttons.setEnabled(True)
        self.loaded = True

    def info(self) -> CompanyInfo:
        values = {k: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()) for k, e in self.edits.items()}
        return CompanyInfo(**values, logo=self.logo)

    def _set_logo(self, data: bytes | None) -> None:
        self.logo = data
        if not data:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
            return
        pix = QPixmap()
        pix.loadFromData(data)
        self.logo_label.setPixmap(pix.scaled(self.logo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    # --- slots --------------------------------------------------------------------------------
    def on_choose_logo_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Company logo"), "", self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo_file(Path(path))

    def load_logo_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._show_error(self.tr("Cannot read the file: {error}").format(error=exc.strerror or exc))
            return
        if len(data) > company.MAX_LOGO_BYTES:
            self._show_error(self.tr("The logo is too large ({kb} KB, at most {max} KB).").format(
                kb=len(data) // 1024, max=company.MAX_LOGO_BYTES // 1024))
            return
        self._show_error("")
        self._set_logo(data)

    def on_remove_logo_clicked(self) -> None:
        self._set_logo(None)

    def on_save_clicked(self) -> None:
        self._show_error("")
        for edit in self.edits.values():
            edit.setStyleSheet("")
        self.buttons.setEnabled(False)
        ops.run_op(self, company.save_company, self.info(), on_done=self._saved, on_error=self._failed)

    def _saved(self, _changes) -> None:
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, ValidationError) and error.field in self.edits:
            edit = self.edits[error.field]
            edit.setStyleSheet("border: 1px solid #c0392b;")
            edit.setFocus()
            self._show_error(str(error))
        elif isinstance(error, ValidationError):
            self._show_error(str(error))
        else:
            errors.show_error(self, error)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)

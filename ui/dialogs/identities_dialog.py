"""Signing identities: HR's company CA and each signer's personal identity.

Passwords are typed here and handed to the service once; nothing keeps them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reviewer.appraisal.identities import (
    MIN_PASSWORD,
    create_company_ca,
    create_identity,
    identity_overview,
    import_identity,
)
from reviewer.workstation import Workstation

from ..errors import show_error
from .inline_form import password_field


class IdentityForm(QDialog):
    """Name, optional CA issuing, and a new password typed twice."""

    def __init__(self, title: str, name_label: str, offer_ca: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.name = QLineEdit()
        form.addRow(name_label, self.name)
        self.issued_by_ca = QCheckBox(self.tr("Issued by the company CA (recommended: HR's CA vouches for it)"))
        self.ca_password = password_field()
        if offer_ca:
            self.issued_by_ca.setChecked(True)
            form.addRow("", self.issued_by_ca)
            form.addRow(self.tr("Company CA password:"), self.ca_password)
            self.issued_by_ca.toggled.connect(self.ca_password.setEnabled)
        self.password, self.repeat = password_field(), password_field()
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.repeat)
        note = QLabel(self.tr("At least %1 characters. The password protects the key file; it is not stored "
                              "anywhere, so keep it safe.").replace("%1", str(MIN_PASSWORD)))
        note.setWordWrap(True)
        form.addRow("", note)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b5473a")
        form.addRow("", self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Enter a name."))
        elif self.password.text() != self.repeat.text():
            self.problem.setText(self.tr("The two passwords differ."))
        else:
            self.accept()


class IdentitiesDialog(QDialog):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.setWindowTitle(self.tr("Signing identities"))
        self.resize(760, 380)
        intro = QLabel(self.tr("Each signer signs with a personal identity: a key and certificate in a "
                               "password-protected file in the data folder. HR creates the company CA once; "
                               "identities it issues are trusted when documents are verified."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Holder"), self.tr("Kind"), self.tr("Valid until"),
                                              self.tr("Fingerprint (SHA-256)")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.ca_button = QPushButton(self.tr("Create company &CA…"))
        self.ca_button.clicked.connect(self.create_ca)
        self.new_button = QPushButton(self.tr("&New identity…"))
        self.new_button.clicked.connect(self.create_identity)
        self.import_button = QPushButton(self.tr("&Import PKCS#12…"))
        self.import_button.clicked.connect(self.import_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.ca_button, self.new_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        overview = self.workstation.call(identity_overview)
        identities, has_ca = overview.identities, overview.has_ca
        self.table.setRowCount(len(identities))
        for row, identity in enumerate(identities):
            kind = (self.tr("Company CA") if identity.is_ca else self.tr("Issued by the company CA")
                    if identity.issued_by_ca else self.tr("Self-signed or imported"))
            for column, text in enumerate((identity.holder_name, kind, identity.not_after.date().isoformat(),
                                           identity.fingerprint)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.ca_button.setEnabled(not has_ca)
        self._has_ca = has_ca

    def _run(self, action) -> None:
        try:
            self.workstation.call(action)
        except Exception as error:  # noqa: BLE001 - shown to the user, nothing was saved
            show_error(self, error)
        self.reload()

    def create_ca(self) -> None:
        form = IdentityForm(self.tr("Create company CA"), self.tr("Organisation:"), False, self)
        if form.exec():
            self._run(lambda s: create_company_ca(s, form.name.text().strip(), form.password.text()))

    def create_identity(self) -> None:
        form = IdentityForm(self.tr("New signing identity"), self.tr("Holder's name:"), self._has_ca, self)
        if form.exec():
            ca_password = form.ca_password.text() if self._has_ca and form.issued_by_ca.isChecked() else None
            self._run(lambda s: create_identity(s, form.name.text(), form.password.text(), ca_password=ca_password))

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a signing identity"), "",
                                              self.tr("PKCS#12 files (*.p12 *.pfx)"))
        if not path:
            return
        form = QDialog(self)
        form.setWindowTitle(self.tr("Password of %1").replace("%1", Path(path).name))
        layout = QFormLayout(form)
        password = password_field()
        layout.addRow(self.tr("Password:"), password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(form.accept)
        buttons.rejected.connect(form.reject)
        layout.addRow(buttons)
        if form.exec():
            self._run(lambda s: import_identity(s, Path(path), password.text()))

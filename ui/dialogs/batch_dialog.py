"""Where to write a batch of appraisal PDFs, and whether to sign them as manager."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
)

from reviewer.appraisal.identities import signing_identities
from reviewer.workstation import Workstation

from .inline_form import password_field


class BatchDialog(QDialog):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export all as PDF"))
        form = QFormLayout(self)
        # Grow with the wrapped explanation: a fixed height clipped its first and last lines.
        form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.folder_edit = QLineEdit(str(Path.home() / "appraisals"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Folder:"), row)
        self.sign = QCheckBox(self.tr("Sign each document as manager"))
        self.identity = QComboBox()
        for identity in workstation.call(signing_identities):
            self.identity.addItem(identity.holder_name, identity.id)
        self.password = password_field()
        self.sign.setEnabled(self.identity.count() > 0)
        self.sign.toggled.connect(self._update)
        form.addRow("", self.sign)
        form.addRow(self.tr("Identity:"), self.identity)
        form.addRow(self.tr("Password:"), self.password)
        note = QLabel(self.tr("One PDF per person, built on all cores. Cancelling removes every file of the batch. "
                              "A signed batch holds only the direct reports of the identity's holder whose appraisals carry "
                              "no signature yet; the others are listed as left out."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._update()
        self.setMinimumWidth(520)
        self.resize(520, self.heightForWidth(520) if self.hasHeightForWidth() else self.sizeHint().height())

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _update(self) -> None:
        self.identity.setEnabled(self.sign.isChecked())
        self.password.setEnabled(self.sign.isChecked())

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def sign_as(self) -> tuple[int, str] | None:
        if not self.sign.isChecked() or self.identity.currentData() is None:
            return None
        return self.identity.currentData(), self.password.text()

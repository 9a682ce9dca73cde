"""Signing an appraisal PDF: read it page by page, then sign in your role."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.appraisal.signing import SigningState, sign_appraisal, signing_state
from reviewer.appraisal.verdicts import ROLES
from reviewer.workstation import Workstation

from ..errors import show_error
from ..pdf_preview import PdfPreview
from ..typography import page_heading
from ..worker import Job
from .inline_form import password_field


def role_name(role: str | None) -> str:
    return QCoreApplication.translate("verification", ROLES.get(role, ROLES[None]))


class SigningDialog(QDialog):
    def __init__(self, workstation: Workstation, path: Path, language: str = "en", parent=None):
        super().__init__(parent)
        self.workstation, self.path, self.language = workstation, Path(path), language
        self.setWindowTitle(self.tr("Sign %1").replace("%1", self.path.name))
        self.preview = PdfPreview()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.identity = QComboBox()
        self.password = password_field()
        self.disagree = QCheckBox(self.tr("Acknowledged, but I disagree"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Your comment becomes part of what you sign."))
        self.comment.setMaximumHeight(90)
        self.sign_button = QPushButton(self.tr("&Sign"))
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.sign)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.tr("Sign as:"), self.identity)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.disagree)
        form.addRow(self.tr("Comment:"), self.comment)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(page_heading(self.tr("Sign this appraisal"), scale=1.2))
        side_layout.addWidget(self.state_label)
        note = QLabel(self.tr("Read every page first. Your signature is a digital signature over exactly this "
                              "document; any later change shows when it is verified."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563")
        side_layout.addWidget(note)
        side_layout.addLayout(form)
        side_layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(close)
        side_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.preview)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1100, 760)
        geometry = QSettings().value("signing_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.state: SigningState | None = None
        self.reload()

    def done(self, result: int) -> None:
        QSettings().setValue("signing_dialog/geometry", self.saveGeometry())
        super().done(result)

    def reload(self) -> None:
        self.preview.load(self.path)
        try:
            self.state = self.workstation.call(signing_state, self.path)
        except Exception as error:  # noqa: BLE001 - not one of our appraisals: say so, keep the preview
            self.state = None
            from ..problem_text import error_text

            self.state_label.setText(error_text(error))
        # only the identities that may sign in the next role (the service decides which)
        identities = list(self.state.signers) if self.state is not None else []
        current = self.identity.currentData()
        self.identity.clear()
        for identity in identities:
            self.identity.addItem(identity.holder_name, identity.id)
        if current is not None:
            self.identity.setCurrentIndex(max(0, self.identity.findData(current)))
        state = self.state
        if state is not None:
            done = ", ".join(role_name(r) for r in state.signed_roles) or self.tr("nobody yet")
            waiting = (self.tr("Waiting for: <b>%1</b>").replace("%1", role_name(state.next_role))
                       if state.next_role else self.tr("<b>Every signer has signed.</b>"))
            self.state_label.setText(self.tr("Appraisal of <b>%1</b>, version %2.<br>Signed by: %3.<br>%4")
                                     .replace("%1", state.employee_name).replace("%2", str(state.version))
                                     .replace("%3", done).replace("%4", waiting))
        can_sign = state is not None and state.next_role is not None and bool(identities)
        for widget in (self.identity, self.password, self.sign_button, self.comment):
            widget.setEnabled(can_sign)
        self.disagree.setEnabled(can_sign and state.next_role == "employee")
        if not identities and state is not None and state.next_role is not None:
            self.state_label.setText(self.state_label.text() + "<br>" + self.tr(
                "No signing identity here belongs to the person who signs next: create one for them under "
                "Signing identities."))

    def sign(self) -> None:
        if self.state is None or self.state.next_role is None or self.identity.currentData() is None:
            return
        role, identity_id, password = self.state.next_role, self.identity.currentData(), self.password.text()
        disagrees, comment = self.disagree.isChecked(), self.comment.toPlainText()
        self.password.clear()

        def work(_progress):
            return self.workstation.call(sign_appraisal, self.path, role, identity_id, password, disagrees, comment,
                                         self.language)

        def signed(_revision) -> None:
            self.comment.clear()
            self.disagree.setChecked(False)
            self.reload()
            self.preview.show_page(self.preview.page_count - 1)  # the signature page, with the new stamp

        self._job = Job(self, self.tr("Signing"), work, signed, lambda error: show_error(self, error),
                        cancellable=False).start()

"""Signing an appraisal or plan PDF (reviewer.appraisal.kinds): read it page by page,
then sign in your role. Opened for a plan, it asks for the file, or exports the
plan's current version first and signs that."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.appraisal.kinds import APPRAISAL, PLAN, DocumentKind
from reviewer.appraisal.signing import SigningState, sign_document, signing_state
from reviewer.appraisal.verdicts import ROLES
from reviewer.workstation import Workstation

from ..errors import show_error
from ..pdf_preview import PdfPreview
from ..typography import page_heading
from ..worker import Job
from .inline_form import password_field


def role_name(role: str | None) -> str:
    return QCoreApplication.translate("verification", ROLES.get(role, ROLES[None]))


@dataclass(frozen=True)
class DocumentExport:
    """How the dialog writes the current version of the document it was opened for."""

    suggested_name: str
    write: Callable[[Workstation, Path], object]  # runs in the background: (workstation, path)


class SigningDialog(QDialog):
    """Signs the PDF at ``path`` of ``kind``; without a path (a plan), the user chooses the file
    or, with ``export``, writes the current version first. ``document_id``: the plan the dialog
    was opened for; a file of another plan is shown but not signed."""

    def __init__(self, workstation: Workstation, path: Path | None, language: str = "en", parent=None, *,
                 kind: DocumentKind = APPRAISAL, export: DocumentExport | None = None,
                 document_id: int | None = None):
        super().__init__(parent)
        self.workstation, self.language, self.kind = workstation, language, kind
        self.path = Path(path) if path is not None else None
        self.export, self.document_id = export, document_id
        self.signed_count = 0  # signatures made in this dialog (the caller refreshes what they change)
        self.preview = PdfPreview()
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.export_button = QPushButton(self.tr("Export current version…"))
        self.export_button.clicked.connect(self.export_current)
        self.export_button.setVisible(export is not None)
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
        side_layout.addWidget(page_heading(
            self.tr("Sign this plan") if kind is PLAN else self.tr("Sign this appraisal"), scale=1.2))
        file_row = QWidget()
        file_layout = QVBoxLayout(file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.addWidget(self.file_label)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.choose_button)
        file_buttons.addWidget(self.export_button)
        file_buttons.addStretch(1)
        file_layout.addLayout(file_buttons)
        # Opened on a file the page chose (an appraisal's signing copy), there is nothing to choose.
        file_row.setVisible(self.path is None or export is not None)
        side_layout.addWidget(file_row)
        side_layout.addWidget(self.state_label)
        self.acknowledgement_note = QLabel(self.tr(
            "Unless this version is acknowledged already, the employee's signature is also their acknowledgement "
            "of receipt (not agreement); \"I disagree\" then needs a comment."))
        self.acknowledgement_note.setWordWrap(True)
        self.acknowledgement_note.setStyleSheet("color: #4b5563")
        self.acknowledgement_note.hide()
        side_layout.addWidget(self.acknowledgement_note)
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

    def choose_file(self) -> None:
        title = self.tr("Sign a plan PDF") if self.kind is PLAN else self.tr("Sign an appraisal PDF")
        path, _ = QFileDialog.getOpenFileName(self, title, str(self.path.parent) if self.path else "",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.set_path(Path(path))

    def export_current(self) -> None:
        """Write the current version where the user says, then show it ready to sign."""
        if self.export is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the current version"),
                                              self.export.suggested_name, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        write, target = self.export.write, Path(path)

        def work(_progress):
            write(self.workstation, target)
            return target

        self._job = Job(self, self.tr("Exporting"), work, self.set_path, lambda error: show_error(self, error),
                        cancellable=False).start()

    def set_path(self, path: Path) -> None:
        self.path = Path(path)
        self.reload()

    def reload(self) -> None:
        from ..problem_text import error_text

        self.state = None
        if self.path is None:
            self.setWindowTitle(self.tr("Sign a plan PDF") if self.kind is PLAN else self.tr("Sign an appraisal PDF"))
            self.file_label.setText(self.tr("No file chosen yet."))
            self.state_label.setText(self.tr("Choose the plan PDF to sign, or export the current version of the "
                                             "plan and sign that."))
        else:
            self.setWindowTitle(self.tr("Sign %1").replace("%1", self.path.name))
            self.file_label.setText(self.tr("File: %1").replace("%1", str(self.path)))
            try:
                self.preview.load(self.path)
                self.state = self.workstation.call(signing_state, self.path, self.kind)
            except Exception as error:  # noqa: BLE001 - not one of our documents: say so, keep the preview
                self.state = None
                self.state_label.setText(error_text(error))
        if self.state is not None and self.document_id is not None and self.state.document_id != self.document_id:
            self.state_label.setText(self.tr("This file is the document of plan %1, not of the plan you chose "
                                             "(plan %2). Choose its file or export it.")
                                     .replace("%1", str(self.state.document_id)).replace("%2", str(self.document_id)))
            self.state = None
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
            if self.kind is PLAN:
                text = self.tr("Plan %5 of <b>%1</b>, version %2.<br>Signed by: %3.<br>%4").replace(
                    "%5", str(state.document_id))
            else:
                text = self.tr("Appraisal of <b>%1</b>, version %2.<br>Signed by: %3.<br>%4")
            self.state_label.setText(text.replace("%1", state.employee_name).replace("%2", str(state.version))
                                     .replace("%3", done).replace("%4", waiting))
        self.acknowledgement_note.setVisible(self.kind is PLAN and state is not None and state.next_role == "employee")
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

        path, kind = self.path, self.kind

        def work(_progress):
            return self.workstation.call(sign_document, path, role, identity_id, password, disagrees, comment,
                                         self.language, kind)

        def signed(_revision) -> None:
            self.signed_count += 1
            self.comment.clear()
            self.disagree.setChecked(False)
            self.reload()
            self.preview.show_page(self.preview.page_count - 1)  # the signature page, with the new stamp

        self._job = Job(self, self.tr("Signing"), work, signed, lambda error: show_error(self, error),
                        cancellable=False).start()

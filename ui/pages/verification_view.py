"""Checking signed PDFs: open or drop files, read the verdict in plain words."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer.appraisal.long_term import extend_pdf
from reviewer.appraisal.verdicts import extension_lines, signature_lines, summary
from reviewer.appraisal.verify import DocumentCheck, verify_pdfs
from reviewer.workstation import Workstation

from ..errors import show_error
from ..typography import page_heading
from ..worker import Job

GOOD, BAD, NEUTRAL = "#e7f5ec", "#fdecea", "#f3f4f6"


class VerificationView(QWidget):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.setAcceptDrops(True)
        self.checks: list[DocumentCheck] = []
        self.open_button = QPushButton(self.tr("&Open PDF…"))
        self.open_button.clicked.connect(self.choose_files)
        hint = QLabel(self.tr("Open a signed appraisal or plan, or drop one or more PDF files here. Each signature is "
                              "checked: is it intact, who signed, is the certificate trusted, was anything "
                              "changed afterwards, and did this database issue the document."))
        hint.setWordWrap(True)
        # PAdES B-LT: only a document that verifies is extended (reviewer.appraisal.long_term).
        self.extend_button = QPushButton(self.tr("&Extend for long-term validation"))
        self.extend_button.setToolTip(self.tr(
            "Embed the certificates and the revocation data that can be found for every signature of the documents "
            "checked above that verify, so that they can still be checked when the certificates have expired. "
            "Each file gets one more revision; nothing in it changes."))
        self.extend_button.setEnabled(False)
        self.extend_button.clicked.connect(self.extend_checked)
        self.extension_texts: dict[Path, list[str]] = {}
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.extend_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        self.results = QLabel(self.tr("No file checked yet."))
        self.results.setObjectName("verificationResults")
        self.results.setTextFormat(Qt.TextFormat.RichText)
        self.results.setWordWrap(True)
        self.results.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(page_heading(self.tr("Verify signed PDFs"), scale=1.3))
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Verify signed PDFs"), "", self.tr("PDF files (*.pdf)"))
        if files:
            self.verify_files([Path(f) for f in files])

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if any(url.toLocalFile().lower().endswith(".pdf") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.toLocalFile().lower().endswith(".pdf")]
        if files:
            event.acceptProposedAction()
            self.verify_files(files)

    def verify_files(self, files: list[Path]) -> None:
        self.extension_texts = {}
        self.results.setText(self.tr("Checking %n file(s)…", "", len(files)))

        def work(progress):
            return self.workstation.call(verify_pdfs, files, progress)

        self._job = Job(self, self.tr("Verifying"), work, self.show_checks).start()

    def show_checks(self, checks: list[DocumentCheck]) -> None:
        self.checks = checks
        self.extend_button.setEnabled(any(check.valid for check in checks))
        self.results.setText("".join(self._document_html(check, self.extension_texts.get(check.path, []))
                                     for check in checks))

    def extend_checked(self) -> None:
        """Extend every checked document that verifies, then check them all again."""
        files = [check.path for check in self.checks if check.valid]
        every = [check.path for check in self.checks]
        if not files:
            return
        self.extend_button.setEnabled(False)

        def work(workstation, progress):
            extensions = {path: workstation.call(extend_pdf, path) for path in files}
            return extensions, workstation.call(verify_pdfs, every, progress)

        def done(result) -> None:
            extensions, checks = result
            translate = QCoreApplication.translate
            self.extension_texts = {path: extension_lines(extension, translate)
                                    for path, extension in extensions.items()}
            self.show_checks(checks)

        def failed(error: Exception) -> None:
            self.extend_button.setEnabled(True)
            show_error(self, error)

        self._job = Job(self, self.tr("Embedding validation data"), work, done, failed, cancellable=False,
                        workstation=self.workstation).start()

    @staticmethod
    def _document_html(check: DocumentCheck, extended: list[str] = ()) -> str:
        translate = QCoreApplication.translate
        trustworthy = check.intact and not check.changed_after_signing
        colour = GOOD if trustworthy and check.issued_here else BAD if not trustworthy else NEUTRAL
        lines = summary(check, translate)
        # Qt's rich text honours a table cell's background and padding, not a div's.
        parts = [f"<table width='100%' cellpadding='10' bgcolor='{colour}'><tr><td>"
                 f"<p style='color:#4b5563'>{html.escape(str(check.path))}</p>"
                 f"<p style='font-size:large'><b>{html.escape(lines[0])}</b></p>"
                 + "".join(f"<p><i>{html.escape(line)}</i></p>" for line in extended)
                 + "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:]) + "</td></tr></table>"]
        for signature in check.signatures:
            first, *rest = signature_lines(signature, translate)
            mark = "✔" if signature.intact and signature.trusted else "✖" if not signature.intact else "⚠"
            parts.append(f"<p style='margin-left:12px'><b>{mark} {html.escape(first)}</b><br>"
                         + "<br>".join(html.escape(line) for line in rest) + "</p>")
        return "".join(parts) + "<hr>"

"""Settings ▸ Signatures: the RFC 3161 timestamp server every signature then carries a
timestamp from (reviewer.appraisal.timestamps). HR names or clears it; saving asks the
server for a timestamp, off the UI thread, since a slow server may take seconds. And
whether each signature is followed by the document's validation data (PAdES B-LT,
reviewer.appraisal.long_term)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.appraisal.long_term import embeds_on_signing, save_embeds_on_signing

from reviewer.appraisal.timestamps import MAX_URL_LENGTH, save_timestamp_server, timestamp_server
from reviewer.workstation import Workstation

from ..errors import show_error
from ..worker import Job


class SignaturesTab(QWidget):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.url = QLineEdit()
        self.url.setMaxLength(MAX_URL_LENGTH)
        self.url.setPlaceholderText(self.tr("none: signatures carry no timestamp"))
        form.addRow(self.tr("Timestamp server (RFC 3161):"), self.url)
        note = QLabel(self.tr("An http:// or https:// address. Every signature then carries the server's timestamp "
                              "(PAdES B-T), which proves its date after the signer's certificate expires; when the "
                              "server does not answer, nothing is signed. Saving asks the server for a timestamp "
                              "once: the certificates it shows are trusted for timestamps from then on."))
        note.setWordWrap(True)
        form.addRow("", note)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save timestamp server"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("No timestamps"))
        self.clear_button.clicked.connect(self.clear)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.embed = QCheckBox(self.tr("Embed validation data (long-term validation)"))
        self.embed.setToolTip(self.tr(
            "After each signature, the document also carries every signer's and timestamp server's certificates "
            "and the revocation data their services give (PAdES B-LT), so that it can still be checked when the "
            "certificates have expired. Certificates issued here name no revocation service: for them only the "
            "certificates are embedded."))
        layout.addWidget(self.embed)
        layout.addStretch(1)
        self.may_change = workstation.actor.is_hr
        for widget in (self.url, self.save_button, self.clear_button, self.embed):
            widget.setEnabled(self.may_change)
        self.reload()
        self.embed.toggled.connect(self._save_embedding)

    def reload(self) -> None:
        try:
            server = self.workstation.call(timestamp_server)
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            show_error(self, error)
            return
        self.url.setText(server.url or "")
        self._show(server)
        try:
            embeds = self.workstation.call(embeds_on_signing)
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            show_error(self, error)
            return
        self.embed.blockSignals(True)
        self.embed.setChecked(embeds)
        self.embed.blockSignals(False)

    def _save_embedding(self, embed: bool) -> None:
        try:
            self.workstation.call(save_embeds_on_signing, embed)
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            self.embed.blockSignals(True)
            self.embed.setChecked(not embed)
            self.embed.blockSignals(False)
            show_error(self, error)

    def _show(self, server) -> None:
        if not self.may_change:
            self.status.setText(self.tr("Only HR changes the timestamp server."))
        elif server.url:
            self.status.setText(self.tr("Signatures carry a timestamp from {url}.").format(url=server.url))
        else:
            self.status.setText(self.tr("Signatures carry no timestamp."))

    def save(self) -> None:
        self._save(self.url.text().strip() or None)

    def clear(self) -> None:
        self.url.clear()
        self._save(None)

    def _save(self, url: str | None) -> None:
        self.save_button.setEnabled(False)
        self.clear_button.setEnabled(False)

        def done(server) -> None:
            self._enable()
            self.url.setText(server.url or "")
            self._show(server)

        def failed(error: Exception) -> None:
            self._enable()
            show_error(self, error)

        self.job = Job(self, self.tr("Asking the timestamp server"),
                       lambda workstation, _progress: workstation.call(save_timestamp_server, url),
                       done, failed, cancellable=False, workstation=self.workstation)
        self.job.start()

    def _enable(self) -> None:
        self.save_button.setEnabled(True)
        self.clear_button.setEnabled(True)


"""Settings ▸ Signatures: the RFC 3161 timestamp server every signature then carries a
timestamp from (reviewer.appraisal.timestamps). HR names or clears it; saving asks the
server for a timestamp, off the UI thread, since a slow server may take seconds. And
whether each signature is followed by the document's validation data (PAdES B-LT,
reviewer.appraisal.long_term)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit

from reviewer.appraisal.long_term import embeds_on_signing, save_embeds_on_signing

from reviewer.appraisal.timestamps import MAX_URL_LENGTH, save_timestamp_server, timestamp_server
from reviewer.workstation import Workstation

from ..errors import show_error
from .hr_setting_tab import HrSettingTab


class SignaturesTab(HrSettingTab):
    loader = timestamp_server

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(workstation, parent)
        self.url = QLineEdit()
        self.url.setMinimumWidth(420)  # an https:// address with its path stays in view
        self.url.setMaxLength(MAX_URL_LENGTH)
        self.url.setPlaceholderText(self.tr("none: signatures carry no timestamp"))
        self.form.addRow(self.tr("Timestamp server (RFC 3161):"), self.url)
        self.add_note(self.tr("An http:// or https:// address. Every signature then carries the server's timestamp "
                              "(PAdES B-T), which proves its date after the signer's certificate expires; when the "
                              "server does not answer, nothing is signed. Saving asks the server for a timestamp "
                              "once: the certificates it shows are trusted for timestamps from then on."))
        self.editable(self.url)
        self.embed = QCheckBox(self.tr("Embed validation data (long-term validation)"))
        self.embed.setToolTip(self.tr(
            "After each signature, the document also carries every signer's and timestamp server's certificates "
            "and the revocation data their services give (PAdES B-LT), so that it can still be checked when the "
            "certificates have expired. Certificates issued here name no revocation service: for them only the "
            "certificates are embedded."))
        self.form.addRow("", self.embed)
        self.editable(self.embed)
        self.save_button = self.add_button(self.tr("Save timestamp server"), self.save)
        self.clear_button = self.add_button(self.tr("No timestamps"), self.clear)
        self.reload()
        self.embed.toggled.connect(self._save_embedding)

    def show_setting(self, server) -> None:
        self.url.setText(server.url or "")
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

    def read_only_text(self) -> str:
        return self.tr("Only HR changes the timestamp server.")

    def status_text(self, server, just_saved: bool) -> str:
        if server.url:
            return self.tr("Signatures carry a timestamp from {url}.").format(url=server.url)
        return self.tr("Signatures carry no timestamp.")

    def save(self) -> None:
        self._save(self.url.text().strip() or None)

    def clear(self) -> None:
        self.url.clear()
        self._save(None)

    def _save(self, url: str | None) -> None:
        self.store(save_timestamp_server, url, background=self.tr("Asking the timestamp server"))

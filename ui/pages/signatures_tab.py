"""Settings ▸ Signatures: the RFC 3161 timestamp server every signature then carries a
timestamp from (reviewer.appraisal.timestamps). HR names or clears it; saving asks the
server for a timestamp, off the UI thread, since a slow server may take seconds."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from reviewer.appraisal.timestamps import MAX_URL_LENGTH, save_timestamp_server, timestamp_server
from reviewer.workstation import Workstation

from .hr_setting_tab import HrSettingTab


class SignaturesTab(HrSettingTab):
    loader = timestamp_server

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(workstation, parent)
        self.url = QLineEdit()
        self.url.setMaxLength(MAX_URL_LENGTH)
        self.url.setPlaceholderText(self.tr("none: signatures carry no timestamp"))
        self.form.addRow(self.tr("Timestamp server (RFC 3161):"), self.url)
        self.add_note(self.tr("An http:// or https:// address. Every signature then carries the server's timestamp "
                              "(PAdES B-T), which proves its date after the signer's certificate expires; when the "
                              "server does not answer, nothing is signed. Saving asks the server for a timestamp "
                              "once: the certificates it shows are trusted for timestamps from then on."))
        self.editable(self.url)
        self.save_button = self.add_button(self.tr("Save timestamp server"), self.save)
        self.clear_button = self.add_button(self.tr("No timestamps"), self.clear)
        self.reload()

    def show_setting(self, server) -> None:
        self.url.setText(server.url or "")

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

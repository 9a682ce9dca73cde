"""Settings ▸ Backups: how many backups of each kind are kept (reviewer.database.backup):
the automatic ones in the backups folder (on exit and File ▸ Back up now…) and the copies
made before a schema upgrade, beside the database. HR changes it; everyone else reads it.
On a PostgreSQL server the tab says that the server's backups are made with pg_dump."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSpinBox

from reviewer.database import backup as backups
from reviewer.workstation import Workstation

from ..problem_text import error_text
from .hr_setting_tab import HrSettingTab


class BackupsTab(HrSettingTab):
    loader = backups.backup_settings

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(workstation, parent)
        self.on_server = not backups.is_backed_up_here(workstation.database.url)
        self.keep = QSpinBox()
        self.keep.setRange(*backups.KEEP_RANGE)
        self.keep.setSuffix(self.tr(" backups"))
        self.form.addRow(self.tr("Keep the newest:"), self.keep)
        self.add_note(self.tr("Of each kind: the automatic backups made when the window closes and by File ▸ "
                              "Back up now…, and the copies made before a schema upgrade, kept beside the "
                              "database. Older ones are removed. From 1 to 365."))
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Backups folder:"), self.folder)
        self.editable(self.keep)
        self.save_button = self.add_button(self.tr("Save backup settings"), self.save)
        if self.on_server:
            self.keep.setEnabled(False)
            self.save_button.setEnabled(False)
        self.reload()

    def show_setting(self, setting: backups.BackupSettings) -> None:
        self.keep.setValue(setting.keep)
        self.folder.setText(str(setting.folder))

    def read_only_text(self) -> str:
        return self._server_text() or self.tr("Only HR changes the backup settings.")

    def status_text(self, setting: backups.BackupSettings, just_saved: bool) -> str:
        if self.on_server:
            return self._server_text()
        return self.tr("Backup settings saved.") if just_saved else ""

    def _server_text(self) -> str:
        if not self.on_server:
            return ""
        return error_text(backups.server_backup_explained(self.workstation.database.url))

    def save(self) -> None:
        self.store(backups.set_keep, self.keep.value())

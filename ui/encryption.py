"""File → Encrypt database… (or, once encrypted, Change database passphrase… and Remove
database encryption…), and the passphrase asked at start-up.

The work is reviewer.database.encryption's; this module asks and says what happened.
The actions are hidden for a server database, which has no file to encrypt.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from reviewer.database import encryption
from reviewer.database.backup import is_backed_up_here
from reviewer.workstation import Workstation

from .dialogs.passphrase_dialog import EncryptionDialog, UnlockDialog


def unlock_at_start(url: str, location: str) -> bool:
    """Ask for the passphrase of an encrypted database file that none was given for.
    False when the user gave up; True when the database may be opened (a wrong
    APPRAISAL_DB_PASSPHRASE is then told by opening it)."""
    if not encryption.is_database_encrypted(url) or not encryption.encryption_available():
        return True
    if encryption.current_passphrase(url) is not None:
        return True
    return bool(UnlockDialog(url, location).exec())


class EncryptionActions(QObject):
    """The encryption actions of one window's File menu."""

    def __init__(self, window: QWidget, workstation: Workstation):
        super().__init__(window)
        self.window, self.workstation = window, workstation
        self.encrypt_action = QAction(self.tr("Encr&ypt database…"), self)
        self.encrypt_action.triggered.connect(lambda: self.open_dialog("on"))
        self.change_action = QAction(self.tr("Change database &passphrase…"), self)
        self.change_action.triggered.connect(lambda: self.open_dialog("change"))
        self.decrypt_action = QAction(self.tr("Remove database encr&yption…"), self)
        self.decrypt_action.triggered.connect(lambda: self.open_dialog("off"))
        self.dialog: EncryptionDialog | None = None

    def add_to(self, menu: QMenu) -> None:
        for action in (self.encrypt_action, self.change_action, self.decrypt_action):
            menu.addAction(action)
        menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the actions that fit the file as it is now."""
        url = self.workstation.database.url
        here = is_backed_up_here(url)
        encrypted = here and encryption.is_database_encrypted(url)
        self.encrypt_action.setVisible(here and not encrypted)
        self.change_action.setVisible(encrypted)
        self.decrypt_action.setVisible(encrypted)

    def open_dialog(self, mode: str) -> bool:
        """The form for ``mode`` (on, change, off); True once the database was rewritten."""
        self.dialog = EncryptionDialog(self.workstation, mode, self.window)
        if not self.dialog.exec():
            return False
        result = self.dialog.result_value
        if mode == "on":
            text = self.tr("The database is encrypted. From now on the program asks for its passphrase when it "
                           "starts. The unencrypted file was kept as %1; delete it once you have checked that "
                           "the passphrase opens the database.").replace("%1", str(result.kept_aside))
            if result.plain_backups:
                text += " " + self.tr("%1 backup(s) made before are not encrypted, in %2.").replace(
                    "%1", str(len(result.plain_backups))).replace("%2", str(result.plain_backups[0].parent))
        elif mode == "change":
            text = self.tr("The database has its new passphrase.")
        else:
            text = self.tr("The database is no longer encrypted. The encrypted file was kept as %1.").replace(
                "%1", str(result.kept_aside))
        QMessageBox.information(self.window, self.tr("Database encryption"), text)
        self.refresh()
        return True

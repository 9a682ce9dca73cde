"""File → Back up now… and Restore from backup…, and the backup when the window closes.

The work is reviewer.database.backup's; this module asks, shows progress and says what
happened. On a PostgreSQL server both actions explain that the server's backups are made
with pg_dump (and show the command) instead of pretending.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reviewer.database import backup as backups
from reviewer.workstation import Workstation

from .errors import show_error
from .problem_text import error_text
from .worker import Job

# Up to this size the exit backup runs at once (about a tenth of a second: 32 MiB took over
# a second on a busy machine, a visible freeze); a bigger file is copied and checked in the
# background with a progress dialog and the window closes when it is done.
QUICK_EXIT_BACKUP_BYTES = 4 * 1024 * 1024
PROGRESS_MESSAGE = QT_TRANSLATE_NOOP("progress", "Backing up")  # the Job translates it

_log = logging.getLogger(__name__)


class BackupActions(QObject):
    """Backups for one window. ``restored`` is emitted after a restore: the window then
    closes and the program opens the restored database again."""

    restored = Signal()

    def __init__(self, window: QWidget, workstation: Workstation):
        super().__init__(window)
        self.window, self.workstation = window, workstation
        self.last_backup: Path | None = None
        self._job: Job | None = None

    @property
    def _url(self) -> str:
        return self.workstation.database.url

    def _explain_server(self) -> None:
        QMessageBox.information(self.window, self.tr("Backups on a database server"),
                                error_text(backups.server_backup_explained(self._url)))

    # -- Back up now… ---------------------------------------------------------------------
    def back_up_now(self) -> Job | None:
        if not backups.is_backed_up_here(self._url):
            self._explain_server()
            return None

        def work(progress):
            return backups.back_up_now(self.workstation, report=lambda f: progress.step(f, PROGRESS_MESSAGE))

        def done(result) -> None:
            self.last_backup = result.path
            QMessageBox.information(
                self.window, self.tr("Backup made"),
                self.tr("The database was backed up to %1. The backups folder keeps the newest %2 backups.")
                .replace("%1", str(result.path)).replace("%2", str(self.workstation.call(backups.stored_keep))))

        self._job = Job(self.window, self.tr("Backing up the database"), work, done, cancellable=False).start()
        return self._job

    # -- Restore from backup… ---------------------------------------------------------------
    def restore_from_backup(self, chosen: str | None = None) -> bool:
        """Ask for a backup file (unless ``chosen``), check it, confirm, restore. True once restored."""
        if not backups.is_backed_up_here(self._url):
            self._explain_server()
            return False
        if chosen is None:
            folder = backups.backups_folder()
            chosen, _filter = QFileDialog.getOpenFileName(
                self.window, self.tr("Restore from backup"), str(folder if folder.exists() else Path.home()),
                self.tr("Database backups (*.sqlite3 *.sqlite *.db);;All files (*)"))
            if not chosen:
                return False
        path = Path(chosen)
        try:
            backups.check_backup(path, passphrase=backups.backup_passphrase(self._url, path.expanduser().resolve()))
        except Exception as error:  # noqa: BLE001 - coded refusals and OS errors alike are shown
            show_error(self.window, error)
            return False
        answer = QMessageBox.question(
            self.window, self.tr("Restore from backup"),
            self.tr("Replace the current database with the backup %1? The current database is kept aside "
                    "as a copy next to it. The window then closes and the program opens the restored "
                    "database again.").replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = backups.restore_into(self.workstation, path)
        except Exception as error:  # noqa: BLE001
            QGuiApplication.restoreOverrideCursor()
            show_error(self.window, error)
            return False
        QGuiApplication.restoreOverrideCursor()
        text = self.tr("The database was restored from %1.").replace("%1", str(result.restored_from))
        if result.kept_aside:
            text += " " + self.tr("The previous database was kept as %1.").replace("%1", str(result.kept_aside))
        if result.upgraded_from:
            text += " " + (self.tr("The backup was made by an older version: its schema was upgraded from %1 to %2.")
                           .replace("%1", result.upgraded_from).replace("%2", result.schema_version))
        if result.takes_backup_passphrase:
            text += " " + self.tr("It was encrypted with the passphrase in APPRAISAL_DB_PASSPHRASE, which opens the "
                                  "database from now on.")
        text += " " + self.tr("The window now closes and the program opens the restored database again.")
        QMessageBox.information(self.window, self.tr("Database restored"), text)
        self.restored.emit()
        return True

    # -- when the window closes ---------------------------------------------------------------
    def back_up_before_closing(self, then_close: Callable[[], None]) -> bool:
        """Back the database up as the window closes. True when the copy runs in the
        background: ``then_close`` is called when it ends, whatever the outcome (a failed
        backup never keeps the window open). False when done (or not needed) already."""
        try:
            if not backups.exit_backup_wanted(self.workstation):
                return False
            if backups.database_size(self.workstation) <= QUICK_EXIT_BACKUP_BYTES:
                self.last_backup = backups.back_up_on_exit(self.workstation).path
                return False
        except Exception as error:  # noqa: BLE001 - the exit goes on; the reason is logged
            _log.warning("The backup on exit failed: %s", error)
            return False

        def work(progress):
            return backups.back_up_on_exit(self.workstation, report=lambda f: progress.report(f, PROGRESS_MESSAGE))

        def done(result) -> None:
            self.last_backup = result.path
            then_close()

        def failed(error: Exception) -> None:
            _log.warning("The backup on exit failed: %s", error)
            then_close()

        self._job = Job(self.window, self.tr("Backing up the database before closing"), work, done,
                        on_error=failed, cancellable=False).start()
        return True

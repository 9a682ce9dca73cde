"""The passphrase of an encrypted database: asked at start-up, and the forms that encrypt
the database, change its passphrase or remove the encryption. Checking a passphrase and
rewriting the file run in the background (SQLCipher's key derivation is slow on purpose)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from reviewer.database import encryption
from reviewer.errors import ValidationError

from ..problem_text import error_text
from ..worker import Job
from .inline_form import InlineFormDialog, password_field

MODES = ("on", "change", "off")


class _PassphraseForm(InlineFormDialog):
    """Passphrase fields whose OK runs ``work`` in the background; a refusal is shown under them."""

    def __init__(self, parent=None):
        super().__init__(QDialogButtonBox.StandardButton.Ok, parent)
        self.ok_button = self.accept_button
        self.result_value = None
        self._job: Job | None = None

    @property
    def checking(self) -> bool:
        return self._job is not None

    def _field(self, label: str) -> QLineEdit:
        field = password_field(minimum_width=260)
        self.form.addRow(label, field)
        return field

    def _run(self, work, waiting_text: str, progress_dialog: bool = False) -> None:
        if self._job is not None:
            return
        self._set_busy(True)
        self.say(waiting_text, problem=False)
        self._job = Job(self, waiting_text, work, self._succeeded, self._refused, cancellable=False,
                        dialog=progress_dialog)
        self._job.start()

    def _succeeded(self, value) -> None:
        self._job = None
        self.result_value = value
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._job = None
        self._set_busy(False)
        self.say(error_text(error), problem=True)
        for field in self.findChildren(QLineEdit):
            field.clear()
        self.findChildren(QLineEdit)[0].setFocus()

    def _set_busy(self, busy: bool) -> None:
        for field in self.findChildren(QLineEdit):
            field.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def reject(self) -> None:
        if self._job is None:  # a rewrite under way finishes first
            super().reject()


class UnlockDialog(_PassphraseForm):
    """Start-up: the database file is encrypted; the passphrase that opens it."""

    def __init__(self, url: str, location: str, parent=None):
        super().__init__(parent)
        self.url = url
        self.setWindowTitle(self.tr("Encrypted database"))
        self.set_intro(self.tr("This database is encrypted. Type its passphrase to open it.") + f"\n{location}")
        self.passphrase = self._field(self.tr("Passphrase:"))
        self.ok_button.setText(self.tr("Open"))
        self.passphrase.setFocus()

    def submit(self) -> None:
        passphrase, url = self.passphrase.text(), self.url
        if not passphrase:
            self.passphrase.setFocus()
            return
        self._run(lambda _progress: encryption.unlock(url, passphrase), self.tr("Checking the passphrase…"))


class EncryptionDialog(_PassphraseForm):
    """Encrypt the database (``on``), give it a new passphrase (``change``) or write it back
    unencrypted (``off``); the rewrite runs in the background with a progress dialog."""

    def __init__(self, workstation, mode: str, parent=None):
        super().__init__(parent)
        assert mode in MODES
        self.workstation, self.mode = workstation, mode
        self.current = self.new = self.again = None
        if mode == "on":
            self.setWindowTitle(self.tr("Encrypt database"))
            self.set_intro(self.tr("The database file is encrypted with this passphrase; without it nobody can "
                                   "read it, you included: keep it safe. The unencrypted file is kept aside "
                                   "next to it until you delete it."))
        elif mode == "change":
            self.setWindowTitle(self.tr("Change database passphrase"))
        else:
            self.setWindowTitle(self.tr("Remove database encryption"))
            self.set_intro(self.tr("The database is written back as a plain file that anyone with access to it "
                                   "can read. The encrypted file is kept aside next to it."))
        if mode != "on":
            self.current = self._field(self.tr("Current passphrase:"))
        if mode != "off":
            self.new = self._field(self.tr("New passphrase:"))
            self.again = self._field(self.tr("New passphrase again:"))
        self.findChildren(QLineEdit)[0].setFocus()

    def submit(self) -> None:
        workstation = self.workstation
        if self.new is not None:
            try:
                encryption.check_new_passphrase(self.new.text(), self.again.text())
            except ValidationError as error:
                self.say(error_text(error), problem=True)
                self.new.clear()
                self.again.clear()
                self.new.setFocus()
                return
        new = self.new.text() if self.new is not None else None
        current = self.current.text() if self.current is not None else None
        if self.mode == "on":
            work = lambda _progress: encryption.encrypt_workstation(workstation, new)  # noqa: E731
        elif self.mode == "change":
            work = lambda _progress: encryption.change_workstation_passphrase(workstation, current, new)  # noqa: E731
        else:
            work = lambda _progress: encryption.decrypt_workstation(workstation, current)  # noqa: E731
        self._run(work, self.tr("Rewriting the database…"), progress_dialog=True)

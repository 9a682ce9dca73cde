"""Who is using the program: signing in with a profile name and password, and
making the first HR profile of a shared database. Checking a password runs in the
background: a wrong one waits a second or more (no fast guessing), and the dialog
stays responsive meanwhile."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from reviewer.access import add_profile
from reviewer.workstation import Workstation, identify

from ..problem_text import coded_text, error_text
from ..worker import Job
from .inline_form import InlineFormDialog, password_field

LAST_NAME_KEY = "signin/last_profile"


def _password_field() -> QLineEdit:
    return password_field(minimum_width=260)


class _CheckingDialog(InlineFormDialog):
    """A small form whose OK runs a background check and shows its refusal inline."""

    def __init__(self, parent=None):
        super().__init__(QDialogButtonBox.StandardButton.Ok, parent)
        self.workstation: Workstation | None = None
        self._job: Job | None = None
        self.ok_button = self.accept_button

    @property
    def checking(self) -> bool:
        return self._job is not None

    def _run(self, work, waiting_text: str) -> None:
        if self._job is not None:
            return
        self._set_busy(True)
        self.say(waiting_text, problem=False)
        self._job = Job(self, waiting_text, work, self._succeeded, self._refused, cancellable=False, dialog=False)
        self._job.start()

    def _succeeded(self, workstation: Workstation) -> None:
        self._job = None
        self.workstation = workstation
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._job = None
        self._set_busy(False)
        self.say(error_text(error), problem=True)

    def _set_busy(self, busy: bool) -> None:
        for field in self.findChildren(QLineEdit):
            field.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)

    def reject(self) -> None:
        if self._job is None:  # a check under way finishes first: its outcome is recorded
            super().reject()


class SignInDialog(_CheckingDialog):
    """Asks for a profile name and password; ``workstation`` holds the signed-in
    user once accepted."""

    def __init__(self, database, location: str = "", parent=None):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Sign in"))
        self.set_intro(self.tr("This database is shared or has several profiles. Say who you are.")
                           + (f"\n{location}" if location else ""))
        self.name = QLineEdit(str(QSettings().value(LAST_NAME_KEY, "") or ""))
        self.name.setMinimumWidth(260)
        self.form.addRow(self.tr("Profile:"), self.name)
        self.password = _password_field()
        self.form.addRow(self.tr("Password:"), self.password)
        self.ok_button.setText(self.tr("Sign in"))
        (self.password if self.name.text() else self.name).setFocus()

    def submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if not name:
            self.name.setFocus()
            return
        database = self.database
        self._run(lambda _progress: identify(database, name, password), self.tr("Checking the password…"))

    def _succeeded(self, workstation: Workstation) -> None:
        QSettings().setValue(LAST_NAME_KEY, workstation.actor.username)
        super()._succeeded(workstation)

    def _refused(self, error: Exception) -> None:
        super()._refused(error)
        self.password.clear()
        self.password.setFocus()


class FirstProfileDialog(_CheckingDialog):
    """A shared database nobody can sign in to yet: make its first HR profile, then
    go on signed in as it."""

    def __init__(self, owner: Workstation, parent=None):
        super().__init__(parent)
        self.owner = owner
        self.setWindowTitle(self.tr("First HR profile"))
        self.set_intro(self.tr("This shared database has no profiles yet. Make the first HR profile: "
                                   "everyone who uses the database will sign in, and HR adds the others "
                                   "in Settings → Profiles."))
        self.name = QLineEdit()
        self.form.addRow(self.tr("Profile name:"), self.name)
        self.password = _password_field()
        self.form.addRow(self.tr("Password:"), self.password)
        self.again = _password_field()
        self.form.addRow(self.tr("Password again:"), self.again)
        self.ok_button.setText(self.tr("Create and sign in"))
        self.name.setFocus()

    def submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if password != self.again.text():
            self.say(coded_text("passwords_differ", {}), problem=True)
            self.again.clear()
            self.again.setFocus()
            return
        owner = self.owner

        def work(_progress) -> Workstation:
            owner.call(add_profile, name, "hr_admin", password)
            return identify(owner.database, name, password)

        self._run(work, self.tr("Creating the profile…"))

"""Settings → Profiles: who signs in, with which role. HR adds profiles, sets
passwords and disables them; everyone else sees their own and changes their password."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.access import ProfileRow, ProfilesView, add_profile, change_password, disable_profile, profiles_view
from reviewer.people.directory import list_people
from reviewer.workstation import Workstation

from ..context import PROFILES, changes
from ..dialogs.inline_form import InlineFormDialog, password_field
from ..errors import show_error
from ..problem_text import coded_text, error_text
from ..worker import Job

ROLES = ("hr_admin", "manager", "auditor")
_NUMBER_IN_LABEL = re.compile(r"\(([^()]+)\)\s*$")


def role_label(role: str) -> str:
    return {"hr_admin": QCoreApplication.translate("roles", "HR"),
            "manager": QCoreApplication.translate("roles", "Manager"),
            "auditor": QCoreApplication.translate("roles", "Auditor")}.get(str(role), str(role))


class _ProfileForm(InlineFormDialog):
    """A form whose Save runs a service in the background and shows its refusal inline."""

    def __init__(self, workstation: Workstation, title: str, parent=None):
        super().__init__(QDialogButtonBox.StandardButton.Save, parent)
        self.workstation = workstation
        self.setWindowTitle(title)

    def submit(self) -> None:
        self.save()

    def refuse(self, text: str) -> None:
        self.say(text)

    def passwords(self, first: QLineEdit, again: QLineEdit) -> str | None:
        if first.text() != again.text():
            self.refuse(coded_text("passwords_differ", {}))
            return None
        return first.text()

    def run(self, work) -> None:
        self.buttons.setEnabled(False)

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            self.refuse(error_text(error))

        def done(_result) -> None:
            self.buttons.setEnabled(True)
            self.accept()

        Job(self, self.windowTitle(), work, done, failed, cancellable=False, dialog=False,
            workstation=self.workstation, changes={PROFILES}).start()


class AddProfileDialog(_ProfileForm):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(workstation, self.tr("Add a profile"), parent)
        self.name = QLineEdit()
        self.form.addRow(self.tr("Profile name:"), self.name)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.form.addRow(self.tr("Role:"), self.role)
        self.employee = QLineEdit()
        self.employee.setPlaceholderText(self.tr("Type a name or employee number"))
        labels = [f"{p.name} ({p.employee_no})" for p in workstation.call(list_people) if p.is_active]
        completer = QCompleter(sorted(labels), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.employee.setCompleter(completer)
        self.form.addRow(self.tr("Employee:"), self.employee)
        self.employee_note = QLabel(self.tr("A manager sees the people who report to this employee, "
                                            "directly or through others."))
        self.employee_note.setWordWrap(True)
        self.form.addRow("", self.employee_note)
        self.password, self.again = password_field(), password_field()
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Password again:"), self.again)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        self.employee_note.setVisible(self.role.currentData() == "manager")

    def employee_no(self) -> str | None:
        text = self.employee.text().strip()
        if not text:
            return None
        match = _NUMBER_IN_LABEL.search(text)
        return match.group(1) if match else text

    def save(self) -> None:
        password = self.passwords(self.password, self.again)
        if password is None:
            return
        name, role, employee_no = self.name.text().strip(), self.role.currentData(), self.employee_no()
        self.run(lambda workstation, _progress: workstation.call(add_profile, name, role, password,
                                                                 employee_no=employee_no))


class PasswordDialog(_ProfileForm):
    def __init__(self, workstation: Workstation, username: str, parent=None):
        super().__init__(workstation, self.tr("Password of %1").replace("%1", username), parent)
        self.username = username
        self.password, self.again = password_field(), password_field()
        self.form.addRow(self.tr("New password:"), self.password)
        self.form.addRow(self.tr("Password again:"), self.again)

    def save(self) -> None:
        password = self.passwords(self.password, self.again)
        if password is not None:
            username = self.username
            self.run(lambda workstation, _progress: workstation.call(change_password, username, password))


class ProfilesTab(QWidget):
    view_loaded = Signal(object)  # ProfilesView

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.view: ProfilesView | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Profile"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Employee"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.open_add)
        self.password_button = QPushButton(self.tr("Set password…"))
        self.password_button.clicked.connect(self.open_password)
        self.disable_button = QPushButton(self.tr("Disable…"))
        self.disable_button.clicked.connect(self.disable)
        for button in (self.add_button, self.password_button, self.disable_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        changes(workstation).changed.connect(lambda areas: self.reload() if PROFILES in areas else None)
        self.reload()

    def reload(self) -> None:
        try:
            view = self.workstation.call(profiles_view)
        except Exception as error:  # noqa: BLE001 - shown, never a traceback
            show_error(self, error)
            return
        self.show_view(view)

    def show_view(self, view: ProfilesView) -> None:
        self.view = view
        if view.may_manage:
            self.intro.setText(self.tr("Everyone who signs in to this database. Once there are two profiles "
                                       "(or on a shared database), the window asks who is using it."))
        elif view.me:
            self.intro.setText(self.tr("Your profile. Only HR adds or disables profiles."))
        else:
            self.intro.setText(self.tr("Nobody signs in to this database yet."))
        self.table.setRowCount(len(view.profiles))
        for row, profile in enumerate(view.profiles):
            status = self.tr("Active") if profile.is_active else self.tr("Disabled")
            employee = f"{profile.employee_name} ({profile.employee_no})" if profile.employee_no else ""
            for column, text in enumerate((profile.username, profile.display_name, role_label(profile.role),
                                           employee, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, profile.username)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.add_button.setVisible(view.may_manage)
        self.disable_button.setVisible(view.may_manage)
        self._update_buttons()
        self.view_loaded.emit(view)

    def current(self) -> ProfileRow | None:
        row = self.table.currentRow()
        return self.view.profiles[row] if self.view and 0 <= row < len(self.view.profiles) else None

    def _update_buttons(self) -> None:
        profile, view = self.current(), self.view
        mine = profile is not None and view is not None and profile.username == view.me
        self.password_button.setEnabled(profile is not None and (view.may_manage or mine))
        self.password_button.setVisible(bool(view and (view.may_manage or view.me)))
        self.disable_button.setEnabled(profile is not None and profile.is_active)

    def open_add(self) -> AddProfileDialog:
        dialog = AddProfileDialog(self.workstation, self)
        dialog.open()
        return dialog

    def open_password(self) -> PasswordDialog | None:
        profile = self.current()
        if profile is None:
            return None
        dialog = PasswordDialog(self.workstation, profile.username, self)
        dialog.open()
        return dialog

    def disable(self, confirmed: bool = False) -> None:
        profile = self.current()
        if profile is None:
            return
        if not confirmed and QMessageBox.question(
                self, self.tr("Disable profile"),
                self.tr("%1 can no longer sign in. What they did stays on the audit trail.")
                .replace("%1", profile.username)) != QMessageBox.StandardButton.Yes:
            return
        Job(self, self.tr("Disable profile"), lambda workstation, _p: workstation.call(disable_profile, profile.username),
            lambda _result: None, cancellable=False, dialog=False, workstation=self.workstation,
            changes={PROFILES}).start()

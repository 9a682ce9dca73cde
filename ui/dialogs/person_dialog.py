"""Add or edit one person. Problems show beside the fields as you type; Save stays
disabled until the record can be saved."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.people.directory import DepartmentNode, PersonDetail, PersonRow, position_titles
from reviewer.people.editing import PersonInput, check_person, create_person, update_person
from reviewer.workstation import Workstation

from ..errors import show_error
from ..formatting import localized
from ..problem_text import problem_text

_NUMBER_IN_LABEL = re.compile(r"\(([^()]+)\)\s*$")


def person_label(name: str, number: str) -> str:
    return f"{name} ({number})"


class PersonDialog(QDialog):
    def __init__(self, workstation: Workstation, people: list[PersonRow], departments: list[DepartmentNode],
                 detail: PersonDetail | None = None, parent=None):
        super().__init__(parent)
        self.workstation, self.detail = workstation, detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit %1").replace("%1", detail.name) if detail else self.tr("Add a person"))
        self._ids_by_number = {p.employee_no: p.id for p in people}
        self._labels = {p.id: person_label(p.name, p.employee_no) for p in people if p.is_active}

        layout = QVBoxLayout(self)
        # Grow with the messages that appear under fields, so none is clipped.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addLayout(form)
        self.errors: dict[str, QLabel] = {}

        def add_row(key: str, label: str, widget: QWidget) -> None:
            error = QLabel()
            error.setWordWrap(True)
            error.hide()
            widget.setMinimumWidth(360)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors[key] = error

        self.number = QLineEdit()
        add_row("employee_no", self.tr("Employee no.:"), self.number)
        self.name = QLineEdit()
        add_row("name", self.tr("Name:"), self.name)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("optional"))
        add_row("email", self.tr("Email:"), self.email)
        self.department = QComboBox()
        children: dict[int | None, list[DepartmentNode]] = {}
        for node in departments:
            children.setdefault(node.parent_id, []).append(node)

        def add_departments(parent: int | None, depth: int) -> None:
            for node in children.get(parent, []):
                self.department.addItem("\u3000" * depth + node.name, node.id)
                add_departments(node.id, depth + 1)

        add_departments(None, 0)
        add_row("department", self.tr("Department:"), self.department)
        self.position = QComboBox()
        self.position.setEditable(True)
        # In the user's language; the services know a position by either title.
        self.position.addItems(["", *sorted(localized(title, title_zh) for title, title_zh
                                            in workstation.call(position_titles))])
        add_row("position", self.tr("Position:"), self.position)
        self.manager = QLineEdit()
        self.manager.setPlaceholderText(self.tr("Type a name or employee number; empty for none"))
        completer = QCompleter(sorted(self._labels.values()), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.manager.setCompleter(completer)
        add_row("manager", self.tr("Manager:"), self.manager)
        hire_row = QHBoxLayout()
        self.has_hire_date = QCheckBox(self.tr("Known"))
        self.hire_date = QDateEdit()
        self.hire_date.setCalendarPopup(True)
        self.hire_date.setDisplayFormat("yyyy-MM-dd")
        self.hire_date.setDate(QDate.currentDate())
        self.has_hire_date.toggled.connect(self.hire_date.setEnabled)
        hire_row.addWidget(self.has_hire_date)
        hire_row.addWidget(self.hire_date, 1)
        hire_widget = QWidget()
        hire_widget.setLayout(hire_row)
        hire_row.setContentsMargins(0, 0, 0, 0)
        add_row("hire_date", self.tr("Hire date:"), hire_widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill(detail)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.validate)
        for widget in (self.number, self.name, self.email, self.manager):
            widget.textChanged.connect(self._timer.start)
        self.department.currentIndexChanged.connect(self._timer.start)
        self.validate()

    def _fill(self, detail: PersonDetail | None) -> None:
        self.has_hire_date.setChecked(False)
        self.hire_date.setEnabled(False)
        if detail is None:
            return
        self.number.setText(detail.employee_no)
        self.name.setText(detail.name)
        self.email.setText(detail.email or "")
        self.department.setCurrentIndex(max(0, self.department.findData(detail.department_id)))
        self.position.setCurrentText(localized(detail.position, detail.position_zh) or "")
        if detail.manager:
            self.manager.setText(person_label(detail.manager.name, detail.manager.employee_no))
        if detail.hire_date:
            self.has_hire_date.setChecked(True)
            self.hire_date.setDate(QDate(detail.hire_date.year, detail.hire_date.month, detail.hire_date.day))

    def manager_id(self) -> int | None | str:
        """The chosen manager's id, None for none, or the text if it names no one."""
        text = self.manager.text().strip()
        if not text:
            return None
        match = _NUMBER_IN_LABEL.search(text)
        number = match.group(1) if match else text
        return self._ids_by_number.get(number, text)

    def values(self) -> PersonInput:
        manager = self.manager_id()
        hire = self.hire_date.date() if self.has_hire_date.isChecked() else None
        return PersonInput(
            employee_no=self.number.text(), name=self.name.text(), department_id=self.department.currentData(),
            email=self.email.text() or None, position=self.position.currentText() or None,
            manager_id=manager if isinstance(manager, int) else None,
            hire_date=date(hire.year(), hire.month(), hire.day()) if hire else None)

    def validate(self) -> bool:
        problems = self.workstation.call(check_person, self.values(), self.detail.id if self.detail else None)
        messages: dict[str, list[str]] = {}
        for problem in problems:
            messages.setdefault(problem.field, []).append(problem_text(problem, with_field=False))
        if isinstance(self.manager_id(), str):
            messages.setdefault("manager", []).append(self.tr("No active person is called that."))
        for key, label in self.errors.items():
            label.setText("\n".join("⚠ " + text for text in messages.get(key, [])))
            label.setVisible(key in messages)
        valid = not messages
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)
        return valid

    def save(self) -> None:
        if not self.validate():
            return
        try:
            if self.detail is None:
                self.saved_id = self.workstation.call(create_person, self.values())
            else:
                self.workstation.call(update_person, self.detail.id, self.values())
                self.saved_id = self.detail.id
        except ReviewerError as error:
            show_error(self, error)
            return
        self.accept()

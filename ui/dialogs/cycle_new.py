"""Creating a cycle: name, period, frequency, who is in it, and optionally an earlier
cycle to copy settings, bands, form and targets from."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.cycles.setup import CreatedCycle, NewCycle, create_cycle
from reviewer.workstation import Workstation

from ..context import APPRAISALS
from ..vocabulary import frequency_name
from ..worker import Job

FREQUENCIES = ("month", "quarter", "half_year", "year")


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class NewCycleDialog(QDialog):
    """``cycles``: (id, name) of the earlier cycles; ``departments``: (id, full path)."""

    created = Signal(object)  # CreatedCycle

    def __init__(self, workstation: Workstation, cycles: list[tuple[int, str]],
                 departments: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.setWindowTitle(self.tr("New cycle"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 2027 H1"))
        self.name.setMaxLength(100)
        form.addRow(self.tr("Name:"), self.name)
        today = date.today()
        start = date(today.year + (today.month > 6), 1 if today.month > 6 else 7, 1)
        self.start = self._date_edit(start)
        self.end = self._date_edit(date(start.year, 6, 30) if start.month == 1 else date(start.year, 12, 31))
        form.addRow(self.tr("Starts:"), self.start)
        form.addRow(self.tr("Ends:"), self.end)
        self.frequency = QComboBox()
        for value in FREQUENCIES:
            self.frequency.addItem(frequency_name(value), value)
        self.frequency.setCurrentIndex(FREQUENCIES.index("half_year"))
        form.addRow(self.tr("Frequency:"), self.frequency)

        scope = QWidget()
        scope_layout = QVBoxLayout(scope)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.whole_company = QRadioButton(self.tr("The whole company"))
        self.chosen_departments = QRadioButton(self.tr("Chosen departments (with their sub-departments)"))
        group = QButtonGroup(self)
        group.addButton(self.whole_company)
        group.addButton(self.chosen_departments)
        self.whole_company.setChecked(True)
        self.departments = QListWidget()
        self.departments.setMaximumHeight(140)
        for dept_id, path in departments:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, dept_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.departments.addItem(item)
        self.departments.setEnabled(False)
        self.chosen_departments.toggled.connect(self.departments.setEnabled)
        for widget in (self.whole_company, self.chosen_departments, self.departments):
            scope_layout.addWidget(widget)
        form.addRow(self.tr("Who is in it:"), scope)
        note = QLabel(self.tr("Everyone employed on the start date is taken in; people who join later can be added."))
        note.setWordWrap(True)
        form.addRow("", note)

        self.copy_from = QComboBox()
        self.copy_from.addItem(self.tr("Nothing: start from the default settings and bands"), None)
        for cycle_id, name in cycles:
            self.copy_from.addItem(name, cycle_id)
        form.addRow(self.tr("Copy from:"), self.copy_from)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self.departments.itemChanged.connect(self._check)
        self.chosen_departments.toggled.connect(self._check)
        self._check()

    def _date_edit(self, value: date) -> QDateEdit:
        edit = QDateEdit(qdate(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def chosen_department_ids(self) -> list[int] | None:
        if not self.chosen_departments.isChecked():
            return None
        return [self.departments.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.departments.count())
                if self.departments.item(i).checkState() == Qt.CheckState.Checked]

    def _check(self) -> None:
        chosen = self.chosen_department_ids()
        valid = bool(self.name.text().strip()) and (chosen is None or bool(chosen))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)

    def new_cycle(self) -> NewCycle:
        return NewCycle(self.name.text(), pydate(self.start.date()), pydate(self.end.date()),
                        self.frequency.currentData(), self.chosen_department_ids(), self.copy_from.currentData())

    def save(self) -> None:
        new = self.new_cycle()

        def work(workstation, _progress) -> CreatedCycle:
            return workstation.call(create_cycle, new)

        def done(created: CreatedCycle) -> None:
            self.created.emit(created)
            self.accept()

        self.job = Job(self, self.tr("Creating the cycle"), work, done, workstation=self.workstation,
                       changes=(APPRAISALS,)).start()

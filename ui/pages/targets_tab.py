"""Targets for a cycle: everyone's weight total at a glance, one person's targets
edited in place, templates assigned and last cycle copied in bulk."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from reviewer.cycles.choices import cycle_choices
from reviewer.errors import ReviewerError
from reviewer.kpi.targets import (
    assign_choices,
    assign_template_to,
    copy_targets_forward,
    cycle_targets,
    person_target_sheet,
    update_target,
)
from reviewer.people.directory import person_detail
from reviewer.workstation import Workstation

from ..errors import show_error
from ..formatting import localized
from ..models.people_model import ID_ROLE
from ..models.targets_model import TargetsModel
from ..problem_text import coded_text
from .target_detail import TargetDetailPanel



class TargetsTab(QWidget):
    status_message = Signal(str)
    results_imported = Signal()

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.editable = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.cycle = QComboBox()
        self.cycle.currentIndexChanged.connect(lambda _i: self.reload_people())
        bar.addWidget(QLabel(self.tr("Cycle:")))
        bar.addWidget(self.cycle)
        self.assign_button = QPushButton(self.tr("Assign a template…"))
        self.assign_button.clicked.connect(lambda: self.open_assign())
        self.copy_button = QPushButton(self.tr("Copy from another cycle…"))
        self.copy_button.clicked.connect(lambda: self.copy_forward())
        self.import_button = QPushButton(self.tr("Import results…"))
        self.import_button.setToolTip(self.tr("Add results from a CSV or Excel file: employee no., KPI code, value, date"))
        self.import_button.clicked.connect(lambda: self.open_import())
        self.import_targets_button = QPushButton(self.tr("Import targets…"))
        self.import_targets_button.setToolTip(self.tr("Each person's targets in a running cycle from a CSV or Excel "
                                                      "file: employee no., KPI code, target, weight"))
        self.import_targets_button.clicked.connect(lambda: self.open_targets_import())
        bar.addWidget(self.assign_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.import_targets_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        # A line of its own: beside the buttons the count made the page wider than the screen.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        layout.addWidget(self.read_only_note)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.only_off = QCheckBox(self.tr("Only weights not totalling 100%"))
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.only_off)
        # A few thousand rows at most per cycle view: a standard item model is enough here.
        self.people_model = QStandardItemModel(0, 3, self)
        self.people_model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Employee no."), self.tr("Weights")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.people_model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.only_off.toggled.connect(lambda _on: self.reload_people())
        self.people = QTableView()
        self.people.setModel(self.proxy)
        self.people.verticalHeader().hide()
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.selectionModel().currentRowChanged.connect(lambda *_: self.show_person())
        left_layout.addWidget(self.people)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.person_title = QLabel()
        right_layout.addWidget(self.person_title)
        self.targets_model = TargetsModel(self._save_target, self)
        self.targets = QTableView()
        self.targets.setModel(self.targets_model)
        self.targets.verticalHeader().hide()
        self.targets.horizontalHeader().setStretchLastSection(True)
        self.targets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed
                                     | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.detail = TargetDetailPanel(workstation)
        self.detail.changed.connect(self._detail_changed)
        vertical = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.targets, 1)
        top_layout.addWidget(self.total)
        vertical.addWidget(top)
        vertical.addWidget(self.detail)
        right_layout.addWidget(vertical, 1)
        self.targets.selectionModel().currentRowChanged.connect(lambda *_: self._target_changed())
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    # -- data ---------------------------------------------------------------------
    def reload(self) -> None:
        current = self.cycle.currentData()
        self.cycle.blockSignals(True)
        self.cycle.clear()
        for cycle in self.workstation.call(cycle_choices):
            self.cycle.addItem(cycle.name, cycle.id)
        index = self.cycle.findData(current)
        self.cycle.setCurrentIndex(index if index >= 0 else 0)
        self.cycle.blockSignals(False)
        self.reload_people()

    def reload_people(self, select_id: int | None = None) -> None:
        cycle_id = self.cycle.currentData()
        keep = select_id or self.current_employee()
        self.people_model.setRowCount(0)
        if cycle_id is None:
            self.assign_button.setEnabled(False)
            self.copy_button.setEnabled(False)
            self.summary.setText(self.tr("No cycle yet: create one under Cycles, or load the demo data."))
            return
        sheet = self.workstation.call(cycle_targets, cycle_id)
        for person in sheet.people:
            if self.only_off.isChecked() and person.balanced:
                continue
            cells = [QStandardItem(person.name), QStandardItem(person.employee_no),
                     QStandardItem(("" if person.balanced else "⚠ ") + f"{person.total:g}%")]
            for cell in cells:
                cell.setEditable(False)
                cell.setData(person.employee_id, ID_ROLE)
            self.people_model.appendRow(cells)
        self.people.resizeColumnsToContents()
        self.summary.setText(
            self.tr("%1 people with targets; %2 with weights not totalling 100%.")
            .replace("%1", str(len(sheet.people))).replace("%2", str(sheet.unbalanced)))
        self.editable = sheet.editable
        self.read_only_note.setText("" if sheet.editable else coded_text(sheet.read_only_code, sheet.read_only_params))
        self.read_only_note.setVisible(not sheet.editable)
        self.assign_button.setEnabled(sheet.editable)
        self.copy_button.setEnabled(sheet.editable)
        self.import_button.setEnabled(self.workstation.actor.may_write)
        self.import_targets_button.setEnabled(self.workstation.actor.may_write)
        self.select_employee(keep) if keep else self.show_person()

    def current_employee(self) -> int | None:
        index = self.people.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_employee(self, employee_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == employee_id:
                self.people.selectRow(row)
                return
        self.show_person()

    def show_person_in(self, cycle_id: int | None, employee_id: int) -> None:
        """Open a cycle on one person, clearing the search and the filter that may hide
        them. Someone without targets yet is listed too (weights 0 %), so that a template
        can be assigned to them alone."""
        if self.cycle.count() == 0 or (cycle_id is not None and self.cycle.findData(cycle_id) < 0):
            self.reload()
        for widget, set_value in ((self.cycle, lambda: self.cycle.setCurrentIndex(
                max(0, self.cycle.findData(cycle_id)) if cycle_id is not None else self.cycle.currentIndex())),
                                  (self.only_off, lambda: self.only_off.setChecked(False))):
            widget.blockSignals(True)
            set_value()
            widget.blockSignals(False)
        self.search.clear()
        self.reload_people(employee_id)
        if self.current_employee() == employee_id or self.cycle.currentData() is None:
            return
        person = self.workstation.call(person_detail, employee_id)
        cells = [QStandardItem(person.name), QStandardItem(person.employee_no), QStandardItem("⚠ 0%")]
        for cell in cells:
            cell.setEditable(False)
            cell.setData(employee_id, ID_ROLE)
        self.people_model.appendRow(cells)
        self.select_employee(employee_id)

    def show_person(self) -> None:
        employee_id = self.current_employee()
        if employee_id is None:
            self.targets_model.set_rows([], False)
            self.detail.show_target(None, False)
            self.person_title.setText(self.tr("Select a person to see their targets."))
            self.total.clear()
            return
        sheet = self.workstation.call(person_target_sheet, self.cycle.currentData(), employee_id)
        self.targets_model.set_rows(list(sheet.rows), sheet.editable)
        self.targets.resizeColumnsToContents()
        self.detail.show_target(None, False)
        index = self.people.currentIndex()
        self.person_title.setText(f"{self.proxy.index(index.row(), 0).data()} · "
                                  f"{self.proxy.index(index.row(), 1).data()}")
        self._show_total(sheet)

    def _target_changed(self) -> None:
        index = self.targets.currentIndex()
        row = self.targets_model.row_at(index.row()) if index.isValid() else None
        self.detail.show_target(row, self.targets_model.editable)

    def _detail_changed(self) -> None:
        """A result was added or evidence changed: refresh the person's figures."""
        row = self.targets.currentIndex().row()
        self.show_person()
        if row >= 0:
            self.targets.selectRow(row)

    def _show_total(self, sheet) -> None:
        if sheet.balanced:
            self.total.setText(self.tr("Weights total 100%."))
        else:
            self.total.setText(self.tr("⚠ Weights total %1%; they must total 100%. Adjust a weight.")
                               .replace("%1", f"{sheet.total_weight:g}"))

    def _save_target(self, row, target: float, weight: float) -> bool:
        try:
            self.workstation.call(update_target, row.id, target, weight, row.band_low, row.band_high,
                                  version_read=row.row_version)
        except ReviewerError as error:
            show_error(self, error)
            return False
        self.reload_people(self.current_employee())
        return True

    # -- bulk actions ----------------------------------------------------------------
    def open_import(self):
        from ..dialogs.import_kinds import ACTUALS
        from ..dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.workstation, ACTUALS, self)
        wizard.imported.connect(self._results_imported)
        wizard.open()
        return wizard

    def open_targets_import(self):
        from ..dialogs.import_kinds import TARGETS
        from ..dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.workstation, TARGETS, self, cycle=self.cycle.currentText() or None)
        wizard.imported.connect(self._targets_imported)
        wizard.open()
        return wizard

    def _targets_imported(self, result) -> None:
        if result.imported:
            self.reload_people(self.current_employee())
            self.status_message.emit(self.tr("Targets imported: %1 new, %2 updated, %3 removed, %4 rejected.")
                                     .replace("%1", str(result.created)).replace("%2", str(result.updated))
                                     .replace("%3", str(result.removed)).replace("%4", str(result.rejected)))

    def _results_imported(self, result) -> None:
        if result.imported:
            self.reload_people()
            self.results_imported.emit()
            self.status_message.emit(self.tr("Results imported: %1 new, %2 unchanged, %3 rejected.")
                                     .replace("%1", str(result.created)).replace("%2", str(result.unchanged))
                                     .replace("%3", str(result.rejected)))

    def open_assign(self) -> "AssignTemplateDialog":
        dialog = AssignTemplateDialog(self.workstation, self.cycle.currentData(), self.current_employee(), self)
        dialog.assigned.connect(lambda message: (self.reload_people(), self.status_message.emit(message)))
        dialog.open()
        return dialog

    def copy_forward(self, from_cycle_id: int | None = None) -> None:
        to_cycle = self.cycle.currentData()
        if from_cycle_id is None:
            others = [(self.cycle.itemText(i), self.cycle.itemData(i)) for i in range(self.cycle.count())
                      if self.cycle.itemData(i) != to_cycle]
            if not others:
                return
            name, ok = QInputDialog.getItem(self, self.tr("Copy targets"), self.tr("Copy targets from:"),
                                            [n for n, _ in others], 0, False)
            if not ok:
                return
            from_cycle_id = dict(others)[name]
        try:
            result = self.workstation.call(copy_targets_forward, from_cycle_id, to_cycle)
        except ReviewerError as error:
            show_error(self, error)
            return
        self.reload_people()
        self.status_message.emit(self.tr("Copied %1 targets; %2 people already had targets and kept them.")
                                 .replace("%1", str(result.created)).replace("%2", str(result.kept)))


class AssignTemplateDialog(QDialog):
    assigned = Signal(str)

    def __init__(self, workstation: Workstation, cycle_id: int, employee_id: int | None, parent=None):
        super().__init__(parent)
        self.workstation, self.cycle_id, self.employee_id = workstation, cycle_id, employee_id
        self.setWindowTitle(self.tr("Assign a KPI template"))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.template = QComboBox()
        self.position, self.department = QComboBox(), QComboBox()
        choices = workstation.call(assign_choices)
        for combo, entries in ((self.template, choices.templates), (self.position, choices.positions),
                               (self.department, choices.departments)):
            for entry in entries:
                combo.addItem(localized(entry.name, entry.name_zh), entry.id)
        form.addRow(self.tr("Template:"), self.template)
        self.by_position = QRadioButton(self.tr("Everyone in the position"))
        self.by_department = QRadioButton(self.tr("Everyone in the department (with its teams)"))
        self.by_person = QRadioButton(self.tr("Only the selected person"))
        self.by_position.setChecked(True)
        self.by_person.setEnabled(employee_id is not None)
        form.addRow(self.by_position, self.position)
        form.addRow(self.by_department, self.department)
        form.addRow(self.by_person)
        self.replace = QCheckBox(self.tr("Replace targets people already have (those with results stay)"))
        form.addRow(self.replace)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def run(self) -> None:
        try:
            scope = ({"employee_id": self.employee_id} if self.by_person.isChecked() else
                     {"department_id": self.department.currentData()} if self.by_department.isChecked() else
                     {"position_id": self.position.currentData()})
            result = self.workstation.call(assign_template_to, self.cycle_id, self.template.currentData(),
                                           replace=self.replace.isChecked(), **scope)
        except ReviewerError as error:
            show_error(self, error)
            return
        self.assigned.emit(self.tr("Template assigned to %1 people: %2 targets created, %3 people kept "
                                   "their targets, %4 replaced.").replace("%1", str(result.people))
                           .replace("%2", str(result.created)).replace("%3", str(result.kept))
                           .replace("%4", str(result.replaced)))
        self.accept()

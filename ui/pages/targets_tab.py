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
from sqlalchemy import select

from reviewer.workstation import Workstation
from db.models import Cycle, CycleStage, KpiTemplate, Position
from reviewer.errors import ReviewerError
from reviewer.people.directory import list_departments, list_people
from reviewer.kpi.targets import (
    WEIGHT_TOTAL,
    assign_template,
    copy_targets_forward,
    person_targets,
    select_people,
    update_target,
    weight_totals,
)

from ..errors import show_error
from ..formatting import localized
from ..models.people_model import ID_ROLE
from ..models.targets_model import TargetsModel
from .target_detail import TargetDetailPanel



class TargetsTab(QWidget):
    status_message = Signal(str)
    results_imported = Signal()

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation, database = workstation, workstation.database  # internals converted by HB
        self.database = database
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
        bar.addWidget(self.assign_button)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        self.summary = QLabel()
        bar.addWidget(self.summary)
        layout.addLayout(bar)

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
        self.detail = TargetDetailPanel(self.workstation)
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
        with self.database.session() as session:
            for cycle in session.scalars(select(Cycle).order_by(Cycle.period_start.desc())):
                self.cycle.addItem(cycle.name, cycle.id)
        index = self.cycle.findData(current)
        self.cycle.setCurrentIndex(index if index >= 0 else 0)
        self.cycle.blockSignals(False)
        self.reload_people()

    def cycle_is_open(self) -> bool:
        with self.database.session() as session:
            cycle = session.get(Cycle, self.cycle.currentData()) if self.cycle.currentData() else None
            return cycle is not None and cycle.stage != CycleStage.CLOSED

    def reload_people(self, select_id: int | None = None) -> None:
        cycle_id = self.cycle.currentData()
        keep = select_id or self.current_employee()
        self.people_model.setRowCount(0)
        if cycle_id is None:
            return
        with self.database.session() as session:
            totals = weight_totals(session, cycle_id)
            people = {p.id: p for p in list_people(session)}
        off = {e for e, t in totals.items() if abs(t - WEIGHT_TOTAL) > 1e-6}
        for employee_id, total in sorted(totals.items(), key=lambda kv: people[kv[0]].employee_no):
            if self.only_off.isChecked() and employee_id not in off:
                continue
            person = people[employee_id]
            cells = [QStandardItem(person.name), QStandardItem(person.employee_no),
                     QStandardItem(("⚠ " if employee_id in off else "") + f"{total:g}%")]
            for cell in cells:
                cell.setEditable(False)
                cell.setData(employee_id, ID_ROLE)
            self.people_model.appendRow(cells)
        self.people.resizeColumnsToContents()
        self.summary.setText(
            self.tr("%1 people with targets; %2 with weights not totalling 100%.")
            .replace("%1", str(len(totals))).replace("%2", str(len(off))))
        editable = self.cycle_is_open()
        self.assign_button.setEnabled(editable)
        self.copy_button.setEnabled(editable)
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

    def show_person(self) -> None:
        employee_id = self.current_employee()
        if employee_id is None:
            self.targets_model.set_rows([], False)
            self.detail.show_target(None, False)
            self.person_title.setText(self.tr("Select a person to see their targets."))
            self.total.clear()
            return
        with self.database.session() as session:
            rows = person_targets(session, self.cycle.currentData(), employee_id)
        self.targets_model.set_rows(rows, self.cycle_is_open())
        self.targets.resizeColumnsToContents()
        self.detail.show_target(None, False)
        index = self.people.currentIndex()
        self.person_title.setText(f"{self.proxy.index(index.row(), 0).data()} · "
                                  f"{self.proxy.index(index.row(), 1).data()}")
        self._show_total()

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

    def _show_total(self) -> None:
        total = self.targets_model.total_weight()
        if abs(total - WEIGHT_TOTAL) <= 1e-6:
            self.total.setText(self.tr("Weights total 100%."))
        else:
            self.total.setText(self.tr("⚠ Weights total %1%; they must total 100%. Adjust a weight.")
                               .replace("%1", f"{total:g}"))

    def _save_target(self, row, target: float, weight: float) -> bool:
        try:
            with self.database.session() as session:
                update_target(session, row.id, target, weight, row.band_low, row.band_high)
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
            with self.database.session() as session:
                result = copy_targets_forward(session, from_cycle_id, to_cycle)
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
        self.workstation, database = workstation, workstation.database  # internals converted by HB
        self.database, self.cycle_id, self.employee_id = database, cycle_id, employee_id
        self.setWindowTitle(self.tr("Assign a KPI template"))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.template = QComboBox()
        self.position, self.department = QComboBox(), QComboBox()
        with database.session() as session:
            for t in session.scalars(select(KpiTemplate).order_by(KpiTemplate.code)):
                self.template.addItem(localized(t.name, t.name_zh), t.id)
            for p in session.scalars(select(Position).order_by(Position.title)):
                self.position.addItem(localized(p.title, p.title_zh), p.id)
            for d in sorted(list_departments(session), key=lambda d: d.name):
                self.department.addItem(d.name, d.id)
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
            with self.database.session() as session:
                if self.by_person.isChecked():
                    people = [self.employee_id]
                elif self.by_department.isChecked():
                    people = select_people(session, department_id=self.department.currentData())
                else:
                    people = select_people(session, position_id=self.position.currentData())
                result = assign_template(session, self.cycle_id, self.template.currentData(), people,
                                         replace=self.replace.isChecked())
        except ReviewerError as error:
            show_error(self, error)
            return
        self.assigned.emit(self.tr("Template assigned to %1 people: %2 targets created, %3 people kept "
                                   "their targets, %4 replaced.").replace("%1", str(result.people))
                           .replace("%2", str(result.created)).replace("%3", str(result.kept))
                           .replace("%4", str(result.replaced)))
        self.accept()

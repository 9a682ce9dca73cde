"""Adding or editing a goal, and choosing which goal people's targets serve."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from reviewer.goals.links import TargetLink, link_targets
from reviewer.goals.rollup import GoalNode
from reviewer.goals.tree import GoalFormChoices, GoalInput, add_goal, edit_goal
from reviewer.workstation import Workstation

from ..errors import show_error
from ..worker import Job

GOALS = "goals"  # the change notice's area for goals and their links


class GoalDialog(QDialog):
    """A goal's title, parent, department, measure, target value, unit and description.
    ``goal`` None: a new goal (under ``parent_id``)."""

    saved = Signal(int)

    def __init__(self, workstation: Workstation, cycle_id: int, nodes: list[GoalNode], choices: GoalFormChoices,
                 goal: GoalNode | None = None, parent_id: int | None = None, parent=None):
        super().__init__(parent)
        self.workstation, self.cycle_id, self.goal = workstation, cycle_id, goal
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.title = QLineEdit(goal.title if goal else "")
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("e.g. 新客户收入增长30%"))
        self.parent_goal = QComboBox()
        self.parent_goal.addItem(self.tr("(none: a top-level goal)"), None)
        below = self._subtree(nodes, goal.id) if goal else set()
        for node in nodes:
            if node.id not in below:  # a goal cannot serve itself or one of its sub-goals
                self.parent_goal.addItem("    " * node.depth + node.title, node.id)
        wanted_parent = goal.parent_id if goal else parent_id
        self.parent_goal.setCurrentIndex(max(0, self.parent_goal.findData(wanted_parent)))
        self.department = QComboBox()
        if choices.may_add_company or (goal is not None and goal.department_id is None):
            self.department.addItem(self.tr("Company goal (no department)"), None)
        for department_id, path in choices.departments:
            self.department.addItem(path, department_id)
        if goal is not None and goal.department_id is not None and self.department.findData(goal.department_id) < 0:
            self.department.addItem(goal.department or "", goal.department_id)
        default_department = goal.department_id if goal else self._parent_department(nodes, parent_id)
        self.department.setCurrentIndex(max(0, self.department.findData(default_department)))
        self.measure = QLineEdit(goal.measure or "" if goal else "")
        self.measure.setPlaceholderText(self.tr("How it is measured, e.g. revenue from new customers"))
        self.target_value = QLineEdit("" if goal is None or goal.target_value is None else f"{goal.target_value:g}")
        self.target_value.setValidator(QDoubleValidator(self))
        self.unit = QLineEdit(goal.unit or "" if goal else "")
        self.unit.setMaxLength(20)
        self.description = QPlainTextEdit(goal.description or "" if goal else "")
        self.description.setFixedHeight(70)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Serves:"), self.parent_goal)
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Measure:"), self.measure)
        values = QHBoxLayout()
        values.addWidget(self.target_value, 2)
        values.addWidget(QLabel(self.tr("Unit:")))
        values.addWidget(self.unit, 1)
        form.addRow(self.tr("Target value:"), values)
        form.addRow(self.tr("Description:"), self.description)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.title.textChanged.connect(self._validate)
        self._validate()
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _subtree(nodes: list[GoalNode], goal_id: int) -> set[int]:
        found = {goal_id}
        for node in nodes:  # depth-first order: a parent comes before its children
            if node.parent_id in found:
                found.add(node.id)
        return found

    @staticmethod
    def _parent_department(nodes: list[GoalNode], parent_id: int | None) -> int | None:
        return next((n.department_id for n in nodes if n.id == parent_id), None)

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.title.text().strip()))

    def given(self) -> GoalInput:
        text = self.target_value.text().strip().replace(",", ".")
        return GoalInput(self.title.text(), self.parent_goal.currentData(), self.department.currentData(),
                         self.description.toPlainText(), self.measure.text(), float(text) if text else None,
                         self.unit.text())

    def save(self) -> None:
        given, cycle_id, goal = self.given(), self.cycle_id, self.goal

        def work(workstation, _progress):
            if goal is None:
                return workstation.call(add_goal, cycle_id, given)
            workstation.call(edit_goal, goal.id, given)
            return goal.id

        self._job = Job(self, self.tr("Saving the goal"), work, self._saved, on_error=lambda e: show_error(self, e),
                        workstation=self.workstation, changes={GOALS}).start()

    def _saved(self, goal_id: int) -> None:
        self.saved.emit(goal_id)
        self.accept()


class LinkTargetsDialog(QDialog):
    """The cycle's targets the user may see, each with the goal it serves: tick targets,
    choose a goal, link (or unlink)."""

    linked = Signal(int)

    def __init__(self, workstation: Workstation, nodes: list[GoalNode], links: list[TargetLink],
                 goal_id: int | None = None, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.setWindowTitle(self.tr("Link targets to a goal"))
        titles = {node.id: node.title for node in nodes}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Tick the targets that serve a goal, choose the goal and press Link. A department "
                               "goal takes only targets of people in that department or below it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by employee no., name or KPI"))
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.table = QTableWidget(len(links), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("KPI"), self.tr("Weight"),
                                              self.tr("Serves goal")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._ids: list[int] = []
        for row, link in enumerate(links):
            person = QTableWidgetItem(f"{link.employee_no} {link.name}")
            person.setFlags(Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.ItemIsUserCheckable if link.may_change
                                                         else Qt.ItemFlag.NoItemFlags))
            person.setCheckState(Qt.CheckState.Unchecked)
            if not link.may_change:
                person.setToolTip(self.tr("Your own targets are linked by your manager or HR."))
            kpi = QTableWidgetItem(f"{link.kpi_code} {link.kpi_name_zh or link.kpi_name}")
            weight = QTableWidgetItem(f"{link.weight:g} %")
            goal = QTableWidgetItem(titles.get(link.goal_id, "—") if link.goal_id else "—")
            for column, item in enumerate((person, kpi, weight, goal)):
                self.table.setItem(row, column, item)
            self._ids.append(link.target_id)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Goal:")))
        self.goal = QComboBox()
        for node in nodes:
            self.goal.addItem("    " * node.depth + node.title, node.id)
        self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))
        choose.addWidget(self.goal, 1)
        self.link_button = QPushButton(self.tr("Link"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.link_button.clicked.connect(lambda: self.apply(self.goal.currentData()))
        self.unlink_button.clicked.connect(lambda: self.apply(None))
        choose.addWidget(self.link_button)
        choose.addWidget(self.unlink_button)
        layout.addLayout(choose)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.itemChanged.connect(lambda _item: self._validate())
        self._validate()
        self.resize(760, 480)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            shown = not needle or any(needle in self.table.item(row, c).text().casefold() for c in (0, 1))
            self.table.setRowHidden(row, not shown)

    def checked(self) -> list[int]:
        return [self._ids[row] for row in range(self.table.rowCount())
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def set_checked(self, row: int, on: bool = True) -> None:
        self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _validate(self) -> None:
        some = bool(self.checked())
        self.link_button.setEnabled(some and self.goal.count() > 0)
        self.unlink_button.setEnabled(some)

    def apply(self, goal_id: int | None) -> None:
        target_ids = self.checked()
        self._job = Job(self, self.tr("Linking targets"), lambda ws, _p: ws.call(link_targets, target_ids, goal_id),
                        self._done, on_error=lambda e: show_error(self, e), workstation=self.workstation,
                        changes={GOALS}).start()

    def _done(self, count: int) -> None:
        self.linked.emit(count)
        self.accept()

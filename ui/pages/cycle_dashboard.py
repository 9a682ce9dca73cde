"""One cycle at a glance: its stages, how far each department and manager is through
each of them, and what holds the next gate, each row one click from where it is
fixed. HR moves the cycle from here: advance (letting named people past with a
reason), go back (with a reason), release and close."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.cycles.closing import close
from reviewer.cycles.dashboard import CycleDashboardView, cycle_dashboard
from reviewer.cycles.release import release
from reviewer.cycles.stages import GateHeld, advance, reopen
from reviewer.messages import Term
from reviewer.workstation import Workstation

from ..context import APPRAISALS, changes
from ..errors import show_error
from ..models.base import RowsTableModel
from ..models.stage_progress_model import FIRST_STAGE_COLUMN, StageProgressModel
from ..problem_text import coded_text
from ..typography import page_heading
from ..worker import Job
from ..vocabulary import stage_name

PLACES = {
    "people": QT_TRANSLATE_NOOP("CycleDashboard", "People"),
    "targets": QT_TRANSLATE_NOOP("CycleDashboard", "KPI targets and results"),
    "feedback": QT_TRANSLATE_NOOP("CycleDashboard", "360 Reviews"),
    "review": QT_TRANSLATE_NOOP("CycleDashboard", "Reviews"),
    "appraisals": QT_TRANSLATE_NOOP("CycleDashboard", "Appraisals"),
}
STAGE_MARKS = {"done": "✓", "current": "●", "upcoming": "○"}


def place_name(place: str) -> str:
    return QCoreApplication.translate("CycleDashboard", PLACES.get(place, place))


class BlockersModel(RowsTableModel):
    CONTEXT = "BlockersModel"
    HEADERS = (QT_TRANSLATE_NOOP("BlockersModel", "Employee no."), QT_TRANSLATE_NOOP("BlockersModel", "Name"),
               QT_TRANSLATE_NOOP("BlockersModel", "What to do"), QT_TRANSLATE_NOOP("BlockersModel", "Where"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        blocker = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = (blocker.employee_no, blocker.name, coded_text(blocker.message_code, blocker.params),
                    place_name(blocker.place))[index.column()]
            if index.column() == 1 and blocker.leaver and role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("BlockersModel", "%1 (left)").replace("%1", text)
            return text
        if role == Qt.ItemDataRole.UserRole:
            return blocker.employee_id
        return None

    def blocker(self, row: int):
        return self._rows[row]


class CycleDashboard(QWidget):
    """The dashboard of one cycle (``set_cycle`` switches it; None shows an empty state).
    ``go_to(place, employee_id, code)`` asks the window to open the place where a
    blocker is fixed, on that person; ``code`` tells which form fixes it."""

    go_to = Signal(str, int, str)
    loaded = Signal()
    CONTENT, EMPTY = range(2)
    ADVANCE_KEY = "Ctrl+Shift+A"

    def __init__(self, workstation: Workstation, cycle_id: int | None, parent=None):
        super().__init__(parent)
        self.workstation, self.cycle_id = workstation, cycle_id
        self.view: CycleDashboardView | None = None
        self._job: Job | None = None
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        content = QWidget()
        self.pages.addWidget(content)
        self.empty_text = QLabel(self.tr("No cycle selected: choose one to see its stages, its progress and "
                                         "what holds its next gate."))
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.pages.addWidget(self.empty_text)
        layout = QVBoxLayout(content)
        self.heading = page_heading("")
        self.stages = QLabel()
        self.stages.setWordWrap(True)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.heading)
        layout.addWidget(self.stages)
        layout.addWidget(self.summary)

        buttons = QHBoxLayout()
        self.advance_button = QPushButton(self.tr("Advance…"))
        self.back_button = QPushButton(self.tr("Go back…"))
        self.release_button = QPushButton(self.tr("Release appraisals"))
        self.close_button = QPushButton(self.tr("Close cycle…"))
        for button, action in ((self.advance_button, self.ask_advance), (self.back_button, self.ask_reopen),
                               (self.release_button, self.do_release), (self.close_button, self.ask_close)):
            button.clicked.connect(action)
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.tabs = QTabWidget()
        self.blockers_model = BlockersModel(self)
        # What to do takes the width left; Where stays in view (a long text is elided, its tooltip whole).
        self.blockers = self._table(self.blockers_model, stretch=2)
        self.blockers.doubleClicked.connect(lambda index: self._go_to(index.row()))
        blockers_page = QWidget()
        blockers_layout = QVBoxLayout(blockers_page)
        blockers_layout.setContentsMargins(0, 0, 0, 0)
        blockers_layout.addWidget(self.blockers)
        fix_row = QHBoxLayout()
        self.fix_button = QPushButton(self.tr("Go to where it is fixed"))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self._go_to_selected)
        self.blockers.selectionModel().selectionChanged.connect(
            lambda *_: self.fix_button.setEnabled(bool(self.blockers.selectionModel().selectedRows())))
        fix_row.addStretch(1)
        fix_row.addWidget(self.fix_button)
        blockers_layout.addLayout(fix_row)
        self.tabs.addTab(blockers_page, self.tr("Next gate"))
        self.tabs.addTab(self._progress_page(), self.tr("Progress by stage"))
        self.tabs.addTab(self._goals_page(), self.tr("Goals"))
        layout.addWidget(self.tabs, 1)
        changes(workstation).changed.connect(lambda _areas: self.reload())
        self.set_cycle(cycle_id, force=True)

    def set_cycle(self, cycle_id: int | None, force: bool = False) -> None:
        """Show another cycle (None: the empty state); the same cycle again is not re-read
        unless ``force`` (a change notice re-reads it by itself)."""
        if cycle_id is not None and cycle_id < 0:
            cycle_id = None
        if cycle_id == self.cycle_id and not force:
            return
        self.cycle_id = cycle_id
        if cycle_id is None:
            self.view = None
            self.pages.setCurrentIndex(self.EMPTY)
            return
        if self.view is not None and self.view.cycle_id != cycle_id:
            # Nothing may act on the cycle shown before while this one loads.
            self.view = None
            self.summary.setText(self.tr("Loading…"))
            for button in (self.advance_button, self.back_button, self.release_button, self.close_button):
                button.setEnabled(False)
        self.pages.setCurrentIndex(self.CONTENT)
        self.reload()

    def _progress_page(self) -> QWidget:
        """Each stage's progress, by department or by manager (a switch above the matrix)."""
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        switch = QHBoxLayout()
        self.by_department_button = QPushButton(self.tr("By department"))
        self.by_manager_button = QPushButton(self.tr("By manager"))
        self._by = QButtonGroup(self)
        for button, by in ((self.by_department_button, "department"), (self.by_manager_button, "manager")):
            button.setCheckable(True)
            button.setProperty("by", by)
            self._by.addButton(button)
            switch.addWidget(button)
        self.by_department_button.setChecked(True)
        self._by.buttonToggled.connect(lambda button, on: on and self.show_progress_by(button.property("by")))
        self.progress_hint = QLabel(self.tr("Each cell: people through the stage's gate / people in the group. "
                                            "Hover a cell or a column for what that means."))
        self.progress_hint.setWordWrap(True)
        switch.addWidget(self.progress_hint, 1)
        page_layout.addLayout(switch)
        self.progress_model = StageProgressModel(self)
        self.progress_table = self._table(self.progress_model, stretch=FIRST_STAGE_COLUMN)
        page_layout.addWidget(self.progress_table, 1)
        return page

    def _goals_page(self) -> QWidget:
        """The goal tree with each goal's roll-up, read apart from the dashboard's own
        figures (a cycle's goals are few; its gates are checked for everyone)."""
        from ..goals.goal_tree_view import GoalTreeView

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.goals_note = QLabel()
        self.goals_note.setWordWrap(True)
        page_layout.addWidget(self.goals_note)
        self.goal_tree = GoalTreeView(compact=True)
        page_layout.addWidget(self.goal_tree, 1)
        return page

    def _load_goals(self, cycle_id: int) -> None:
        from reviewer.goals.rollup import goal_tree

        self._goals_job = Job(self, self.tr("Loading goals"), lambda ws, _p: (cycle_id, ws.call(goal_tree, cycle_id)),
                              lambda found: self._show_goals(*found), dialog=False,
                              workstation=self.workstation).start()

    def _show_goals(self, cycle_id: int, nodes) -> None:
        if cycle_id != self.cycle_id:
            return
        self.goal_tree.set_nodes(nodes)
        if not nodes:
            self.goals_note.setText(self.tr("No goals yet: add them in the Goals tab of this cycle."))
        elif nodes[0].scoped:
            self.goals_note.setText(self.tr("Attainment of your reporting line's targets only."))
        else:
            self.goals_note.setText(self.tr("Each goal's attainment: the targets serving it and its sub-goals."))

    def show_progress_by(self, by: str) -> None:
        """``department`` or ``manager``: the matrix's rows."""
        (self.by_department_button if by == "department" else self.by_manager_button).setChecked(True)
        self.progress_model.set_by(by)
        self._size_progress_columns()

    def _size_progress_columns(self) -> None:
        """The group and its people sized to their text; the stages share the width left
        (a reset model forgets the sections' modes, so they are set again)."""
        header = self.progress_table.horizontalHeader()
        for column in range(self.progress_model.columnCount()):
            stage = column >= FIRST_STAGE_COLUMN
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if stage
                                        else QHeaderView.ResizeMode.Interactive)
        self._size_columns(self.progress_table)

    def _size_columns(self, table: QTableView) -> None:
        # Sized once per load (not ResizeToContents, which measures again on every change).
        for column in range(table.model().columnCount()):
            if table.horizontalHeader().sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                table.setColumnWidth(column, max(90, table.sizeHintForColumn(column),
                                                 table.horizontalHeader().sectionSizeHint(column)))

    def _table(self, model, stretch: int) -> QTableView:
        """A read-only table whose ``stretch`` column takes the width the others leave."""
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        return table

    # -- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        cycle_id = self.cycle_id
        if cycle_id is None:
            return
        self._job = Job(self, self.tr("Loading the cycle"), lambda ws, _p: ws.call(cycle_dashboard, cycle_id),
                        self.show_view, dialog=False, workstation=self.workstation).start()
        self._load_goals(cycle_id)

    def show_view(self, view: CycleDashboardView) -> None:
        if view.cycle_id != self.cycle_id:
            return  # another cycle was chosen while this one loaded
        self.view = view
        self.heading.setText(self.tr("%1 — %2").replace("%1", view.name).replace("%2", stage_name(view.stage)))
        self.stages.setText("  →  ".join(f"{STAGE_MARKS[line.state]} {stage_name(line.stage)}"
                                          + (f" ({line.due})" if line.due and line.state != "done" else "")
                                          for line in view.stages))
        self.blockers_model.set_rows(list(view.blockers))
        self.progress_model.set_matrix(view.progress_by_stage, view.stage)
        self._size_columns(self.blockers)
        self._size_progress_columns()
        self.summary.setText(self._summary_text(view))
        may = view.may_move
        closed = view.next_stage is None
        in_sign_off = view.stage.value == "sign_off"
        self.advance_button.setEnabled(may and not closed and not in_sign_off)
        self.back_button.setEnabled(may and view.stage.value != "draft")
        self.release_button.setEnabled(may and in_sign_off and not view.released)
        self.close_button.setEnabled(may and in_sign_off and view.released)
        why = coded_text(view.read_only_code, view.read_only_params or {}) if view.read_only_code else ""
        for button in (self.advance_button, self.back_button, self.release_button, self.close_button):
            button.setToolTip("" if may else why or self.tr("Only HR moves a cycle through its stages."))
        if may:
            self.advance_button.setToolTip(self.tr("Check the gate and move the cycle to its next stage (%1)")
                                           .replace("%1", self.ADVANCE_KEY))
        self.loaded.emit()

    def _summary_text(self, view: CycleDashboardView) -> str:
        if view.next_stage is None:
            return self.tr("The cycle is closed: what it holds can be read but no longer changed.")
        progress = view.progress
        people = len({b.employee_id for b in view.blockers})
        text = coded_text("gate_progress", {"done": progress.done, "total": progress.total,
                                            "stage": Term("stage", view.next_stage), "count": len(view.blockers),
                                            "people": people})
        if view.stage.value == "sign_off" and not view.released:
            text += " " + self.tr("Release the appraisals so that they can be signed.")
        return text

    # -- navigation -------------------------------------------------------------------
    def _go_to(self, row: int) -> None:
        blocker = self.blockers_model.blocker(row)
        self.go_to.emit(blocker.place, blocker.employee_id, blocker.code)

    def _go_to_selected(self) -> None:
        rows = self.blockers.selectionModel().selectedRows()
        if rows:
            self._go_to(rows[0].row())

    # -- moving the cycle -------------------------------------------------------------
    def _run(self, title: str, work, done) -> None:
        self._job = Job(self, title, work, done, on_error=self._failed, workstation=self.workstation,
                        changes={APPRAISALS}).start()

    def _failed(self, error: Exception) -> None:
        show_error(self, error)
        if isinstance(error, GateHeld):
            self.reload()

    def ask_advance(self) -> None:
        if not self.advance_button.isEnabled():
            return  # the shortcut also reaches here: the same rule as the button
        self._ask_exceptions(self.tr("Advance the cycle"), advance)

    def ask_close(self) -> None:
        self._ask_exceptions(self.tr("Close the cycle"), close)

    def _ask_exceptions(self, title: str, service) -> None:
        view = self.view
        if view is None:
            return
        dialog = ExceptionsDialog(title, view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        cycle_id, reasons, seen = view.cycle_id, dialog.reasons(), view.stage
        self._run(title, lambda ws, _p: ws.call(service, cycle_id, reasons, expected_stage=seen),
                  lambda _check: self.reload())

    def ask_reopen(self) -> None:
        view = self.view
        if view is None:
            return
        dialog = ReopenDialog(view, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        cycle_id, stage, reason, seen = view.cycle_id, dialog.stage(), dialog.reason(), view.stage
        self._run(self.tr("Go back a stage"),
                  lambda ws, _p: ws.call(reopen, cycle_id, stage, reason, expected_stage=seen),
                  lambda _stage: self.reload())

    def do_release(self) -> None:
        if self.view is None:
            return
        cycle_id = self.view.cycle_id
        self._run(self.tr("Release appraisals"), lambda ws, _p: ws.call(release, cycle_id),
                  lambda _count: self.reload())


class ExceptionsDialog(QDialog):
    """The people the gate holds, one row each: a reason lets that person past."""

    def __init__(self, title: str, view: CycleDashboardView, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        held: dict[int, list] = {}
        for blocker in view.blockers:
            held.setdefault(blocker.employee_id, []).append(blocker)
        intro = (self.tr("Nothing holds the gate to %1.") if not held else self.tr(
            "These people are held at the gate to %1. To let someone past, say why in their row; "
            "the reason is kept with the cycle. Leave it empty to hold them.")).replace(
            "%1", stage_name(view.next_stage or view.stage))
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = QTableWidget(len(held), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Held by"), self.tr("Reason to let past")])
        self.table.verticalHeader().hide()
        self._ids = list(held)
        for row, (employee_id, blockers) in enumerate(held.items()):
            person = QTableWidgetItem(f"{blockers[0].employee_no} {blockers[0].name}")
            what = QTableWidgetItem("; ".join(coded_text(b.message_code, b.params) for b in blockers))
            what.setToolTip(what.text())
            for item in (person, what):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, person)
            self.table.setItem(row, 1, what)
            self.table.setItem(row, 2, QTableWidgetItem(""))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def set_reason(self, row: int, text: str) -> None:
        self.table.item(row, 2).setText(text)

    def reasons(self) -> dict[int, str]:
        """Employee id -> reason, for the rows with a reason."""
        return {employee_id: self.table.item(row, 2).text().strip() for row, employee_id in enumerate(self._ids)
                if self.table.item(row, 2).text().strip()}


class ReopenDialog(QDialog):
    """Which earlier stage, and why (required)."""

    def __init__(self, view: CycleDashboardView, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go back a stage"))
        form = QFormLayout(self)
        self.stages = QComboBox()
        earlier = [line.stage for line in view.stages if line.state == "done"]
        for stage in reversed(earlier):
            self.stages.addItem(stage_name(stage), stage.value)
        self.why = QPlainTextEdit()
        self.why.setPlaceholderText(self.tr("Why the cycle goes back; kept with the cycle"))
        form.addRow(self.tr("Back to:"), self.stages)
        form.addRow(self.tr("Reason:"), self.why)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.why.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))

    def stage(self) -> str:
        return self.stages.currentData()

    def reason(self) -> str:
        return self.why.toPlainText().strip()

"""Cycles: every appraisal cycle with its stage and progress; create one, change its
settings, add people who joined. Below the table, the selected cycle's own views
(``detail_tabs``): its dashboard (stages, progress, the next gate's blockers, the
moves), its participants and its goals (ui/pages/goals_tab.py); all follow ``cycle_selected``."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reviewer.cycles.participants import candidates_to_add
from reviewer.cycles.settings import form_template_choices
from reviewer.cycles.setup import CycleDetail, CycleRow, cycle_detail, list_cycles
from reviewer.people.directory import department_paths
from reviewer.workstation import Workstation

from ..context import changes
from ..models.cycles_model import CyclesTableModel, ParticipantsTableModel
from ..models.people_model import ID_ROLE
from ..typography import page_heading
from ..worker import Job
from .cycle_dashboard import CycleDashboard


class CyclesPage(QWidget):
    status_message = Signal(str)
    cycles_loaded = Signal(int)
    cycle_selected = Signal(int)  # a cycle id; -1 when none is selected
    go_to = Signal(str, int, str)  # the dashboard asks to open where a blocker is fixed (see CycleDashboard)
    TABLE, EMPTY, LOADING = range(3)
    refreshes_itself = True

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.may_create = workstation.actor.is_hr
        self.model = CyclesTableModel(self)
        self.participants_model = ParticipantsTableModel(self)
        self._select_after_load: int | None = None
        self._detail_job = None
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.stack.addWidget(self._build_table_view())
        self.stack.addWidget(self._build_empty_state())
        loading = QLabel(self.tr("Loading cycles…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(loading)
        self.stack.setCurrentIndex(self.LOADING)
        # Page shortcuts work while the page shows (the stack hides the others); F5 is the
        # window's View > Refresh, which reads every page shown so far again.
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_new_cycle)
        QShortcut(QKeySequence(CycleDashboard.ADVANCE_KEY), self, activated=self.advance)
        self.table.doubleClicked.connect(lambda _index: self.open_settings())
        self.table.selectionModel().currentRowChanged.connect(lambda _current, _previous: self._selection_changed())
        self.cycle_selected.connect(self.dashboard.set_cycle)
        self.cycle_selected.connect(self.goals_tab.set_cycle)
        self.dashboard.go_to.connect(self.go_to)
        # A move on the dashboard or a settings change elsewhere: the list reads again
        # (the dashboard re-reads itself on the same notice).
        changes(workstation).changed.connect(lambda _areas: self._load_cycles())

    # -- building --------------------------------------------------------------
    def _build_table_view(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(page_heading(self.tr("Cycles")))
        actions = QToolBar()
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = actions.addAction(self.tr("New cycle…"), self.open_new_cycle)
        self.new_action.setToolTip(self.tr("Create a cycle (Ctrl+N)"))
        self.settings_action = actions.addAction(self.tr("Settings…"), self.open_settings)
        self.settings_action.setToolTip(self.tr("Weights, rating bands, anonymity threshold, 360 form and due dates"))
        self.add_action = actions.addAction(self.tr("Add participant…"), self.open_add_participant)
        self.add_action.setToolTip(self.tr("Add someone who joined during the cycle"))
        self.advance_action = actions.addAction(self.tr("Advance…"), self.advance)
        self.advance_action.setToolTip(self.tr("Check the gate and move the selected cycle to its next stage (%1)")
                                       .replace("%1", CycleDashboard.ADVANCE_KEY))
        self.refresh_action = actions.addAction(self.tr("Refresh"), self.reload)
        self.refresh_action.setToolTip(self.tr("Read the cycles again: another user may have changed them (F5)"))
        layout.addWidget(actions)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.read_only_note.hide()
        layout.addWidget(self.read_only_note)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        for column, width in enumerate((140, 280, 150, 90, 100, 100, 120)):
            self.table.setColumnWidth(column, width)
        self.splitter.addWidget(self.table)
        # The selected cycle's views.
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.dashboard = CycleDashboard(self.workstation, None)
        self.detail_tabs.addTab(self.dashboard, self.tr("Dashboard"))
        participants = QWidget()
        participants_layout = QVBoxLayout(participants)
        participants_layout.setContentsMargins(0, 4, 0, 0)
        self.detail_summary = QLabel()
        self.detail_summary.setWordWrap(True)
        participants_layout.addWidget(self.detail_summary)
        self.participants = QTableView()
        self.participants.setModel(self.participants_model)
        self.participants.verticalHeader().hide()
        self.participants.horizontalHeader().setStretchLastSection(True)
        self.participants.setAlternatingRowColors(True)
        for column, width in enumerate((110, 160, 160)):
            self.participants.setColumnWidth(column, width)
        participants_layout.addWidget(self.participants, 1)
        self.detail_tabs.addTab(participants, self.tr("Participants"))
        from .goals_tab import GoalsTab

        self.goals_tab = GoalsTab(self.workstation)
        self.detail_tabs.addTab(self.goals_tab, self.tr("Goals"))
        self.splitter.addWidget(self.detail_tabs)
        # A company runs a few cycles at a time: most of the height goes to the selected one.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([140, 560])
        layout.addWidget(self.splitter, 1)
        return page

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        heading = page_heading(self.tr("No cycle yet"), bold=False)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        self.empty_text = QLabel(self.tr(
            "A cycle is one appraisal period: who is in it, their targets, the self-reviews, 360 feedback and "
            "manager reviews, calibration and sign-off. Create the first one for the people in your roster."))
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        layout.addWidget(self.empty_text)
        self.empty_create_button = QPushButton(self.tr("Create cycle…"))
        self.empty_create_button.clicked.connect(self.open_new_cycle)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_create_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # -- reading ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the cycles and the selected cycle's dashboard again, in the background."""
        self._load_cycles()
        self.dashboard.reload()

    def _load_cycles(self) -> None:
        def read(workstation, _progress) -> list[CycleRow]:
            return workstation.call(list_cycles)

        self._load_job = Job(self, self.tr("Loading cycles"), read, self._show_cycles, dialog=False,
                             workstation=self.workstation).start()

    def _show_cycles(self, rows: list[CycleRow]) -> None:
        keep = self._select_after_load or self.current_cycle_id()
        self._select_after_load = None
        self.model.set_rows(rows)
        # Widen (never narrow) a column its text does not fit, e.g. "252 (3 left)" in Chinese.
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column),
                                                  self.table.sizeHintForColumn(column)))
        self.stack.setCurrentIndex(self.TABLE if rows else self.EMPTY)
        is_hr = self.workstation.actor.is_hr
        for action in (self.new_action, self.add_action):
            action.setVisible(is_hr)
        self.empty_create_button.setVisible(is_hr)
        if not is_hr:
            self.read_only_note.setText(self.tr("Only HR creates cycles and changes their settings; you see them."))
        self.read_only_note.setVisible(not is_hr)
        ids = [row.id for row in rows]
        if rows:
            self.table.selectRow(ids.index(keep) if keep in ids else 0)
        self._selection_changed()
        self.cycles_loaded.emit(len(rows))

    def select_cycle(self, cycle_id: int) -> None:
        """Show one cycle's dashboard (after the list has loaded, if it is loading)."""
        self.detail_tabs.setCurrentWidget(self.dashboard)
        ids = [self.model.data(self.model.index(row, 0), ID_ROLE) for row in range(self.model.rowCount())]
        if cycle_id in ids:
            self.table.selectRow(ids.index(cycle_id))
        else:
            self._select_after_load = cycle_id

    def current_cycle_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), ID_ROLE) if index.isValid() else None

    def current_row(self) -> CycleRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        row = self.current_row()
        self.settings_action.setEnabled(row is not None)
        self.advance_action.setVisible(self.workstation.actor.is_hr)
        self.advance_action.setEnabled(row is not None and row.stage.value not in ("sign_off", "closed"))
        self.add_action.setEnabled(row is not None and row.stage.value != "closed")
        self.cycle_selected.emit(row.id if row else -1)
        if row is None:
            self.participants_model.set_rows([])
            self.detail_summary.clear()
            return
        cycle_id = row.id

        def read(workstation, _progress) -> CycleDetail:
            return workstation.call(cycle_detail, cycle_id)

        self._detail_job = Job(self, self.tr("Loading the cycle"), read, self._show_detail, dialog=False,
                               workstation=self.workstation).start()

    def _show_detail(self, detail: CycleDetail) -> None:
        if detail.row.id != self.current_cycle_id():
            return  # another cycle was selected meanwhile
        self.participants_model.set_rows(detail.participants)
        self.detail_summary.setText(self.tr(
            "KPI part %1 %, competency part %2 %; anonymity threshold %3; %4 rating bands.")
            .replace("%1", f"{detail.kpi_weight:g}").replace("%2", f"{detail.competency_weight:g}")
            .replace("%3", str(detail.anonymity_threshold)).replace("%4", str(len(detail.bands))))

    # -- actions --------------------------------------------------------------------
    def open_new_cycle(self):
        if not self.workstation.actor.is_hr:
            return None

        def read(workstation, _progress):
            with workstation.unit() as session:
                cycles = [(row.id, row.name) for row in list_cycles(session)]
                paths = sorted(((d, "/".join(path)) for d, path in department_paths(session).items()),
                               key=lambda item: item[1])
            return cycles, paths

        def show(found):
            from ..dialogs.cycle_new import NewCycleDialog

            self.new_dialog = dialog = NewCycleDialog(self.workstation, *found, parent=self)
            dialog.created.connect(self._created)
            dialog.open()

        self._open_job = Job(self, self.tr("Loading departments"), read, show, dialog=False,
                             workstation=self.workstation).start()
        return self._open_job

    def _created(self, created) -> None:
        self._select_after_load = created.id
        self.status_message.emit(self.tr("Cycle %1 created with %2 participants.").replace("%1", created.name)
                                 .replace("%2", str(created.participants)))

    def open_settings(self):
        cycle_id = self.current_cycle_id()
        if cycle_id is None:
            return None

        def read(workstation, _progress):
            with workstation.unit() as session:
                return cycle_detail(session, cycle_id), form_template_choices(session)

        def show(found):
            from ..dialogs.cycle_settings import CycleSettingsDialog

            self.settings_dialog = dialog = CycleSettingsDialog(self.workstation, *found, parent=self)
            dialog.saved.connect(lambda: self.status_message.emit(self.tr("Settings saved.")))
            dialog.open()

        self._open_job = Job(self, self.tr("Loading the settings"), read, show, dialog=False,
                             workstation=self.workstation).start()
        return self._open_job

    def open_add_participant(self):
        row = self.current_row()
        if row is None or not self.workstation.actor.is_hr:
            return None
        cycle_id, name = row.id, row.name

        def read(workstation, _progress):
            return workstation.call(candidates_to_add, cycle_id)

        def show(candidates):
            from ..dialogs.cycle_participant import AddParticipantDialog

            self.add_dialog = dialog = AddParticipantDialog(self.workstation, cycle_id, name, candidates, parent=self)
            dialog.added.connect(lambda added: self.status_message.emit(
                self.tr("%1 added to %2.").replace("%1", added.name).replace("%2", name)))
            dialog.open()

        self._open_job = Job(self, self.tr("Loading people"), read, show, dialog=False,
                             workstation=self.workstation).start()
        return self._open_job


    def advance(self) -> None:
        """Advance the selected cycle from its dashboard (which checks the gate first)."""
        self.detail_tabs.setCurrentWidget(self.dashboard)
        self.dashboard.ask_advance()

    # -- remembered state ----------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("cycles/splitter", self.splitter.saveState())
        settings.setValue("cycles/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        if (splitter := settings.value("cycles/splitter")) is not None:
            self.splitter.restoreState(splitter)
        if (header := settings.value("cycles/header")) is not None:
            self.table.horizontalHeader().restoreState(header)

"""Calibration: choose a cycle in (or past) calibration, see its sessions, open one over
a scope, and work in it — the distribution against the guideline, the grid of people
by band with moves that need a reason, the record with undo, and closing. The tabs
live in ui/calibration/; every read and write goes through the calibration services."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reviewer.calibration.opening_choices import opening_choices
from reviewer.calibration.sessions import list_sessions
from reviewer.cycles.setup import list_cycles
from reviewer.workstation import Workstation

from ..calibration.models import SessionsModel
from ..calibration.session_view import SessionView
from ..context import changes
from ..models.people_model import ID_ROLE
from ..typography import page_heading
from ..vocabulary import stage_name
from ..worker import Job

# Stages whose cycles have (or may have) sessions: calibration itself and after it.
CALIBRATED_STAGES = ("calibration", "sign_off", "closed")


def _centered_message(heading: str, text: QLabel, button: QPushButton | None) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    title = page_heading(heading, bold=False)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(title)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setWordWrap(True)
    layout.addWidget(text)
    if button is not None:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    layout.addStretch(2)
    return page


class CalibrationPage(QWidget):
    status_message = Signal(str)
    go_to_cycles = Signal()
    sessions_loaded = Signal(int)  # how many sessions the chosen cycle has
    MAIN, NO_CYCLE, LOADING = range(3)
    NO_SESSION, PICK, SESSION = range(3)
    refreshes_itself = True

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycles: list = []
        self._select_session_after_load: int | None = None
        self._remembered_cycle: int | None = None
        self._cycles_job = self._sessions_job = self._open_job = None
        self.model = SessionsModel(self)
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.stack.addWidget(self._build_main())
        self.no_cycle_text = QLabel(self.tr(
            "Calibration aligns the bands across teams before sign-off: a session over the whole cycle, a "
            "department or a position shows the distribution against the guideline, and every move needs a "
            "reason. A cycle gets here when HR advances it past the manager reviews (Cycles page, Advance…)."))
        self.go_cycles_button = QPushButton(self.tr("Go to Cycles"))
        self.go_cycles_button.clicked.connect(self.go_to_cycles)
        self.stack.addWidget(_centered_message(self.tr("No cycle in calibration yet"), self.no_cycle_text,
                                               self.go_cycles_button))
        loading = QLabel(self.tr("Loading…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(loading)
        self.stack.setCurrentIndex(self.LOADING)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_new_session)
        changes(workstation).changed.connect(lambda _areas: self._load_sessions())

    def _build_main(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(page_heading(self.tr("Calibration")))
        actions = QToolBar()
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        actions.addWidget(QLabel(self.tr("Cycle:") + " "))
        self.cycle_combo = QComboBox()
        self.cycle_combo.setMinimumContentsLength(24)
        self.cycle_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.cycle_combo.currentIndexChanged.connect(lambda _index: self._load_sessions())
        actions.addWidget(self.cycle_combo)
        actions.addSeparator()
        self.open_action = actions.addAction(self.tr("Open session…"), self.open_new_session)
        self.open_action.setToolTip(self.tr("Open a session over the cycle, a department or a position (Ctrl+N)"))
        self.refresh_action = actions.addAction(self.tr("Refresh"), self.reload)
        self.refresh_action.setToolTip(self.tr("Read the sessions again: another user may have moved someone (F5)"))
        layout.addWidget(actions)
        self.stage_note = QLabel()
        self.stage_note.setWordWrap(True)
        layout.addWidget(self.stage_note)

        # The sessions above, the chosen one below at full width: its band columns need the room.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._session_chosen())
        self.splitter.addWidget(self.table)

        self.session_stack = QStackedWidget()
        self.no_session_text = QLabel()
        self.empty_open_button = QPushButton(self.tr("Open session…"))
        self.empty_open_button.clicked.connect(self.open_new_session)
        self.session_stack.addWidget(_centered_message(self.tr("No session yet"), self.no_session_text,
                                                       self.empty_open_button))
        pick = QLabel(self.tr("Choose a session above."))
        pick.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.session_stack.addWidget(pick)
        self.session_view = SessionView(self.workstation)
        self.session_view.status_message.connect(self.status_message)
        self.session_stack.addWidget(self.session_view)
        self.splitter.addWidget(self.session_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.fontMetrics().height() * 6, 700])
        layout.addWidget(self.splitter, 1)
        return page

    # -- reading ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the cycles, then the chosen cycle's sessions, in the background."""
        def read(workstation, _progress):
            return workstation.call(list_cycles)

        self._cycles_job = Job(self, self.tr("Loading cycles"), read, self._show_cycles, dialog=False,
                               workstation=self.workstation).start()

    def _show_cycles(self, rows) -> None:
        keep = self.current_cycle_id() or self._remembered_cycle
        self.cycles = [row for row in rows if row.stage.value in CALIBRATED_STAGES]
        if not self.cycles:
            self.go_cycles_button.setVisible(True)
            self.stack.setCurrentIndex(self.NO_CYCLE)
            return
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for row in self.cycles:
            self.cycle_combo.addItem(f"{row.name} — {stage_name(row.stage)}", row.id)
        # A cycle in calibration first: that is where the work is.
        ids = [row.id for row in self.cycles]
        default = next((row.id for row in self.cycles if row.stage.value == "calibration"), ids[0])
        self.cycle_combo.setCurrentIndex(ids.index(keep) if keep in ids else ids.index(default))
        self.cycle_combo.blockSignals(False)
        self.stack.setCurrentIndex(self.MAIN)
        self._load_sessions()

    def current_cycle(self):
        cycle_id = self.current_cycle_id()
        return next((row for row in self.cycles if row.id == cycle_id), None)

    def current_cycle_id(self) -> int | None:
        return self.cycle_combo.currentData() if self.cycle_combo.count() else None

    def _load_sessions(self) -> None:
        cycle_id = self.current_cycle_id()
        if cycle_id is None:
            return

        def read(workstation, _progress):
            return cycle_id, workstation.call(list_sessions, cycle_id)

        self._sessions_job = Job(self, self.tr("Loading sessions"), read, self._show_sessions, dialog=False,
                                 workstation=self.workstation).start()

    def _show_sessions(self, found) -> None:
        cycle_id, sessions = found
        if cycle_id != self.current_cycle_id():
            return
        keep = self._select_session_after_load or self.current_session_id()
        self._select_session_after_load = None
        cycle = self.current_cycle()
        in_calibration = cycle is not None and cycle.stage.value == "calibration"
        may_open = in_calibration and self.workstation.actor.is_hr
        self.open_action.setEnabled(may_open)
        self.empty_open_button.setVisible(may_open)
        if in_calibration:
            self.stage_note.setText(self.tr("The cycle is in calibration: sessions may be opened and moves made."))
        else:
            self.stage_note.setText(self.tr("The cycle is past calibration: its sessions are kept as they closed."))
        if not self.workstation.actor.is_hr:
            self.stage_note.setText(self.stage_note.text() + " " + self.tr(
                "Only HR opens sessions and moves people; you see the sessions you sit in."))
        self.no_session_text.setText(
            self.tr("A session calibrates the whole cycle, a department or a position together. Open one to see "
                    "the distribution against the guideline and move people between bands.") if may_open else
            self.tr("This cycle has no calibration session."))
        self.model.set_rows(list(sessions))
        ids = [row.id for row in sessions]
        if sessions:
            open_first = next((row.id for row in sessions if row.open), ids[0])
            self.table.selectRow(ids.index(keep) if keep in ids else ids.index(open_first))
        self._session_chosen()
        self.sessions_loaded.emit(len(sessions))

    def current_session_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(self.model.index(index.row(), 0), ID_ROLE) if index.isValid() else None

    def _session_chosen(self) -> None:
        session_id = self.current_session_id()
        if session_id is None:
            self.session_stack.setCurrentIndex(self.NO_SESSION if self.model.rowCount() == 0 else self.PICK)
            return
        self.session_stack.setCurrentIndex(self.SESSION)
        if session_id != self.session_view.session_id:
            self.session_view.show_session(session_id)

    # -- actions --------------------------------------------------------------------
    def open_new_session(self):
        cycle = self.current_cycle()
        if cycle is None or not self.open_action.isEnabled():
            return None
        cycle_id, name = cycle.id, cycle.name

        def read(workstation, _progress):
            return workstation.call(opening_choices, cycle_id)

        def show(choices) -> None:
            from ..calibration.dialogs import OpenSessionDialog

            self.open_dialog = dialog = OpenSessionDialog(self.workstation, cycle_id, name, choices, self)
            dialog.opened.connect(self._opened)
            dialog.open()

        self._open_job = Job(self, self.tr("Loading departments"), read, show, dialog=False,
                             workstation=self.workstation).start()
        return self._open_job

    def _opened(self, session_id: int) -> None:
        self._select_session_after_load = session_id
        self.status_message.emit(self.tr("Session opened."))
        self._load_sessions()

    # -- remembered state ----------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("calibration/splitter", self.splitter.saveState())
        settings.setValue("calibration/distribution_splitter",
                          self.session_view.distribution_view.splitter.saveState())
        settings.setValue("calibration/session_splitter", self.session_view.splitter.saveState())
        settings.setValue("calibration/header", self.table.horizontalHeader().saveState())
        settings.setValue("calibration/tab", self.session_view.tabs.currentIndex())
        if (cycle_id := self.current_cycle_id()) is not None:
            settings.setValue("calibration/cycle", cycle_id)

    def restore_state(self, settings: QSettings) -> None:
        if (splitter := settings.value("calibration/splitter")) is not None:
            self.splitter.restoreState(splitter)
        if (splitter := settings.value("calibration/distribution_splitter")) is not None:
            self.session_view.distribution_view.splitter.restoreState(splitter)
        if (splitter := settings.value("calibration/session_splitter")) is not None:
            self.session_view.splitter.restoreState(splitter)
        if (header := settings.value("calibration/header")) is not None:
            self.table.horizontalHeader().restoreState(header)
        self.session_view.tabs.setCurrentIndex(int(settings.value("calibration/tab", 0)))
        cycle = settings.value("calibration/cycle")
        self._remembered_cycle = int(cycle) if cycle is not None else None

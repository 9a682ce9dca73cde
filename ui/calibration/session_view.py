"""One calibration session: its header, the Distribution, Grid, Nine-box, Record,
Ranking and Leniency tabs, the chosen person's context beside the grid and the record, and Close. Reads and writes go through the services in the background (ui/worker.py);
the widgets decide nothing: a move, an undo or closing is refused by the service,
and the refusal is shown."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.calibration.distribution import distribution
from reviewer.calibration.grid import calibration_grid
from reviewer.calibration.moves import move_band, session_moves, undo_move
from reviewer.calibration.sessions import close_session, session_header

from ..context import APPRAISALS, changes
from ..formatting import localized
from ..problem_text import coded_text
from ..typography import page_heading
from ..worker import Job
from .context_panel import ContextPanel
from .dialogs import MoveDialog
from .distribution_view import DistributionView
from .grid_view import GridView
from .leniency_panel import LeniencyPanel
from .ninebox_view import NineBoxView
from .models import actor_name, band_label, local_time, scope_text
from .ranking_view import RankingView
from .record_view import RecordView


@dataclass(frozen=True)
class SessionData:
    """Everything the session's tabs show, read in one unit of work."""

    header: object
    distribution: object
    grid: object
    moves: list


def read_session(workstation, session_id: int) -> SessionData:
    with workstation.unit() as session:
        header = session_header(session, session_id)
        return SessionData(header, distribution(session, header.cycle_id, session_id=session_id),
                           calibration_grid(session, session_id), session_moves(session, session_id))


class SessionView(QWidget):
    loaded = Signal(object)  # SessionData, after every read
    changed = Signal()  # a move, an undo or closing was saved
    status_message = Signal(str)

    def __init__(self, workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.session_id: int | None = None
        self.data: SessionData | None = None
        self._read_job = self._write_job = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        self.title = page_heading("", scale=1.25)
        heading.addWidget(self.title)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        heading.addWidget(self.details)
        top.addLayout(heading, 1)
        self.close_button = QPushButton(self.tr("&Close session…"))
        self.close_button.setToolTip(self.tr("Lock the moves, set the calibrated bands and reveal blind names"))
        self.close_button.clicked.connect(self.ask_close)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.distribution_view = DistributionView()
        self.grid_view = GridView()
        self.record_view = RecordView()
        self.tabs.addTab(self.distribution_view, self.tr("&Distribution"))
        self.tabs.addTab(self.grid_view, self.tr("&Grid"))
        # Panels that read the session on their own: told which session when they are shown.
        self.ninebox_view = NineBoxView(workstation)
        self.ranking_view = RankingView(workstation)
        self.leniency_panel = LeniencyPanel(workstation)
        self.panels = [self.ninebox_view, self.ranking_view, self.leniency_panel]
        self.tabs.addTab(self.ninebox_view, self.tr("&Nine-box"))
        self.tabs.addTab(self.record_view, self.tr("&Record"))
        self.tabs.addTab(self.ranking_view, self.tr("R&anking"))
        self.tabs.addTab(self.leniency_panel, self.tr("&Leniency"))
        self._panels_shown: dict[int, tuple[int, int]] = {}
        self.tabs.currentChanged.connect(lambda _index: self._show_panels())
        # The chosen person's bands, KPI results and 360 summary, one click away from the
        # grid and the record.
        self.context_panel = ContextPanel(workstation)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("calibrationSessionSplitter")
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.context_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 440])
        layout.addWidget(self.splitter, 1)
        self.grid_view.person_selected.connect(self._show_person)
        self.record_view.person_selected.connect(self._show_person)
        for panel in self.panels:
            panel.changed.connect(self.reload)
        self.grid_view.move_requested.connect(self.ask_move)
        self.record_view.undo_requested.connect(self.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_last,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._select_after_load: int | None = None
        # A job saved something (here or elsewhere, e.g. another tab's move): read again.
        changes(workstation).changed.connect(lambda _areas: self.reload())

    # -- reading -----------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        if session_id != self.session_id:
            self.data = None
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        session_id = self.session_id
        if session_id is None:
            return

        def read(workstation, _progress):
            return read_session(workstation, session_id)

        self._read_job = Job(self, self.tr("Loading the session"), read, self._show, dialog=False,
                             workstation=self.workstation).start()

    def _show(self, data: SessionData) -> None:
        if data.header.id != self.session_id:
            return  # another session was chosen meanwhile
        self.data = data
        header = data.header
        may_move = header.open and self.workstation.actor.is_hr
        self.title.setText(header.name)
        self.details.setText(self._describe(header))
        self.close_button.setVisible(self.workstation.actor.is_hr)
        self.close_button.setEnabled(may_move)
        warnings = [coded_text(warning.code, warning.params) for warning in data.distribution.warnings]
        self.distribution_view.show_distribution(data.distribution, warnings)
        self.grid_view.show_grid(data.grid, may_move)
        self.record_view.show_moves(data.moves, may_move)
        if self._select_after_load is not None and self.tabs.currentWidget() is self.grid_view:
            self.grid_view.select_appraisal(self._select_after_load)
        self._select_after_load = None
        self._panels_shown.clear()  # the session changed: each panel reads it again when shown
        self._show_panels()
        self.loaded.emit(data)

    def _show_panels(self) -> None:
        """Tell the current tab's panel which session to read, once per session and load."""
        current = self.tabs.currentWidget()
        self.context_panel.setVisible(current in (self.grid_view, self.record_view))
        if self.data is None or current not in self.panels:
            return
        shown = (self.data.header.cycle_id, self.data.header.id)
        if self._panels_shown.get(id(current)) != shown:
            self._panels_shown[id(current)] = shown
            current.show_session(*shown)

    def _show_person(self, appraisal_id: int) -> None:
        if self.data is not None:
            self.context_panel.show_person(self.data.header.cycle_id, appraisal_id, self.data.header.id)

    def _describe(self, header) -> str:
        state = (self.tr("open since %1, opened by %2") if header.open
                 else self.tr("closed on %1 by %2")).replace(
            "%1", local_time(header.opened_at if header.open else header.closed_at)).replace(
            "%2", actor_name(header.opened_by if header.open else header.closed_by))
        parts = [scope_text(header.scope_kind, header.scope_name), state, self.tr("%1 people").replace("%1", str(header.member_count))]
        if header.blind:
            parts.append(self.tr("blind: codes instead of names until closed") if header.open
                         else self.tr("was blind; names revealed"))
        text = " · ".join(parts)
        if header.participants:
            text += "\n" + self.tr("Participants: %1").replace("%1", ", ".join(header.participants))
        return text

    # -- moving ------------------------------------------------------------------
    def ask_move(self, appraisal_id: int, band_id: int) -> None:
        """Ask the reason (and, for band_id -1, the band) and move through the service."""
        if self.data is None or not self.data.header.open:
            return
        row = self.grid_view.row_of(appraisal_id)
        if row is None:
            return
        bands = list(self.data.grid.bands)
        here = next((b for b in bands if b.id == row.band_id), None)
        from_text = band_label(here.code, localized(here.name, getattr(here, "name_zh", None))) if here else "—"
        dialog = MoveDialog(row.label, from_text, bands, None if band_id < 0 else band_id, self)
        self.move_dialog = dialog
        if dialog.exec() != MoveDialog.DialogCode.Accepted:
            return
        self.move(appraisal_id, dialog.band_id(), dialog.reason(), row.band_id)

    def move(self, appraisal_id: int, band_id: int, reason: str, expected_band_id: int | None = None) -> None:
        session_id = self.session_id

        def work(workstation, _progress):
            return workstation.call(move_band, session_id, appraisal_id, band_id, reason,
                                    expected_band_id=expected_band_id)

        def done(_move) -> None:
            self.status_message.emit(self.tr("Moved; the reason is in the record."))
            self._after_write(select=appraisal_id)

        self._write_job = Job(self, self.tr("Saving the move"), work, done, workstation=self.workstation,
                              changes={APPRAISALS}).start()

    def undo_last(self) -> None:
        move = self.record_view.last_active_move()
        if move is not None and self.data is not None and self.data.header.open:
            self.undo(move.id)

    def undo(self, move_id: int) -> None:
        session_id = self.session_id

        def work(workstation, _progress):
            return workstation.call(undo_move, session_id, move_id)

        def done(_result) -> None:
            self.status_message.emit(self.tr("Move undone; it stays in the record, struck through."))
            self._after_write()

        self._write_job = Job(self, self.tr("Undoing the move"), work, done, workstation=self.workstation,
                              changes={APPRAISALS}).start()

    def ask_close(self) -> None:
        if self.data is None or not self.data.header.open:
            return
        header = self.data.header
        text = self.tr("Close “%1”? Its moves are locked and each person's band becomes their calibrated band.") \
            .replace("%1", header.name)
        if header.blind:
            text += " " + self.tr("The names behind the codes are revealed.")
        answer = QMessageBox.question(self, self.tr("Close session"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.close_session()

    def close_session(self) -> None:
        session_id = self.session_id

        def work(workstation, _progress):
            return workstation.call(close_session, session_id)

        def done(_result) -> None:
            self.status_message.emit(self.tr("Session closed; the calibrated bands are set."))
            self._after_write()

        self._write_job = Job(self, self.tr("Closing the session"), work, done, workstation=self.workstation,
                              changes={APPRAISALS}).start()

    def _after_write(self, select: int | None = None) -> None:
        """The job's change notice reads the session again (see __init__); the moved
        person stays selected so the keyboard can move them on."""
        self._select_after_load = select
        self.changed.emit()

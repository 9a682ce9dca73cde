"""360 Reviews: one cycle's raters and forms, its progress, rater coverage and the
results, each on a tab that reads the same request list."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget
from reviewer.cycles.choices import CycleChoice, cycle_choices, newest_running
from reviewer.feedback.tracking import request_rows
from reviewer.workstation import Workstation

from ..typography import page_heading
from ..worker import Job
from ..vocabulary import stage_name
from .feedback_progress import ProgressTab, RatersTab
from .feedback_requests import RequestsTab
from .feedback_results import ResultsTab

REQUESTS_TAB, PROGRESS_TAB, RATERS_TAB, RESULTS_TAB = range(4)


class FeedbackPage(QWidget):
    status_message = Signal(str)
    requests_loaded = Signal()

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self._cycles: dict[int, CycleChoice] = {}
        self._job = None
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("360 Reviews")))
        intro = QLabel(self.tr("Who rates whom, the guided forms and the offline PDF forms, progress and "
                               "reminders, and results that keep peer, report and customer answers anonymous."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cycle:")))
        self.cycle = QComboBox()
        self.cycle.currentIndexChanged.connect(lambda _i: self.load_requests())
        bar.addWidget(self.cycle)
        self.stage = QLabel()
        bar.addWidget(self.stage)
        bar.addStretch(1)
        self.templates_button = QPushButton(self.tr("Form templates…"))
        self.templates_button.clicked.connect(self.edit_templates)
        self.competencies_button = QPushButton(self.tr("Competencies…"))
        self.competencies_button.clicked.connect(self.edit_competencies)
        bar.addWidget(self.templates_button)
        bar.addWidget(self.competencies_button)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.requests_tab = RequestsTab(workstation)
        self.progress_tab = ProgressTab()
        self.raters_tab = RatersTab(workstation)
        self.results_tab = None  # built when first opened: it loads matplotlib
        self.tabs.addTab(self.requests_tab, self.tr("Requests"))
        self.tabs.addTab(self.progress_tab, self.tr("Progress"))
        self.tabs.addTab(self.raters_tab, self.tr("Raters"))
        self.tabs.addTab(QWidget(), self.tr("Results"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        self.requests_tab.changed.connect(self.load_requests)
        self.requests_tab.status_message.connect(self.status_message)
        self.raters_tab.limits_changed.connect(self.load_requests)
        self.progress_tab.show_overdue.connect(self._list_overdue)
        self._rows = []

    def reload(self) -> None:
        current = self.cycle.currentData()
        self.cycle.blockSignals(True)
        self.cycle.clear()
        cycles = self.workstation.call(cycle_choices)
        self._cycles = {c.id: c for c in cycles}
        for cycle in cycles:
            self.cycle.addItem(cycle.name, cycle.id)
        opening = newest_running(cycles)
        index = self.cycle.findData(current if current is not None else opening.id if opening else None)
        self.cycle.setCurrentIndex(max(index, 0))
        self.cycle.blockSignals(False)
        self.load_requests()

    def show_requests_about(self, cycle_id: int | None, employee_id: int) -> None:
        """The Requests tab of a cycle, only the requests about one person."""
        if self.cycle.count() == 0 or (cycle_id is not None and self.cycle.findData(cycle_id) < 0):
            self.reload()
        self.tabs.setCurrentIndex(REQUESTS_TAB)
        self.requests_tab.show_subject(employee_id)
        index = self.cycle.findData(cycle_id)
        if index >= 0 and index != self.cycle.currentIndex():
            self.cycle.setCurrentIndex(index)  # reads that cycle's requests

    def cycle_id(self) -> int | None:
        return self.cycle.currentData()

    def load_requests(self) -> None:
        cycle_id = self.cycle_id()
        if cycle_id is None:
            self.stage.setText(self.tr("No cycle yet: create one under Cycles, or load the demo data."))
            return
        self.stage.setText(self.tr("Stage: %1").replace("%1", stage_name(self._cycles[cycle_id].stage)))

        def work(_progress):
            return self.workstation.call(request_rows, cycle_id)

        self._job = Job(self, "", work, lambda rows: self._show(cycle_id, rows), dialog=False).start()

    def _show(self, cycle_id: int, rows) -> None:
        if cycle_id != self.cycle_id():
            return  # the user picked another cycle while this one loaded
        self._rows = rows
        cycle = self._cycles[cycle_id]
        self.requests_tab.show_rows(cycle, rows)
        self.progress_tab.show_rows(rows)
        self.raters_tab.set_cycle(cycle_id, cycle.anonymity_threshold)
        if self.results_tab is not None:
            self.results_tab.set_cycle(cycle_id, rows)
        self.requests_loaded.emit()

    def _tab_changed(self, index: int) -> None:
        if index == RESULTS_TAB and self.results_tab is None:
            self.results_tab = ResultsTab(self.workstation)
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(RESULTS_TAB)
            self.tabs.removeTab(RESULTS_TAB)
            placeholder.deleteLater()
            self.tabs.insertTab(RESULTS_TAB, self.results_tab, self.tr("Results"))
            self.tabs.setCurrentIndex(RESULTS_TAB)
            self.tabs.blockSignals(False)
            if self.cycle_id() is not None:
                self.results_tab.set_cycle(self.cycle_id(), self._rows)

    def _list_overdue(self) -> None:
        combo = self.requests_tab.status
        combo.setCurrentIndex(combo.findData("overdue"))
        self.tabs.setCurrentIndex(REQUESTS_TAB)

    def edit_templates(self) -> None:
        from ..dialogs.template_editor import TemplateEditor

        TemplateEditor(self.workstation, self).exec()

    def edit_competencies(self) -> None:
        from ..dialogs.competencies_dialog import CompetenciesDialog

        CompetenciesDialog(self.workstation, self).exec()
        if self.results_tab is not None:
            self.results_tab.show_selected()

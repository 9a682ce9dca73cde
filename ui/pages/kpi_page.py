"""KPIs: the library of indicators, edited beside the list."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.kpi.alerts import kpi_alerts
from reviewer.kpi.library import KpiInput, check_kpi, delete_kpi, kpi_input, kpi_library, save_kpi
from reviewer.vocabulary import KpiDirection, KpiKind, KpiUnit
from reviewer.workstation import Workstation

from ..errors import show_error
from ..models.alerts_model import AlertsModel
from ..models.kpi_model import KpiTableModel
from ..models.people_model import ID_ROLE
from ..problem_text import coded_text
from ..typography import page_heading
from ..worker import Job
from .kpi_editor import KpiEditor
from .targets_tab import TargetsTab


DASHBOARD_TAB = 2
KPI_NAME_COLUMN = 1


class KpiPage(QWidget):
    status_message = Signal(str)
    alerts_counted = Signal(int, int)  # critical, warning
    plan_saved = Signal(int)  # a plan started from an alert was saved: the window opens it

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.can_edit = True
        self.editing_id: int | None = None
        self.model = KpiTableModel(self)
        self.alerts_model = AlertsModel(self)
        self._alerts_job = None
        self._alerts_shown = False
        outer = QVBoxLayout(self)
        outer.addWidget(page_heading(self.tr("KPIs")))
        intro = QLabel(self.tr("The KPI library; each person's targets with their results and evidence; a "
                               "dashboard per person or team; alerts for results outside their normal range."))
        intro.setWordWrap(True)
        outer.addWidget(intro)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code, name or category"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_filter)
        left_layout.addWidget(self.search)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Every column fits its contents and the KPI's name takes what is left (elided when
        # narrow): otherwise Category and the columns after it scroll out of a normal window.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KPI_NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        left_layout.addWidget(self.table)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.title = page_heading("", scale=1.2)
        right_layout.addWidget(self.title)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        right_layout.addWidget(self.read_only_note)
        self.editor = KpiEditor()
        self.editor.changed.connect(self.validate)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New KPI"))
        self.save_button = QPushButton(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_kpi)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.new_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # room for every column of the list
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("Library"))
        self.targets_tab = TargetsTab(workstation)
        self.targets_tab.status_message.connect(self.status_message)
        self.targets_tab.results_imported.connect(self.refresh_alerts)
        self.tabs.addTab(self.targets_tab, self.tr("Targets"))
        self.dashboard_tab = None  # built when first opened: it loads matplotlib
        self.tabs.addTab(QWidget(), self.tr("Dashboard"))
        self.tabs.addTab(self._build_alerts(), self.tr("Alerts"))
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_kpi)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

    def _build_alerts(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explanation = QLabel(self.tr("The latest result of every target in open cycles that is below its KPI's "
                                     "warning or critical level, newest first. Counts and amounts are compared "
                                     "with the share of the target due by the date of the result."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.only_critical = QCheckBox(self.tr("Only critical"))
        self.only_critical.toggled.connect(self.alerts_model.show_only_critical)
        layout.addWidget(self.only_critical)
        self.alerts_table = QTableView()
        self.alerts_table.setModel(self.alerts_model)
        self.alerts_table.verticalHeader().hide()
        self.alerts_table.setAlternatingRowColors(True)
        self.alerts_table.horizontalHeader().setStretchLastSection(True)
        self.alerts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.alerts_table, 1)
        plan_row = QHBoxLayout()
        self.alert_plan_button = QPushButton(self.tr("Start &improvement plan…"))
        self.alert_plan_button.setToolTip(self.tr("A guided improvement plan for the selected alert's person"))
        self.alert_plan_button.clicked.connect(self.start_plan_from_alert)
        self.alert_plan_button.setEnabled(False)
        plan_row.addWidget(self.alert_plan_button)
        plan_row.addStretch(1)
        layout.addLayout(plan_row)
        self.alerts_table.selectionModel().selectionChanged.connect(
            lambda: self.alert_plan_button.setEnabled(self.workstation.actor.may_write
                                                      and self.selected_alert() is not None))
        return page

    def selected_alert(self):
        rows = self.alerts_table.selectionModel().selectedRows()
        return self.alerts_model.alert(rows[0].row()) if rows else None

    def start_plan_from_alert(self):
        """The guided flow for the selected alert's person, in the alert's cycle."""
        from ..plans.guided_flow import GuidedPlanDialog

        alert = self.selected_alert()
        if alert is None:
            return None
        dialog = GuidedPlanDialog(self.workstation, employee_id=alert.employee_id, cycle_id=alert.cycle_id,
                                  kind="improvement", source="alert", parent=self)
        dialog.plan_saved.connect(self.plan_saved)
        dialog.open()
        self.plan_dialog = dialog
        return dialog

    def _tab_changed(self, index: int) -> None:
        if self.tabs.currentWidget() is self.targets_tab and self.targets_tab.cycle.count() == 0:
            self.targets_tab.reload()
        if index == DASHBOARD_TAB and self.dashboard_tab is None:
            self.show_dashboard()

    def show_targets_of(self, cycle_id: int | None, employee_id: int) -> None:
        """The Targets tab on one person of a cycle."""
        self.tabs.setCurrentWidget(self.targets_tab)
        self.targets_tab.show_person_in(cycle_id, employee_id)

    def show_dashboard(self):
        """Build the dashboard (and load matplotlib) the first time it is opened."""
        if self.dashboard_tab is None:
            from .dashboard_tab import DashboardTab

            self.dashboard_tab = DashboardTab(self.workstation)
            placeholder = self.tabs.widget(DASHBOARD_TAB)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(DASHBOARD_TAB)
            self.tabs.insertTab(DASHBOARD_TAB, self.dashboard_tab, self.tr("Dashboard"))
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
            self.dashboard_tab.reload()
        self.tabs.setCurrentIndex(DASHBOARD_TAB)
        return self.dashboard_tab

    def refresh_alerts(self) -> None:
        """Recount alerts in the background (also for the sidebar's badge)."""
        def work(_progress):
            return self.workstation.call(kpi_alerts)

        self._alerts_job = Job(self, self.tr("Checking alerts"), work, self.show_alerts, dialog=False).start()

    def show_alerts(self, alerts) -> None:
        """Show a computed alert list (also the one the window counted at start-up)."""
        self._alerts_shown = True
        self.alerts_model.set_alerts(alerts)
        self.alerts_table.resizeColumnsToContents()
        critical, warning = self.alerts_model.counts()
        self.tabs.setTabText(self.tabs.count() - 1, self.tr("Alerts (%1)").replace("%1", str(critical + warning)))
        self.alerts_counted.emit(critical, warning)

    def reload(self, select: int | None = None) -> None:
        library = self.workstation.call(kpi_library)
        rows = list(library.rows)
        if not self._alerts_shown and self._alerts_job is None:  # first time the page is shown
            self.refresh_alerts()
        self.can_edit = library.can_edit
        self.read_only_note.setText("" if library.can_edit else
                                    coded_text(library.read_only_code, library.read_only_params))
        self.read_only_note.setVisible(not library.can_edit)
        self.editor.setEnabled(library.can_edit)
        self.new_button.setEnabled(library.can_edit)
        self.model.set_kpis(rows)
        self.editor.set_categories(library.categories)
        target = select if select is not None else self.editing_id
        row = self.model.row_of(target) if target is not None else (0 if rows else None)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.new_kpi()

    def _current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        self.editing_id = self.model.index(current.row(), 0).data(ID_ROLE)
        data = self.workstation.call(kpi_input, self.editing_id)
        self.title.setText(f"{data.code} · {data.name_zh or data.name}")
        self.editor.show_kpi(data)
        self.validate()

    def new_kpi(self) -> None:
        self.table.clearSelection()
        self.editing_id = None
        self.title.setText(self.tr("New KPI"))
        self.editor.show_kpi(KpiInput(code="", name="", unit=KpiUnit.COUNT, direction=KpiDirection.HIGHER_BETTER,
                                      kind=KpiKind.QUANTITATIVE, category=""))
        self.editor.code.setFocus()
        self.validate()

    def validate(self) -> bool:
        problems = self.workstation.call(check_kpi, self.editor.value(), self.editing_id)
        self.editor.show_problems(problems)
        self.save_button.setEnabled(not problems and self.can_edit)
        self.delete_button.setEnabled(self.editing_id is not None and self.can_edit)
        return not problems

    def save(self) -> None:
        if not self.validate():
            return
        try:
            saved = self.workstation.call(save_kpi, self.editor.value(), self.editing_id)
        except ReviewerError as error:
            show_error(self, error)
            return
        self.editing_id = saved
        self.reload(saved)
        self.refresh_alerts()  # alert levels may have changed
        self.status_message.emit(self.tr("KPI saved."))

    def delete(self) -> None:
        if self.editing_id is None:
            return
        try:
            self.workstation.call(delete_kpi, self.editing_id)
        except ReviewerError as error:
            show_error(self, error)
            return
        self.editing_id = None
        self.reload()
        self.status_message.emit(self.tr("KPI deleted."))

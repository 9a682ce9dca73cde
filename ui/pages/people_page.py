"""People: the employee table with instant search, a department filter and a
detail panel beside it."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.people.directory import (
    DepartmentNode,
    PeopleView,
    PersonDetail,
    department_subtree,
    people_view,
    person_detail,
    reporting_tree,
    tenure_months,
)
from reviewer.workstation import Workstation

from ..formatting import format_date, format_tenure, is_chinese, localized
from ..models.org_chart_model import OrgChartModel
from ..context import KPIS, PEOPLE, announce, changes
from ..models.people_model import ID_ROLE, PeopleTableModel
from ..problem_text import coded_text
from ..typography import page_heading
from ..errors import show_error
from ..worker import Job

if TYPE_CHECKING:  # built lazily: dialogs load only when opened
    from ..dialogs.import_wizard import ImportRosterWizard
    from ..dialogs.person_dialog import PersonDialog


class PersonDetailPanel(QWidget):
    """What the selected person's record says; links move the selection."""

    person_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        self.placeholder = QLabel(self.tr("Select a person to see their record."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.placeholder)
        self.title = page_heading("", scale=1.5)
        layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.subtitle)

        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("employee_no", self.tr("Employee no.")),
            ("position", self.tr("Position")),
            ("department", self.tr("Department")),
            ("manager", self.tr("Manager")),
            ("email", self.tr("Email")),
            ("hire_date", self.tr("Hired")),
            ("tenure", self.tr("Tenure")),
            ("status", self.tr("Status")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            self.fields[key] = value
            form.addRow(label + ":", value)
        self.fields["manager"].linkActivated.connect(lambda link: self.person_requested.emit(int(link)))
        layout.addWidget(self.form_box)

        self.reports_label = QLabel()
        layout.addWidget(self.reports_label)
        self.reports = QListWidget()
        self.reports.itemActivated.connect(lambda item: self.person_requested.emit(item.data(ID_ROLE)))
        layout.addWidget(self.reports, 1)
        layout.addStretch(0)
        self.show_person(None)

    def show_person(self, detail: PersonDetail | None, today: date | None = None) -> None:
        has_person = detail is not None
        self.placeholder.setVisible(not has_person)
        for widget in (self.title, self.subtitle, self.form_box, self.reports_label, self.reports):
            widget.setVisible(has_person)
        if detail is None:
            self.title.clear()
            for value in self.fields.values():
                value.clear()
            self.reports.clear()
            return
        today = today or date.today()
        self.title.setText(detail.name)
        self.subtitle.setText(" / ".join(detail.department_path))
        f = self.fields
        f["employee_no"].setText(detail.employee_no)
        f["position"].setText(localized(detail.position, detail.position_zh) or self.tr("—"))
        f["department"].setText(detail.department)
        if detail.manager:
            f["manager"].setText(f'<a href="{detail.manager.id}">{detail.manager.name}</a> '
                                 f"({detail.manager.employee_no})")
        else:
            f["manager"].setText(self.tr("No manager (top of the organisation)"))
        f["email"].setText(f'<a href="mailto:{detail.email}">{detail.email}</a>' if detail.email else self.tr("—"))
        f["email"].setOpenExternalLinks(True)
        f["hire_date"].setText(format_date(detail.hire_date) or self.tr("—"))
        end = detail.leave_date if not detail.is_active and detail.leave_date else today
        f["tenure"].setText(format_tenure(tenure_months(detail.hire_date, end)) if detail.hire_date else self.tr("—"))
        f["status"].setText(
            self.tr("Active") if detail.is_active
            else self.tr("Left on %1").replace("%1", format_date(detail.leave_date))
        )
        self.reports_label.setText(
            self.tr("Direct reports (%1)").replace("%1", str(len(detail.reports))) if detail.reports
            else self.tr("No direct reports.")
        )
        self.reports.setVisible(bool(detail.reports))
        self.reports.clear()
        for ref in detail.reports:
            item = QListWidgetItem(f"{ref.name}  ·  {ref.employee_no}")
            item.setData(ID_ROLE, ref.id)
            self.reports.addItem(item)


class PeoplePage(QWidget):
    """The People page. Owns no data beyond what the table shows; asks services.
    The list is read off the UI thread: a shared database may be slow to answer."""

    load_demo_requested = Signal()
    people_loaded = Signal(int)
    status_message = Signal(str)
    TABLE, EMPTY, LOADING = range(3)
    refreshes_itself = True

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.may_change = False  # until the service says what this user may do
        self._departments: list[DepartmentNode] = []
        self.model = PeopleTableModel(self)
        self.org_model = OrgChartModel(self)
        self._org_built = False

        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.stack.addWidget(self._build_table_view())
        self.stack.addWidget(self._build_empty_state())
        loading = QLabel(self.tr("Loading people…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(loading)
        self.stack.setCurrentIndex(self.LOADING)
        self._load_job = None

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.open_person_dialog(new=True))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=lambda: self.mark_as_left())
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=lambda: self.open_person_dialog(new=False))
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_mark_as_left)
        self.table.doubleClicked.connect(lambda _index: self.open_person_dialog(new=False))
        self._last_left = None
        self._select_after_load: int | None = None
        self.search.textChanged.connect(lambda text: self._filter_changed(text=text))
        self.department.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.show_leavers.toggled.connect(lambda on: self._filter_changed(show_leavers=on))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail.person_requested.connect(self.select_person)
        changes(workstation).changed.connect(lambda areas: self.reload() if PEOPLE in areas else None)

    # -- building --------------------------------------------------------------
    def _build_table_view(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, employee no. or email (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 3)
        self.department = QComboBox()
        self.department.setMinimumContentsLength(8)
        bar.addWidget(self.department, 2)
        self.show_leavers = QCheckBox(self.tr("Show leavers"))
        bar.addWidget(self.show_leavers)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        actions = QToolBar()
        actions.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button = actions.addAction(self.tr("Add…"), lambda: self.open_person_dialog(new=True))
        self.add_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.edit_button = actions.addAction(self.tr("Edit…"), lambda: self.open_person_dialog(new=False))
        self.edit_button.setToolTip(self.tr("Edit the selected person (Enter)"))
        self.leave_button = actions.addAction(self.tr("Mark as left…"), lambda: self.mark_as_left())
        self.leave_button.setToolTip(self.tr("The person has left; their history is kept (Del, undo with Ctrl+Z)"))
        self.history_action = actions.addAction(self.tr("History…"), self.open_history)
        self.history_action.setToolTip(self.tr("The selected person's results across cycles"))
        self.history_action.setEnabled(False)  # until a person is selected
        self.export_personal_action = actions.addAction(self.tr("Export personal data…"),
                                                        lambda: self.export_personal_data())
        self.export_personal_action.setToolTip(self.tr(
            "Everything stored about the selected person as a ZIP, for a data-access request; "
            "confidential raters and their individual ratings are left out"))
        self.export_personal_action.setEnabled(False)
        self.export_personal_action.setVisible(self.workstation.actor.is_hr)  # HR only
        self.departments_action = departments_action = actions.addAction(self.tr("Departments…"), lambda: self.open_departments())
        departments_action.setToolTip(self.tr("Add, rename, move or remove departments"))
        self.import_action = import_action = actions.addAction(self.tr("Import roster…"), self.open_import)
        import_action.setToolTip(self.tr("Add or update people from a CSV or Excel file (Ctrl+I)"))
        layout.addWidget(actions)
        self.read_only_note = QLabel()  # why this user sees the list but cannot change it
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.read_only_note.hide()
        layout.addWidget(self.read_only_note)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self._columns_fitted = False  # fitted to the people once, unless the user's widths were restored
        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.views.addTab(self.table, self.tr("List"))
        self.org_chart = QTreeView()
        self.org_chart.setModel(self.org_model)
        self.org_chart.setUniformRowHeights(True)
        self.org_chart.setAlternatingRowColors(True)
        self.org_chart.header().setStretchLastSection(False)
        self.org_chart.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.org_chart.selectionModel().currentChanged.connect(self._org_current_changed)
        self.views.addTab(self.org_chart, self.tr("Org chart"))
        self.views.currentChanged.connect(self._view_changed)
        self.splitter.addWidget(self.views)
        self.detail = PersonDetailPanel()
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        return page

    def _build_empty_state(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        heading = page_heading(self.tr("No people yet"), bold=False)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        text = QLabel(self.tr(
            "This page lists everyone in the organisation, with their department, position and manager.") + "\n" + self.tr(
            "Explore the demo company to see the program at work, or start with your own company: the KPI "
            "library, role templates, competencies and 360 forms are added (new cycles start with five rating "
            "bands), then you import your roster from a CSV or Excel file."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        layout.addWidget(text)
        # The first-run choice: the demo, or your own data.
        self.empty_own_button = import_button = QPushButton(self.tr("Start with your own company…"))
        import_button.clicked.connect(self.start_own_company)
        self.empty_demo_button = button = QPushButton(self.tr("Explore the demo company…"))
        button.clicked.connect(self.load_demo_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addWidget(import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    # -- behaviour --------------------------------------------------------------
    def reload(self) -> None:
        """Read people and departments again, in the background."""
        def read(workstation, _progress) -> PeopleView:
            return workstation.call(people_view)

        self._load_job = Job(self, self.tr("Loading people"), read, self._show_people, dialog=False,
                             workstation=self.workstation).start()

    def _show_people(self, view: PeopleView) -> None:
        people, self._departments = view.people, view.departments
        self._show_permissions(view)
        self._fill_departments()
        self.model.set_people(people)
        if people and not self._columns_fitted:
            self._fit_columns()
        self._org_built = False
        if self.views.currentWidget() is self.org_chart:
            self._build_org_chart()
        self.stack.setCurrentIndex(self.TABLE if people else self.EMPTY)
        self._filter_changed()
        if self._select_after_load is not None:
            self.select_person(self._select_after_load)
            self._select_after_load = None
        self.people_loaded.emit(len(people))

    def _fit_columns(self) -> None:
        """Each column as wide as what it holds (within reason); the e-mail, last, takes the
        rest. Fixed widths added up to more than the list has at 1280 pixels and pushed the
        e-mail behind a scroll bar."""
        widest = self.fontMetrics().averageCharWidth() * 22
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self._columns_fitted = True

    def _show_permissions(self, view: PeopleView) -> None:
        """Offer only what this user may do; say why the rest is missing."""
        self.may_change = view.may_change
        for action in (self.add_button, self.edit_button, self.leave_button, self.import_action):
            action.setVisible(view.may_change)
        for action in (self.departments_action, self.empty_own_button, self.empty_demo_button):
            action.setVisible(view.may_edit_departments)
        reason = coded_text(view.read_only_code, view.read_only_params) if view.read_only_code else ""
        self.read_only_note.setText(reason)
        self.read_only_note.setVisible(bool(reason))

    def _fill_departments(self) -> None:
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        children: dict[int | None, list[DepartmentNode]] = {}
        for node in self._departments:
            children.setdefault(node.parent_id, []).append(node)

        def add(parent: int | None, depth: int) -> None:
            for node in children.get(parent, []):
                self.department.addItem("\u3000" * depth + node.name, node.id)
                add(node.id, depth + 1)

        add(None, 0)
        index = self.department.findData(current)
        self.department.setCurrentIndex(max(0, index))
        self.department.blockSignals(False)

    def _filter_changed(self, text: str | None = None, show_leavers: bool | None = None) -> None:
        department_id = self.department.currentData()
        departments = department_subtree(self._departments, department_id) if department_id else None
        self.model.set_filter(text=text, departments=departments, show_leavers=show_leavers)
        self.count_label.setText(
            self.tr("%1 of %2 people").replace("%1", str(self.model.rowCount())).replace("%2", str(self.model.total_count))
        )
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def _current_changed(self, current, _previous) -> None:
        self.edit_button.setEnabled(current.isValid())
        self.history_action.setEnabled(current.isValid())
        self.export_personal_action.setEnabled(current.isValid())
        self.leave_button.setEnabled(current.isValid() and self.model.person_at(current.row()).is_active)
        if not current.isValid():
            self.detail.show_person(None)
            return
        employee_id = self.model.index(current.row(), 0).data(ID_ROLE)
        try:
            self.detail.show_person(self.workstation.call(person_detail, employee_id))
        except ReviewerError as error:
            self.detail.show_person(None)
            show_error(self, error)

    def _view_changed(self, _index: int) -> None:
        if self.views.currentWidget() is self.org_chart and not self._org_built:
            self._build_org_chart()

    def _build_org_chart(self) -> None:
        self.org_model.set_tree(reporting_tree(self.model._all), self._departments)
        self._org_built = True
        for row in range(self.org_model.rowCount()):  # the top and the level below it
            self.org_chart.expand(self.org_model.index(row, 0))
        self.org_chart.resizeColumnToContents(1)
        self.org_chart.resizeColumnToContents(2)
        current = self.current_person_id()
        if current is not None:
            self._show_in_org_chart(current)

    def _show_in_org_chart(self, employee_id: int) -> None:
        index = self.org_model.index_of(employee_id)
        if index.isValid():
            self.org_chart.setCurrentIndex(index)
            self.org_chart.scrollTo(index)

    def _org_current_changed(self, current, _previous) -> None:
        employee_id = current.data(ID_ROLE) if current.isValid() else None
        if employee_id is not None and employee_id != self.current_person_id():
            self.select_person(employee_id)

    def current_person_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.index(index.row(), 0).data(ID_ROLE) if index.isValid() else None

    def open_history(self) -> "HistoryDialog | None":
        from .history_view import HistoryDialog

        employee_id = self.current_person_id()
        if employee_id is None:
            return None
        try:
            self.history_dialog = HistoryDialog(self.workstation, employee_id, self)
        except Exception as error:  # e.g. a manager's colleague outside their line
            show_error(self, error)
            return None
        self.history_dialog.open()
        return self.history_dialog

    def export_personal_data(self, path: str | None = None) -> Job | None:
        """The selected person's data as a ZIP (reviewer.privacy), in the background."""
        from reviewer.privacy import export_personal_data

        employee_id = self.current_person_id()
        if employee_id is None or not self.workstation.actor.is_hr:
            return None
        person = self.model.person_at(self.table.currentIndex().row())
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export personal data"), f"{person.employee_no}-{person.name}.zip",
                self.tr("ZIP files (*.zip)"))
            if not path:
                return None
        language = "zh" if is_chinese() else "en"

        def work(workstation, progress):
            return workstation.call(export_personal_data, employee_id, path, language, progress)

        def done(result) -> None:
            self.status_message.emit(self.tr("Personal data of %1 written to %2.")
                                     .replace("%1", person.name).replace("%2", str(result.path)))

        self._personal_job = Job(self, self.tr("Exporting personal data"), work, done,
                                 workstation=self.workstation).start()
        return self._personal_job

    def open_person_dialog(self, new: bool) -> "PersonDialog | None":
        from ..dialogs.person_dialog import PersonDialog

        employee_id = None if new else self.current_person_id()
        if not self.may_change or (not new and employee_id is None):
            return None
        detail = None
        if employee_id is not None:
            detail = self.workstation.call(person_detail, employee_id)
        dialog = PersonDialog(self.workstation, self.model._all, self._departments, detail, self)
        dialog.accepted.connect(lambda: self._after_change(dialog.saved_id, self.tr("Saved.")))
        dialog.open()
        return dialog

    def mark_as_left(self, leave_date: date | None = None) -> None:
        from reviewer.people.editing import deactivate_person

        employee_id = self.current_person_id()
        if employee_id is None or not self.may_change:
            return
        person = self.model.person_at(self.table.currentIndex().row())
        if not person.is_active:
            return
        if leave_date is None:
            from ..dialogs.leave_date import ask_leave_date

            leave_date = ask_leave_date(self, person.name)
            if leave_date is None:
                return
        try:
            self._last_left = self.workstation.call(deactivate_person, employee_id, leave_date)
        except ReviewerError as error:
            show_error(self, error)
            return
        moved = len(self._last_left.moved_reports)
        message = self.tr("%1 marked as left.").replace("%1", person.name)
        if moved:
            message += " " + self.tr("Their %1 reports now report to their manager.").replace("%1", str(moved))
        self._after_change(None, message + " " + self.tr("Ctrl+Z undoes this."))

    def undo_mark_as_left(self) -> None:
        from reviewer.people.editing import reactivate_person

        if self._last_left is None:
            return
        try:
            self.workstation.call(reactivate_person, self._last_left)
        except ReviewerError as error:
            show_error(self, error)
            return
        employee_id, self._last_left = self._last_left.employee_id, None
        self._after_change(employee_id, self.tr("Undone: the person is active again."))

    def _after_change(self, select_id: int | None, message: str) -> None:
        self._select_after_load = select_id or self.current_person_id()
        announce(self.workstation, {PEOPLE})  # this page and others showing people read again
        self.status_message.emit(message)

    def select_person(self, employee_id: int) -> None:
        """Show one person, widening the filters if they hide them."""
        row = self.model.row_of(employee_id)
        if row is None:
            self.search.clear()
            self.department.setCurrentIndex(0)
            self.show_leavers.setChecked(True)
            row = self.model.row_of(employee_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)

    def open_departments(self):
        from ..dialogs.departments_dialog import DepartmentsDialog

        dialog = DepartmentsDialog(self.workstation, self)
        dialog.changed.connect(lambda: announce(self.workstation, {PEOPLE}))
        dialog.open()
        return dialog

    def start_own_company(self) -> Job:
        """Add the shipped catalogue (what the database lacks), then import the roster."""
        from reviewer.cycles.setup import install_shipped_catalogue

        def work(workstation, _progress):
            return workstation.call(install_shipped_catalogue)

        def done(added) -> None:
            if added.anything:
                self.status_message.emit(
                    self.tr("Added %1 KPIs, %2 role templates, %3 competencies and %4 360 forms; now import "
                            "your roster.").replace("%1", str(added.kpis)).replace("%2", str(added.role_templates))
                    .replace("%3", str(added.competencies)).replace("%4", str(added.forms)))
            self.import_wizard = self.open_import()

        self._own_job = Job(self, self.tr("Adding the catalogue"), work, done, workstation=self.workstation,
                            changes=(KPIS,)).start()
        return self._own_job

    def open_import(self) -> "ImportRosterWizard":
        from ..dialogs.import_wizard import ImportRosterWizard

        wizard = ImportRosterWizard(self.workstation, self)
        wizard.imported.connect(self._imported)
        wizard.open()
        return wizard

    def _imported(self, result) -> None:
        if not result.imported:
            return  # the wizard's job announced the change: this page reads again by itself
        self.status_message.emit(
            self.tr("Roster imported: %1 new, %2 updated, %3 unchanged, %4 rejected.")
            .replace("%1", str(result.created)).replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged)).replace("%4", str(result.rejected)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- remembered state ----------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("people/splitter", self.splitter.saveState())
        settings.setValue("people/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        if (splitter := settings.value("people/splitter")) is not None:
            self.splitter.restoreState(splitter)
        if (header := settings.value("people/header")) is not None:
            self._columns_fitted = self.table.horizontalHeader().restoreState(header)

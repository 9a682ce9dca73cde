"""The Requests tab of 360 Reviews: every rater asked in the cycle, and what HR does
with them — assign, nominate and approve, fill in, send forms out and take them back."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.cycles.choices import CycleChoice
from reviewer.feedback import assignment
from reviewer.feedback.filling import OPEN_STATES
from reviewer.feedback.offline_export import export_forms
from reviewer.reviews.offline_self_review import (export_self_review_forms, import_returned_forms,
                                                  open_self_reviews)
from reviewer.feedback.tracking import reminder
from reviewer.people.directory import list_departments, person_detail
from reviewer.vocabulary import RequestStatus
from reviewer.workstation import Workstation

from ..dialogs.feedback_dialogs import AssignDialog, CustomerDialog, ImportResultsDialog, ReminderDialog
from ..dialogs.guided_form import GuidedForm
from ..errors import show_error
from ..formatting import is_chinese
from ..models.feedback_models import RequestsModel
from ..problem_text import coded_text
from ..vocabulary import name_of
from ..worker import Job

ABOUT_COLUMN, DEPARTMENT_COLUMN, RATER_COLUMN = 0, 1, 2  # of RequestsModel


class RequestsTab(QWidget):
    changed = Signal()  # requests were added, answered or imported: the other tabs read again
    status_message = Signal(str)

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycle_id: int | None = None
        self.cycle_closed = False  # read-only: closed, or the user may not change it
        self.model = RequestsModel(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search subject, rater or department"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_filter(text=text))
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in (RequestStatus.OPEN, RequestStatus.IN_PROGRESS, RequestStatus.SUBMITTED,
                       RequestStatus.NOMINATED, RequestStatus.DECLINED, RequestStatus.CANCELLED):
            self.status.addItem(name_of(status), status)
        self.status.addItem(self.tr("Overdue"), "overdue")
        self.status.currentIndexChanged.connect(lambda _i: self.model.set_filter(status=self.status.currentData()))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        about = QHBoxLayout()
        self.about_note = QLabel()
        self.about_note.setWordWrap(True)
        self.everyone_button = QPushButton(self.tr("Show everyone"))
        self.everyone_button.clicked.connect(lambda: self.show_subject(None))
        about.addWidget(self.about_note, 1)
        about.addWidget(self.everyone_button)
        self.about_row = QWidget()
        self.about_row.setLayout(about)
        about.setContentsMargins(0, 0, 0, 0)
        self.about_row.hide()
        layout.addWidget(self.about_row)
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        layout.addWidget(self.read_only_note)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self.fill_in())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.fill_button = QPushButton(self.tr("Fill in…"))
        self.fill_button.setToolTip(self.tr("Open the guided form for the selected request (Enter)"))
        self.assign_button = QPushButton(self.tr("Assign raters…"))
        self.customer_button = QPushButton(self.tr("Ask a customer…"))
        self.approve_button = QPushButton(self.tr("Approve nominations"))
        self.reject_button = QPushButton(self.tr("Reject nominations"))
        self.remind_button = QPushButton(self.tr("Reminder…"))
        self.export_button = QPushButton(self.tr("Export PDF forms…"))
        self.export_button.setToolTip(self.tr("One fillable PDF per rater for the selected open requests, or "
                                              "for every open request shown when none is selected"))
        self.self_review_button = QPushButton(self.tr("Export self-review forms…"))
        self.self_review_button.setToolTip(self.tr("One fillable PDF per person in the cycle whose self-review "
                                                   "is not submitted yet"))
        self.import_button = QPushButton(self.tr("Import returned forms…"))
        self.import_button.setToolTip(self.tr("Returned 360 and self-review forms, each with its own verdict"))
        for button, slot in ((self.fill_button, self.fill_in), (self.assign_button, self.assign),
                             (self.customer_button, self.ask_customer),
                             (self.approve_button, lambda: self.decide(True)),
                             (self.reject_button, lambda: self.decide(False)),
                             (self.remind_button, self.remind), (self.export_button, self.export_pdfs),
                             (self.self_review_button, self.export_self_reviews),
                             (self.import_button, self.import_pdfs)):
            button.clicked.connect(slot)
        # Two rows, the requests and the offline forms: in one, the buttons alone made the
        # window wider than a 1280-pixel screen.
        offline = QHBoxLayout()
        for row, buttons in ((actions, (self.fill_button, self.assign_button, self.customer_button,
                                        self.approve_button, self.reject_button, self.remind_button)),
                             (offline, (self.export_button, self.self_review_button, self.import_button))):
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        QShortcut(QKeySequence("Return"), self.table, activated=self.fill_in)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self._update_buttons()

    # -- data ----------------------------------------------------------------------
    def show_rows(self, cycle: CycleChoice, rows) -> None:
        self.cycle_id, self.cycle_closed = cycle.id, cycle.read_only
        self.read_only_note.setText(coded_text(cycle.read_only_code, cycle.read_only_params)
                                    if cycle.read_only else "")
        self.read_only_note.setVisible(cycle.read_only)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        # The subject and the rater share the spare width; the department keeps its own
        # (capped) width, which the user may drag.
        header = self.table.horizontalHeader()
        for column in (ABOUT_COLUMN, RATER_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DEPARTMENT_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(DEPARTMENT_COLUMN, min(self.table.columnWidth(DEPARTMENT_COLUMN),
                                                         self.fontMetrics().averageCharWidth() * 24))
        self._update_buttons()

    def show_subject(self, employee_id: int | None) -> None:
        """Only the requests about one person (None: everyone's), with the other filters cleared."""
        self.search.clear()
        self.status.setCurrentIndex(0)
        self.model.set_filter(subject=employee_id)
        if employee_id is not None:
            person = self.workstation.call(person_detail, employee_id)
            self.about_note.setText(self.tr("Only the requests about %1 (%2).").replace("%1", person.name)
                                    .replace("%2", person.employee_no))
        self.about_row.setVisible(employee_id is not None)
        self._update_buttons()

    def selected_rows(self):
        return [self.model.row_at(index.row()) for index in self.table.selectionModel().selectedRows()]

    def current_row(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        selected = self.selected_rows()
        writable = self.cycle_id is not None and not self.cycle_closed
        current = self.current_row()
        self.fill_button.setEnabled(current is not None)
        for button in (self.assign_button, self.import_button, self.export_button, self.self_review_button):
            button.setEnabled(writable)
        self.customer_button.setEnabled(writable and current is not None)
        nominated = writable and any(r.status == RequestStatus.NOMINATED for r in selected)
        self.approve_button.setEnabled(nominated)
        self.reject_button.setEnabled(nominated)
        self.remind_button.setEnabled(current is not None and current.status in OPEN_STATES)

    def _run(self, title: str, work, done, dialog: bool = True) -> Job:
        return Job(self, title, work, done, dialog=dialog).start()

    # -- actions -------------------------------------------------------------------
    def fill_in(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            form = GuidedForm(self.workstation, row.id, self)
        except Exception as error:  # a request deleted meanwhile by another user of a shared database
            show_error(self, error)
            return
        form.finished.connect(lambda _result: self.changed.emit())
        form.open()

    def assign(self) -> None:
        departments = self.workstation.call(list_departments)
        due = max((r.due_date for r in self.model.all_rows() if r.due_date), default=None)
        dialog = AssignDialog(departments, due, self)
        if dialog.exec() != AssignDialog.DialogCode.Accepted:
            return
        department, rule, due_date, cycle_id = dialog.department.currentData(), dialog.rule(), \
            dialog.due_date(), self.cycle_id

        def work(progress):
            progress.step(0.1, self.tr("Choosing raters"))
            return self.workstation.call(assignment.assign_raters, cycle_id, rule, due_date, department)

        def done(created: int) -> None:
            self.status_message.emit(self.tr("%n new feedback request(s) created.", "", created))
            self.changed.emit()

        self._run(self.tr("Assigning raters"), work, done)

    def ask_customer(self) -> None:
        row = self.current_row()
        if row is None:
            return
        dialog = CustomerDialog(row.subject_name, row.due_date, self)
        if dialog.exec() != CustomerDialog.DialogCode.Accepted:
            return
        try:
            self.workstation.call(assignment.add_customer, self.cycle_id, row.subject_id, dialog.name.text(),
                                  dialog.email.text(), dialog.organisation.text(), dialog.due.date().toPython())
        except Exception as error:
            show_error(self, error)
            return
        self.changed.emit()

    def decide(self, approve: bool) -> None:
        ids = [r.id for r in self.selected_rows() if r.status == RequestStatus.NOMINATED]
        try:
            changed = self.workstation.call(assignment.decide_nominations, ids, approve)
        except Exception as error:  # refused (an auditor, say, or results already published): nothing changed
            show_error(self, error)
            return
        self.status_message.emit((self.tr("%n nomination(s) approved.", "", changed) if approve
                                  else self.tr("%n nomination(s) rejected.", "", changed)))
        self.changed.emit()

    def remind(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            note = self.workstation.call(reminder, self.cycle_id, self.model.all_rows(), row.rater_key,
                                         "zh" if is_chinese() else "en")
        except Exception as error:  # e.g. results already published: answering is closed
            show_error(self, error)
            return
        if note is not None:
            ReminderDialog(note, self).exec()

    def export_pdfs(self) -> None:
        selected = [r.id for r in self.selected_rows() if r.status in OPEN_STATES]
        if not selected:
            selected = [self.model.row_at(i).id for i in range(self.model.rowCount())
                        if self.model.row_at(i).status in OPEN_STATES]
        if not selected:
            QMessageBox.information(self, self.tr("Export PDF forms"),
                                    self.tr("No open request is selected or shown; only open requests get forms."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the forms"), QDir.homePath())
        if not folder:
            return
        language = "zh" if is_chinese() else "en"

        def work(progress):
            return self.workstation.call(export_forms, selected, Path(folder), language, progress)

        def done(forms) -> None:
            self.status_message.emit(self.tr("%n form file(s) written to %1.", "", len(forms)).replace("%1", folder))
            self.changed.emit()

        self._run(self.tr("Writing PDF forms"), work, done)

    def export_self_reviews(self, folder: Path | None = None) -> Job | None:
        """Self-review forms for everyone in the cycle whose self-review is open."""
        cycle_id = self.cycle_id
        if cycle_id is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the self-review forms"),
                                                      QDir.homePath())
            if not chosen:
                return None
            folder = Path(chosen)
        language = "zh" if is_chinese() else "en"

        def work(progress):
            def export(session):
                appraisals = open_self_reviews(session, cycle_id)
                return export_self_review_forms(session, appraisals, folder, language, progress)
            return self.workstation.call(export)

        def done(forms) -> None:
            if not forms:
                QMessageBox.information(self, self.tr("Export self-review forms"), self.tr(
                    "Nobody in this cycle has a self-review still to write; no forms were written."))
                return
            self.status_message.emit(self.tr("%n self-review form(s) written to %1.", "", len(forms))
                                     .replace("%1", str(folder)))

        return self._run(self.tr("Writing self-review forms"), work, done)

    def import_pdfs(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Returned forms"), QDir.homePath(),
                                                      self.tr("PDF forms (*.pdf);;All files (*)"))
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> Job:
        def work(progress):
            return self.workstation.call(import_returned_forms, paths, progress)

        def done(results) -> None:
            self.changed.emit()
            self.last_import = ImportResultsDialog(results, self)
            self.last_import.open()

        return self._run(self.tr("Importing returned forms"), work, done)

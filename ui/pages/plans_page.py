"""Improvement Plans: every plan the user may see (person, kind, stage, health, next
check-in coloured like a to-do list, end date), filtered by stage and "check-in due
before"; beside the list, the selected plan (ui/plans/plan_view.py) with its check-in
timeline. The toolbar holds every lifecycle step, enabled by the plan's stage and the
user's role; the services decide, and a refusal is shown as every error is."""
from __future__ import annotations

import tempfile
from datetime import date

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reviewer.appraisal.kinds import PLAN
from reviewer.plans import checkins, lifecycle, recognition
from reviewer.plans import evidence as plan_evidence
from reviewer.plans.reading import list_plans, plan_view
from reviewer.workstation import Workstation

from ..context import changes
from ..errors import show_error
from ..formatting import is_chinese
from ..plans.plan_view import PlanView
from ..plans.plans_model import ID_ROLE, PlansTableModel
from ..plans.step_dialogs import (AcknowledgementDialog, CheckInDialog, CloseDialog, ExtendDialog,
                                  GoalChangeDialog, NoteDialog, date_edit, date_of)
from ..plans.words import STAGES, plan_word
from ..typography import page_heading
from ..worker import Job

PLANS = "plans"  # the area of data a plan step changes (ui/context.py)
RUNNING = ("active", "extended")


def plan_pdf_writer():
    """The service that writes a plan's PDF whole, sealed and ready to sign."""
    from reviewer.plans.signing import write_plan_pdf

    return write_plan_pdf


class PlansPage(QWidget):
    status_message = Signal(str)
    plans_loaded = Signal(int)  # how many plans the list shows
    plan_shown = Signal(int)  # a plan id, once its view is shown
    LIST, EMPTY, LOADING = range(3)
    PLAN, NO_PLAN = range(2)
    refreshes_itself = True

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.clock = None  # a test's controlled clock: a callable returning today's date
        self.model = PlansTableModel(self)
        self.view = None  # the PlanView shown
        self._select_after_load: int | None = None
        self._list_generation = self._plan_generation = 0
        self._jobs: list[Job] = []
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Improvement Plans")))
        layout.addWidget(self._build_toolbar())
        layout.addLayout(self._build_filters())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.plan_stack = QStackedWidget()
        self.plan_view = PlanView()
        self.plan_view.evidence_open_requested.connect(self.open_evidence)
        self.plan_view.evidence_save_requested.connect(self.save_evidence)
        self.plan_stack.addWidget(self.plan_view)
        self.no_plan = QLabel(self.tr("Select a plan to see its goals, check-ins and history."))
        self.no_plan.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_plan.setWordWrap(True)
        self.plan_stack.addWidget(self.no_plan)
        self.plan_stack.setCurrentIndex(self.NO_PLAN)
        self.splitter.addWidget(self.plan_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([440, 660])  # until the user's own split is restored
        layout.addWidget(self.splitter, 1)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.open_new_plan)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._row_chosen(current))
        changes(workstation).changed.connect(self._data_changed)
        self._update_actions()

    # -- building --------------------------------------------------------------
    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = bar.addAction(self.tr("New plan…"), self.open_new_plan)
        self.new_action.setToolTip(self.tr("Start an improvement or development plan (Ctrl+N)"))
        bar.addSeparator()
        self.approve_action = bar.addAction(self.tr("Approve"), self.approve)
        self.approve_action.setToolTip(self.tr("Approve the draft (HR); the employee then acknowledges it"))
        self.acknowledge_action = bar.addAction(self.tr("Record acknowledgement…"), self.record_acknowledgement)
        self.acknowledge_action.setToolTip(self.tr("Record that the employee received this version of the plan"))
        self.check_in_action = bar.addAction(self.tr("Record check-in…"), self.record_check_in)
        self.check_in_action.setToolTip(self.tr("Progress per goal, notes and evidence"))
        self.warning_action = bar.addAction(self.tr("Warning…"), lambda: self.issue_note("warning"))
        self.warning_action.setToolTip(self.tr("A formal warning, naming the check-in that recorded the shortfall"))
        self.recognition_action = bar.addAction(self.tr("Recognition…"), lambda: self.issue_note("recognition"))
        self.recognition_action.setToolTip(self.tr("Recognise a milestone reached"))
        self.change_goal_action = bar.addAction(self.tr("Change goal…"), self.change_goal)
        self.change_goal_action.setToolTip(self.tr("Change or add a goal, with the reason; the employee "
                                                   "acknowledges the new version"))
        self.extend_action = bar.addAction(self.tr("Extend…"), self.extend)
        self.extend_action.setToolTip(self.tr("A new end date and the reason"))
        self.close_action = bar.addAction(self.tr("Close…"), self.close_plan)
        self.close_action.setToolTip(self.tr("Decide the outcome, with written reasoning"))
        bar.addSeparator()
        self.export_action = bar.addAction(self.tr("Export PDF…"), self.export_pdf)
        self.export_action.setToolTip(self.tr("The plan document, to sign (Ctrl+E)"))
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E), self, activated=self.export_pdf)
        self.sign_action = bar.addAction(self.tr("Sign PDF…"), self.sign_pdf)
        self.sign_action.setToolTip(self.tr("Sign the plan document: the manager, then the employee (their "
                                            "acknowledgement), then HR"))
        self.step_actions = (self.approve_action, self.acknowledge_action, self.check_in_action,
                             self.warning_action, self.recognition_action, self.change_goal_action,
                             self.extend_action, self.close_action)
        return bar

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Stage:")))
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in STAGES:
            self.stage_filter.addItem(plan_word("stage", stage), stage)
        self.stage_filter.currentIndexChanged.connect(lambda _index: self.reload())
        row.addWidget(self.stage_filter)
        row.addSpacing(12)
        self.due_filter = QCheckBox(self.tr("Check-in due before:"))
        self.due_filter.toggled.connect(lambda on: (self.due_date.setEnabled(on), self.reload()))
        row.addWidget(self.due_filter)
        self.due_date = date_edit(date.today())
        self.due_date.setEnabled(False)
        self.due_date.dateChanged.connect(lambda _day: self.due_filter.isChecked() and self.reload())
        row.addWidget(self.due_date)
        row.addStretch(1)
        return row

    def _build_list(self) -> QWidget:
        self.list_stack = QStackedWidget()
        self.table = QTableView()
        self.table.setObjectName("plans_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.list_stack.addWidget(self.table)
        self.empty = QLabel()
        self.empty.setObjectName("plans_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack.addWidget(self.empty)
        loading = QLabel(self.tr("Loading plans…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack.addWidget(loading)
        self.list_stack.setCurrentIndex(self.LOADING)
        return self.list_stack

    # -- reading ---------------------------------------------------------------
    def today(self) -> date:
        return self.clock() if self.clock else date.today()

    def reload(self) -> None:
        """Read the list (with the filters) in the background, then the selected plan again."""
        self._list_generation += 1
        generation = self._list_generation
        stage = self.stage_filter.currentData()
        due_before = date_of(self.due_date) if self.due_filter.isChecked() else None
        today = self.today()
        if self._select_after_load is None and self.view is not None:
            self._select_after_load = self.view.row.id

        def read(workstation, _progress):
            return workstation.call(list_plans, status=stage, due_before=due_before, today=today)

        def show(rows) -> None:
            if generation == self._list_generation:
                self._show_rows(rows, today)

        self._start(Job(self, self.tr("Loading plans"), read, show, dialog=False, workstation=self.workstation))

    def _show_rows(self, rows, today: date) -> None:
        wanted = self._select_after_load
        self._select_after_load = None
        self.model.set_rows(list(rows), today)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        filtered = self.stage_filter.currentData() is not None or self.due_filter.isChecked()
        if rows:
            self.list_stack.setCurrentIndex(self.LIST)
        else:
            self.empty.setText(self.tr("No plan matches these filters.") if filtered else self.tr(
                "No plan yet. An improvement plan helps someone whose results fell short; a development plan "
                "helps anyone grow. Start one with New plan… (Ctrl+N)."))
            self.list_stack.setCurrentIndex(self.EMPTY)
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and rows and wanted is None:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            if self.view is not None and self.view.row.id == rows[row].id:
                self._load_plan(rows[row].id)  # the same row stays current: read it again
        else:
            self.table.clearSelection()
            self._show_nothing()
        self.plans_loaded.emit(len(rows))

    def _row_chosen(self, current) -> None:
        plan_id = current.data(ID_ROLE) if current.isValid() else None
        if plan_id is None:
            self._show_nothing()
        else:
            self._load_plan(plan_id)

    def _load_plan(self, plan_id: int) -> None:
        self._plan_generation += 1
        generation = self._plan_generation
        today = self.today()

        def read(workstation, _progress):
            return workstation.call(plan_view, plan_id, today=today)

        def show(view) -> None:
            if generation == self._plan_generation:
                self._show_plan_view(view)

        self._start(Job(self, self.tr("Loading the plan"), read, show, dialog=False, workstation=self.workstation))

    def _show_plan_view(self, view) -> None:
        self.view = view
        self.plan_view.show_view(view)
        self.plan_stack.setCurrentIndex(self.PLAN)
        self._update_actions()
        self.plan_shown.emit(view.row.id)

    def _show_nothing(self) -> None:
        self._plan_generation += 1  # a plan still being read is no longer wanted
        self.view = None
        self.plan_stack.setCurrentIndex(self.NO_PLAN)
        self._update_actions()

    def show_plan(self, plan_id: int) -> None:
        """Select and show a plan (the Today page opens one this way); the filters are
        cleared so the plan is in the list."""
        self._plan_generation += 1  # whatever plan was being read, this one is wanted now
        self._select_after_load = plan_id
        self.stage_filter.blockSignals(True)
        self.stage_filter.setCurrentIndex(0)
        self.stage_filter.blockSignals(False)
        self.due_filter.blockSignals(True)
        self.due_filter.setChecked(False)
        self.due_date.setEnabled(False)
        self.due_filter.blockSignals(False)
        self.reload()

    def _data_changed(self, areas) -> None:
        if PLANS in areas or "people" in areas:
            self.reload()

    # -- what may be done --------------------------------------------------------
    def read_only_reason(self) -> str:
        """Why the selected plan cannot be changed here, or "" when it can."""
        actor = self.workstation.actor
        if not actor.may_write:
            return self.tr("You can read plans but not change them (auditor).")
        if self.view is not None and self.view.row.stage == "closed":
            return self.tr("This plan is closed: it is read-only.")
        return ""

    def _update_actions(self) -> None:
        actor = self.workstation.actor
        view = self.view
        stage = view.row.stage if view is not None else None
        writable = view is not None and actor.may_write and stage != "closed"
        # A plan keeps running while a changed version waits for its acknowledgement.
        running = stage in RUNNING or (stage == "awaiting_acknowledgement" and view.row.acknowledged_version is not None)
        enabled = {
            self.approve_action: writable and actor.is_hr and stage == "draft",
            self.acknowledge_action: writable and stage == "awaiting_acknowledgement",
            self.check_in_action: writable and running,
            self.warning_action: writable and running and bool(view.check_ins),
            self.recognition_action: writable and running,
            self.change_goal_action: writable and stage in ("awaiting_acknowledgement",) + RUNNING,
            self.extend_action: writable and running and view.extensions < view.extensions_allowed,
            self.close_action: writable and stage in ("awaiting_acknowledgement",) + RUNNING,
        }
        for action, on in enabled.items():
            action.setEnabled(bool(on))
        self.new_action.setEnabled(actor.may_write)
        self.export_action.setEnabled(view is not None)
        # Only an approved plan's document is signed (a draft is still the manager's and HR's to change).
        self.sign_action.setEnabled(view is not None and actor.may_write and view.approved_at is not None)
        if view is not None and stage != "closed":  # a closed plan's line says how it was closed
            self.plan_view.set_read_only_reason(self.read_only_reason())

    # -- lifecycle steps ---------------------------------------------------------
    def _start(self, job: Job) -> None:
        self._jobs = [j for j in self._jobs if j is not job]
        job.finished.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)
        self._jobs.append(job)
        job.start()

    def _step(self, title: str, service, *args, done: str, **kwargs) -> None:
        """Run a lifecycle service on the selected plan in the background; the page reads
        again when it is done (through the change notice), a refusal is shown."""
        def work(workstation, _progress):
            return workstation.call(service, *args, **kwargs)

        def succeeded(_result) -> None:
            self.status_message.emit(done)

        self._select_after_load = self.view.row.id if self.view else None
        self._start(Job(self, title, work, succeeded, lambda error: show_error(self, error),
                        workstation=self.workstation, changes=(PLANS,)))

    def approve(self) -> None:
        if self.view is not None:
            self._step(self.tr("Approving"), lifecycle.approve_plan, self.view.row.id,
                       done=self.tr("Plan approved: the employee acknowledges it next"))

    def record_acknowledgement(self) -> None:
        if self.view is None:
            return
        dialog = AcknowledgementDialog(self.view.row.person, self.view.row.version, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._step(self.tr("Recording acknowledgement"), lifecycle.acknowledge_plan, self.view.row.id,
                       done=self.tr("Acknowledgement recorded"), **dialog.values())

    def record_check_in(self) -> None:
        """Read the person's target evidence in the background, then ask for the check-in."""
        if self.view is None:
            return
        plan_id = self.view.row.id

        def read(workstation, _progress):
            return workstation.call(plan_evidence.evidence_to_choose, plan_id)

        def ask(choices) -> None:
            if self.view is not None and self.view.row.id == plan_id:
                self._ask_check_in(choices)

        self._start(Job(self, self.tr("Reading the evidence"), read, ask, lambda error: show_error(self, error),
                        workstation=self.workstation))

    def _ask_check_in(self, choices) -> None:
        dialog = CheckInDialog(self.view, self.today(), choices, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            goals = [checkins.GoalProgress(goal_id, pct, state, note) for goal_id, pct, state, note in values["goals"]]
            new_evidence = tuple(plan_evidence.NewEvidence(kind, value) for kind, value in values["new_evidence"])
            self._step(self.tr("Recording check-in"), checkins.record_check_in, self.view.row.id,
                       held_on=values["held_on"], goals=goals, notes=values["notes"],
                       evidence_ids=tuple(values["evidence_ids"]), new_evidence=new_evidence,
                       done=self.tr("Check-in recorded"))

    # -- a check-in's evidence -----------------------------------------------------
    def open_evidence(self, evidence_id: int, kind: str, title: str) -> None:
        """A file opens from a copy under its own name (so the viewer knows its type),
        made in the background; a link opens in the browser; a note is shown."""
        if kind == "note":
            QMessageBox.information(self, self.tr("Evidence note"), title)
            return
        if kind == "link":
            self.open_url(QUrl(title))
            return

        def work(workstation, _progress):
            return workstation.call(plan_evidence.export_check_in_file, evidence_id,
                                    tempfile.mkdtemp(prefix="evidence-"))

        self._start(Job(self, self.tr("Opening the evidence"), work,
                        lambda path: self.open_url(QUrl.fromLocalFile(str(path))),
                        lambda error: show_error(self, error), workstation=self.workstation))

    def save_evidence(self, evidence_id: int, file_name: str, path: str | None = None) -> None:
        """Save a copy of a check-in's file where the user says (asked when not given)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save evidence"), file_name)
            if not path:
                return

        def work(workstation, _progress):
            return workstation.call(plan_evidence.export_check_in_file, evidence_id, path)

        self._start(Job(self, self.tr("Saving the evidence"), work,
                        lambda saved: self.status_message.emit(self.tr("Saved %1").replace("%1", str(saved))),
                        lambda error: show_error(self, error), workstation=self.workstation))

    def open_url(self, url: QUrl) -> None:
        QDesktopServices.openUrl(url)

    def issue_note(self, kind: str) -> None:
        if self.view is None:
            return
        dialog = NoteDialog(kind, self.view, self.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if kind == "warning":
            self._step(self.tr("Issuing the warning"), recognition.issue_warning, self.view.row.id,
                       check_in_id=values["check_in_id"], goal_ids=values["goal_ids"], wording=values["wording"],
                       issued_on=values["issued_on"], done=self.tr("Warning recorded"))
        else:
            self._step(self.tr("Recording recognition"), recognition.recognise, self.view.row.id,
                       wording=values["wording"], issued_on=values["issued_on"], goal_ids=tuple(values["goal_ids"]),
                       done=self.tr("Recognition recorded"))

    def change_goal(self, goal_id: int | None = None) -> None:
        if self.view is None:
            return
        dialog = GoalChangeDialog(self.view, goal_id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from reviewer.plans.drafting import GoalDraft

        values = dialog.values()
        goal = GoalDraft(horizon=values["horizon"], description=values["description"], measure=values["measure"],
                         due_date=values["due_date"], baseline=values["baseline"], target=values["target"])
        done = self.tr("Goal changed: the employee acknowledges the new version") \
            if self.view.row.acknowledged_version is not None else self.tr("Goal changed")
        if values["goal_id"] is None:
            self._step(self.tr("Adding the goal"), lifecycle.add_goal, self.view.row.id, goal, values["reason"],
                       done=done)
        else:
            shown = next(g for g in self.view.goals if g.id == values["goal_id"])
            goal_read = GoalDraft(horizon=getattr(shown.horizon, "value", shown.horizon), description=shown.description,
                                  measure=shown.measure, due_date=shown.due_date, baseline=shown.baseline,
                                  target=shown.target)
            self._step(self.tr("Changing the goal"), lifecycle.revise_goal, values["goal_id"], goal, values["reason"],
                       done=done, goal_read=goal_read)

    def extend(self) -> None:
        if self.view is None:
            return
        dialog = ExtendDialog(self.view, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self._step(self.tr("Extending the plan"), lifecycle.extend_plan, self.view.row.id,
                       values["new_end_date"], values["reason"], done=self.tr("Plan extended"))

    def close_plan(self) -> None:
        if self.view is None:
            return
        dialog = CloseDialog(self.view, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self._step(self.tr("Closing the plan"), lifecycle.close_plan, self.view.row.id, values["outcome"],
                       values["reasoning"], new_end_date=values["new_end_date"], done=self.tr("Plan closed"))

    def open_new_plan(self) -> None:
        """The guided flow: from a low appraisal, an alert, or from scratch."""
        if not self.workstation.actor.may_write:
            return
        from ..plans.guided_flow import GuidedPlanDialog  # built when first asked for

        dialog = GuidedPlanDialog(self.workstation, parent=self)
        dialog.plan_saved.connect(self._plan_saved)
        dialog.exec()

    def _plan_saved(self, plan_id: int) -> None:
        self.show_plan(plan_id)

    def export_pdf(self) -> None:
        writer = plan_pdf_writer()
        if self.view is None:
            return
        row = self.view.row
        suggested = f"plan-{row.employee_no or row.employee_id}-v{row.version}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plan PDF"), suggested, self.tr("PDF (*.pdf)"))
        if not path:
            return
        language = "zh" if is_chinese() else "en"
        plan_id = row.id

        def work(workstation, _progress):
            return workstation.call(writer, plan_id, path, language=language)

        self._start(Job(self, self.tr("Writing the plan PDF"), work,
                        lambda _result: self.status_message.emit(self.tr("Saved %1").replace("%1", path)),
                        lambda error: show_error(self, error), workstation=self.workstation))

    def sign_pdf(self) -> None:
        """The signing dialog for the selected plan: the user chooses the plan's PDF, or exports
        the current version and signs that."""
        if self.view is None:
            return
        from ..context import announce
        from ..dialogs.signing_dialog import DocumentExport, SigningDialog

        row, writer = self.view.row, plan_pdf_writer()
        language = "zh" if is_chinese() else "en"
        plan_id = row.id
        export = DocumentExport(f"plan-{row.employee_no or row.employee_id}-v{row.version}.pdf",
                                lambda workstation, path: workstation.call(writer, plan_id, path, language=language))
        dialog = SigningDialog(self.workstation, None, language, self, kind=PLAN, export=export, document_id=plan_id)
        dialog.exec()
        if dialog.signed_count:  # the employee's signature may have recorded the acknowledgement
            self._select_after_load = plan_id
            announce(self.workstation, (PLANS,))

    # -- remembered state ----------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue("plans/splitter", self.splitter.saveState())
        settings.setValue("plans/timeline_splitter", self.plan_view.timeline_splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        for key, widget in (("plans/splitter", self.splitter),
                            ("plans/timeline_splitter", self.plan_view.timeline_splitter)):
            state = settings.value(key)
            if state is not None:
                widget.restoreState(state)

"""The guided flow that starts a plan, step by step: the person and the kind (from
scratch), the cause analysis beside the best performers' results, the goals, the
actions with the support and the cadence, and a summary saved as a draft.

Everything it shows comes from reviewer.plans.starting.plan_start (read in the
background); everything it saves goes through reviewer.plans.drafting.save_draft, which
decides what a valid draft is."""
from __future__ import annotations

import re
from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer.plans.drafting import ActionDraft, GoalDraft, PlanDraft, draft_from_proposal, save_draft
from reviewer.plans.starting import PlanCandidate, PlanStart, plan_candidates, plan_start
from reviewer.workstation import Workstation

from ..errors import show_error
from ..formatting import format_date, localized
from ..models.base import RowsTableModel
from ..problem_text import coded_text
from ..typography import page_heading
from ..worker import Job
from .comparison_model import ATTAINMENT, RESULTS, ComparisonModel

PERSON, CAUSE, GOALS, ACTIONS, SUMMARY = range(5)
CAUSES = ("skills", "process", "market", "other")
HORIZONS = ("short_term", "long_term")
ACTION_KINDS = ("training", "mentoring", "course", "other")
CADENCES = (7, 14)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _without_mnemonic(text: str) -> str:
    """A button's text as a sentence: "S&kills: …" reads "Skills: …", and a Chinese
    "技能(&K)：…" reads "技能：…" (its mark is a letter in brackets)."""
    text = re.sub(r"\(&[^&)]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _measure_names(start: PlanStart) -> dict[str, str]:
    """KPI and competency codes -> their names in the user's language: hints and proposed
    goals name what the person knows from their targets, not the library's codes."""
    names = {k.kpi_code: localized(k.kpi_name, k.kpi_name_zh) for k in start.comparison.kpis} \
        if start.comparison is not None else {}
    for goal in start.proposal.goals if start.proposal is not None else ():
        names.setdefault(goal.measure, localized(goal.measure_name, goal.measure_name_zh))
    return names


def _worded(notice, names: dict[str, str]) -> str:
    params = {key: names.get(value, value) if key in ("kpi", "competency") else value
              for key, value in notice.params.items()}
    return coded_text(notice.code, params)


def _date_edit(day: date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(_qdate(day or date.today()))
    return edit


class CandidatesModel(RowsTableModel):
    CONTEXT = "GuidedPlanDialog"
    HEADERS = (QT_TRANSLATE_NOOP("GuidedPlanDialog", "No."), QT_TRANSLATE_NOOP("GuidedPlanDialog", "Name"),
               QT_TRANSLATE_NOOP("GuidedPlanDialog", "Department"), QT_TRANSLATE_NOOP("GuidedPlanDialog", "Position"),
               QT_TRANSLATE_NOOP("GuidedPlanDialog", "Cycle"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: PlanCandidate = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.employee_no, row.name, row.department, localized(row.position, row.position_zh),
                    row.cycle_name or "")[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.employee_id
        return None


class GuidedPlanDialog(QDialog):
    """Start an improvement or development plan; emits ``plan_saved`` with the draft's id."""

    plan_saved = Signal(int)
    loaded = Signal()  # the person's proposal and comparison are shown
    candidates_loaded = Signal()

    def __init__(self, workstation: Workstation, *, appraisal_id: int | None = None, employee_id: int | None = None,
                 cycle_id: int | None = None, kind: str = "improvement", source: str = "scratch", parent=None,
                 today: date | None = None):
        super().__init__(parent)
        self.workstation = workstation
        self.appraisal_id, self.employee_id, self.cycle_id = appraisal_id, employee_id, cycle_id
        self.kind, self.source = kind, source
        self.today = today or date.today()
        self.start: PlanStart | None = None
        self.saved_plan_id: int | None = None
        self._job: Job | None = None
        self.setWindowTitle(self.tr("New plan"))
        self.resize(1100, 680)

        self.heading = page_heading("", 1.3)
        self.step_label = QLabel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_person())
        self.pages.addWidget(self._build_cause())
        self.pages.addWidget(self._build_goals())
        self.pages.addWidget(self._build_actions())
        self.pages.addWidget(self._build_summary())

        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step_label, 1)
        for button in (self.back_button, self.next_button, self.save_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        self.first_step = PERSON if employee_id is None and appraisal_id is None else CAUSE
        self._show_step(self.first_step)
        if self.first_step == PERSON:
            self._load_candidates()
        else:
            self._load_start()

    # -- steps ---------------------------------------------------------------------
    def _build_person(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        kinds = QGroupBox(self.tr("Kind of plan"))
        kind_row = QHBoxLayout(kinds)
        self.kind_buttons = QButtonGroup(self)
        self.improvement_radio = QRadioButton(self.tr("&Improvement plan (results below the standard)"))
        self.development_radio = QRadioButton(self.tr("&Development plan (growth, for anyone)"))
        for index, radio in enumerate((self.improvement_radio, self.development_radio)):
            self.kind_buttons.addButton(radio, index)
            kind_row.addWidget(radio)
        kind_row.addStretch(1)
        (self.development_radio if self.kind == "development" else self.improvement_radio).setChecked(True)
        layout.addWidget(kinds)
        self.person_filter = QLineEdit()
        self.person_filter.setPlaceholderText(self.tr("Filter by name, number or department"))
        self.person_filter.setClearButtonEnabled(True)
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.person_filter)
        filter_row = QHBoxLayout()
        filter_row.addWidget(person_label)
        filter_row.addWidget(self.person_filter, 1)
        layout.addLayout(filter_row)
        self.candidates = CandidatesModel(self)
        self.candidates_proxy = QSortFilterProxyModel(self)
        self.candidates_proxy.setSourceModel(self.candidates)
        self.candidates_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.candidates_proxy.setFilterKeyColumn(-1)
        self.person_filter.textChanged.connect(self.candidates_proxy.setFilterFixedString)
        self.person_table = QTableView()
        self.person_table.setModel(self.candidates_proxy)
        self.person_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.person_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.person_table.verticalHeader().hide()
        self.person_table.horizontalHeader().setStretchLastSection(True)
        self.person_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.person_table.doubleClicked.connect(self.go_next)
        layout.addWidget(self.person_table, 1)
        return page

    def _build_cause(self) -> QWidget:
        page = QWidget()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit()
        reason_form = QFormLayout()
        reason_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        reason_form.addRow(self.tr("&Reason:"), self.reason)
        left_layout.addLayout(reason_form)
        causes = QGroupBox(self.tr("Main cause"))
        cause_layout = QVBoxLayout(causes)
        self.cause_buttons = QButtonGroup(self)
        self.cause_radios: dict[str, QRadioButton] = {}
        labels = {"skills": self.tr("S&kills: the person lacks a skill or knowledge"),
                  "process": self.tr("&Process: how the work is organised or supported"),
                  "market": self.tr("&Market: customers, prices, demand"),
                  "other": self.tr("&Other")}
        for index, cause in enumerate(CAUSES):
            radio = QRadioButton(labels[cause])
            self.cause_buttons.addButton(radio, index)
            self.cause_radios[cause] = radio
            cause_layout.addWidget(radio)
        left_layout.addWidget(causes)
        notes_label = QLabel(self.tr("Analysis &notes:"))
        self.analysis = QPlainTextEdit()
        self.analysis.setTabChangesFocus(True)
        self.analysis.setPlaceholderText(self.tr("What the conversation with the person showed; what the best "
                                                 "performers do differently"))
        notes_label.setBuddy(self.analysis)
        left_layout.addWidget(notes_label)
        left_layout.addWidget(self.analysis, 1)
        left_layout.addWidget(QLabel(self.tr("Hints from the data:")))
        self.hints = QLabel()
        self.hints.setWordWrap(True)
        self.hints.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_layout.addWidget(self.hints)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.comparison_title = QLabel()
        self.comparison_title.setWordWrap(True)
        right_layout.addWidget(self.comparison_title)
        mode_row = QHBoxLayout()
        self.compare_mode = QComboBox()
        self.compare_mode.addItem(self.tr("Results"), RESULTS)
        self.compare_mode.addItem(self.tr("Share of target"), ATTAINMENT)
        mode_label = QLabel(self.tr("Co&mpare:"))
        mode_label.setBuddy(self.compare_mode)
        mode_row.addWidget(mode_label)
        mode_row.addWidget(self.compare_mode)
        mode_row.addStretch(1)
        right_layout.addLayout(mode_row)
        self.comparison = ComparisonModel(self)
        self.compare_mode.currentIndexChanged.connect(
            lambda: (self.comparison.set_mode(self.compare_mode.currentData()), self._fit_comparison()))
        self.comparison_table = QTableView()
        self.comparison_table.setModel(self.comparison)
        self.comparison_table.verticalHeader().hide()
        self.comparison_table.setAlternatingRowColors(True)
        self.comparison_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        right_layout.addWidget(self.comparison_table, 1)
        self.comparison_notes = QLabel()
        self.comparison_notes.setWordWrap(True)
        right_layout.addWidget(self.comparison_notes)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.cause_splitter = splitter
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.start_notices = QLabel()
        self.start_notices.setWordWrap(True)
        self.start_notices.hide()
        layout.addWidget(self.start_notices)
        layout.addWidget(splitter, 1)
        return page

    def _build_goals(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        explanation = QLabel(self.tr("Short-term goals are due in about a month, long-term goals in about a "
                                     "quarter. The proposed goals come from the results furthest below target; "
                                     "edit, remove or add as agreed with the person."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.goals = QTableWidget(0, 6)
        self.goals.setHorizontalHeaderLabels([self.tr("Goal"), self.tr("Measure"), self.tr("Baseline"),
                                              self.tr("Target"), self.tr("Due"), self.tr("Term")])
        self.goals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals.verticalHeader().hide()
        self.goals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals.setWordWrap(True)
        layout.addWidget(self.goals, 1)
        row = QHBoxLayout()
        self.add_goal_button = QPushButton(self.tr("&Add goal"))
        self.remove_goal_button = QPushButton(self.tr("&Remove goal"))
        self.add_goal_button.clicked.connect(lambda: self.add_goal(None))
        self.remove_goal_button.clicked.connect(lambda: self._remove_selected(self.goals))
        row.addWidget(self.add_goal_button)
        row.addWidget(self.remove_goal_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_actions(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Actions: training, mentoring, courses, anything else, each with an "
                                        "owner and a date.")))
        self.actions = QTableWidget(0, 4)
        self.actions.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Action"), self.tr("Owner"),
                                                self.tr("Due")])
        self.actions.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.actions.verticalHeader().hide()
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.actions, 1)
        row = QHBoxLayout()
        self.add_action_button = QPushButton(self.tr("Add a&ction"))
        self.remove_action_button = QPushButton(self.tr("Remo&ve action"))
        self.add_action_button.clicked.connect(lambda: self.add_action())
        self.remove_action_button.clicked.connect(lambda: self._remove_selected(self.actions))
        row.addWidget(self.add_action_button)
        row.addWidget(self.remove_action_button)
        row.addStretch(1)
        layout.addLayout(row)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.support = QPlainTextEdit()
        self.support.setTabChangesFocus(True)
        self.support.setPlaceholderText(self.tr("Coaching time, tools, a budget for courses…"))
        self.support.setMaximumHeight(90)
        form.addRow(self.tr("Support the company &commits:"), self.support)
        self.cadence = QComboBox()
        self.cadence.addItem(self.tr("Weekly"), 7)
        self.cadence.addItem(self.tr("Every two weeks"), 14)
        self.cadence.setCurrentIndex(1)
        form.addRow(self.tr("Check-&ins:"), self.cadence)
        self.start_date = _date_edit(self.today)
        self.end_date = _date_edit(self.today)
        form.addRow(self.tr("S&tarts:"), self.start_date)
        form.addRow(self.tr("&Ends:"), self.end_date)
        self.length_note = QLabel()
        form.addRow("", self.length_note)
        layout.addLayout(form)
        return page

    def _build_summary(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QTextBrowser()
        layout.addWidget(self.summary, 1)
        return page

    # -- loading -------------------------------------------------------------------
    def _load_candidates(self) -> None:
        def work(_progress):
            return self.workstation.call(plan_candidates)

        def done(rows) -> None:
            self.candidates.set_rows(rows)
            self.person_table.resizeColumnsToContents()
            self.candidates_loaded.emit()

        self._job = Job(self, self.tr("Reading people"), work, done, dialog=False).start()

    def _load_start(self) -> None:
        self.step_label.setText(self.tr("Reading results…"))
        self.next_button.setEnabled(False)
        kind, source, today = self.kind, self.source, self.today
        appraisal_id, employee_id, cycle_id = self.appraisal_id, self.employee_id, self.cycle_id

        def work(_progress):
            start = self.workstation.call(plan_start, kind=kind, source=source, today=today,
                                          appraisal_id=appraisal_id, employee_id=employee_id, cycle_id=cycle_id)
            draft = None
            if start.proposal is not None:
                reason = coded_text(start.reason.code, start.reason.params)
                draft = self.workstation.call(lambda session: draft_from_proposal(start.proposal, reason=reason,
                                                                                  session=session))
            return start, draft

        def failed(error) -> None:
            show_error(self, error)
            self._show_step(self.first_step)

        self._job = Job(self, self.tr("Reading results"), work, lambda result: self._show_start(*result), failed,
                        dialog=False).start()

    def _show_start(self, start: PlanStart, draft: PlanDraft | None) -> None:
        self.start = start
        self.kind = start.kind
        kind = self.tr("Improvement plan") if start.kind == "improvement" else self.tr("Development plan")
        self.setWindowTitle(self.tr("%1 for %2").replace("%1", kind).replace("%2", start.name))
        self.heading.setText(self.tr("%1 for %2 (%3)").replace("%1", kind).replace("%2", start.name)
                             .replace("%3", start.employee_no))
        self.reason.setText(draft.reason if draft is not None else coded_text(start.reason.code, start.reason.params))
        notices = list(start.notices) + (list(start.proposal.notices) if start.proposal else [])
        self.start_notices.setText("\n".join(coded_text(n.code, n.params) for n in notices))
        self.start_notices.setVisible(bool(notices))
        hints = start.proposal.cause_hints if start.proposal else ()
        named = _measure_names(start)
        self.hints.setText("\n".join("• " + _worded(h.notice, named) for h in hints)
                           or self.tr("None: talk the causes through with the person."))
        comparison = start.comparison
        self.comparison.set_comparison(comparison)
        if comparison is not None:
            position = localized(comparison.position_title, comparison.position_title_zh) or "—"
            self.comparison_title.setText(self.tr("<b>%1</b> beside the others in the position %2, %3")
                                          .replace("%1", escape(comparison.name)).replace("%2", escape(position))
                                          .replace("%3", escape(comparison.cycle_name)))
            withheld = {(f.withheld.code, tuple(sorted(f.withheld.params.items())))
                        for k in comparison.kpis for f in (k.peers_actual, k.peers_attainment) if f.withheld}
            self.comparison_notes.setText("\n".join(coded_text(code, dict(params)) for code, params in sorted(withheld)))
        else:
            self.comparison_title.setText(self.tr("No results to compare."))
            self.comparison_notes.setText("")
        self._fit_comparison()
        if draft is not None and draft.root_cause in self.cause_radios:
            self.cause_radios[draft.root_cause].setChecked(True)  # the first hint's cause, to confirm or change
        self.goals.setRowCount(0)
        proposed = start.proposal.goals if start.proposal is not None else ()
        for goal, proposed_goal in zip(draft.goals if draft is not None else (), proposed):
            # The proposal's sentence in the user's language (the draft words it in English).
            notice = proposed_goal.description
            goal.description = _worded(notice, named)
            goal.measure = localized(proposed_goal.measure_name, proposed_goal.measure_name_zh)
            self.add_goal(goal)
        self.actions.setRowCount(0)
        self.start_date.setDate(_qdate(start.start_date))
        self.end_date.setDate(_qdate(start.end_date))
        self.end_date.setDateRange(_qdate(start.earliest_end), _qdate(start.latest_end))
        self.length_note.setText(self.tr("A plan ends %1 to %2 months after it starts; the decision follows.")
                                 .replace("%1", str(start.months_range[0])).replace("%2", str(start.months_range[1])))
        self._show_step(CAUSE)
        self.loaded.emit()

    def _fit_comparison(self) -> None:
        self.comparison_table.resizeColumnsToContents()
        header = self.comparison_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # -- tables ----------------------------------------------------------------------
    def add_goal(self, goal: GoalDraft | None) -> int:
        row = self.goals.rowCount()
        self.goals.insertRow(row)
        texts = ("", "", "", "") if goal is None else (goal.description, goal.measure, goal.baseline or "",
                                                         goal.target or "")
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if goal is not None and column == 0:
                # What a proposed goal measures, kept when it is saved.
                item.setData(Qt.ItemDataRole.UserRole, (goal.kpi_id, goal.competency_id))
            self.goals.setItem(row, column, item)
        horizon = QComboBox()
        horizon.addItem(self.tr("Short term"), "short_term")
        horizon.addItem(self.tr("Long term"), "long_term")
        horizon.setCurrentIndex(max(0, horizon.findData(goal.horizon if goal else "short_term")))
        self.goals.setCellWidget(row, 5, horizon)
        due = goal.due_date if goal is not None else (self.start.end_date if self.start else self.today)
        self.goals.setCellWidget(row, 4, _date_edit(due))
        self.goals.resizeRowToContents(row)
        if goal is None:
            self.goals.setCurrentCell(row, 0)
            self.goals.editItem(self.goals.item(row, 0))
        return row

    def add_action(self, kind: str = "training", description: str = "", owner: str = "",
                   due: date | None = None) -> int:
        row = self.actions.rowCount()
        self.actions.insertRow(row)
        kinds = QComboBox()
        for key, label in zip(ACTION_KINDS, (self.tr("Training"), self.tr("Mentoring"), self.tr("Course"),
                                             self.tr("Other"))):
            kinds.addItem(label, key)
        kinds.setCurrentIndex(max(0, kinds.findData(kind)))
        self.actions.setCellWidget(row, 0, kinds)
        self.actions.setItem(row, 1, QTableWidgetItem(description))
        self.actions.setItem(row, 2, QTableWidgetItem(owner))
        self.actions.setCellWidget(row, 3, _date_edit(due or (self.start.start_date if self.start else self.today)))
        self.actions.resizeColumnToContents(0)
        if not description:
            self.actions.setCurrentCell(row, 1)
            self.actions.editItem(self.actions.item(row, 1))
        return row

    @staticmethod
    def _remove_selected(table: QTableWidget) -> None:
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()}, reverse=True)
        if not rows and table.currentRow() >= 0:
            rows = [table.currentRow()]
        for row in rows:
            table.removeRow(row)

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    # -- the draft ---------------------------------------------------------------------
    def goal_drafts(self) -> list[GoalDraft]:
        goals = []
        for row in range(self.goals.rowCount()):
            kpi_id, competency_id = self.goals.item(row, 0).data(Qt.ItemDataRole.UserRole) or (None, None)
            goals.append(GoalDraft(horizon=self.goals.cellWidget(row, 5).currentData(),
                                   description=self._text(self.goals, row, 0), measure=self._text(self.goals, row, 1),
                                   due_date=self.goals.cellWidget(row, 4).date().toPython(),
                                   baseline=self._text(self.goals, row, 2) or None,
                                   target=self._text(self.goals, row, 3) or None,
                                   kpi_id=kpi_id, competency_id=competency_id))
        return goals

    def action_drafts(self) -> list[ActionDraft]:
        return [ActionDraft(kind=self.actions.cellWidget(row, 0).currentData(),
                            description=self._text(self.actions, row, 1),
                            owner=self._text(self.actions, row, 2) or None,
                            due_date=self.actions.cellWidget(row, 3).date().toPython())
                for row in range(self.actions.rowCount())]

    def root_cause(self) -> str | None:
        checked = self.cause_buttons.checkedId()
        return CAUSES[checked] if checked >= 0 else None

    def draft(self) -> PlanDraft:
        start = self.start
        return PlanDraft(employee_id=start.employee_id, kind=start.kind, source=start.source,
                         reason=self.reason.text().strip(), start_date=self.start_date.date().toPython(),
                         end_date=self.end_date.date().toPython(), cadence_days=self.cadence.currentData(),
                         root_cause=self.root_cause(), analysis=self.analysis.toPlainText().strip() or None,
                         support=self.support.toPlainText().strip() or None, goals=self.goal_drafts(),
                         actions=self.action_drafts(), cycle_id=start.cycle_id,
                         source_appraisal_id=start.appraisal_id)

    def save(self) -> None:
        if self.start is None or not self.save_button.isEnabled():
            return
        try:
            plan_id = self.workstation.call(save_draft, self.draft(), self.saved_plan_id)
        except Exception as error:  # shown the house's way; the typed text stays in the dialog
            show_error(self, error)
            return
        self.saved_plan_id = plan_id
        self.plan_saved.emit(plan_id)
        self.accept()

    # -- navigation ----------------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        names = {PERSON: self.tr("Person and kind"), CAUSE: self.tr("Cause analysis"), GOALS: self.tr("Goals"),
                 ACTIONS: self.tr("Actions, support and dates"), SUMMARY: self.tr("Summary")}
        number, total = step - self.first_step + 1, SUMMARY - self.first_step + 1
        self.step_label.setText(self.tr("Step %1 of %2: %3").replace("%1", str(number)).replace("%2", str(total))
                                .replace("%3", names[step]))
        if step == PERSON and self.start is None:
            self.heading.setText(self.tr("New plan"))
        if step == SUMMARY:
            self.summary.setHtml(self._summary_html())
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.pages.currentIndex()
        self.back_button.setEnabled(step > self.first_step)
        if step == PERSON:
            self.next_button.setEnabled(bool(self.person_table.selectionModel().selectedRows()))
        else:
            self.next_button.setEnabled(step < SUMMARY and self.start is not None)
        self.save_button.setEnabled(self.start is not None and step != PERSON)

    def go_next(self) -> None:
        step = self.pages.currentIndex()
        if step == PERSON:
            rows = self.person_table.selectionModel().selectedRows()
            if not rows:
                return
            self.employee_id = rows[0].data(Qt.ItemDataRole.UserRole)
            self.kind = "development" if self.development_radio.isChecked() else "improvement"
            self.cycle_id, self.appraisal_id, self.start = None, None, None
            self._load_start()
        elif step < SUMMARY and self.start is not None:
            self._show_step(step + 1)

    def go_back(self) -> None:
        step = self.pages.currentIndex()
        if step > self.first_step:
            self._show_step(step - 1)

    def root_cause_text(self) -> str:
        """The chosen cause as its radio button says it, without the keyboard mark."""
        cause = self.root_cause()
        return _without_mnemonic(self.cause_radios[cause].text()) if cause else "—"

    def _summary_html(self) -> str:
        start = self.start
        if start is None:
            return ""
        # Each text is translated on its own line: pyside6-lupdate does not look inside f-strings.
        short_term, long_term = self.tr("Short term"), self.tr("Long term")
        reason_label, cause_label = self.tr("Reason:"), self.tr("Main cause:")
        goals_title, actions_title = self.tr("Goals"), self.tr("Actions")
        headers = [self.tr("Goal"), self.tr("Measure"), self.tr("Baseline"), self.tr("Target"), self.tr("Due"),
                   self.tr("Term")]
        support_label, check_ins_label = self.tr("Support the company commits:"), self.tr("Check-ins:")
        next_step = self.tr("Saved as a draft: HR approves it, then the employee acknowledges it.")
        rows = "".join(
            f"<tr><td>{escape(g.description)}</td><td>{escape(g.measure)}</td><td>{escape(g.baseline or '')}</td>"
            f"<td>{escape(g.target or '')}</td><td>{format_date(g.due_date)}</td>"
            f"<td>{short_term if g.horizon == 'short_term' else long_term}</td></tr>"
            for g in self.goal_drafts())
        actions = "".join(
            f"<li>{escape(self.actions.cellWidget(i, 0).currentText())}: {escape(a.description)}"
            f"{' — ' + escape(a.owner) if a.owner else ''}, {format_date(a.due_date)}</li>"
            for i, a in enumerate(self.action_drafts()))
        header_cells = "".join(f"<th>{header}</th>" for header in headers)
        return (f"<h3>{escape(self.heading.text())}</h3>"
                f"<p><b>{reason_label}</b> {escape(self.reason.text())}</p>"
                f"<p><b>{cause_label}</b> {escape(self.root_cause_text())}<br>"
                f"{escape(self.analysis.toPlainText())}</p>"
                f"<h4>{goals_title}</h4><table border='1' cellpadding='4' cellspacing='0'>"
                f"<tr>{header_cells}</tr>{rows}</table>"
                f"<h4>{actions_title}</h4><ul>{actions or '<li>—</li>'}</ul>"
                f"<p><b>{support_label}</b> {escape(self.support.toPlainText()) or '—'}</p>"
                f"<p><b>{check_ins_label}</b> {escape(self.cadence.currentText())}; "
                f"{format_date(self.start_date.date().toPython())} – {format_date(self.end_date.date().toPython())}"
                f"</p><p>{next_step}</p>")

"""The dialogs of a plan's lifecycle steps: record an acknowledgement, record a check-in,
issue a warning or a recognition, change (or add) a goal, extend, close. Each only asks;
the page calls the service with ``values()`` and shows its refusal if it refuses. OK stays
disabled until what the step requires is filled in."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import show_error
from ..formatting import format_date, is_chinese
from .words import GOAL_STATES, HORIZONS, OUTCOMES, plan_word


def date_edit(value: date, minimum: date | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if minimum is not None:
        edit.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def text_box(height_lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * height_lines + 12)
    return box


def note_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PlanStepDialog(QDialog):
    """A form with OK and Cancel; OK is enabled while ``is_valid()``."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        """Add the buttons under what the subclass built, and check the form once."""
        self.outer.addWidget(self.buttons)
        self.check()

    @property
    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def is_valid(self) -> bool:
        return True

    def check(self, *_args) -> None:
        self.ok_button.setEnabled(self.is_valid())


class AcknowledgementDialog(PlanStepDialog):
    """The employee's receipt of the current version (receipt, not agreement), recorded by
    their manager or HR on their behalf."""

    def __init__(self, person: str, version: int, parent=None):
        super().__init__(self.tr("Record acknowledgement"), parent)
        self.form.addRow(note_label(self.tr(
            "Record that %1 received version %2 of the plan. Acknowledging is receipt, not agreement: "
            "if they disagree, say so and write their comment.").replace("%1", person).replace("%2", str(version))))
        self.disagrees = QCheckBox(self.tr("The employee disagrees with the plan"))
        self.form.addRow(self.disagrees)
        self.comment = text_box()
        self.form.addRow(self.tr("Their comment:"), self.comment)
        self.disagrees.toggled.connect(self.check)
        self.comment.textChanged.connect(self.check)
        self.finish()

    def is_valid(self) -> bool:
        return not self.disagrees.isChecked() or bool(self.comment.toPlainText().strip())

    def values(self) -> dict:
        return {"disagrees": self.disagrees.isChecked(), "comment": self.comment.toPlainText().strip() or None}


class CheckInDialog(PlanStepDialog):
    """Progress per goal (percent and state), notes, and evidence from the person's store."""

    def __init__(self, view, today: date, evidence=None, parent=None):
        """``evidence``: reviewer.plans.evidence.EvidenceChoices, the person's target
        evidence to pick from (None: none to show)."""
        super().__init__(self.tr("Record check-in"), parent)
        self.setMinimumWidth(640)
        self.held_on = date_edit(today)
        self.form.addRow(self.tr("Held on:"), self.held_on)
        box = QGroupBox(self.tr("Progress per goal"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(self.tr("Goal")), 0, 0)
        grid.addWidget(QLabel(self.tr("Progress")), 0, 1)
        grid.addWidget(QLabel(self.tr("State")), 0, 2)
        grid.addWidget(QLabel(self.tr("Note")), 0, 3)
        self.goal_rows: dict[int, tuple[QSpinBox, QComboBox, QLineEdit]] = {}
        for line, goal in enumerate(view.goals, start=1):
            label = QLabel(f"{goal.position}. {goal.description}")
            label.setWordWrap(True)
            label.setToolTip(goal.measure)
            percent = QSpinBox()
            percent.setRange(0, 100)
            percent.setSuffix(" %")
            percent.setValue(goal.latest_progress or 0)
            state = QComboBox()
            for value in GOAL_STATES:
                state.addItem(plan_word("goal_state", value), value)
            if goal.latest_state in GOAL_STATES:
                state.setCurrentIndex(GOAL_STATES.index(goal.latest_state))
            note = QLineEdit()
            grid.addWidget(label, line, 0)
            grid.addWidget(percent, line, 1)
            grid.addWidget(state, line, 2)
            grid.addWidget(note, line, 3)
            self.goal_rows[goal.id] = (percent, state, note)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        self.outer.addWidget(box)
        self.notes = text_box()
        notes_form = QFormLayout()
        notes_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        notes_form.addRow(self.tr("Notes:"), self.notes)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 6 + 12)  # the evidence list grows instead
        notes_form.addRow(self.tr("Evidence:"), self._build_evidence(evidence))
        self.outer.addLayout(notes_form)
        if not view.goals:
            self.outer.addWidget(note_label(self.tr("The plan has no goals to check.")))
        self.finish()

    def is_valid(self) -> bool:
        return bool(self.goal_rows)

    def set_goal(self, goal_id: int, progress_pct: int, state: str, note: str = "") -> None:
        """Fill one goal's line (as a user would)."""
        percent, states, note_edit = self.goal_rows[goal_id]
        percent.setValue(progress_pct)
        states.setCurrentIndex(states.findData(state))
        note_edit.setText(note)

    def values(self) -> dict:
        goals = [(goal_id, percent.value(), state.currentData(), note.text().strip() or None)
                 for goal_id, (percent, state, note) in self.goal_rows.items()]
        picked = [self.evidence.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.evidence.count())
                  if self.evidence.item(n).checkState() == Qt.CheckState.Checked]
        return {"held_on": date_of(self.held_on), "goals": goals, "notes": self.notes.toPlainText().strip() or None,
                "evidence_ids": [value for value in picked if isinstance(value, int)],
                "new_evidence": [value for value in picked if isinstance(value, tuple)]}

    # -- evidence ------------------------------------------------------------------
    def _build_evidence(self, choices) -> QWidget:
        """The person's target evidence to tick (newest first), and new files, notes and
        links added here (ticked, listed first); nothing is stored until OK."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.evidence = QListWidget()
        self.evidence.setObjectName("check_in_evidence")
        self.evidence.setMinimumHeight(self.evidence.fontMetrics().lineSpacing() * 5 + 12)
        # long names are cut short (the tooltip has them whole) rather than scrolled sideways
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        items = choices.items if choices is not None else ()
        for choice in items:
            when = _added_day(choice.added_at)
            kpi = (choice.kpi_name_zh if is_chinese() else None) or choice.kpi_name or choice.kpi_code
            item = QListWidgetItem(f"{plan_word('evidence_kind', choice.kind)}: {_one_line(choice.title)}"
                                   f"  ·  {kpi}  ·  {when}")
            item.setToolTip("\n".join(filter(None, [choice.title, f"{choice.kpi_code} · {kpi}", choice.cycle, when])))
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.evidence.addItem(item)
        layout.addWidget(self.evidence)
        self.evidence_hint = note_label("")
        self.evidence_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if not items:
            self.evidence_hint.setText(self.tr(
                "No evidence on their targets yet; add a file, note or link for this check-in."))
        elif choices.more:
            self.evidence_hint.setText(self.tr(
                "The newest %1 items of their target evidence; older ones are on the KPI page.")
                .replace("%1", str(len(items))))
        else:
            self.evidence_hint.setText(self.tr("Tick the evidence that supports this check-in."))
        layout.addWidget(self.evidence_hint)
        buttons = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("Add file…"))
        self.add_file_button.clicked.connect(lambda: self.add_files())
        self.add_note_button = QPushButton(self.tr("Add note…"))
        self.add_note_button.clicked.connect(lambda: self.add_note())
        self.add_link_button = QPushButton(self.tr("Add link…"))
        self.add_link_button.clicked.connect(lambda: self.add_link())
        for button in (self.add_file_button, self.add_note_button, self.add_link_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _add_new(self, kind: str, value: str, shown: str) -> None:
        label = {"file": self.tr("New file: %1"), "note": self.tr("New note: %1"),
                 "link": self.tr("New link: %1")}[kind]
        item = QListWidgetItem(label.replace("%1", _one_line(shown)))
        item.setToolTip(value)
        item.setData(Qt.ItemDataRole.UserRole, (kind, value))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.evidence.insertItem(0, item)

    def add_files(self, paths: list[str] | None = None) -> None:
        """New files (asked for when not given); copied into the store when the check-in is recorded."""
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        for path in paths or ():
            self._add_new("file", path, Path(path).name)

    def add_note(self, text: str | None = None) -> None:
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Evidence note"), self.tr("Note:"))
            if not ok:
                return
        if text.strip():
            self._add_new("note", text.strip(), text.strip())

    def add_link(self, url: str | None = None) -> None:
        """A new link, checked at once so a mistyped address is not lost with the dialog."""
        if url is None:
            url, ok = QInputDialog.getText(self, self.tr("Evidence link"), self.tr("Link (https://…):"))
            if not ok or not url.strip():
                return
        from reviewer.errors import ReviewerError
        from reviewer.kpi.evidence import checked_link

        try:
            url = checked_link(url)
        except ReviewerError as error:
            show_error(self, error)
            return
        self._add_new("link", url, url)

    def pick_evidence(self, evidence_id: int) -> None:
        """Tick one listed item (as a user would)."""
        for n in range(self.evidence.count()):
            if self.evidence.item(n).data(Qt.ItemDataRole.UserRole) == evidence_id:
                self.evidence.item(n).setCheckState(Qt.CheckState.Checked)


def _added_day(moment: datetime) -> str:
    """The user's local day of a stored moment (UTC)."""
    from reviewer.plans.timing import local_day

    return format_date(local_day(moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)))


def _one_line(text: str, limit: int = 80) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _shortfall_goals(check_in) -> list[int]:
    return [entry.goal_id for entry in check_in.goals if entry.state in ("at_risk", "off_track")]


class NoteDialog(PlanStepDialog):
    """A dated, worded warning (naming the check-in that recorded the shortfall and the goals
    missed) or recognition (optionally naming the goals it is for)."""

    def __init__(self, kind: str, view, today: date, parent=None):
        title = self.tr("Issue a warning") if kind == "warning" else self.tr("Recognise progress")
        super().__init__(title, parent)
        self.kind, self.view = kind, view
        if kind == "warning":
            self.form.addRow(note_label(self.tr(
                "A formal warning names the check-in that recorded the shortfall and the goals missed.")))
        self.issued_on = date_edit(today)
        self.form.addRow(self.tr("Issued on:"), self.issued_on)
        self.check_in = QComboBox()
        if kind == "warning":
            for check_in in reversed(view.check_ins):
                missed = _shortfall_goals(check_in)
                text = format_date(check_in.held_on)
                if missed:
                    positions = {goal.id: goal.position for goal in view.goals}
                    text += " — " + self.tr("shortfall on goals %1").replace(
                        "%1", ", ".join(str(positions.get(goal_id, "?")) for goal_id in missed))
                self.check_in.addItem(text, check_in.id)
            self.form.addRow(self.tr("Check-in:"), self.check_in)
            if not view.check_ins:
                self.form.addRow(note_label(self.tr("No check-in is recorded yet: a warning needs one.")))
        self.goals = QListWidget()
        for goal in view.goals:
            item = QListWidgetItem(f"{goal.position}. {goal.description}")
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.goals.addItem(item)
        self.goals.setMaximumHeight(self.goals.fontMetrics().lineSpacing() * 6 + 12)
        self.form.addRow(self.tr("Goals missed:") if kind == "warning" else self.tr("Goals:"), self.goals)
        self.wording = text_box(4)
        self.form.addRow(self.tr("Wording:"), self.wording)
        self.check_in.currentIndexChanged.connect(self._check_shortfall)
        self.goals.itemChanged.connect(self.check)
        self.wording.textChanged.connect(self.check)
        self._check_shortfall()
        self.finish()

    def _check_shortfall(self, *_args) -> None:
        """Tick the goals the chosen check-in recorded as at risk or off track."""
        if self.kind != "warning":
            return
        chosen = next((c for c in self.view.check_ins if c.id == self.check_in.currentData()), None)
        missed = set(_shortfall_goals(chosen)) if chosen else set()
        for n in range(self.goals.count()):
            item = self.goals.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in missed
                               else Qt.CheckState.Unchecked)

    def chosen_goals(self) -> list[int]:
        return [self.goals.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.goals.count())
                if self.goals.item(n).checkState() == Qt.CheckState.Checked]

    def is_valid(self) -> bool:
        if not self.wording.toPlainText().strip():
            return False
        return self.kind != "warning" or (self.check_in.currentData() is not None and bool(self.chosen_goals()))

    def values(self) -> dict:
        values = {"wording": self.wording.toPlainText().strip(), "issued_on": date_of(self.issued_on),
                  "goal_ids": self.chosen_goals()}
        if self.kind == "warning":
            values["check_in_id"] = self.check_in.currentData()
        return values


class GoalChangeDialog(PlanStepDialog):
    """Change a goal of an approved plan, or add one, with the reason; the revision is kept
    and, once the employee has acknowledged the plan, a new acknowledgement is needed."""

    NEW = -1

    def __init__(self, view, goal_id: int | None = None, parent=None):
        super().__init__(self.tr("Change goal"), parent)
        self.setMinimumWidth(560)
        self.view = view
        self.goal = QComboBox()
        for goal in view.goals:
            self.goal.addItem(f"{goal.position}. {goal.description}", goal.id)
        self.goal.addItem(self.tr("Add a new goal"), self.NEW)
        self.form.addRow(self.tr("Goal:"), self.goal)
        self.horizon = QComboBox()
        for value in HORIZONS:
            self.horizon.addItem(plan_word("horizon", value), value)
        self.form.addRow(self.tr("Term:"), self.horizon)
        self.description = QLineEdit()
        self.form.addRow(self.tr("Goal:"), self.description)
        self.measure = QLineEdit()
        self.form.addRow(self.tr("Measure:"), self.measure)
        self.baseline = QLineEdit()
        self.form.addRow(self.tr("Baseline:"), self.baseline)
        self.target = QLineEdit()
        self.form.addRow(self.tr("Target:"), self.target)
        self.due = date_edit(view.row.end_date)
        self.form.addRow(self.tr("Due:"), self.due)
        self.reason = text_box()
        self.form.addRow(self.tr("Reason for the change:"), self.reason)
        acknowledged = view.row.acknowledged_version
        if acknowledged is not None:
            text = self.tr("The employee acknowledged version %1. After this change the plan becomes version %2 "
                           "and needs a new acknowledgement.").replace("%1", str(acknowledged)).replace(
                "%2", str(view.row.version + 1 if acknowledged >= view.row.version else view.row.version))
        else:
            text = self.tr("The change is kept in the goal's history with its reason.")
        self.acknowledgement_note = note_label(text)
        self.form.addRow(self.acknowledgement_note)
        self.goal.currentIndexChanged.connect(self._fill)
        for edit in (self.description, self.measure):
            edit.textChanged.connect(self.check)
        self.reason.textChanged.connect(self.check)
        if goal_id is not None and self.goal.findData(goal_id) >= 0:
            self.goal.setCurrentIndex(self.goal.findData(goal_id))
        self._fill()
        self.finish()

    def _fill(self, *_args) -> None:
        goal = next((g for g in self.view.goals if g.id == self.goal.currentData()), None)
        self.horizon.setCurrentIndex(max(0, self.horizon.findData(getattr(goal.horizon, "value", goal.horizon)
                                                                  if goal else "short_term")))
        self.description.setText(goal.description if goal else "")
        self.measure.setText(goal.measure if goal else "")
        self.baseline.setText((goal.baseline or "") if goal else "")
        self.target.setText((goal.target or "") if goal else "")
        due = goal.due_date if goal else self.view.row.end_date
        self.due.setDate(QDate(due.year, due.month, due.day))

    def is_valid(self) -> bool:
        return bool(self.description.text().strip() and self.measure.text().strip()
                    and self.reason.toPlainText().strip())

    def values(self) -> dict:
        goal_id = self.goal.currentData()
        return {"goal_id": None if goal_id == self.NEW else goal_id, "horizon": self.horizon.currentData(),
                "description": self.description.text().strip(), "measure": self.measure.text().strip(),
                "baseline": self.baseline.text().strip() or None, "target": self.target.text().strip() or None,
                "due_date": date_of(self.due), "reason": self.reason.toPlainText().strip()}


class ExtendDialog(PlanStepDialog):
    """A new end date and the reason."""

    def __init__(self, view, parent=None):
        super().__init__(self.tr("Extend plan"), parent)
        end = view.row.end_date
        self.form.addRow(note_label(self.tr("The plan ends on %1. It has been extended %2 of %3 times allowed.")
                                    .replace("%1", format_date(end)).replace("%2", str(view.extensions))
                                    .replace("%3", str(view.extensions_allowed))))
        self.new_end = date_edit(end + timedelta(days=30), minimum=end + timedelta(days=1))
        self.form.addRow(self.tr("New end date:"), self.new_end)
        self.reason = text_box()
        self.reason.textChanged.connect(self.check)
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.finish()

    def is_valid(self) -> bool:
        return bool(self.reason.toPlainText().strip())

    def values(self) -> dict:
        return {"new_end_date": date_of(self.new_end), "reason": self.reason.toPlainText().strip()}


class CloseDialog(PlanStepDialog):
    """The outcome and the written reasoning; "extended" asks for the new end date."""

    def __init__(self, view, parent=None):
        super().__init__(self.tr("Close plan"), parent)
        self.outcome = QComboBox()
        for value in OUTCOMES:
            self.outcome.addItem(plan_word("outcome", value), value)
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        end = view.row.end_date
        self.new_end = date_edit(end + timedelta(days=30), minimum=end + timedelta(days=1))
        self.new_end_label = QLabel(self.tr("New end date:"))
        self.form.addRow(self.new_end_label, self.new_end)
        self.reasoning = text_box(4)
        self.form.addRow(self.tr("Reasoning:"), self.reasoning)
        self.form.addRow(note_label(self.tr("A closed plan is read-only. Choosing \"Extended\" keeps it open "
                                            "with the new end date.")))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.reasoning.textChanged.connect(self.check)
        self._outcome_changed()
        self.finish()

    def _outcome_changed(self, *_args) -> None:
        extending = self.outcome.currentData() == "extended"
        self.new_end.setVisible(extending)
        self.new_end_label.setVisible(extending)
        self.check()

    def is_valid(self) -> bool:
        return bool(self.reasoning.toPlainText().strip()) and self.outcome.currentData() is not None

    def values(self) -> dict:
        outcome = self.outcome.currentData()
        return {"outcome": outcome, "reasoning": self.reasoning.toPlainText().strip(),
                "new_end_date": date_of(self.new_end) if outcome == "extended" else None}

"""The Calibration page's dialogs: opening a session over a scope with its participants,
and the reason a move needs (the band may be changed there too)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

from reviewer.calibration.opening_choices import OpeningChoices, default_participants
from reviewer.calibration.sessions import open_session

from ..formatting import localized
from ..worker import Job
from .models import band_label

SCOPES = ("cycle", "department", "position")


class OpenSessionDialog(QDialog):
    """Scope (whole cycle, a department with its sub-departments, or a position across
    departments), a name, blind or not, and who sits in it: the managers of the people
    in scope are ticked by default."""

    opened = Signal(int)  # the new session's id

    def __init__(self, workstation, cycle_id: int, cycle_name: str, choices: OpeningChoices, parent=None):
        super().__init__(parent)
        self.workstation, self.cycle_id = workstation, cycle_id
        self.setWindowTitle(self.tr("Open a calibration session"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Cycle:"), QLabel(cycle_name))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("The whole cycle"), "cycle")
        self.scope.addItem(self.tr("A department (with its sub-departments)"), "department")
        self.scope.addItem(self.tr("A position (across departments)"), "position")
        form.addRow(self.tr("&Scope:"), self.scope)
        self.department = QComboBox()
        for department_id, path in choices.departments:
            self.department.addItem(path, department_id)
        form.addRow(self.tr("&Department:"), self.department)
        self.position = QComboBox()
        for position_id, title, title_zh in choices.positions:
            self.position.addItem(localized(title, title_zh), position_id)
        form.addRow(self.tr("&Position:"), self.position)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("Named after the scope when left empty"))
        form.addRow(self.tr("&Name:"), self.name)
        self.blind = QCheckBox(self.tr("&Blind: show codes instead of names until the session is closed"))
        form.addRow("", self.blind)
        self.participants = QListWidget()
        self.participants.setMinimumHeight(160)
        for person in choices.candidates:
            item = QListWidgetItem(f"{person.name} ({person.employee_no}) — {person.department}")
            item.setData(Qt.ItemDataRole.UserRole, person.employee_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        self.participants_note = QLabel(self.tr("Ticked: the managers of the people in scope. HR always may read."))
        self.participants_note.setWordWrap(True)
        box = QVBoxLayout()
        box.addWidget(self.participants)
        box.addWidget(self.participants_note)
        form.addRow(self.tr("Pa&rticipants:"), box)
        form.labelForField(box).setBuddy(self.participants)  # a layout is no buddy: name the list
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open session"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._form = form
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.department.currentIndexChanged.connect(self._propose_participants)
        self.position.currentIndexChanged.connect(self._propose_participants)
        self._proposal_job = None
        self._scope_changed()

    def set_scope(self, scope: str, target_id: int | None = None) -> None:
        self.scope.setCurrentIndex(SCOPES.index(scope))
        combo = {"department": self.department, "position": self.position}.get(scope)
        if combo is not None and target_id is not None:
            combo.setCurrentIndex(combo.findData(target_id))

    def _scope_changed(self) -> None:
        scope = self.scope.currentData()
        self._form.setRowVisible(self.department, scope == "department")
        self._form.setRowVisible(self.position, scope == "position")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not (scope == "department" and self.department.count() == 0)
                      and not (scope == "position" and self.position.count() == 0))
        self._propose_participants()

    def _scope_arguments(self) -> dict:
        scope = self.scope.currentData()
        return {"scope": scope,
                "department_id": self.department.currentData() if scope == "department" else None,
                "position_id": self.position.currentData() if scope == "position" else None}

    def _propose_participants(self) -> None:
        arguments, cycle_id = self._scope_arguments(), self.cycle_id

        def read(workstation, _progress):
            return arguments, workstation.call(default_participants, cycle_id, **arguments)

        self._proposal_job = Job(self, self.tr("Finding the managers"), read, self._tick, dialog=False,
                                 workstation=self.workstation).start()

    def _tick(self, found) -> None:
        arguments, manager_ids = found
        if arguments != self._scope_arguments():
            return  # the scope changed meanwhile; its own proposal follows
        wanted = set(manager_ids)
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def participant_ids(self) -> list[int]:
        return [self.participants.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.participants.count())
                if self.participants.item(row).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        arguments = self._scope_arguments()
        cycle_id, name, blind, participants = (self.cycle_id, self.name.text().strip() or None,
                                               self.blind.isChecked(), self.participant_ids())
        self.buttons.setEnabled(False)

        def work(workstation, _progress):
            return workstation.call(open_session, cycle_id, name=name, blind=blind, participant_ids=participants,
                                    **arguments)

        def done(session_id) -> None:
            self.opened.emit(session_id)
            self.accept()

        def failed(error) -> None:
            from ..errors import show_error

            self.buttons.setEnabled(True)
            show_error(self, error)

        self._open_job = Job(self, self.tr("Opening the session"), work, done, failed,
                             workstation=self.workstation, changes={"appraisals"}).start()


class MoveDialog(QDialog):
    """Where to and why: the reason is required, so OK waits for one."""

    def __init__(self, person: str, from_band: str, bands: list, to_band_id: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move %1").replace("%1", person))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("From:"), QLabel(from_band))
        self.band = QComboBox()
        for band in bands:
            self.band.addItem(band_label(band.code, localized(band.name, getattr(band, "name_zh", None))), band.id)
        if to_band_id is not None:
            self.band.setCurrentIndex(max(0, self.band.findData(to_band_id)))
        form.addRow(self.tr("&To:"), self.band)
        self.why = QPlainTextEdit()
        self.why.setPlaceholderText(self.tr("Why this person moves; kept in the session's record"))
        self.why.setTabChangesFocus(True)
        self.why.setMinimumHeight(80)
        form.addRow(self.tr("&Reason:"), self.why)
        self.hint = QLabel(self.tr("A reason is required."))
        self.hint.setEnabled(False)
        form.addRow("", self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.why.textChanged.connect(self._validate)
        self._validate()
        self.why.setFocus()

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))
        self.hint.setVisible(not self.reason())

    def band_id(self) -> int:
        return self.band.currentData()

    def reason(self) -> str:
        return self.why.toPlainText().strip()

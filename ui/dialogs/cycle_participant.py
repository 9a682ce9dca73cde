"""Adding someone who joined during a cycle."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel

from reviewer.cycles.participants import ParticipantRow, add_participant
from reviewer.workstation import Workstation

from ..context import APPRAISALS
from ..worker import Job


class AddParticipantDialog(QDialog):
    """``candidates``: (id, employee number, name) of the active people not yet in the cycle."""

    added = Signal(object)  # ParticipantRow

    def __init__(self, workstation: Workstation, cycle_id: int, cycle_name: str,
                 candidates: list[tuple[int, str, str]], parent=None):
        super().__init__(parent)
        self.workstation, self.cycle_id = workstation, cycle_id
        self.setWindowTitle(self.tr("Add to %1").replace("%1", cycle_name))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        note = QLabel(self.tr("People who joined during the cycle. Once goal setting has begun, "
                              "they get their appraisal at once."))
        note.setWordWrap(True)
        form.addRow(note)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for employee_id, number, name in candidates:
            self.person.addItem(f"{name} · {number}", employee_id)
        self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        form.addRow(self.tr("Person:"), self.person)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(candidates))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def save(self) -> None:
        employee_id, cycle_id = self.person.currentData(), self.cycle_id
        if employee_id is None:
            return

        def work(workstation, _progress) -> ParticipantRow:
            return workstation.call(add_participant, cycle_id, employee_id)

        def done(row: ParticipantRow) -> None:
            self.added.emit(row)
            self.accept()

        self.job = Job(self, self.tr("Adding to the cycle"), work, done, workstation=self.workstation,
                       changes=(APPRAISALS,)).start()

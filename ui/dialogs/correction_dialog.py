"""Correcting a signed appraisal: a reason, a new score and/or texts; a new version results."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
)

from reviewer.appraisal.corrections import Correction, correct_appraisal
from reviewer.appraisal.listing import AppraisalRow
from reviewer.workstation import Workstation

from ..errors import show_error


class CorrectionDialog(QDialog):
    def __init__(self, workstation: Workstation, row: AppraisalRow, parent=None):
        super().__init__(parent)
        self.workstation, self.row = workstation, row
        self.setWindowTitle(self.tr("Correct the appraisal of %1").replace("%1", row.name))
        form = QFormLayout(self)
        note = QLabel(self.tr("The signed document stays as it is. The correction becomes version %1, which is "
                              "printed and signed again.").replace("%1", str(row.version + 1)))
        note.setWordWrap(True)
        form.addRow(note)
        self.reason = QLineEdit()
        form.addRow(self.tr("Reason:"), self.reason)
        self.change_score = QCheckBox(self.tr("New final score:"))
        self.score = QDoubleSpinBox()
        self.score.setRange(0, 100)
        self.score.setDecimals(1)
        self.score.setValue(row.final_score or 0)
        self.score.setEnabled(False)
        self.change_score.toggled.connect(self.score.setEnabled)
        form.addRow(self.change_score, self.score)
        self.hr_comment = QPlainTextEdit()
        self.hr_comment.setPlaceholderText(self.tr("HR's comment on the new version (optional)"))
        self.hr_comment.setMaximumHeight(100)
        form.addRow(self.tr("HR's comment:"), self.hr_comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        texts = {"hr_comment": self.hr_comment.toPlainText()} if self.hr_comment.toPlainText().strip() else None
        correction = Correction(self.reason.text(), self.score.value() if self.change_score.isChecked() else None,
                                texts)
        try:
            self.workstation.call(correct_appraisal, self.row.appraisal_id, correction)
        except Exception as error:  # noqa: BLE001 - shown; the transaction was rolled back
            show_error(self, error)
            return
        self.accept()

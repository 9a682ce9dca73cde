"""Settings ▸ Privacy: how long a leaver's personal data is kept (reviewer.privacy.retention),
and the erasure of the leavers past it: a preview of who and what, a confirmation, then the
work in the background. HR changes and runs it; everyone else reads the period."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from reviewer.privacy import anonymise_leavers, leavers_due, retention_months, save_retention_months
from reviewer.privacy.retention import RETENTION_MONTHS_RANGE
from reviewer.workstation import Workstation

from ..context import APPRAISALS, FEEDBACK, PEOPLE, PROFILES
from ..errors import show_error
from ..worker import Job


class PrivacyTab(QWidget):
    erased = Signal(object)  # the ErasureResult, once committed

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.preview_dialog = None
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.months = QSpinBox()
        self.months.setRange(*RETENTION_MONTHS_RANGE)
        self.months.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Keep a leaver's personal data for:"), self.months)
        note = QLabel(self.tr("Counted from the leave date. After it, the leaver's name, employee number and "
                              "email become a pseudonym and what was written about or by them and their "
                              "evidence are erased; scores, bands, counts and the hashes of signed documents "
                              "stay, so results and charts do not change."))
        note.setWordWrap(True)
        form.addRow("", note)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save retention period"))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.erase_button = QPushButton(self.tr("Anonymise leavers past retention…"))
        self.erase_button.clicked.connect(lambda: self.preview())
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        may_change = workstation.actor.is_hr
        for widget in (self.months, self.save_button, self.erase_button):
            widget.setEnabled(may_change)
        if not may_change:
            self.status.setText(self.tr("Only HR changes the retention period and anonymises leavers."))
        self.reload()

    def reload(self) -> None:
        try:
            self.months.setValue(self.workstation.call(retention_months))
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            show_error(self, error)

    def save(self) -> None:
        try:
            self.workstation.call(save_retention_months, self.months.value())
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.status.setText(self.tr("Retention period saved."))

    def preview(self):
        """The leavers past retention in a dialog; its Anonymise button asks once more, then runs."""
        from ..dialogs.erasure_dialog import ErasurePreviewDialog

        if not self.workstation.actor.is_hr:
            return None
        try:
            due = self.workstation.call(leavers_due)
            months = self.workstation.call(retention_months)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return None
        self.preview_dialog = ErasurePreviewDialog(due, months, self)
        self.preview_dialog.confirmed.connect(lambda: self.erase([d.employee_id for d in due]))
        self.preview_dialog.open()
        return self.preview_dialog

    def erase(self, employee_ids: list[int]) -> Job | None:
        if not employee_ids:
            return None

        def work(workstation, progress):
            return workstation.call(anonymise_leavers, employee_ids, progress=progress)

        def done(result) -> None:
            self.status.setText(self.tr("Anonymised %n leaver(s); their evidence files were removed.", "",
                                        len(result.people)))
            self.erased.emit(result)

        self._job = Job(self, self.tr("Anonymising leavers"), work, done, workstation=self.workstation,
                        changes=(PEOPLE, APPRAISALS, FEEDBACK, PROFILES)).start()
        return self._job


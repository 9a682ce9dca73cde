"""Settings ▸ Privacy: how long a leaver's personal data is kept (reviewer.privacy.retention),
and the erasure of the leavers past it: a preview of who and what, a confirmation, then the
work in the background. HR changes and runs it; everyone else reads the period."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSpinBox

from reviewer.privacy import anonymise_leavers, leavers_due, retention_months, save_retention_months
from reviewer.privacy.retention import RETENTION_MONTHS_RANGE
from reviewer.workstation import Workstation

from ..context import APPRAISALS, FEEDBACK, PEOPLE, PROFILES
from ..errors import show_error
from ..worker import Job
from .hr_setting_tab import HrSettingTab


class PrivacyTab(HrSettingTab):
    loader = retention_months
    erased = Signal(object)  # the ErasureResult, once committed

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(workstation, parent)
        self.preview_dialog = None
        self._job: Job | None = None
        self.months = QSpinBox()
        self.months.setRange(*RETENTION_MONTHS_RANGE)
        self.months.setSuffix(self.tr(" months"))
        self.form.addRow(self.tr("Keep a leaver's personal data for:"), self.months)
        self.add_note(self.tr("Counted from the leave date. After it, the leaver's name, employee number and "
                              "email become a pseudonym and what was written about or by them and their "
                              "evidence are erased; scores, bands, counts and the hashes of signed documents "
                              "stay, so results and charts do not change."))
        self.add_note(self.tr("Backups, and the copies kept aside before a restore, an upgrade or encryption, "
                              "made before the erasure still hold the leaver's data: delete those you no "
                              "longer need."))
        self.editable(self.months)
        self.save_button = self.add_button(self.tr("Save retention period"), self.save)
        self.erase_button = self.add_button(self.tr("Anonymise leavers past retention…"), lambda: self.preview())
        self.reload()

    def show_setting(self, months: int) -> None:
        self.months.setValue(months)

    def read_only_text(self) -> str:
        return self.tr("Only HR changes the retention period and anonymises leavers.")

    def status_text(self, months: int, just_saved: bool) -> str:
        return self.tr("Retention period saved.") if just_saved else ""

    def save(self) -> None:
        self.store(save_retention_months, self.months.value())

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
            count = len(result.people)
            self.status.setText(self.tr("Anonymised one leaver; their evidence files were removed.") if count == 1
                                else self.tr("Anonymised %1 leavers; their evidence files were removed.")
                                .replace("%1", str(count)))
            self.erased.emit(result)

        self._job = Job(self, self.tr("Anonymising leavers"), work, done, workstation=self.workstation,
                        changes=(PEOPLE, APPRAISALS, FEEDBACK, PROFILES)).start()
        return self._job


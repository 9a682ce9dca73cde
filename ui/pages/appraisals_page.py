"""Appraisals and sign-off: each person's appraisal in a cycle, previewed and signed
in order, printed in batches, summarised for the team, corrected after sign-off,
and any signed PDF verified."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.appraisal.batch import export_appraisals
from reviewer.appraisal.export import signing_copy
from reviewer.appraisal.listing import appraisal_filters, appraisal_rows
from reviewer.appraisal.team_report import team_summary, write_team_pdf, write_team_xlsx
from reviewer.feedback.release import UNPUBLISHED_CODE
from reviewer.workstation import Workstation

from ..i18n import saved_language
from ..models.appraisals_model import AppraisalsModel
from ..problem_text import coded_text
from ..typography import page_heading
from ..worker import Job
from .history_view import TeamHistoryTab
from .verification_view import VerificationView


def document_language() -> str:
    """Documents and rating names follow the language the program runs in."""
    running = QCoreApplication.instance().property("language") if QCoreApplication.instance() else None
    return "zh" if str(running or saved_language()).startswith("zh") else "en"


class AppraisalsPage(QWidget):
    status_message = Signal(str)
    plan_saved = Signal(int)  # a plan started here was saved: the window opens it

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        self.cycle = QComboBox()
        self.department = QComboBox()
        self.cycle.currentIndexChanged.connect(self.reload_rows)
        self.department.currentIndexChanged.connect(self.reload_rows)
        self.model = AppraisalsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.sign_selected)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        # Shown while the cycle's 360 results are not published: the scores that
        # include them are left out of the list.
        self.unpublished = QLabel(coded_text(UNPUBLISHED_CODE, {}))
        self.unpublished.setWordWrap(True)
        self.unpublished.hide()
        self.sign_button = self._button(self.tr("&Preview and sign…"), self.sign_selected)
        self.open_button = self._button(self.tr("Sign a PDF &file…"), self.sign_file)
        self.correct_button = self._button(self.tr("&Correct…"), self.correct_selected)
        self.explain_button = self._button(self.tr("E&xplain score…"), self.explain_selected)
        self.explain_button.setToolTip(self.tr("How the selected person's score was computed: every input, "
                                               "rule and figure"))
        self.self_review_button = self._button(self.tr("Se&lf-review…"), lambda: self.open_review("self"))
        self.manager_review_button = self._button(self.tr("&Manager review…"), lambda: self.open_review("manager"))
        self.import_reviews_button = self._button(self.tr("Import re&views…"), self.open_reviews_import)
        self.import_reviews_button.setToolTip(self.tr("Self-reviews and manager reviews from a CSV or Excel file: "
                                                      "employee no., part (self or manager), one column per field"))
        self.import_reviews_button.setEnabled(workstation.actor.may_write)
        self.batch_button = self._button(self.tr("&Export all as PDF…"), self.export_batch)
        self.team_button = self._button(self.tr("&Team summary…"), self.export_team)
        self.identities_button = self._button(self.tr("Signing &identities…"), self.open_identities)
        self.improvement_button = self._button(self.tr("Start &improvement plan…"),
                                               lambda: self.start_plan("improvement"))
        self.development_button = self._button(self.tr("Start de&velopment plan…"),
                                               lambda: self.start_plan("development"))
        # The program proposes a plan for a released or signed appraisal at or below the
        # threshold band: a banner, never a dialog in the way.
        self.plan_banner = QLabel()
        self.plan_banner.setWordWrap(True)
        self.plan_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.plan_banner_button = self._button(self.tr("Start improvement plan…"), lambda: self.start_plan("improvement"))
        self.plan_banner_row = QWidget()
        banner = QHBoxLayout(self.plan_banner_row)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.addWidget(self.plan_banner, 1)
        banner.addWidget(self.plan_banner_button)
        self.plan_banner_row.hide()
        self._offer = None
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Cycle:")))
        filters.addWidget(self.cycle)
        filters.addWidget(QLabel(self.tr("Department:")))
        filters.addWidget(self.department, 1)
        actions = QHBoxLayout()
        for button in (self.sign_button, self.open_button, self.correct_button, self.explain_button,
                       self.self_review_button, self.manager_review_button):
            actions.addWidget(button)
        actions.addStretch(1)
        # The whole-cycle tools on a row of their own: beside the others they made the
        # window wider than a 1280-pixel screen.
        cycle_tools = QHBoxLayout()
        for button in (self.import_reviews_button, self.batch_button, self.team_button, self.identities_button):
            cycle_tools.addWidget(button)
        cycle_tools.addSpacing(12)
        cycle_tools.addWidget(self.improvement_button)
        cycle_tools.addWidget(self.development_button)
        cycle_tools.addStretch(1)
        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        list_layout.addLayout(filters)
        list_layout.addLayout(actions)
        list_layout.addLayout(cycle_tools)
        list_layout.addWidget(self.empty)
        list_layout.addWidget(self.unpublished)
        list_layout.addWidget(self.plan_banner_row)
        list_layout.addWidget(self.table, 1)
        self.verification = VerificationView(workstation)
        self.history = TeamHistoryTab(workstation)
        self.history.status_message.connect(self.status_message)
        self.tabs = QTabWidget()
        self.tabs.addTab(list_tab, self.tr("Appraisals"))
        self.tabs.addTab(self.history, self.tr("Team history"))
        self.tabs.addTab(self.verification, self.tr("Verify a PDF"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(page_heading(self.tr("Appraisals and sign-off")))
        layout.addWidget(self.tabs, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, action) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(action)
        return button

    # -- data ------------------------------------------------------------------------
    def reload(self) -> None:
        filters = self.workstation.call(appraisal_filters)
        for combo, entries, first, opening in (
                (self.cycle, [(c.id, c.name) for c in filters.cycles], None, filters.opening_cycle_id),
                (self.department, filters.departments, self.tr("All departments"), None)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first:
                combo.addItem(first, None)
            for key, name in entries:
                combo.addItem(name, key)
            wanted = current if current is not None else opening
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted is not None else 0)
            combo.blockSignals(False)
        self.reload_rows()
        self.history.reload()

    def reload_rows(self) -> None:
        cycle_id = self.cycle.currentData()
        rows = []
        if cycle_id is not None:
            rows = self.workstation.call(appraisal_rows, cycle_id, self.department.currentData(), document_language())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.setText("" if rows else self.tr("No appraisals in this cycle yet. They appear once results are "
                                                    "scored; import results or run the cycle first."))
        self.empty.setVisible(not rows)
        self.unpublished.setVisible(any(not row.feedback_published for row in rows))
        self._update_buttons()

    def show_appraisal(self, cycle_id: int | None, employee_id: int) -> bool:
        """Select one person's appraisal in a cycle (all departments shown); False when
        the cycle has none for them."""
        self.tabs.setCurrentIndex(0)
        if self.cycle.count() == 0 or (cycle_id is not None and self.cycle.findData(cycle_id) < 0):
            self.reload()
        for combo, wanted in ((self.cycle, self.cycle.findData(cycle_id) if cycle_id is not None else -1),
                              (self.department, 0)):
            if wanted >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(wanted)
                combo.blockSignals(False)
        self.reload_rows()
        for row in range(self.model.rowCount()):
            if self.model.row(row).employee_id == employee_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        self.table.clearSelection()
        self.status_message.emit(self.tr("This person has no appraisal in the cycle yet."))
        return False

    def selected_row(self):
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row(indexes[0].row()) if indexes else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        has_rows = self.model.rowCount() > 0
        self.sign_button.setEnabled(row is not None)
        self.correct_button.setEnabled(row is not None and row.can_correct)
        self.explain_button.setEnabled(row is not None)
        self.self_review_button.setEnabled(row is not None)
        self.manager_review_button.setEnabled(row is not None)
        self.correct_button.setToolTip(
            "" if row is None or row.can_correct else coded_text(row.correct_refusal_code, row.correct_refusal_params))
        self.batch_button.setEnabled(has_rows)
        self.team_button.setEnabled(has_rows)
        self._show_plan_offer(row)

    def _show_plan_offer(self, row) -> None:
        """Offer an improvement plan where the appraisal's band calls for one, and say so
        once the appraisal is released or signed (reviewer.plans.starting.plan_offer)."""
        from reviewer.errors import ReviewerError
        from reviewer.plans.starting import plan_offer

        self._offer = None
        may_plan = row is not None and self.workstation.actor.may_write
        if may_plan:
            try:
                self._offer = self.workstation.call(plan_offer, row.appraisal_id)
            except ReviewerError:  # not the user's to review (their own appraisal): no plan from here
                may_plan = False
        eligible = self._offer is not None and self._offer.eligible
        self.improvement_button.setEnabled(eligible)
        self.development_button.setEnabled(may_plan)
        self.improvement_button.setToolTip(
            coded_text(self._offer.eligibility.notice.code, self._offer.eligibility.notice.params)
            if self._offer is not None and self._offer.eligibility is not None else "")
        proposed = self._offer is not None and self._offer.proposed
        if proposed:
            notice = self._offer.eligibility.notice
            self.plan_banner.setText(coded_text(notice.code, notice.params))
        self.plan_banner_row.setVisible(proposed)

    # -- actions -----------------------------------------------------------------------
    def sign_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        path = self.workstation.call(signing_copy, self.cycle.currentData(), row.employee_id, document_language())
        self.open_signing(path)

    def sign_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Sign an appraisal PDF"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.open_signing(Path(path))

    def open_signing(self, path: Path) -> None:
        from ..dialogs.signing_dialog import SigningDialog

        dialog = SigningDialog(self.workstation, path, document_language(), self)
        dialog.exec()
        self.reload_rows()

    def correct_selected(self) -> None:
        from ..dialogs.correction_dialog import CorrectionDialog

        row = self.selected_row()
        if row is not None and CorrectionDialog(self.workstation, row, self).exec():
            self.status_message.emit(self.tr("Version %1 created; sign its new document.").replace(
                "%1", str(row.version + 1)))
            self.reload_rows()

    def explain_selected(self) -> None:
        from ..dialogs.score_explain import ScoreExplainDialog

        row = self.selected_row()
        if row is not None:
            self.explain_dialog = ScoreExplainDialog(self.workstation, self.cycle.currentData(), row.employee_id,
                                                     document_language(), self)
            self.explain_dialog.open()
    def open_reviews_import(self):
        from ..dialogs.import_kinds import REVIEWS
        from ..dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.workstation, REVIEWS, self, cycle=self.cycle.currentText() or None)
        wizard.imported.connect(lambda result: result.imported and self.reload())
        wizard.open()
        return wizard

    def open_review(self, part: str) -> None:
        """The selected appraisal's self-review or manager review form."""
        from reviewer.errors import ReviewerError

        from ..errors import show_error
        from .review_forms import ManagerReviewForm, SelfReviewForm

        row = self.selected_row()
        if row is None:
            return
        try:
            form = (SelfReviewForm if part == "self" else ManagerReviewForm)(self.workstation, row.appraisal_id, self)
        except ReviewerError as error:
            show_error(self, error)
            return
        form.exec()
        self.reload_rows()

    def start_plan(self, kind: str):
        """The guided flow for the selected appraisal's person; a saved plan opens in the window."""
        from ..plans.guided_flow import GuidedPlanDialog

        row = self.selected_row()
        if row is None:
            return None
        dialog = GuidedPlanDialog(self.workstation, appraisal_id=row.appraisal_id, kind=kind, source="appraisal",
                                  parent=self)
        dialog.plan_saved.connect(self.plan_saved)
        dialog.open()
        self.plan_dialog = dialog
        return dialog

    def open_identities(self) -> None:
        from ..dialogs.identities_dialog import IdentitiesDialog

        IdentitiesDialog(self.workstation, self).exec()

    def export_batch(self) -> None:
        from ..dialogs.batch_dialog import BatchDialog

        dialog = BatchDialog(self.workstation, self)
        if not dialog.exec():
            return
        cycle_id, department_id, language = self.cycle.currentData(), self.department.currentData(), document_language()
        folder, sign_as = dialog.folder(), dialog.sign_as()

        def work(progress):
            return self.workstation.call(export_appraisals, cycle_id, folder, language, department_id, sign_as,
                                         progress)

        def done(result) -> None:
            self.status_message.emit(self.tr("Wrote %1 PDFs to %2; %3 signed.").replace("%1", str(len(result.written)))
                                     .replace("%2", str(folder)).replace("%3", str(result.signed)))
            if result.skipped:
                QMessageBox.information(self, self.tr("Exporting appraisals"), self.tr(
                    "%1 people were left out of the signed batch:").replace("%1", str(len(result.skipped)))
                    + "\n" + "\n".join(coded_text(s.code, s.params) for s in result.skipped[:30])
                    + ("\n…" if len(result.skipped) > 30 else ""))
            self.reload_rows()

        self._job = Job(self, self.tr("Exporting appraisals"), work, done).start()

    def export_team(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Team summary"), "", self.tr(
            "PDF document (*.pdf);;Excel workbook (*.xlsx)"))
        if not path:
            return
        path = Path(path) if Path(path).suffix.lower() in (".pdf", ".xlsx") else Path(path + ".pdf")
        cycle_id, department_id, language = self.cycle.currentData(), self.department.currentData(), document_language()

        def work(_progress):
            summary = self.workstation.call(team_summary, cycle_id, department_id, language)
            (write_team_pdf if path.suffix.lower() == ".pdf" else write_team_xlsx)(summary, path, language)
            return path

        self._job = Job(self, self.tr("Team summary"), work,
                        lambda written: self.status_message.emit(self.tr("Saved %1").replace("%1", str(written)))
                        ).start()

"""Settings ▸ Plans: the company's plan rules (reviewer.plans.rules): the band at or below
which an appraisal proposes an improvement plan, the plan's default length and how many
extensions a plan may have. HR changes them; everyone else reads them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from reviewer.plans.rules import MAX_EXTENSIONS, PlanRules, plan_rules, save_plan_rules
from reviewer.plans.settings import PLAN_MONTHS_RANGE
from reviewer.workstation import Workstation

from ..errors import show_error


class PlanRulesTab(QWidget):
    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(parent)
        self.workstation = workstation
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.threshold = QLineEdit()
        self.threshold.setPlaceholderText(self.tr("the lowest two bands"))
        self.threshold.setMaxLength(20)
        form.addRow(self.tr("Propose an improvement plan at or below band:"), self.threshold)
        note = QLabel(self.tr("A band code of the cycle, e.g. C. Left empty, the cycle's two lowest bands "
                              "propose a plan when an appraisal is released or signed."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.months = QSpinBox()
        self.months.setRange(*PLAN_MONTHS_RANGE)
        self.months.setSuffix(self.tr(" months"))
        form.addRow(self.tr("Plan length:"), self.months)
        self.extensions = QSpinBox()
        self.extensions.setRange(0, MAX_EXTENSIONS)
        form.addRow(self.tr("Extensions allowed per plan:"), self.extensions)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save plan rules"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addStretch(1)
        may_change = workstation.actor.is_hr
        for widget in (self.threshold, self.months, self.extensions, self.save_button):
            widget.setEnabled(may_change)
        if not may_change:
            self.status.setText(self.tr("Only HR changes the plan rules."))
        self.reload()

    def reload(self) -> None:
        try:
            rules = self.workstation.call(plan_rules)
        except Exception as error:  # noqa: BLE001 - shown, never raised into Qt
            show_error(self, error)
            return
        self.threshold.setText(rules.threshold_band or "")
        self.months.setValue(rules.plan_months)
        self.extensions.setValue(rules.extensions_allowed)

    def save(self) -> None:
        rules = PlanRules(self.threshold.text().strip() or None, self.months.value(), self.extensions.value())
        try:
            self.workstation.call(save_plan_rules, rules)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.status.setText(self.tr("Plan rules saved."))

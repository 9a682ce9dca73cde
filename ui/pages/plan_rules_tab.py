"""Settings ▸ Plans: the company's plan rules (reviewer.plans.rules): the band at or below
which an appraisal proposes an improvement plan, the plan's default length and how many
extensions a plan may have. HR changes them; everyone else reads them."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox

from reviewer.plans.rules import MAX_EXTENSIONS, PlanRules, plan_rules, save_plan_rules
from reviewer.plans.settings import PLAN_MONTHS_RANGE
from reviewer.workstation import Workstation

from .hr_setting_tab import HrSettingTab


class PlanRulesTab(HrSettingTab):
    loader = plan_rules

    def __init__(self, workstation: Workstation, parent=None):
        super().__init__(workstation, parent)
        self.threshold = QLineEdit()
        self.threshold.setMinimumWidth(260)  # the hint "the lowest two bands" stays whole in both languages
        self.threshold.setPlaceholderText(self.tr("the lowest two bands"))
        self.threshold.setMaxLength(20)
        self.form.addRow(self.tr("Propose an improvement plan at or below band:"), self.threshold)
        self.add_note(self.tr("A band code of the cycle, e.g. C. Left empty, the cycle's two lowest bands "
                              "propose a plan when an appraisal is released or signed."))
        self.months = QSpinBox()
        self.months.setRange(*PLAN_MONTHS_RANGE)
        self.months.setSuffix(self.tr(" months"))
        self.form.addRow(self.tr("Plan length:"), self.months)
        self.extensions = QSpinBox()
        self.extensions.setRange(0, MAX_EXTENSIONS)
        self.form.addRow(self.tr("Extensions allowed per plan:"), self.extensions)
        self.editable(self.threshold, self.months, self.extensions)
        self.save_button = self.add_button(self.tr("Save plan rules"), self.save)
        self.reload()

    def show_setting(self, rules: PlanRules) -> None:
        self.threshold.setText(rules.threshold_band or "")
        self.months.setValue(rules.plan_months)
        self.extensions.setValue(rules.extensions_allowed)

    def read_only_text(self) -> str:
        return self.tr("Only HR changes the plan rules.")

    def status_text(self, rules: PlanRules, just_saved: bool) -> str:
        return self.tr("Plan rules saved.") if just_saved else ""

    def save(self) -> None:
        rules = PlanRules(self.threshold.text().strip() or None, self.months.value(), self.extensions.value())
        self.store(save_plan_rules, rules)

"""Pages whose full views arrive in later releases. Each says what it will hold
and shows what the open database already contains for it; nothing here is fake."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from db.engine import Database
from db.models import CycleStage
from reviewer.overview import Overview, overview


def stage_name(stage: CycleStage) -> str:
    tr = QCoreApplication.translate
    return {
        CycleStage.DRAFT: tr("stage", "Draft"),
        CycleStage.GOAL_SETTING: tr("stage", "Goal setting"),
        CycleStage.SELF_REVIEW_360: tr("stage", "Self-review and 360"),
        CycleStage.MANAGER_REVIEW: tr("stage", "Manager review"),
        CycleStage.CALIBRATION: tr("stage", "Calibration"),
        CycleStage.SIGN_OFF: tr("stage", "Sign-off"),
        CycleStage.CLOSED: tr("stage", "Closed"),
    }[stage]


class AreaPage(QWidget):
    def __init__(self, database: Database, title: str, purpose: str, coming: list[str],
                 facts: Callable[[Overview], list[str]], parent=None):
        super().__init__(parent)
        self.database, self._facts = database, facts
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(purpose)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(self._section(self.tr("In this database now")))
        self.facts_label = QLabel()
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.facts_label)
        layout.addSpacing(12)
        layout.addWidget(self._section(self.tr("Coming to this page")))
        upcoming = QLabel("<ul>" + "".join(f"<li>{item}</li>" for item in coming) + "</ul>")
        upcoming.setWordWrap(True)
        upcoming.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(upcoming)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def reload(self) -> None:
        with self.database.session() as session:
            facts = self._facts(overview(session))
        self.facts_label.setText(
            "<ul>" + "".join(f"<li>{fact}</li>" for fact in facts) + "</ul>" if facts
            else self.tr("Nothing yet.")
        )


def build_area_pages(database: Database) -> dict[str, AreaPage]:
    """The not-yet-complete pages, keyed like the sidebar."""
    tr = QCoreApplication.translate

    def kpi_facts(o: Overview) -> list[str]:
        return [tr("AreaPage", "%1 KPIs in the library and %2 role templates.")
                .replace("%1", str(o.kpis)).replace("%2", str(o.role_templates))]

    def cycle_facts(o: Overview) -> list[str]:
        return [tr("AreaPage", "%1 (%2): %3; %4 people with targets.")
                .replace("%1", c.name).replace("%2", c.period).replace("%3", stage_name(c.stage))
                .replace("%4", str(c.people_with_targets)) for c in o.cycles]

    def feedback_facts(o: Overview) -> list[str]:
        return [tr("AreaPage", "%1: %2 of %3 feedback forms submitted.")
                .replace("%1", f.cycle).replace("%2", str(f.submitted)).replace("%3", str(f.total))
                for f in o.feedback]

    def plan_facts(o: Overview) -> list[str]:
        return [tr("AreaPage", "%1: %2 – %3, latest progress %4%.")
                .replace("%1", p.employee).replace("%2", p.start).replace("%3", p.end)
                .replace("%4", "—" if p.latest_progress is None else str(p.latest_progress))
                for p in o.active_plans]

    def report_facts(o: Overview) -> list[str]:
        return [tr("AreaPage", "%1: %2 appraisals.").replace("%1", name).replace("%2", str(count))
                for name, count in o.appraisals_by_cycle.items()]

    return {
        "kpis": AreaPage(database, tr("AreaPage", "KPIs"),
                         tr("AreaPage", "The KPI library, role templates, each person's targets, "
                                        "actual results with their evidence, and alerts for results "
                                        "outside their normal range."),
                         [tr("AreaPage", "Create and edit KPIs with scoring rules"),
                          tr("AreaPage", "Assign templates and targets in bulk; enter and import actuals"),
                          tr("AreaPage", "Attach evidence files; dashboard and alerts")], kpi_facts),
        "cycles": AreaPage(database, tr("AreaPage", "Cycles"),
                           tr("AreaPage", "Appraisal periods with their stages, from goal setting to "
                                          "sign-off, and their settings: part weights, rating bands "
                                          "and the anonymity threshold."),
                           [tr("AreaPage", "Create cycles and move them through their stages"),
                            tr("AreaPage", "Calibration with distribution guidelines and a record of every move")],
                           cycle_facts),
        "feedback": AreaPage(database, tr("AreaPage", "360 Reviews"),
                             tr("AreaPage", "Feedback from self, manager, peers, direct reports and "
                                            "customers, shown only in aggregate and only when enough "
                                            "raters answered."),
                             [tr("AreaPage", "Form templates and rater assignment"),
                              tr("AreaPage", "Guided forms with autosave; offline PDF forms"),
                              tr("AreaPage", "Blind spots, radar charts and completion tracking")],
                             feedback_facts),
        "plans": AreaPage(database, tr("AreaPage", "Improvement Plans"),
                          tr("AreaPage", "Plans for people below standard: analysis, short- and long-term "
                                         "goals, actions, regular check-ins and an outcome."),
                          [tr("AreaPage", "Create plans, record check-ins and warnings, close with an outcome")],
                          plan_facts),
        "reports": AreaPage(database, tr("AreaPage", "Reports"),
                            tr("AreaPage", "Appraisal documents as PDF with real digital signatures by "
                                           "manager, employee and HR, verification of signed files, and "
                                           "team summaries."),
                            [tr("AreaPage", "Signed PDF appraisals and batch export"),
                             tr("AreaPage", "Verify a signed PDF"),
                             tr("AreaPage", "Team summary reports as PDF and Excel")], report_facts),
    }

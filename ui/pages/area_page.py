"""Pages whose full views arrive in later releases. Each says what it will hold
and shows what the open database already contains for it; nothing here is fake."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from reviewer.cycles.overview import Overview, overview
from ..vocabulary import stage_name
from reviewer.workstation import Workstation

from ..context import changes
from ..typography import page_heading


class AreaPage(QWidget):
    refreshes_itself = True

    def __init__(self, workstation: Workstation, title: str, purpose: str, coming: list[str],
                 facts: Callable[[Overview], list[str]], parent=None):
        super().__init__(parent)
        self.workstation, self._facts = workstation, facts
        changes(workstation).changed.connect(lambda _areas: self.reload())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(page_heading(title))
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
        return page_heading(text, scale=1.0)

    def reload(self) -> None:
        facts = self._facts(self.workstation.call(overview))
        self.facts_label.setText(
            "<ul>" + "".join(f"<li>{fact}</li>" for fact in facts) + "</ul>" if facts
            else self.tr("Nothing yet.")
        )


AREA_KEYS = ("cycles", "plans")


def build_area_page(workstation: Workstation, key: str) -> AreaPage:
    """One of the not-yet-complete pages, by its sidebar key."""
    title, purpose, coming, facts = _descriptions()[key]
    return AreaPage(workstation, title, purpose, coming, facts)


def _descriptions() -> dict[str, tuple]:
    """What each not-yet-complete page is for (title, purpose, coming, facts)."""

    def cycle_facts(o: Overview) -> list[str]:
        return [QCoreApplication.translate("AreaPage", "%1 (%2): %3; %4 people with targets.")
                .replace("%1", c.name).replace("%2", c.period).replace("%3", stage_name(c.stage))
                .replace("%4", str(c.people_with_targets)) for c in o.cycles]

    def plan_facts(o: Overview) -> list[str]:
        return [QCoreApplication.translate("AreaPage", "%1: %2 – %3, latest progress %4%.")
                .replace("%1", p.employee).replace("%2", p.start).replace("%3", p.end)
                .replace("%4", "—" if p.latest_progress is None else str(p.latest_progress))
                for p in o.active_plans]

    return {
        "cycles": (QCoreApplication.translate("AreaPage", "Cycles"),
                           QCoreApplication.translate("AreaPage", "Appraisal periods with their stages, from goal setting to "
                                          "sign-off, and their settings: part weights, rating bands "
                                          "and the anonymity threshold."),
                           [QCoreApplication.translate("AreaPage", "Create cycles and move them through their stages"),
                            QCoreApplication.translate("AreaPage", "Calibration with distribution guidelines and a record of every move")],
                           cycle_facts),
        "plans": (QCoreApplication.translate("AreaPage", "Improvement Plans"),
                          QCoreApplication.translate("AreaPage", "Plans for people below standard: analysis, short- and long-term "
                                         "goals, actions, regular check-ins and an outcome."),
                          [QCoreApplication.translate("AreaPage", "Create plans, record check-ins and warnings, close with an outcome")],
                          plan_facts),
    }

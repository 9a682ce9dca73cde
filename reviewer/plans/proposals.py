"""What a plan could hold, proposed from the data for a manager to edit: never stored
here (the plan itself is the lifecycle's business).

- An improvement plan, from a low appraisal: the KPIs furthest below target (lowest
  attainment first) each give a short-term goal (about a month) and a long-term goal
  (about a quarter). The baseline is the person's latest result in the cycle period;
  the long-term goal aims at the target; the short-term goal aims at the position's
  median result when it is published and lies between the baseline and the target (a
  level the others show is reachable), else at the target too. Cause hints compare the
  person with their position (reviewer.plans.comparison).
- A development plan, for anyone: the person's lowest competencies by what others said
  in their PUBLISHED 360 results (a withheld group contributes nothing) and their blind
  spots (self much higher than others, as the Results tab finds them), each a long-term
  goal to raise the others' mean rating by ``competency_step``; and the development
  areas of their submitted manager review.

Dates come from ``today`` and PlanSettings (months configurable): short-term goals are
due ``short_term_months`` after today, long-term goals ``long_term_months`` after, and
the plan ends ``plan_months`` after today.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from db.models import Appraisal, Cycle, Employee, GoalHorizon, KpiDirection, RootCause

from ..access import require_reviewable
from ..cycles.scoring import current_appraisals
from ..errors import NotFound
from ..feedback.published_score import rating_scale_top
from ..feedback.release import cycle_feedback_published
from ..feedback.results import CompetencyResult, feedback_report
from ..messages import FIELD_LABELS
from .comparison import Comparison, KpiComparison, best_performer_comparison
from .eligibility import PlanEligibility, eligible_for_plan  # noqa: F401 - the guided flow asks both here
from .notices import Notice
from .settings import PlanSettings, add_months

IMPROVEMENT, DEVELOPMENT = "improvement", "development"


def _number(value: float | None) -> str:
    """A figure as a sentence shows it: at most two decimals, no trailing zeros."""
    if value is None:
        return "—"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _percent(ratio: float) -> str:
    return f"{ratio * 100:.0f}"


@dataclass(frozen=True)
class ProposedGoal:
    horizon: str  # short_term or long_term
    source: str  # kpi, competency or manager_review
    measure: str  # the KPI's or the competency's code; "manager_review" for the review's text
    measure_name: str
    measure_name_zh: str | None
    baseline: float | None
    target: float | None
    target_source: str | None  # target, position_median, competency_step (None: a text goal)
    due_date: date
    description: Notice
    note: str | None = None  # the manager review's development areas, whole

    def as_dict(self) -> dict[str, Any]:
        return {"horizon": self.horizon, "source": self.source, "measure": self.measure,
                "measure_name": self.measure_name, "measure_name_zh": self.measure_name_zh,
                "baseline": self.baseline, "target": self.target, "target_source": self.target_source,
                "due_date": self.due_date.isoformat(), "description": self.description.as_dict(), "note": self.note}


@dataclass(frozen=True)
class CauseHint:
    cause: str  # a RootCause value: skills, process, market, other
    about: str  # the KPI's or the competency's code
    notice: Notice

    def as_dict(self) -> dict[str, Any]:
        return {"cause": self.cause, "about": self.about, "notice": self.notice.as_dict()}


@dataclass(frozen=True)
class PlanProposal:
    kind: str  # improvement or development
    employee_id: int
    cycle_id: int
    appraisal_id: int | None
    start_date: date
    end_date: date
    goals: tuple[ProposedGoal, ...]
    cause_hints: tuple[CauseHint, ...]
    notices: tuple[Notice, ...]
    settings: PlanSettings
    comparison: Comparison | None = None
    blind_spots: tuple[str, ...] = field(default=())  # competency codes

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "employee_id": self.employee_id, "cycle_id": self.cycle_id,
                "appraisal_id": self.appraisal_id, "start_date": self.start_date.isoformat(),
                "end_date": self.end_date.isoformat(), "goals": [g.as_dict() for g in self.goals],
                "cause_hints": [h.as_dict() for h in self.cause_hints],
                "notices": [n.as_dict() for n in self.notices], "settings": self.settings.as_dict(),
                "comparison": None if self.comparison is None else self.comparison.as_dict(),
                "blind_spots": list(self.blind_spots)}


# -- improvement ------------------------------------------------------------------------------

def _between(value: float, baseline: float, target: float, direction: str) -> bool:
    """``value`` is better than the baseline and not beyond the target."""
    if direction == KpiDirection.LOWER_BETTER:
        return target <= value < baseline
    return baseline < value <= target


def _short_term_target(kpi: KpiComparison) -> tuple[float, str]:
    median = kpi.peers_actual.median
    if (median is not None and kpi.actual is not None and kpi.direction != KpiDirection.TARGET_BAND
            and _between(median, kpi.actual, kpi.target_value, kpi.direction)):
        return median, "position_median"
    return kpi.target_value, "target"


def _kpi_goals(kpi: KpiComparison, today: date, settings: PlanSettings) -> list[ProposedGoal]:
    short_target, short_source = _short_term_target(kpi)
    short_due = add_months(today, settings.short_term_months)
    long_due = add_months(today, settings.long_term_months)
    common = {"kpi": kpi.kpi_code, "baseline": _number(kpi.actual)}
    return [
        ProposedGoal(GoalHorizon.SHORT_TERM.value, "kpi", kpi.kpi_code, kpi.kpi_name, kpi.kpi_name_zh, kpi.actual,
                     short_target, short_source, short_due,
                     Notice("plans_goal_kpi_short", {**common, "target": _number(short_target),
                                                     "due": short_due.isoformat()})),
        ProposedGoal(GoalHorizon.LONG_TERM.value, "kpi", kpi.kpi_code, kpi.kpi_name, kpi.kpi_name_zh, kpi.actual,
                     kpi.target_value, "target", long_due,
                     Notice("plans_goal_kpi_long", {**common, "target": _number(kpi.target_value),
                                                    "due": long_due.isoformat()})),
    ]


def _kpi_hint(kpi: KpiComparison) -> CauseHint:
    figures = kpi.peers_attainment
    if not figures.published:
        return CauseHint(RootCause.OTHER.value, kpi.kpi_code,
                         Notice("plans_hint_no_peers", {"kpi": kpi.kpi_code, "count": figures.count}))
    params = {"kpi": kpi.kpi_code, "attainment": _percent(figures.median), "count": figures.count}
    if figures.median >= 1.0:
        # The others in the same role reach it: what differs is how this person works.
        return CauseHint(RootCause.SKILLS.value, kpi.kpi_code, Notice("plans_hint_peers_reach", params))
    return CauseHint(RootCause.MARKET.value, kpi.kpi_code, Notice("plans_hint_peers_miss", params))


def improvement_proposal(session: Session, appraisal_id: int, *, today: date,
                         settings: PlanSettings = PlanSettings()) -> PlanProposal:
    """Goals, dates and cause hints for an improvement plan from an appraisal: the
    ``settings.max_kpi_goals`` KPIs furthest below target, each a short- and a long-term
    goal, beside the best-performer comparison. Refused for anyone the acting user may not review."""
    appraisal = session.get(Appraisal, appraisal_id)
    if appraisal is None:
        raise NotFound.coded("appraisal_unknown", id=appraisal_id)
    comparison = best_performer_comparison(session, appraisal.cycle_id, appraisal.employee_id, settings)
    below = sorted((k for k in comparison.kpis if k.below_target), key=lambda k: (k.attainment, -k.weight, k.kpi_code))
    chosen = below[:settings.max_kpi_goals]
    goals = [goal for kpi in chosen for goal in _kpi_goals(kpi, today, settings)]
    hints = [_kpi_hint(kpi) for kpi in chosen]
    hints += [CauseHint(RootCause.OTHER.value, k.kpi_code, Notice("plans_hint_no_result", {"kpi": k.kpi_code}))
              for k in comparison.kpis if k.actual is None]
    notices = list(comparison.notices)
    if not below:
        notices.append(Notice("plans_no_shortfall", {"person": comparison.name, "cycle": comparison.cycle_name}))
    return PlanProposal(IMPROVEMENT, appraisal.employee_id, appraisal.cycle_id, appraisal.id, today,
                        add_months(today, settings.plan_months), tuple(goals), tuple(hints), tuple(notices),
                        settings, comparison)


# -- development ------------------------------------------------------------------------------

def _competency_goal(result: CompetencyResult, blind_spot: bool, scale_max: int, today: date,
                     settings: PlanSettings) -> ProposedGoal:
    info = result.competency
    baseline = result.others_score
    target = min(float(scale_max), round(baseline + settings.competency_step, 4))
    due = add_months(today, settings.long_term_months)
    params = {"competency": info.code, "baseline": _number(baseline), "target": _number(target),
              "due": due.isoformat()}
    if blind_spot:
        params["self"] = _number(result.self_score)
    return ProposedGoal(GoalHorizon.LONG_TERM.value, "competency", info.code, info.name, info.name_zh, baseline,
                        target, "competency_step", due,
                        Notice("plans_goal_blind_spot" if blind_spot else "plans_goal_competency", params))


def development_proposal(session: Session, employee_id: int, cycle_id: int, *, today: date,
                         settings: PlanSettings = PlanSettings()) -> PlanProposal:
    """Goals for a development plan from the person's published 360 results in the cycle
    (lowest competencies by others' ratings, then blind spots) and their submitted
    manager review's development areas. Refused for anyone the acting user may not review."""
    require_reviewable(session, employee_id)
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    goals: list[ProposedGoal] = []
    hints: list[CauseHint] = []
    notices: list[Notice] = []
    blind_codes: tuple[str, ...] = ()
    if cycle_feedback_published(session, cycle_id):
        # Only what the anonymity rules publish: others_score sums published cells alone.
        report = feedback_report(session, cycle_id, [employee_id])
        scale_max = rating_scale_top(session, cycle_id)
        rated = [c for c in report.competencies if c.others_score is not None]
        lowest = sorted(rated, key=lambda c: (c.others_score, c.competency.code))[:settings.max_competency_goals]
        blind = report.blind_spots()
        blind_codes = tuple(c.competency.code for c in blind)
        chosen = lowest + [c for c in blind if c not in lowest]
        goals += [_competency_goal(c, c.competency.code in blind_codes, scale_max, today, settings) for c in chosen]
        hints += [CauseHint(RootCause.SKILLS.value, c.competency.code,
                            Notice("plans_hint_blind_spot", {"competency": c.competency.code,
                                                             "self": _number(c.self_score),
                                                             "others": _number(c.others_score)}))
                  for c in blind]
        if not rated:
            notices.append(Notice("plans_no_published_360", {"person": person.name, "cycle": cycle.name}))
    else:
        notices.append(Notice("plans_360_unpublished", {"cycle": cycle.name}))
    appraisal = current_appraisals(session, cycle_id, [employee_id]).get(employee_id)
    areas = (appraisal.development_areas or "").strip() if appraisal is not None else ""
    if areas and appraisal.manager_submitted_at is not None:
        due = add_months(today, settings.long_term_months)
        goals.append(ProposedGoal(GoalHorizon.LONG_TERM.value, "manager_review", "manager_review",
                                  FIELD_LABELS["development_areas"], None, None, None, None, due,
                                  Notice("plans_goal_development_areas", {"text": areas, "due": due.isoformat()}),
                                  areas))
    elif areas:
        # A draft may still change: the manager submits the review before it shapes a plan.
        notices.append(Notice("plans_development_areas_draft", {"person": person.name}))
    return PlanProposal(DEVELOPMENT, employee_id, cycle_id, appraisal.id if appraisal is not None else None, today,
                        add_months(today, settings.plan_months), tuple(goals), tuple(hints), tuple(notices),
                        settings, None, blind_codes)

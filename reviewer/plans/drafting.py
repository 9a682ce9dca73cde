"""A plan before HR approves it: the guided flow's answers (cause analysis, goals, actions,
support, cadence, dates) saved as a draft the manager may change freely, or delete."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ActionKind,
    Appraisal,
    Competency,
    Cycle,
    Employee,
    GoalHorizon,
    ImprovementPlan,
    Kpi,
    PlanAction,
    PlanGoal,
    PlanStatus,
    RootCause,
)

from ..access import acting, require_reviewable
from ..errors import NotFound, RowProblem, StageBlocked, ValidationError
from .guard import clean_text, plan_to_change
from .proposals import PlanProposal
from .settings import PLAN_MONTHS_RANGE, add_months

KINDS = ("improvement", "development")
SOURCES = ("appraisal", "alert", "scratch")
CADENCES = (7, 14)  # weekly, every two weeks (seed 003: check progress every week or two)
MAX_GOALS, MAX_ACTIONS = 20, 40
# The days a plan may run on: a mistyped year (1, 9999) is refused before the dates are
# computed with (six months after 9999-10-01 is no day at all).
PLAN_DATES = (date(1900, 1, 1), date(2100, 12, 31))


@dataclass
class GoalDraft:
    horizon: str  # short_term (about a month) or long_term (about a quarter)
    description: str
    measure: str
    due_date: date
    baseline: str | None = None
    target: str | None = None
    kpi_id: int | None = None
    competency_id: int | None = None

    def as_dict(self) -> dict:
        return {"horizon": self.horizon, "description": self.description, "measure": self.measure,
                "due_date": self.due_date.isoformat(), "baseline": self.baseline, "target": self.target,
                "kpi_id": self.kpi_id, "competency_id": self.competency_id}


@dataclass
class ActionDraft:
    kind: str  # training, mentoring, course, other
    description: str
    owner: str | None = None
    due_date: date | None = None
    goal_index: int | None = None  # the goal (its place in PlanDraft.goals) the action serves
    done_on: date | None = None


@dataclass
class PlanDraft:
    employee_id: int
    kind: str
    source: str
    reason: str
    start_date: date
    end_date: date
    cadence_days: int = 14
    root_cause: str | None = None
    analysis: str | None = None
    support: str | None = None
    goals: list[GoalDraft] = field(default_factory=list)
    actions: list[ActionDraft] = field(default_factory=list)
    cycle_id: int | None = None
    source_appraisal_id: int | None = None


def _figure(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


def draft_from_proposal(proposal: PlanProposal, *, reason: str, session: Session | None = None) -> PlanDraft:
    """The proposal's goals and dates as a draft to edit, said in the user's language;
    with a ``session`` each KPI or competency goal is linked to its KPI or competency."""
    kpis: dict[str, int] = {}
    competencies: dict[str, int] = {}
    if session is not None:
        codes = {goal.measure for goal in proposal.goals}
        kpis = dict(session.execute(select(Kpi.code, Kpi.id).where(Kpi.code.in_(codes))).all()) if codes else {}
        competencies = dict(session.execute(select(Competency.code, Competency.id)
                                            .where(Competency.code.in_(codes))).all()) if codes else {}
    goals = [GoalDraft(goal.horizon, goal.description.message, goal.measure_name, goal.due_date,
                       _figure(goal.baseline), _figure(goal.target),
                       kpi_id=kpis.get(goal.measure) if goal.source == "kpi" else None,
                       competency_id=competencies.get(goal.measure) if goal.source == "competency" else None)
             for goal in proposal.goals]
    cause = proposal.cause_hints[0].cause if proposal.cause_hints else None
    analysis = "\n".join(hint.notice.message for hint in proposal.cause_hints) or None
    return PlanDraft(proposal.employee_id, proposal.kind, "appraisal" if proposal.appraisal_id else "scratch",
                     reason, proposal.start_date, proposal.end_date, root_cause=cause, analysis=analysis,
                     goals=goals, cycle_id=proposal.cycle_id, source_appraisal_id=proposal.appraisal_id)


def check_goal(session: Session, goal: GoalDraft, row: int, start: date, end: date) -> tuple[str, str, str | None, str | None]:
    """A goal's texts cleaned, or the first problem naming the goal's number and field."""
    if goal.horizon not in (h.value for h in GoalHorizon):
        raise ValidationError.listing([RowProblem(row, "horizon", "plan_horizon_unknown", {"value": goal.horizon})])
    description = clean_text(goal.description, "description", required=True, row=row)
    measure = clean_text(goal.measure, "measure", required=True, limit=500, row=row)
    baseline = clean_text(goal.baseline, "baseline", limit=200, row=row)
    target = clean_text(goal.target, "target", limit=200, row=row)
    if not isinstance(goal.due_date, date) or not start <= goal.due_date <= end:
        raise ValidationError.listing([RowProblem(row, "due_date", "plan_goal_due_outside",
                                                  {"due": str(goal.due_date), "start": start.isoformat(),
                                                   "end": end.isoformat()})])
    if goal.kpi_id is not None and session.get(Kpi, goal.kpi_id) is None:
        raise NotFound.coded("kpi_unknown_id", id=goal.kpi_id)
    if goal.competency_id is not None and session.get(Competency, goal.competency_id) is None:
        raise NotFound.coded("plan_competency_unknown", id=goal.competency_id)
    return description, measure, baseline, target


def check_period(start: date, end: date, *, extending: bool = False) -> None:
    """A plan decides after three to six months (seed 003); an extension may go further."""
    earliest, latest = PLAN_DATES
    for name, value in (("start_date", start), ("end_date", end)):
        if not isinstance(value, date) or not earliest <= value <= latest:
            raise ValidationError.listing([RowProblem(None, name, "plan_date_out_of_range", {
                "value": str(value), "earliest": earliest.isoformat(), "latest": latest.isoformat()})])
    if end <= start:
        raise ValidationError.listing([RowProblem(None, "end_date", "plan_end_before_start",
                                                  {"start": start.isoformat(), "end": end.isoformat()})])
    low, high = PLAN_MONTHS_RANGE
    if not extending and not add_months(start, low) - timedelta(days=7) <= end <= add_months(start, high):
        raise ValidationError.listing([RowProblem(None, "end_date", "plan_length_range",
                                                  {"low": low, "high": high, "end": end.isoformat()})])


def _check_draft(session: Session, draft: PlanDraft) -> None:
    if draft.kind not in KINDS:
        raise ValidationError.listing([RowProblem(None, "kind", "plan_kind_unknown", {"value": draft.kind})])
    if draft.source not in SOURCES:
        raise ValidationError.listing([RowProblem(None, "source", "plan_source_unknown", {"value": draft.source})])
    if draft.cadence_days not in CADENCES:
        raise ValidationError.listing([RowProblem(None, "cadence_days", "plan_cadence_unknown",
                                                  {"value": draft.cadence_days})])
    if draft.root_cause is not None and draft.root_cause not in (c.value for c in RootCause):
        raise ValidationError.listing([RowProblem(None, "root_cause", "plan_cause_unknown",
                                                  {"value": draft.root_cause})])
    check_period(draft.start_date, draft.end_date)
    if len(draft.goals) > MAX_GOALS or len(draft.actions) > MAX_ACTIONS:
        raise ValidationError.coded("plan_too_many_rows", goals=MAX_GOALS, actions=MAX_ACTIONS)
    for number, action in enumerate(draft.actions, start=1):
        if action.kind not in (k.value for k in ActionKind):
            raise ValidationError.listing([RowProblem(number, "action_kind", "plan_action_kind_unknown",
                                                      {"value": action.kind})])
        for name, value in (("action_due_date", action.due_date), ("action_done_on", action.done_on)):
            if value is not None and (not isinstance(value, date) or not draft.start_date <= value <= draft.end_date):
                raise ValidationError.listing([RowProblem(number, name, "plan_action_date_outside", {
                    "value": str(value), "start": draft.start_date.isoformat(), "end": draft.end_date.isoformat()})])
        if action.goal_index is not None and not 0 <= action.goal_index < len(draft.goals):
            raise ValidationError.listing([RowProblem(number, "goal", "plan_action_goal_unknown",
                                                      {"value": action.goal_index + 1})])
    if draft.cycle_id is not None and session.get(Cycle, draft.cycle_id) is None:
        raise NotFound.coded("cycle_unknown_id", id=draft.cycle_id)
    if draft.source_appraisal_id is not None:
        appraisal = session.get(Appraisal, draft.source_appraisal_id)
        if appraisal is None:
            raise NotFound.coded("appraisal_unknown", id=draft.source_appraisal_id)
        if appraisal.employee_id != draft.employee_id:
            raise ValidationError.coded("plan_appraisal_other_person", id=appraisal.id)


def save_draft(session: Session, draft: PlanDraft, plan_id: int | None = None) -> int:
    """Store the guided flow's answers as a new draft, or over the draft ``plan_id``
    (goals and actions replaced whole). Only a plan HR has not approved is a draft."""
    person = session.get(Employee, draft.employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=draft.employee_id)
    require_reviewable(session, person.id, change=True)
    _check_draft(session, draft)
    reason = clean_text(draft.reason, "reason", required=True)
    goals = [check_goal(session, goal, number, draft.start_date, draft.end_date)
             for number, goal in enumerate(draft.goals, start=1)]
    actions = [(clean_text(a.description, "description", required=True, row=n),
                clean_text(a.owner, "owner", limit=100, row=n)) for n, a in enumerate(draft.actions, start=1)]
    if plan_id is None:
        owner = person.manager_id if person.manager_id is not None else acting(session).employee_id
        if owner is None:
            raise ValidationError.coded("plan_no_owner", name=person.name)
        plan = ImprovementPlan(employee_id=person.id, owner_id=owner, status=PlanStatus.DRAFT)
        session.add(plan)
    else:
        plan = plan_to_change(session, plan_id)
        if plan.approved_at is not None:
            raise StageBlocked.coded("plan_not_draft", id=plan.id)
        if plan.employee_id != person.id:
            raise ValidationError.coded("plan_other_person", id=plan.id)
    plan.kind, plan.source, plan.reason = draft.kind, draft.source, reason
    plan.root_cause = RootCause(draft.root_cause) if draft.root_cause else None
    plan.analysis = clean_text(draft.analysis, "analysis")
    plan.support = clean_text(draft.support, "support")
    plan.start_date, plan.end_date, plan.cadence_days = draft.start_date, draft.end_date, draft.cadence_days
    plan.cycle_id, plan.source_appraisal_id = draft.cycle_id, draft.source_appraisal_id
    plan.goals = [PlanGoal(position=position + 1, horizon=GoalHorizon(goal.horizon), description=texts[0],
                           measure=texts[1], baseline=texts[2], target=texts[3], due_date=goal.due_date,
                           kpi_id=goal.kpi_id, competency_id=goal.competency_id)
                  for position, (goal, texts) in enumerate(zip(draft.goals, goals))]
    session.flush()
    plan.actions = [PlanAction(kind=ActionKind(action.kind), description=texts[0], owner=texts[1],
                               due_date=action.due_date, done_on=action.done_on,
                               goal_id=None if action.goal_index is None else plan.goals[action.goal_index].id)
                    for action, texts in zip(draft.actions, actions)]
    session.flush()
    return plan.id


def delete_draft(session: Session, plan_id: int) -> None:
    """A draft nobody approved goes whole; an approved plan is closed with an outcome instead."""
    plan = plan_to_change(session, plan_id)
    if plan.approved_at is not None:
        raise StageBlocked.coded("plan_not_draft", id=plan.id)
    session.delete(plan)
    session.flush()

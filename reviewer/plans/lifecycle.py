"""A plan's life after the draft: HR approves it; the employee acknowledges receipt of
each version (receipt, not agreement: "I disagree" with a comment is a receipt too); a
goal changed after approval keeps its history and, once acknowledged, asks for a new
acknowledgement; the plan is extended with a reason, or closed with an outcome and its
reasoning, after which it is read-only. Each step is a plan event (the plan document's
timeline) and, like every row change, on the audit trail."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import GoalHorizon, PlanAcknowledgement, PlanEvent, PlanGoal, PlanGoalRevision, PlanOutcome, \
    PlanStatus

from ..access import acting, require_hr
from ..database.stale import changed_meanwhile
from ..errors import NotFound, RowProblem, StageBlocked, ValidationError
from .drafting import MAX_GOALS, GoalDraft, check_goal, check_period
from .guard import clean_text, plan_to_change
from .rules import plan_rules
from .timing import is_running

CLOSING_OUTCOMES = ("success", "transferred", "terminated")


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(timezone.utc)


def _event(session: Session, plan_id: int, kind: str, when: datetime, reason: str | None = None,
           details: dict | None = None) -> None:
    session.add(PlanEvent(plan_id=plan_id, kind=kind, at=when, by_name=acting(session).display_name,
                          reason=reason, details=details))


def acknowledged_version(session: Session, plan_id: int) -> int | None:
    return session.scalar(select(func.max(PlanAcknowledgement.version)).where(PlanAcknowledgement.plan_id == plan_id))


def approve_plan(session: Session, plan_id: int, *, now: datetime | None = None) -> None:
    """HR approves a draft with at least one goal; it then waits for the employee's receipt."""
    require_hr(session)
    plan = plan_to_change(session, plan_id)
    if plan.approved_at is not None:
        raise StageBlocked.coded("plan_already_approved", id=plan.id)
    if not plan.goals:
        raise ValidationError.coded("plan_no_goals", id=plan.id)
    when = _now(now)
    plan.approved_at, plan.approved_by_name = when, acting(session).display_name
    _event(session, plan.id, "approved", when, details={"version": plan.version})
    session.flush()


def acknowledge_plan(session: Session, plan_id: int, *, disagrees: bool = False, comment: str | None = None,
                     now: datetime | None = None) -> None:
    """The employee's receipt of the current version, recorded by their manager or HR;
    the first receipt makes the plan active."""
    plan = plan_to_change(session, plan_id)
    if plan.approved_at is None:
        raise StageBlocked.coded("plan_not_approved", id=plan.id)
    if (acknowledged_version(session, plan.id) or 0) >= plan.version:
        raise StageBlocked.coded("plan_already_acknowledged", id=plan.id, version=plan.version)
    _record_acknowledgement(session, plan, disagrees, comment, _now(now))


def acknowledge_by_signature(session: Session, plan, version: int, *, disagrees: bool, comment: str | None,
                             now: datetime) -> bool:
    """The employee's signature on version ``version`` of the plan document is their receipt
    of it: recorded as acknowledge_plan would, unless that version is acknowledged already or
    the plan is closed (read-only). The signing service has checked who signs and locked the
    plan. True when an acknowledgement was recorded."""
    if not acknowledgement_due(session, plan, version):
        return False
    _record_acknowledgement(session, plan, disagrees, comment, now, signed=True)
    return True


def acknowledgement_due(session: Session, plan, version: int) -> bool:
    """Whether the employee's signature on ``version`` would record their acknowledgement."""
    return (plan.status != PlanStatus.CLOSED and version == plan.version
            and (acknowledged_version(session, plan.id) or 0) < version)


def check_acknowledgement_comment(disagrees: bool, comment: str | None) -> None:
    """Refuse, as acknowledge_plan does, "I disagree" without a comment (or a comment it would refuse)."""
    clean_text(comment, "comment", required=disagrees)


def _record_acknowledgement(session: Session, plan, disagrees: bool, comment: str | None, when: datetime,
                            signed: bool = False) -> None:
    comment = clean_text(comment, "comment", required=disagrees)
    session.add(PlanAcknowledgement(plan_id=plan.id, version=plan.version, employee_id=plan.employee_id,
                                    acknowledged_at=when, disagrees=disagrees, comment=comment))
    if plan.status == PlanStatus.DRAFT:
        plan.status = PlanStatus.ACTIVE
    details = {"version": plan.version, "disagrees": disagrees}
    if signed:
        details["signed"] = True  # the employee signed the plan document (reviewer.plans.signing)
    _event(session, plan.id, "acknowledged", when, comment, details)
    session.flush()


def _goal_values(goal: PlanGoal) -> dict:
    return {"horizon": goal.horizon.value, "description": goal.description, "measure": goal.measure,
            "baseline": goal.baseline or None, "target": goal.target or None, "due_date": goal.due_date.isoformat()}


def _draft_values(goal: GoalDraft) -> dict:
    return {"horizon": GoalHorizon(goal.horizon).value, "description": goal.description, "measure": goal.measure,
            "baseline": goal.baseline or None, "target": goal.target or None, "due_date": goal.due_date.isoformat()}


def _changed_goals(session: Session, plan, when: datetime, reason: str, revisions: list[tuple[PlanGoal, dict]]) -> None:
    """Record what changed; a plan the employee acknowledged becomes a new version to acknowledge."""
    acknowledged = acknowledged_version(session, plan.id)
    if acknowledged is not None and acknowledged >= plan.version:
        plan.version += 1
    for goal, before in revisions:
        session.add(PlanGoalRevision(goal_id=goal.id, changed_at=when, changed_by_name=acting(session).display_name,
                                     reason=reason, before=before, after=_goal_values(goal)))
    _event(session, plan.id, "goals_changed", when, reason,
           {"version": plan.version, "goals": [goal.id for goal, _ in revisions]})


def revise_goal(session: Session, goal_id: int, goal: GoalDraft, reason: str, *, now: datetime | None = None,
                goal_read: GoalDraft | None = None) -> None:
    """Change a goal of an approved plan with a reason; its earlier wording stays visible.
    ``goal_read``: the goal as the user's dialog showed it; when another person changed it
    since, the change is refused naming them (their revision is not silently replaced)."""
    row = session.get(PlanGoal, goal_id)
    if row is None:
        raise NotFound.coded("plan_goal_unknown", id=goal_id)
    plan = plan_to_change(session, row.plan_id)
    session.refresh(row)  # the plan's lock is held now: what another writer committed is in view
    if goal_read is not None and _goal_values(row) != _draft_values(goal_read):
        raise changed_meanwhile(session, PlanGoal, row.id, plan.employee_id, code="plan_goal_changed_meanwhile")
    if plan.approved_at is None:
        raise StageBlocked.coded("plan_goal_edit_in_draft", id=plan.id)
    reason = clean_text(reason, "reason", required=True)
    number = next(n for n, g in enumerate(plan.goals, start=1) if g.id == row.id)
    description, measure, baseline, target = check_goal(session, goal, number, plan.start_date, plan.end_date)
    before = _goal_values(row)
    row.horizon, row.description, row.measure = GoalHorizon(goal.horizon), description, measure
    row.baseline, row.target, row.due_date = baseline, target, goal.due_date
    if _goal_values(row) == before:
        raise ValidationError.coded("plan_goal_unchanged", id=goal_id)
    session.flush()
    _changed_goals(session, plan, _now(now), reason, [(row, before)])
    session.flush()


def add_goal(session: Session, plan_id: int, goal: GoalDraft, reason: str, *, now: datetime | None = None) -> int:
    """A new goal for an approved plan, with a reason (a draft is edited whole instead)."""
    plan = plan_to_change(session, plan_id)
    if plan.approved_at is None:
        raise StageBlocked.coded("plan_goal_edit_in_draft", id=plan.id)
    reason = clean_text(reason, "reason", required=True)
    if len(plan.goals) >= MAX_GOALS:
        raise ValidationError.coded("plan_too_many_goals", goals=MAX_GOALS)
    position = max((g.position for g in plan.goals), default=0) + 1
    description, measure, baseline, target = check_goal(session, goal, len(plan.goals) + 1, plan.start_date,
                                                        plan.end_date)
    row = PlanGoal(plan_id=plan.id, position=position, horizon=GoalHorizon(goal.horizon), description=description,
                   measure=measure, baseline=baseline, target=target, due_date=goal.due_date,
                   kpi_id=goal.kpi_id, competency_id=goal.competency_id)
    session.add(row)
    session.flush()
    _changed_goals(session, plan, _now(now), reason, [(row, {})])
    session.flush()
    return row.id


def extend_plan(session: Session, plan_id: int, new_end_date: date, reason: str, *,
                now: datetime | None = None) -> None:
    """A running plan gets a later end date and the reason, as often as the company allows."""
    plan = plan_to_change(session, plan_id)
    if not is_running(plan.status):
        raise StageBlocked.coded("plan_not_running", id=plan.id)
    reason = clean_text(reason, "reason", required=True)
    allowed = plan_rules(session).extensions_allowed
    if plan.extensions >= allowed:
        raise StageBlocked.coded("plan_extensions_used", id=plan.id, allowed=allowed)
    if not isinstance(new_end_date, date) or new_end_date <= plan.end_date:
        raise ValidationError.listing([RowProblem(None, "end_date", "plan_extension_not_later",
                                                  {"end": plan.end_date.isoformat(), "value": str(new_end_date)})])
    check_period(plan.start_date, new_end_date, extending=True)
    before = plan.end_date
    plan.end_date, plan.extensions, plan.status = new_end_date, plan.extensions + 1, PlanStatus.EXTENDED
    _event(session, plan.id, "extended", _now(now), reason,
           {"from": before.isoformat(), "to": new_end_date.isoformat()})
    session.flush()


def close_plan(session: Session, plan_id: int, outcome: str | None, reasoning: str, *,
               new_end_date: date | None = None, now: datetime | None = None) -> None:
    """Decide the plan: succeeded, transferred or ended close it for good (read-only after);
    extended keeps it running to ``new_end_date``. Every outcome needs its written reasoning."""
    if not outcome:
        raise ValidationError.listing([RowProblem(None, "outcome", "plan_outcome_required")])
    if outcome not in (o.value for o in PlanOutcome):
        raise ValidationError.listing([RowProblem(None, "outcome", "plan_outcome_unknown", {"value": outcome})])
    if outcome == PlanOutcome.EXTENDED.value:
        if new_end_date is None:
            raise ValidationError.listing([RowProblem(None, "end_date", "plan_extension_needs_date")])
        extend_plan(session, plan_id, new_end_date, reasoning, now=now)
        return
    plan = plan_to_change(session, plan_id)
    if plan.approved_at is None:
        raise StageBlocked.coded("plan_close_draft", id=plan.id)
    reasoning = clean_text(reasoning, "reasoning", required=True)
    when = _now(now)
    plan.status, plan.outcome, plan.outcome_note = PlanStatus.CLOSED, PlanOutcome(outcome), reasoning
    plan.closed_at, plan.closed_by_name = when, acting(session).display_name
    _event(session, plan.id, "closed", when, reasoning, {"outcome": outcome})
    session.flush()

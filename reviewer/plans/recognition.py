"""Recognition and warnings on a running plan, dated and worded. A formal warning stands
on a check-in that recorded the shortfall (a goal at risk or off track) and names the
goals missed; recognition of a milestone needs no such ground."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import PlanCheckIn, PlanCheckInGoal, PlanWarning

from ..access import acting
from ..errors import NotFound, RowProblem, StageBlocked, ValidationError
from .guard import clean_text, plan_to_change
from .timing import SHORTFALL_STATES, is_running, local_day


def _check_issued_on(plan, issued_on: date, now: datetime | None) -> None:
    """A note is dated the day it is given: not before the plan started, not ahead of today."""
    if not isinstance(issued_on, date) or issued_on < plan.start_date:
        raise ValidationError.listing([RowProblem(None, "issued_on", "plan_note_date",
                                                  {"value": str(issued_on), "start": plan.start_date.isoformat()})])
    today = local_day(now or datetime.now(timezone.utc))
    if issued_on > today:
        raise ValidationError.listing([RowProblem(None, "issued_on", "plan_note_in_future",
                                                  {"value": issued_on.isoformat(), "today": today.isoformat()})])


def _note(session: Session, plan, kind: str, wording: str, issued_on: date, check_in_id: int | None,
          goal_ids: list[int]) -> int:
    note = PlanWarning(plan_id=plan.id, kind=kind, issued_on=issued_on,
                       reason=clean_text(wording, "wording", required=True),
                       issued_by_id=acting(session).user_id, check_in_id=check_in_id, goal_ids=goal_ids or None)
    session.add(note)
    session.flush()
    return note.id


def issue_warning(session: Session, plan_id: int, *, check_in_id: int | None, goal_ids, wording: str,
                  issued_on: date, now: datetime | None = None) -> int:
    """A formal warning: refused without a check-in of this plan that recorded each named
    goal at risk or off track."""
    plan = plan_to_change(session, plan_id)
    if not is_running(plan.status):
        raise StageBlocked.coded("plan_not_running", id=plan.id)
    if check_in_id is None:
        raise ValidationError.listing([RowProblem(None, "check_in", "plan_warning_needs_check_in")])
    check_in = session.get(PlanCheckIn, check_in_id)
    if check_in is None or check_in.plan_id != plan.id:
        raise NotFound.coded("plan_check_in_unknown", id=check_in_id, plan=plan.id)
    goal_ids = sorted(set(goal_ids or ()))
    if not goal_ids:
        raise ValidationError.listing([RowProblem(None, "goal", "plan_warning_needs_goals")])
    states = dict(session.execute(select(PlanCheckInGoal.goal_id, PlanCheckInGoal.state)
                                  .where(PlanCheckInGoal.check_in_id == check_in.id)).all())
    not_short = [goal_id for goal_id in goal_ids if states.get(goal_id) not in SHORTFALL_STATES]
    if not_short:
        numbers = {goal.id: number for number, goal in enumerate(plan.goals, start=1)}
        raise ValidationError.coded("plan_warning_no_shortfall", held_on=check_in.held_on.isoformat(),
                                    goals=", ".join(str(numbers.get(g, g)) for g in not_short))
    _check_issued_on(plan, issued_on, now)
    if issued_on < check_in.held_on:
        raise ValidationError.listing([RowProblem(None, "issued_on", "plan_warning_before_check_in",
                                                  {"value": str(issued_on), "held_on": check_in.held_on.isoformat()})])
    return _note(session, plan, "warning", wording, issued_on, check_in.id, goal_ids)


def recognise(session: Session, plan_id: int, *, wording: str, issued_on: date, goal_ids=(),
              now: datetime | None = None) -> int:
    """Recognition of a milestone reached, optionally naming the goals."""
    plan = plan_to_change(session, plan_id)
    if not is_running(plan.status):
        raise StageBlocked.coded("plan_not_running", id=plan.id)
    goal_ids = sorted(set(goal_ids or ()))
    unknown = set(goal_ids) - {goal.id for goal in plan.goals}
    if unknown:
        raise ValidationError.coded("plan_check_in_goal_unknown", id=min(unknown), plan=plan.id)
    _check_issued_on(plan, issued_on, now)
    return _note(session, plan, "recognition", wording, issued_on, None, goal_ids)

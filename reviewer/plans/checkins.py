"""Check-ins on a running plan: progress per goal (percent, and on track / at risk / off
track), notes, and evidence already in the evidence store (the person's target evidence,
linked to the check-in without copying the file)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Evidence, PlanCheckIn, PlanCheckInGoal, Target

from ..access import acting
from ..errors import RowProblem, StageBlocked, ValidationError
from .evidence import attach_new
from .guard import clean_text, plan_to_change
from .timing import GOAL_STATES, is_running, local_day


@dataclass(frozen=True)
class GoalProgress:
    goal_id: int
    progress_pct: int
    state: str  # on_track, at_risk, off_track
    note: str | None = None


def _check_progress(plan, goals: list[GoalProgress]) -> list[tuple[GoalProgress, str | None]]:
    known = {goal.id: number for number, goal in enumerate(plan.goals, start=1)}
    seen: set[int] = set()
    checked = []
    for entry in goals:
        number = known.get(entry.goal_id)
        if number is None or entry.goal_id in seen:
            raise ValidationError.coded("plan_check_in_goal_unknown", id=entry.goal_id, plan=plan.id)
        seen.add(entry.goal_id)
        if isinstance(entry.progress_pct, bool) or not isinstance(entry.progress_pct, int) \
                or not 0 <= entry.progress_pct <= 100:
            raise ValidationError.listing([RowProblem(number, "progress_pct", "plan_progress_range",
                                                      {"value": str(entry.progress_pct)})])
        if entry.state not in GOAL_STATES:
            raise ValidationError.listing([RowProblem(number, "goal_state", "plan_goal_state_unknown",
                                                      {"value": str(entry.state)})])
        checked.append((entry, clean_text(entry.note, "note", limit=2000, row=number)))
    if not checked:
        raise ValidationError.coded("plan_check_in_no_goals", id=plan.id)
    return checked


def _evidence_of_person(session: Session, employee_id: int, evidence_ids) -> list[Evidence]:
    """The person's own target evidence: anything else (another person's, a 360 answer's) is refused."""
    wanted = sorted(set(evidence_ids))
    if not wanted:
        return []
    rows = session.scalars(select(Evidence).join(Target, Target.id == Evidence.target_id)
                           .where(Evidence.id.in_(wanted), Target.employee_id == employee_id)).all()
    missing = set(wanted) - {row.id for row in rows}
    if missing:
        raise ValidationError.coded("plan_evidence_not_theirs", ids=", ".join(map(str, sorted(missing))))
    return list(rows)


def record_check_in(session: Session, plan_id: int, *, held_on: date, goals: list[GoalProgress],
                    notes: str | None = None, evidence_ids=(), new_evidence=(), now: datetime | None = None) -> int:
    """A check-in held on ``held_on`` (not in the future, not before the plan started,
    not before the latest one), with every goal's progress or some of them, linking the
    person's target evidence ``evidence_ids`` and attaching ``new_evidence``
    (reviewer.plans.evidence.NewEvidence: files, notes, links) in the same unit of work."""
    plan = plan_to_change(session, plan_id)
    if not is_running(plan.status):
        raise StageBlocked.coded("plan_not_running", id=plan.id)
    today = local_day(now or datetime.now(timezone.utc))
    latest = plan.check_ins[-1].held_on if plan.check_ins else None
    if not isinstance(held_on, date) or held_on > today or held_on < plan.start_date \
            or (latest is not None and held_on < latest):
        raise ValidationError.listing([RowProblem(None, "held_on", "plan_check_in_date", {
            "value": str(held_on), "start": (latest or plan.start_date).isoformat(), "today": today.isoformat()})])
    checked = _check_progress(plan, goals)
    evidence = _evidence_of_person(session, plan.employee_id, evidence_ids)
    overall = round(sum(entry.progress_pct for entry, _ in checked) / len(checked))
    check_in = PlanCheckIn(plan_id=plan.id, held_on=held_on, progress_pct=overall,
                           notes=clean_text(notes, "notes"), recorded_by_id=acting(session).user_id)
    session.add(check_in)
    session.flush()
    for entry, note in checked:
        session.add(PlanCheckInGoal(check_in_id=check_in.id, goal_id=entry.goal_id,
                                    progress_pct=entry.progress_pct, state=entry.state, note=note))
    for source in evidence:
        session.add(Evidence(kind=source.kind, check_in_id=check_in.id, file_sha256=source.file_sha256,
                             original_name=source.original_name, note=source.note, url=source.url,
                             added_by_id=acting(session).user_id))
    attach_new(session, check_in, new_evidence)
    session.flush()
    return check_in.id

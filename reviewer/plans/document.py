"""What a plan's PDF shows, read once and frozen: the plan (in the shape of the plan
view: row, goals with their revisions, actions, check-ins, notes, acknowledgements) and
the facts about the person the view does not carry (position, department).

The plan is read here from its rows; the plan page's reading service (reading.plan_view)
answers the same shape, and this module can take it from there instead."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    AppUser,
    Cycle,
    Department,
    Employee,
    ImprovementPlan,
    PlanAcknowledgement,
    PlanCheckInGoal,
    PlanGoalRevision,
    Position,
)

from ..access import require_reviewable
from ..errors import NotFound
from .timing import health_of, local_day, stage_of


@dataclass(frozen=True)
class DocGoal:
    id: int
    position: int
    horizon: str
    description: str
    measure: str
    baseline: str | None
    target: str | None
    due_date: date
    status: str
    latest_progress: int | None
    latest_state: str | None
    revisions: tuple[tuple[date, str, str], ...]  # (changed on, by, reason)


@dataclass(frozen=True)
class DocAction:
    kind: str
    description: str
    owner: str | None
    due_date: date | None
    done_on: date | None


@dataclass(frozen=True)
class DocCheckIn:
    held_on: date
    progress_pct: int
    notes: str | None
    by: str | None
    goals: tuple[tuple[int, int, str], ...]  # (goal id, progress %, state)


@dataclass(frozen=True)
class DocNote:
    kind: str  # warning | recognition
    issued_on: date
    wording: str
    goal_positions: tuple[int, ...]


@dataclass(frozen=True)
class PlanDocument:
    plan_id: int
    version: int
    kind: str  # improvement | development
    stage: str  # timing.stage_of
    health: str
    person: str
    employee_no: str
    position: str | None
    position_zh: str | None
    department: str | None
    owner: str
    cycle_name: str | None
    start_date: date
    end_date: date
    cadence_days: int
    reason: str
    root_cause: str | None
    analysis: str | None
    support: str | None
    approved_at: datetime | None
    approved_by: str | None
    outcome: str | None
    outcome_note: str | None
    closed_at: datetime | None
    closed_by: str | None
    extensions: int
    goals: tuple[DocGoal, ...]
    actions: tuple[DocAction, ...]
    check_ins: tuple[DocCheckIn, ...]
    notes: tuple[DocNote, ...]
    acknowledgements: tuple[tuple[int, datetime, bool, str | None], ...]  # (version, at, disagrees, comment)


def plan_document(session: Session, plan_id: int) -> PlanDocument:
    """The plan's document as it stands now, for someone who may read the plan."""
    plan = session.get(ImprovementPlan, plan_id)
    if plan is None:
        raise NotFound.coded("plan_document_unknown", id=plan_id)
    require_reviewable(session, plan.employee_id)
    person = session.get(Employee, plan.employee_id)
    position = session.get(Position, person.position_id) if person.position_id else None
    department = session.get(Department, person.department_id) if person.department_id else None
    cycle = session.get(Cycle, plan.cycle_id) if plan.cycle_id else None
    users = {u.id: u.display_name for u in session.scalars(select(AppUser))}
    goal_ids = [g.id for g in plan.goals]
    by_check_in: dict[int, list[PlanCheckInGoal]] = {}
    for row in session.scalars(select(PlanCheckInGoal).where(PlanCheckInGoal.goal_id.in_(goal_ids))):
        by_check_in.setdefault(row.check_in_id, []).append(row)
    check_ins = tuple(DocCheckIn(c.held_on, c.progress_pct, c.notes, users.get(c.recorded_by_id),
                                 tuple((g.goal_id, g.progress_pct, g.state) for g in by_check_in.get(c.id, [])))
                      for c in plan.check_ins)
    latest = {goal_id: (pct, state) for c in check_ins for goal_id, pct, state in c.goals}
    revisions: dict[int, list] = {}
    for revision in session.scalars(select(PlanGoalRevision).where(PlanGoalRevision.goal_id.in_(goal_ids))
                                    .order_by(PlanGoalRevision.changed_at)):
        revisions.setdefault(revision.goal_id, []).append(
            (local_day(revision.changed_at), revision.changed_by_name, revision.reason))
    goals = tuple(DocGoal(g.id, g.position, g.horizon.value, g.description, g.measure, g.baseline, g.target,
                          g.due_date, g.status.value, *latest.get(g.id, (None, None)),
                          tuple(revisions.get(g.id, ()))) for g in plan.goals)
    number = {g.id: n for n, g in enumerate(goals, start=1)}
    notes = tuple(DocNote(w.kind, w.issued_on, w.reason, tuple(number[i] for i in (w.goal_ids or []) if i in number))
                  for w in plan.warnings)
    acknowledgements = tuple((a.version, a.acknowledged_at, a.disagrees, a.comment) for a in session.scalars(
        select(PlanAcknowledgement).where(PlanAcknowledgement.plan_id == plan.id)
        .order_by(PlanAcknowledgement.version)))
    acknowledged = max((a[0] for a in acknowledgements), default=None)
    if acknowledged is None and plan.status.value in ("active", "extended", "closed"):
        acknowledged = plan.version  # a plan that ran before acknowledgements were recorded
    latest_states = [state for _id, _pct, state in check_ins[-1].goals] if check_ins else None
    health = health_of(latest_states) if latest_states else ("not_checked" if not check_ins else "on_track")
    return PlanDocument(
        plan.id, plan.version, plan.kind, stage_of(plan.status, plan.approved_at, acknowledged, plan.version),
        health, person.name, person.employee_no, position.title if position else None,
        position.title_zh if position else None, department.name if department else None,
        session.get(Employee, plan.owner_id).name, cycle.name if cycle else None, plan.start_date, plan.end_date,
        plan.cadence_days, plan.reason, plan.root_cause.value if plan.root_cause else None, plan.analysis,
        plan.support, plan.approved_at, plan.approved_by_name, plan.outcome.value if plan.outcome else None,
        plan.outcome_note, plan.closed_at, plan.closed_by_name, plan.extensions, goals,
        tuple(DocAction(a.kind.value, a.description, a.owner, a.due_date, a.done_on) for a in plan.actions),
        check_ins, notes, acknowledgements)

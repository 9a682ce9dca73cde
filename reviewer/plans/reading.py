"""Plans as the list, the plan page, the command line and the plan document read them:
where each stands (reviewer.plans.timing), with everything that happened on it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import (
    AppUser,
    Cycle,
    Employee,
    Evidence,
    ImprovementPlan,
    PlanAcknowledgement,
    PlanCheckIn,
    PlanCheckInGoal,
    PlanEvent,
    PlanGoalRevision,
    PlanWarning,
    Position,
)

from ..access import reviewable_condition
from ..errors import ValidationError
from .guard import readable_plan
from .rules import plan_rules
from .timing import STAGES, CheckInDue, decision_due, health_of, local_day, next_check_in_due, stage_of


@dataclass(frozen=True)
class PlanRow:
    id: int
    employee_id: int
    employee_no: str
    person: str
    owner: str
    kind: str
    stage: str
    health: str
    start_date: date
    end_date: date
    next_check_in: date | None
    check_in_missed: bool
    decision_due: bool
    version: int
    acknowledged_version: int | None
    cycle_name: str | None

    def as_dict(self) -> dict[str, Any]:
        values = asdict(self)
        for key in ("start_date", "end_date", "next_check_in"):
            values[key] = values[key].isoformat() if values[key] else None
        return values


def _today(today: date | None) -> date:
    return today if today is not None else local_day(datetime.now(timezone.utc))


def _latest_states(session: Session, plan_ids: list[int]) -> dict[int, list[str]]:
    """The goal states of each plan's latest check-in."""
    if not plan_ids:
        return {}
    latest = (select(PlanCheckIn.plan_id, func.max(PlanCheckIn.id).label("check_in_id"))
              .where(PlanCheckIn.plan_id.in_(plan_ids)).group_by(PlanCheckIn.plan_id).subquery())
    states: dict[int, list[str]] = {}
    for plan_id, state in session.execute(select(latest.c.plan_id, PlanCheckInGoal.state)
                                          .join(PlanCheckInGoal, PlanCheckInGoal.check_in_id == latest.c.check_in_id)):
        states.setdefault(plan_id, []).append(state)
    return states


def _rows(session: Session, where, today: date) -> list[PlanRow]:
    owner = aliased(Employee)
    first_ack = (select(PlanAcknowledgement.plan_id, func.min(PlanAcknowledgement.acknowledged_at).label("first"),
                        func.max(PlanAcknowledgement.version).label("version"))
                 .group_by(PlanAcknowledgement.plan_id).subquery())
    last_check = (select(PlanCheckIn.plan_id, func.max(PlanCheckIn.held_on).label("held_on"))
                  .group_by(PlanCheckIn.plan_id).subquery())
    query = (select(ImprovementPlan, Employee.employee_no, Employee.name, owner.name, first_ack.c.first,
                    first_ack.c.version, last_check.c.held_on, Cycle.name)
             .join(Employee, Employee.id == ImprovementPlan.employee_id)
             .join(owner, owner.id == ImprovementPlan.owner_id)
             .outerjoin(first_ack, first_ack.c.plan_id == ImprovementPlan.id)
             .outerjoin(last_check, last_check.c.plan_id == ImprovementPlan.id)
             .outerjoin(Cycle, Cycle.id == ImprovementPlan.cycle_id)
             .where(reviewable_condition(session, ImprovementPlan.employee_id), *where)
             .order_by(ImprovementPlan.end_date, Employee.employee_no, ImprovementPlan.id))
    found = session.execute(query).all()
    states = _latest_states(session, [row[0].id for row in found])
    rows = []
    for plan, number, name, owner_name, first, acknowledged, last, cycle_name in found:
        # A plan running from before acknowledgements were recorded runs from its start.
        started = local_day(first) if first else (plan.start_date if plan.approved_at is None else None)
        due = next_check_in_due(status=plan.status, start_date=plan.start_date, end_date=plan.end_date,
                                cadence_days=plan.cadence_days, first_acknowledged_on=started, last_check_in_on=last)
        rows.append(PlanRow(plan.id, plan.employee_id, number, name, owner_name, plan.kind,
                            stage_of(plan.status, plan.approved_at, acknowledged, plan.version),
                            health_of(states.get(plan.id)), plan.start_date, plan.end_date, due,
                            CheckInDue.of(due, today).missed, decision_due(plan.status, plan.end_date, today),
                            plan.version, acknowledged, cycle_name))
    return rows


def list_plans(session: Session, *, status: str | None = None, due_before: date | None = None,
               today: date | None = None, employee_id: int | None = None) -> list[PlanRow]:
    """The plans of the people the user may review; ``status`` keeps one stage, ``due_before``
    the plans with a check-in or a decision due before that day."""
    if status is not None and status not in STAGES:
        raise ValidationError.coded("plan_stage_unknown", value=status, known=", ".join(STAGES))
    where = [] if employee_id is None else [ImprovementPlan.employee_id == employee_id]
    rows = _rows(session, where, _today(today))
    if status is not None:
        rows = [row for row in rows if row.stage == status]
    if due_before is not None:
        rows = [row for row in rows if (row.next_check_in is not None and row.next_check_in < due_before)
                or (row.stage in ("active", "extended") and row.end_date < due_before)]
    return rows


# -- one plan ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class RevisionView:
    changed_at: datetime
    by: str
    reason: str
    before: dict
    after: dict


@dataclass(frozen=True)
class GoalView:
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
    revisions: list[RevisionView] = field(default_factory=list)


@dataclass(frozen=True)
class ActionView:
    id: int
    kind: str
    description: str
    owner: str | None
    due_date: date | None
    done_on: date | None
    goal_id: int | None


@dataclass(frozen=True)
class CheckInGoalView:
    goal_id: int
    progress_pct: int
    state: str
    note: str | None


class CheckInEvidence(NamedTuple):
    id: int
    title: str  # the file's name, the note's text or the link
    kind: str  # file, note or link


@dataclass(frozen=True)
class CheckInView:
    id: int
    held_on: date
    progress_pct: int
    notes: str | None
    by: str | None
    goals: list[CheckInGoalView]
    evidence: list[CheckInEvidence]


@dataclass(frozen=True)
class NoteView:
    id: int
    kind: str  # warning or recognition
    issued_on: date
    wording: str
    by: str | None
    check_in_id: int | None
    goal_ids: list[int]


@dataclass(frozen=True)
class AckView:
    version: int
    at: datetime
    disagrees: bool
    comment: str | None


@dataclass(frozen=True)
class EventView:
    kind: str
    at: datetime
    by: str
    reason: str | None
    details: dict


@dataclass(frozen=True)
class PlanView:
    row: PlanRow
    position: tuple[str, str | None] | None  # the position's title in English and Chinese
    cycle_id: int | None
    reason: str
    root_cause: str | None
    analysis: str | None
    support: str | None
    cadence_days: int
    source: str
    source_appraisal_id: int | None
    approved_at: datetime | None
    approved_by: str | None
    closed_at: datetime | None
    closed_by: str | None
    outcome: str | None
    outcome_note: str | None
    extensions: int
    extensions_allowed: int
    goals: list[GoalView]
    actions: list[ActionView]
    check_ins: list[CheckInView]
    notes: list[NoteView]
    acknowledgements: list[AckView]
    events: list[EventView]

    @property
    def read_only(self) -> bool:
        return self.row.stage == "closed"

    def as_dict(self) -> dict[str, Any]:
        def plain(value):
            if isinstance(value, (date, datetime)):
                return value.isoformat()
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, (list, tuple)):
                return [plain(v) for v in value]
            return value

        values = plain(asdict(self))
        values["row"] = self.row.as_dict()
        return values


def _user_names(session: Session, ids) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(AppUser.id, AppUser.display_name).where(AppUser.id.in_(wanted))).all())


def plan_view(session: Session, plan_id: int, *, today: date | None = None) -> PlanView:
    plan = readable_plan(session, plan_id)
    row = _rows(session, [ImprovementPlan.id == plan.id], _today(today))[0]
    position = session.execute(select(Position.title, Position.title_zh).join(
        Employee, Employee.position_id == Position.id).where(Employee.id == plan.employee_id)).first()
    check_ins = list(plan.check_ins)
    per_goal = session.execute(select(PlanCheckInGoal).where(
        PlanCheckInGoal.check_in_id.in_([c.id for c in check_ins]))).scalars().all() if check_ins else []
    by_check_in: dict[int, list[CheckInGoalView]] = {}
    for entry in per_goal:
        by_check_in.setdefault(entry.check_in_id, []).append(
            CheckInGoalView(entry.goal_id, entry.progress_pct, entry.state, entry.note))
    evidence: dict[int, list[CheckInEvidence]] = {}
    if check_ins:
        for item in session.scalars(select(Evidence).where(Evidence.check_in_id.in_([c.id for c in check_ins]))
                                    .order_by(Evidence.id)):
            evidence.setdefault(item.check_in_id, []).append(CheckInEvidence(
                item.id, item.original_name or item.note or item.url or "", item.kind.value))
    latest: dict[int, CheckInGoalView] = {}
    for check_in in check_ins:  # oldest first: the last seen is the latest
        for entry in by_check_in.get(check_in.id, []):
            latest[entry.goal_id] = entry
    revisions: dict[int, list[RevisionView]] = {}
    goal_ids = [goal.id for goal in plan.goals]
    if goal_ids:
        for revision in session.scalars(select(PlanGoalRevision).where(PlanGoalRevision.goal_id.in_(goal_ids))
                                        .order_by(PlanGoalRevision.changed_at, PlanGoalRevision.id)):
            revisions.setdefault(revision.goal_id, []).append(
                RevisionView(revision.changed_at, revision.changed_by_name, revision.reason, revision.before,
                             revision.after))
    notes = session.scalars(select(PlanWarning).where(PlanWarning.plan_id == plan.id)
                            .order_by(PlanWarning.issued_on, PlanWarning.id)).all()
    users = _user_names(session, [c.recorded_by_id for c in check_ins] + [n.issued_by_id for n in notes])
    # position: the goal's number as people say it (1, 2, ...), whatever the stored order's numbering
    goals = [GoalView(goal.id, number, goal.horizon.value, goal.description, goal.measure, goal.baseline,
                      goal.target, goal.due_date, goal.status.value,
                      latest[goal.id].progress_pct if goal.id in latest else None,
                      latest[goal.id].state if goal.id in latest else None, revisions.get(goal.id, []))
             for number, goal in enumerate(plan.goals, start=1)]
    return PlanView(
        row, tuple(position) if position else None, plan.cycle_id, plan.reason, plan.root_cause.value if plan.root_cause else None, plan.analysis,
        plan.support, plan.cadence_days, plan.source, plan.source_appraisal_id, plan.approved_at,
        plan.approved_by_name, plan.closed_at, plan.closed_by_name, plan.outcome.value if plan.outcome else None,
        plan.outcome_note, plan.extensions, plan_rules(session).extensions_allowed, goals,
        [ActionView(a.id, a.kind.value, a.description, a.owner, a.due_date, a.done_on, a.goal_id)
         for a in sorted(plan.actions, key=lambda a: (a.due_date or date.max, a.id))],
        [CheckInView(c.id, c.held_on, c.progress_pct, c.notes, users.get(c.recorded_by_id),
                     by_check_in.get(c.id, []), evidence.get(c.id, [])) for c in check_ins],
        [NoteView(n.id, n.kind, n.issued_on, n.reason, users.get(n.issued_by_id), n.check_in_id,
                  list(n.goal_ids or [])) for n in notes],
        [AckView(a.version, a.acknowledged_at, a.disagrees, a.comment) for a in session.scalars(
            select(PlanAcknowledgement).where(PlanAcknowledgement.plan_id == plan.id)
            .order_by(PlanAcknowledgement.version))],
        [EventView(e.kind, e.at, e.by_name, e.reason, dict(e.details or {})) for e in session.scalars(
            select(PlanEvent).where(PlanEvent.plan_id == plan.id).order_by(PlanEvent.at, PlanEvent.id))])

"""A cycle at a glance: its stages, how far each group of people is through the
current one (by department and by manager), and what holds the next gate."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import Cycle, CycleStage, CycleStageEvent, Department, Employee

from ..access import acting
from ..errors import NotFound
from .blockers import GATES, STAGE_ORDER, Blocker, gate_blockers, next_stage, participants
from .choices import read_only_reason


@dataclass(frozen=True)
class GroupProgress:
    """How many of a group's people are through a stage's gate."""

    group_id: int | None  # a department or manager id; None: people without a manager
    name: str
    done: int
    total: int


@dataclass(frozen=True)
class StageProgress:
    stage: CycleStage
    done: int  # people nothing holds at this stage's gate
    total: int
    by_department: tuple[GroupProgress, ...]
    by_manager: tuple[GroupProgress, ...]


@dataclass(frozen=True)
class StageLine:
    stage: CycleStage
    state: str  # "done", "current" or "upcoming"
    entered_at: datetime | None
    due: str | None  # the ISO date the stage should be done by


@dataclass(frozen=True)
class CycleDashboardView:
    cycle_id: int
    name: str
    stage: CycleStage
    next_stage: CycleStage | None
    stages: tuple[StageLine, ...]
    progress: StageProgress | None  # of the current stage; None when closed
    blockers: tuple[Blocker, ...]  # of the gate out of the current stage
    released: bool
    may_move: bool  # the acting user may advance, go back, release and close
    read_only_code: str | None = None
    read_only_params: dict[str, Any] | None = None


def _names(session: Session) -> tuple[dict[int, str], dict[int, str]]:
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    boss = aliased(Employee)
    managers = dict(session.execute(select(boss.id, boss.name).where(
        boss.id.in_(select(Employee.manager_id).where(Employee.manager_id.is_not(None)).distinct()))).all())
    return departments, managers


def stage_progress(session: Session, cycle_id: int, stage: CycleStage | str,
                   people: dict | None = None, blockers: list[Blocker] | None = None) -> StageProgress:
    """How far the cycle's people (those the user may review) are through ``stage``'s
    gate, overall, by department and by manager."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    stage = CycleStage(stage)
    people = participants(session, cycle_id) if people is None else people
    if blockers is None:
        blockers = gate_blockers(session, cycle, stage, people) if stage in GATES else []
    held = {b.employee_id for b in blockers}
    departments, managers = _names(session)
    total_by_department, done_by_department = Counter(), Counter()
    total_by_manager, done_by_manager = Counter(), Counter()
    for person in people.values():
        total_by_department[person.department_id] += 1
        total_by_manager[person.manager_id] += 1
        if person.employee_id not in held:
            done_by_department[person.department_id] += 1
            done_by_manager[person.manager_id] += 1
    by_department = tuple(sorted(
        (GroupProgress(d, departments.get(d, "?"), done_by_department[d], n) for d, n in total_by_department.items()),
        key=lambda g: (g.done / g.total, g.name)))
    by_manager = tuple(sorted(
        (GroupProgress(m, managers.get(m, "—") if m is not None else "—", done_by_manager[m], n)
         for m, n in total_by_manager.items()), key=lambda g: (g.done / g.total, g.name)))
    return StageProgress(stage, len(people) - len(held & set(people)), len(people), by_department, by_manager)


def cycle_dashboard(session: Session, cycle_id: int) -> CycleDashboardView:
    """The dashboard of one cycle: one gate check over the people the user may review."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    entered = {}
    for to_stage, occurred in session.execute(
            select(CycleStageEvent.to_stage, CycleStageEvent.occurred_at)
            .where(CycleStageEvent.cycle_id == cycle_id, CycleStageEvent.kind != "exception")
            .order_by(CycleStageEvent.id)):
        entered[to_stage] = occurred
    current = STAGE_ORDER.index(cycle.stage)
    due = cycle.stage_due_dates or {}
    stages = tuple(StageLine(s, "done" if n < current else "current" if n == current else "upcoming",
                             entered.get(s), due.get(s.value)) for n, s in enumerate(STAGE_ORDER))
    people = participants(session, cycle_id)
    blockers = gate_blockers(session, cycle, people=people) if cycle.stage in GATES else []
    progress = None if cycle.stage == CycleStage.CLOSED else stage_progress(
        session, cycle_id, cycle.stage, people, blockers)
    actor = acting(session)
    reason = read_only_reason(cycle, actor)
    return CycleDashboardView(
        cycle.id, cycle.name, cycle.stage, next_stage(cycle.stage), stages, progress, tuple(blockers),
        cycle.released_at is not None, actor.is_hr and reason is None,
        reason[0] if reason else None, reason[1] if reason else None)

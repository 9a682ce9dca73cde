"""A cycle at a glance: its stages, how far each group of people is through each
stage's gate (by department and by manager), and what holds the next gate.

"Through a gate" is never decided here: it means that the gate's own check
(reviewer.cycles.blockers) holds nobody for that person."""
from __future__ import annotations

import gc
from collections import Counter
from contextlib import contextmanager
from operator import attrgetter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import Cycle, CycleStage, CycleStageEvent, Department, Employee

from ..access import acting
from ..errors import NotFound
from .blockers import (GATES, STAGE_ORDER, Blocker, Person, blocked_people, facts_read_once, gate_blockers, next_stage,
                       participants)
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


# The stages whose progress the dashboard shows: leaving draft only asks for a manager
# (the People page's business) and a closed cycle has no gate.
PROGRESS_STAGES: tuple[CycleStage, ...] = STAGE_ORDER[1:-1]


@dataclass(frozen=True)
class GroupStages:
    """One department's or manager's people: how many are through each stage's gate,
    in the order of ``ProgressByStage.stages``."""

    group_id: int | None  # a department or manager id; None: people without a manager
    name: str
    total: int
    done: tuple[int, ...]


@dataclass(frozen=True)
class ProgressByStage:
    """Every stage from goal setting to sign-off, as a matrix of groups by stages. A stage
    the cycle has reached counts whoever its gate lets through now; a stage not reached
    yet counts only those through every gate from the current one up to it (work done
    early, such as targets set in draft), since a gate whose work has not begun holds
    nobody."""

    stages: tuple[CycleStage, ...]
    reached: tuple[bool, ...]
    everyone: GroupStages
    by_department: tuple[GroupStages, ...]
    by_manager: tuple[GroupStages, ...]


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
    progress_by_stage: ProgressByStage
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


def progress_by_stage(session: Session, cycle: Cycle, people: dict[int, Person] | None = None,
                      held: dict[CycleStage, set[int]] | None = None) -> ProgressByStage:
    """How many of the cycle's people (those the user may review) are through each gate
    from goal setting to sign-off, overall, by department and by manager, sorted with
    the groups furthest behind at the current stage first. ``held`` may give the people
    held at gates already checked."""
    people = participants(session, cycle.id) if people is None else people
    current = STAGE_ORDER.index(cycle.stage)
    reached = tuple(STAGE_ORDER.index(s) <= current for s in PROGRESS_STAGES)
    not_through: dict[CycleStage, set[int]] = {}
    ahead_held: set[int] = set()  # held at some gate from the current one up to the stage in hand
    for stage, is_reached in zip(PROGRESS_STAGES, reached):
        if not is_reached and len(ahead_held) == len(people):
            not_through[stage] = ahead_held  # nobody got this far ahead: no need to ask the gate
            continue
        held_here = (held or {}).get(stage)
        if held_here is None:
            held_here = blocked_people(GATES[stage](session, cycle, people))
        if stage == cycle.stage or not is_reached:
            ahead_held = ahead_held | held_here
        not_through[stage] = held_here if is_reached else ahead_held

    def rows(group_of, name_of) -> tuple[GroupStages, ...]:
        totals = Counter(map(group_of, people.values()))
        done = []
        for stage in PROGRESS_STAGES:
            # Counting whichever side is smaller: late in a cycle few are held, early few are through.
            if 2 * len(not_through[stage]) <= len(people):
                done.append(totals - Counter(map(group_of, map(people.__getitem__, not_through[stage]))))
            else:
                done.append(Counter(group_of(p) for e, p in people.items() if e not in not_through[stage]))
        groups = [GroupStages(g, name_of(g), n, tuple(d[g] for d in done)) for g, n in totals.items()]
        return tuple(sorted(groups, key=lambda g: (g.done[sort_at] / g.total if sort_at is not None else 0, g.name)))

    departments, managers = _names(session)
    sort_at = PROGRESS_STAGES.index(cycle.stage) if cycle.stage in PROGRESS_STAGES else None
    everyone = GroupStages(None, "", len(people), tuple(len(people) - len(not_through[s]) for s in PROGRESS_STAGES))
    return ProgressByStage(
        PROGRESS_STAGES, reached, everyone,
        rows(attrgetter("department_id"), lambda d: departments.get(d, "?")),
        rows(attrgetter("manager_id"), lambda m: managers.get(m, "—") if m is not None else "—"))


def _current_progress(stage: CycleStage, matrix: ProgressByStage, held: int) -> StageProgress:
    """The current stage's column of the matrix (draft: its own gate, which the matrix leaves out)."""
    total = matrix.everyone.total
    if stage not in matrix.stages:
        return StageProgress(stage, total - held, total, (), ())
    at = matrix.stages.index(stage)

    def column(groups):
        return tuple(sorted((GroupProgress(g.group_id, g.name, g.done[at], g.total) for g in groups),
                            key=lambda g: (g.done / g.total, g.name)))

    return StageProgress(stage, matrix.everyone.done[at], total, column(matrix.by_department),
                         column(matrix.by_manager))


@contextmanager
def _without_cycle_collection():
    """Pauses Python's cycle collector: a cycle of 20,000 people reads a few hundred
    thousand plain rows, none in a reference cycle, and the collector's full passes over
    them (triggered by their number alone) took a third of the dashboard's time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def cycle_dashboard(session: Session, cycle_id: int) -> CycleDashboardView:
    """The dashboard of one cycle: every gate from goal setting to sign-off checked once
    over the people the user may review."""
    with _without_cycle_collection(), facts_read_once(session):
        return _cycle_dashboard(session, cycle_id)


def _cycle_dashboard(session: Session, cycle_id: int) -> CycleDashboardView:
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
    held = blocked_people(blockers) & people.keys()
    by_stage = progress_by_stage(session, cycle, people, {cycle.stage: held})
    progress = None if cycle.stage == CycleStage.CLOSED else _current_progress(cycle.stage, by_stage, len(held))
    actor = acting(session)
    reason = read_only_reason(cycle, actor)
    return CycleDashboardView(
        cycle.id, cycle.name, cycle.stage, next_stage(cycle.stage), stages, progress, by_stage, tuple(blockers),
        cycle.released_at is not None, actor.is_hr and reason is None,
        reason[0] if reason else None, reason[1] if reason else None)

"""Each goal's roll-up: how far the targets serving it, and its sub-goals, are attained.

A goal's attainment is the weighted mean (by target weight) of the attainment of every
target in its subtree that has a result in the cycle's period, each as the cycle's
scoring computes it (reviewer.cycles.scoring.attainment_and_points) and counted up to
the target's cap, as scoring credits it: one far-exceeded target must not carry a goal.
Someone who does not see everyone (a manager) gets the roll-up over the targets of
the people they may see only, and every node says so (``scoped``)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Actual, Cycle, CycleGoal, Kpi, Target

from ..access import acting, visible_employee_ids
from ..cycles.scoring import attainment_and_points
from ..errors import NotFound
from ..people.directory import department_paths
from .tree import managed_departments, may_keep


@dataclass(frozen=True)
class GoalNode:
    """One goal of the tree (depth-first order), with its roll-up."""

    id: int
    parent_id: int | None
    depth: int
    title: str
    description: str | None
    measure: str | None
    target_value: float | None
    unit: str | None
    department_id: int | None  # None: a company goal
    department: str | None  # its path, 总部/销售部
    own_targets: int  # targets naming this goal itself
    targets: int  # targets in its subtree
    measured: int  # of those, with a result in the period
    people: int  # distinct people with targets in its subtree
    attainment: float | None  # weighted mean attainment (1.0 = on target); None: no result yet
    scoped: bool  # the figures cover only the people the acting user may see
    may_edit: bool  # the acting user keeps this goal

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "parent_id": self.parent_id, "depth": self.depth, "title": self.title,
                "description": self.description, "measure": self.measure, "target_value": self.target_value,
                "unit": self.unit, "department": self.department, "own_targets": self.own_targets,
                "targets": self.targets, "measured": self.measured, "people": self.people,
                "attainment_pct": None if self.attainment is None else round(100 * self.attainment, 1),
                "scoped": self.scoped}


@dataclass
class _Sums:
    weighted: float = 0.0
    weight: float = 0.0
    targets: int = 0
    measured: int = 0
    people: set[int] | None = None

    def add(self, other: _Sums) -> None:
        self.weighted += other.weighted
        self.weight += other.weight
        self.targets += other.targets
        self.measured += other.measured
        self.people = (self.people or set()) | (other.people or set())


def _target_sums(session: Session, cycle: Cycle, visible: set[int] | None) -> dict[int, _Sums]:
    """Per goal, the sums over the targets naming it directly."""
    kpis = {k.id: k for k in session.scalars(select(Kpi).where(Kpi.id.in_(
        select(Target.kpi_id).where(Target.cycle_id == cycle.id, Target.goal_id.is_not(None)))))}
    # The latest reading inside the period, a later entry on the same day winning: as scoring reads it.
    latest: dict[int, float] = {}
    for target_id, value in session.execute(
            select(Actual.target_id, Actual.value).join(Target, Target.id == Actual.target_id)
            .where(Target.cycle_id == cycle.id, Target.goal_id.is_not(None),
                   Actual.as_of.between(cycle.period_start, cycle.period_end))
            .order_by(Actual.target_id, Actual.as_of, Actual.id)):
        latest[target_id] = value
    sums: dict[int, _Sums] = defaultdict(_Sums)
    for (target_id, goal_id, employee_id, kpi_id, value, weight, low, high, floor, cap,
         thresholds) in session.execute(
            select(Target.id, Target.goal_id, Target.employee_id, Target.kpi_id, Target.target_value, Target.weight,
                   Target.band_low, Target.band_high, Target.floor_ratio, Target.cap_ratio, Target.thresholds)
            .where(Target.cycle_id == cycle.id, Target.goal_id.is_not(None))):
        if visible is not None and employee_id not in visible:
            continue
        kpi = kpis[kpi_id]
        steps = tuple(tuple(s) for s in thresholds or (kpi.scoring_params or {}).get("steps") or ())
        ratio, _points = attainment_and_points(kpi.direction, kpi.scoring_rule, value, latest.get(target_id), low,
                                               high, floor, cap, steps)
        goal = sums[goal_id]
        goal.targets += 1
        goal.people = (goal.people or set()) | {employee_id}
        if ratio is not None:
            goal.measured += 1
            goal.weighted += min(ratio, cap) * weight
            goal.weight += weight
    return sums


def goal_tree(session: Session, cycle_id: int) -> list[GoalNode]:
    """The cycle's goals, depth-first in their order, each with its roll-up over the
    targets the acting user may see."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    goals = list(session.scalars(select(CycleGoal).where(CycleGoal.cycle_id == cycle_id)
                                 .order_by(CycleGoal.sort_order, CycleGoal.id)))
    if not goals:
        return []
    visible = visible_employee_ids(session)
    direct = _target_sums(session, cycle, visible)
    children: dict[int | None, list[CycleGoal]] = defaultdict(list)
    known = {g.id for g in goals}
    for goal in goals:
        children[goal.parent_id if goal.parent_id in known else None].append(goal)
    paths = department_paths(session) if any(g.department_id for g in goals) else {}
    managed = managed_departments(session, acting(session))
    rolled: dict[int, _Sums] = {}

    def roll(goal: CycleGoal) -> _Sums:
        total = _Sums()
        total.add(direct.get(goal.id, _Sums()))
        for child in children.get(goal.id, ()):
            total.add(roll(child))
        rolled[goal.id] = total
        return total

    for top in children[None]:
        roll(top)
    nodes: list[GoalNode] = []

    def walk(goal: CycleGoal, depth: int) -> None:
        total = rolled[goal.id]
        nodes.append(GoalNode(
            goal.id, goal.parent_id, depth, goal.title, goal.description, goal.measure, goal.target_value,
            goal.unit, goal.department_id, "/".join(paths[goal.department_id]) if goal.department_id else None,
            direct[goal.id].targets if goal.id in direct else 0, total.targets, total.measured,
            len(total.people or ()), total.weighted / total.weight if total.weight else None, visible is not None,
            may_keep(managed, goal.department_id)))
        for child in children.get(goal.id, ()):
            walk(child, depth + 1)

    for top in children[None]:
        walk(top, 0)
    return nodes

"""Which goal a target serves. A target serves a goal of its own cycle; a department
goal takes only the targets of people in that department or below it. Whoever may
change a person's targets (HR; a manager, their line) may link them."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CycleGoal, Employee, Kpi, Target

from ..access import acting, require_in_scope, reviewable_employee_ids, visible_condition
from ..errors import NotFound, ValidationError
from ..people.directory import department_paths, departments_below
from .tree import _cycle_for_goals


def goal_takes(session: Session, goal: CycleGoal, department_id: int | None,
               covered: dict[int, set[int]] | None = None) -> bool:
    """Whether a person of ``department_id`` may serve ``goal`` (a company goal takes
    anyone; ``covered`` caches each department goal's departments)."""
    if goal.department_id is None:
        return True
    if covered is None:
        covered = {}
    if goal.department_id not in covered:
        covered[goal.department_id] = departments_below(session, [goal.department_id])
    return department_id in covered[goal.department_id]


def link_target(session: Session, target_id: int, goal_id: int | None) -> None:
    """Make the target serve ``goal_id`` (None: no goal)."""
    target = session.get(Target, target_id)
    if target is None:
        raise NotFound.coded("target_unknown", id=target_id)
    require_in_scope(session, target.employee_id, change=True)
    _cycle_for_goals(session, target.cycle_id)
    if goal_id is not None:
        goal = session.get(CycleGoal, goal_id, populate_existing=True)  # read after the lock
        if goal is None:
            raise NotFound.coded("goal_unknown_id", id=goal_id)
        if goal.cycle_id != target.cycle_id:
            raise ValidationError.coded("goal_link_other_cycle", goal=goal.title)
        person = session.get(Employee, target.employee_id)
        if not goal_takes(session, goal, person.department_id):
            paths = department_paths(session)
            raise ValidationError.coded("goal_link_outside_department", person=person.name, goal=goal.title,
                                        department="/".join(paths.get(goal.department_id, ())))
    target.goal_id = goal_id
    session.flush()


def link_targets(session: Session, target_ids: list[int], goal_id: int | None) -> int:
    """``link_target`` for several targets in one unit of work: all or none. Returns how many."""
    for target_id in target_ids:
        link_target(session, target_id, goal_id)
    return len(target_ids)


@dataclass(frozen=True)
class TargetLink:
    """A target as the link dialog lists it, with the goal it serves."""

    target_id: int
    employee_id: int
    employee_no: str
    name: str
    department_id: int | None
    kpi_code: str
    kpi_name: str
    kpi_name_zh: str | None
    weight: float
    goal_id: int | None
    may_change: bool


def cycle_target_links(session: Session, cycle_id: int) -> list[TargetLink]:
    """The cycle's targets the acting user may see, each with its goal; ``may_change``
    says whether they may link it (a manager's own targets are read-only to them)."""
    changeable = reviewable_employee_ids(session)
    writer = acting(session).may_write
    rows = session.execute(
        select(Target.id, Employee.id, Employee.employee_no, Employee.name, Employee.department_id, Kpi.code,
               Kpi.name, Kpi.name_zh, Target.weight, Target.goal_id)
        .join(Employee, Employee.id == Target.employee_id).join(Kpi, Kpi.id == Target.kpi_id)
        .where(Target.cycle_id == cycle_id, visible_condition(session, Target.employee_id))
        .order_by(Employee.employee_no, Target.weight.desc(), Kpi.code))
    return [TargetLink(*row, may_change=writer and (changeable is None or row[1] in changeable)) for row in rows]


def find_target(session: Session, cycle_id: int, employee_id: int, kpi: str) -> int:
    """The id of the person's target on ``kpi`` (code or name) in the cycle."""
    from db.models import Cycle

    from ..kpi.actuals_import import KpiNames

    require_in_scope(session, employee_id)
    kpi_id = KpiNames(session).find(kpi.strip())
    if kpi_id is None:
        raise NotFound.coded("kpi_unknown", value=kpi)
    if not isinstance(kpi_id, int):
        raise ValidationError.coded("kpi_ambiguous", value=kpi, count=kpi_id[1])
    target_id = session.scalar(select(Target.id).where(Target.cycle_id == cycle_id, Target.employee_id == employee_id,
                                                       Target.kpi_id == kpi_id))
    if target_id is None:
        person = session.get(Employee, employee_id)
        cycle = session.get(Cycle, cycle_id)
        raise NotFound.coded("goal_target_unknown", person=f"{person.name} ({person.employee_no})", kpi=kpi,
                             cycle=cycle.name if cycle else cycle_id)
    return target_id

"""Who is in a cycle: everyone active on its start date in its scope (the whole company
or chosen departments with their sub-departments), and people who join later. Leavers
stay participants and are shown as leavers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import Cycle, CycleParticipant, CycleStage, Department, Employee

from ..access import require_hr, reviewable_condition
from ..errors import NotFound, StageBlocked
from ..people.directory import departments_below
from .participation import ensure_appraisals


@dataclass(frozen=True)
class ParticipantRow:
    employee_id: int
    employee_no: str
    name: str
    department: str
    is_leaver: bool
    leave_date: date | None
    added_late: bool
    added_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        return {"employee_no": self.employee_no, "name": self.name, "department": self.department,
                "leaver": self.is_leaver, "leave_date": self.leave_date.isoformat() if self.leave_date else None,
                "added_late": self.added_late}


def departments_in_scope(session: Session, department_ids: Iterable[int] | None) -> set[int] | None:
    """The chosen departments and every department below them; None: the whole company."""
    return None if department_ids is None else departments_below(session, department_ids)


def active_on(session: Session, day: date, department_ids: set[int] | None) -> list[int]:
    """Ids of the people employed on ``day`` (hired by then, not yet gone) in these departments."""
    query = select(Employee.id).where(
        (Employee.hire_date.is_(None)) | (Employee.hire_date <= day),
        (Employee.leave_date.is_(None)) | (Employee.leave_date > day),
    ).order_by(Employee.id)
    if department_ids is not None:
        query = query.where(Employee.department_id.in_(department_ids))
    return list(session.scalars(query))


def enrol_starting_participants(session: Session, cycle: Cycle) -> int:
    """Make everyone active on the cycle's start date in its scope a participant."""
    employee_ids = active_on(session, cycle.period_start, departments_in_scope(session, cycle.department_scope))
    session.add_all(CycleParticipant(cycle_id=cycle.id, employee_id=employee_id) for employee_id in employee_ids)
    session.flush()
    return len(employee_ids)


def add_participant(session: Session, cycle_id: int, employee_id: int) -> ParticipantRow:
    """Add a person who joined during the cycle (HR only, until the cycle is closed);
    once goal setting has begun they get their appraisal at once."""
    require_hr(session)
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    if cycle.stage == CycleStage.CLOSED:
        raise StageBlocked.coded("cycle_closed_for", cycle=cycle.name, what="participants")
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    if not employee.is_active:
        raise StageBlocked.coded("participant_left", name=employee.name, number=employee.employee_no)
    already_in = {"name": employee.name, "number": employee.employee_no, "cycle": cycle.name}
    already = session.scalar(select(CycleParticipant.id).where(
        CycleParticipant.cycle_id == cycle.id, CycleParticipant.employee_id == employee.id))
    if already is not None:
        raise StageBlocked.coded("participant_already_in", **already_in)
    session.add(CycleParticipant(cycle_id=cycle.id, employee_id=employee.id, added_late=True))
    try:
        session.flush()
    except IntegrityError as error:  # someone else added them since the check above
        raise StageBlocked.coded("participant_already_in", **already_in) from error
    ensure_appraisals(session, cycle)
    return next(row for row in participant_rows(session, cycle.id) if row.employee_id == employee.id)


def participant_rows(session: Session, cycle_id: int) -> list[ParticipantRow]:
    """The cycle's participants the acting user may review (a manager: their line), by employee
    number: the order of the People page and the Appraisals list (Chinese names sorted by code
    point would look shuffled)."""
    return [ParticipantRow(employee_id, number, name, department, not active, leave_date, late, added_at)
            for employee_id, number, name, department, active, leave_date, late, added_at in session.execute(
                select(Employee.id, Employee.employee_no, Employee.name, Department.name, Employee.is_active,
                       Employee.leave_date, CycleParticipant.added_late, CycleParticipant.added_at)
                .join(CycleParticipant, CycleParticipant.employee_id == Employee.id)
                .join(Department, Department.id == Employee.department_id)
                .where(CycleParticipant.cycle_id == cycle_id, reviewable_condition(session, Employee.id))
                .order_by(Employee.employee_no))]


def candidates_to_add(session: Session, cycle_id: int) -> list[tuple[int, str, str]]:
    """(id, employee number, name) of active people not yet in the cycle, for HR to add."""
    require_hr(session)
    inside = select(CycleParticipant.employee_id).where(CycleParticipant.cycle_id == cycle_id)
    return [tuple(row) for row in session.execute(
        select(Employee.id, Employee.employee_no, Employee.name)
        .where(Employee.is_active, Employee.id.not_in(inside)).order_by(Employee.name, Employee.employee_no))]


"""What the "Open session" dialog offers: the departments and positions a session may
cover, the people who may sit in it, and who sits in it by default (the managers of
the people the scope takes in). Read-only; opening itself is sessions.open_session."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CycleParticipant, Employee, Position

from ..access import require_hr
from ..people.directory import department_paths, departments_below


@dataclass(frozen=True)
class Candidate:
    """Someone HR may invite into a session: a participant of the cycle."""

    employee_id: int
    employee_no: str
    name: str
    department: str


@dataclass(frozen=True)
class OpeningChoices:
    departments: list[tuple[int, str]]  # (id, "Company/Sales/East"), by path
    positions: list[tuple[int, str, str | None]]  # (id, title, Chinese title), by title
    candidates: list[Candidate]  # by name


def opening_choices(session: Session, cycle_id: int) -> OpeningChoices:
    """The departments, positions and people a session of this cycle may be opened over
    and with (HR only, as opening is)."""
    require_hr(session)
    paths = department_paths(session)
    departments = sorted(((d, "/".join(path)) for d, path in paths.items()), key=lambda item: item[1])
    positions = [tuple(row) for row in session.execute(
        select(Position.id, Position.title, Position.title_zh).order_by(Position.title))]
    people = session.execute(
        select(Employee.id, Employee.employee_no, Employee.name, Employee.department_id)
        .join(CycleParticipant, CycleParticipant.employee_id == Employee.id)
        .where(CycleParticipant.cycle_id == cycle_id).order_by(Employee.name, Employee.employee_no))
    candidates = [Candidate(id_, number, name, "/".join(paths.get(department, ())))
                  for id_, number, name, department in people]
    return OpeningChoices(departments, positions, candidates)


def default_participants(session: Session, cycle_id: int, scope: str = "cycle", department_id: int | None = None,
                         position_id: int | None = None) -> list[int]:
    """The direct managers of the cycle's participants in the scope (a department with its
    sub-departments, or a position across departments): who sits in a session by default."""
    require_hr(session)
    query = (select(Employee.manager_id).join(CycleParticipant, CycleParticipant.employee_id == Employee.id)
             .where(CycleParticipant.cycle_id == cycle_id, Employee.manager_id.is_not(None)))
    if scope == "department" and department_id is not None:
        query = query.where(Employee.department_id.in_(departments_below(session, [department_id])))
    elif scope == "position" and position_id is not None:
        query = query.where(Employee.position_id == position_id)
    return sorted(set(session.scalars(query)))

"""Creating and changing people. Leavers are deactivated, never deleted; someone
with no history at all (a typing mistake) may be removed outright."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import (
    Appraisal,
    AppUser,
    Department,
    Employee,
    FeedbackRequest,
    ImprovementPlan,
    Position,
    SignatureRecord,
    Target,
    utcnow,
)

from ..access import require_in_scope, require_writer
from ..errors import NotFound, RowProblem, ValidationError
from .directory import set_manager
from ..roster.check import EMAIL, implausible_date
from ..roster.columns import BY_KEY
from ..text import hidden_characters


@dataclass(frozen=True)
class PersonInput:
    employee_no: str
    name: str
    department_id: int
    email: str | None = None
    position: str | None = None  # a title; a new one is created
    manager_id: int | None = None
    hire_date: date | None = None


def check_person(session: Session, data: PersonInput, employee_id: int | None = None) -> list[RowProblem]:
    """Every problem with the form's values, by field (empty when it can be saved)."""
    problems: list[RowProblem] = []

    def problem(key, code, **params):
        problems.append(RowProblem(None, key, code, params))

    for key in ("employee_no", "name", "email", "position"):
        value = getattr(data, key)
        limit = BY_KEY[key].max_length
        if value and limit and len(value) > limit:
            problem(key, "too_long", length=len(value), limit=limit)
        hidden = hidden_characters(value)
        if hidden:
            problem(key, "hidden_characters", characters=hidden)
    if not data.employee_no.strip():
        problem("employee_no", "employee_no_missing")
    else:
        holder = session.scalar(select(Employee).where(Employee.employee_no == data.employee_no.strip()))
        if holder is not None and holder.id != employee_id:
            problem("employee_no", "number_taken", value=data.employee_no, name=holder.name)
    if not data.name.strip():
        problem("name", "missing")
    if data.email:
        if not EMAIL.match(data.email.strip().lower()):
            problem("email", "email_invalid", value=data.email)
        else:
            owner = session.scalar(select(Employee).where(Employee.email == data.email.strip().lower()))
            if owner is not None and owner.id != employee_id:
                problem("email", "email_taken", value=data.email, name=owner.name, number=owner.employee_no)
    if session.get(Department, data.department_id) is None:
        problem("department", "missing")
    wrong = implausible_date(data.hire_date) if data.hire_date else None
    if wrong:
        problem("hire_date", wrong[0], **wrong[1])
    if data.manager_id is not None and employee_id is not None and data.manager_id == employee_id:
        problem("manager", "own_manager")
    return problems


def _position_id(session: Session, title: str | None) -> int | None:
    if not title or not title.strip():
        return None
    title = title.strip()
    found = session.scalar(select(Position.id).where((Position.title == title) | (Position.title_zh == title)))
    if found is None:
        position = Position(title=title)
        session.add(position)
        session.flush()
        found = position.id
    return found


def _raise_if(problems: list[RowProblem]) -> None:
    if problems:
        raise ValidationError.listing(problems)


def create_person(session: Session, data: PersonInput) -> int:
    """Add a person; returns their id. A manager adds people only into their line."""
    if not require_writer(session).is_hr:
        require_in_scope(session, data.manager_id)
    data = replace(data, employee_no=data.employee_no.strip(), name=data.name.strip(),
                   email=data.email.strip().lower() if data.email else None)
    _raise_if(check_person(session, data))
    person = Employee(employee_no=data.employee_no, name=data.name, email=data.email,
                      department_id=data.department_id, position_id=_position_id(session, data.position),
                      hire_date=data.hire_date, manager_id=data.manager_id)
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, employee_id: int, data: PersonInput) -> None:
    """Change a person's record, including moving department or manager."""
    require_in_scope(session, employee_id, change=True)
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    data = replace(data, employee_no=data.employee_no.strip(), name=data.name.strip(),
                   email=data.email.strip().lower() if data.email else None)
    _raise_if(check_person(session, data, employee_id))
    person.employee_no, person.name, person.email = data.employee_no, data.name, data.email
    person.department_id, person.hire_date = data.department_id, data.hire_date
    person.position_id = _position_id(session, data.position)
    person.updated_at = utcnow()
    if person.manager_id != data.manager_id:
        set_manager(session, employee_id, data.manager_id)  # refuses loops with a clear message
    session.flush()


@dataclass(frozen=True)
class Deactivation:
    """What deactivating did, so it can be undone."""

    employee_id: int
    leave_date: date
    moved_reports: list[int]
    previous_manager: int | None


def deactivate_person(session: Session, employee_id: int, leave_date: date) -> Deactivation:
    """Mark someone as having left. Their active reports move to their manager, so
    no one is left reporting to a leaver; their history stays as it was."""
    require_in_scope(session, employee_id, change=True)
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    if not person.is_active:
        raise ValidationError.coded("person_already_left", name=person.name, number=person.employee_no)
    if implausible_date(leave_date):
        raise ValidationError.coded("leave_date_implausible", value=leave_date)
    if person.hire_date and leave_date < person.hire_date:
        raise ValidationError.coded("leave_before_hire_of", leave=leave_date, name=person.name, hire=person.hire_date)
    moved = [r.id for r in person.reports if r.is_active]
    for report_id in moved:
        set_manager(session, report_id, person.manager_id)
    person.is_active, person.leave_date, person.updated_at = False, leave_date, utcnow()
    session.flush()
    return Deactivation(employee_id, leave_date, moved, person.manager_id)


def reactivate_person(session: Session, deactivation: Deactivation) -> None:
    """Undo a deactivation: active again, with the reports that were moved away."""
    require_in_scope(session, deactivation.employee_id, change=True)
    person = session.get(Employee, deactivation.employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=deactivation.employee_id)
    person.is_active, person.leave_date, person.updated_at = True, None, utcnow()
    session.flush()
    for report_id in deactivation.moved_reports:
        report = session.get(Employee, report_id)
        if report is not None and report.is_active and report.manager_id == deactivation.previous_manager:
            set_manager(session, report_id, person.id)
    session.flush()


HISTORY = (Target.employee_id, FeedbackRequest.subject_id, FeedbackRequest.rater_employee_id,
           Appraisal.employee_id, ImprovementPlan.employee_id, ImprovementPlan.owner_id,
           SignatureRecord.signer_employee_id, AppUser.employee_id, Employee.manager_id)


def delete_person(session: Session, employee_id: int) -> None:
    """Remove a record entered by mistake. Anyone with history (targets, feedback,
    appraisals, plans, signatures, reports, a login) can only be deactivated."""
    require_in_scope(session, employee_id, change=True)
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    for column in HISTORY:
        if session.scalar(select(func.count()).where(column == employee_id)):
            raise ValidationError.coded("person_has_history", name=person.name, number=person.employee_no)
    session.delete(person)
    try:
        session.flush()
    except IntegrityError as error:
        raise ValidationError.coded("person_delete_refused", name=person.name, detail=str(error.orig)) from error

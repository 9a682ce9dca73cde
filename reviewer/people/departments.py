"""The department tree: add, rename, move and remove departments."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Department, Employee

from ..access import require_hr
from ..errors import NotFound, ValidationError
from ..text import refuse_hidden_characters

MAX_NAME = 100


def _get(session: Session, department_id: int) -> Department:
    department = session.get(Department, department_id)
    if department is None:
        raise NotFound.coded("department_unknown_id", id=department_id)
    return department


def _check_name(session: Session, name: str, parent_id: int | None, own_id: int | None = None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError.coded("department_needs_name")
    if len(name) > MAX_NAME:
        raise ValidationError.coded("name_too_long", length=len(name), limit=MAX_NAME)
    refuse_hidden_characters("name", name)
    clash = session.scalar(select(Department.id).where(
        Department.name == name,
        Department.parent_id.is_(None) if parent_id is None else Department.parent_id == parent_id))
    if clash is not None and clash != own_id:
        raise ValidationError.coded("department_name_taken", name=name)
    return name


def create_department(session: Session, name: str, parent_id: int | None) -> int:
    """Add a department under ``parent_id`` (None: at the top). The tree is HR's."""
    require_hr(session)
    if parent_id is not None:
        _get(session, parent_id)
    department = Department(name=_check_name(session, name, parent_id), parent_id=parent_id)
    session.add(department)
    session.flush()
    return department.id


def rename_department(session: Session, department_id: int, name: str) -> None:
    require_hr(session)
    department = _get(session, department_id)
    department.name = _check_name(session, name, department.parent_id, department_id)
    session.flush()


def move_department(session: Session, department_id: int, new_parent_id: int | None) -> None:
    """Put a department (with everything inside it) under another one."""
    require_hr(session)
    department = _get(session, department_id)
    if new_parent_id is not None:
        parent = _get(session, new_parent_id)
        while parent is not None:
            if parent.id == department_id:
                raise ValidationError.coded("department_inside_itself", name=department.name)
            parent = parent.parent
    _check_name(session, department.name, new_parent_id, department_id)
    department.parent_id = new_parent_id
    session.flush()


def delete_department(session: Session, department_id: int) -> None:
    """Remove an empty department; one with people or sub-departments stays."""
    require_hr(session)
    department = _get(session, department_id)
    people = session.scalar(select(func.count()).select_from(Employee).where(Employee.department_id == department_id))
    if people:
        raise ValidationError.coded("department_has_people", name=department.name, count=people)
    if department.children:
        raise ValidationError.coded("department_has_children", name=department.name)
    session.delete(department)
    session.flush()

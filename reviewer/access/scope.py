"""The part of the organisation a user may see: everyone for HR and auditors,
the whole reporting line below them for a manager."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import Employee

from ..errors import PermissionDenied
from .actor import acting


def reporting_line(session: Session, manager_id: int) -> set[int]:
    """Ids of everyone reporting to ``manager_id``, directly or through others
    (leavers included: their history stays theirs to review)."""
    below = select(Employee.id).where(Employee.manager_id == manager_id).cte("below", recursive=True)
    deeper = aliased(Employee)
    below = below.union(select(deeper.id).where(deeper.manager_id == below.c.id))
    return set(session.scalars(select(below.c.id)))


def visible_employee_ids(session: Session) -> set[int] | None:
    """Whom the acting user may see: None means everyone. A manager sees their line
    and their own record (but not the confidential parts of their own appraisal,
    which each service withholds)."""
    actor = acting(session)
    if actor.sees_everyone:
        return None
    if actor.employee_id is None:
        return set()
    return reporting_line(session, actor.employee_id) | {actor.employee_id}


def require_in_scope(session: Session, employee_id: int, *, change: bool = False) -> None:
    """Refuse reading (or, with ``change``, changing) someone outside the acting user's scope.
    Nobody changes their own record through a manager's scope."""
    actor = acting(session)
    if actor.sees_everyone and (not change or actor.may_write):
        return
    if change and not actor.may_write:
        raise PermissionDenied.coded("auditor_reads_only", name=actor.display_name)
    visible = visible_employee_ids(session) or set()
    if change:
        visible.discard(actor.employee_id)
    if employee_id not in visible:
        raise PermissionDenied.coded("outside_scope", name=actor.display_name)

"""The part of the organisation a user may see: everyone for HR and auditors,
the whole reporting line below them for a manager.

Two views of a manager's scope: what they may *see* (their line and their own
record, read-only: the directory, their own KPI targets and results) and what they
may *review* (their line only: appraisals, 360 results, exports of results). A
manager's own appraisal is confidential to them, like their peers'."""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session, aliased

from db.models import Employee

from ..errors import PermissionDenied
from .actor import acting


def _line_query(manager_id: int, name: str = "below"):
    below = select(Employee.id).where(Employee.manager_id == manager_id).cte(name, recursive=True)
    deeper = aliased(Employee)
    below = below.union(select(deeper.id).where(deeper.manager_id == below.c.id))
    return select(below.c.id)


def reporting_line_select(manager_id: int, name: str = "line"):
    """A SELECT of the ids of everyone reporting to ``manager_id``, directly or through
    others: a subquery for a WHERE condition, however long the line. ``name`` names its
    CTE, which must differ from the scope conditions' in the same statement."""
    return _line_query(manager_id, name)


def reporting_line(session: Session, manager_id: int) -> set[int]:
    """Ids of everyone reporting to ``manager_id``, directly or through others
    (leavers included: their history stays theirs to review)."""
    return set(session.scalars(_line_query(manager_id)))


def visible_employee_ids(session: Session) -> set[int] | None:
    """Whom the acting user may see: None means everyone. A manager sees their line
    and their own record (but not the confidential parts of their own appraisal,
    which each service withholds: see ``reviewable_employee_ids``)."""
    actor = acting(session)
    if actor.sees_everyone:
        return None
    if actor.employee_id is None:
        return set()
    return reporting_line(session, actor.employee_id) | {actor.employee_id}


def reviewable_employee_ids(session: Session) -> set[int] | None:
    """Whose appraisals, 360 results and review documents the acting user may read:
    None means everyone; a manager, their line only (never themselves)."""
    actor = acting(session)
    if actor.sees_everyone:
        return None
    if actor.employee_id is None:
        return set()
    return reporting_line(session, actor.employee_id)


def visible_condition(session: Session, column) -> ColumnElement[bool]:
    """A WHERE condition keeping rows about people the acting user may see (``column``
    holds an employee id). Runs as one subquery, so a line of thousands binds nothing."""
    actor = acting(session)
    if actor.sees_everyone:
        return true()
    if actor.employee_id is None:
        return column.is_(None) & column.is_not(None)
    return column.in_(_line_query(actor.employee_id)) | (column == actor.employee_id)


def reviewable_condition(session: Session, column) -> ColumnElement[bool]:
    """Like ``visible_condition``, for appraisals and 360 results: a manager's line only."""
    actor = acting(session)
    if actor.sees_everyone:
        return true()
    if actor.employee_id is None:
        return column.is_(None) & column.is_not(None)
    return column.in_(_line_query(actor.employee_id))


def keep_visible(session: Session, employee_ids: Iterable[int], *, review: bool = False) -> list[int]:
    """``employee_ids`` less those outside the acting user's scope, order kept."""
    allowed = reviewable_employee_ids(session) if review else visible_employee_ids(session)
    return list(employee_ids) if allowed is None else [e for e in employee_ids if e in allowed]


def require_in_scope(session: Session, employee_id: int | None, *, change: bool = False) -> None:
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


def require_reviewable(session: Session, employee_id: int | None, *, change: bool = False) -> None:
    """Refuse an appraisal, 360 result or review document of someone the acting user
    may not review; a manager's own is refused with its own message."""
    actor = acting(session)
    if change and not actor.may_write:
        raise PermissionDenied.coded("auditor_reads_only", name=actor.display_name)
    if actor.sees_everyone:
        return
    if employee_id is not None and employee_id == actor.employee_id:
        raise PermissionDenied.coded("own_review_confidential", name=actor.display_name)
    require_in_scope(session, employee_id, change=change)


def require_all_in_scope(session: Session, employee_ids: Iterable[int], *, change: bool = False,
                         review: bool = False) -> None:
    """``require_in_scope`` (or ``require_reviewable``) for many people with one query."""
    actor = acting(session)
    if change and not actor.may_write:
        raise PermissionDenied.coded("auditor_reads_only", name=actor.display_name)
    if actor.sees_everyone:
        return
    allowed = reviewable_employee_ids(session) if review or change else visible_employee_ids(session)
    for employee_id in employee_ids:
        if employee_id not in allowed:
            if review and employee_id == actor.employee_id:
                raise PermissionDenied.coded("own_review_confidential", name=actor.display_name)
            raise PermissionDenied.coded("outside_scope", name=actor.display_name)

"""Reading and locking one plan for a service, with the acting user's rights checked:
the plan's person must be someone the user may review (a manager's line, or HR), and a
closed plan changes no more."""
from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import ImprovementPlan, PlanStatus

from ..access import require_reviewable
from ..database.locking import get_for_update
from ..errors import NotFound, RowProblem, StageBlocked, ValidationError
from ..text import hidden_character_problem


def readable_plan(session: Session, plan_id: int) -> ImprovementPlan:
    plan = session.get(ImprovementPlan, plan_id)
    if plan is None:
        raise NotFound.coded("plan_unknown", id=plan_id)
    require_reviewable(session, plan.employee_id)
    return plan


def plan_to_change(session: Session, plan_id: int) -> ImprovementPlan:
    """The plan locked until the unit of work ends (two writers change it one after the
    other), refused when closed or out of the user's reach."""
    plan = get_for_update(session, ImprovementPlan, plan_id)
    if plan is None:
        raise NotFound.coded("plan_unknown", id=plan_id)
    require_reviewable(session, plan.employee_id, change=True)
    if plan.status == PlanStatus.CLOSED:
        raise StageBlocked.coded("plan_closed", id=plan.id)
    return plan


def clean_text(value: str | None, field: str, *, required: bool = False, limit: int = 4000,
               row: int | None = None) -> str | None:
    """Prose from a form: trimmed, None when empty; refused (naming the field, and the
    goal or action ``row``) when required and empty, too long, or hiding characters."""
    text = (value or "").strip()
    problem = None
    if not text and required:
        problem = RowProblem(row, field, "plan_field_required")
    elif len(text) > limit:
        problem = RowProblem(row, field, "plan_field_too_long", {"limit": limit})
    else:
        problem = hidden_character_problem(field, text.translate(_LINE_BREAKS_AND_TABS) or None, row)
    if problem is not None:
        raise ValidationError.listing([problem])
    return text or None


_LINE_BREAKS_AND_TABS = str.maketrans("\r\n\t", "   ")

"""The demo's improvement plan under way (reviewer/demo/plans.py: approved, acknowledged,
progress per goal at every check-in, a recognition and a warning), with one goal revised
with a reason, so that its document shows every part."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from db.models import AppUser, Employee, ImprovementPlan, PlanCheckIn, PlanGoalRevision


def complete_demo_plan(session) -> int:
    plan_id = session.scalar(select(PlanCheckIn.plan_id).group_by(PlanCheckIn.plan_id)
                             .order_by(func.count().desc(), PlanCheckIn.plan_id).limit(1))
    plan = session.get(ImprovementPlan, plan_id)
    session.add(PlanGoalRevision(goal_id=plan.goals[3].id, changed_at=datetime(2026, 9, 20, 10, 0),
                                 changed_by_name="李经理", reason="客户满意度调查改为季度末进行，截止日期随之调整。",
                                 before={"due_date": "2026-11-30"}, after={"due_date": "2026-12-31"}))
    session.flush()
    return plan.id


def plan_people(session, plan_id: int) -> dict[str, int]:
    """Employee ids of the plan's employee, its owner (manager), the demo's HR profile holder
    and someone else."""
    plan = session.get(ImprovementPlan, plan_id)
    return {"employee": plan.employee_id, "manager": plan.owner_id,
            "hr": session.scalar(select(AppUser.employee_id).where(AppUser.username == "hr.admin")),
            "other": session.scalar(select(Employee.id).where(
                Employee.id.not_in([plan.employee_id, plan.owner_id]), Employee.manager_id.is_not(None))
                .order_by(Employee.id).limit(1))}

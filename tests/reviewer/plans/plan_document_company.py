"""The demo's improvement plan made complete for its document: approved by HR, support
written down, progress per goal at every check-in, a goal revised with a reason, a
warning naming the check-in and goals that fell short, a recognition, and the employee's
acknowledgement. Written as rows, so the document can be tested on its own."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from db.models import (
    AppUser,
    Employee,
    ImprovementPlan,
    PlanAcknowledgement,
    PlanCheckInGoal,
    PlanGoalRevision,
    PlanWarning,
)


def complete_demo_plan(session) -> int:
    plan = session.scalar(select(ImprovementPlan).order_by(ImprovementPlan.id).limit(1))
    plan.approved_at, plan.approved_by_name = datetime(2026, 7, 30, 9, 0), "王芳"
    plan.support = "每周一小时带教；CRM 培训费用由公司承担；季度内提供一次外部课程名额。"
    plan.goals[0].baseline, plan.goals[0].target = "每周 8 次", "每周 15 次"
    plan.goals[2].baseline, plan.goals[2].target = "68%", "90%"
    goals = plan.goals
    states = ["on_track", "at_risk", "off_track", "on_track"]
    for n, check_in in enumerate(plan.check_ins):
        for position, goal in enumerate(goals):
            pct = min(100, check_in.progress_pct + 10 * (position - 1) + (5 * n if position == 0 else 0))
            state = states[position] if n in (2, 3) else "on_track"
            session.add(PlanCheckInGoal(check_in_id=check_in.id, goal_id=goal.id, progress_pct=max(0, pct),
                                        state=state, note=None))
    hr = session.scalar(select(AppUser.id).where(AppUser.username == "hr.admin"))
    shortfall = plan.check_ins[2]
    session.add_all([
        PlanWarning(plan_id=plan.id, kind="warning", issued_on=shortfall.held_on, check_in_id=shortfall.id,
                    goal_ids=[goals[1].id, goals[2].id], issued_by_id=hr,
                    reason="拜访记录完整率连续两次面谈低于 80%，关键指标达成率未见改善。"),
        PlanWarning(plan_id=plan.id, kind="recognition", issued_on=plan.check_ins[5].held_on, issued_by_id=hr,
                    goal_ids=[goals[0].id], reason="客户跟进次数连续四周超过目标，值得肯定。"),
        PlanGoalRevision(goal_id=goals[3].id, changed_at=datetime(2026, 9, 20, 10, 0), changed_by_name="李经理",
                         reason="客户满意度调查改为季度末进行，截止日期随之调整。",
                         before={"due_date": "2026-11-30"}, after={"due_date": "2026-12-31"}),
        PlanAcknowledgement(plan_id=plan.id, version=plan.version, employee_id=plan.employee_id,
                            acknowledged_at=datetime(2026, 8, 1, 8, 30), disagrees=True,
                            comment="市场变化的影响没有被充分考虑。"),
    ])
    session.flush()
    return plan.id


def plan_people(session, plan_id: int) -> dict[str, int]:
    """Employee ids of the plan's employee, its owner (manager) and the demo's HR profile holder."""
    plan = session.get(ImprovementPlan, plan_id)
    return {"employee": plan.employee_id, "manager": plan.owner_id,
            "hr": session.scalar(select(AppUser.employee_id).where(AppUser.username == "hr.admin")),
            "other": session.scalar(select(Employee.id).where(
                Employee.id.not_in([plan.employee_id, plan.owner_id]), Employee.manager_id.is_not(None))
                .order_by(Employee.id).limit(1))}



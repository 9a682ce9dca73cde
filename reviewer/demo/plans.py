"""The demo's plans, one at each point of the lifecycle a newcomer should see: an
improvement plan approved, acknowledged and under way (goals with baseline and target,
progress per goal at each check-in with one goal at risk now, a recognition and a warning
naming the check-in that recorded the shortfall), a development plan for a strong
performer (active, one check-in), and an improvement plan approved by HR that waits for
the employee's acknowledgement, owned by the first department head (so manager1's Today
lists it).

Written as rows, not through the plan services: the demo is built in one fast, fixed pass.
History rows carry names, never app_users ids (a demo database downgraded to an older
schema must not point at users it no longer has)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ActionKind,
    Appraisal,
    AppUser,
    Competency,
    Cycle,
    GoalHorizon,
    GoalStatus,
    ImprovementPlan,
    PlanAcknowledgement,
    PlanAction,
    PlanCheckIn,
    PlanCheckInGoal,
    PlanEvent,
    PlanGoal,
    PlanStatus,
    PlanWarning,
    RootCause,
    UserRole,
)

# The plan under way: approved and acknowledged before it started, checked every two weeks.
APPROVED_ON, ACKNOWLEDGED_ON = datetime(2026, 7, 28, 9, 30), datetime(2026, 7, 30, 14, 0)
FIRST_CHECK_IN = date(2026, 8, 14)
# Per check-in: overall progress, then each goal's (progress, state) in goal order.
CHECK_INS = [
    (20, [(40, "on_track"), (30, "on_track"), (10, "on_track"), (10, "on_track")]),
    (30, [(100, "on_track"), (45, "on_track"), (20, "on_track"), (15, "on_track")]),
    (38, [(100, "on_track"), (55, "at_risk"), (30, "on_track"), (20, "on_track")]),
    (45, [(100, "on_track"), (65, "at_risk"), (40, "on_track"), (25, "on_track")]),
    (52, [(100, "on_track"), (70, "off_track"), (50, "on_track"), (35, "on_track")]),
    (60, [(100, "on_track"), (80, "at_risk"), (60, "on_track"), (45, "on_track")]),
    (66, [(100, "on_track"), (88, "on_track"), (70, "on_track"), (50, "on_track")]),
    (72, [(100, "on_track"), (92, "on_track"), (78, "on_track"), (55, "at_risk")]),
]
RECOGNISED_AT, WARNED_AT = 1, 4  # the check-ins behind the recognition and the warning


def add_demo_plans(session: Session, people: dict, closed: Cycle, appraisals: list[Appraisal]) -> ImprovementPlan:
    """The three demo plans; returns the one under way (the demo summary names its person)."""
    hr_name = session.scalar(select(AppUser.display_name).where(AppUser.role == UserRole.HR_ADMIN)
                             .order_by(AppUser.id))
    head = session.scalar(select(AppUser.employee_id).where(AppUser.role == UserRole.MANAGER).order_by(AppUser.id))
    competencies = dict(session.execute(select(Competency.code, Competency.id)).all())
    active = [a for a in appraisals if people[a.employee_id].row["is_active"] and a.final_score is not None]
    contributors = [a for a in active if not people[a.employee_id].reports]
    weakest = min(contributors, key=lambda a: (a.final_score, a.employee_id))
    strongest = max(contributors, key=lambda a: (a.final_score, -a.employee_id))
    heads_people = [a for a in active if people[a.employee_id].row["manager_id"] == head
                    and a.employee_id not in (weakest.employee_id, strongest.employee_id)]

    def name(employee_id: int) -> str:
        return people[employee_id].row["name"]

    under_way = _under_way(session, people, closed, weakest, hr_name, name)
    _development(session, people, closed, strongest, hr_name, name, competencies)
    if heads_people:  # a tiny demo may have no department head with people
        _awaiting_acknowledgement(session, people, closed,
                                  min(heads_people, key=lambda a: (a.final_score, a.employee_id)), hr_name)
    return under_way


def _under_way(session, people, cycle, appraisal, hr_name, name) -> ImprovementPlan:
    person = people[appraisal.employee_id]
    owner = person.row["manager_id"]
    plan = ImprovementPlan(
        employee_id=person.id, owner_id=owner, cycle_id=cycle.id, kind="improvement", source="appraisal",
        source_appraisal_id=appraisal.id,
        reason=f"{cycle.name} 考核综合得分 {appraisal.final_score:.1f}，低于岗位要求；多项关键指标未达成。",
        analysis="与同岗位优秀员工对比：客户跟进频次偏低，拜访记录不完整；主要原因是技能不足，而非市场变化。",
        root_cause=RootCause.SKILLS, start_date=date(2026, 8, 1), end_date=date(2026, 12, 31),
        status=PlanStatus.ACTIVE, cadence_days=14, version=1,
        support="组内业绩第一的同事每周一小时一对一带教；内部 CRM 培训名额；外部顾问式销售课程费用由公司承担。",
        approved_at=APPROVED_ON, approved_by_name=hr_name,
    )
    plan.goals = [
        PlanGoal(position=1, horizon=GoalHorizon.SHORT_TERM, description="每周完成客户跟进不少于 15 次",
                 measure="CRM 跟进记录数", baseline="每周 8 次", target="每周 15 次", due_date=date(2026, 8, 31),
                 status=GoalStatus.MET),
        PlanGoal(position=2, horizon=GoalHorizon.SHORT_TERM, description="拜访记录当天完整录入",
                 measure="记录完整率", baseline="60%", target="95%", due_date=date(2026, 9, 30),
                 status=GoalStatus.MISSED),
        PlanGoal(position=3, horizon=GoalHorizon.LONG_TERM, description="季度关键指标达成率达到 90%",
                 measure="KPI 加权达成率", baseline="68%", target="90%", due_date=date(2026, 11, 30)),
        PlanGoal(position=4, horizon=GoalHorizon.LONG_TERM, description="客户满意度回到 85% 以上",
                 measure="季度客户满意度调查", baseline="71%", target="85%", due_date=date(2026, 12, 31)),
    ]
    plan.actions = [
        PlanAction(kind=ActionKind.MENTORING, description="由组内业绩第一的同事一对一带教，每周一次",
                   owner="组长", due_date=date(2026, 12, 31)),
        PlanAction(kind=ActionKind.TRAINING, description="参加内部 CRM 系统使用培训", owner="HR",
                   due_date=date(2026, 8, 20), done_on=date(2026, 8, 18)),
        PlanAction(kind=ActionKind.COURSE, description="外部课程：顾问式销售技巧", owner="HR",
                   due_date=date(2026, 10, 31), done_on=date(2026, 10, 25)),
    ]
    plan.check_ins = [
        PlanCheckIn(held_on=FIRST_CHECK_IN + timedelta(days=14 * n), progress_pct=overall,
                    notes="按计划推进，跟进次数明显增加。" if overall >= 45 else "开始执行计划，记录完整性仍需加强。")
        for n, (overall, _goals) in enumerate(CHECK_INS)
    ]
    session.add(plan)
    session.flush()
    goals = plan.goals
    session.add_all(PlanCheckInGoal(check_in_id=check_in.id, goal_id=goal.id, progress_pct=progress, state=state)
                    for check_in, (_overall, states) in zip(plan.check_ins, CHECK_INS)
                    for goal, (progress, state) in zip(goals, states))
    recognised, warned = plan.check_ins[RECOGNISED_AT], plan.check_ins[WARNED_AT]
    session.add_all([
        PlanWarning(plan_id=plan.id, kind="recognition", issued_on=recognised.held_on + timedelta(days=1),
                    check_in_id=recognised.id, goal_ids=[goals[0].id],
                    reason="提前完成第一个短期目标：每周客户跟进已稳定在 15 次以上，特此表扬。"),
        PlanWarning(plan_id=plan.id, kind="warning", issued_on=warned.held_on + timedelta(days=1),
                    check_in_id=warned.id, goal_ids=[goals[1].id],
                    reason="截至 9 月 30 日，拜访记录完整率仅为 70%，未达到 95% 的目标；"
                           "如下次检查仍无改善，将进入结果评估。"),
        PlanEvent(plan_id=plan.id, kind="approved", at=APPROVED_ON, by_name=hr_name, details={"version": 1}),
        PlanEvent(plan_id=plan.id, kind="acknowledged", at=ACKNOWLEDGED_ON, by_name=name(owner),
                  details={"version": 1, "disagrees": False}),
        PlanAcknowledgement(plan_id=plan.id, version=1, employee_id=person.id, acknowledged_at=ACKNOWLEDGED_ON,
                            comment="我理解计划内容，会按要求每周提交跟进记录。"),
    ])
    return plan


def _development(session, people, cycle, appraisal, hr_name, name, competencies) -> None:
    """Not punitive: a strong performer readied for more responsibility, one check-in in."""
    person = people[appraisal.employee_id]
    owner = person.row["manager_id"]
    approved, acknowledged = datetime(2026, 11, 13, 10, 0), datetime(2026, 11, 17, 9, 0)
    plan = ImprovementPlan(
        employee_id=person.id, owner_id=owner, cycle_id=cycle.id, kind="development", source="appraisal",
        source_appraisal_id=appraisal.id,
        reason=f"{cycle.name} 考核表现突出（综合得分 {appraisal.final_score:.1f}），为承担团队带教和重点客户做准备。",
        analysis="360 反馈中他人对其辅导他人的评价低于自评；上级评价的发展方向为跨部门沟通。",
        start_date=date(2026, 11, 17), end_date=date(2027, 5, 17), status=PlanStatus.ACTIVE, cadence_days=14,
        version=1, support="参加公司导师培养计划；每月一次与部门负责人的交流。",
        approved_at=approved, approved_by_name=hr_name,
    )
    plan.goals = [
        PlanGoal(position=1, horizon=GoalHorizon.SHORT_TERM, description="带教一名新同事完成入职首月目标",
                 measure="新同事首月目标达成", baseline="未带教过新人", target="新同事首月达成率 ≥ 80%",
                 due_date=date(2026, 12, 31), competency_id=competencies.get("coaching")),
        PlanGoal(position=2, horizon=GoalHorizon.LONG_TERM, description="主导一次跨部门客户方案评审",
                 measure="评审完成并获客户确认", baseline="参与过，未主导", target="主导一次并获确认",
                 due_date=date(2027, 3, 31), competency_id=competencies.get("communication")),
    ]
    plan.actions = [
        PlanAction(kind=ActionKind.COURSE, description="公司导师培养计划（四次课）", owner="HR",
                   due_date=date(2027, 1, 31)),
        PlanAction(kind=ActionKind.MENTORING, description="部门负责人每月一次交流", owner="部门负责人",
                   due_date=date(2027, 5, 17)),
    ]
    plan.check_ins = [PlanCheckIn(held_on=date(2026, 12, 1), progress_pct=25,
                                  notes="已开始带教新同事，首周反馈良好。")]
    session.add(plan)
    session.flush()
    session.add_all([
        PlanCheckInGoal(check_in_id=plan.check_ins[0].id, goal_id=plan.goals[0].id, progress_pct=40,
                        state="on_track"),
        PlanCheckInGoal(check_in_id=plan.check_ins[0].id, goal_id=plan.goals[1].id, progress_pct=10,
                        state="on_track"),
        PlanEvent(plan_id=plan.id, kind="approved", at=approved, by_name=hr_name, details={"version": 1}),
        PlanEvent(plan_id=plan.id, kind="acknowledged", at=acknowledged, by_name=name(owner),
                  details={"version": 1, "disagrees": False}),
        PlanAcknowledgement(plan_id=plan.id, version=1, employee_id=person.id, acknowledged_at=acknowledged),
    ])


def _awaiting_acknowledgement(session, people, cycle, appraisal, hr_name) -> None:
    """Approved by HR, not yet acknowledged: its owner (the first department head) records
    the employee's receipt, within a week of the approval."""
    person = people[appraisal.employee_id]
    approved = datetime(2026, 12, 8, 10, 0)
    plan = ImprovementPlan(
        employee_id=person.id, owner_id=person.row["manager_id"], cycle_id=cycle.id, kind="improvement",
        source="scratch",
        reason="团队连续两个季度回款达成率低于部门平均水平，且团队内 1:1 沟通记录缺失。",
        analysis="与同岗位优秀团队负责人对比：周例会和个人辅导的频次明显偏低；原因主要在管理流程。",
        root_cause=RootCause.PROCESS, start_date=date(2026, 12, 15), end_date=date(2027, 3, 15),
        status=PlanStatus.DRAFT, cadence_days=14, version=1,
        support="HR 提供团队管理培训；部门负责人每两周参加一次团队例会。",
        approved_at=approved, approved_by_name=hr_name,
    )
    plan.goals = [
        PlanGoal(position=1, horizon=GoalHorizon.SHORT_TERM, description="与每位团队成员每两周一次 1:1 沟通并记录",
                 measure="1:1 记录数", baseline="每月不足 5 次", target="每两周覆盖全部成员",
                 due_date=date(2027, 1, 15)),
        PlanGoal(position=2, horizon=GoalHorizon.LONG_TERM, description="团队季度回款达成率达到部门平均水平",
                 measure="季度回款达成率", baseline="78%", target="≥ 92%", due_date=date(2027, 3, 15)),
    ]
    plan.actions = [
        PlanAction(kind=ActionKind.TRAINING, description="参加团队管理培训", owner="HR",
                   due_date=date(2027, 1, 10)),
    ]
    session.add(plan)
    session.flush()
    session.add(PlanEvent(plan_id=plan.id, kind="approved", at=approved, by_name=hr_name, details={"version": 1}))

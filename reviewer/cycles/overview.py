"""Facts about each area of the data, for the pages whose full views come later."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

from db.models import (
    Appraisal,
    Cycle,
    CycleStage,
    Employee,
    FeedbackRequest,
    ImprovementPlan,
    Kpi,
    KpiTemplate,
    PlanStatus,
    RequestStatus,
    Target,
)


@dataclass(frozen=True)
class CycleFact:
    name: str
    period: str
    stage: CycleStage
    people_with_targets: int


@dataclass(frozen=True)
class FeedbackFact:
    cycle: str
    submitted: int
    total: int


@dataclass(frozen=True)
class PlanFact:
    employee: str
    start: str
    end: str
    latest_progress: int | None


@dataclass(frozen=True)
class Overview:
    kpis: int
    role_templates: int
    cycles: list[CycleFact]
    feedback: list[FeedbackFact]
    active_plans: list[PlanFact]
    appraisals_by_cycle: dict[str, int]


def overview(session: Session) -> Overview:
    """One summary of the whole data set, cheap enough to run when a page opens."""
    cycles = []
    for cycle in session.scalars(select(Cycle).order_by(Cycle.period_start.desc())):
        with_targets = session.scalar(
            select(func.count(func.distinct(Target.employee_id))).where(Target.cycle_id == cycle.id)
        )
        cycles.append(CycleFact(cycle.name, f"{cycle.period_start} – {cycle.period_end}", cycle.stage, with_targets))
    feedback = []
    for name, submitted, total in session.execute(
        select(
            Cycle.name,
            func.sum((FeedbackRequest.status == RequestStatus.SUBMITTED).cast(Integer)),
            func.count(FeedbackRequest.id),
        )
        .join(FeedbackRequest, FeedbackRequest.cycle_id == Cycle.id)
        .group_by(Cycle.id, Cycle.name, Cycle.period_start)
        .order_by(Cycle.period_start.desc())
    ):
        feedback.append(FeedbackFact(name, int(submitted or 0), total))
    plans = []
    for plan, name in session.execute(
        select(ImprovementPlan, Employee.name)
        .join(Employee, Employee.id == ImprovementPlan.employee_id)
        .where(ImprovementPlan.status.in_([PlanStatus.ACTIVE, PlanStatus.EXTENDED]))
    ):
        latest = plan.check_ins[-1].progress_pct if plan.check_ins else None
        plans.append(PlanFact(name, str(plan.start_date), str(plan.end_date), latest))
    appraisals = dict(
        session.execute(
            select(Cycle.name, func.count(Appraisal.id)).join(Appraisal).group_by(Cycle.id, Cycle.name)
        ).all()
    )
    return Overview(
        kpis=session.scalar(select(func.count()).select_from(Kpi)),
        role_templates=session.scalar(select(func.count()).select_from(KpiTemplate)),
        cycles=cycles,
        feedback=feedback,
        active_plans=plans,
        appraisals_by_cycle=appraisals,
    )

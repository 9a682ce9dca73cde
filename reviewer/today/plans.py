"""Improvement and development plans: check-ins due today or missed, acknowledgements to
record, decisions due on plans past their end date (each for the plan's owner), missed
check-ins of plans in the user's line (everyone's for HR, counted per owner), and for HR
the drafts waiting for approval. reviewer.plans.timing says when a check-in is due; every
plan the rules need is read in one query, the drafts counted in a second."""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import aliased

from db.models import Employee, ImprovementPlan, PlanAcknowledgement, PlanCheckIn, PlanEvent, PlanGoal, PlanStatus

from ..plans.timing import AWAITING_ACKNOWLEDGEMENT, decision_due, local_day, next_check_in_due, stage_of
from .context import TodayContext
from .items import PLACE_PLANS, source

# How long the employee has to acknowledge a plan once HR approved it (or its goals changed).
ACKNOWLEDGE_WITHIN = timedelta(days=7)


def _plans_query(ctx: TodayContext):
    """Plans approved and still open (or running from before approval was recorded) of the
    people the user chases (the owner's among them), with what the timing rule needs: first and last acknowledgement, latest check-in, and
    the first change of goals after the last acknowledgement (it starts a new version)."""
    plan = ImprovementPlan
    owner = aliased(Employee)

    def of_plan(column, *conditions):
        return select(column).where(*conditions).correlate(plan).scalar_subquery()

    first_ack = of_plan(func.min(PlanAcknowledgement.acknowledged_at), PlanAcknowledgement.plan_id == plan.id)
    last_ack_at = of_plan(func.max(PlanAcknowledgement.acknowledged_at), PlanAcknowledgement.plan_id == plan.id)
    last_ack_version = of_plan(func.max(PlanAcknowledgement.version), PlanAcknowledgement.plan_id == plan.id)
    last_check_in = of_plan(func.max(PlanCheckIn.held_on), PlanCheckIn.plan_id == plan.id)
    changed = of_plan(func.min(PlanEvent.at), PlanEvent.plan_id == plan.id, PlanEvent.kind == "goals_changed",
                      PlanEvent.at >= last_ack_at)
    me = ctx.me if ctx.me is not None else -1
    return (select(plan.id, plan.status, plan.approved_at, plan.version, plan.start_date, plan.end_date,
                   plan.cadence_days, plan.owner_id, owner.employee_no, owner.name, Employee.id,
                   Employee.employee_no, Employee.name, Employee.manager_id, first_ack, last_ack_version,
                   last_check_in, changed)
            .join(Employee, Employee.id == plan.employee_id).join(owner, owner.id == plan.owner_id)
            .where(plan.status != PlanStatus.CLOSED, Employee.is_active.is_(True),
                   or_(plan.approved_at.is_not(None), plan.status.in_((PlanStatus.ACTIVE, PlanStatus.EXTENDED))),
                   # The owner's own items too only while the person is in their line: a plan
                   # of someone who moved elsewhere is no longer theirs to open.
                   Employee.id != me, ctx.chased(Employee.id))
            .order_by(Employee.employee_no, plan.id))


@source
def plans(ctx: TodayContext):
    if ctx.me is None and not ctx.actor.is_hr:
        return []
    items = []
    late_by_owner: dict[int, list] = defaultdict(list)  # HR: missed check-ins counted per owner
    for (plan_id, status, approved_at, version, start, end, cadence, owner_id, owner_no, owner_name, person,
         number, name, manager, first_ack, acknowledged, last_check_in, changed) in ctx.session.execute(
            _plans_query(ctx)):
        mine = owner_id == ctx.me
        fields = dict(params={"name": name, "number": number}, employee_id=person, employee_no=number,
                      person=name, manager_id=manager, ref=plan_id)
        if mine and stage_of(status, approved_at, acknowledged, version) == AWAITING_ACKNOWLEDGEMENT:
            since = local_day(changed if acknowledged is not None and changed is not None else approved_at)
            items.append(ctx.item("plan_acknowledgement", "today_plan_acknowledgement", since + ACKNOWLEDGE_WITHIN,
                                  PLACE_PLANS, **{**fields, "params": {**fields["params"], "version": version}}))
        # As the plan list: a plan running from before acknowledgements were recorded runs from its start.
        started = local_day(first_ack) if first_ack else (start if approved_at is None else None)
        due = next_check_in_due(status=status, start_date=start, end_date=end, cadence_days=cadence,
                                first_acknowledged_on=started, last_check_in_on=last_check_in)
        if due is not None and mine and due <= ctx.today:
            items.append(ctx.item("plan_check_in", "today_plan_check_in", due, PLACE_PLANS, **fields))
        elif due is not None and not mine and ctx.late(due):
            if ctx.actor.is_hr:
                late_by_owner[owner_id].append((due, owner_no, owner_name))
            else:
                items.append(ctx.item("plan_check_in_chase", "today_plan_check_in_chase", due, PLACE_PLANS,
                                      **{**fields, "params": {**fields["params"], "owner": owner_name}},
                                      mine=False))
        if mine and decision_due(status, end, ctx.today):
            items.append(ctx.item("plan_decision", "today_plan_decision", end, PLACE_PLANS, **fields))
    for owner_id, late in late_by_owner.items():
        _due, number, name = late[0]
        items.append(ctx.item("plan_check_in_chase", "today_plan_check_in_chase_team", min(d for d, _n, _m in late),
                              PLACE_PLANS, params={"count": len(late), "manager": name, "number": number},
                              employee_id=owner_id, employee_no=number, person=name, manager_id=owner_id,
                              manager_name=name, mine=False, count=len(late)))
    if ctx.actor.is_hr:
        items += _awaiting_approval(ctx)
    return items


def _awaiting_approval(ctx: TodayContext):
    """HR approves drafts once they have goals (a draft without goals is still being written)."""
    count = ctx.session.scalar(select(func.count()).select_from(ImprovementPlan).where(
        ImprovementPlan.status == PlanStatus.DRAFT, ImprovementPlan.approved_at.is_(None),
        exists().where(PlanGoal.plan_id == ImprovementPlan.id)))
    if not count:
        return []
    return [ctx.item("plan_approval", "today_plan_approval", None, PLACE_PLANS, params={"count": count},
                     count=count)]

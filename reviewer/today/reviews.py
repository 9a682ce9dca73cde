"""Self-reviews and manager reviews: the user's own self-review to write, their direct
reports' submitted self-reviews to read (and return if needed), the manager reviews
they write, and the late ones of the people they chase."""
from __future__ import annotations

from sqlalchemy import and_, exists, select

from db.models import Appraisal, AppraisalState, CycleParticipant, CycleStage, Employee

from .context import OpenCycle, TodayContext
from .items import PLACE_REVIEW, source


def _current(cycle_id: int):
    return and_(Appraisal.cycle_id == cycle_id, Appraisal.state != AppraisalState.SUPERSEDED,
                Appraisal.employee_id == Employee.id)


def _people(ctx: TodayContext, cycle: OpenCycle, *conditions):
    """Active participants of the cycle meeting ``conditions``: (id, number, name, manager id)."""
    return ctx.session.execute(
        select(Employee.id, Employee.employee_no, Employee.name, Employee.manager_id)
        .join(CycleParticipant, CycleParticipant.employee_id == Employee.id)
        .where(CycleParticipant.cycle_id == cycle.id, Employee.is_active.is_(True), *conditions)
        .order_by(Employee.employee_no)).all()


def _late(cycle: OpenCycle, *conditions):
    """Active participants of the cycle meeting ``conditions``, for TodayContext.late_work."""
    return (select(Employee.id).join(CycleParticipant, CycleParticipant.employee_id == Employee.id)
            .where(CycleParticipant.cycle_id == cycle.id, Employee.is_active.is_(True), *conditions))


def _item(ctx, kind, code, due, cycle, row, place_code, mine=True):
    employee_id, number, name, manager = row
    return ctx.item(kind, code, due, PLACE_REVIEW, params={"name": name, "number": number, "cycle": cycle.name},
                    employee_id=employee_id, employee_no=number, person=name, cycle_id=cycle.id,
                    place_code=place_code, manager_id=manager, mine=mine)


@source
def self_reviews(ctx: TodayContext):
    """Write one's own self-review; read a direct report's submitted one; chase late ones."""
    items = []
    for cycle in ctx.at_stage(CycleStage.SELF_REVIEW_360):
        due = cycle.due(CycleStage.SELF_REVIEW_360)
        not_submitted = ~exists().where(_current(cycle.id), Appraisal.self_submitted_at.is_not(None))
        if ctx.me is not None:
            for row in _people(ctx, cycle, Employee.id == ctx.me, not_submitted):
                items.append(_item(ctx, "self_review", "today_self_review", due, cycle, row, "self_review"))
            to_read = exists().where(_current(cycle.id), Appraisal.self_submitted_at.is_not(None),
                                     Appraisal.manager_submitted_at.is_(None))
            for row in _people(ctx, cycle, Employee.manager_id == ctx.me, to_read):
                items.append(_item(ctx, "self_review_read", "today_self_review_read", due, cycle, row,
                                   "self_review"))
        if ctx.late(due):
            items += ctx.late_work("self_review_chase", "today_self_review_chase", PLACE_REVIEW, cycle, _late(
                cycle, ctx.chased(Employee.id), Employee.id != (ctx.me or -1), not_submitted), due,
                "self_review_not_submitted")
    return items


@source
def manager_reviews(ctx: TodayContext):
    """Manager reviews of the user's direct reports at the manager-review stage; late
    ones of other managers in the user's line (everyone's for HR)."""
    items = []
    for cycle in ctx.at_stage(CycleStage.MANAGER_REVIEW):
        due = cycle.due(CycleStage.MANAGER_REVIEW)
        not_written = ~exists().where(_current(cycle.id), Appraisal.manager_submitted_at.is_not(None))
        if ctx.me is not None:
            for row in _people(ctx, cycle, Employee.manager_id == ctx.me, not_written):
                items.append(_item(ctx, "manager_review", "today_manager_review", due, cycle, row,
                                   "manager_review"))
        if ctx.late(due):
            items += ctx.late_work("manager_review_chase", "today_manager_review_chase", PLACE_REVIEW, cycle, _late(
                cycle, ctx.chased(Employee.id), Employee.manager_id.is_not(None),
                Employee.manager_id != (ctx.me or -1), not_written), due, "manager_review_not_submitted")
    return items

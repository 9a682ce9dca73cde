"""360 forms: those the user must fill in, and (for a manager's line, or everyone for
HR) forms about someone that are overdue. A chased form is counted per person asked
about, never named by rater: the Requests tab already lists who was asked."""
from __future__ import annotations

from sqlalchemy import func, or_, select

from db.models import CycleStage, Employee, FeedbackRequest, Relationship, RequestStatus

from .context import TodayContext
from .items import PLACE_FEEDBACK, source

STILL_OPEN = (RequestStatus.OPEN, RequestStatus.IN_PROGRESS)


@source
def forms_to_fill(ctx: TodayContext):
    """The user's own open requests as a rater in a cycle at the 360 stage."""
    cycles = {cycle.id: cycle for cycle in ctx.at_stage(CycleStage.SELF_REVIEW_360)}
    if ctx.me is None or not cycles:
        return []
    rows = ctx.session.execute(
        select(FeedbackRequest.cycle_id, FeedbackRequest.relation, FeedbackRequest.due_date, Employee.id,
               Employee.employee_no, Employee.name, Employee.manager_id)
        .join(Employee, Employee.id == FeedbackRequest.subject_id)
        .where(FeedbackRequest.rater_employee_id == ctx.me, FeedbackRequest.status.in_(STILL_OPEN),
               FeedbackRequest.cycle_id.in_(cycles)))
    items = []
    for cycle_id, relation, due, subject, number, name, manager in rows:
        due = due or cycles[cycle_id].due(CycleStage.SELF_REVIEW_360)
        own = relation == Relationship.SELF
        items.append(ctx.item("feedback_form", "today_feedback_form_self" if own else "today_feedback_form", due,
                              PLACE_FEEDBACK, params={"name": name, "number": number,
                                                      "cycle": cycles[cycle_id].name},
                              employee_id=subject, employee_no=number, person=name, cycle_id=cycle_id,
                              manager_id=manager))
    return items


@source
def forms_to_chase(ctx: TodayContext):
    """Forms about the people the user chases, past their due date and still unanswered;
    one item per person asked about (per team for HR), with how many."""
    items = []
    for cycle in ctx.at_stage(CycleStage.SELF_REVIEW_360):
        due = func.coalesce(FeedbackRequest.due_date, cycle.due(CycleStage.SELF_REVIEW_360))
        not_mine = or_(FeedbackRequest.rater_employee_id.is_(None), FeedbackRequest.rater_employee_id != ctx.me) \
            if ctx.me is not None else FeedbackRequest.id.is_not(None)
        late = (select(Employee.id).join(FeedbackRequest, Employee.id == FeedbackRequest.subject_id)
                .where(FeedbackRequest.cycle_id == cycle.id, FeedbackRequest.status.in_(STILL_OPEN), not_mine,
                       due < ctx.today, ctx.chased(FeedbackRequest.subject_id),
                       Employee.id != (ctx.me if ctx.me is not None else -1)))
        items += ctx.late_work("feedback_chase", "today_feedback_chase", PLACE_FEEDBACK, cycle, late, due)
    return items

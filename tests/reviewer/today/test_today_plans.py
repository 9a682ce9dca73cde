"""Today's plan items through the plan services, on both databases, with a controlled
clock: HR approves drafts, the owner records the acknowledgement within a week (again after
a goal changes), holds each check-in on its day and is late from the day after, while HR
counts the missed ones per owner and a manager outside the line sees none."""
from __future__ import annotations

from datetime import date, datetime, time, timezone

from db.models import UserRole
from reviewer.access import Actor
from reviewer.plans.checkins import GoalProgress, record_check_in
from reviewer.plans.drafting import GoalDraft
from reviewer.plans.lifecycle import acknowledge_plan, approve_plan, revise_goal
from reviewer.plans.reading import plan_view
from reviewer.today import DUE_LATER, DUE_TODAY, OVERDUE, today
from reviewer.workstation import Workstation
from tests.reviewer.plans.test_comparison import manager
from tests.reviewer.plans.test_lifecycle import NOON, act, company, drafted  # noqa: F401 - company is a fixture

HR = Actor(None, "hr", "HR", UserRole.HR_ADMIN)


def plan_items(database, actor, day: date) -> set[tuple]:
    view = Workstation(database, actor).call(today, now=datetime.combine(day, time(9)))
    return {(i.kind, i.urgency, i.due, i.count) for i in view.items if i.kind.startswith("plan")}


def test_plan_items_follow_the_plan_through_its_life(database, company):
    lin, mei = manager(company, "Lin Hua"), manager(company, "Mei Lan")
    plan_id = drafted(database, company, lin)
    assert plan_items(database, HR, date(2027, 1, 31)) == {("plan_approval", DUE_LATER, None, 1)}
    assert plan_items(database, lin, date(2027, 1, 31)) == set()

    with act(database) as session:
        approve_plan(session, plan_id, now=NOON)  # 1 February: acknowledged within a week
    assert plan_items(database, HR, date(2027, 2, 2)) == set()
    assert plan_items(database, lin, date(2027, 2, 8)) == {("plan_acknowledgement", DUE_TODAY, date(2027, 2, 8), 1)}
    assert plan_items(database, lin, date(2027, 2, 9)) == {("plan_acknowledgement", OVERDUE, date(2027, 2, 8), 1)}

    with act(database) as session:
        acknowledge_plan(session, plan_id, now=NOON)  # first check-in two weeks on: 15 February
    assert plan_items(database, lin, date(2027, 2, 14)) == set()
    assert plan_items(database, lin, date(2027, 2, 15)) == {("plan_check_in", DUE_TODAY, date(2027, 2, 15), 1)}
    assert plan_items(database, lin, date(2027, 2, 16)) == {("plan_check_in", OVERDUE, date(2027, 2, 15), 1)}
    assert plan_items(database, HR, date(2027, 2, 15)) == set()
    assert plan_items(database, HR, date(2027, 2, 16)) == {("plan_check_in_chase", OVERDUE, date(2027, 2, 15), 1)}
    assert plan_items(database, mei, date(2027, 2, 16)) == set()

    goal = plan_view_of(database, plan_id).goals[0]
    with act(database) as session:
        revise_goal(session, goal.id, GoalDraft(goal.horizon, goal.description, goal.measure, goal.due_date,
                                                goal.baseline, "97"), "Market dropped",
                    now=datetime(2027, 2, 10, 12, tzinfo=timezone.utc))
        record_check_in(session, plan_id, held_on=date(2027, 2, 15),
                        goals=[GoalProgress(g.id, 40, "at_risk") for g in plan_view_of(database, plan_id).goals],
                        now=datetime(2027, 2, 15, 12, tzinfo=timezone.utc))
    assert plan_items(database, lin, date(2027, 2, 16)) == {("plan_acknowledgement", DUE_LATER, date(2027, 2, 17), 1)}
    assert plan_items(database, lin, date(2027, 3, 1)) == {("plan_acknowledgement", OVERDUE, date(2027, 2, 17), 1),
                                                          ("plan_check_in", DUE_TODAY, date(2027, 3, 1), 1)}


def plan_view_of(database, plan_id):
    with act(database) as session:
        return plan_view(session, plan_id)

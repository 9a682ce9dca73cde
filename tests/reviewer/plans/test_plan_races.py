"""Two programs on one plan at once, on SQLite and PostgreSQL: the plan row is locked
while a step checks and writes, so two receipts of one version become one, and a goal
revised while the employee's receipt is recorded leaves a version still to acknowledge."""
from __future__ import annotations

import threading

from sqlalchemy import func, select

from db.models import PlanAcknowledgement
from reviewer.errors import ReviewerError
from reviewer.plans.drafting import GoalDraft, draft_from_proposal, save_draft
from reviewer.plans.lifecycle import acknowledge_plan, approve_plan, revise_goal
from reviewer.plans.proposals import improvement_proposal
from reviewer.plans.reading import plan_view

from .company import build_plans_company
from .test_lifecycle import START


def _approved_plan(database) -> int:
    with database.session() as session:
        company = build_plans_company(session)
        proposal = improvement_proposal(session, company.appraisals["Eve Stone"], today=START)
        plan_id = save_draft(session, draft_from_proposal(proposal, reason="Sales below target"))
        approve_plan(session, plan_id)
    return plan_id


def _together(*steps) -> list[str]:
    started, outcomes = threading.Barrier(len(steps)), []

    def run(step):
        started.wait(10)
        try:
            step()
            outcomes.append("done")
        except ReviewerError as refused:
            outcomes.append(refused.code)

    threads = [threading.Thread(target=run, args=(step,)) for step in steps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return sorted(outcomes)


def test_two_receipts_of_one_version_at_once_record_one(database):
    plan_id = _approved_plan(database)

    def acknowledge():
        with database.session() as session:
            acknowledge_plan(session, plan_id)

    assert _together(acknowledge, acknowledge) == ["done", "plan_already_acknowledged"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(PlanAcknowledgement)) == 1


def test_a_goal_revised_while_the_receipt_is_recorded_leaves_the_right_version_to_acknowledge(database):
    plan_id = _approved_plan(database)
    with database.session() as session:
        goal = plan_view(session, plan_id, today=START).goals[0]

    def acknowledge():
        with database.session() as session:
            acknowledge_plan(session, plan_id)

    def revise():
        with database.session() as session:
            revise_goal(session, goal.id, GoalDraft(goal.horizon, goal.description + " (revised)", goal.measure,
                                                    goal.due_date, goal.baseline, goal.target), "Agreed change")

    assert _together(acknowledge, revise) == ["done", "done"]
    with database.session() as session:
        plan = plan_view(session, plan_id, today=START)
    # Either the receipt came first (version 2 waits for a new one) or the change did
    # (version 1 changed before anyone acknowledged it, and the receipt is of it as changed).
    assert (plan.row.version, plan.row.acknowledged_version, plan.row.stage) in (
        (2, 1, "awaiting_acknowledgement"), (1, 1, "active"))

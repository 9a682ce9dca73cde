"""A plan's life with a controlled clock: drafted from a low appraisal's proposal,
approved by HR, acknowledged per version, checked in on its cadence, warned only on a
recorded shortfall, extended with a reason, closed only with an outcome, read-only after."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from db.models import PlanEvent, PlanGoalRevision, UserRole
from reviewer.access import Actor, bind
from reviewer.errors import PermissionDenied, StageBlocked, ValidationError
from reviewer.plans.checkins import GoalProgress, record_check_in
from reviewer.plans.drafting import GoalDraft, draft_from_proposal, save_draft
from reviewer.plans.lifecycle import (acknowledge_plan, add_goal, approve_plan, close_plan, extend_plan,
                                      revise_goal)
from reviewer.plans.proposals import improvement_proposal
from reviewer.plans.reading import list_plans, plan_view
from reviewer.plans.recognition import issue_warning, recognise
from reviewer.plans.settings import add_months

from .company import build_plans_company
from .test_comparison import manager

START = date(2027, 1, 31)
NOON = datetime(2027, 2, 1, 12, tzinfo=timezone.utc)  # the day HR approves and the employee acknowledges


@pytest.fixture
def company(database):
    with database.session() as session:
        return build_plans_company(session)


@contextmanager
def act(database, actor=None):
    with database.session() as session:
        if actor is not None:
            bind(session, actor)
        yield session


def drafted(database, company, actor=None) -> int:
    with act(database, actor) as session:
        proposal = improvement_proposal(session, company.appraisals["Eve Stone"], today=START)
        return save_draft(session, draft_from_proposal(proposal, reason="Sales far below target"))


def running(database, company) -> int:
    plan_id = drafted(database, company)
    with act(database) as session:
        approve_plan(session, plan_id, now=NOON)
        acknowledge_plan(session, plan_id, now=NOON)
    return plan_id


def view(database, plan_id, today):
    with act(database) as session:
        return plan_view(session, plan_id, today=today)


def progress(view_, state="on_track", pct=40):
    return [GoalProgress(goal.id, pct, state) for goal in view_.goals]


def test_a_draft_from_a_low_appraisal_has_the_proposed_goals_and_dates(database, company):
    plan_id = drafted(database, company, manager(company, "Lin Hua"))
    plan = view(database, plan_id, START)
    assert plan.row.stage == "draft" and plan.row.person == "Eve Stone" and plan.row.owner == "Lin Hua"
    assert (plan.row.start_date, plan.row.end_date) == (START, add_months(START, 3))
    short = [g for g in plan.goals if g.horizon == "short_term"]
    long_ = [g for g in plan.goals if g.horizon == "long_term"]
    assert short and long_
    assert {g.due_date for g in short} == {date(2027, 2, 28)} and {g.due_date for g in long_} == {date(2027, 4, 30)}
    sales = next(g for g in long_ if "SALES" in g.description)
    assert (sales.baseline, sales.target) == ("50", "100")


def test_only_hr_approves_and_approval_needs_goals(database, company):
    plan_id = drafted(database, company)
    with pytest.raises(PermissionDenied):
        with act(database, manager(company, "Lin Hua")) as session:
            approve_plan(session, plan_id)
    with act(database) as session:
        proposal = improvement_proposal(session, company.appraisals["Eve Stone"], today=START)
        draft = draft_from_proposal(proposal, reason="r")
        draft.goals = []
        empty = save_draft(session, draft)
    with pytest.raises(ValidationError) as refused:
        with act(database) as session:
            approve_plan(session, empty)
    assert refused.value.code == "plan_no_goals"


def test_a_manager_outside_the_line_may_not_draft_or_read(database, company):
    with pytest.raises(PermissionDenied):
        drafted(database, company, manager(company, "Mei Lan"))
    plan_id = drafted(database, company)
    with pytest.raises(PermissionDenied):
        with act(database, manager(company, "Mei Lan")) as session:
            plan_view(session, plan_id)
    with act(database, manager(company, "Mei Lan")) as session:
        assert list_plans(session) == []


def test_the_first_acknowledgement_makes_the_plan_active(database, company):
    plan_id = drafted(database, company)
    with act(database) as session:
        approve_plan(session, plan_id, now=NOON)
    assert view(database, plan_id, START).row.stage == "awaiting_acknowledgement"
    with pytest.raises(ValidationError):  # "I disagree" needs the comment
        with act(database) as session:
            acknowledge_plan(session, plan_id, disagrees=True, now=NOON)
    with act(database) as session:
        acknowledge_plan(session, plan_id, disagrees=True, comment="The market fell", now=NOON)
    plan = view(database, plan_id, START)
    assert plan.row.stage == "active" and plan.acknowledgements[0].disagrees
    assert [e.kind for e in plan.events] == ["approved", "acknowledged"]


def test_a_goal_edit_after_acknowledgement_asks_for_a_new_one(database, company):
    plan_id = running(database, company)
    goal = view(database, plan_id, START).goals[0]
    with act(database) as session:
        with pytest.raises(ValidationError):  # a reason is required
            revise_goal(session, goal.id, GoalDraft(goal.horizon, goal.description, goal.measure,
                                                    goal.due_date, goal.baseline, "97"), "  ")
    with act(database) as session:
        revise_goal(session, goal.id, GoalDraft(goal.horizon, goal.description, goal.measure, goal.due_date,
                                                goal.baseline, "97"), "Market dropped in March")
    plan = view(database, plan_id, START)
    assert plan.row.stage == "awaiting_acknowledgement" and (plan.row.version, plan.row.acknowledged_version) == (2, 1)
    revision = plan.goals[0].revisions[0]
    assert revision.before["target"] == goal.target and revision.after["target"] == "97"
    assert revision.reason == "Market dropped in March"
    # A second change before the new receipt stays the same version.
    with act(database) as session:
        add_goal(session, plan_id, GoalDraft("short_term", "Call ten lapsed clients", "Calls made",
                                             date(2027, 3, 15), "0", "10"), "Agreed at the review")
    assert view(database, plan_id, START).row.version == 2
    with act(database) as session:
        acknowledge_plan(session, plan_id, now=NOON + timedelta(days=3))
    assert view(database, plan_id, START).row.stage == "active"


def test_a_missed_check_in_is_overdue_the_day_after_it_was_due_and_not_before(database, company):
    plan_id = running(database, company)  # acknowledged on 1 February, cadence two weeks
    due = date(2027, 2, 15)
    assert view(database, plan_id, due).row.next_check_in == due
    assert not view(database, plan_id, due).row.check_in_missed
    assert view(database, plan_id, due + timedelta(days=1)).row.check_in_missed
    with act(database) as session:
        assert [r.id for r in list_plans(session, today=due, due_before=due + timedelta(days=1))] == [plan_id]
        assert list_plans(session, today=due, due_before=due) == []
    # A check-in held restarts the cadence from its day.
    with act(database) as session:
        record_check_in(session, plan_id, held_on=date(2027, 2, 16), goals=progress(view(database, plan_id, START)),
                        now=datetime(2027, 2, 16, 12, tzinfo=timezone.utc))
    later = view(database, plan_id, date(2027, 3, 2))
    assert later.row.next_check_in == date(2027, 3, 2) and not later.row.check_in_missed
    assert later.row.health == "on_track"


def test_check_ins_refuse_future_days_unknown_goals_and_bad_figures(database, company):
    plan_id = running(database, company)
    goals = view(database, plan_id, START).goals
    now = datetime(2027, 2, 10, 12, tzinfo=timezone.utc)
    cases = [
        dict(held_on=date(2027, 2, 11), goals=[GoalProgress(goals[0].id, 10, "on_track")]),
        dict(held_on=date(2027, 2, 9), goals=[GoalProgress(goals[0].id, 101, "on_track")]),
        dict(held_on=date(2027, 2, 9), goals=[GoalProgress(goals[0].id, 10, "fine")]),
        dict(held_on=date(2027, 2, 9), goals=[GoalProgress(999999, 10, "on_track")]),
        dict(held_on=date(2027, 2, 9), goals=[]),
    ]
    for case in cases:
        with pytest.raises(ValidationError):
            with act(database) as session:
                record_check_in(session, plan_id, now=now, **case)
    assert view(database, plan_id, START).check_ins == []


def test_a_warning_needs_a_check_in_that_recorded_the_shortfall(database, company):
    plan_id = running(database, company)
    goals = view(database, plan_id, START).goals
    with pytest.raises(ValidationError) as refused:
        with act(database) as session:
            issue_warning(session, plan_id, check_in_id=None, goal_ids=[goals[0].id], wording="Below target",
                          issued_on=date(2027, 2, 20))
    assert refused.value.problems[0].code == "plan_warning_needs_check_in"
    now = datetime(2027, 2, 20, 12, tzinfo=timezone.utc)
    with act(database) as session:
        fine = record_check_in(session, plan_id, held_on=date(2027, 2, 14), now=now,
                               goals=[GoalProgress(goals[0].id, 50, "on_track")])
        short = record_check_in(session, plan_id, held_on=date(2027, 2, 20), now=now,
                                goals=[GoalProgress(goals[0].id, 20, "off_track"),
                                       GoalProgress(goals[1].id, 60, "on_track")])
    with pytest.raises(ValidationError) as refused:
        with act(database) as session:
            issue_warning(session, plan_id, check_in_id=fine, goal_ids=[goals[0].id], wording="Below target",
                          issued_on=date(2027, 2, 20))
    assert refused.value.code == "plan_warning_no_shortfall"
    with pytest.raises(ValidationError):
        with act(database) as session:  # goal 2 was on track at that check-in
            issue_warning(session, plan_id, check_in_id=short, goal_ids=[goals[0].id, goals[1].id],
                          wording="Below target", issued_on=date(2027, 2, 20))
    with act(database) as session:
        next_day = now + timedelta(days=1)
        issue_warning(session, plan_id, check_in_id=short, goal_ids=[goals[0].id],
                      wording="Sales at 20 % of the first step", issued_on=date(2027, 2, 21), now=next_day)
        recognise(session, plan_id, wording="Goal 2 on track", issued_on=date(2027, 2, 21), goal_ids=[goals[1].id],
                  now=next_day)
    plan = view(database, plan_id, date(2027, 2, 21))
    assert [(n.kind, n.check_in_id, n.goal_ids) for n in plan.notes] == [
        ("warning", short, [goals[0].id]), ("recognition", None, [goals[1].id])]
    assert plan.row.health == "at_risk"


def test_closing_needs_an_outcome_and_its_reasoning_and_leaves_the_plan_read_only(database, company):
    plan_id = running(database, company)
    with pytest.raises(ValidationError) as refused:
        with act(database) as session:
            close_plan(session, plan_id, None, "Done")
    assert refused.value.problems[0].code == "plan_outcome_required"
    with pytest.raises(ValidationError):
        with act(database) as session:
            close_plan(session, plan_id, "success", "   ")
    with act(database) as session:
        close_plan(session, plan_id, "success", "Sales back at target two months running",
                   now=datetime(2027, 5, 1, tzinfo=timezone.utc))
    plan = view(database, plan_id, date(2027, 5, 2))
    assert plan.row.stage == "closed" and plan.outcome == "success" and plan.read_only
    assert plan.row.next_check_in is None and not plan.row.decision_due
    goal = plan.goals[0]
    for change in (lambda s: record_check_in(s, plan_id, held_on=date(2027, 5, 1), goals=[]),
                   lambda s: extend_plan(s, plan_id, date(2027, 7, 1), "more time"),
                   lambda s: revise_goal(s, goal.id, GoalDraft("short_term", "x", "y", goal.due_date), "z"),
                   lambda s: close_plan(s, plan_id, "terminated", "again")):
        with pytest.raises(StageBlocked) as refused:
            with act(database) as session:
                change(session)
        assert refused.value.code == "plan_closed"


def test_extending_records_the_new_end_date_and_the_reason_once(database, company):
    plan_id = running(database, company)
    end = view(database, plan_id, START).row.end_date
    assert view(database, plan_id, end + timedelta(days=1)).row.decision_due
    with pytest.raises(ValidationError):
        with act(database) as session:
            close_plan(session, plan_id, "extended", "More time", new_end_date=None)
    with act(database) as session:
        close_plan(session, plan_id, "extended", "Half the goals met; the rest needs a quarter",
                   new_end_date=date(2027, 7, 31))
    plan = view(database, plan_id, end + timedelta(days=1))
    assert plan.row.stage == "extended" and plan.row.end_date == date(2027, 7, 31) and plan.extensions == 1
    extended = [e for e in plan.events if e.kind == "extended"][0]
    assert extended.reason == "Half the goals met; the rest needs a quarter"
    assert extended.details == {"from": end.isoformat(), "to": "2027-07-31"}
    assert not plan.row.decision_due
    with pytest.raises(StageBlocked) as refused:  # one extension allowed by default
        with act(database) as session:
            extend_plan(session, plan_id, date(2027, 9, 30), "Again")
    assert refused.value.code == "plan_extensions_used"


def test_every_step_is_on_the_plans_timeline_and_the_audit_trail(database, company):
    from db.models import AuditEvent

    plan_id = running(database, company)
    with act(database) as session:
        kinds = session.scalars(select(PlanEvent.kind).where(PlanEvent.plan_id == plan_id)).all()
        audited = session.scalars(select(AuditEvent.entity_type).where(AuditEvent.entity_type.in_(
            ("improvement_plans", "plan_events", "plan_acknowledgements")))).all()
    assert kinds == ["approved", "acknowledged"]
    assert {"improvement_plans", "plan_events", "plan_acknowledgements"} <= set(audited)


def test_the_threshold_band_is_the_lowest_two_unless_the_company_names_one(database, company):
    from reviewer.plans.rules import PlanRules, plan_proposed_for, save_plan_rules, threshold_band_code

    with act(database) as session:
        assert threshold_band_code(session, company.cycle_id) == "C"
        assert plan_proposed_for(session, company.appraisals["Eve Stone"]).eligible
        assert not plan_proposed_for(session, company.appraisals["Ann Smith"]).eligible
        save_plan_rules(session, PlanRules(threshold_band="d", plan_months=4, extensions_allowed=2))
    with act(database) as session:
        assert threshold_band_code(session, company.cycle_id) == "D"
    with pytest.raises(PermissionDenied):
        with act(database, manager(company, "Lin Hua")) as session:
            save_plan_rules(session, PlanRules())
    with pytest.raises(ValidationError):
        with act(database) as session:
            save_plan_rules(session, PlanRules(plan_months=9))


def test_goals_drafted_from_a_proposal_are_linked_to_their_kpi(database, company):
    with act(database) as session:
        proposal = improvement_proposal(session, company.appraisals["Eve Stone"], today=START)
        draft = draft_from_proposal(proposal, reason="r", session=session)
    assert {goal.kpi_id for goal in draft.goals} <= set(company.kpis.values())
    assert company.kpis["SALES"] in {goal.kpi_id for goal in draft.goals}


def test_a_goal_another_person_changed_after_it_was_opened_is_not_changed_over_their_revision(database, company):
    """Two people open the plan and change the same goal: the second, whose dialog still
    shows the goal as it was, is refused naming the first; nothing of theirs is replaced."""
    from reviewer.errors import ChangedMeanwhile

    plan_id = running(database, company)
    shown = view(database, plan_id, START).goals[0]
    as_read = GoalDraft(shown.horizon, shown.description, shown.measure, shown.due_date, shown.baseline, shown.target)
    with act(database) as session:
        revise_goal(session, shown.id, GoalDraft(shown.horizon, shown.description, shown.measure, shown.due_date,
                                                 shown.baseline, "97"), "Market dropped", goal_read=as_read)
    with pytest.raises(ChangedMeanwhile) as refused:
        with act(database) as session:
            revise_goal(session, shown.id, GoalDraft(shown.horizon, shown.description, shown.measure,
                                                     shown.due_date, shown.baseline, "80"), "Too hard",
                        goal_read=as_read)
    assert refused.value.code == "plan_goal_changed_meanwhile" and refused.value.params["who"]
    goal = view(database, plan_id, START).goals[0]
    assert goal.target == "97" and len(goal.revisions) == 1

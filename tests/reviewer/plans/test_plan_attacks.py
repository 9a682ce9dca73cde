"""Improvement and development plans attacked as a hostile or careless user would:
reading others' results through the comparison, Today items for people out of reach,
dates out of range, more goals than a plan holds, warnings dated in the future."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from reviewer.errors import PermissionDenied, ValidationError
from reviewer.plans.comparison import best_performer_comparison

from .test_comparison import manager
from .test_lifecycle import act, company  # noqa: F401  (the fixture)


def _sales(database, company, person, actor=None):
    with act(database, actor) as session:
        return best_performer_comparison(session, company.cycle_id, company.ids[person])


def test_a_comparison_over_own_people_and_two_outsiders_is_withheld(database, company):
    # Mei's line holds Ann, Bo and Cai; beside Ann the others are Bo and Cai (Mei knows their
    # results) and only Dan and Eve from outside: median and quartile over four would give
    # Mei the better outsider's result. Every group figure is withheld for her.
    result = _sales(database, company, "Ann Smith", manager(company, "Mei Lan"))
    sales = result.kpi("SALES")
    for figures in (sales.peers_actual, sales.peers_attainment, result.peers_kpi_score):
        assert not figures.published and figures.median is None and figures.top_quartile is None
        assert figures.count == 4 and figures.withheld.code == "plans_too_few_outside_line"
        assert "only 2 are outside your reporting line" in figures.withheld.message
    # HR, and the CEO whose line is everyone, know every result: nothing to hide from them.
    for actor in (None, manager(company, "Chen Wei")):
        published = _sales(database, company, "Ann Smith", actor).kpi("SALES").peers_actual
        assert published.published and published.median == pytest.approx(85.0)
    # Lin beside Eve: Dan is Lin's, Ann, Bo and Cai are three outsiders: shown.
    beside_eve = _sales(database, company, "Eve Stone", manager(company, "Lin Hua")).kpi("SALES").peers_actual
    assert beside_eve.published and beside_eve.count == 4


def test_today_names_no_plan_of_someone_who_left_the_owners_line(database, company):
    from sqlalchemy import update

    from db.models import Employee
    from reviewer.plans.reading import plan_view
    from reviewer.today import today
    from reviewer.workstation import Workstation

    from .test_lifecycle import running

    lin = manager(company, "Lin Hua")
    plan_id = running(database, company)  # Eve's plan, Lin's to run; first check-in due 15 February
    with act(database) as session:  # Eve moves to Mei's team: Lin may no longer open her plan
        session.execute(update(Employee).where(Employee.id == company.ids["Eve Stone"])
                        .values(manager_id=company.ids["Mei Lan"]))
    with pytest.raises(PermissionDenied):
        with act(database, lin) as session:
            plan_view(session, plan_id)
    view = Workstation(database, lin).call(today, now=datetime(2027, 2, 16, 9))
    assert [item for item in view.items if item.kind.startswith("plan")] == []
    # Mei, whose line Eve is in now, is told the check-in is late.
    view = Workstation(database, manager(company, "Mei Lan")).call(today, now=datetime(2027, 2, 16, 9))
    assert [item.kind for item in view.items if item.kind.startswith("plan")] == ["plan_check_in_chase"]


def _scratch_draft(company, start, end, goals=(), actions=()):
    from reviewer.plans.drafting import PlanDraft

    return PlanDraft(company.ids["Eve Stone"], "improvement", "scratch", "Sales below target", start, end,
                     goals=list(goals), actions=list(actions))


@pytest.mark.parametrize("start, end, field", [
    (date(9999, 10, 1), date(9999, 12, 31), "start_date"),  # six months on is no day at all
    (date(1, 1, 1), date(1, 4, 1), "start_date"),
    (date(2027, 1, 31), date(9999, 4, 30), "end_date"),
    ("2027-01-31", date(2027, 4, 30), "start_date"),  # not a date at all
])
def test_a_plan_on_a_mistyped_year_is_refused_naming_the_date(database, company, start, end, field):
    from reviewer.plans.drafting import save_draft

    with pytest.raises(ValidationError) as refused:
        with act(database) as session:
            save_draft(session, _scratch_draft(company, start, end))
    problem = refused.value.problems[0]
    assert (problem.field, problem.code) == (field, "plan_date_out_of_range")


@pytest.mark.parametrize("action, field", [
    (dict(due_date="soon"), "action_due_date"),
    (dict(due_date=date(9999, 1, 1)), "action_due_date"),
    (dict(due_date=date(2027, 1, 30)), "action_due_date"),  # the day before the plan starts
    (dict(done_on=date(1, 1, 1)), "action_done_on"),
])
def test_an_action_dated_outside_the_plan_is_refused_naming_its_row(database, company, action, field):
    from reviewer.plans.drafting import ActionDraft, save_draft

    actions = [ActionDraft("training", "Negotiation course", due_date=date(2027, 2, 15)),
               ActionDraft("mentoring", "Weekly call with Ann", **action)]
    with pytest.raises(ValidationError) as refused:
        with act(database) as session:
            save_draft(session, _scratch_draft(company, date(2027, 1, 31), date(2027, 4, 30), actions=actions))
    problem = refused.value.problems[0]
    assert (problem.row, problem.field, problem.code) == (2, field, "plan_action_date_outside")


def test_an_extension_to_a_mistyped_year_is_refused(database, company):
    from reviewer.plans.lifecycle import extend_plan

    from .test_lifecycle import running

    plan_id = running(database, company)
    with pytest.raises(ValidationError) as refused:
        with act(database) as session:
            extend_plan(session, plan_id, date(9999, 12, 31), "A long time")
    assert refused.value.problems[0].code == "plan_date_out_of_range"


def test_goals_added_after_approval_stop_at_the_plans_limit(database, company):
    from reviewer.plans.drafting import MAX_GOALS, GoalDraft
    from reviewer.plans.lifecycle import add_goal

    from .test_lifecycle import running, view, START

    plan_id = running(database, company)
    present = len(view(database, plan_id, START).goals)
    with act(database) as session:
        for number in range(MAX_GOALS - present):
            add_goal(session, plan_id, GoalDraft("short_term", f"Call {number}", "Calls", date(2027, 3, 1)), "Agreed")
    with pytest.raises(ValidationError) as refused:
        with act(database) as session:
            add_goal(session, plan_id, GoalDraft("short_term", "One more", "Calls", date(2027, 3, 1)), "Agreed")
    assert refused.value.code == "plan_too_many_goals"
    assert len(view(database, plan_id, START).goals) == MAX_GOALS


def test_warnings_and_recognition_are_dated_a_real_day_not_ahead(database, company):
    from reviewer.plans.checkins import GoalProgress, record_check_in
    from reviewer.plans.recognition import issue_warning, recognise

    from .test_lifecycle import running, view, START

    plan_id = running(database, company)
    goal = view(database, plan_id, START).goals[0]
    now = datetime(2027, 2, 20, 12, tzinfo=timezone.utc)
    with act(database) as session:
        short = record_check_in(session, plan_id, held_on=date(2027, 2, 20), now=now,
                                goals=[GoalProgress(goal.id, 20, "off_track")])
    attempts = [
        lambda s: issue_warning(s, plan_id, check_in_id=short, goal_ids=[goal.id], wording="Below", issued_on=None,
                                now=now),
        lambda s: issue_warning(s, plan_id, check_in_id=short, goal_ids=[goal.id], wording="Below",
                                issued_on=date(9999, 1, 1), now=now),
        lambda s: recognise(s, plan_id, wording="Well done", issued_on=date(2027, 2, 21), now=now),
        lambda s: recognise(s, plan_id, wording="Well done", issued_on="yesterday", now=now),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as refused:
            with act(database) as session:
                attempt(session)
        assert refused.value.problems[0].field == "issued_on"
    assert view(database, plan_id, START).notes == []


def test_a_plan_without_a_signing_identity_is_named_a_plan_not_an_appraisal(demo_database, tmp_path):
    from reviewer.errors import NotFound
    from reviewer.plans.signing import prepare_plan_signature, write_plan_pdf

    from .plan_document_company import complete_demo_plan

    path = tmp_path / "计划.pdf"
    with demo_database.session() as session:
        plan_id = complete_demo_plan(session)
        write_plan_pdf(session, plan_id, path, "zh")
        with pytest.raises(NotFound) as refused:
            prepare_plan_signature(session, path, "manager", plan_id=plan_id)
    assert refused.value.code == "plan_signing_no_identity_for_role"
    assert "sign the plan of" in str(refused.value)


def test_a_plan_pdf_to_a_path_that_cannot_be_written_is_refused_naming_it(demo_database, tmp_path):
    from reviewer.plans.signing import write_plan_pdf

    from .plan_document_company import complete_demo_plan

    folder = tmp_path / "导出"
    folder.mkdir()
    blocker = folder / "报告"
    blocker.write_text("a file where a folder should be")
    with demo_database.session() as session:
        plan_id = complete_demo_plan(session)
        for path in (blocker / "计划.pdf", folder):  # under a file; a folder itself
            with pytest.raises(ValidationError) as refused:
                write_plan_pdf(session, plan_id, path, "zh")
            assert refused.value.code == "file_not_written" and str(path) in str(refused.value)
    assert sorted(p.name for p in folder.iterdir()) == ["报告"]  # nothing half-written left behind

"""Plan proposals from the data, with a controlled clock: an improvement plan from a low
appraisal, a development plan from published 360 results and the manager review, and
whether an appraisal's band calls for a plan."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from db.models import Appraisal, Cycle, CycleStage, FeedbackRequest, RaterScore, Relationship, utcnow
from reviewer.access import bind
from reviewer.errors import NotFound, PermissionDenied, ValidationError
from reviewer.plans.proposals import development_proposal, eligible_for_plan, improvement_proposal
from reviewer.plans.settings import PlanSettings, add_months

from .company import build_plans_company, rate
from .test_comparison import manager

TODAY = date(2027, 1, 31)


@pytest.fixture
def company(database):
    with database.session() as session:
        return build_plans_company(session)


def improvement(database, company, person="Eve Stone", today=TODAY, actor=None, **settings):
    with database.session() as session:
        if actor is not None:
            bind(session, actor)
        return improvement_proposal(session, company.appraisals[person], today=today,
                                    settings=PlanSettings(**settings))


def development(database, company, person="Eve Stone", today=TODAY, actor=None, **settings):
    with database.session() as session:
        if actor is not None:
            bind(session, actor)
        return development_proposal(session, company.ids[person], company.cycle_id, today=today,
                                    settings=PlanSettings(**settings))


# -- dates ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("start, months, expected", [
    (date(2027, 1, 31), 1, date(2027, 2, 28)), (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2027, 11, 30), 3, date(2028, 2, 29)), (date(2027, 3, 15), 6, date(2027, 9, 15)),
])
def test_months_are_added_without_spilling_into_the_next_month(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize("settings, code", [
    ({"plan_months": 2}, "plans_months_range"), ({"plan_months": 7}, "plans_months_range"),
    ({"short_term_months": 0}, "plans_months_range"), ({"short_term_months": 4}, "plans_months_order"),
    ({"long_term_months": 5, "plan_months": 4}, "plans_months_order"), ({"min_peers": 0}, "plans_min_peers_range"),
])
def test_settings_out_of_range_are_refused_with_a_code(settings, code):
    with pytest.raises(ValidationError) as refused:
        PlanSettings(**settings)
    assert refused.value.code == code


# -- improvement ---------------------------------------------------------------------------------------

def test_a_low_appraisal_proposes_goals_from_the_kpis_furthest_below_target(company, database):
    proposal = improvement(database, company)
    assert (proposal.kind, proposal.start_date, proposal.end_date) == ("improvement", TODAY, date(2027, 4, 30))
    rows = [(g.measure, g.horizon, g.baseline, g.target, g.target_source, g.due_date) for g in proposal.goals]
    assert rows == [
        # SALES and CHURN are both at 50 %: the heavier first. SALES: the others' median
        # result 95 lies between the baseline and the target, a first step they show is reachable.
        ("SALES", "short_term", 50.0, 95.0, "position_median", date(2027, 2, 28)),
        ("SALES", "long_term", 50.0, 100.0, "target", date(2027, 4, 30)),
        # CHURN (lower is better): the others' median 4.75 is beyond the target 5, so the target.
        ("CHURN", "short_term", 10.0, 5.0, "target", date(2027, 2, 28)),
        ("CHURN", "long_term", 10.0, 5.0, "target", date(2027, 4, 30)),
        # CSAT at 94 %: too few others to compare with, so the target.
        ("CSAT", "short_term", 85.0, 90.0, "target", date(2027, 2, 28)),
        ("CSAT", "long_term", 85.0, 90.0, "target", date(2027, 4, 30)),
    ]
    assert proposal.goals[0].description.message == "SALES: from 50 to 95 by 2027-02-28 (a first step)."
    hints = [(h.about, h.cause, h.notice.code) for h in proposal.cause_hints]
    assert hints == [("SALES", "market", "plans_hint_peers_miss"),  # the others' median is 95 %
                     ("CHURN", "skills", "plans_hint_peers_reach"),  # the others' median is 106 %
                     ("CSAT", "other", "plans_hint_no_peers")]
    assert proposal.comparison.kpi("SALES").peers_attainment.median == pytest.approx(0.95)
    assert proposal.as_dict()["goals"][0]["due_date"] == "2027-02-28"


def test_the_months_and_the_number_of_goals_are_settings(company, database):
    proposal = improvement(database, company, today=date(2027, 3, 15), short_term_months=2, long_term_months=4,
                           plan_months=6, max_kpi_goals=1)
    assert [(g.measure, g.horizon, g.due_date) for g in proposal.goals] == [
        ("SALES", "short_term", date(2027, 5, 15)), ("SALES", "long_term", date(2027, 7, 15))]
    assert proposal.end_date == date(2027, 9, 15)


def test_an_appraisal_without_a_shortfall_says_so(company, database):
    proposal = improvement(database, company, person="Ann Smith")
    assert proposal.goals == () and "plans_no_shortfall" in {n.code for n in proposal.notices}


def test_a_manager_outside_the_line_gets_no_proposal(company, database):
    with pytest.raises(PermissionDenied):
        improvement(database, company, actor=manager(company, "Mei Lan"))
    assert improvement(database, company, actor=manager(company, "Lin Hua")).goals


def test_an_unknown_appraisal_is_refused_with_a_code(company, database):
    with database.session() as session:
        with pytest.raises(NotFound) as refused:
            improvement_proposal(session, 999_999, today=TODAY)
    assert refused.value.code == "appraisal_unknown"


# -- development ----------------------------------------------------------------------------------------

def eve_360(database, company):
    """Eve rates herself high on communication (a blind spot); her manager Lin is the one
    published rater besides her; two peers (below the threshold of 3, even pooled) rate
    teamwork and ownership very low and communication high: withheld, they count for nothing."""
    with database.session() as session:
        rate(session, company, "Eve Stone", "Eve Stone", Relationship.SELF, {"COMM": 5, "TEAM": 3, "OWN": 4})
        rate(session, company, "Eve Stone", "Lin Hua", Relationship.MANAGER, {"COMM": 3, "TEAM": 4, "OWN": 4})
        for peer in ("Dan Brown", "Ann Smith"):
            rate(session, company, "Eve Stone", peer, Relationship.PEER, {"COMM": 5, "TEAM": 1, "OWN": 1})


def test_a_withheld_360_group_contributes_nothing_to_a_development_proposal(company, database):
    eve_360(database, company)
    proposal = development(database, company, max_competency_goals=2)
    rows = [(g.measure, g.baseline, g.target, g.horizon, g.due_date) for g in proposal.goals]
    # Counted with the peers, teamwork (4, 1, 1: mean 2) would be the lowest; published, only Lin's 4.
    assert rows == [("COMM", 3.0, 3.5, "long_term", date(2027, 4, 30)),
                    ("OWN", 4.0, 4.5, "long_term", date(2027, 4, 30))]
    assert proposal.blind_spots == ("COMM",)
    assert proposal.goals[0].description.code == "plans_goal_blind_spot"
    assert [(h.about, h.cause) for h in proposal.cause_hints] == [("COMM", "skills")]
    before = proposal.as_dict()
    # Whatever the withheld peers said, the proposal is the same.
    with database.session() as session:
        peers = select(FeedbackRequest.id).where(FeedbackRequest.relation == Relationship.PEER)
        session.execute(update(RaterScore).where(RaterScore.request_id.in_(peers)).values(total=5))
    assert development(database, company, max_competency_goals=2).as_dict() == before
    # A third peer publishes the group: now it counts, and teamwork moves.
    with database.session() as session:
        session.execute(update(RaterScore).where(RaterScore.request_id.in_(peers)).values(total=1))
        rate(session, company, "Eve Stone", "Bo Zhang", Relationship.PEER, {"COMM": 3, "TEAM": 1, "OWN": 3})
    published = development(database, company, max_competency_goals=1)
    assert published.goals[0].measure == "TEAM"  # Lin 4, peers 1, 1, 1
    assert published.goals[0].baseline == pytest.approx(1.75)


def test_the_manager_reviews_development_areas_join_once_submitted(company, database):
    eve_360(database, company)
    areas = "Listen to customers before proposing a fix; write up the weekly pipeline."
    with database.session() as session:
        session.get(Appraisal, company.appraisals["Eve Stone"]).development_areas = areas
    draft = development(database, company, max_competency_goals=1)
    assert [g.source for g in draft.goals] == ["competency"]
    assert "plans_development_areas_draft" in {n.code for n in draft.notices}
    with database.session() as session:
        session.get(Appraisal, company.appraisals["Eve Stone"]).manager_submitted_at = utcnow()
    submitted = development(database, company, max_competency_goals=1)
    review_goal = submitted.goals[-1]
    assert (review_goal.source, review_goal.note, review_goal.due_date) == ("manager_review", areas, date(2027, 4, 30))
    assert submitted.appraisal_id == company.appraisals["Eve Stone"]


def test_before_the_360_is_published_no_competency_goal_is_proposed(company, database):
    eve_360(database, company)
    with database.session() as session:
        session.get(Cycle, company.cycle_id).stage = CycleStage.SELF_REVIEW_360
    proposal = development(database, company)
    assert proposal.goals == () and proposal.blind_spots == ()
    assert [n.code for n in proposal.notices] == ["plans_360_unpublished"]


def test_a_development_proposal_is_for_reviewers_only(company, database):
    eve_360(database, company)
    with pytest.raises(PermissionDenied):
        development(database, company, actor=manager(company, "Eve Stone"))
    assert development(database, company, actor=manager(company, "Lin Hua")).goals


# -- eligibility ----------------------------------------------------------------------------------------

def test_a_band_at_or_below_the_threshold_calls_for_a_plan(company, database):
    with database.session() as session:
        eve = eligible_for_plan(session, company.appraisals["Eve Stone"], "C")  # proposed D
        cai = eligible_for_plan(session, company.appraisals["Cai Ling"], "c")  # proposed C, any case
        ann = eligible_for_plan(session, company.appraisals["Ann Smith"], "C")  # proposed A
    assert (eve.eligible, eve.band_code, eve.basis) == (True, "D", "proposed")
    assert (cai.eligible, cai.band_code) == (True, "C")
    assert (ann.eligible, ann.notice.code) == (False, "plans_not_eligible")


def test_the_band_is_the_calibrated_else_the_proposed_else_the_earned(company, database):
    with database.session() as session:
        session.get(Appraisal, company.appraisals["Eve Stone"]).calibrated_band_id = company.bands["B"]
        bo = session.get(Appraisal, company.appraisals["Bo Zhang"])
        bo.proposed_band_id = None  # earns B with 76
        dan = session.get(Appraisal, company.appraisals["Dan Brown"])
        dan.proposed_band_id, dan.final_score = None, None
    with database.session() as session:
        eve = eligible_for_plan(session, company.appraisals["Eve Stone"], "C")
        bo = eligible_for_plan(session, company.appraisals["Bo Zhang"], "B")
        dan = eligible_for_plan(session, company.appraisals["Dan Brown"], "C")
        with pytest.raises(NotFound) as unknown:
            eligible_for_plan(session, company.appraisals["Eve Stone"], "Z")
    assert (eve.eligible, eve.band_code, eve.basis) == (False, "B", "calibrated")
    assert (bo.eligible, bo.band_code, bo.basis) == (True, "B", "earned")
    assert (dan.eligible, dan.band_code, dan.notice.code) == (False, None, "plans_no_band")
    assert unknown.value.code == "calibration_band_unknown"


def test_eligibility_is_for_reviewers_only(company, database):
    with database.session() as session:
        bind(session, manager(company, "Mei Lan"))
        with pytest.raises(PermissionDenied):
            eligible_for_plan(session, company.appraisals["Eve Stone"], "C")

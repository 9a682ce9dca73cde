"""Cycle scores with hand-computed expected values: each scoring rule, the weights, a
target without a result, a missing part, a pooled and a withheld 360 group, band
edges; recomputation until the scores are frozen; who may read them."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from db.models import (
    Actual,
    Appraisal,
    Competency,
    Cycle,
    CycleParticipant,
    CycleStage,
    Department,
    Employee,
    ExternalRater,
    FeedbackRequest,
    FormQuestion,
    FormSection,
    FormTemplate,
    Frequency,
    Kpi,
    KpiDirection,
    KpiKind,
    KpiUnit,
    QuestionKind,
    RaterScore,
    RatingBand,
    Relationship,
    RequestStatus,
    ScoringRule,
    Target,
    UserRole,
)
from reviewer.access import Actor, bind
from reviewer.cycles.scoring import (
    BandInfo,
    CycleScoring,
    band_of,
    breakdown,
    compute_scores,
    explain,
    refresh_cycle_scores,
    score_cycle,
)
from reviewer.errors import PermissionDenied
from reviewer.feedback.anonymity import Cell, publish
from reviewer.kpi.actuals import record_actual
from reviewer.kpi.targets import update_target
from reviewer.messages import render

START, END = date(2027, 1, 1), date(2027, 6, 30)


@dataclass
class Company:
    cycle: Cycle
    people: dict[str, int]  # S subject, M manager, P1-P3 peers, R the subject's report
    competencies: list[int]
    template_id: int
    kpis: dict[str, int]


def _kpi(session, code, direction, rule=ScoringRule.LINEAR, steps=None) -> int:
    kpi = Kpi(code=code, name=f"KPI {code}", name_zh=f"指标{code}", unit=KpiUnit.COUNT, direction=direction,
              kind=KpiKind.QUANTITATIVE, category="test", scoring_rule=rule,
              scoring_params={"steps": steps} if steps else {})
    session.add(kpi)
    session.flush()
    return kpi.id


def _company(session, stage=CycleStage.MANAGER_REVIEW, threshold=3, group_weights=None) -> Company:
    department = Department(name="销售部")
    session.add(department)
    session.flush()
    manager = Employee(employee_no="E1", name="经理", department_id=department.id)
    session.add(manager)
    session.flush()
    subject = Employee(employee_no="E2", name="张三", department_id=department.id, manager_id=manager.id)
    peers = [Employee(employee_no=f"E{n}", name=f"同事{n}", department_id=department.id, manager_id=manager.id)
             for n in (3, 4, 5)]
    session.add_all([subject, *peers])
    session.flush()
    report = Employee(employee_no="E6", name="下属", department_id=department.id, manager_id=subject.id)
    session.add(report)
    cycle = Cycle(name="2027 H1", period_start=START, period_end=END, frequency=Frequency.HALF_YEAR, stage=stage,
                  kpi_weight=70, competency_weight=30, anonymity_threshold=threshold, group_weights=group_weights)
    cycle.rating_bands = [RatingBand(code="A", name="Outstanding", name_zh="卓越", min_score=90),
                          RatingBand(code="B", name="Good", name_zh="良好", min_score=80),
                          RatingBand(code="C", name="Meets", name_zh="达标", min_score=60),
                          RatingBand(code="D", name="Below", name_zh="待改进", min_score=0)]
    competencies = [Competency(code="COMM", name="Communication"), Competency(code="TEAM", name="Teamwork")]
    template = FormTemplate(family="test", name="Test form")
    section = FormSection(position=1, title="All")
    section.questions = [FormQuestion(position=n, kind=QuestionKind.RATING, text=c.name, competency=c, scale_max=5)
                         for n, c in enumerate(competencies, start=1)]
    template.sections = [section]
    session.add_all([cycle, *competencies, template])
    session.flush()
    session.add(CycleParticipant(cycle_id=cycle.id, employee_id=subject.id))
    session.add(Appraisal(cycle_id=cycle.id, employee_id=subject.id))
    kpis = {"SALES": _kpi(session, "SALES", KpiDirection.HIGHER_BETTER),
            "CHURN": _kpi(session, "CHURN", KpiDirection.LOWER_BETTER),
            "VISITS": _kpi(session, "VISITS", KpiDirection.HIGHER_BETTER, ScoringRule.STEPS, [[1.0, 100], [0.8, 60]]),
            "RESPONSE": _kpi(session, "RESPONSE", KpiDirection.TARGET_BAND, ScoringRule.BAND),
            "QUALITY": _kpi(session, "QUALITY", KpiDirection.HIGHER_BETTER)}
    session.flush()
    people = {"S": subject.id, "M": manager.id, "P1": peers[0].id, "P2": peers[1].id, "P3": peers[2].id,
              "R": report.id}
    return Company(cycle, people, [c.id for c in competencies], template.id, kpis)


def _target(session, company, code, value, weight, *readings, low=None, high=None) -> int:
    target = Target(cycle_id=company.cycle.id, employee_id=company.people["S"], kpi_id=company.kpis[code],
                    target_value=value, weight=weight, band_low=low, band_high=high)
    session.add(target)
    session.flush()
    for as_of, actual in readings:
        session.add(Actual(target_id=target.id, value=actual, as_of=as_of))
    session.flush()
    return target.id


def _rate(session, company, relation: Relationship, ratings: list[int], rater: str | None = None,
          external: int | None = None) -> int:
    """A submitted form from one rater: a rating per competency."""
    request = FeedbackRequest(cycle_id=company.cycle.id, subject_id=company.people["S"], relation=relation,
                              rater_employee_id=company.people[rater] if rater else None,
                              external_rater_id=external, template_id=company.template_id,
                              status=RequestStatus.SUBMITTED, submitted_at=datetime(2027, 6, 1))
    session.add(request)
    session.flush()
    session.add_all(RaterScore(request_id=request.id, competency_id=c, ratings=1, total=r)
                    for c, r in zip(company.competencies, ratings))
    session.flush()
    return request.id


def _customer(session) -> int:
    customer = ExternalRater(name="采购负责人", email="buyer@example.com")
    session.add(customer)
    session.flush()
    return customer.id


def _score(session, company):
    return compute_scores(session, company.cycle.id)[1][company.people["S"]]


# -- the KPI part --------------------------------------------------------------------------

def test_each_scoring_rule_and_the_weighted_kpi_part_leaving_out_a_target_without_a_result(database):
    with database.session() as session:
        company = _company(session)
        # Higher is better, linear: the latest reading by date counts: 110 / 100 = 110 points.
        _target(session, company, "SALES", 100, 40, (date(2027, 5, 31), 110), (date(2027, 2, 28), 80))
        # Lower is better, linear: 5 / 4 = 125 %, counted up to the 120 % cap: 120 points.
        _target(session, company, "CHURN", 5, 30, (date(2027, 6, 30), 4))
        # Steps: 17 / 20 = 85 % reaches the 80 % step: 60 points.
        _target(session, company, "VISITS", 20, 20, (date(2027, 6, 30), 17))
        # A target band 20-28, band rule: 30 is 2 above 28: 100 x (1 - 2/28) = 92.857 points.
        _target(session, company, "RESPONSE", 24, 10, (date(2027, 6, 30), 30), low=20, high=28)
        # A result only after the period: no result in the cycle period, left out.
        _target(session, company, "QUALITY", 90, 25, (date(2027, 7, 5), 95))
        score = _score(session, company)
    points = {t.kpi_code: t.points for t in score.targets}
    assert points == {"SALES": pytest.approx(110), "CHURN": pytest.approx(120), "VISITS": 60,
                      "RESPONSE": pytest.approx(100 * (1 - 2 / 28)), "QUALITY": None}
    assert [t.kpi_code for t in score.left_out] == ["QUALITY"]
    expected = (110 * 40 + 120 * 30 + 60 * 20 + 100 * (1 - 2 / 28) * 10) / 100  # 101.2857
    assert score.kpi_score == pytest.approx(expected)
    # No 360 at all: the final score is the KPI part alone, re-weighted, never a zero for the 360.
    assert score.competency_score is None
    assert score.final_score == pytest.approx(expected)
    assert score.band_id is not None


def test_no_result_at_all_and_no_360_is_not_scored(database):
    with database.session() as session:
        company = _company(session)
        _target(session, company, "SALES", 100, 100)
        score = _score(session, company)
    assert (score.kpi_score, score.competency_score, score.final_score, score.band_id) == (None, None, None, None)


# -- the 360 part ----------------------------------------------------------------------------

def _leak_case(session, company, customer_rating: int) -> None:
    """The issue's person: a manager, three peers and one customer (below the threshold)."""
    _rate(session, company, Relationship.SELF, [5, 5], "S")
    _rate(session, company, Relationship.MANAGER, [4, 5], "M")
    _rate(session, company, Relationship.PEER, [3, 4], "P1")
    _rate(session, company, Relationship.PEER, [4, 4], "P2")
    _rate(session, company, Relationship.PEER, [5, 4], "P3")
    _rate(session, company, Relationship.CUSTOMER, [customer_rating, customer_rating], external=_customer(session))


@pytest.mark.parametrize("customer_rating", [1, 5])
def test_a_withheld_customer_counts_for_nothing_and_the_final_score_weighs_both_parts(database, customer_rating):
    with database.session() as session:
        company = _company(session)
        _target(session, company, "SALES", 100, 100, (date(2027, 6, 30), 110))
        _leak_case(session, company, customer_rating)
        refresh_cycle_scores(session, company.cycle)
        score = _score(session, company)
        stored = session.scalar(select(Appraisal).where(Appraisal.employee_id == company.people["S"]))
        listed = score_cycle(session, company.cycle.id)
    # manager: mean (4 + 5) / 2 = 4.5 -> 90, weight 50; peers: (4 + 4) / 2 = 4 -> 80, weight 20; self and
    # the lone customer count for nothing.
    assert [(g.group, g.score, g.weight) for g in score.groups] == [
        ("manager", pytest.approx(90), 50), ("peer", pytest.approx(80), 20)]
    assert score.withheld == ("customer",)
    competency = (90 * 50 + 80 * 20) / 70  # 87.142857
    assert score.competency_score == pytest.approx(competency)
    assert stored.competency_score == pytest.approx(competency)
    assert listed[0].competency_score == pytest.approx(competency)
    # final = (110 x 70 + 87.142857 x 30) / 100 = 103.142857, band A (from 90)
    assert stored.final_score == pytest.approx((110 * 70 + competency * 30) / 100)
    assert (listed[0].employee_no, listed[0].band_code) == ("E2", "A")
    assert stored.kpi_score == pytest.approx(110)


def test_groups_below_the_threshold_are_pooled_and_weigh_the_sum_of_their_weights(database):
    with database.session() as session:
        company = _company(session)
        _rate(session, company, Relationship.MANAGER, [4, 4], "M")
        _rate(session, company, Relationship.PEER, [3, 3], "P1")
        _rate(session, company, Relationship.PEER, [5, 5], "P2")
        _rate(session, company, Relationship.DIRECT_REPORT, [4, 2], "R")
        score = _score(session, company)
    # others (2 peers + 1 report = 3 raters): COMM (3+5+4)/3 = 4, TEAM (3+5+2)/3 = 10/3; mean 11/3 -> 73.333,
    # weighing peer 20 + direct report 20.
    others = 100 * (4 + 10 / 3) / 2 / 5
    assert [(g.group, g.weight, g.pooled_from) for g in score.groups] == [
        ("manager", 50, ()), ("others", 40, ("peer", "direct_report"))]
    assert score.competency_score == pytest.approx((80 * 50 + others * 40) / 90)  # 77.037
    # No KPI result: the final score is the competency part alone.
    assert score.kpi_score is None and score.final_score == pytest.approx(score.competency_score)


def test_the_cycles_group_weights_replace_the_defaults(database):
    with database.session() as session:
        company = _company(session, group_weights={"manager": 60, "peer": 40, "report": 0, "customer": 0,
                                                   "self": 0})
        _leak_case(session, company, 3)
        score = _score(session, company)
    assert score.competency_score == pytest.approx((90 * 60 + 80 * 40) / 100)  # 86


# -- bands ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("actual, band", [(80.0, "B"), (79.96, "B"), (79.94, "C"), (89.96, "A")])
def test_the_band_is_reached_by_the_final_score_as_shown(database, actual, band):
    """Exactly at a minimum reaches it; 0.04 below is shown as the minimum (80.0) and reaches it too;
    0.06 below is shown as 79.9 and does not."""
    with database.session() as session:
        company = _company(session)
        _target(session, company, "SALES", 100, 100, (date(2027, 6, 30), actual))
        score = _score(session, company)
        codes = {b.id: b.code for b in session.scalars(select(RatingBand))}
    assert score.final_score == pytest.approx(actual)
    assert codes[score.band_id] == band


def test_band_of_without_a_score_or_below_every_minimum():
    bands = (BandInfo(1, "B", "Good", None, 80.0), BandInfo(2, "C", "Meets", None, 60.0))
    assert band_of(None, bands) is None
    assert band_of(59.94, bands) is None
    assert band_of(59.95, bands).code == "C"


# -- recomputation and freezing ---------------------------------------------------------------------

def test_scores_follow_their_inputs_until_frozen_then_a_change_is_flagged(database):
    with database.session() as session:
        company = _company(session)
        target = _target(session, company, "SALES", 100, 100)
        record_actual(session, target, 90.0, date(2027, 3, 31))
        appraisal = session.scalar(select(Appraisal))
        assert appraisal.kpi_score == pytest.approx(90) and appraisal.final_score == pytest.approx(90)
        update_target(session, target, 120.0, 100)
        assert appraisal.kpi_score == pytest.approx(75)
        session.execute(update(Cycle).values(stage=CycleStage.CALIBRATION, scores_frozen_at=datetime(2027, 7, 1)))
        session.expire_all()
        record_actual(session, target, 120.0, date(2027, 6, 30))
        appraisal = session.scalar(select(Appraisal))
        assert appraisal.kpi_score == pytest.approx(75)  # frozen: not applied ...
        assert appraisal.score_inputs_changed_at is not None  # ... but flagged
        rows = score_cycle(session, company.cycle.id)
        assert rows[0].final_score == pytest.approx(75) and rows[0].inputs_changed_at is not None
        steps = explain(session, company.cycle.id, company.people["S"])
        assert steps.rows[1].code == "score_frozen_changed"
        from reviewer.appraisal.listing import appraisal_rows

        assert [r.inputs_changed for r in appraisal_rows(session, company.cycle.id)] == [True]  # the list flags it


# -- who may read them ------------------------------------------------------------------------------

def test_a_manager_reads_their_line_only_and_never_their_own_score(database):
    with database.session() as session:
        company = _company(session)
        session.add(CycleParticipant(cycle_id=company.cycle.id, employee_id=company.people["M"]))
        session.flush()
        manager = Actor(user_id=None, username="m", display_name="经理", role=UserRole.MANAGER,
                        employee_id=company.people["M"])
        bind(session, manager)
        assert [r.employee_no for r in score_cycle(session, company.cycle.id)] == ["E2"]
        explain(session, company.cycle.id, company.people["S"])
        with pytest.raises(PermissionDenied) as refused:
            explain(session, company.cycle.id, company.people["M"])
        assert refused.value.code == "own_review_confidential"
        peer = Actor(user_id=None, username="p", display_name="同事", role=UserRole.MANAGER,
                     employee_id=company.people["P1"])
        bind(session, peer)
        assert score_cycle(session, company.cycle.id) == []
        with pytest.raises(PermissionDenied):
            explain(session, company.cycle.id, company.people["S"])


# -- the explanation ----------------------------------------------------------------------------------

def test_the_explanation_names_every_input_rule_and_figure(database):
    with database.session() as session:
        company = _company(session)
        _target(session, company, "SALES", 100, 60, (date(2027, 6, 30), 110))
        _target(session, company, "QUALITY", 90, 40)
        _leak_case(session, company, 1)
        result = explain(session, company.cycle.id, company.people["S"], "zh")
    codes = [r.code for r in result.rows]
    assert codes == ["score_cycle_settings", "score_kpi_part", "score_target_result", "score_attainment_higher",
                     "score_rule_linear", "score_target_no_result", "score_kpi_formula", "score_competency_part",
                     "score_group", "score_group", "score_group_withheld", "score_competency_formula",
                     "score_final", "score_final_formula", "score_band", "score_band_rule",
                     "score_band_proposed_none", "score_band_not_calibrated"]
    text = [render(r.code, r.params) for r in result.rows]
    assert "指标SALES (SALES): target 100, weight 60; latest result 110 on 2027-06-30." in text
    assert "客户: fewer than 3 raters, too few even when pooled; withheld, it counts for nothing." in text
    assert "Weighted mean of the group scores: (90.00 × 50 + 80.00 × 20) ÷ 70 = 87.14." in text
    assert "(110.00 × 70 + 87.14 × 30) ÷ 100 = 103.14." in text
    assert result.as_dict()["steps"][0]["code"] == "score_cycle_settings"


def test_the_explanation_shows_the_proposed_and_calibrated_bands_beside_the_band_the_score_reaches(database):
    """The Appraisals list shows the band the appraisal carries (calibrated, else proposed);
    the explanation names all three so a list saying "Good" and a score reaching
    "Outstanding" visibly agree."""
    with database.session() as session:
        company = _company(session)
        _target(session, company, "SALES", 100, 60, (date(2027, 6, 30), 110))
        _leak_case(session, company, 1)
        bands = {b.code: b.id for b in session.scalars(select(RatingBand).where(
            RatingBand.cycle_id == company.cycle.id))}
        appraisal = session.scalar(select(Appraisal).where(Appraisal.employee_id == company.people["S"]))
        appraisal.proposed_band_id = bands["B"]
        session.flush()
        result = explain(session, company.cycle.id, company.people["S"])
        band_rows = [(r.code, r.params) for r in result.rows if r.part == "band" and r.depth == 0]
        assert band_rows == [("score_band", {"band": "Outstanding (A)"}),
                             ("score_band_proposed_unjustified", {"band": "Good (B)"}),
                             ("score_band_not_calibrated_proposed", {"band": "Good (B)"})]
        appraisal.rating_justification = "Two big accounts were lost late in the period"
        appraisal.calibrated_band_id = bands["C"]
        session.flush()
        result = explain(session, company.cycle.id, company.people["S"], "zh")
    text = [render(r.code, r.params) for r in result.rows if r.part == "band" and r.depth == 0]
    assert text == ["Band the score reaches: 卓越 (A)",
                    "Band proposed by the manager: 良好 (B), with a justification.",
                    "Calibrated band: 达标 (C). The appraisal carries this band (the Appraisals list shows it)."]


# -- the property -------------------------------------------------------------------------------------

ratings = st.lists(st.integers(1, 5).map(float), max_size=5)
competency_raters = st.fixed_dictionaries({
    "self": st.lists(st.integers(1, 5).map(float), max_size=1),
    "manager": st.lists(st.integers(1, 5).map(float), max_size=1),
    "peer": ratings, "direct_report": ratings, "customer": ratings})
SETTINGS = CycleScoring(1, "P", START, END, 70, 30, {"manager": 50, "peer": 20, "direct_report": 20, "customer": 10,
                                                      "self": 0}, 3, 5, (), None)


@settings(max_examples=200, deadline=None)
@given(st.lists(competency_raters, min_size=1, max_size=4), st.integers(1, 5), st.randoms(use_true_random=False))
def test_the_competency_part_never_changes_when_a_withheld_groups_ratings_change(competencies, threshold, rng):
    configured = CycleScoring(**{**SETTINGS.__dict__, "threshold": threshold})
    before = [publish({g: Cell.of(v) for g, v in groups.items()}, threshold) for groups in competencies]
    changed = [{g: ([float(rng.randint(1, 5)) for _ in v] if g in publication.withheld else v)
                for g, v in groups.items()} for groups, publication in zip(competencies, before)]
    after = [publish({g: Cell.of(v) for g, v in groups.items()}, threshold) for groups in changed]
    first, second = breakdown(1, (), before, configured), breakdown(1, (), after, configured)
    assert (first.competency_score is None) == (second.competency_score is None)
    if first.competency_score is not None:
        assert math.isclose(first.competency_score, second.competency_score, rel_tol=1e-12)
        assert math.isclose(first.final_score, second.final_score, rel_tol=1e-12)


def test_before_the_360_results_are_published_nobody_sees_the_360_part_hr_included(database):
    """A score shown while forms still come back would move by each returned form: two
    readings would give that rater away, whoever reads them."""
    with database.session() as session:
        company = _company(session, stage=CycleStage.SELF_REVIEW_360)
        _target(session, company, "SALES", 100, 100, (date(2027, 6, 30), 110))
        _rate(session, company, Relationship.MANAGER, [4, 5], "M")
        refresh_cycle_scores(session, company.cycle)
        before = score_cycle(session, company.cycle.id)[0]
        _rate(session, company, Relationship.PEER, [3, 4], "P1")
        _rate(session, company, Relationship.PEER, [4, 4], "P2")
        _rate(session, company, Relationship.PEER, [5, 4], "P3")
        refresh_cycle_scores(session, company.cycle)
        after = score_cycle(session, company.cycle.id)[0]
        explanation = explain(session, company.cycle.id, company.people["S"])
    assert (before.competency_score, before.final_score, before.band_code) == (None, None, None)
    assert before == after and not after.feedback_published
    assert after.kpi_score == pytest.approx(110)
    assert (explanation.competency_score, explanation.final_score, explanation.band_code) == (None, None, None)
    competency_rows = [r for r in explanation.rows if r.part == "competency"]
    assert all(r.figure is None for r in competency_rows)
    assert not any(r.code.endswith("group") for r in competency_rows)

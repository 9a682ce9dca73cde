"""Leniency and severity of managers on a constructed cycle: z-scores equal values worked
out by hand below, p-values equal scipy's (computed independently, here only), nothing
unpublished feeds a figure, and a manager cannot read another manager's row."""
from __future__ import annotations

import json
import math
import statistics
from dataclasses import replace
from datetime import date, datetime

import pytest
from scipy import stats as scipy_stats
from sqlalchemy import update

from db.models import (
    Appraisal,
    CalibrationCode,
    CalibrationMember,
    CalibrationParticipant,
    CalibrationSession,
    Cycle,
    CycleStage,
    Employee,
    FeedbackRequest,
    Relationship,
    RequestStatus,
    UserRole,
)
from reviewer.access import Actor, bind
from reviewer.calibration.leniency import _manager_ratings, leniency
from reviewer.errors import NotFound, PermissionDenied, ValidationError
from reviewer.feedback.published_score import published_group_scores, rating_scale_top
from reviewer.feedback.results import publish_cycle
from reviewer.messages import render

from .leniency_company import EVERYONE, GUIDELINE, ORG_SD, build_cycle, rate


def _by_label(report, data):
    ids = {v: k for k, v in data.managers.items()}
    return {ids[row.manager_id]: row for row in report.rows}


def test_org_figures_and_z_scores_equal_the_hand_computed_values(database):
    with database.session() as session:
        data = build_cycle(session)
        report = leniency(session, data.cycle_id)
    assert report.published and report.org_count == 20
    assert report.org_mean == pytest.approx(69.5, abs=1e-12)
    assert report.org_sd == pytest.approx(16.050905860648, abs=1e-9)  # sqrt(4895 / 19)
    # Independently: the standard library's sample SD of the same 20 scores.
    assert report.org_sd == pytest.approx(statistics.stdev(EVERYONE), abs=1e-12)
    rows = _by_label(report, data)
    assert set(rows) == {"M1", "M2", "M3"}  # M4 rated only 3 people
    # z = (team mean - 69.5) / (16.0509 / sqrt(team size))
    assert rows["M1"].team_size == 5 and rows["M1"].mean == pytest.approx(90.0)
    assert rows["M1"].z == pytest.approx((90 - 69.5) / (ORG_SD / math.sqrt(5)), abs=1e-12)
    assert rows["M1"].z == pytest.approx(2.855876, abs=1e-6)
    assert rows["M2"].z == pytest.approx((50 - 69.5) / (ORG_SD / math.sqrt(5)), abs=1e-12)
    assert rows["M2"].z == pytest.approx(-2.716565, abs=1e-6)
    assert rows["M3"].team_size == 7 and rows["M3"].mean == pytest.approx(480 / 7)
    assert rows["M3"].z == pytest.approx((480 / 7 - 69.5) / (ORG_SD / math.sqrt(7)), abs=1e-12)
    assert rows["M3"].z == pytest.approx(-0.153061, abs=1e-6)
    assert rows["M1"].difference == pytest.approx(20.5)
    # Most lenient first.
    assert [r.manager_id for r in report.rows] == [data.managers[m] for m in ("M1", "M3", "M2")]


def test_each_persons_rating_is_the_manager_term_of_the_published_360_score(database):
    """The grouped query equals what the anonymity rules publish and the published score's
    manager term makes of it, person by person, with other groups around (published,
    pooled or withheld) and a person rated by two managers."""
    with database.session() as session:
        data = build_cycle(session)
        for peer in data.teams["M1"][1:4]:  # three peers: published on their own
            rate(session, data, data.teams["M1"][0], peer, (1, 2), relation=Relationship.PEER)
        rate(session, data, data.teams["M2"][0], data.teams["M2"][1], (5, 5), relation=Relationship.PEER)  # withheld
        cycle = session.get(Cycle, data.cycle_id)
        ours = _manager_ratings(session, cycle, rating_scale_top(session, data.cycle_id)).by_person
        published = {person: published_group_scores(by_competency.values(), {"manager": 1.0}, 5)
                     for person, by_competency in publish_cycle(session, data.cycle_id, unscoped=True).items()}
    expected = {person: next(g.score for g in groups if g.group == "manager") for person, groups in published.items()}
    assert ours == pytest.approx(expected, rel=1e-12) and len(ours) == 20
    assert sorted(ours.values()) == pytest.approx(sorted(EVERYONE))


def _scipy_p(observed, guideline_codes):
    shares = [GUIDELINE[c] for c in guideline_codes]
    expected = [sum(observed) * s / sum(shares) for s in shares]
    statistic, p = scipy_stats.chisquare(observed, expected)
    assert p == pytest.approx(scipy_stats.chi2.sf(statistic, len(observed) - 1), rel=1e-12)
    return statistic, p


def test_chi_square_and_p_values_equal_scipy(database):
    with database.session() as session:
        data = build_cycle(session)
        report = leniency(session, data.cycle_id)
    rows = _by_label(report, data)
    codes = ["A", "B", "C", "D"]  # X has no guideline share: left out, and so is M1's person proposed there
    assert [code for code, _ in report.guideline] == codes
    assert [share for _, share in report.guideline] == pytest.approx([1 / 9, 2 / 9, 4 / 9, 2 / 9])
    for label, observed in (("M1", [3, 1, 0, 0]), ("M2", [0, 0, 2, 3]), ("M3", [1, 2, 3, 1])):
        statistic, p = _scipy_p(observed, codes)
        row = rows[label]
        assert [b.observed for b in row.bands] == observed and row.proposed == sum(observed)
        assert row.dof == 3
        assert row.chi_square == pytest.approx(statistic, rel=1e-12)
        assert row.p_value == pytest.approx(p, rel=1e-9, abs=1e-12)
    # M1: 3, 1, 0, 0 against expected 4/9, 8/9, 16/9, 8/9: (23/9)² / (4/9) + (1/9)² / (8/9) + 16/9 + 8/9
    # = 529/36 + 1/72 + 24/9 = 17.375, on 3 degrees of freedom: p = 0.00059.
    assert rows["M1"].chi_square == pytest.approx(17.375, rel=1e-12)
    assert rows["M1"].flagged and rows["M1"].sentence_code == "leniency_higher_unlike_guideline"
    assert render(rows["M1"].sentence_code, rows["M1"].sentence_params) == (
        "Rates higher than the organisation by 20.5 points (z = 2.9) and proposes bands unlike the guideline "
        "(p < 0.001).")
    assert rows["M2"].flagged and rows["M2"].p_value > 0.05 and rows["M2"].sentence_code == "leniency_lower"
    assert render(rows["M2"].sentence_code, rows["M2"].sentence_params) == (
        "Rates lower than the organisation by 19.5 points (z = -2.7).")
    assert not rows["M3"].flagged and rows["M3"].sentence_code == "leniency_in_line"


def test_unpublished_360_answers_change_no_figure(database):
    with database.session() as session:
        data = build_cycle(session)
        before = leniency(session, data.cycle_id)
        # A manager's form begun but not submitted (its sums stored anyway), a new person's
        # only form likewise, and peers' ratings (not the manager group): nothing moves.
        rate(session, data, data.teams["M2"][0], data.managers["M4"], (5, 5), status=RequestStatus.IN_PROGRESS)
        newcomer = Employee(employee_no="E200", name="新人", department_id=data.department_id,
                            manager_id=data.managers["M2"])
        session.add(newcomer)
        session.flush()
        rate(session, data, newcomer.id, data.managers["M2"], (1, 1), status=RequestStatus.OPEN)
        for peer in data.teams["M1"][1:4]:
            rate(session, data, data.teams["M1"][0], peer, (1, 1), relation=Relationship.PEER)
        assert leniency(session, data.cycle_id) == before
        # Before the cycle's 360 results are published there is no figure at all.
        session.execute(update(Cycle).where(Cycle.id == data.cycle_id).values(stage=CycleStage.SELF_REVIEW_360))
        session.expire_all()
        hidden = leniency(session, data.cycle_id)
        assert not hidden.published and hidden.rows == () and hidden.org_mean is None and hidden.org_count == 0
        assert hidden.notice_code == "feedback_unpublished"
        session.execute(update(Cycle).where(Cycle.id == data.cycle_id).values(feedback_release_date=date(2999, 1, 1)))
        session.expire_all()
        assert leniency(session, data.cycle_id).rows == ()


def _manager(data, label) -> Actor:
    return Actor(user_id=None, username=label, display_name=label, role=UserRole.MANAGER,
                 employee_id=data.managers[label])


def test_a_manager_reads_only_their_own_row(database):
    with database.session() as session:
        data = build_cycle(session)
        everyone = _by_label(leniency(session, data.cycle_id), data)
        bind(session, _manager(data, "M1"))
        own = leniency(session, data.cycle_id)
        assert [r.manager_id for r in own.rows] == [data.managers["M1"]]
        # 15 rated people in three other teams: the organisation's figures tell M1 no one team's.
        assert own.org_mean == pytest.approx(69.5) and not own.organisation_withheld
        assert own.rows[0] == everyone["M1"]
        dumped = json.dumps(own.as_dict(), ensure_ascii=False, default=str)
        assert "经理2" not in dumped and "M002" not in dumped
        # With a larger minimum, 15 outside is too few (< 2 x 8): no organisation figures, no z.
        narrow = leniency(session, data.cycle_id, min_team=3)
        assert [r.manager_id for r in narrow.rows] == [data.managers["M1"]]
        withheld = leniency(session, data.cycle_id, min_team=8)
        assert withheld.rows == ()  # M1's team of 5 is below 8
        bind(session, _manager(data, "M4"))
        small = leniency(session, data.cycle_id, min_team=3)
        assert [r.manager_id for r in small.rows] == [data.managers["M4"]]
        assert small.org_mean is not None
        # A manager whose outside is a single team learns nothing of it.
        session.execute(update(Employee).where(Employee.id.in_(data.teams["M3"] + data.teams["M4"]))
                        .values(manager_id=data.managers["M2"]))
        bind(session, _manager(data, "M1"))
        assert leniency(session, data.cycle_id).rows[0].z is not None  # raters, not the org chart, make teams
        bind(session, Actor(user_id=None, username="x", display_name="x", role=UserRole.MANAGER, employee_id=None))
        nobody = leniency(session, data.cycle_id)
        assert nobody.rows == () and nobody.org_mean is None and nobody.organisation_withheld


def test_the_organisation_is_withheld_when_outside_the_team_is_one_other_team(database):
    with database.session() as session:
        data = build_cycle(session)
        # Only M1's and M2's teams stay rated.
        session.execute(update(FeedbackRequest).where(FeedbackRequest.subject_id.in_(
            data.teams["M3"] + data.teams["M4"])).values(status=RequestStatus.DECLINED))
        bind(session, _manager(data, "M1"))
        report = leniency(session, data.cycle_id, min_team=2)
    assert report.organisation_withheld and report.org_mean is None and report.org_sd is None
    assert report.org_count == 0 and report.notice_code == "leniency_organisation_withheld"
    row = report.rows[0]
    assert row.z is None and row.difference is None and row.mean == pytest.approx(90.0)
    assert row.p_value is not None  # the guideline is no one's secret


def _session(session, data, *, blind: bool, members: list[int], participants: list[int]) -> int:
    calibration = CalibrationSession(cycle_id=data.cycle_id, name="销售部校准", scope_kind="cycle", blind=blind,
                                     opened_by_name="HR")
    session.add(calibration)
    session.flush()
    appraisals = {a.employee_id: a.id for a in session.query(Appraisal).filter(Appraisal.cycle_id == data.cycle_id)}
    session.add_all(CalibrationMember(session_id=calibration.id, appraisal_id=appraisals[m]) for m in members)
    session.add_all(CalibrationParticipant(session_id=calibration.id, employee_id=p) for p in participants)
    session.add_all(CalibrationCode(session_id=calibration.id, employee_id=e, code=f"M-{n:02}")
                    for n, e in enumerate((data.managers["M3"], data.managers["M2"]), start=7))
    session.flush()
    return calibration.id


def test_a_blind_session_shows_its_managers_as_codes_to_its_participants(database):
    with database.session() as session:
        data = build_cycle(session)
        everyone = _by_label(leniency(session, data.cycle_id), data)
        members = data.teams["M2"][:2] + data.teams["M3"][:1]
        session_id = _session(session, data, blind=True, members=members,
                              participants=[data.managers["M2"], data.managers["M3"]])
        bind(session, _manager(data, "M2"))
        report = leniency(session, data.cycle_id, session_id=session_id)
        assert report.blind and [r.manager for r in report.rows] == ["M-07", "M-08"]  # M3 (z -0.15), M2 (-2.72)
        assert all(r.manager_id is None and r.manager_no is None for r in report.rows)
        dumped = json.dumps(report.as_dict(), ensure_ascii=False, default=str)
        assert not any(name in dumped for name in ("经理2", "经理3", "M002", "M003"))
        assert report.rows[1] == replace(everyone["M2"], manager="M-08", manager_id=None, manager_no=None)
        # A manager who does not sit in the session reads nothing of it.
        bind(session, _manager(data, "M1"))
        with pytest.raises(PermissionDenied) as refused:
            leniency(session, data.cycle_id, session_id=session_id)
        assert refused.value.code == "calibration_not_participant"
        # Closed, the names come back.
        bind(session, Actor(user_id=None, username="hr", display_name="HR", role=UserRole.HR_ADMIN))
        session.execute(update(CalibrationSession).where(CalibrationSession.id == session_id)
                        .values(closed_at=datetime(2027, 7, 1), closed_by_name="HR"))
        session.expire_all()
        closed = leniency(session, data.cycle_id, session_id=session_id)
        assert not closed.blind and [r.manager for r in closed.rows] == ["经理3", "经理2"]


def test_refusals_are_coded(database):
    with database.session() as session:
        data = build_cycle(session)
        with pytest.raises(ValidationError) as bad:
            leniency(session, data.cycle_id, min_team=0)
        assert bad.value.code == "leniency_min_team_range"
        with pytest.raises(NotFound) as unknown:
            leniency(session, data.cycle_id + 99)
        assert unknown.value.code == "cycle_unknown_id"
        with pytest.raises(NotFound) as no_session:
            leniency(session, data.cycle_id, session_id=999)
        assert no_session.value.code == "calibration_session_unknown"

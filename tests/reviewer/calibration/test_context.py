"""A calibrated person's context: the last three cycles' bands beside this one, the KPI
table, and the published 360 summary for those who may review the person; nothing
that names them while a blind session is open."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import Appraisal, CalibrationSession, Employee, utcnow
from reviewer.access import bind
from reviewer.calibration.context import person_context
from reviewer.errors import NotFound, PermissionDenied
from reviewer.feedback.results import feedback_report

from .rank_company import HR, build_rank_company, manager_actor, open_blind_session


@pytest.fixture
def company(database):
    with database.session() as session:
        return build_rank_company(session)


def test_last_three_cycles_beside_this_one(database, company):
    with database.session() as session:
        context = person_context(bind(session, HR), company.cycle_id, company.appraisals["Ann"])
    assert [(c.cycle_name, c.band_code, c.current) for c in context.cycles] == [
        ("2025 Q2", "C", False), ("2025 Q3", "B", False), ("2025 Q4", "A", False), ("2026 H1", "B", True)]
    assert len(context.last_cycles) == 3
    assert (context.label, context.employee_no, context.manager, context.blind) == ("Ann", "E11", "Mei", False)


def test_kpi_table_is_the_scoring_services_rows(database, company):
    with database.session() as session:
        context = person_context(bind(session, HR), company.cycle_id, company.appraisals["Ann"])
    [line] = context.kpi_lines
    assert (line.kpi_code, line.target, line.actual, line.weight) == ("SALES", 1000, 880, 100)
    assert line.attainment == pytest.approx(0.88) and line.points == pytest.approx(88.0)


def test_nothing_names_the_person_in_an_open_blind_session(database, company):
    with database.session() as session:
        li = manager_actor(session, company, "Li")
        blind = open_blind_session(session, company, ["Ann", "Dan"], ["Li", "Mei"])
    for actor in (HR, li):
        with database.session() as session:
            context = person_context(bind(session, actor), company.cycle_id, company.appraisals["Ann"],
                                     session_id=blind)
        shown = repr(context)
        for revealing in ("Ann", "E11", "Mei", "E02"):
            assert revealing not in shown
        assert context.label.startswith("P-") and context.manager.startswith("M-") and context.blind
        assert context.employee_no is None
    # Li sits in the session but Ann is not in his line: bands and KPIs, no 360 summary.
    assert context.feedback is None and context.feedback_notice_code == "context_feedback_not_yours"
    assert [c.band_code for c in context.cycles] == ["C", "B", "A", "B"]
    with database.session() as session:
        session.get(CalibrationSession, blind).closed_at = utcnow()
    with database.session() as session:
        context = person_context(bind(session, HR), company.cycle_id, company.appraisals["Ann"], session_id=blind)
    assert (context.label, context.employee_no, context.manager) == ("Ann", "E11", "Mei")


def test_who_may_read_a_context(database, company):
    with database.session() as session:
        li = manager_actor(session, company, "Li")
        mei = manager_actor(session, company, "Mei")
        seated = open_blind_session(session, company, ["Ann"], ["Mei"], blind=False)
    with database.session() as session, pytest.raises(PermissionDenied) as outside:
        person_context(bind(session, li), company.cycle_id, company.appraisals["Ann"])
    assert outside.value.code == "outside_scope"
    with database.session() as session, pytest.raises(PermissionDenied) as not_seated:
        person_context(bind(session, li), company.cycle_id, company.appraisals["Ann"], session_id=seated)
    assert not_seated.value.code == "calibration_not_participant"
    with database.session() as session, pytest.raises(NotFound) as not_member:
        person_context(bind(session, HR), company.cycle_id, company.appraisals["Dan"], session_id=seated)
    assert not_member.value.code == "context_not_member"
    with database.session() as session:
        context = person_context(bind(session, mei), company.cycle_id, company.appraisals["Ann"])
    assert context.label == "Ann" and context.feedback is not None  # her own manager: the 360 summary too
    with database.session() as session, pytest.raises(NotFound) as other_cycle:
        person_context(bind(session, HR), company.past[0], company.appraisals["Ann"])
    assert other_cycle.value.code == "context_not_in_cycle"


def test_360_summary_is_the_published_report(demo_database):
    with demo_database.session() as session:
        appraisal = session.scalar(select(Appraisal).join(Employee, Employee.id == Appraisal.employee_id)
                                   .where(Appraisal.cycle_id == 1, Employee.manager_id.is_not(None))
                                   .order_by(Appraisal.id))
        context = person_context(session, 1, appraisal.id)
        report = feedback_report(session, 1, [appraisal.employee_id])
    summary = context.feedback
    assert summary is not None and summary.competencies
    assert [(c.code, c.self_score, c.manager_score, c.others_score, c.withheld) for c in summary.competencies] == [
        (r.competency.code, r.self_score, r.manager_score, r.others_score, r.withheld) for r in report.competencies]
    assert list(summary.comments) == report.comments and summary.threshold == report.threshold


def test_no_360_summary_before_publication(demo_database):
    with demo_database.session() as session:
        appraisal = session.scalar(select(Appraisal).where(Appraisal.cycle_id == 2).order_by(Appraisal.id))
        context = person_context(session, 2, appraisal.id)
    assert context.feedback is None and context.feedback_notice_code.startswith("feedback_unpublished")
    assert context.cycles[-1].band_code is None  # this cycle's band includes the unpublished 360 part

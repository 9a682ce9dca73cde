"""Attacks on calibration's privacy and access, each closed: what a participant (a manager
who sees only their own line elsewhere) could learn by reading two outputs side by side,
or the same output at two moments, and what the 360 must not give away before it is
published."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select, update

from db.models import (
    Appraisal,
    CalibrationCode,
    CalibrationMember,
    CalibrationParticipant,
    CalibrationSession,
    Cycle,
    CycleStage,
    FeedbackRequest,
    RequestStatus,
    UserRole,
    utcnow,
)
from db.location import resolve_database_url
from db.migrate import open_database
from reviewer.access import Actor, bind
from reviewer.access.profiles import add_profile
from reviewer.calibration.context import person_context
from reviewer.calibration.grid import calibration_grid
from reviewer.calibration.leniency import leniency
from reviewer.calibration.distribution import distribution
from reviewer.calibration.ninebox import nine_box
from reviewer.calibration.sessions import close_session, open_session
from reviewer.cli.runner import run
from reviewer.errors import ValidationError

from .company import build_company
from .leniency_company import build_cycle
from .rank_company import build_rank_company, manager_actor, open_blind_session
from .test_blind import HR
from .test_leniency import _manager, _session


def test_no_band_comes_from_the_final_score_before_the_360_is_published(database):
    # In the 360 stage the final score holds the forms returned so far: the band it earns,
    # read beside the KPI part (or again after one more form), would tell the raters' marks.
    with database.session() as session:
        company = build_company(session, stage=CycleStage.MANAGER_REVIEW)
        appraisals = list(session.scalars(select(Appraisal).where(Appraisal.cycle_id == company.cycle_id)))
        for appraisal in appraisals:
            appraisal.proposed_band_id = None
        cycle = session.get(Cycle, company.cycle_id)
        cycle.stage = CycleStage.SELF_REVIEW_360
        session.flush()
        hr = bind(session, HR)
        shares = distribution(hr, company.cycle_id)
        assert shares.total == 0 and all(row.count_after == 0 for row in shares.rows)
        box = nine_box(hr, company.cycle_id)
        assert {person.band_id for person in box.performance_not_rated} == {None}
        assert len(box.performance_not_rated) == len(appraisals)
        # Once published, the same scores earn their bands.
        cycle.stage = CycleStage.MANAGER_REVIEW
        session.flush()
        assert distribution(hr, company.cycle_id).total == len(appraisals)


def test_a_blind_context_shows_no_earlier_score_a_closed_session_shows_by_name(database):
    # Li sits in last quarter's closed session (names shown) and in this blind one: an
    # earlier cycle's score in Ann's context, matched against that grid, would name P-001.
    with database.session() as session:
        company = build_rank_company(session)
        li = manager_actor(session, company, "Li")
        last_quarter = company.past[-1]
        ann_then = session.scalar(select(Appraisal.id).where(Appraisal.cycle_id == last_quarter,
                                                             Appraisal.employee_id == company.ids["Ann"]))
        closed = CalibrationSession(cycle_id=last_quarter, name="2025 Q4", scope_kind="cycle", blind=False,
                                    opened_by_name="HR", closed_at=utcnow(), closed_by_name="HR")
        session.add(closed)
        session.flush()
        session.add_all([CalibrationMember(session_id=closed.id, appraisal_id=ann_then),
                         CalibrationCode(session_id=closed.id, employee_id=company.ids["Ann"], code="P-001"),
                         CalibrationParticipant(session_id=closed.id, employee_id=company.ids["Li"])])
        blind = open_blind_session(session, company, ["Ann", "Dan"], ["Li", "Mei"])
    with database.session() as session:
        reader = bind(session, li)
        [named] = calibration_grid(reader, closed.id).rows
        assert (named.label, named.score) == ("Ann", 70.0)
        context = person_context(reader, company.cycle_id, company.appraisals["Ann"], session_id=blind)
        assert [c.band_code for c in context.last_cycles] == ["C", "B", "A"]
        assert [c.final_score for c in context.last_cycles] == [None, None, None]
    with database.session() as session:
        session.get(CalibrationSession, blind).closed_at = utcnow()
    with database.session() as session:
        context = person_context(bind(session, li), company.cycle_id, company.appraisals["Ann"], session_id=blind)
        assert [c.final_score for c in context.last_cycles] == [70.0, 70.0, 70.0]


def test_a_manager_moving_by_employee_number_learns_nothing_of_the_person(tmp_path, capsys, monkeypatch):
    # Lin's profile tries `calibrate move` on Ann (Mei's line) and on a number that does not
    # exist: refused as not HR before anything about the number is looked up.
    path = str(tmp_path / "attack.sqlite3")
    database, _ = open_database(resolve_database_url(path))
    with database.session() as session:
        build_company(session)
        hr = bind(session, HR)
        add_profile(hr, "hr", "hr_admin", "hr password 2027", "C001")
        add_profile(hr, "lin", "manager", "lin password 2027", "C003")
        session.commit()
    database.dispose()
    monkeypatch.setenv("APPRAISAL_PASSWORD", "lin password 2027")
    for number in ("C004", "C999"):
        assert run(["--db", path, "--user", "lin", "--json", "calibrate", "move", "--cycle", "2027 H1",
                    "--employee", number, "--to", "A", "--reason", "probe"]) == 1
        shown = capsys.readouterr()
        assert "Ann" not in shown.out + shown.err and number not in shown.out + shown.err
        assert json.loads(shown.out)["code"] == "hr_only"


def test_session_leniency_and_the_organisation_do_not_subtract_to_one_persons_rating(database):
    # A session over M1's, M2's and M3's people; of M4's team only one person is rated. The
    # organisation's mean x count minus every row's mean x size would be that one person's
    # rating, someone outside the participant's line and outside the session.
    with database.session() as session:
        data = build_cycle(session)
        session.execute(update(FeedbackRequest).where(FeedbackRequest.subject_id.in_(data.teams["M4"][1:]))
                        .values(status=RequestStatus.DECLINED))
        members = [team[0] for label, team in data.teams.items() if label != "M4"]
        session_id = _session(session, data, blind=False, members=members,
                              participants=[data.managers[m] for m in ("M1", "M2", "M3")])
        everything = leniency(session, data.cycle_id, session_id=session_id)  # HR
        rest = everything.org_mean * everything.org_count - sum(r.mean * r.team_size for r in everything.rows)
        assert rest == pytest.approx(70.0)  # HR may: the one M4 person's rating
        bind(session, _manager(data, "M2"))
        report = leniency(session, data.cycle_id, session_id=session_id)
        assert report.organisation_withheld and report.notice_code == "leniency_organisation_withheld"
        assert (report.org_mean, report.org_sd, report.org_count) == (None, None, 0)
        assert [r.team_size for r in report.rows] == [5, 7, 5] and all(r.z is None for r in report.rows)
        # With M4's whole team rated (3 people, one team) the rest is still too few to show.
        session.execute(update(FeedbackRequest).where(FeedbackRequest.subject_id.in_(data.teams["M4"]))
                        .values(status=RequestStatus.SUBMITTED))
        assert leniency(session, data.cycle_id, session_id=session_id).org_mean is None


def test_a_blind_session_shows_no_department_and_is_not_narrowed_to_one(database):
    # Over the whole cycle, "Support" beside a manager's code says it is Lin's team, and
    # the session's nine-box narrowed to Support says which codes work there.
    with database.session() as session:
        company = build_company(session)
        hr = bind(session, HR)
        blind = open_session(hr, company.cycle_id, blind=True)
        lin = Actor(user_id=None, username="lin", display_name="Lin Hua", role=UserRole.MANAGER,
                    employee_id=company.ids["Lin Hua"])
        reader = bind(session, lin)
        assert {row.department for row in calibration_grid(reader, blind).rows} == {None}
        support = company.departments["Support"]
        for narrowed in (lambda: nine_box(reader, company.cycle_id, session_id=blind, department_id=support),
                         lambda: distribution(reader, company.cycle_id, session_id=blind, department_id=support)):
            with pytest.raises(ValidationError) as refused:
                narrowed()
            assert refused.value.code == "calibration_blind_department"
        assert nine_box(reader, company.cycle_id, session_id=blind).total == len(company.appraisals)
        bind(session, HR)
        close_session(hr, blind)
        bind(session, lin)
        assert "Support" in {row.department for row in calibration_grid(reader, blind).rows}
        assert distribution(reader, company.cycle_id, session_id=blind, department_id=support).total == 3

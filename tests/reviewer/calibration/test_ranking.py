"""Ranking within a position: starts from the scores, HR saves an order, people who
join later are appended by score, and nobody reads a ranking beyond their line."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from db.models import (Appraisal, AppraisalState, AuditEvent, CalibrationSession, Cycle, CycleParticipant,
                       CycleStage, Employee, PositionRanking, utcnow)
import reviewer.workstation  # noqa: F401 - every unit of work is audited
from reviewer.access import bind
from reviewer.calibration.ranking import (position_ranking, ranking_positions, ranks_of, reset_ranking,
                                          save_ranking)
from reviewer.errors import PermissionDenied, StageBlocked, ValidationError

from .rank_company import AUDITOR, HR, build_rank_company, manager_actor, open_blind_session


@pytest.fixture
def company(database):
    with database.session() as session:
        return build_rank_company(session)


def _labels(ranking):
    return [r.label for r in ranking.rows]


def test_ranking_starts_from_the_scores_ties_by_employee_number(database, company):
    with database.session() as session:
        ranking = position_ranking(bind(session, HR), company.cycle_id, company.positions["am"])
    assert _labels(ranking) == ["Bo", "Ann", "Cai", "Dan", "Eve"]  # Cai (E13) and Dan (E14) tie at 75
    assert [r.rank for r in ranking.rows] == [1, 2, 3, 4, 5]
    assert not ranking.saved and ranking.may_edit
    bo = ranking.rows[0]
    assert (bo.score, bo.band_code, bo.manager, bo.department, bo.employee_no) == (92.0, "A", "Mei", "Sales", "E12")


def test_saved_order_is_kept_and_written_whole(database, company):
    ids = company.ids
    order = [ids["Eve"], ids["Ann"], ids["Bo"], ids["Dan"], ids["Cai"]]
    with database.session() as session:
        save_ranking(bind(session, HR), company.cycle_id, company.positions["am"], order)
    with database.session() as session:
        ranking = position_ranking(bind(session, HR), company.cycle_id, company.positions["am"])
        rows = session.execute(select(PositionRanking.employee_id, PositionRanking.rank, PositionRanking.ranked_by_name)
                               .order_by(PositionRanking.rank)).all()
        audited = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "position_rankings.created"))
    assert _labels(ranking) == ["Eve", "Ann", "Bo", "Dan", "Cai"]
    assert ranking.saved and ranking.ranked_by == "Hanna HR"
    assert rows == [(e, n, "Hanna HR") for n, e in enumerate(order, start=1)]
    assert audited == 5
    # Saving again rewrites the order in place, and reset goes back to the scores.
    with database.session() as session:
        save_ranking(bind(session, HR), company.cycle_id, company.positions["am"], list(reversed(order)))
    with database.session() as session:
        assert _labels(position_ranking(session, company.cycle_id, company.positions["am"])) == [
            "Cai", "Dan", "Bo", "Ann", "Eve"]
        reset_ranking(bind(session, HR), company.cycle_id, company.positions["am"])
    with database.session() as session:
        ranking = position_ranking(session, company.cycle_id, company.positions["am"])
        assert not ranking.saved and _labels(ranking) == ["Bo", "Ann", "Cai", "Dan", "Eve"]
        assert session.scalar(select(func.count()).select_from(PositionRanking)) == 0


def test_people_who_join_later_are_appended_by_score(database, company):
    ids = company.ids
    with database.session() as session:
        save_ranking(bind(session, HR), company.cycle_id, company.positions["am"],
                     [ids["Eve"], ids["Dan"], ids["Cai"], ids["Ann"], ids["Bo"]])
        # Two people join the position afterwards: Fay (95) and Gus (50).
        for number, name, score in (("E16", "Fay", 95.0), ("E17", "Gus", 50.0)):
            department = session.get(Employee, ids["Ann"]).department_id
            person = Employee(employee_no=number, name=name, department_id=department, position_id=company.positions["am"], manager_id=ids["Mei"])
            session.add(person)
            session.flush()
            session.add(CycleParticipant(cycle_id=company.cycle_id, employee_id=person.id))
            session.add(Appraisal(cycle_id=company.cycle_id, employee_id=person.id, final_score=score,
                                  kpi_score=score, state=AppraisalState.MANAGER_REVIEW))
        # Cai leaves the position: dropped from its ranking, the places close up.
        session.get(Employee, ids["Cai"]).position_id = company.positions["lead"]
        joined = {e.name: e.id for e in session.scalars(select(Employee).where(Employee.employee_no.in_(["E16", "E17"])))}
    with database.session() as session:
        ranking = position_ranking(session, company.cycle_id, company.positions["am"])
        ranks = ranks_of(session, company.cycle_id)
    assert _labels(ranking) == ["Eve", "Dan", "Ann", "Bo", "Fay", "Gus"]
    assert [r.rank for r in ranking.rows] == [1, 2, 3, 4, 5, 6]
    assert ranks[joined["Fay"]] == (5, 6) and ranks[ids["Eve"]] == (1, 6)
    assert ranks[ids["Cai"]][1] == 4  # now among the four team leads, placed by score


def test_the_list_must_be_exactly_the_positions_people(database, company):
    ids = company.ids
    everyone = [ids[n] for n in ("Bo", "Ann", "Cai", "Dan", "Eve")]
    with database.session() as session:
        bind(session, HR)
        with pytest.raises(ValidationError) as missing:
            save_ranking(session, company.cycle_id, company.positions["am"], everyone[:-1])
        assert missing.value.code == "ranking_missing" and "E15" in str(missing.value)
        with pytest.raises(ValidationError) as extra:
            save_ranking(session, company.cycle_id, company.positions["am"], everyone + [ids["Mei"]])
        assert extra.value.code == "ranking_not_in_position" and "E02" in str(extra.value)
        with pytest.raises(ValidationError) as twice:
            save_ranking(session, company.cycle_id, company.positions["am"], everyone + [ids["Bo"]])
        assert twice.value.code == "ranking_duplicate" and "E12" in str(twice.value)
        assert session.scalar(select(func.count()).select_from(PositionRanking)) == 0


def test_only_hr_saves_and_only_in_calibration(database, company):
    ids = company.ids
    order = [ids[n] for n in ("Bo", "Ann", "Cai", "Dan", "Eve")]
    with database.session() as session:
        mei = manager_actor(session, company, "Mei")
    for actor, code in ((mei, "hr_only"), (AUDITOR, "hr_only")):
        with database.session() as session, pytest.raises(PermissionDenied) as refused:
            save_ranking(bind(session, actor), company.cycle_id, company.positions["am"], order)
        assert refused.value.code == code
    with database.session() as session:
        session.get(Cycle, company.cycle_id).stage = CycleStage.SIGN_OFF
    with database.session() as session, pytest.raises(StageBlocked) as blocked:
        save_ranking(bind(session, HR), company.cycle_id, company.positions["am"], order)
    assert blocked.value.code == "ranking_needs_calibration"
    with database.session() as session:
        assert not position_ranking(bind(session, HR), company.cycle_id, company.positions["am"]).may_edit


def test_a_manager_reads_only_rankings_wholly_in_their_line(database, company):
    with database.session() as session:
        mei = manager_actor(session, company, "Mei")
        chen = manager_actor(session, company, "Chen")
    with database.session() as session, pytest.raises(PermissionDenied) as refused:
        # Dan and Eve report to Li, not to Mei
        position_ranking(bind(session, mei), company.cycle_id, company.positions["am"])
    assert refused.value.code == "ranking_outside_scope"
    with database.session() as session:
        bind(session, mei)
        assert ranking_positions(session, company.cycle_id) == []
        assert ranks_of(session, company.cycle_id) == {}
    with database.session() as session:
        bind(session, chen)  # everyone in the position reports to Chen
        ranking = position_ranking(session, company.cycle_id, company.positions["am"])
        assert not ranking.may_edit and len(ranking.rows) == 5
        # Chen is a team lead himself: that ranking is not his to read
        assert [p.title for p in ranking_positions(session, company.cycle_id)] == ["Account manager"]
    with database.session() as session:
        bind(session, AUDITOR)
        assert [p.title for p in ranking_positions(session, company.cycle_id)] == ["Account manager", "Team lead"]


def test_ranking_in_an_open_blind_session_shows_codes_only(database, company):
    with database.session() as session:
        blind = open_blind_session(session, company, ["Ann", "Bo", "Cai", "Dan", "Eve"], [])
    with database.session() as session:
        ranking = position_ranking(bind(session, HR), company.cycle_id, company.positions["am"], session_id=blind)
        positions = ranking_positions(session, company.cycle_id, session_id=blind)
    names = {"Ann", "Bo", "Cai", "Dan", "Eve", "Mei", "Li"}
    for row in ranking.rows:
        assert row.employee_no is None
        assert row.label.startswith("P-") and row.manager.startswith("M-")
        assert not names & {row.label, row.manager}
    assert [p.title for p in positions] == ["Account manager"]
    with database.session() as session:
        session.get(CalibrationSession, blind).closed_at = utcnow()
    with database.session() as session:
        ranking = position_ranking(bind(session, HR), company.cycle_id, company.positions["am"], session_id=blind)
    assert _labels(ranking) == ["Bo", "Ann", "Cai", "Dan", "Eve"]


def test_reading_a_session_needs_a_seat_in_it(database, company):
    with database.session() as session:
        li = manager_actor(session, company, "Li")
        other = open_blind_session(session, company, ["Dan"], [])
    with database.session() as session, pytest.raises(PermissionDenied) as refused:
        position_ranking(bind(session, li), company.cycle_id, company.positions["am"], session_id=other)
    assert refused.value.code == "calibration_not_participant"

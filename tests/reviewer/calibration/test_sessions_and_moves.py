"""Calibration sessions and moves: reasons are required, every move is recorded and can
be undone while the session is open, closing locks it, and the manager's review holds
still while the person is being calibrated."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import AppraisalState, AppUser, CalibrationAdjustment, Cycle, CycleStage, UserRole
from reviewer.access import Actor, bind
from reviewer.calibration.distribution import distribution
from reviewer.calibration.grid import calibration_grid
from reviewer.calibration.moves import move_band, move_potential, session_moves, undo_move
from reviewer.calibration.sessions import close_session, list_sessions, open_session, session_header
from reviewer.cycles.stages import check_gate, reopen
from reviewer.errors import ChangedMeanwhile, NotFound, PermissionDenied, StageBlocked, ValidationError
from reviewer.reviews.sheet import review_sheet
from db.models import Appraisal

from .company import build_company

HR = Actor(user_id=None, username="hr", display_name="Helen HR", role=UserRole.HR_ADMIN)


def _as(session, actor: Actor):
    return bind(session, actor)


@pytest.fixture
def company(database):
    with database.session() as session:
        built = build_company(session)
        session.commit()
    return built


def _open(database, company, **kwargs) -> int:
    with database.session() as session:
        kwargs.setdefault("scope", "department")
        if kwargs["scope"] == "department":
            kwargs.setdefault("department_id", company.departments["Sales"])
        session_id = open_session(_as(session, HR), company.cycle_id, **kwargs)
        session.commit()
    return session_id


def test_a_move_without_a_reason_is_refused(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        for blank in ("", "   ", None):
            with pytest.raises(ValidationError) as refused:
                move_band(_as(session, HR), session_id, company.appraisals["Bo Zhang"], "A", blank)
            assert refused.value.code == "calibration_reason_missing"
        assert session.scalars(select(CalibrationAdjustment)).all() == []


def test_a_move_records_who_when_from_to_reason_and_session(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        row = move_band(_as(session, HR), session_id, company.appraisals["Bo Zhang"], "A", "led the big deal")
        session.commit()
    assert (row.from_band_code, row.to_band_code, row.by, row.reason) == ("B", "A", "Helen HR", "led the big deal")
    with database.session() as session:
        move = session.scalars(select(CalibrationAdjustment)).one()
        assert move.adjusted_by_name == "Helen HR" and move.created_at is not None
        assert (move.from_band_id, move.to_band_id) == (company.bands["B"], company.bands["A"])
        assert move.reason == "led the big deal" and move.session_id == session_id and move.axis == "band"
        assert session.get(Appraisal, company.appraisals["Bo Zhang"]).calibrated_band_id == company.bands["A"]
        assert [m.id for m in session_moves(_as(session, HR), session_id)] == [move.id]


def test_a_move_of_two_bands_is_a_big_mover(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        row = move_band(_as(session, HR), session_id, company.appraisals["Cai Ling"], "A", "underrated all year")
        grid = calibration_grid(_as(session, HR), session_id)
    assert row.big_mover
    cai = next(r for r in grid.rows if r.appraisal_id == company.appraisals["Cai Ling"])
    assert cai.big_mover and cai.changed and cai.original_band_id == company.bands["C"]
    assert cai.band_id == company.bands["A"]


def test_undo_inside_the_session_restores_and_marks_the_move_undone(database, company):
    session_id = _open(database, company)
    bo = company.appraisals["Bo Zhang"]
    with database.session() as session:
        first = move_band(_as(session, HR), session_id, bo, "A", "first thought")
        second = move_band(_as(session, HR), session_id, bo, "C", "second thought")
        with pytest.raises(ValidationError) as refused:  # undo walks back in order
            undo_move(_as(session, HR), session_id, first.id)
        assert refused.value.code == "calibration_undo_not_latest"
        undone = undo_move(_as(session, HR), session_id, second.id)
        assert undone.undone and undone.undone_by == "Helen HR"
        assert session.get(Appraisal, bo).calibrated_band_id == company.bands["A"]
        undo_move(_as(session, HR), session_id, first.id)
        appraisal = session.get(Appraisal, bo)
        assert appraisal.calibrated_band_id is None  # back to the proposal, nothing calibrated
        moves = session_moves(_as(session, HR), session_id)
        assert [m.undone for m in moves] == [True, True]  # undone moves stay on record
        potential = move_potential(_as(session, HR), session_id, bo, "high", "shows range")
        undo_move(_as(session, HR), session_id, potential.id)
        assert session.get(Appraisal, bo).potential is None
        session.commit()
    with database.session() as session:
        assert distribution(session, company.cycle_id, session_id=session_id).rows[1].count_after == 2


def test_a_closed_session_refuses_moves_and_undo(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        move = move_band(_as(session, HR), session_id, company.appraisals["Bo Zhang"], "A", "led the big deal")
        close_session(_as(session, HR), session_id)
        session.commit()
    with database.session() as session:
        for attempt in (lambda: move_band(_as(session, HR), session_id, company.appraisals["Ann Smith"], "B", "x"),
                        lambda: undo_move(_as(session, HR), session_id, move.id),
                        lambda: move_potential(_as(session, HR), session_id, company.appraisals["Ann Smith"],
                                               "low", "x"),
                        lambda: close_session(_as(session, HR), session_id)):
            with pytest.raises(StageBlocked) as refused:
                attempt()
            assert refused.value.code == "calibration_session_closed"
        appraisal = session.get(Appraisal, company.appraisals["Bo Zhang"])
        assert appraisal.calibrated_band_id == company.bands["A"] and appraisal.state == AppraisalState.CALIBRATED
        # Closing fixed everyone's band, moved or not.
        ann = session.get(Appraisal, company.appraisals["Ann Smith"])
        assert ann.calibrated_band_id == company.bands["A"]


def test_moves_refuse_a_non_member_an_unknown_band_and_the_same_band(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        with pytest.raises(ValidationError) as refused:
            move_band(_as(session, HR), session_id, company.appraisals["Dan Brown"], "A", "x")
        assert refused.value.code == "calibration_not_member"
        with pytest.raises(NotFound) as refused:
            move_band(_as(session, HR), session_id, company.appraisals["Bo Zhang"], "Z", "x")
        assert refused.value.code == "calibration_band_unknown" and "A, B, C, D" in str(refused.value)
        with pytest.raises(ValidationError) as refused:
            move_band(_as(session, HR), session_id, company.appraisals["Bo Zhang"], "b", "x")
        assert refused.value.code == "calibration_same_band"


def test_the_manager_review_is_read_only_while_being_calibrated_and_writable_after_close(database, company):
    bo = company.appraisals["Bo Zhang"]
    with database.session() as session:
        session.get(Appraisal, bo).manager_submitted_at = None
        session.commit()
    session_id = _open(database, company)
    with database.session() as session:
        part = review_sheet(_as(session, HR), bo).manager_review
        assert not part.can_edit and part.read_only_code == "review_being_calibrated"
        from reviewer.messages import render

        assert "being calibrated" in render(part.read_only_code, part.read_only_params)
        from reviewer.reviews.manager_review import save_manager_review_field

        with pytest.raises(StageBlocked) as refused:
            save_manager_review_field(_as(session, HR), bo, "strengths", "steady")
        assert refused.value.code == "review_being_calibrated"
        close_session(_as(session, HR), session_id)
        reopen(_as(session, HR), company.cycle_id, CycleStage.MANAGER_REVIEW, "one review to redo")
        session.commit()
    with database.session() as session:
        part = review_sheet(_as(session, HR), bo).manager_review
        assert part.can_edit and part.read_only_code is None
        save_manager_review_field(_as(session, HR), bo, "strengths", "steady")
        session.commit()


def test_members_of_an_open_session_hold_the_calibration_gate(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        held = [b for b in check_gate(_as(session, HR), company.cycle_id).blockers
                if b.code == "in_calibration_session"]
        assert {b.name for b in held} == {"Mei Lan", "Ann Smith", "Bo Zhang", "Cai Ling"}
        assert "open calibration session 'Sales'" in held[0].message
        close_session(_as(session, HR), session_id)
        assert not [b for b in check_gate(_as(session, HR), company.cycle_id).blockers
                    if b.code == "in_calibration_session"]


def test_enforced_distribution_refuses_close_while_off_by_more_than_the_margin(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        cycle = session.get(Cycle, company.cycle_id)
        cycle.enforce_distribution, cycle.distribution_margin_pct = True, 10
        # Sales: A 1, B 2, C 1 of 4 = 25/50/25 against 20/30/40/10: B +20, C -15.
        with pytest.raises(StageBlocked) as refused:
            close_session(_as(session, HR), session_id)
        assert refused.value.code == "calibration_distribution_off"
        assert "B 50.0 %" in str(refused.value) and "C 25.0 %" in str(refused.value)
        # Only figures go into the message: its words are translated, a parameter is not.
        assert refused.value.params["bands"] == "B 50.0 % (30 %); C 25.0 % (40 %)"
        cycle.distribution_margin_pct = 25
        close_session(_as(session, HR), session_id)
        assert session_header(_as(session, HR), session_id).open is False


def test_the_distribution_compares_before_and_after_with_the_guideline(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        move_band(_as(session, HR), session_id, company.appraisals["Bo Zhang"], "C", "missed the year")
        shares = distribution(_as(session, HR), company.cycle_id, session_id=session_id)
        by_code = {row.code: row for row in shares.rows}
        assert shares.total == 4 and shares.margin == 10
        assert (by_code["B"].count_before, by_code["B"].count_after) == (2, 1)
        assert (by_code["C"].share_before, by_code["C"].share_after) == (25.0, 50.0)
        assert by_code["C"].difference == pytest.approx(10.0) and not by_code["C"].off
        assert by_code["A"].difference == pytest.approx(5.0)
        whole = distribution(_as(session, HR), company.cycle_id)
        assert whole.total == 8 and sum(r.count_before for r in whole.rows) == 8
        east = distribution(_as(session, HR), company.cycle_id, department_id=company.departments["Support"])
        assert east.total == 3 and {r.code: r.count_after for r in east.rows}["D"] == 1
        # Support: C 2 and D 1 of 3, nobody in A or B: every band is off by more than 10 points.
        assert [w.code for w in east.warnings] == ["calibration_band_below_guideline"] * 2 + [
            "calibration_band_above_guideline"] * 2
        assert "D holds 33.3 % of the people, 23.3 points above its guideline of 10 %" in east.warnings[3].message


def test_a_person_cannot_be_in_two_open_sessions(database, company):
    _open(database, company, name="Sales round")
    with database.session() as session:
        with pytest.raises(StageBlocked) as refused:
            open_session(_as(session, HR), company.cycle_id, scope="position",
                         position_id=company.positions["Rep"])
        assert refused.value.code == "calibration_person_in_session"
        assert "'Sales round'" in str(refused.value) and "3 of these people" in str(refused.value)
        support = open_session(_as(session, HR), company.cycle_id, scope="department",
                               department_id=company.departments["Support"])
        assert session_header(_as(session, HR), support).member_count == 3


def test_opening_is_refused_outside_the_calibration_stage(database):
    with database.session() as session:
        company = build_company(session, stage=CycleStage.MANAGER_REVIEW)
        with pytest.raises(StageBlocked) as refused:
            open_session(_as(session, HR), company.cycle_id)
        assert refused.value.code == "calibration_stage_only"


def test_only_hr_opens_and_moves_and_a_non_participant_manager_cannot_read(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        lin = Actor(user_id=None, username="lin", display_name="Lin Hua", role=UserRole.MANAGER,
                    employee_id=company.ids["Lin Hua"])
        mei = Actor(user_id=None, username="mei", display_name="Mei Lan", role=UserRole.MANAGER,
                    employee_id=company.ids["Mei Lan"])
        for read in (session_header, calibration_grid, session_moves):
            with pytest.raises(PermissionDenied) as refused:
                read(_as(session, lin), session_id)
            assert refused.value.code == "calibration_not_participant"
        with pytest.raises(PermissionDenied):
            distribution(_as(session, lin), company.cycle_id, session_id=session_id)
        assert list_sessions(_as(session, lin), company.cycle_id) == []
        # Mei manages members: she sits in the session by default and reads it, but moves nobody.
        assert len(calibration_grid(_as(session, mei), session_id).rows) == 4
        assert [h.id for h in list_sessions(_as(session, mei), company.cycle_id)] == [session_id]
        with pytest.raises(PermissionDenied) as refused:
            move_band(_as(session, mei), session_id, company.appraisals["Bo Zhang"], "A", "x")
        assert refused.value.code == "hr_only"
        with pytest.raises(PermissionDenied):
            open_session(_as(session, mei), company.cycle_id)


def test_the_grid_shows_the_saved_ranking_beside_the_band_to_hr_only(database, company):
    from reviewer.calibration.ranking import save_ranking

    session_id = _open(database, company)
    reps = ["Cai Ling", "Ann Smith", "Bo Zhang", "Dan Brown", "Eve Stone"]  # HR's order, not the scores'
    with database.session() as session:
        save_ranking(_as(session, HR), company.cycle_id, company.positions["Rep"], [company.ids[n] for n in reps])
        session.commit()
    with database.session() as session:
        rows = {row.label: row for row in calibration_grid(_as(session, HR), session_id).rows}
    assert rows["Cai Ling"].rank == (1, 5) and rows["Ann Smith"].rank == (2, 5) and rows["Bo Zhang"].rank == (3, 5)
    assert rows["Mei Lan"].rank is None  # her position has no saved ranking
    mei = Actor(user_id=None, username="mei", display_name="Mei Lan", role=UserRole.MANAGER,
                employee_id=company.ids["Mei Lan"])
    with database.session() as session:
        # A place among all the position's people counts people outside her line.
        assert all(row.rank is None for row in calibration_grid(_as(session, mei), session_id).rows)

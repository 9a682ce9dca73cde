"""Calibration under attack: hostile reasons and names, two HR programs saving the same
ranking at once, and the cycle moved out of calibration while a session is open. Each bad
input or losing writer gets a coded message; nothing is stored half-way."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from db.models import (
    Appraisal,
    CalibrationAdjustment,
    CalibrationSession,
    Cycle,
    CycleStage,
    PositionRanking,
    UserRole,
)
from reviewer.access import Actor, bind
from reviewer.calibration.moves import move_band, move_potential
from reviewer.calibration.ranking import position_ranking, save_ranking
from reviewer.calibration.sessions import close_session, open_session
from reviewer.cycles.stages import advance, reopen
from reviewer.errors import ReviewerError, StageBlocked, ValidationError

from .company import build_company

HR = Actor(user_id=None, username="hr", display_name="Helen HR", role=UserRole.HR_ADMIN)


@pytest.fixture
def company(database):
    with database.session() as session:
        built = build_company(session)
        session.commit()
    return built


def _open(database, company) -> int:
    with database.session() as session:
        session_id = open_session(bind(session, HR), company.cycle_id, scope="department",
                                  department_id=company.departments["Sales"])
        session.commit()
    return session_id


def _moves(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(CalibrationAdjustment))


@pytest.mark.parametrize("reason", ["led\x00the deal", "led\x07the deal", "led \u202ethe deal", "\x1b[31mred"])
def test_a_reason_with_control_or_direction_characters_is_refused_naming_the_field(database, company, reason):
    session_id = _open(database, company)
    with database.session() as session:
        for move in (lambda: move_band(bind(session, HR), session_id, company.appraisals["Bo Zhang"], "A", reason),
                     lambda: move_potential(bind(session, HR), session_id, company.appraisals["Bo Zhang"], "high",
                                            reason)):
            with pytest.raises(ValidationError) as refused:
                move()
            assert refused.value.problems[0].field == "reason"
            assert refused.value.problems[0].code == "hidden_characters"
            assert "Reason: holds invisible control or text-direction characters" in str(refused.value)
    assert _moves(database) == 0


def test_a_reason_over_several_lines_in_chinese_is_kept_as_written(database, company):
    session_id = _open(database, company)
    reason = "全年超额完成\n\t大客户续约"
    with database.session() as session:
        row = move_band(bind(session, HR), session_id, company.appraisals["Bo Zhang"], "a", reason)
        session.commit()
    assert row.reason == reason and row.to_band_code == "A"
    with database.session() as session:
        assert session.scalars(select(CalibrationAdjustment.reason)).one() == reason


@pytest.mark.parametrize("name", ["Sales\x00east", "Sales \u202eeast", "Sales\u200beast"])
def test_a_session_name_with_hidden_characters_is_refused(database, company, name):
    with database.session() as session:
        with pytest.raises(ValidationError) as refused:
            open_session(bind(session, HR), company.cycle_id, name=name)
        assert refused.value.problems[0].field == "name"
        session.rollback()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CalibrationSession)) == 0


def _after_a_pause(barrier: threading.Barrier) -> None:
    """Wait for the other writer to reach the same point; a writer held by a lock never
    does, and then this one goes on alone after the pause."""
    try:
        barrier.wait(3)
    except threading.BrokenBarrierError:
        pass


def test_two_people_saving_the_same_ranking_take_turns(database, company):
    reps = [company.ids[n] for n in ("Ann Smith", "Bo Zhang", "Cai Ling", "Dan Brown", "Eve Stone")]
    saved, outcomes = threading.Barrier(2), []

    def save(order: list[int]) -> None:
        with database.session() as session:
            try:
                save_ranking(bind(session, HR), company.cycle_id, company.positions["Rep"], order)
                _after_a_pause(saved)  # both have read the saved rows before either commits
                session.commit()
                outcomes.append("saved")
            except ReviewerError as refused:
                session.rollback()
                outcomes.append(refused.code)

    writers = [threading.Thread(target=save, args=(order,)) for order in (reps, reps[::-1])]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
    assert outcomes == ["saved", "saved"]  # the second found the first's order and replaced it whole
    with database.session() as session:
        rows = session.scalars(select(PositionRanking).order_by(PositionRanking.rank)).all()
        assert [r.rank for r in rows] == [1, 2, 3, 4, 5]
        assert [r.employee_id for r in rows] in (reps, reps[::-1])
        ranking = position_ranking(bind(session, HR), company.cycle_id, company.positions["Rep"])
        assert ranking.saved


def test_the_cycle_cannot_leave_calibration_with_a_session_open_even_letting_everyone_past(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        held = advance(bind(session, HR), company.cycle_id, dry_run=True).blockers
        assert {b.code for b in held} == {"in_calibration_session"}
        with pytest.raises(StageBlocked) as refused:
            advance(bind(session, HR), company.cycle_id, {b.employee_id: "the meeting ran late" for b in held})
        assert refused.value.code == "cycle_calibration_session_open"
        assert f"main.py calibrate close --session {session_id}" in str(refused.value)
        session.rollback()
    with database.session() as session:
        assert session.get(Cycle, company.cycle_id).stage == CycleStage.CALIBRATION
        close_session(bind(session, HR), session_id)
        session.commit()
    with database.session() as session:
        advance(bind(session, HR), company.cycle_id)
        session.commit()
        assert session.get(Cycle, company.cycle_id).stage == CycleStage.SIGN_OFF


def test_the_cycle_cannot_go_back_to_the_manager_review_with_a_session_open(database, company):
    session_id = _open(database, company)
    with database.session() as session:
        with pytest.raises(StageBlocked) as refused:
            reopen(bind(session, HR), company.cycle_id, CycleStage.MANAGER_REVIEW, "a manager asked to redo it")
        assert refused.value.code == "cycle_calibration_session_open"
        session.rollback()
    with database.session() as session:
        assert session.get(Cycle, company.cycle_id).stage == CycleStage.CALIBRATION
        move_band(bind(session, HR), session_id, company.appraisals["Bo Zhang"], "A", "still calibrating")
        close_session(bind(session, HR), session_id)
        reopen(bind(session, HR), company.cycle_id, CycleStage.MANAGER_REVIEW, "a manager asked to redo it")
        session.commit()
        assert session.get(Appraisal, company.appraisals["Bo Zhang"]).calibrated_band_id == company.bands["A"]


def test_a_correction_after_sign_off_keeps_the_potential_and_the_calibration_record(signed_appraisal):
    from datetime import datetime

    from reviewer.appraisal.corrections import Correction, correct_appraisal
    from reviewer.calibration.record import calibration_record

    with signed_appraisal.database.session() as session:
        old = session.get(Appraisal, signed_appraisal.appraisal_id)
        old.potential = "high"
        session.add(CalibrationAdjustment(appraisal_id=old.id, axis="potential", from_potential="medium",
                                          to_potential="high", reason="leads the new region",
                                          adjusted_by_name="Helen HR", created_at=datetime(2027, 7, 1)))
        session.commit()
    with signed_appraisal.database.session() as session:
        new = correct_appraisal(bind(session, HR), signed_appraisal.appraisal_id,
                                Correction(reason="score typo", final_score=88.0))
        session.commit()
        assert new.potential == "high"  # the nine-box keeps them in their box
        record = calibration_record(bind(session, HR), [new.id])
        assert [(line.to_value, line.reason) for line in record.lines
                if line.axis == "potential"] == [("high", "leads the new region")]

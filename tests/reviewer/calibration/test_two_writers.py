"""Two people moving the same person at once: one move wins, the other is told the person
moved meanwhile (it said which band it saw), on SQLite and PostgreSQL."""
from __future__ import annotations

import threading

from sqlalchemy import func, select

from db.models import Appraisal, CalibrationAdjustment
from reviewer.calibration.moves import move_band
from reviewer.calibration.sessions import open_session
from reviewer.errors import ChangedMeanwhile

from .company import build_company


def test_two_writers_moving_the_same_person_one_wins(database):
    with database.session() as session:
        company = build_company(session)
        session_id = open_session(session, company.cycle_id)
        session.commit()
    bo, seen = company.appraisals["Bo Zhang"], company.bands["B"]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def move(band: str) -> None:
        with database.session() as session:
            start.wait(10)
            try:
                move_band(session, session_id, bo, band, f"to {band}", expected_band_id=seen)
                session.commit()
                outcomes.append("moved")
            except ChangedMeanwhile as refused:
                session.rollback()
                outcomes.append(refused.code)
                assert "Someone else moved Bo Zhang meanwhile" in str(refused)

    writers = [threading.Thread(target=move, args=(band,)) for band in ("A", "C")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
    assert sorted(outcomes) == ["calibration_moved_meanwhile", "moved"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CalibrationAdjustment)) == 1
        move = session.scalars(select(CalibrationAdjustment)).one()
        assert session.get(Appraisal, bo).calibrated_band_id == move.to_band_id

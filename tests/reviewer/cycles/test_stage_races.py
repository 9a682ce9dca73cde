"""Two people moving the same cycle at once: the second is told it moved meanwhile,
instead of moving it a second step."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from db.models import Cycle, CycleStage, CycleStageEvent
from reviewer.cycles.stages import advance, reopen
from reviewer.errors import StageBlocked

from .company import build_company


def _company_in(database, stage: CycleStage):
    with database.session() as session:
        company = build_company(session)
        session.get(Cycle, company.cycle_id).stage = stage
        session.commit()
    return company


def test_a_move_from_a_stage_the_cycle_has_left_is_refused(database):
    company = _company_in(database, CycleStage.SELF_REVIEW_360)
    with database.session() as session:
        reopen(session, company.cycle_id, CycleStage.GOAL_SETTING, "targets were wrong",
               expected_stage=CycleStage.SELF_REVIEW_360)
        session.commit()
    with database.session() as session, pytest.raises(StageBlocked) as refused:
        advance(session, company.cycle_id, expected_stage=CycleStage.SELF_REVIEW_360)
    assert refused.value.code == "cycle_moved_meanwhile"
    assert "someone else moved it" in str(refused.value)
    with database.session() as session:
        assert session.get(Cycle, company.cycle_id).stage == CycleStage.GOAL_SETTING


def test_two_people_going_back_at_once_move_the_cycle_once(database):
    company = _company_in(database, CycleStage.MANAGER_REVIEW)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def go_back(reason: str) -> None:
        with database.session() as session:
            start.wait(10)
            try:
                reopen(session, company.cycle_id, CycleStage.GOAL_SETTING, reason,
                       expected_stage=CycleStage.MANAGER_REVIEW)
                session.commit()
                outcomes.append("moved")
            except StageBlocked as refused:
                session.rollback()
                outcomes.append(refused.code)

    writers = [threading.Thread(target=go_back, args=(f"reason {n}",)) for n in range(2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
    assert sorted(outcomes) == ["cycle_moved_meanwhile", "moved"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CycleStageEvent)
                              .where(CycleStageEvent.kind == "reopen")) == 1

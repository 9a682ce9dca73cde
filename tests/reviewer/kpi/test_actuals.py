"""Recording results by hand."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import Cycle, CycleStage, Target
from reviewer.kpi.actuals import readings, record_actual
from reviewer.errors import StageBlocked, ValidationError


def target_in(session, stage):
    cycle = session.scalar(select(Cycle).where(Cycle.stage == stage))
    return session.scalar(select(Target).where(Target.cycle_id == cycle.id))


def test_a_new_reading_is_added_and_listed_first(demo_database):
    with demo_database.session() as session:
        target = target_in(session, CycleStage.SELF_REVIEW_360)
        before = len(readings(session, target.id))
        record_actual(session, target.id, 12.5, date(2026, 11, 20), "月报", "含 11 月前三周")
        history = readings(session, target.id)
    assert len(history) == before + 1 and history[0].value == 12.5 and history[0].source == "月报"


def test_dates_outside_the_cycle_and_closed_cycles_are_refused(demo_database):
    with demo_database.session() as session:
        open_target = target_in(session, CycleStage.SELF_REVIEW_360)
        with pytest.raises(ValidationError, match="outside"):
            record_actual(session, open_target.id, 1, date(2026, 3, 1))
        with pytest.raises(StageBlocked):
            record_actual(session, target_in(session, CycleStage.CLOSED).id, 1, date(2026, 3, 1))

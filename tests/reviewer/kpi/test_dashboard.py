"""Dashboard figures."""
from __future__ import annotations

from sqlalchemy import select

from db.models import Cycle, CycleStage, Department, Target
from reviewer.kpi.dashboard import attainment_bars, kpi_trend, scope_people


def test_team_bars_and_trend_cover_both_cycles(demo_database):
    with demo_database.session() as session:
        sales = session.scalar(select(Department).where(Department.name == "销售部"))
        people = scope_people(session, department_id=sales.id)
        closed = session.scalar(select(Cycle).where(Cycle.stage == CycleStage.CLOSED))
        bars = attainment_bars(session, closed.id, people)
        trend = kpi_trend(session, people)
    assert len(bars) == 8 and bars == sorted(bars, key=lambda b: b.attainment)
    assert all(0.3 < b.attainment < 1.6 and b.people > 40 for b in bars)
    assert [p.cycle for p in trend] == ["2026 H1", "2026 H2"] and all(40 < p.kpi_score < 130 for p in trend)


def test_one_person(demo_database):
    with demo_database.session() as session:
        closed = session.scalar(select(Cycle).where(Cycle.stage == CycleStage.CLOSED))
        someone = session.scalar(select(Target.employee_id).where(Target.cycle_id == closed.id))
        bars = attainment_bars(session, closed.id, scope_people(session, employee_id=someone))
    assert bars and all(b.people == 1 for b in bars)

"""KPI alerts: what is off track, against what was due by the reading's date."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.models import Actual, Cycle, CycleStage, Employee, Kpi, KpiDirection, KpiUnit, Target
from reviewer.kpi.alerts import CRITICAL, WARNING, expected_by, kpi_alerts


def test_cumulative_targets_are_pro_rated_through_the_cycle():
    start, end = date(2026, 7, 1), date(2026, 12, 31)
    halfway = expected_by(120, KpiUnit.COUNT, KpiDirection.HIGHER_BETTER, start, end, date(2026, 9, 30))
    assert 59 < halfway < 61
    assert expected_by(120, KpiUnit.PERCENT, KpiDirection.HIGHER_BETTER, start, end, date(2026, 9, 30)) == 120
    assert expected_by(120, KpiUnit.COUNT, KpiDirection.HIGHER_BETTER, start, end, date(2027, 1, 5)) == 120


def add_reading(session, level_ratio: float) -> tuple[str, str]:
    cycle = session.scalar(select(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360))
    kpi = session.scalar(select(Kpi).where(Kpi.code == "CM_CSAT"))
    target = session.scalar(select(Target).where(Target.cycle_id == cycle.id, Target.kpi_id == kpi.id))
    session.add(Actual(target_id=target.id, value=target.target_value * level_ratio, as_of=date(2026, 11, 22)))
    session.flush()
    return session.get(Employee, target.employee_id).employee_no, kpi.code


def test_a_reading_below_the_critical_level_is_a_critical_alert_and_comes_first(demo_database):
    with demo_database.session() as session:
        number, code = add_reading(session, 0.5)
        alerts = kpi_alerts(session)
    assert alerts[0].employee_no == number and alerts[0].kpi_code == code
    assert alerts[0].level == CRITICAL and abs(alerts[0].attainment - 0.5) < 1e-6
    assert all(a.as_of <= alerts[0].as_of for a in alerts)


def test_a_reading_between_the_levels_is_a_warning_and_on_track_is_none(demo_database):
    with demo_database.session() as session:
        number, code = add_reading(session, 0.7)
        warned = [a for a in kpi_alerts(session) if a.employee_no == number and a.kpi_code == code]
        assert warned and warned[0].level == WARNING
        add_reading(session, 1.0)  # a newer reading on the same day is the latest
        assert not [a for a in kpi_alerts(session) if a.employee_no == number and a.kpi_code == code]


def test_closed_cycles_raise_no_alerts(demo_database):
    with demo_database.session() as session:
        assert all(a.cycle != "2026 H1" for a in kpi_alerts(session))

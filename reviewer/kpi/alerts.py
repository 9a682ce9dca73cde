"""Alerts: latest results that fall outside their KPI's normal range.

Each target's newest reading is compared with what was due by that date: for
cumulative KPIs (counts and amounts where more is better) the target is pro-rated
over the cycle, so a half-year sales target is not "missed" in its fourth month.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Cycle, CycleStage, Department, Employee, Kpi, KpiDirection, KpiUnit, Target

from . import scoring
from .actuals import latest_readings
from ..access import visible_condition

CUMULATIVE_UNITS = (KpiUnit.COUNT, KpiUnit.CURRENCY)
CRITICAL, WARNING = "critical", "warning"


@dataclass(frozen=True)
class KpiAlert:
    level: str
    as_of: date
    cycle: str
    employee_id: int
    employee_no: str
    name: str
    department: str
    kpi_code: str
    kpi_name: str
    kpi_name_zh: str | None
    unit: KpiUnit
    actual: float
    expected: float
    attainment: float  # ratio; 0.62 = 62 %
    cycle_id: int | None = None  # the cycle of ``cycle``: a plan started from the alert answers it


def expected_by(target: float, unit: KpiUnit, direction: KpiDirection, start: date, end: date, as_of: date) -> float:
    """What should have been reached by ``as_of``: pro-rated for cumulative KPIs."""
    if unit not in CUMULATIVE_UNITS or direction != KpiDirection.HIGHER_BETTER or as_of >= end:
        return target
    elapsed = max(1, (as_of - start).days + 1) / ((end - start).days + 1)
    return target * min(1.0, elapsed)


def kpi_alerts(session: Session, cycle_id: int | None = None, *, people=None) -> list[KpiAlert]:
    """Warnings and critical alerts for the latest results, newest first, critical
    before warning on the same day. By default every cycle that is not closed;
    ``people`` (ids, or a SELECT of them) keeps only those people's targets."""
    cycles = {c.id: c for c in session.scalars(
        select(Cycle).where(Cycle.id == cycle_id) if cycle_id is not None
        else select(Cycle).where(Cycle.stage != CycleStage.CLOSED))}
    if not cycles:
        return []
    among = (Target.employee_id.in_(people),) if people is not None else ()
    latest = latest_readings(session, Target.cycle_id.in_(cycles), *among)
    alerts = []
    rows = session.execute(
        select(Target.id, Target.cycle_id, Target.target_value, Target.band_low, Target.band_high,
               Employee.id, Employee.employee_no, Employee.name, Department.name,
               Kpi.code, Kpi.name, Kpi.name_zh, Kpi.unit, Kpi.direction, Kpi.warning_below, Kpi.critical_below)
        .join(Employee, Employee.id == Target.employee_id).join(Department, Department.id == Employee.department_id)
        .join(Kpi, Kpi.id == Target.kpi_id)
        .where(Target.cycle_id.in_(cycles), *among, Employee.is_active, visible_condition(session, Employee.id),
               (Kpi.warning_below.is_not(None)) | (Kpi.critical_below.is_not(None))))
    for (target_id, cycle, target, low, high, employee_id, number, name, department,
         code, kpi_name, kpi_zh, unit, direction, warning_below, critical_below) in rows:
        if target_id not in latest:
            continue
        as_of, actual = latest[target_id]
        c = cycles[cycle]
        expected = expected_by(target, unit, direction, c.period_start, c.period_end, as_of)
        ratio = scoring.attainment(direction, expected, actual, low, high)
        if ratio is None:
            continue
        if critical_below is not None and ratio < critical_below:
            level = CRITICAL
        elif warning_below is not None and ratio < warning_below:
            level = WARNING
        else:
            continue
        alerts.append(KpiAlert(level, as_of, c.name, employee_id, number, name, department, code, kpi_name,
                               kpi_zh, unit, actual, expected, ratio, c.id))
    alerts.sort(key=lambda a: (a.as_of, a.level == CRITICAL, -a.attainment), reverse=True)
    return alerts

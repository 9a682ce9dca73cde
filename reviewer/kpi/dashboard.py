"""Figures for the KPI dashboard: attainment per KPI and the KPI score over cycles,
for one person or a whole team (a department with its sub-departments)."""
from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Cycle, Employee, Kpi, Target

from . import scoring
from .actuals import latest_readings
from .alerts import expected_by
from ..access import keep_visible, require_in_scope, visible_condition
from ..people.directory import department_subtree, list_departments, list_people
from .targets import points_for


@dataclass(frozen=True)
class KpiBar:
    code: str
    name: str
    name_zh: str | None
    attainment: float  # mean over the people measured; 1.0 = on target
    people: int


@dataclass(frozen=True)
class TrendPoint:
    cycle: str
    kpi_score: float  # weighted points, 0-100 (more with extra credit)
    people: int


def scope_people(session: Session, employee_id: int | None = None, department_id: int | None = None) -> list[int]:
    """One person, or everyone (current and former) in a department and its teams;
    only people the acting user may see."""
    if employee_id is not None:
        require_in_scope(session, employee_id)
        return [employee_id]
    visible = visible_condition(session, Employee.id)
    if department_id is None:
        return list(session.scalars(select(Employee.id).where(visible)))
    subtree = department_subtree(list_departments(session), department_id)
    return list(session.scalars(select(Employee.id).where(Employee.department_id.in_(subtree), visible)))


def _scored_targets(session: Session, cycle_ids: list[int], people: list[int]):
    """(cycle, employee, kpi, weight, attainment, points) for targets with a result.
    Mid-cycle, cumulative KPIs are measured against what was due by the result's date."""
    latest = latest_readings(session, Target.cycle_id.in_(cycle_ids), Target.employee_id.in_(people))
    cycles = {c.id: c for c in session.scalars(select(Cycle).where(Cycle.id.in_(cycle_ids)))}
    for target, kpi in session.execute(
            select(Target, Kpi).join(Kpi).where(Target.cycle_id.in_(cycle_ids), Target.employee_id.in_(people))):
        if target.id not in latest:
            continue
        as_of, value = latest[target.id]
        cycle = cycles[target.cycle_id]
        due = expected_by(target.target_value, kpi.unit, kpi.direction, cycle.period_start, cycle.period_end, as_of)
        ratio = scoring.attainment(kpi.direction, due, value, target.band_low, target.band_high)
        if ratio is None:
            continue
        points = points_for(kpi, target, ratio)
        yield target.cycle_id, target.employee_id, kpi, target.weight, ratio, points


def attainment_bars(session: Session, cycle_id: int, people: list[int]) -> list[KpiBar]:
    """Mean attainment per KPI in one cycle, weakest first (over the people the acting user may see)."""
    people = keep_visible(session, people)
    ratios: dict[int, list[float]] = defaultdict(list)
    kpis = {}
    for _cycle, _employee, kpi, _weight, ratio, _points in _scored_targets(session, [cycle_id], people):
        ratios[kpi.id].append(min(ratio, 3.0))  # one outlier must not stretch the chart
        kpis[kpi.id] = kpi
    bars = [KpiBar(kpis[k].code, kpis[k].name, kpis[k].name_zh, statistics.fmean(v), len(v))
            for k, v in ratios.items()]
    return sorted(bars, key=lambda b: b.attainment)


def kpi_trend(session: Session, people: list[int]) -> list[TrendPoint]:
    """The KPI part of the score (weighted points) per cycle, oldest first; for a team,
    the mean over its people (those the acting user may see)."""
    people = keep_visible(session, people)
    cycles = session.scalars(select(Cycle).order_by(Cycle.period_start)).all()
    per_person: dict[tuple[int, int], list[tuple[float, float]]] = defaultdict(list)
    for cycle_id, employee, _kpi, weight, _ratio, points in _scored_targets(session, [c.id for c in cycles], people):
        per_person[(cycle_id, employee)].append((points, weight))
    trend = []
    for cycle in cycles:
        scores = [scoring.weighted_mean(pairs) for (c, _e), pairs in per_person.items() if c == cycle.id]
        scores = [s for s in scores if s is not None]
        if scores:
            trend.append(TrendPoint(cycle.name, statistics.fmean(scores), len(scores)))
    return trend


@dataclass(frozen=True)
class DashboardChoices:
    cycles: tuple[tuple[int, str], ...]  # newest first
    departments: tuple[tuple[int, str], ...]  # by name
    people: tuple[tuple[int, str, str], ...]  # id, name, employee no.


def dashboard_choices(session: Session) -> DashboardChoices:
    """The cycles, teams and people the dashboard can show."""
    cycles = tuple((c.id, c.name) for c in session.scalars(select(Cycle).order_by(Cycle.period_start.desc())))
    departments = tuple((d.id, d.name) for d in sorted(list_departments(session), key=lambda d: d.name))
    return DashboardChoices(cycles, departments, tuple((p.id, p.name, p.employee_no) for p in list_people(session)))


@dataclass(frozen=True)
class DashboardFigures:
    bars: tuple[KpiBar, ...]
    trend: tuple[TrendPoint, ...]


def dashboard_figures(session: Session, cycle_id: int, employee_id: int | None = None,
                      department_id: int | None = None) -> DashboardFigures:
    """Attainment per KPI in a cycle and the KPI score across cycles, for one person
    or a team (the whole organisation without either)."""
    people = scope_people(session, employee_id=employee_id, department_id=None if employee_id else department_id)
    return DashboardFigures(tuple(attainment_bars(session, cycle_id, people)), tuple(kpi_trend(session, people)))

"""Exports of people, targets, actuals and results as XLSX or CSV.

Numbers stay numbers and dates stay dates; text that a spreadsheet would run as a
formula is neutralised by the writer. The people export uses the importer's own
headers, so a file exported here imports back unchanged.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import Actual, Appraisal, Cycle, Employee, Kpi, Position, RatingBand, Target

from ..access import reviewable_condition, visible_condition
from ..errors import NotFound, ValidationError
from ..feedback.release import database_today, feedback_published, unpublished_notice
from .writers import write_table
from ..messages import name_some, render
from ..people.directory import department_paths


@dataclass
class ExportTable:
    title: str
    headers: list[str]
    rows: list[list[Any]]


def _department_paths(session: Session) -> dict[int, str]:
    return {dept_id: "/".join(path) for dept_id, path in department_paths(session).items()}


def _cycle_filter(session: Session, cycle: str | None):
    return None if cycle is None else cycle_id_by_name(session, cycle)


def cycle_id_by_name(session: Session, cycle: str) -> int:
    cycle_id = session.scalar(select(Cycle.id).where(Cycle.name == cycle))
    if cycle_id is None:
        names = list(session.scalars(select(Cycle.name).order_by(Cycle.period_start)))
        if not names:
            raise NotFound.coded("cycle_unknown_none_yet", cycle=cycle)
        raise NotFound.coded("cycle_unknown_named", cycle=cycle, cycles=name_some(names))
    return cycle_id


def people_table(session: Session, cycle: str | None = None) -> ExportTable:
    """Everyone the acting user may see (a manager: their line and themselves)."""
    manager = aliased(Employee)
    paths = _department_paths(session)
    rows = [[no, name, email, paths[dept], title, manager_no, hired, left, "active" if active else "left"]
            for no, name, email, dept, title, manager_no, hired, left, active in session.execute(
                select(Employee.employee_no, Employee.name, Employee.email, Employee.department_id,
                       Position.title, manager.employee_no, Employee.hire_date, Employee.leave_date,
                       Employee.is_active)
                .outerjoin(Position, Position.id == Employee.position_id)
                .outerjoin(manager, manager.id == Employee.manager_id)
                .where(visible_condition(session, Employee.id))
                .order_by(Employee.employee_no))]
    return ExportTable("People", ["Employee no.", "Name", "Email", "Department", "Position", "Manager",
                                  "Hire date", "Leave date", "Status"], rows)


def targets_table(session: Session, cycle: str | None = None) -> ExportTable:
    query = (select(Cycle.name, Employee.employee_no, Employee.name, Kpi.code, Kpi.name, Kpi.unit, Kpi.direction,
                    Target.target_value, Target.weight, Target.band_low, Target.band_high)
             .join(Cycle, Cycle.id == Target.cycle_id).join(Employee, Employee.id == Target.employee_id)
             .join(Kpi, Kpi.id == Target.kpi_id).where(visible_condition(session, Target.employee_id))
             .order_by(Cycle.period_start, Employee.employee_no, Kpi.code))
    if (cycle_id := _cycle_filter(session, cycle)) is not None:
        query = query.where(Target.cycle_id == cycle_id)
    rows = [[c, no, name, code, kpi, unit.value, direction.value, target, weight, low, high]
            for c, no, name, code, kpi, unit, direction, target, weight, low, high in session.execute(query)]
    return ExportTable("Targets", ["Cycle", "Employee no.", "Name", "KPI code", "KPI", "Unit", "Direction",
                                   "Target", "Weight %", "Band low", "Band high"], rows)


def actuals_table(session: Session, cycle: str | None = None) -> ExportTable:
    query = (select(Cycle.name, Employee.employee_no, Employee.name, Kpi.code, Actual.value, Kpi.unit,
                    Actual.as_of, Actual.source, Actual.note, Actual.entered_at)
             .join(Target, Target.id == Actual.target_id).join(Cycle, Cycle.id == Target.cycle_id)
             .join(Employee, Employee.id == Target.employee_id).join(Kpi, Kpi.id == Target.kpi_id)
             .where(visible_condition(session, Target.employee_id))
             .order_by(Cycle.period_start, Employee.employee_no, Kpi.code, Actual.as_of, Actual.id))
    if (cycle_id := _cycle_filter(session, cycle)) is not None:
        query = query.where(Target.cycle_id == cycle_id)
    rows = [[c, no, name, code, value, unit.value, as_of, source, note, entered]
            for c, no, name, code, value, unit, as_of, source, note, entered in session.execute(query)]
    return ExportTable("Actuals", ["Cycle", "Employee no.", "Name", "KPI code", "Value", "Unit", "As of",
                                   "Source", "Note", "Entered at"], rows)


def results_table(session: Session, cycle: str | None = None, today: date | None = None) -> ExportTable:
    """Appraisal outcomes. In a cycle whose 360 results are not published yet, the
    360 score cell says so and the final score and ratings (which include the 360
    part) are left empty. A manager's export holds their line only, never their own."""
    proposed, calibrated = aliased(RatingBand), aliased(RatingBand)
    today = today or database_today(session)  # as every other reader decides publication
    cycles = list(session.scalars(select(Cycle)))
    published = {c.id: feedback_published(c, today) for c in cycles}
    held_back = {c.id: render(*unpublished_notice(c)) for c in cycles}
    paths = _department_paths(session)
    query = (select(Cycle.id, Cycle.name, Employee.employee_no, Employee.name, Employee.department_id,
                    Appraisal.version,
                    Appraisal.kpi_score, Appraisal.competency_score, Appraisal.final_score,
                    proposed.code, calibrated.code, calibrated.name, Appraisal.state)
             .join(Cycle, Cycle.id == Appraisal.cycle_id).join(Employee, Employee.id == Appraisal.employee_id)
             .outerjoin(proposed, proposed.id == Appraisal.proposed_band_id)
             .outerjoin(calibrated, calibrated.id == Appraisal.calibrated_band_id)
             .where(reviewable_condition(session, Appraisal.employee_id))
             .order_by(Cycle.period_start, Employee.employee_no, Appraisal.version))
    if (cycle_id := _cycle_filter(session, cycle)) is not None:
        query = query.where(Appraisal.cycle_id == cycle_id)
    rows = [[c, no, name, paths[dept], version, kpi, comp, final, prop, cal, cal_name, state.value]
            if published[cycle_id] else
            [c, no, name, paths[dept], version, kpi, held_back[cycle_id], None, None, None, None, state.value]
            for cycle_id, c, no, name, dept, version, kpi, comp, final, prop, cal, cal_name, state
            in session.execute(query)]
    return ExportTable("Results", ["Cycle", "Employee no.", "Name", "Department", "Version", "KPI score",
                                   "Competency score", "Final score", "Proposed rating", "Rating",
                                   "Rating name", "State"], rows)


EXPORTS: dict[str, Callable[[Session, str | None], ExportTable]] = {
    "people": people_table, "targets": targets_table, "actuals": actuals_table, "results": results_table,
}


def export(session: Session, what: str, path: str | Path, cycle: str | None = None) -> tuple[Path, int]:
    """Write one export to .xlsx or .csv; returns the file and the number of rows."""
    if what not in EXPORTS:
        raise ValidationError.coded("export_unknown", what=what, choices=", ".join(EXPORTS))
    table = EXPORTS[what](session, cycle)
    return write_table(path, table.headers, table.rows, title=table.title), len(table.rows)

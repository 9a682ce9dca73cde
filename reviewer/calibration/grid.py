"""The calibration grid: a session's members by band, with their scores, manager and
department, the band they had when the session opened, and whether they moved."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import Appraisal, CalibrationMember, Department, Employee, PositionRanking

from ..access import acting

from ..feedback.release import cycle_feedback_published
from .bands import BandRef, band_now, band_steps, cycle_bands, is_big_move, limits_of
from .blind import session_labels
from .sessions import readable_session


@dataclass(frozen=True)
class GridRow:
    appraisal_id: int
    label: str  # the name, or the code while the session is blind and open
    employee_no: str | None  # None while blind
    score: float | None  # final score; None until the 360 is published (as score_cycle)
    kpi_score: float | None
    competency_score: float | None  # None until the 360 is published
    manager: str | None  # name or code
    department: str | None  # None while blind: a team's department says whose team it is
    band_id: int | None  # the current band
    original_band_id: int | None  # the band when the session opened
    changed: bool
    big_mover: bool
    potential: str | None
    rank: tuple[int, int] | None = None  # (place, people ranked) in the saved ranking of their position

    def as_dict(self) -> dict[str, Any]:
        return {"rank": list(self.rank) if self.rank else None, "appraisal_id": self.appraisal_id, "label": self.label, "employee_no": self.employee_no,
                "score": self.score, "kpi_score": self.kpi_score, "competency_score": self.competency_score,
                "manager": self.manager, "department": self.department, "band_id": self.band_id,
                "original_band_id": self.original_band_id, "changed": self.changed, "big_mover": self.big_mover,
                "potential": self.potential}


@dataclass(frozen=True)
class Grid:
    session_id: int
    cycle_id: int
    blind: bool  # names hidden now (blind and open)
    open: bool
    bands: tuple[BandRef, ...]  # highest first: the columns
    rows: tuple[GridRow, ...]  # by band (highest first), then score (highest first), then label

    def in_band(self, band_id: int | None) -> list[GridRow]:
        return [row for row in self.rows if row.band_id == band_id]

    def as_dict(self) -> dict[str, Any]:
        return {"session_id": self.session_id, "cycle_id": self.cycle_id, "blind": self.blind, "open": self.open,
                "bands": [b.as_dict() for b in self.bands], "rows": [r.as_dict() for r in self.rows]}


def calibration_grid(session: Session, session_id: int) -> Grid:
    """The session's members by band, for its readers."""
    calibration = readable_session(session, session_id)
    labels = session_labels(session, calibration)
    bands = cycle_bands(session, calibration.cycle_id)
    see_360 = cycle_feedback_published(session, calibration.cycle_id)
    # Before publication the final score holds the 360 answers so far: it earns no band.
    limits, steps = (limits_of(bands) if see_360 else []), band_steps(bands)
    order = {band.id: n for n, band in enumerate(bands)}
    person = aliased(Employee)
    rows = session.connection().execute(
        select(Appraisal.id, Appraisal.employee_id, Appraisal.final_score, Appraisal.kpi_score,
               Appraisal.competency_score, Appraisal.calibrated_band_id, Appraisal.proposed_band_id,
               Appraisal.potential, CalibrationMember.band_at_open_id, person.manager_id, Department.name)
        .join(CalibrationMember, CalibrationMember.appraisal_id == Appraisal.id)
        .join(person, person.id == Appraisal.employee_id)
        .join(Department, Department.id == person.department_id)
        .where(CalibrationMember.session_id == calibration.id)).all()
    if not labels.blind:
        missing = {row[9] for row in rows if row[9] is not None and row[9] not in labels.names}
        if missing:
            from .blind import names_of

            labels.names.update(names_of(session, missing))
    ranks = _saved_ranks(session, calibration.cycle_id, calibration.id)
    grid_rows = []
    for (appraisal_id, employee_id, score, kpi, competency, calibrated, proposed, potential, at_open, manager_id,
         department) in rows:
        band = band_now(calibrated, proposed, score, limits)
        grid_rows.append(GridRow(
            appraisal_id, labels.label(employee_id) or "?", labels.number(employee_id),
            score if see_360 else None, kpi, competency if see_360 else None,
            labels.label(manager_id) if manager_id is not None else None, None if labels.blind else department,
            band, at_open, band != at_open, is_big_move(at_open, band, steps), potential, ranks.get(employee_id)))
    grid_rows.sort(key=lambda r: (order.get(r.band_id, len(order)), -(r.score or r.kpi_score or 0.0), r.label))
    return Grid(calibration.id, calibration.cycle_id, labels.blind, calibration.closed_at is None, bands,
                tuple(grid_rows))


def _saved_ranks(session: Session, cycle_id: int, session_id: int) -> dict[int, tuple[int, int]]:
    """The members' places in the saved rankings of their positions, beside their bands.
    Only to those who see everyone: a place counts people outside a manager's line."""
    if not acting(session).sees_everyone:
        return {}
    members = (select(Appraisal.employee_id).join(CalibrationMember, CalibrationMember.appraisal_id == Appraisal.id)
               .where(CalibrationMember.session_id == session_id))
    ranked = session.connection().execute(
        select(PositionRanking.employee_id, PositionRanking.rank, PositionRanking.position_id)
        .where(PositionRanking.cycle_id == cycle_id, PositionRanking.employee_id.in_(members))).all()
    if not ranked:
        return {}
    sizes = dict(session.connection().execute(
        select(PositionRanking.position_id, func.count()).where(
            PositionRanking.cycle_id == cycle_id,
            PositionRanking.position_id.in_({position for _e, _r, position in ranked}))
        .group_by(PositionRanking.position_id)).all())
    return {employee: (rank, sizes[position]) for employee, rank, position in ranked}

"""The calibration record of some appraisals, for HR's copies of the reports: every
move (band or potential) with from → to, reason, who, when and in which session;
undone moves stay listed, marked. Moves of a blind session that is still open are
held back (counted, not shown): beside names they would undo its codes."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import Appraisal, CalibrationAdjustment, CalibrationSession, Employee, RatingBand

from ..access import require_hr
from ..pdf.language import localised


@dataclass(frozen=True)
class RecordLine:
    appraisal_id: int
    employee_no: str
    name: str
    axis: str  # band or potential
    from_value: str | None  # a band's code, or a potential level
    to_value: str | None
    reason: str
    by: str
    at: datetime
    session: str  # the session's name; "" for a move recorded before sessions existed
    undone_at: datetime | None
    undone_by: str | None
    from_band_names: tuple[str, str | None] | None = None  # the band's name in English and Chinese
    to_band_names: tuple[str, str | None] | None = None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


@dataclass(frozen=True)
class CalibrationRecord:
    lines: tuple[RecordLine, ...]  # by person (employee number), then in the order made
    held_back: int  # moves of open blind sessions, shown once they close


def band_text(code: str | None, names: tuple[str, str | None] | None, language: str) -> str:
    """"B Strong" / "B 优秀"."""
    if code is None:
        return "—"
    return code if names is None else f"{code} {localised(names[0], names[1], language)}"


def _with_earlier_versions(session: Session, appraisal_ids: list[int]) -> set[int]:
    """The ids and those of the versions they supersede: a correction after sign-off is a
    new appraisal, and the calibration that set its band was recorded on the first."""
    found, pending = set(appraisal_ids), set(appraisal_ids)
    while pending:
        earlier: set[int] = set()
        for chunk in batches(sorted(pending)):
            earlier.update(session.scalars(select(Appraisal.supersedes_id).where(
                Appraisal.id.in_(chunk), Appraisal.supersedes_id.is_not(None))))
        pending = earlier - found
        found |= pending
    return found


def calibration_record(session: Session, appraisal_ids: list[int]) -> CalibrationRecord:
    """The moves of these appraisals and of the versions they correct. HR only."""
    require_hr(session)
    moves: list[tuple[CalibrationAdjustment, Appraisal, Employee]] = []
    for chunk in batches(sorted(_with_earlier_versions(session, appraisal_ids))):
        moves += session.execute(
            select(CalibrationAdjustment, Appraisal, Employee)
            .join(Appraisal, Appraisal.id == CalibrationAdjustment.appraisal_id)
            .join(Employee, Employee.id == Appraisal.employee_id)
            .where(CalibrationAdjustment.appraisal_id.in_(chunk))).all()
    sessions = {s.id: s for s in session.scalars(select(CalibrationSession).where(
        CalibrationSession.id.in_({m.session_id for m, _, _ in moves if m.session_id})))}
    bands = {b.id: b for b in session.scalars(select(RatingBand).where(RatingBand.id.in_(
        {i for m, _, _ in moves for i in (m.from_band_id, m.to_band_id) if i})))}
    lines, held_back = [], 0
    for move, appraisal, person in moves:
        where = sessions.get(move.session_id)
        if where is not None and where.blind and where.closed_at is None:
            held_back += 1
            continue
        names = {}
        if move.axis == "potential":
            before, after = move.from_potential, move.to_potential
        else:
            before_band, after_band = bands.get(move.from_band_id), bands.get(move.to_band_id)
            before, after = (before_band.code if before_band else None), (after_band.code if after_band else None)
            names = {"from_band_names": (before_band.name, before_band.name_zh) if before_band else None,
                     "to_band_names": (after_band.name, after_band.name_zh) if after_band else None}
        lines.append(RecordLine(appraisal.id, person.employee_no, person.name, move.axis, before, after,
                                move.reason, move.adjusted_by_name or "—", move.created_at,
                                where.name if where else "", move.undone_at, move.undone_by_name, **names))
    lines.sort(key=lambda line: (line.employee_no, line.at))
    return CalibrationRecord(tuple(lines), held_back)

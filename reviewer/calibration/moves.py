"""Moves in a calibration session: a person's band (or potential) changed with a reason,
recorded with who, when, from, to and in which session. A move can be undone while the
session is open; an undone move stays on record, marked undone."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import POTENTIAL_LEVELS, Appraisal, CalibrationAdjustment, CalibrationMember, CalibrationSession, Cycle, \
    Employee

from ..access import acting, require_hr
from ..database.locking import get_for_update
from ..errors import ChangedMeanwhile, NotFound, StageBlocked, ValidationError
from ..text import refuse_hidden_characters_in_prose
from .bands import BandRef, band_steps, current_band_id, cycle_bands, is_big_move, limits_of, resolve_band, \
    uncalibrated_band_id
from .blind import Labels, session_labels
from .sessions import open_for_change, open_session_of, readable_session

MAX_REASON = 2000
AXES = ("band", "potential")


@dataclass(frozen=True)
class MoveRow:
    """One recorded move, as the session's readers see it (a code for the person while blind)."""
    id: int
    session_id: int | None
    appraisal_id: int
    person: str
    axis: str  # 'band' | 'potential'
    from_band_id: int | None
    from_band_code: str | None
    from_band_name: str | None
    to_band_id: int | None
    to_band_code: str | None
    to_band_name: str | None
    from_level: str | None
    to_level: str | None
    reason: str
    by: str
    at: datetime
    undone: bool
    undone_at: datetime | None
    undone_by: str | None
    big_mover: bool

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "session_id": self.session_id, "appraisal_id": self.appraisal_id,
                "person": self.person, "axis": self.axis, "from_band": self.from_band_code,
                "to_band": self.to_band_code, "from_level": self.from_level, "to_level": self.to_level,
                "reason": self.reason, "by": self.by, "at": self.at.isoformat(timespec="seconds"),
                "undone": self.undone,
                "undone_at": self.undone_at.isoformat(timespec="seconds") if self.undone_at else None,
                "undone_by": self.undone_by, "big_mover": self.big_mover}


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _reason(text: str | None) -> str:
    reason = (text or "").strip()
    if not reason:
        raise ValidationError.coded("calibration_reason_missing")
    if len(reason) > MAX_REASON:
        raise ValidationError.coded("calibration_reason_too_long", length=len(reason), limit=MAX_REASON)
    # A reason may run over several lines; any other control or text-direction character
    # would garble the record (a NUL is refused by PostgreSQL, U+202E reorders what follows).
    refuse_hidden_characters_in_prose("reason", reason)
    return reason


def _member(session: Session, calibration: CalibrationSession, appraisal_id: int, labels: Labels) -> Appraisal:
    """The member's appraisal, locked: two people moving the same person take turns."""
    is_member = session.scalar(select(CalibrationMember.id).where(CalibrationMember.session_id == calibration.id,
                                                                   CalibrationMember.appraisal_id == appraisal_id))
    if is_member is None:
        raise ValidationError.coded("calibration_not_member", session=labels.scrub(calibration.name),
                                    id=appraisal_id)
    return get_for_update(session, Appraisal, appraisal_id)


def _row(move: CalibrationAdjustment, labels: Labels, employee_id: int, bands: dict[int, BandRef],
         steps: dict[int, int]) -> MoveRow:
    source, target = bands.get(move.from_band_id), bands.get(move.to_band_id)
    return MoveRow(move.id, move.session_id, move.appraisal_id, labels.label(employee_id) or "?", move.axis,
                   move.from_band_id, source.code if source else None, source.name if source else None,
                   move.to_band_id, target.code if target else None, target.name if target else None,
                   move.from_potential, move.to_potential, labels.scrub(move.reason) or "",
                   labels.scrub(move.adjusted_by_name) or "", move.created_at, move.undone_at is not None,
                   move.undone_at, labels.scrub(move.undone_by_name),
                   move.axis == "band" and is_big_move(move.from_band_id, move.to_band_id, steps))


def _record(session: Session, calibration: CalibrationSession, appraisal: Appraisal, reason: str,
            **fields: Any) -> CalibrationAdjustment:
    actor = acting(session)
    move = CalibrationAdjustment(appraisal_id=appraisal.id, session_id=calibration.id, adjusted_by_id=actor.user_id,
                                 adjusted_by_name=actor.display_name, reason=reason,
                                 from_score=appraisal.final_score, to_score=appraisal.final_score,
                                 created_at=_now(), **fields)
    session.add(move)
    session.flush()
    return move


def open_session_of_person(session: Session, cycle_id: int, employee_no: str) -> tuple[int, int]:
    """(open session id, appraisal id) of a person of the cycle, for HR to move them by
    their employee number. HR first: to anyone else the refusals below would say who the
    number is and whether they are being calibrated."""
    require_hr(session)
    from ..appraisal.export import employee_id_by_number
    from ..cycles.scoring import current_appraisals

    employee_id = employee_id_by_number(session, employee_no)
    person, cycle = session.get(Employee, employee_id), session.get(Cycle, cycle_id)
    appraisal = current_appraisals(session, cycle_id, [employee_id]).get(employee_id)
    if appraisal is None:
        raise StageBlocked.coded("calibrate_not_in_cycle", name=person.name, number=person.employee_no,
                                 cycle=cycle.name)
    found = open_session_of(session, appraisal.id)
    if found is None:
        raise StageBlocked.coded("calibrate_no_open_session", name=person.name, number=person.employee_no,
                                 cycle=cycle.name)
    return found[0], appraisal.id


def move_band(session: Session, session_id: int, appraisal_id: int, to_band: int | str, reason: str,
              expected_band_id: int | None = None) -> MoveRow:
    """Move a member to another band, with a reason (HR, open session). ``expected_band_id``:
    the band the mover saw; refused if someone moved the person meanwhile."""
    calibration = open_for_change(session, session_id)
    labels = session_labels(session, calibration)
    reason = _reason(reason)
    bands = cycle_bands(session, calibration.cycle_id)
    target = resolve_band(bands, to_band)
    appraisal = _member(session, calibration, appraisal_id, labels)
    person = labels.label(appraisal.employee_id)
    current = current_band_id(appraisal, limits_of(bands))
    by_id = {b.id: b for b in bands}
    if expected_band_id is not None and current != expected_band_id:
        now = by_id.get(current)
        raise ChangedMeanwhile.coded("calibration_moved_meanwhile", person=person,
                                     band=now.code if now else "—")
    if current == target.id:
        raise ValidationError.coded("calibration_same_band", person=person, band=target.code)
    move = _record(session, calibration, appraisal, reason, axis="band", from_band_id=current,
                   to_band_id=target.id)
    appraisal.calibrated_band_id = target.id
    session.flush()
    return _row(move, labels, appraisal.employee_id, by_id, band_steps(bands))


def move_potential(session: Session, session_id: int, appraisal_id: int, to_level: str, reason: str,
                   expected_level: str | None = None) -> MoveRow:
    """Change a member's potential (the nine-box's other axis), with a reason, as a move.
    ``expected_level``: the level the mover saw; refused if it changed meanwhile."""
    calibration = open_for_change(session, session_id)
    labels = session_labels(session, calibration)
    reason = _reason(reason)
    level = (to_level or "").strip().lower()
    if level not in POTENTIAL_LEVELS:
        raise ValidationError.coded("calibration_level_unknown", value=to_level, levels=", ".join(POTENTIAL_LEVELS))
    appraisal = _member(session, calibration, appraisal_id, labels)
    person = labels.label(appraisal.employee_id)
    if expected_level is not None and appraisal.potential != expected_level:
        raise ChangedMeanwhile.coded("calibration_potential_moved_meanwhile", person=person,
                                     level=appraisal.potential or "—")
    if appraisal.potential == level:
        raise ValidationError.coded("calibration_same_level", person=person, level=level)
    move = _record(session, calibration, appraisal, reason, axis="potential", from_potential=appraisal.potential,
                   to_potential=level)
    appraisal.potential = level
    session.flush()
    bands = cycle_bands(session, calibration.cycle_id)
    return _row(move, labels, appraisal.employee_id, {b.id: b for b in bands}, band_steps(bands))


def undo_move(session: Session, session_id: int, move_id: int) -> MoveRow:
    """Undo a move of an open session (HR): the person's latest active move on its axis
    only, so undoing walks back in order. The rating returns to what the move found; the
    move stays on record, marked undone."""
    calibration = open_for_change(session, session_id)
    labels = session_labels(session, calibration)
    move = session.get(CalibrationAdjustment, move_id)
    if move is None or move.session_id != calibration.id:
        raise NotFound.coded("calibration_move_unknown", id=move_id, session=labels.scrub(calibration.name))
    if move.undone_at is not None:
        raise ValidationError.coded("calibration_move_undone", id=move_id)
    appraisal = get_for_update(session, Appraisal, move.appraisal_id)
    active = list(session.scalars(
        select(CalibrationAdjustment).where(CalibrationAdjustment.appraisal_id == appraisal.id,
                                            CalibrationAdjustment.axis == move.axis,
                                            CalibrationAdjustment.undone_at.is_(None))
        .order_by(CalibrationAdjustment.created_at.desc(), CalibrationAdjustment.id.desc())))
    person = labels.label(appraisal.employee_id)
    if active and active[0].id != move.id:
        raise ValidationError.coded("calibration_undo_not_latest", id=move_id, person=person, latest=active[0].id)
    bands = cycle_bands(session, calibration.cycle_id)
    if move.axis == "band":
        earlier = active[1:]
        # Before any band move the appraisal had no calibrated band of its own: give it back
        # none rather than a copy of its proposal, so "calibrated" still means moved.
        if not earlier and move.from_band_id == uncalibrated_band_id(appraisal, limits_of(bands)):
            appraisal.calibrated_band_id = None
        else:
            appraisal.calibrated_band_id = move.from_band_id
    else:
        appraisal.potential = move.from_potential
    move.undone_at = _now()
    move.undone_by_name = acting(session).display_name
    session.flush()
    return _row(move, labels, appraisal.employee_id, {b.id: b for b in bands}, band_steps(bands))


def undo_last_move(session: Session, session_id: int) -> MoveRow:
    """Undo the session's newest move not yet undone (what Ctrl+Z does in the window)."""
    calibration = open_for_change(session, session_id)
    latest = session.scalar(
        select(CalibrationAdjustment.id).where(CalibrationAdjustment.session_id == calibration.id,
                                               CalibrationAdjustment.undone_at.is_(None))
        .order_by(CalibrationAdjustment.created_at.desc(), CalibrationAdjustment.id.desc()).limit(1))
    if latest is None:
        raise ValidationError.coded("calibration_nothing_to_undo",
                                    session=session_labels(session, calibration).scrub(calibration.name))
    return undo_move(session, session_id, latest)


def session_moves(session: Session, session_id: int) -> list[MoveRow]:
    """Every move of the session, undone ones included, oldest first."""
    calibration = readable_session(session, session_id)
    labels = session_labels(session, calibration)
    bands = cycle_bands(session, calibration.cycle_id)
    by_id, steps = {b.id: b for b in bands}, band_steps(bands)
    rows = session.execute(
        select(CalibrationAdjustment, Appraisal.employee_id)
        .join(Appraisal, Appraisal.id == CalibrationAdjustment.appraisal_id)
        .where(CalibrationAdjustment.session_id == calibration.id)
        .order_by(CalibrationAdjustment.created_at, CalibrationAdjustment.id)).all()
    return [_row(move, labels, employee_id, by_id, steps) for move, employee_id in rows]

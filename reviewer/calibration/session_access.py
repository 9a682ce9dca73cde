"""Who may read a calibration session, and the codes that stand for people while a
blind session is open. Used by the ranking and the person context (core's sessions
module applies the same rules to the session itself)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CalibrationCode, CalibrationMember, CalibrationParticipant, CalibrationSession

from ..access import acting
from ..errors import NotFound, PermissionDenied


def readable_session(session: Session, session_id: int) -> CalibrationSession:
    """The calibration session, if the acting user may read it: HR, auditors and its
    participants."""
    found = session.get(CalibrationSession, session_id)
    if found is None:
        raise NotFound.coded("calibration_read_unknown_session", id=session_id)
    actor = acting(session)
    if actor.sees_everyone:
        return found
    if actor.employee_id is not None and session.scalar(select(CalibrationParticipant.id).where(
            CalibrationParticipant.session_id == session_id,
            CalibrationParticipant.employee_id == actor.employee_id)) is not None:
        return found
    raise PermissionDenied.coded("calibration_read_not_participant", name=actor.display_name)


def blind_codes(session: Session, calibration: CalibrationSession) -> dict[int, str] | None:
    """employee id -> code while ``calibration`` is blind and open; None when names may show."""
    if not calibration.blind or calibration.closed_at is not None:
        return None
    return dict(session.execute(select(CalibrationCode.employee_id, CalibrationCode.code).where(
        CalibrationCode.session_id == calibration.id)).all())


def member_appraisal_ids(session: Session, session_id: int) -> set[int]:
    return set(session.scalars(select(CalibrationMember.appraisal_id).where(
        CalibrationMember.session_id == session_id)))

"""The codes that stand for people while a blind session is open, and a session's
members, for the ranking and the person context. Who may read a session is core's
rule (reviewer.calibration.sessions.readable_session)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import CalibrationMember, CalibrationSession

from .blind import session_labels
from .sessions import readable_session

__all__ = ["blind_codes", "member_appraisal_ids", "readable_session"]


def blind_codes(session: Session, calibration: CalibrationSession) -> dict[int, str] | None:
    """employee id -> code while ``calibration`` is blind and open; None when names may show."""
    labels = session_labels(session, calibration)
    return labels.codes if labels.blind else None


def member_appraisal_ids(session: Session, session_id: int) -> set[int]:
    return set(session.scalars(select(CalibrationMember.appraisal_id).where(
        CalibrationMember.session_id == session_id)))

"""Calibration sessions: HR opens one over a scope of a cycle in calibration (the whole
cycle, a department with the departments below it, or a position across departments),
the scope's managers read it, and HR closes it, which fixes the calibrated bands.

A person is in at most one open session; while they are, their manager's review is
read-only (reviewer.reviews.rules) and the cycle cannot leave calibration."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import (
    Appraisal,
    AppraisalState,
    CalibrationCode,
    CalibrationMember,
    CalibrationParticipant,
    CalibrationSession,
    Cycle,
    CycleParticipant,
    CycleStage,
    Department,
    Employee,
    Position,
)

from ..access import acting, require_hr
from ..database.locking import get_for_update
from ..errors import NotFound, PermissionDenied, StageBlocked, ValidationError
from ..people.directory import departments_below
from ..text import refuse_hidden_characters
from .bands import current_band_id, cycle_bands, limits_of
from .blind import Labels, draw_codes, names_of, session_labels

SCOPES = ("cycle", "department", "position")
MAX_NAME = 100
# States a closing session turns into CALIBRATED; later ones (released, signed) keep theirs.
CALIBRATES = (AppraisalState.DRAFT, AppraisalState.MANAGER_REVIEW)


@dataclass(frozen=True)
class SessionHeader:
    """What a session is, for its readers: in a blind open session the participants are codes."""
    id: int
    cycle_id: int
    name: str
    scope_kind: str  # 'cycle' | 'department' | 'position'
    scope_name: str | None  # the department's name or the position's title
    blind: bool
    open: bool
    opened_by: str
    opened_at: datetime
    closed_by: str | None
    closed_at: datetime | None
    member_count: int
    participants: tuple[str, ...]

    @property
    def masked(self) -> bool:
        """Names are hidden now (blind and open)."""
        return self.blind and self.open

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "cycle_id": self.cycle_id, "name": self.name, "scope": self.scope_kind,
                "scope_name": self.scope_name, "blind": self.blind, "open": self.open,
                "opened_by": self.opened_by, "opened_at": self.opened_at.isoformat(timespec="seconds"),
                "closed_by": self.closed_by,
                "closed_at": self.closed_at.isoformat(timespec="seconds") if self.closed_at else None,
                "member_count": self.member_count, "participants": list(self.participants)}


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


# -- reading -----------------------------------------------------------------------------

def load_session(session: Session, session_id: int, *, lock: bool = False) -> CalibrationSession:
    """The session (locked until this unit of work ends when ``lock``: moves, undo and
    closing of one session take turns)."""
    found = (get_for_update(session, CalibrationSession, session_id) if lock
             else session.get(CalibrationSession, session_id))
    if found is None:
        raise NotFound.coded("calibration_session_unknown", id=session_id)
    return found


def is_reader(session: Session, calibration: CalibrationSession) -> bool:
    """HR and auditors read every session; anyone else only the sessions they sit in."""
    actor = acting(session)
    if actor.sees_everyone:
        return True
    return actor.employee_id is not None and session.scalar(
        select(func.count()).select_from(CalibrationParticipant).where(
            CalibrationParticipant.session_id == calibration.id,
            CalibrationParticipant.employee_id == actor.employee_id)) > 0


def readable_session(session: Session, session_id: int) -> CalibrationSession:
    """The session, refused to anyone who may not read it."""
    calibration = load_session(session, session_id)
    if not is_reader(session, calibration):
        raise PermissionDenied.coded("calibration_not_participant", name=acting(session).display_name,
                                     session=calibration.name)
    return calibration


def open_for_change(session: Session, session_id: int) -> CalibrationSession:
    """The session for HR to change (locked): refused once it is closed."""
    require_hr(session)
    calibration = load_session(session, session_id, lock=True)
    if calibration.closed_at is not None:
        raise StageBlocked.coded("calibration_session_closed", session=calibration.name)
    return calibration


def member_count(session: Session, session_id: int) -> int:
    return session.scalar(select(func.count()).select_from(CalibrationMember)
                          .where(CalibrationMember.session_id == session_id)) or 0


def _header(session: Session, calibration: CalibrationSession, labels: Labels | None = None) -> SessionHeader:
    labels = labels or session_labels(session, calibration)
    participant_ids = list(session.scalars(select(CalibrationParticipant.employee_id)
                                           .where(CalibrationParticipant.session_id == calibration.id)
                                           .order_by(CalibrationParticipant.id)))
    missing = [p for p in participant_ids if p not in labels.names]
    if missing and not labels.blind:
        labels.names.update(names_of(session, missing))
    scope_name = None
    if calibration.scope_kind == "department" and calibration.department_id is not None:
        scope_name = session.get(Department, calibration.department_id).name
    elif calibration.scope_kind == "position" and calibration.position_id is not None:
        scope_name = session.get(Position, calibration.position_id).title
    is_open = calibration.closed_at is None
    participants = tuple(sorted(labels.label(p) or "?" for p in participant_ids))
    return SessionHeader(calibration.id, calibration.cycle_id, labels.scrub(calibration.name) or "",
                         calibration.scope_kind, scope_name, bool(calibration.blind), is_open,
                         labels.scrub(calibration.opened_by_name) or "", calibration.opened_at,
                         labels.scrub(calibration.closed_by_name), calibration.closed_at,
                         member_count(session, calibration.id), participants)


def session_header(session: Session, session_id: int) -> SessionHeader:
    """The session as its readers see it."""
    return _header(session, readable_session(session, session_id))


def list_sessions(session: Session, cycle_id: int) -> list[SessionHeader]:
    """The cycle's sessions the acting user may read, newest first."""
    if session.get(Cycle, cycle_id) is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    found = session.scalars(select(CalibrationSession).where(CalibrationSession.cycle_id == cycle_id)
                            .order_by(CalibrationSession.opened_at.desc(), CalibrationSession.id.desc()))
    return [_header(session, s) for s in found if is_reader(session, s)]


def open_session_of(session: Session, appraisal_id: int) -> tuple[int, str] | None:
    """(id, name) of the open session the appraisal is calibrated in, or None."""
    row = session.execute(
        select(CalibrationSession.id, CalibrationSession.name)
        .join(CalibrationMember, CalibrationMember.session_id == CalibrationSession.id)
        .where(CalibrationMember.appraisal_id == appraisal_id, CalibrationSession.closed_at.is_(None))
        .limit(1)).first()
    return None if row is None else (row[0], row[1])


def open_session_appraisal_ids(session: Session, cycle_id: int) -> dict[int, str]:
    """Appraisal id -> name of the open session it is in, for every open session of the cycle."""
    return dict(session.execute(
        select(CalibrationMember.appraisal_id, CalibrationSession.name)
        .join(CalibrationSession, CalibrationSession.id == CalibrationMember.session_id)
        .where(CalibrationSession.cycle_id == cycle_id, CalibrationSession.closed_at.is_(None))).all())


# -- opening -----------------------------------------------------------------------------

def _scope_people(session: Session, cycle: Cycle, scope: str, department_id: int | None,
                  position_id: int | None) -> tuple[list[int], str]:
    """The cycle's participants in the scope, and the scope's words for a default name."""
    query = (select(Employee.id).join(CycleParticipant, CycleParticipant.employee_id == Employee.id)
             .where(CycleParticipant.cycle_id == cycle.id))
    if scope == "department":
        department = session.get(Department, department_id) if department_id is not None else None
        if department is None:
            raise NotFound.coded("calibration_department_unknown", value=department_id)
        query = query.where(Employee.department_id.in_(departments_below(session, [department.id])))
        words = department.name
    elif scope == "position":
        position = session.get(Position, position_id) if position_id is not None else None
        if position is None:
            raise NotFound.coded("calibration_position_unknown", value=position_id)
        query = query.where(Employee.position_id == position.id)
        words = position.title
    else:
        words = cycle.name
    return list(session.scalars(query.order_by(Employee.employee_no))), words


def open_session(session: Session, cycle_id: int, *, scope: str = "cycle", department_id: int | None = None,
                 position_id: int | None = None, name: str | None = None, blind: bool = False,
                 participant_ids: Iterable[int] | None = None) -> int:
    """Open a session over the scope; HR only, in the calibration stage. Members are the
    current appraisals of the cycle's participants in the scope, each with the band and
    potential they hold now; participants are the members' direct managers unless given.
    Refused when someone in the scope is already in another open session."""
    actor = require_hr(session)
    if scope not in SCOPES:
        raise ValidationError.coded("calibration_scope_unknown", value=scope, scopes=", ".join(SCOPES))
    # The cycle's row, locked: two sessions opened at once over the same people take turns,
    # so the second sees the first's members and refuses.
    cycle = get_for_update(session, Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    if cycle.stage != CycleStage.CALIBRATION:
        raise StageBlocked.coded("calibration_stage_only", cycle=cycle.name)
    people, words = _scope_people(session, cycle, scope, department_id, position_id)
    from ..cycles.scoring import current_appraisals

    appraisals = [a for a in current_appraisals(session, cycle.id, people).values()
                  if a.state != AppraisalState.SUPERSEDED]
    if not appraisals:
        raise ValidationError.coded("calibration_scope_empty", cycle=cycle.name, scope=words)
    taken = _already_in_open_session(session, [a.id for a in appraisals])
    if taken:
        other, count = taken
        raise StageBlocked.coded("calibration_person_in_session", count=count, session=other)
    title = (name or "").strip() or f"{words}"
    if len(title) > MAX_NAME:
        raise ValidationError.coded("calibration_name_too_long", length=len(title), limit=MAX_NAME)
    refuse_hidden_characters("name", title)
    limits = limits_of(cycle_bands(session, cycle.id))
    managers: dict[int, int | None] = {}
    for chunk in batches([a.employee_id for a in appraisals]):
        managers.update(session.execute(select(Employee.id, Employee.manager_id).where(Employee.id.in_(chunk))).all())
    manager_ids = [m for m in dict.fromkeys(managers.get(a.employee_id) for a in appraisals) if m is not None]
    if participant_ids is None:
        participant_ids = manager_ids
    participant_ids = list(dict.fromkeys(int(p) for p in participant_ids))
    known = set()
    for chunk in batches(participant_ids):
        known.update(session.scalars(select(Employee.id).where(Employee.id.in_(chunk))))
    unknown = set(participant_ids) - known
    if unknown:
        raise NotFound.coded("employee_unknown", value=str(min(unknown)))
    calibration = CalibrationSession(cycle_id=cycle.id, name=title, scope_kind=scope,
                                     department_id=department_id if scope == "department" else None,
                                     position_id=position_id if scope == "position" else None, blind=bool(blind),
                                     opened_by_id=actor.user_id, opened_by_name=actor.display_name, opened_at=_now())
    session.add(calibration)
    session.flush()
    session.add_all(CalibrationMember(session_id=calibration.id, appraisal_id=a.id,
                                      band_at_open_id=current_band_id(a, limits), potential_at_open=a.potential)
                    for a in appraisals)
    session.add_all(CalibrationParticipant(session_id=calibration.id, employee_id=p) for p in participant_ids)
    codes = draw_codes((a.employee_id for a in appraisals), manager_ids)
    session.add_all(CalibrationCode(session_id=calibration.id, employee_id=e, code=c) for e, c in codes.items())
    session.flush()
    return calibration.id


def _already_in_open_session(session: Session, appraisal_ids: list[int]) -> tuple[str, int] | None:
    """(name of an open session, how many of these people are in it), or None."""
    counts: dict[str, int] = {}
    for chunk in batches(appraisal_ids):
        for session_name, count in session.execute(
                select(CalibrationSession.name, func.count())
                .join(CalibrationMember, CalibrationMember.session_id == CalibrationSession.id)
                .where(CalibrationSession.closed_at.is_(None), CalibrationMember.appraisal_id.in_(chunk))
                .group_by(CalibrationSession.name)):
            counts[session_name] = counts.get(session_name, 0) + count
    if not counts:
        return None
    first = min(counts)
    return first, counts[first]


# -- closing -----------------------------------------------------------------------------

def close_session(session: Session, session_id: int) -> None:
    """Close the session: its moves are locked, names are shown again, and each member's
    current band becomes their calibrated band (draft and in-review appraisals become
    calibrated). Refused, listing the bands, while the cycle enforces its distribution
    and a band is off the guideline by more than the margin."""
    calibration = open_for_change(session, session_id)
    cycle = session.get(Cycle, calibration.cycle_id)
    if cycle.enforce_distribution:
        from .distribution import distribution

        shares = distribution(session, cycle.id, session_id=calibration.id)
        off = [row for row in shares.rows if row.off]
        if off:
            raise StageBlocked.coded(
                "calibration_distribution_off", session=calibration.name, margin=f"{shares.margin:g}",
                # Figures only: the words around them are the message's, so they are translated.
                bands="; ".join(f"{r.code} {r.share_after:.1f} % ({r.guideline:g} %)" for r in off))
    limits = limits_of(cycle_bands(session, cycle.id))
    appraisal_ids = list(session.scalars(select(CalibrationMember.appraisal_id)
                                         .where(CalibrationMember.session_id == calibration.id)))
    for chunk in batches(appraisal_ids):
        for appraisal in session.scalars(select(Appraisal).where(Appraisal.id.in_(chunk))):
            band = current_band_id(appraisal, limits)
            if band is not None and appraisal.calibrated_band_id != band:
                appraisal.calibrated_band_id = band
            if appraisal.state in CALIBRATES:
                appraisal.state = AppraisalState.CALIBRATED
    actor = acting(session)
    calibration.closed_at = _now()
    calibration.closed_by_id = actor.user_id
    calibration.closed_by_name = actor.display_name
    session.flush()

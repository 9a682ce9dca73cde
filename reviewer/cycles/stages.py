"""Moving a cycle through its stages: the gate out of each stage, the people HR lets
past it with a reason, and going back a stage with a reason. Every move is kept as a
CycleStageEvent (and, like every change, in the audit trail)."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Mapping

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalState, Cycle, CycleStage, CycleStageEvent, Employee, SignatureRecord

from ..database.locking import get_for_update
from ..access import acting, require_hr, reviewable_condition
from ..errors import NotFound, StageBlocked, ValidationError
from ..messages import Term, Terms
from .blockers import STAGE_ORDER, Blocker, gate_blockers, next_stage, participants
from .participation import ensure_appraisals

# The score service (reviewer.cycles.scoring) recomputes scores on entering calibration
# when it is installed.
SCORING_MODULE = "reviewer.cycles.scoring"
MAX_REASON = 2000

# Exceptions are keyed by employee id or by employee number, as HR names the person.
Exceptions = Mapping[int | str, str]


class GateHeld(StageBlocked):
    """The gate holds: ``blockers`` lists what holds whom."""

    blockers: tuple[Blocker, ...] = ()


@dataclass(frozen=True)
class GateCheck:
    """The outcome of an advance (or of its dry run): who is held, who was let past."""

    cycle_id: int
    from_stage: CycleStage
    to_stage: CycleStage
    blockers: tuple[Blocker, ...]  # still holding the gate
    excepted: tuple[Blocker, ...]  # let past by a named exception
    moved: bool  # the cycle is now at to_stage

    @property
    def held(self) -> bool:
        return bool(self.blockers)


def _cycle(session: Session, cycle_id: int, lock: bool = False,
           expected_stage: CycleStage | str | None = None) -> Cycle:
    """The cycle; ``lock`` for a change of stage: its row is locked and read afresh, so
    two people moving the same cycle at once take turns, and with ``expected_stage`` (the
    stage the mover saw) the second is told the cycle moved meanwhile instead of moving it
    a second step."""
    cycle = get_for_update(session, Cycle, cycle_id) if lock else session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    if expected_stage is not None and cycle.stage != CycleStage(expected_stage):
        raise StageBlocked.coded("cycle_moved_meanwhile", cycle=cycle.name, stage=Term("stage", cycle.stage),
                                 seen=Term("stage", CycleStage(expected_stage)))
    return cycle


def cycle_in_sign_off(session: Session, cycle_id: int, not_yet_code: str, lock: bool = True,
                      expected_stage: CycleStage | str | None = None) -> Cycle:
    """The cycle, for HR to release or close (locked, see _cycle): refused when closed
    (read-only) or not yet in sign-off (``not_yet_code`` says what waits for sign-off)."""
    require_hr(session)
    cycle = _cycle(session, cycle_id, lock=lock, expected_stage=expected_stage)
    if cycle.stage == CycleStage.CLOSED:
        raise StageBlocked.coded("cycle_read_only", cycle=cycle.name)
    if cycle.stage != CycleStage.SIGN_OFF:
        raise StageBlocked.coded(not_yet_code, cycle=cycle.name)
    return cycle


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _reason(text: str | None, code: str = "stage_reason_missing", **params) -> str:
    reason = (text or "").strip()
    if not reason:
        raise ValidationError.coded(code, **params)
    if len(reason) > MAX_REASON:
        raise ValidationError.coded("stage_reason_too_long", length=len(reason), limit=MAX_REASON)
    return reason


def _event(session: Session, cycle: Cycle, kind: str, to_stage: CycleStage, **fields) -> None:
    actor = acting(session)
    session.add(CycleStageEvent(cycle_id=cycle.id, kind=kind, from_stage=cycle.stage, to_stage=to_stage,
                                actor_user_id=actor.user_id, actor_name=actor.display_name, **fields))


def _resolve_exceptions(session: Session, exceptions: Exceptions | None) -> dict[int, str]:
    """Employee id -> reason; refuses an unknown person and an exception without a reason."""
    resolved: dict[int, str] = {}
    for key, reason in (exceptions or {}).items():
        if isinstance(key, int):
            employee = session.get(Employee, key)
        else:
            employee = session.scalar(select(Employee).where(Employee.employee_no == str(key).strip()))
        if employee is None:
            raise NotFound.coded("employee_unknown", value=str(key))
        resolved[employee.id] = _reason(reason, "exception_reason_missing", name=employee.name,
                                        number=employee.employee_no)
    return resolved


def _pass_gate(session: Session, cycle: Cycle, to_stage: CycleStage, exceptions: Exceptions | None,
               dry_run: bool) -> GateCheck:
    """Check the gate out of the cycle's stage; when it holds nobody but the excepted,
    record each exception (unless a dry run). Raises GateHeld when it holds anyone else."""
    reasons = _resolve_exceptions(session, exceptions)
    blockers = gate_blockers(session, cycle, people=participants(session, cycle.id))
    held = {b.employee_id for b in blockers}
    for employee_id in reasons:
        if employee_id not in held:
            employee = session.get(Employee, employee_id)
            raise ValidationError.coded("exception_not_held", name=employee.name, number=employee.employee_no)
    excepted = tuple(b for b in blockers if b.employee_id in reasons)
    remaining = tuple(b for b in blockers if b.employee_id not in reasons)
    check = GateCheck(cycle.id, cycle.stage, to_stage, remaining, excepted, moved=False)
    if dry_run:
        return check
    if remaining:
        error = GateHeld.coded("gate_held", cycle=cycle.name, count=len(remaining),
                               people=len({b.employee_id for b in remaining}))
        error.blockers = remaining
        raise error
    for blocker in excepted:
        _event(session, cycle, "exception", to_stage, employee_id=blocker.employee_id, blocker=blocker.code,
               reason=reasons[blocker.employee_id])
    return check


def check_gate(session: Session, cycle_id: int) -> GateCheck:
    """The blockers of the gate out of the cycle's stage, without moving it; readable by
    whoever may see the cycle (a manager: their line)."""
    cycle = _cycle(session, cycle_id)
    to_stage = next_stage(cycle.stage)
    if to_stage is None:
        return GateCheck(cycle.id, cycle.stage, cycle.stage, (), (), moved=False)
    blockers = tuple(gate_blockers(session, cycle))
    return GateCheck(cycle.id, cycle.stage, to_stage, blockers, (), moved=False)


def advance(session: Session, cycle_id: int, exceptions: Exceptions | None = None,
            dry_run: bool = False, expected_stage: CycleStage | str | None = None) -> GateCheck:
    """Move the cycle to its next stage if its gate holds nobody (but the people HR lets
    past with a reason each). HR only. A dry run checks and changes nothing. Leaving
    sign-off closes the cycle (see closing.close). ``expected_stage``: the stage the
    caller saw; refused if the cycle has moved since."""
    require_hr(session)
    cycle = _cycle(session, cycle_id, lock=not dry_run, expected_stage=expected_stage)
    if cycle.stage == CycleStage.SIGN_OFF:
        from .closing import close

        return close(session, cycle_id, exceptions, dry_run)
    to_stage = next_stage(cycle.stage)
    if to_stage is None:
        raise StageBlocked.coded("cycle_read_only", cycle=cycle.name)
    if not dry_run:
        _refuse_open_calibration_session(session, cycle)
    check = _pass_gate(session, cycle, to_stage, exceptions, dry_run)
    if dry_run:
        return check
    _event(session, cycle, "advance", to_stage)
    cycle.stage = to_stage
    _entered(session, cycle)
    session.flush()
    return GateCheck(check.cycle_id, check.from_stage, to_stage, (), check.excepted, moved=True)


def _refuse_open_calibration_session(session: Session, cycle: Cycle) -> None:
    """A cycle leaves calibration (either way) only once its sessions are closed: an
    exception lets a person past the gate, but a session left open would go on moving
    bands after release, or lock a manager review the stage has just reopened."""
    from db.models import CalibrationSession

    still_open = session.execute(select(CalibrationSession.id, CalibrationSession.name).where(
        CalibrationSession.cycle_id == cycle.id, CalibrationSession.closed_at.is_(None))
        .order_by(CalibrationSession.id)).first()
    if still_open is not None:
        raise StageBlocked.coded("cycle_calibration_session_open", cycle=cycle.name, session=still_open.name,
                                 id=still_open.id)


def _entered(session: Session, cycle: Cycle) -> None:
    """What entering a stage does."""
    if cycle.stage == CycleStage.GOAL_SETTING:
        ensure_appraisals(session, cycle)
    elif cycle.stage == CycleStage.CALIBRATION:
        ensure_appraisals(session, cycle)
        session.flush()
        scoring = _scoring_module()
        if scoring is not None and hasattr(scoring, "refresh_cycle_scores"):
            scoring.refresh_cycle_scores(session, cycle)
        cycle.scores_frozen_at = _now()


def _scoring_module():
    try:
        return importlib.import_module(SCORING_MODULE)
    except ModuleNotFoundError as missing:
        if missing.name != SCORING_MODULE:
            raise
        return None


def reopen(session: Session, cycle_id: int, to_stage: CycleStage | str, reason: str,
           expected_stage: CycleStage | str | None = None) -> CycleStage:
    """Take the cycle back to an earlier stage, with a reason. HR only. A closed cycle
    stays closed; going back before calibration lets scores follow their inputs again,
    and before sign-off takes back a release nobody has signed yet."""
    require_hr(session)
    cycle = _cycle(session, cycle_id, lock=True, expected_stage=expected_stage)
    try:
        target = CycleStage(to_stage)
    except ValueError:
        raise ValidationError.coded("stage_unknown", value=str(to_stage),
                                    stages=Terms("stage", STAGE_ORDER, with_value=True)) from None
    if cycle.stage == CycleStage.CLOSED:
        raise StageBlocked.coded("cycle_read_only", cycle=cycle.name)
    if STAGE_ORDER.index(target) >= STAGE_ORDER.index(cycle.stage):
        raise ValidationError.coded("reopen_not_back", stage=Term("stage", cycle.stage), to=Term("stage", target))
    why = _reason(reason)
    _refuse_open_calibration_session(session, cycle)
    if STAGE_ORDER.index(target) < STAGE_ORDER.index(CycleStage.SIGN_OFF) and cycle.released_at is not None:
        if session.scalar(select(exists().where(SignatureRecord.appraisal_id == Appraisal.id,
                                                Appraisal.cycle_id == cycle.id))):
            raise StageBlocked.coded("reopen_after_signatures", cycle=cycle.name)
        cycle.released_at = None
        for appraisal in session.scalars(select(Appraisal).where(
                Appraisal.cycle_id == cycle.id, Appraisal.state == AppraisalState.RELEASED)):
            appraisal.state, appraisal.released_at = AppraisalState.CALIBRATED, None
    if STAGE_ORDER.index(target) < STAGE_ORDER.index(CycleStage.CALIBRATION):
        cycle.scores_frozen_at = None
    _event(session, cycle, "reopen", target, reason=why)
    cycle.stage = target
    session.flush()
    return target


@dataclass(frozen=True)
class StageEventRow:
    kind: str
    from_stage: CycleStage
    to_stage: CycleStage
    employee_no: str | None
    name: str | None
    blocker: str | None
    reason: str | None
    actor_name: str | None
    occurred_at: datetime


def stage_events(session: Session, cycle_id: int) -> list[StageEventRow]:
    """The cycle's stage moves and exceptions, oldest first; an exception only when the
    acting user may review the person it names (its reason is about them)."""
    _cycle(session, cycle_id)
    rows = session.execute(
        select(CycleStageEvent, Employee.employee_no, Employee.name)
        .outerjoin(Employee, Employee.id == CycleStageEvent.employee_id)
        .where(CycleStageEvent.cycle_id == cycle_id,
               CycleStageEvent.employee_id.is_(None) | reviewable_condition(session, CycleStageEvent.employee_id))
        .order_by(CycleStageEvent.id))
    return [StageEventRow(e.kind, e.from_stage, e.to_stage, number, name, e.blocker, e.reason, e.actor_name,
                          e.occurred_at) for e, number, name in rows]

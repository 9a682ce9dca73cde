"""Releasing a cycle's appraisals: until HR releases them, an appraisal document is a
draft for the manager and HR; the release makes the manager's parts (strengths,
development areas, overall and per-KPI comments) part of the employee's document,
which the three signers then sign. The manager's private note is never in it."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalState, Cycle, CycleStage

from ..errors import StageBlocked

RELEASABLE = (AppraisalState.DRAFT, AppraisalState.MANAGER_REVIEW, AppraisalState.CALIBRATED)


def release(session: Session, cycle_id: int) -> int:
    """Release the appraisals of a cycle in sign-off to their employees. HR only; once.
    Returns how many appraisals were released."""
    from .stages import _now, cycle_in_sign_off

    cycle = cycle_in_sign_off(session, cycle_id, "release_needs_sign_off")
    if cycle.released_at is not None:
        raise StageBlocked.coded("cycle_already_released", cycle=cycle.name)
    now = _now()
    cycle.released_at = now
    # Through the ORM, not one bulk UPDATE: the audit trail records each appraisal released.
    appraisals = session.scalars(select(Appraisal).where(Appraisal.cycle_id == cycle.id,
                                                         Appraisal.state.in_(RELEASABLE))).all()
    for appraisal in appraisals:
        appraisal.state, appraisal.released_at = AppraisalState.RELEASED, now
    session.flush()
    return len(appraisals)


def released_to_employee(cycle: Cycle, appraisal: Appraisal | None) -> bool:
    """Whether the appraisal is the employee's document: released by HR (cycles closed
    before releases were recorded count as released once their appraisal was)."""
    if appraisal is None or appraisal.state not in (AppraisalState.RELEASED, AppraisalState.SIGNED):
        return False
    return cycle.released_at is not None or cycle.stage == CycleStage.CLOSED

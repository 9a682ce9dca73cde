"""Closing a cycle: sign-off (manager, then employee, then HR) is the gate; HR may
close past named people, a reason each (a leaver who cannot sign). A closed cycle is
read-only (reviewer.cycles.lookup.open_cycle)."""
from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import CycleStage

from ..errors import StageBlocked


def close(session: Session, cycle_id: int, exceptions=None, dry_run: bool = False, expected_stage=None):
    """Close a released cycle in sign-off once everyone's appraisal carries the three
    signatures, or HR let them past with a reason. HR only; returns the GateCheck."""
    from .stages import GateCheck, _event, _now, _pass_gate, cycle_in_sign_off

    cycle = cycle_in_sign_off(session, cycle_id, "close_needs_sign_off", lock=not dry_run,
                              expected_stage=expected_stage)
    if cycle.released_at is None:
        raise StageBlocked.coded("close_needs_release", cycle=cycle.name)
    check = _pass_gate(session, cycle, CycleStage.CLOSED, exceptions, dry_run)
    if dry_run:
        return check
    _event(session, cycle, "advance", CycleStage.CLOSED)
    cycle.stage = CycleStage.CLOSED
    cycle.closed_at = _now()
    session.flush()
    return GateCheck(check.cycle_id, check.from_stage, CycleStage.CLOSED, (), check.excepted, moved=True)

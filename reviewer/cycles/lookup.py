"""Appraisal cycles as the other services need them."""
from __future__ import annotations

from sqlalchemy.orm import Session

from db.models import Cycle, CycleStage

from ..errors import NotFound, StageBlocked


def open_cycle(session: Session, cycle_id: int, what: str) -> Cycle:
    """The cycle, refused when it is closed: ``what`` names what can no longer
    change (targets, results, raters...) in the message."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    if cycle.stage == CycleStage.CLOSED:
        raise StageBlocked.coded("cycle_closed_for", cycle=cycle.name, what=what)
    return cycle

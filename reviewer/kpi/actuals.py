"""Recording actual results by hand; every reading is kept."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Actual, Target

from ..cycles.lookup import open_cycle
from ..cycles.scoring import refresh_scores_of
from ..access import require_in_scope
from ..errors import NotFound, ValidationError


@dataclass(frozen=True)
class Reading:
    id: int
    value: float
    as_of: date
    source: str | None
    note: str | None
    entered_at: datetime


def record_actual(session: Session, target_id: int, value: float, as_of: date, source: str | None = None,
                  note: str | None = None, entered_by: int | None = None) -> int:
    """Add a reading for a target (earlier readings stay as history)."""
    target = session.get(Target, target_id)
    if target is None:
        raise NotFound.coded("target_unknown", id=target_id)
    require_in_scope(session, target.employee_id, change=True)
    cycle = open_cycle(session, target.cycle_id, "results")
    if not math.isfinite(value):
        raise ValidationError.coded("value_not_a_number")
    if not cycle.period_start <= as_of <= max(cycle.period_end, date.today()):
        raise ValidationError.coded("date_outside_cycle", date=as_of, cycle=cycle.name, start=cycle.period_start,
                                    end=cycle.period_end)
    actual = Actual(target_id=target_id, value=value, as_of=as_of, source=(source or "").strip() or None,
                    note=(note or "").strip() or None, entered_by_id=entered_by)
    session.add(actual)
    session.flush()
    refresh_scores_of(session, [(target.cycle_id, target.employee_id)])
    return actual.id


def latest_readings(session: Session, *conditions) -> dict[int, tuple[date, float]]:
    """Each target's newest reading as (as_of, value); ``conditions`` filter on Target
    or Actual (e.g. Target.cycle_id == 3). A later entry on the same day wins."""
    latest: dict[int, tuple[date, float]] = {}
    for target_id, as_of, value in session.execute(
            select(Actual.target_id, Actual.as_of, Actual.value).join(Target).where(*conditions)
            .order_by(Actual.target_id, Actual.as_of, Actual.id)):
        latest[target_id] = (as_of, value)
    return latest


def readings(session: Session, target_id: int) -> list[Reading]:
    """A target's readings, newest first."""
    target = session.get(Target, target_id)
    require_in_scope(session, target.employee_id if target else None)
    return [Reading(a.id, a.value, a.as_of, a.source, a.note, a.entered_at) for a in session.scalars(
        select(Actual).where(Actual.target_id == target_id).order_by(Actual.as_of.desc(), Actual.id.desc()))]

"""Who takes part in a cycle, and the one appraisal each of them gets once goal
setting begins."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, Cycle, CycleParticipant, CycleStage

# From goal setting on, every participant has an appraisal to hold their reviews.
STAGES_WITH_APPRAISALS = frozenset(CycleStage) - {CycleStage.DRAFT}


def ensure_appraisals(session: Session, cycle: Cycle) -> list[int]:
    """Create the first appraisal of every participant who has none in ``cycle``
    (people added after goal setting began included); never a second one. Returns
    the employee ids that got one."""
    if cycle.stage not in STAGES_WITH_APPRAISALS:
        return []
    have = set(session.scalars(select(Appraisal.employee_id).where(Appraisal.cycle_id == cycle.id)))
    missing = [employee_id for employee_id in session.scalars(
        select(CycleParticipant.employee_id).where(CycleParticipant.cycle_id == cycle.id)
        .order_by(CycleParticipant.employee_id)) if employee_id not in have]
    session.add_all(Appraisal(cycle_id=cycle.id, employee_id=employee_id) for employee_id in missing)
    session.flush()
    return missing

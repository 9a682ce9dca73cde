"""Calibration sessions: the open ones the user sits in, and for HR every open one to close."""
from __future__ import annotations

from sqlalchemy import exists, select

from db.models import CalibrationParticipant, CalibrationSession, CycleStage

from .context import TodayContext
from .items import PLACE_CALIBRATION, source


@source
def calibration_sessions(ctx: TodayContext):
    cycles = {cycle.id: cycle for cycle in ctx.at_stage(CycleStage.CALIBRATION)}
    if not cycles or (ctx.me is None and not ctx.actor.is_hr):
        return []
    sits_in = exists().where(CalibrationParticipant.session_id == CalibrationSession.id,
                             CalibrationParticipant.employee_id == ctx.me)
    query = select(CalibrationSession.id, CalibrationSession.cycle_id, CalibrationSession.name).where(
        CalibrationSession.cycle_id.in_(cycles), CalibrationSession.closed_at.is_(None))
    if not ctx.actor.is_hr:
        query = query.where(sits_in)
    items = []
    for session_id, cycle_id, name in ctx.session.execute(query.order_by(CalibrationSession.opened_at)):
        cycle = cycles[cycle_id]
        kind = "calibration_close" if ctx.actor.is_hr else "calibration_session"
        items.append(ctx.item(kind, f"today_{kind}", cycle.due(CycleStage.CALIBRATION), PLACE_CALIBRATION,
                              params={"session": name, "cycle": cycle.name}, cycle_id=cycle_id, ref=session_id))
    return items

"""The deadline of the current stage of each open cycle, when HR set one."""
from __future__ import annotations

from ..messages import Term
from .context import TodayContext
from .items import PLACE_CYCLES, source


@source
def stage_deadlines(ctx: TodayContext):
    if not ctx.actor.is_hr and ctx.me is None:
        return []
    items = []
    for cycle in ctx.cycles.values():
        due = cycle.due(cycle.stage)
        if due is not None:
            items.append(ctx.item("stage_deadline", "today_stage_deadline", due, PLACE_CYCLES,
                                  params={"stage": Term("stage", cycle.stage), "cycle": cycle.name},
                                  cycle_id=cycle.id))
    return items

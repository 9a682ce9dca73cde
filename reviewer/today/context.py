"""What every Today source needs to know, read once: who is acting, the day, the open
cycles with their stage deadlines, and whose late work the user chases."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from db.models import Cycle, CycleStage

from ..access import Actor, acting
from ..access.scope import reporting_line_select
from .items import TodayItem, urgency_of


@dataclass(frozen=True)
class OpenCycle:
    id: int
    name: str
    stage: CycleStage
    released: bool
    due_dates: dict[str, str]

    def due(self, stage: CycleStage) -> date | None:
        """The date by which ``stage`` should be done, if HR set one."""
        value = self.due_dates.get(stage.value)
        return date.fromisoformat(value) if value else None


@dataclass
class TodayContext:
    session: Session
    actor: Actor
    today: date
    cycles: dict[int, OpenCycle]

    @property
    def me(self) -> int | None:
        return self.actor.employee_id

    def at_stage(self, stage: CycleStage) -> list[OpenCycle]:
        return [cycle for cycle in self.cycles.values() if cycle.stage == stage]

    def chased(self, column) -> ColumnElement[bool]:
        """People whose late work the user chases: everyone for HR, a manager's line."""
        if self.actor.is_hr:
            return true()
        if self.me is None:
            return column.is_(None) & column.is_not(None)
        return column.in_(reporting_line_select(self.me))

    def late(self, due: date | None) -> bool:
        return due is not None and due < self.today

    def item(self, kind: str, message_code: str, due: date | None, place: str, **fields: Any) -> TodayItem:
        params = fields.pop("params", {})
        return TodayItem(kind, message_code, params, due, urgency_of(due, self.today), place, **fields)


def read_context(session: Session, today: date) -> TodayContext:
    """The acting user's context: cycles past draft and not closed."""
    cycles = {row.id: OpenCycle(row.id, row.name, row.stage, row.released_at is not None, dict(row.stage_due_dates or {}))
              for row in session.execute(select(Cycle.id, Cycle.name, Cycle.stage, Cycle.released_at,
                                                Cycle.stage_due_dates)
                                         .where(Cycle.stage.not_in((CycleStage.DRAFT, CycleStage.CLOSED)))
                                         .order_by(Cycle.period_start, Cycle.id))}
    return TodayContext(session, acting(session), today, cycles)

"""What every Today source needs to know, read once: who is acting, the day, the open
cycles with their stage deadlines, and whose late work the user chases."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, case, func, literal, select, true
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import Cycle, CycleStage, Employee

from ..access import Actor, acting
from ..access.scope import reporting_line_select
from .items import PLACE_CYCLES, TodayItem, urgency_of


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

    def late_work(self, kind: str, code: str, place: str, cycle: OpenCycle, late: Select, due,
                  place_code: str = "", **params: Any) -> list[TodayItem]:
        """Items for someone else's late work. ``late`` selects from Employee (joined to the
        late rows: one per form or per person) only what is late and chased; ``due`` is
        the rows' due date (a column or a date). A manager gets one item per person; HR one
        per manager's team (``{code}_team``, opening the cycle's dashboard), counted in the
        database, and one per person for those with no manager."""
        due = due if isinstance(due, ColumnElement) else literal(due, Date)
        if self.actor.is_hr:
            return self._late_per_team(kind, code, place, cycle, late, due, place_code, params)
        people = late.with_only_columns(Employee.id, Employee.employee_no, Employee.name, Employee.manager_id,
                                        func.count(), func.min(due)).group_by(
            Employee.id, Employee.employee_no, Employee.name, Employee.manager_id)
        return [self.item(kind, code, first, place,
                          params={"count": count, "name": name, "number": number, "cycle": cycle.name, **params},
                          employee_id=employee_id, employee_no=number, person=name, cycle_id=cycle.id,
                          place_code=place_code, manager_id=manager, mine=False, count=count)
                for employee_id, number, name, manager, count, first in self.session.execute(people)]

    def _late_per_team(self, kind, code, place, cycle, late, due, place_code, params) -> list[TodayItem]:
        """One pass over the late rows, grouped by manager (and, for the few with no manager,
        by person); the names are read afterwards for the groups only."""
        alone = case((Employee.manager_id.is_(None), Employee.id))
        groups = self.session.execute(late.with_only_columns(Employee.manager_id, alone, func.count(), func.min(due))
                                      .group_by(Employee.manager_id, alone)).all()
        wanted = {manager if manager is not None else person for manager, person, _count, _first in groups}
        people = {}
        for chunk in batches(sorted(wanted)):
            people.update((row[0], row[1:]) for row in self.session.execute(
                select(Employee.id, Employee.employee_no, Employee.name).where(Employee.id.in_(chunk))))
        items = []
        for manager, person, count, first in groups:
            if manager is not None:
                number, name = people[manager]
                items.append(self.item(kind, f"{code}_team", first, PLACE_CYCLES,
                                       params={"count": count, "manager": name, "number": number,
                                               "cycle": cycle.name},
                                       employee_id=manager, employee_no=number, person=name, cycle_id=cycle.id,
                                       manager_id=manager, manager_name=name, mine=False, count=count))
            else:
                number, name = people[person]
                items.append(self.item(kind, code, first, place,
                                       params={"count": count, "name": name, "number": number,
                                               "cycle": cycle.name, **params},
                                       employee_id=person, employee_no=number, person=name, cycle_id=cycle.id,
                                       place_code=place_code, mine=False, count=count))
        return items

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

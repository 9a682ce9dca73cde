"""The Today view: everything that needs the acting user now, most urgent first."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import Employee

from ..access import acting
from .context import read_context
from .items import SOURCES, URGENCIES, TodayItem


@dataclass(frozen=True)
class TodayView:
    """The items of one user on one day, most urgent first (safe after the session closes)."""

    as_of: date
    user: str
    items: tuple[TodayItem, ...]

    def counts(self) -> dict[str, int]:
        """How many items of each urgency (the sidebar's figures)."""
        counted = dict.fromkeys(URGENCIES, 0)
        for item in self.items:
            counted[item.urgency] += 1
        return counted

    def by_urgency(self) -> dict[str, list[TodayItem]]:
        groups: dict[str, list[TodayItem]] = {urgency: [] for urgency in URGENCIES}
        for item in self.items:
            groups[item.urgency].append(item)
        return groups

    def as_dict(self) -> dict[str, Any]:
        return {"as_of": self.as_of.isoformat(), "user": self.user, "counts": self.counts(),
                "items": [item.as_dict() for item in self.items]}


def _sort_key(item: TodayItem):
    return (URGENCIES.index(item.urgency), item.due or date.max, not item.mine, item.kind,
            item.manager_name or "", item.employee_no or "", item.cycle_id or 0, item.ref or 0)


def today(session: Session, *, now: datetime | None = None) -> TodayView:
    """What needs the acting user now, each item with its urgency on ``now``'s date (the
    clock by default) and the place to act: their own work, and the late work of the
    people they chase (a manager's line; everyone's for HR, counted per manager). An
    auditor changes nothing, so nothing needs them."""
    actor = acting(session)
    day = (now or datetime.now()).date()
    if not actor.may_write:
        return TodayView(day, actor.display_name, ())
    context = read_context(session, day)
    items: list[TodayItem] = []
    for find in SOURCES:
        items.extend(find(context))
    named = {item.manager_id for item in items if item.manager_id is not None and item.manager_name is None}
    if named:
        names = {}
        for chunk in batches(sorted(named)):
            names.update(session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(chunk))).all())
        items = [replace(item, manager_name=names.get(item.manager_id)) if item.manager_id in named else item
                 for item in items]
    return TodayView(day, actor.display_name, tuple(sorted(items, key=_sort_key)))


"""The Today view: everything that needs the acting user now, most urgent first."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Employee

from ..access import acting
from .context import read_context
from .items import DUE_LATER, PLACE_CYCLES, SOURCES, URGENCIES, TodayItem

# Someone else's late work, as HR sees it: counted per manager, one line per team.
TEAM_KINDS = {"feedback_chase", "self_review_chase", "manager_review_chase", "sign_chase"}


@dataclass(frozen=True)
class TodayView:
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


def _per_team(session: Session, items: list[TodayItem]) -> list[TodayItem]:
    """HR's view of others' late work: one item per kind, cycle and manager."""
    teams: dict[tuple, list[TodayItem]] = defaultdict(list)
    kept = []
    for item in items:
        if item.kind in TEAM_KINDS and item.manager_id is not None:
            teams[(item.kind, item.cycle_id, item.manager_id)].append(item)
        else:
            kept.append(item)
    managers = {}
    if teams:
        ids = {manager for _kind, _cycle, manager in teams}
        managers = {row[0]: (row[1], row[2]) for row in session.execute(
            select(Employee.id, Employee.employee_no, Employee.name).where(Employee.id.in_(ids)))}
    for (kind, cycle_id, manager_id), members in teams.items():
        first = min(members, key=lambda item: item.due or date.max)
        count = sum(item.count for item in members)
        number, name = managers[manager_id]
        kept.append(replace(first, message_code=f"today_{kind}_team",
                            params={"count": count, "manager": name, "number": number,
                                    "cycle": first.params.get("cycle", "")},
                            place=PLACE_CYCLES, place_code="", employee_id=manager_id, employee_no=number,
                            person=name, manager_name=name, count=count))
    return kept


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
    if actor.is_hr:
        items = _per_team(session, items)
    else:
        names = {row[0]: row[1] for row in session.execute(select(Employee.id, Employee.name).where(
            Employee.id.in_({item.manager_id for item in items if item.manager_id is not None})))}
        items = [replace(item, manager_name=names.get(item.manager_id)) for item in items]
    return TodayView(day, actor.display_name, tuple(sorted(items, key=_sort_key)))


__all__ = ["TodayView", "today", "DUE_LATER"]

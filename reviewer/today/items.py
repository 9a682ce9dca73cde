"""What one Today item is, how urgent a due date makes it, and the registry of the
functions that find items: one function per kind of work (360 forms, reviews,
signatures, calibration, KPI alerts, stage deadlines, plans), each
registered with ``@source`` and called by ``reviewer.today.view.today``."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Iterable

# Urgency, like a to-do list: what is late first, then what is due today, then the rest.
OVERDUE, DUE_TODAY, DUE_LATER = "overdue", "due_today", "due_later"
URGENCIES = (OVERDUE, DUE_TODAY, DUE_LATER)

# The places the window opens (MainWindow.open_place); the first five are the cycle dashboard's.
PLACE_PEOPLE, PLACE_TARGETS, PLACE_FEEDBACK, PLACE_REVIEW, PLACE_APPRAISALS = (
    "people", "targets", "feedback", "review", "appraisals")
PLACE_CYCLES, PLACE_CALIBRATION = "cycles", "calibration"
PLACE_PLANS = "plans"  # with ``ref``, the plan's id, when the item is about one plan


def urgency_of(due: date | None, today: date) -> str:
    """Overdue from the day after the due date, due today on it; no date is never late."""
    if due is None or due > today:
        return DUE_LATER
    return DUE_TODAY if due == today else OVERDUE


@dataclass(frozen=True)
class TodayItem:
    """One thing that needs the user: ``message_code`` and ``params`` say what
    (reviewer.messages), ``place`` (with ``employee_id``, ``cycle_id`` and ``place_code``)
    is where it is done. ``mine`` is False for someone else's late work the user chases;
    HR sees those counted per manager (``count`` people in ``manager_name``'s team)."""

    kind: str
    message_code: str
    params: dict[str, Any]
    due: date | None
    urgency: str
    place: str
    employee_id: int | None = None
    employee_no: str | None = None
    person: str | None = None
    cycle_id: int | None = None
    place_code: str = ""
    manager_id: int | None = None
    manager_name: str | None = None
    mine: bool = True
    count: int = 1
    ref: int | None = None  # the row the item is about (a calibration session, a plan)

    @property
    def title(self) -> str:
        from ..messages import render

        return render(self.message_code, self.params)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "title": self.title, "code": self.message_code,
                "params": {key: str(value) if not isinstance(value, (int, float)) else value
                           for key, value in self.params.items()},
                "due": self.due.isoformat() if self.due else None, "urgency": self.urgency,
                "employee_no": self.employee_no, "person": self.person, "manager": self.manager_name,
                "mine": self.mine, "count": self.count, "place": self.place, "place_code": self.place_code,
                "cycle_id": self.cycle_id, "employee_id": self.employee_id, "ref": self.ref}


Source = Callable[[Any], Iterable[TodayItem]]
SOURCES: list[Source] = []


def source(function: Source) -> Source:
    """Register a function that finds one kind of Today item from a TodayContext."""
    SOURCES.append(function)
    return function

"""When a plan's next check-in is due and where the plan stands, from its rows alone:
one rule read by the plan page, the Today view, the list and the plan document.

A plan runs from its first acknowledgement (status active or extended). The first
check-in is due one cadence after the later of the start date and that acknowledgement,
each next one a cadence after the latest check-in, never later than the end date; a
check-in not held by its due date is missed from the day after. A running plan whose end
date has passed awaits its decision."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from db.models import PlanStatus

# Where a plan stands, as the list and the page name it.
DRAFT, AWAITING_ACKNOWLEDGEMENT, ACTIVE, EXTENDED, CLOSED = (
    "draft", "awaiting_acknowledgement", "active", "extended", "closed")
STAGES = (DRAFT, AWAITING_ACKNOWLEDGEMENT, ACTIVE, EXTENDED, CLOSED)
# Its health, from the latest check-in: any goal at risk or off track puts the plan at risk.
ON_TRACK, AT_RISK, NOT_CHECKED = "on_track", "at_risk", "not_checked"
GOAL_STATES = ("on_track", "at_risk", "off_track")
SHORTFALL_STATES = ("at_risk", "off_track")


def local_day(moment: datetime) -> date:
    """The calendar day of a stored moment where the user is (stored moments are UTC)."""
    if moment.tzinfo is None:
        from datetime import timezone

        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().date()


def stage_of(status: PlanStatus | str, approved_at: datetime | None, acknowledged_version: int | None,
             version: int) -> str:
    """draft (HR has not approved), awaiting acknowledgement (approved, or changed since
    the employee last acknowledged), active, extended or closed."""
    status = PlanStatus(status)
    if status == PlanStatus.CLOSED:
        return CLOSED
    if approved_at is None:
        return DRAFT
    if acknowledged_version is None or acknowledged_version < version:
        return AWAITING_ACKNOWLEDGEMENT
    return EXTENDED if status == PlanStatus.EXTENDED else ACTIVE


def is_running(status: PlanStatus | str) -> bool:
    return PlanStatus(status) in (PlanStatus.ACTIVE, PlanStatus.EXTENDED)


def next_check_in_due(*, status: PlanStatus | str, start_date: date, end_date: date, cadence_days: int,
                      first_acknowledged_on: date | None, last_check_in_on: date | None) -> date | None:
    """The day the next check-in is due; None for a plan that is not running."""
    if not is_running(status) or first_acknowledged_on is None:
        return None
    anchor = last_check_in_on if last_check_in_on is not None else max(start_date, first_acknowledged_on)
    due = anchor + timedelta(days=cadence_days)
    if last_check_in_on is not None and last_check_in_on >= end_date:
        return None  # the last check-in is in: what is left is the decision
    return min(due, end_date)


@dataclass(frozen=True)
class CheckInDue:
    due: date | None
    missed: bool  # from the day after the due date

    @staticmethod
    def of(due: date | None, today: date) -> "CheckInDue":
        return CheckInDue(due, due is not None and today > due)


def decision_due(status: PlanStatus | str, end_date: date, today: date) -> bool:
    """A running plan past its end date waits for an outcome (succeeded, extended, ...)."""
    return is_running(status) and today > end_date


def health_of(latest_goal_states: list[str] | None) -> str:
    """on track, at risk, or not yet checked: from the goal states of the latest check-in."""
    if not latest_goal_states:
        return NOT_CHECKED
    return AT_RISK if any(state in SHORTFALL_STATES for state in latest_goal_states) else ON_TRACK

"""The few numbers a plan proposal is built with, in one place, with the defaults
seed 003 gives: short-term goals about a month out, long-term goals about a quarter,
a plan of three months (three to six), and a comparison published only over at least
three other people."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from ..errors import ValidationError

PLAN_MONTHS_RANGE = (3, 6)  # seed 003: decide after three to six months
HORIZON_MONTHS_RANGE = (1, 6)


@dataclass(frozen=True)
class PlanSettings:
    short_term_months: int = 1  # a short-term goal is due this many months from today
    long_term_months: int = 3  # a long-term goal: about a quarter
    plan_months: int = 3  # the plan's end date, from today
    # A median over fewer other people would reveal them (a median of one is their result).
    min_peers: int = 3
    max_kpi_goals: int = 3  # the KPIs furthest below target that become goals
    max_competency_goals: int = 3  # the lowest competencies that become goals
    competency_step: float = 0.5  # rating points a competency goal asks the others' mean to rise

    def __post_init__(self) -> None:
        for name, (low, high) in (("short_term_months", HORIZON_MONTHS_RANGE),
                                  ("long_term_months", HORIZON_MONTHS_RANGE), ("plan_months", PLAN_MONTHS_RANGE)):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                raise ValidationError.coded("plans_months_range", value=str(value), low=low, high=high)
        if self.short_term_months > self.long_term_months or self.long_term_months > self.plan_months:
            raise ValidationError.coded("plans_months_order", short=self.short_term_months,
                                        long=self.long_term_months, plan=self.plan_months)
        if self.min_peers < 1:
            raise ValidationError.coded("plans_min_peers_range", value=str(self.min_peers))

    def as_dict(self) -> dict:
        return {"short_term_months": self.short_term_months, "long_term_months": self.long_term_months,
                "plan_months": self.plan_months, "min_peers": self.min_peers,
                "max_kpi_goals": self.max_kpi_goals, "max_competency_goals": self.max_competency_goals,
                "competency_step": self.competency_step}


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; a day the later month lacks becomes its last day
    (31 January + 1 month = 28 or 29 February), so a due date never spills into the month after."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))

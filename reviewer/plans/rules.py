"""The company's plan rules, kept with the data set (app_settings): the band at or below
which an appraisal proposes an improvement plan (none set: the two lowest bands of the
cycle), the plan's default length in months, and how many extensions a plan may have."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy.orm import Session

from db.models import AppSetting

from ..access import require_hr
from ..errors import RowProblem, ValidationError
from .settings import PLAN_MONTHS_RANGE, PlanSettings

RULES_KEY = "plans.rules"
MAX_EXTENSIONS = 3


@dataclass(frozen=True)
class PlanRules:
    threshold_band: str | None = None  # a band code; None: the cycle's second-lowest band
    plan_months: int = 3
    extensions_allowed: int = 1

    def proposal_settings(self) -> PlanSettings:
        return PlanSettings(long_term_months=min(3, self.plan_months), plan_months=self.plan_months)

    def as_dict(self) -> dict:
        return asdict(self)


def plan_rules(session: Session) -> PlanRules:
    stored = session.get(AppSetting, RULES_KEY)
    if stored is None:
        return PlanRules()
    try:
        values = json.loads(stored.value)
        return PlanRules(values.get("threshold_band"), int(values.get("plan_months", 3)),
                         int(values.get("extensions_allowed", 1)))
    except (ValueError, TypeError, AttributeError):  # a hand-edited value: the defaults, not a crash
        return PlanRules()


def save_plan_rules(session: Session, rules: PlanRules) -> None:
    require_hr(session)
    low, high = PLAN_MONTHS_RANGE
    if not low <= rules.plan_months <= high:
        raise ValidationError.listing([RowProblem(None, "plan_months", "plans_months_range",
                                                  {"value": rules.plan_months, "low": low, "high": high})])
    if not 0 <= rules.extensions_allowed <= MAX_EXTENSIONS:
        raise ValidationError.listing([RowProblem(None, "extensions_allowed", "plan_extensions_range",
                                                  {"value": rules.extensions_allowed, "high": MAX_EXTENSIONS})])
    threshold = (rules.threshold_band or "").strip() or None
    stored = session.get(AppSetting, RULES_KEY) or AppSetting(key=RULES_KEY, value="{}")
    stored.value = json.dumps({**rules.as_dict(), "threshold_band": threshold})
    session.add(stored)
    session.flush()

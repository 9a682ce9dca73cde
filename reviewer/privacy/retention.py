"""How long a leaver's personal data is kept: a number of months after their leave date,
kept with the data set (app_settings) and changed by HR. Past it, the erasure
(privacy.erasure) offers to anonymise them."""
from __future__ import annotations

import calendar
from datetime import date

from sqlalchemy.orm import Session

from db.models import AppSetting

from ..access import require_hr
from ..errors import RowProblem, ValidationError

RETENTION_KEY = "privacy.retention_months"
# Three years: long enough for a late claim about a final appraisal, short enough to mean something.
DEFAULT_RETENTION_MONTHS = 36
RETENTION_MONTHS_RANGE = (1, 1200)


def retention_months(session: Session) -> int:
    """The retention period in months (the default when none was saved or it was hand-edited)."""
    stored = session.get(AppSetting, RETENTION_KEY)
    try:
        months = int(stored.value) if stored is not None else DEFAULT_RETENTION_MONTHS
    except ValueError:
        return DEFAULT_RETENTION_MONTHS
    low, high = RETENTION_MONTHS_RANGE
    return months if low <= months <= high else DEFAULT_RETENTION_MONTHS


def save_retention_months(session: Session, months: int) -> None:
    """HR only: keep leavers' personal data this many months after they left."""
    require_hr(session)
    low, high = RETENTION_MONTHS_RANGE
    if not isinstance(months, int) or not low <= months <= high:
        raise ValidationError.listing([RowProblem(None, "retention_months", "privacy_retention_range",
                                                  {"value": months, "low": low, "high": high})])
    stored = session.get(AppSetting, RETENTION_KEY) or AppSetting(key=RETENTION_KEY, value="")
    stored.value = str(months)
    session.add(stored)
    session.flush()


def retention_ends(left_on: date, months: int) -> date:
    """The day the retention period after ``left_on`` runs out (the same day of the month,
    or the month's last day when it has fewer days)."""
    month_index = left_on.month - 1 + months
    year, month = left_on.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(left_on.day, calendar.monthrange(year, month)[1]))

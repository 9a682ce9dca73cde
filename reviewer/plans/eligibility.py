"""Whether an appraisal calls for an improvement plan: its band at or below a band
the company names (the program proposes a plan for such an appraisal)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from db.models import Appraisal, Employee

from ..access import require_reviewable
from ..calibration.bands import band_steps, current_band_id, cycle_bands, earning_limits, resolve_band
from ..errors import NotFound
from .notices import Notice


@dataclass(frozen=True)
class PlanEligibility:
    appraisal_id: int
    eligible: bool
    band_code: str | None  # the band the appraisal carries now
    basis: str | None  # calibrated, proposed or earned: where that band comes from
    threshold_code: str
    notice: Notice

    def as_dict(self) -> dict[str, Any]:
        return {"appraisal_id": self.appraisal_id, "eligible": self.eligible, "band": self.band_code,
                "basis": self.basis, "threshold": self.threshold_code, "notice": self.notice.as_dict()}


def eligible_for_plan(session: Session, appraisal_id: int, threshold_band_code: str) -> PlanEligibility:
    """Whether the appraisal's band (calibrated, else proposed, else the band its score
    earns, as calibration counts it) is at or below ``threshold_band_code``. Refused for
    anyone the acting user may not review; an unknown band code is refused naming the codes."""
    appraisal = session.get(Appraisal, appraisal_id)
    if appraisal is None:
        raise NotFound.coded("appraisal_unknown", id=appraisal_id)
    require_reviewable(session, appraisal.employee_id)
    person = session.get(Employee, appraisal.employee_id)
    bands = cycle_bands(session, appraisal.cycle_id)
    threshold = resolve_band(bands, threshold_band_code)
    band_id = current_band_id(appraisal, earning_limits(session, appraisal.cycle_id, bands))
    if band_id is None:
        return PlanEligibility(appraisal_id, False, None, None, threshold.code,
                               Notice("plans_no_band", {"person": person.name}))
    basis = ("calibrated" if appraisal.calibrated_band_id is not None
             else "proposed" if appraisal.proposed_band_id is not None else "earned")
    band = next(b for b in bands if b.id == band_id)
    steps = band_steps(bands)
    eligible = steps[band_id] <= steps[threshold.id]
    return PlanEligibility(appraisal_id, eligible, band.code, basis, threshold.code,
                           Notice("plans_eligible" if eligible else "plans_not_eligible",
                                  {"person": person.name, "band": band.code, "threshold": threshold.code}))

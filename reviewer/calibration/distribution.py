"""How the ratings in a scope spread over the bands, against the cycle's guideline
shares: before (the band each member had when the session opened; without a session,
the manager's proposal or the earned band) and after (the current band), with a
warning for each band whose share strays from its guideline by more than the margin."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, CalibrationMember, Cycle, CycleParticipant, Employee

from ..access import reviewable_condition
from ..errors import NotFound
from ..people.directory import departments_below
from .bands import band_before_calibration, cycle_bands, earning_limits
from .blind import refuse_department_while_blind, session_labels
from .sessions import readable_session

# Percentage points a band's share may stray from its guideline when the cycle sets none.
DEFAULT_MARGIN_PCT = 10.0


@dataclass(frozen=True)
class BandShare:
    band_id: int
    code: str
    name: str
    name_zh: str | None
    count_before: int
    share_before: float  # percent of the people with a band
    count_after: int
    share_after: float
    guideline: float | None  # percent; None: the band has no guideline
    difference: float | None  # after - guideline, percentage points
    off: bool  # further from the guideline than the margin

    def as_dict(self) -> dict[str, Any]:
        return {"band": self.code, "name": self.name, "count_before": self.count_before,
                "share_before": round(self.share_before, 1), "count_after": self.count_after,
                "share_after": round(self.share_after, 1), "guideline": self.guideline,
                "difference": None if self.difference is None else round(self.difference, 1), "off": self.off}


@dataclass(frozen=True)
class DistributionWarning:
    """A band off its guideline by more than the margin, said as a coded message."""
    code: str
    params: dict[str, Any]

    @property
    def message(self) -> str:
        from ..messages import render

        return render(self.code, self.params)

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Distribution:
    cycle_id: int
    session_id: int | None
    total: int  # people with a band (after)
    unbanded: int  # people in scope without any band yet (no score, no proposal)
    margin: float  # percentage points
    rows: tuple[BandShare, ...]  # highest band first
    warnings: tuple[DistributionWarning, ...]

    @property
    def off(self) -> bool:
        return any(row.off for row in self.rows)

    def as_dict(self) -> dict[str, Any]:
        return {"cycle_id": self.cycle_id, "session_id": self.session_id, "total": self.total,
                "unbanded": self.unbanded, "margin": self.margin, "rows": [r.as_dict() for r in self.rows],
                "warnings": [w.as_dict() for w in self.warnings]}


def margin_of(cycle: Cycle) -> float:
    return DEFAULT_MARGIN_PCT if cycle.distribution_margin_pct is None else float(cycle.distribution_margin_pct)


def _bands_of(appraisal_rows, limits) -> tuple[list[int | None], list[int | None]]:
    """(before, after) band ids of rows (calibrated, proposed, final score, band at open or
    None, in the session)."""
    before, after = [], []
    for calibrated, proposed, score, at_open, in_session in appraisal_rows:
        uncalibrated = band_before_calibration(proposed, score, limits)
        after.append(calibrated if calibrated is not None else uncalibrated)
        before.append(at_open if in_session else uncalibrated)
    return before, after


def distribution(session: Session, cycle_id: int, *, session_id: int | None = None,
                 department_id: int | None = None) -> Distribution:
    """The spread of bands before and after, against the guideline. With ``session_id``:
    the session's members (its readers only); else the cycle's participants the acting
    user may review, or those of a department and the departments below it."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    bands = cycle_bands(session, cycle.id)
    limits = earning_limits(session, cycle.id, bands)
    columns = (Appraisal.calibrated_band_id, Appraisal.proposed_band_id, Appraisal.final_score)
    if session_id is not None:
        calibration = readable_session(session, session_id)
        if calibration.cycle_id != cycle.id:
            raise NotFound.coded("calibration_session_unknown", id=session_id)
        refuse_department_while_blind(session_labels(session, calibration), calibration.name, department_id)
        query = (select(*columns, CalibrationMember.band_at_open_id, CalibrationMember.id.is_not(None))
                 .join(CalibrationMember, CalibrationMember.appraisal_id == Appraisal.id)
                 .where(CalibrationMember.session_id == calibration.id))
        if department_id is not None:
            query = query.join(Employee, Employee.id == Appraisal.employee_id).where(
                Employee.department_id.in_(departments_below(session, [department_id])))
    else:
        from ..cycles.blockers import current_appraisal_condition

        query = (select(*columns, Appraisal.calibrated_band_id, Appraisal.id.is_(None))
                 .join(CycleParticipant, (CycleParticipant.employee_id == Appraisal.employee_id)
                       & (CycleParticipant.cycle_id == cycle.id))
                 .where(current_appraisal_condition(cycle.id), reviewable_condition(session, Appraisal.employee_id)))
        if department_id is not None:
            query = query.join(Employee, Employee.id == Appraisal.employee_id).where(
                Employee.department_id.in_(departments_below(session, [department_id])))
    before, after = _bands_of(session.connection().execute(query).all(), limits)
    return shares(cycle.id, session_id, bands, before, after, margin_of(cycle))


def shares(cycle_id: int, session_id: int | None, bands, before: list[int | None], after: list[int | None],
           margin: float) -> Distribution:
    """The distribution of these band ids (one per person) over the bands."""
    counted_before, counted_after = Counter(before), Counter(after)
    total_before = sum(n for band, n in counted_before.items() if band is not None)
    total_after = sum(n for band, n in counted_after.items() if band is not None)
    rows, warnings = [], []
    for band in bands:
        share_before = 100.0 * counted_before[band.id] / total_before if total_before else 0.0
        share_after = 100.0 * counted_after[band.id] / total_after if total_after else 0.0
        guideline = band.guideline_pct
        difference = None if guideline is None or not total_after else share_after - guideline
        off = difference is not None and abs(difference) > margin + 1e-9
        rows.append(BandShare(band.id, band.code, band.name, band.name_zh, counted_before[band.id], share_before,
                              counted_after[band.id], share_after, guideline, difference, off))
        if off:
            warnings.append(DistributionWarning(
                "calibration_band_above_guideline" if difference > 0 else "calibration_band_below_guideline",
                {"band": band.code, "share": f"{share_after:.1f}", "guideline": f"{guideline:g}",
                 "difference": f"{abs(difference):.1f}", "margin": f"{margin:g}"}))
    return Distribution(cycle_id, session_id, total_after, counted_after[None], margin, tuple(rows), tuple(warnings))

"""The bands as calibration sees them: a person's current band, the bands' order, and
the fold of the bands into the nine-box's three performance levels."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import RatingBand

from ..errors import NotFound
from ..kpi.scoring import band_earned

BandLimits = Sequence[tuple[int, float]]  # (band id, minimum score)
PERFORMANCE_LEVELS = ("low", "medium", "high")
BIG_MOVE_STEPS = 2  # a move of this many bands or more is a "big mover"


class Banded(Protocol):
    calibrated_band_id: int | None
    proposed_band_id: int | None
    final_score: float | None


@dataclass(frozen=True)
class BandRef:
    """A band of the cycle, safe after the session closes."""
    id: int
    code: str
    name: str
    name_zh: str | None
    min_score: float
    guideline_pct: float | None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "name": self.name, "name_zh": self.name_zh,
                "min_score": self.min_score, "guideline_pct": self.guideline_pct}


def current_band_id(appraisal: Banded, limits: BandLimits) -> int | None:
    """The band a person holds now: the calibrated one, else the manager's proposal, else
    the band the final score earns (None when none of these is known)."""
    return band_now(appraisal.calibrated_band_id, appraisal.proposed_band_id, appraisal.final_score, limits)


def uncalibrated_band_id(appraisal: Banded, limits: BandLimits) -> int | None:
    """The band before any calibration: the manager's proposal, else the earned band."""
    return band_before_calibration(appraisal.proposed_band_id, appraisal.final_score, limits)


def band_now(calibrated: int | None, proposed: int | None, final_score: float | None,
             limits: BandLimits) -> int | None:
    """current_band_id over plain values, for services that read rows rather than appraisals."""
    return calibrated if calibrated is not None else band_before_calibration(proposed, final_score, limits)


def band_before_calibration(proposed: int | None, final_score: float | None, limits: BandLimits) -> int | None:
    """uncalibrated_band_id over plain values."""
    return proposed if proposed is not None else band_earned(final_score, limits)


def cycle_bands(session: Session, cycle_id: int) -> tuple[BandRef, ...]:
    """The cycle's bands, highest minimum first (as the grid shows its columns)."""
    return tuple(BandRef(b.id, b.code, b.name, b.name_zh, b.min_score, b.guideline_pct) for b in session.scalars(
        select(RatingBand).where(RatingBand.cycle_id == cycle_id).order_by(RatingBand.min_score.desc())))


def limits_of(bands: Sequence[BandRef]) -> list[tuple[int, float]]:
    return [(b.id, b.min_score) for b in bands]


def earning_limits(session: Session, cycle_id: int, bands: Sequence[BandRef]) -> list[tuple[int, float]]:
    """The limits a final score earns a band by, or none before the cycle's 360 results are
    published: the final score then holds the 360 answers returned so far, and the band it
    earns (read beside the KPI part, or again after one more form) would tell them."""
    from ..feedback.release import cycle_feedback_published

    return limits_of(bands) if cycle_feedback_published(session, cycle_id) else []


def band_steps(bands: Sequence[BandRef]) -> dict[int, int]:
    """Band id -> its step, 0 for the lowest minimum score: the distance of a move is the
    difference of the steps."""
    return {b.id: step for step, b in enumerate(sorted(bands, key=lambda b: b.min_score))}


def is_big_move(from_band_id: int | None, to_band_id: int | None, steps: dict[int, int]) -> bool:
    """A move of two or more bands."""
    if from_band_id not in steps or to_band_id not in steps:
        return False
    return abs(steps[to_band_id] - steps[from_band_id]) >= BIG_MOVE_STEPS


def performance_levels(bands: Sequence[BandRef]) -> dict[int, str]:
    """Band id -> 'low' | 'medium' | 'high': of k bands sorted by minimum score, the lowest
    round(k/3) are low, the highest round(k/3) high, the rest medium."""
    ordered = sorted(bands, key=lambda b: b.min_score)
    edge = round(len(ordered) / 3)
    levels = {}
    for step, band in enumerate(ordered):
        if step < edge:
            levels[band.id] = "low"
        elif step >= len(ordered) - edge:
            levels[band.id] = "high"
        else:
            levels[band.id] = "medium"
    return levels


def performance_level(band_id: int | None, bands: Sequence[BandRef]) -> str | None:
    """The nine-box performance level of a band (None for no band)."""
    return None if band_id is None else performance_levels(bands).get(band_id)


def resolve_band(bands: Sequence[BandRef], band: int | str) -> BandRef:
    """The band named by id or by code (any case); NotFound names the codes there are."""
    for candidate in bands:
        if isinstance(band, int) and not isinstance(band, bool) and candidate.id == band:
            return candidate
    text = str(band).strip()
    for candidate in bands:
        if candidate.code.casefold() == text.casefold():
            return candidate
    if text.isdigit():
        for candidate in bands:
            if candidate.id == int(text):
                return candidate
    raise NotFound.coded("calibration_band_unknown", value=text, codes=", ".join(b.code for b in bands))

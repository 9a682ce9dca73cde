"""Turning results into scores: attainment, a target's points, the weighted parts
and the final rating band. Scores are on a 0-100 scale; beating a target can earn
extra credit up to the target's cap."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from db.models import KpiDirection, ScoringRule


def attainment(
    direction: KpiDirection,
    target: float,
    actual: float,
    band_low: float | None = None,
    band_high: float | None = None,
) -> float | None:
    """How far the actual meets the target, as a ratio (1.0 = exactly on target).

    Lower-is-better KPIs invert the ratio; a target band is met anywhere inside it
    and falls off in proportion to the distance outside. None when undefined
    (a zero target on a higher-is-better KPI).
    """
    if direction == KpiDirection.TARGET_BAND:
        low = band_low if band_low is not None else target
        high = band_high if band_high is not None else target
        if low <= actual <= high:
            return 1.0
        edge = low if actual < low else high
        if edge == 0:
            return 0.0
        return max(0.0, 1.0 - abs(actual - edge) / abs(edge))
    if direction == KpiDirection.LOWER_BETTER:
        if actual <= 0:
            return None if target <= 0 else float("inf")
        return target / actual
    if target == 0:
        return None
    return actual / target


def target_points(
    rule: ScoringRule,
    ratio: float | None,
    floor_ratio: float = 0.0,
    cap_ratio: float = 1.2,
    steps: Sequence[Sequence[float]] | None = None,
) -> float:
    """Points (0-100, more with extra credit) that an attainment ratio earns."""
    if ratio is None:
        return 0.0
    if rule == ScoringRule.STEPS:
        for threshold, points in sorted(steps or [], key=lambda s: s[0], reverse=True):
            if ratio >= threshold:
                return float(points)
        return 0.0
    if rule == ScoringRule.BAND:
        return 100.0 * max(0.0, min(ratio, 1.0))
    if ratio < floor_ratio:
        return 0.0
    return 100.0 * min(ratio, cap_ratio)


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Mean of (value, weight) pairs; None if there is no weight at all."""
    total = weight_sum = 0.0
    for value, weight in pairs:
        total += value * weight
        weight_sum += weight
    return total / weight_sum if weight_sum else None


def rating_to_score(rating: float, scale_max: int) -> float:
    """A rating as a share of its scale's top point, on 0-100 (a 4 of 5 is 80), the
    usual way Chinese appraisal forms turn grades into points."""
    return 100.0 * rating / scale_max


@dataclass(frozen=True)
class PartScores:
    kpi: float | None
    competency: float | None
    final: float | None


def combine_parts(
    kpi_score: float | None, competency_score: float | None, kpi_weight: float, competency_weight: float
) -> PartScores:
    """The final score from explicit part weights. A part without data is left out
    and the other re-weighted, never counted as zero."""
    final = weighted_mean(
        (score, weight)
        for score, weight in ((kpi_score, kpi_weight), (competency_score, competency_weight))
        if score is not None
    )
    return PartScores(kpi_score, competency_score, final)


def band_earned(final_score: float | None, bands: Sequence[tuple[int, float]]) -> int | None:
    """The band a final score earns: the highest whose minimum the score, rounded to one
    decimal as it is shown, reaches; None when not scored or below every band. The one
    band rule of the scores, the gates, the reviews and the history."""
    return None if final_score is None else band_for_score(round(final_score, 1), bands)


def band_for_score(score: float, bands: Sequence[tuple[int, float]]) -> int | None:
    """The id of the highest band whose minimum the score reaches; bands are (id, min_score)."""
    for band_id, min_score in sorted(bands, key=lambda b: b[1], reverse=True):
        if score >= min_score:
            return band_id
    return None

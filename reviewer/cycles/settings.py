"""A cycle's settings: part weights, rater-group weights, rating bands, the anonymity
threshold, the 360 form and a due date per stage. They may change until calibration;
from then on the scores stand on them."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, CalibrationAdjustment, Cycle, CycleStage, FormTemplate, RatingBand, Relationship
from db.models.cycles import MAX_SCORE

from ..access import require_hr
from ..errors import NotFound, RowProblem, StageBlocked, ValidationError
from ..messages import Term, Terms
from ..text import hidden_character_problem
from .catalogue import load_catalogue

# Weight of each rater group inside the competency part when a cycle names none.
DEFAULT_GROUP_WEIGHTS: dict[Relationship, float] = {
    Relationship.MANAGER: 50.0, Relationship.PEER: 20.0, Relationship.DIRECT_REPORT: 20.0,
    Relationship.CUSTOMER: 10.0, Relationship.SELF: 0.0,
}
# From calibration on, scores are frozen on the settings they were computed with.
SETTINGS_LOCKED_FROM = (CycleStage.CALIBRATION, CycleStage.SIGN_OFF, CycleStage.CLOSED)
MIN_BANDS, MAX_BANDS = 2, 9
MIN_THRESHOLD, MAX_THRESHOLD = 1, 20
MAX_GROUP_WEIGHT = 100
# Stages that can have a due date: every stage before the cycle is closed.
STAGES_WITH_DUE_DATES = tuple(stage for stage in CycleStage if stage != CycleStage.CLOSED)
PCT_TOLERANCE = 0.01  # guideline shares read from a spreadsheet may carry rounding


@dataclass(frozen=True)
class Band:
    """A rating band as given or shown: reached at ``min_score``; at most
    ``guideline_pct`` of people should get it in calibration."""

    code: str
    name: str
    name_zh: str | None
    min_score: float
    guideline_pct: float | None

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "name_zh": self.name_zh,
                "min_score": self.min_score, "guideline_pct": self.guideline_pct}


@dataclass(frozen=True)
class SettingsChange:
    """What to change; None leaves a setting as it is. Given only one part weight, the
    other is what makes 100. ``group_weights`` names only the groups that change.
    ``form_template_id`` 0 means "by role" (each person's default form). A due date of
    None removes that stage's date."""

    kpi_weight: float | None = None
    competency_weight: float | None = None
    group_weights: Mapping[str, float] | None = None
    bands: Sequence[Band] | None = None
    anonymity_threshold: int | None = None
    form_template_id: int | None = None
    due_dates: Mapping[str, date | None] | None = None
    # Calibration's distribution rules: they change no score, so they may change in
    # calibration too (until the cycle is closed).
    distribution_margin_pct: float | None = None
    enforce_distribution: bool | None = None

    @property
    def calibration_rules_only(self) -> bool:
        return all(getattr(self, name) is None for name in (
            "kpi_weight", "competency_weight", "group_weights", "bands", "anonymity_threshold",
            "form_template_id", "due_dates"))


def group_weights_of(cycle: Cycle) -> dict[Relationship, float]:
    """The weight of every rater group inside ``cycle``'s competency part."""
    weights = dict(DEFAULT_GROUP_WEIGHTS)
    for key, value in (cycle.group_weights or {}).items():
        weights[Relationship(key)] = float(value)
    return weights


def default_bands() -> list[Band]:
    """The shipped five bands (S, A, B, C, D) a new cycle starts with."""
    return [Band(b["code"], b["name"], b.get("name_zh"), float(b["min_score"]),
                 None if b.get("guideline_pct") is None else float(b["guideline_pct"]))
            for b in load_catalogue()["rating_bands"]]


def bands_of(cycle: Cycle) -> list[Band]:
    return [Band(b.code, b.name, b.name_zh, b.min_score, b.guideline_pct) for b in cycle.rating_bands]


def require_settings_open(cycle: Cycle) -> None:
    """Refuse changing settings once the cycle has reached calibration."""
    if cycle.stage in SETTINGS_LOCKED_FROM:
        raise StageBlocked.coded("cycle_settings_locked", cycle=cycle.name, stage=Term("stage", cycle.stage))


def change_settings(session: Session, cycle_id: int, change: SettingsChange) -> Cycle:
    """Apply ``change`` to the cycle (HR only, before calibration); every problem of the
    input is reported at once, naming the field, and nothing is changed then."""
    require_hr(session)
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    if not change.calibration_rules_only:
        require_settings_open(cycle)
    elif cycle.stage == CycleStage.CLOSED:
        raise StageBlocked.coded("cycle_read_only", cycle=cycle.name)
    problems: list[RowProblem] = []
    margin = change.distribution_margin_pct
    if margin is not None and (not _is_number(margin) or not 0 <= float(margin) <= 100):
        problems.append(RowProblem(None, "distribution_margin_pct", "distribution_margin_range", {"value": margin}))
    part_weights = _part_weights(cycle, change, problems)
    group_weights = _group_weights(cycle, change.group_weights, problems) if change.group_weights else None
    if change.bands is not None:
        problems += band_problems(change.bands)
    if change.anonymity_threshold is not None:
        problems += threshold_problems(change.anonymity_threshold)
    if change.form_template_id and session.get(FormTemplate, change.form_template_id) is None:
        problems.append(RowProblem(None, "form_template", "cycle_form_template_unknown",
                                   {"value": change.form_template_id}))
    due_dates = _due_dates(cycle, change.due_dates, problems) if change.due_dates else None
    if problems:
        raise ValidationError.listing(problems)

    if part_weights is not None:
        cycle.kpi_weight, cycle.competency_weight = part_weights
    if group_weights is not None:
        cycle.group_weights = group_weights
    if change.bands is not None:
        replace_bands(session, cycle, change.bands)
    if change.anonymity_threshold is not None:
        cycle.anonymity_threshold = int(change.anonymity_threshold)
    if change.form_template_id is not None:
        cycle.form_template_id = change.form_template_id or None
    if due_dates is not None:
        cycle.stage_due_dates = due_dates or None
    if margin is not None:
        cycle.distribution_margin_pct = float(margin)
    if change.enforce_distribution is not None:
        cycle.enforce_distribution = bool(change.enforce_distribution)
    session.flush()
    return cycle


def replace_bands(session: Session, cycle: Cycle, bands: Sequence[Band]) -> None:
    """The cycle's bands become ``bands`` (already checked). A band whose code stays is
    updated in place, so a rating already proposed with it keeps pointing at it; a band
    that goes is refused while an appraisal uses it."""
    wanted = {band.code.strip(): band for band in bands}
    existing = {row.code: row for row in cycle.rating_bands}
    for code, row in existing.items():
        if code not in wanted:
            if row.id is not None and _band_in_use(session, row.id):
                raise StageBlocked.coded("band_in_use", code=code, cycle=cycle.name)
            cycle.rating_bands.remove(row)
    session.flush()
    kept = [row for code, row in existing.items() if code in wanted]
    # Minimum scores are unique within a cycle: park the kept rows on unused values first.
    taken = {row.min_score for row in kept} | {band.min_score for band in bands}
    parking = (MAX_SCORE - step / 1000 for step in range(1, 10_000))
    for row in kept:
        row.min_score = next(value for value in parking if value not in taken)
    session.flush()
    for row in kept:
        band = wanted[row.code]
        row.name, row.name_zh = band.name.strip(), (band.name_zh or "").strip() or None
        row.min_score, row.guideline_pct = float(band.min_score), band.guideline_pct
    session.flush()
    cycle.rating_bands.extend(
        RatingBand(code=code, name=band.name.strip(), name_zh=(band.name_zh or "").strip() or None,
                   min_score=float(band.min_score), guideline_pct=band.guideline_pct)
        for code, band in wanted.items() if code not in existing)


def _band_in_use(session: Session, band_id: int) -> bool:
    return session.scalar(select(Appraisal.id).where(
        (Appraisal.proposed_band_id == band_id) | (Appraisal.calibrated_band_id == band_id)).limit(1)) is not None or \
        session.scalar(select(CalibrationAdjustment.id).where(
            (CalibrationAdjustment.from_band_id == band_id) | (CalibrationAdjustment.to_band_id == band_id))
            .limit(1)) is not None


def _part_weights(cycle: Cycle, change: SettingsChange, problems: list[RowProblem]) -> tuple[float, float] | None:
    kpi, competency = change.kpi_weight, change.competency_weight
    if kpi is None and competency is None:
        return None
    for key, value in (("kpi_weight", kpi), ("competency_weight", competency)):
        if value is not None and not (_is_number(value) and 0 <= value <= 100):
            problems.append(RowProblem(None, key, "part_weight_out_of_range", {"value": value}))
            return None
    if kpi is None:
        kpi = 100 - competency
    elif competency is None:
        competency = 100 - kpi
    elif not math.isclose(kpi + competency, 100, abs_tol=PCT_TOLERANCE):
        problems.append(RowProblem(None, "kpi_weight", "part_weights_not_100",
                                   {"kpi": _shown(kpi), "competency": _shown(competency),
                                    "total": _shown(kpi + competency)}))
        return None
    # Within rounding of 100: the database holds them to exactly 100.
    return float(kpi), 100 - float(kpi)


def _group_weights(cycle: Cycle, given: Mapping[str, float], problems: list[RowProblem]) -> dict[str, float] | None:
    weights = {key.value: value for key, value in group_weights_of(cycle).items()}
    known = [r.value for r in Relationship]
    found = len(problems)
    for key, value in given.items():
        if key not in known:
            problems.append(RowProblem(None, "group_weights", "group_weight_unknown_group",
                                       {"value": key, "groups": Terms("rater_group", known, with_value=True)}))
        elif not _is_number(value) or value < 0:
            problems.append(RowProblem(None, "group_weights", "group_weight_negative",
                                       {"group": Term("rater_group", key), "value": value}))
        elif value > MAX_GROUP_WEIGHT:  # a huge weight times a score is infinite: no score at all
            problems.append(RowProblem(None, "group_weights", "group_weight_range",
                                       {"group": Term("rater_group", key), "value": _shown(value), "high": MAX_GROUP_WEIGHT}))
        else:
            weights[key] = float(value)
    if len(problems) > found:
        return None
    if not any(weights[key] > 0 for key in known if key != Relationship.SELF.value):
        problems.append(RowProblem(None, "group_weights", "group_weights_all_zero", {}))
        return None
    return weights


def band_problems(bands: Sequence[Band], first_row: int = 1) -> list[RowProblem]:
    """What is wrong with a set of bands, row by row (``first_row`` is the first band's:
    1 in a window's table, 2 in a file under its header)."""
    problems: list[RowProblem] = []
    if not MIN_BANDS <= len(bands) <= MAX_BANDS:
        problems.append(RowProblem(None, "bands", "band_count", {"count": len(bands), "low": MIN_BANDS,
                                                                 "high": MAX_BANDS}))
    codes: dict[str, int] = {}
    minimums: dict[float, int] = {}
    for row, band in enumerate(bands, start=first_row):
        for key, limit in (("code", 20), ("name", 60), ("name_zh", 60)):
            value = (getattr(band, key) or "").strip()
            if not value:
                problems.append(RowProblem(row, key, "band_field_missing", {}))
            elif len(value) > limit:
                problems.append(RowProblem(row, key, "too_long", {"length": len(value), "limit": limit}))
            elif (hidden := hidden_character_problem(key, value, row)) is not None:
                problems.append(hidden)  # "A" and "A\u200b" would look like one band
        code = (band.code or "").strip().casefold()
        if code and code in codes:
            problems.append(RowProblem(row, "code", "duplicate_in_file", {"value": band.code, "row": codes[code]}))
        codes.setdefault(code, row)
        if not _is_number(band.min_score) or not 0 <= band.min_score <= MAX_SCORE:
            problems.append(RowProblem(row, "min_score", "band_min_score_range",
                                       {"value": band.min_score, "high": MAX_SCORE}))
        elif band.min_score in minimums:
            problems.append(RowProblem(row, "min_score", "duplicate_in_file",
                                       {"value": _shown(band.min_score), "row": minimums[band.min_score]}))
        else:
            minimums[band.min_score] = row
        if band.guideline_pct is None or not _is_number(band.guideline_pct) or not 0 <= band.guideline_pct <= 100:
            problems.append(RowProblem(row, "guideline_pct", "band_guideline_range", {"value": band.guideline_pct}))
    if bands and minimums and 0 not in minimums:
        problems.append(RowProblem(None, "min_score", "band_none_at_zero", {"lowest": _shown(min(minimums))}))
    shares = [b.guideline_pct for b in bands if _is_number(b.guideline_pct)]
    if bands and len(shares) == len(bands) and not math.isclose(sum(shares), 100, abs_tol=PCT_TOLERANCE):
        problems.append(RowProblem(None, "guideline_pct", "band_guidelines_not_100", {"total": _shown(sum(shares))}))
    return problems


def threshold_problems(threshold: Any) -> list[RowProblem]:
    if isinstance(threshold, bool) or not isinstance(threshold, int) or not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        return [RowProblem(None, "anonymity_threshold", "anonymity_threshold_range",
                           {"value": threshold, "low": MIN_THRESHOLD, "high": MAX_THRESHOLD})]
    return []


def _due_dates(cycle: Cycle, given: Mapping[str, date | None], problems: list[RowProblem]) -> dict[str, str] | None:
    dates = dict(cycle.stage_due_dates or {})
    allowed = [stage.value for stage in STAGES_WITH_DUE_DATES]
    for stage, day in given.items():
        if stage not in allowed:
            problems.append(RowProblem(None, "due", "due_stage_unknown", {"value": stage, "stages": Terms("stage", allowed, with_value=True)}))
        elif day is None:
            dates.pop(stage, None)
        else:
            dates[stage] = day.isoformat()
    return dates


def form_template_choices(session: Session) -> list[tuple[int, str, str | None, int]]:
    """(id, name, Chinese name, version) of every active 360 form a cycle may use."""
    return [(t.id, t.name, t.name_zh, t.version) for t in session.scalars(
        select(FormTemplate).where(FormTemplate.is_active.is_(True)).order_by(FormTemplate.family, FormTemplate.version))]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _shown(value: float) -> str:
    return f"{value:g}"

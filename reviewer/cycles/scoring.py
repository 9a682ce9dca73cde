"""A cycle's scores, computed by one service that anyone can check.

- Each target earns points by its KPI's scoring rule (reviewer.kpi.scoring). The KPI
  part is the weight-weighted mean of the points of the targets with a result in the
  cycle period (the latest reading by date); targets without one are left out and listed.
- The competency part reads only what the 360 anonymity rules publish
  (reviewer.feedback.published_score): a withheld group counts for nothing.
- The final score is the mean of the parts that have data, weighted by the cycle's
  part weights; a part without data is left out, never counted as zero.
- The band is the highest whose minimum the final score, rounded to one decimal as
  shown, reaches.

Until the cycle enters calibration the stored scores follow every change of an input;
after that (``scores_frozen_at``) a change is flagged on the appraisal, not applied.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import (
    MAX_SCORE,
    Actual,
    Appraisal,
    Cycle,
    CycleParticipant,
    CycleStage,
    Employee,
    Kpi,
    KpiDirection,
    RatingBand,
    Relationship,
    ScoringRule,
    Target,
    utcnow,
)

from ..access import require_reviewable, reviewable_employee_ids
from ..errors import NotFound
from ..feedback.anonymity import Publication
from ..feedback.published_score import DEFAULT_GROUP_WEIGHTS, GroupPart, published_group_scores, rating_scale_top
from ..feedback.release import cycle_feedback_published
from ..feedback.results import _collector_paused, publish_cycle
from ..kpi import scoring

# Spellings of the rater groups accepted in a cycle's group weights besides the
# relationship values ("report" is what the command line's --group-weights says).
GROUP_ALIASES = {"report": Relationship.DIRECT_REPORT.value, "direct_report": Relationship.DIRECT_REPORT.value}
SAME = 1e-9  # two scores closer than this are the same score (sums of floats are not exact)


@dataclass(frozen=True)
class TargetScore:
    """One target as the KPI part saw it."""
    target_id: int
    kpi_code: str
    kpi_name: str
    kpi_name_zh: str | None
    direction: KpiDirection
    rule: ScoringRule
    target_value: float
    band_low: float | None
    band_high: float | None
    floor_ratio: float
    cap_ratio: float
    steps: tuple[tuple[float, float], ...]
    weight: float
    actual: float | None  # the latest reading in the cycle period; None: left out
    as_of: date | None
    attainment: float | None
    points: float | None


@dataclass(frozen=True)
class ScoreBreakdown:
    """Every figure of one person's score, from the inputs to the band."""
    employee_id: int
    targets: tuple[TargetScore, ...]
    kpi_raw: float | None  # the weighted mean before the cap
    kpi_score: float | None
    groups: tuple[GroupPart, ...]  # the published groups but self, each with its weight
    withheld: tuple[str, ...]  # groups with answers that nothing published contains
    competency_score: float | None
    final_score: float | None
    band_id: int | None

    @property
    def left_out(self) -> tuple[TargetScore, ...]:
        return tuple(t for t in self.targets if t.actual is None)


@dataclass(frozen=True)
class BandInfo:
    id: int
    code: str
    name: str
    name_zh: str | None
    min_score: float


@dataclass(frozen=True)
class CycleScoring:
    """The settings a cycle's scores depend on."""
    cycle_id: int
    name: str
    period_start: date
    period_end: date
    kpi_weight: float
    competency_weight: float
    group_weights: Mapping[str, float]
    threshold: int
    scale_max: int
    bands: tuple[BandInfo, ...]  # highest minimum first
    frozen_at: datetime | None


@dataclass(frozen=True)
class ScoreRow:
    """One participant's scores as listed (the stored ones once frozen)."""
    employee_id: int
    employee_no: str
    name: str
    kpi_score: float | None
    competency_score: float | None
    final_score: float | None
    band_code: str | None
    band_name: str | None
    band_name_zh: str | None
    targets_without_result: tuple[str, ...]  # KPI codes
    withheld_groups: tuple[str, ...]
    inputs_changed_at: datetime | None = None  # an input changed after the scores were frozen
    feedback_published: bool = True  # False: the 360 part and what includes it are held back


def group_weights_of(cycle: Cycle) -> dict[str, float]:
    """The cycle's rater-group weights keyed by relationship value; None means the
    house defaults, and a group a cycle's weights do not name weighs nothing."""
    if cycle.group_weights is None:
        return dict(DEFAULT_GROUP_WEIGHTS)
    weights = {group: 0.0 for group in DEFAULT_GROUP_WEIGHTS}
    for group, weight in cycle.group_weights.items():
        weights[GROUP_ALIASES.get(group, group)] = float(weight)
    return weights


def cycle_scoring(session: Session, cycle: Cycle | int) -> CycleScoring:
    if not isinstance(cycle, Cycle):
        found = session.get(Cycle, cycle)
        if found is None:
            raise NotFound.coded("cycle_unknown_id", id=cycle)
        cycle = found
    bands = tuple(BandInfo(b.id, b.code, b.name, b.name_zh, b.min_score) for b in session.scalars(
        select(RatingBand).where(RatingBand.cycle_id == cycle.id).order_by(RatingBand.min_score.desc())))
    return CycleScoring(cycle.id, cycle.name, cycle.period_start, cycle.period_end, cycle.kpi_weight,
                        cycle.competency_weight, group_weights_of(cycle), cycle.anonymity_threshold,
                        rating_scale_top(session, cycle.id), bands, cycle.scores_frozen_at)


def shown(score: float) -> float:
    """A score as the program shows it: one decimal."""
    return round(score, 1)


def band_of(final_score: float | None, bands: Iterable[BandInfo]) -> BandInfo | None:
    """The highest band whose minimum the final score, rounded as shown, reaches."""
    bands = tuple(bands)
    band_id = scoring.band_earned(final_score, [(b.id, b.min_score) for b in bands])
    return next((b for b in bands if b.id == band_id), None)


# -- the formula, without a database ------------------------------------------------------

def attainment_and_points(direction: KpiDirection, rule: ScoringRule, target_value: float, actual: float | None,
                          band_low: float | None, band_high: float | None, floor_ratio: float, cap_ratio: float,
                          steps) -> tuple[float | None, float | None]:
    """A target's attainment and points by its KPI's rule; (None, None) without a result."""
    if actual is None:
        return None, None
    ratio = scoring.attainment(direction, target_value, actual, band_low, band_high)
    return ratio, scoring.target_points(rule, ratio, floor_ratio, cap_ratio, [list(s) for s in steps] or None)


def target_score(target: TargetScore) -> TargetScore:
    """The target with its attainment and points filled in (unchanged without a result)."""
    if target.actual is None or target.points is not None:
        return target
    ratio, points = attainment_and_points(target.direction, target.rule, target.target_value, target.actual,
                                          target.band_low, target.band_high, target.floor_ratio, target.cap_ratio,
                                          target.steps)
    return replace(target, attainment=ratio, points=points)


def kpi_part(targets: Iterable[TargetScore]) -> tuple[float | None, float | None]:
    """(weighted mean, the same capped at the highest score an appraisal holds)."""
    raw = scoring.weighted_mean((t.points, t.weight) for t in targets if t.points is not None)
    return raw, None if raw is None else min(raw, float(MAX_SCORE))


def breakdown(employee_id: int, targets: Iterable[TargetScore], publications: Iterable[Publication],
              settings: CycleScoring) -> ScoreBreakdown:
    """One person's score from their targets (with results) and their 360 publications."""
    scored = tuple(target_score(t) for t in targets)
    raw, kpi_score = kpi_part(scored)
    publications = list(publications)
    groups = tuple(published_group_scores(publications, settings.group_weights, settings.scale_max))
    competency = scoring.weighted_mean((g.score, g.weight) for g in groups)
    final = scoring.combine_parts(kpi_score, competency, settings.kpi_weight, settings.competency_weight).final
    # Groups whose ratings nothing published contains, on any competency (alone or pooled).
    withheld = sorted({g for p in publications for g in p.withheld} - {g.group for g in groups}
                      - {g for p in publications for g in p.pooled_from})
    band = band_of(final, settings.bands)
    return ScoreBreakdown(employee_id, scored, raw, kpi_score, groups, tuple(withheld), competency, final,
                          band.id if band else None)


# -- reading the inputs --------------------------------------------------------------------

def participant_ids(session: Session, cycle_id: int) -> list[int]:
    """Everyone in the cycle: its participants, and anyone holding an appraisal in it."""
    people = set(session.scalars(select(CycleParticipant.employee_id).where(CycleParticipant.cycle_id == cycle_id)))
    people |= set(session.scalars(select(Appraisal.employee_id).where(Appraisal.cycle_id == cycle_id)))
    return sorted(people)


def _targets(session: Session, settings: CycleScoring, employee_ids: list[int] | None
             ) -> dict[int, list[TargetScore]]:
    kpis = {k.id: k for k in session.scalars(select(Kpi))}
    # The latest reading by date inside the period; a later entry on the same day wins.
    latest: dict[int, tuple[date, float]] = {}
    readings = (select(Actual.target_id, Actual.as_of, Actual.value).join(Target, Target.id == Actual.target_id)
                .where(Target.cycle_id == settings.cycle_id,
                       Actual.as_of.between(settings.period_start, settings.period_end))
                .order_by(Actual.target_id, Actual.as_of, Actual.id))
    columns = (Target.id, Target.employee_id, Target.kpi_id, Target.target_value, Target.weight, Target.band_low,
               Target.band_high, Target.floor_ratio, Target.cap_ratio, Target.thresholds)
    query = select(*columns).where(Target.cycle_id == settings.cycle_id)
    rows = []
    # Core queries on the session's connection: nothing here is an entity, and the ORM's
    # row handling costs a fifth of the time over a whole cycle.
    connection = session.connection()
    if employee_ids is None:
        latest = {t: (d, v) for t, d, v in connection.execute(readings)}
        rows = connection.execute(query).all()
    else:
        for chunk in batches(employee_ids):
            latest.update({t: (d, v) for t, d, v in connection.execute(readings.where(Target.employee_id.in_(chunk)))})
            rows += connection.execute(query.where(Target.employee_id.in_(chunk))).all()
    targets: dict[int, list[TargetScore]] = defaultdict(list)
    for target_id, employee_id, kpi_id, value, weight, low, high, floor, cap, thresholds in rows:
        kpi = kpis[kpi_id]
        steps = tuple(tuple(s) for s in thresholds or (kpi.scoring_params or {}).get("steps") or ())
        as_of, actual = latest.get(target_id, (None, None))
        ratio, points = attainment_and_points(kpi.direction, kpi.scoring_rule, value, actual, low, high, floor, cap,
                                              steps)
        targets[employee_id].append(TargetScore(
            target_id, kpi.code, kpi.name, kpi.name_zh, kpi.direction, kpi.scoring_rule, value, low, high, floor,
            cap, steps, weight, actual, as_of, ratio, points))
    for rows_of_person in targets.values():
        rows_of_person.sort(key=lambda t: (-t.weight, t.kpi_code))
    return targets


def compute_scores(session: Session, cycle: Cycle | int, employee_ids: list[int] | None = None
                   ) -> tuple[CycleScoring, dict[int, ScoreBreakdown]]:
    """Every participant's (or these people's) score breakdown, whoever is acting: the
    figures are stored for everyone; who may read them is decided by the callers below."""
    settings = cycle_scoring(session, cycle)
    people = participant_ids(session, settings.cycle_id) if employee_ids is None else sorted(set(employee_ids))
    # A cycle builds a few hundred thousand small objects that form no cycles: the
    # cyclic garbage collector would run dozens of times for nothing.
    with _collector_paused():
        targets = _targets(session, settings, None if employee_ids is None else people)
        published = publish_cycle(session, settings.cycle_id, None if employee_ids is None else people,
                                  unscoped=True)
        return settings, {person: breakdown(person, targets.get(person, ()), published.get(person, {}).values(),
                                            settings) for person in people}


# -- storing --------------------------------------------------------------------------------

def _differs(stored: float | None, computed: float | None) -> bool:
    if stored is None or computed is None:
        return stored is not computed
    return abs(stored - computed) > SAME


def current_appraisals(session: Session, cycle_id: int, employee_ids: list[int] | None = None
                       ) -> dict[int, Appraisal]:
    """Each person's current appraisal in the cycle (the newest version)."""
    query = select(Appraisal).where(Appraisal.cycle_id == cycle_id)
    found: dict[int, Appraisal] = {}
    chunks = [None] if employee_ids is None else list(batches(employee_ids))
    for chunk in chunks:
        for appraisal in session.scalars(query if chunk is None else query.where(Appraisal.employee_id.in_(chunk))):
            if appraisal.employee_id not in found or appraisal.version > found[appraisal.employee_id].version:
                found[appraisal.employee_id] = appraisal
    return found


def refresh_cycle_scores(session: Session, cycle: Cycle | int, employee_ids: Iterable[int] | None = None) -> int:
    """Recompute the scores of the cycle's appraisals (or these people's) after an input
    changed, and store them; once the scores are frozen, flag a differing appraisal
    instead (score_inputs_changed_at). A closed cycle is left alone. Returns how many
    appraisals changed."""
    if not isinstance(cycle, Cycle):
        cycle = session.get(Cycle, cycle)
        if cycle is None:
            return 0
    if cycle.stage == CycleStage.CLOSED:
        return 0
    ids = None if employee_ids is None else sorted(set(employee_ids))
    appraisals = current_appraisals(session, cycle.id, ids)
    if not appraisals:
        return 0
    settings, computed = compute_scores(session, cycle, sorted(appraisals) if ids is not None else None)
    changed = 0
    for employee_id, appraisal in appraisals.items():
        score = computed.get(employee_id)
        if score is None:
            continue
        new = (score.kpi_score, score.competency_score, score.final_score)
        old = (appraisal.kpi_score, appraisal.competency_score, appraisal.final_score)
        if not any(_differs(o, n) for o, n in zip(old, new)):
            continue
        changed += 1
        if settings.frozen_at is None:
            appraisal.kpi_score, appraisal.competency_score, appraisal.final_score = new
        elif appraisal.score_inputs_changed_at is None:
            appraisal.score_inputs_changed_at = utcnow()
    session.flush()
    return changed


def refresh_scores_of(session: Session, pairs: Iterable[tuple[int, int]]) -> None:
    """``refresh_cycle_scores`` for (cycle id, employee id) pairs: what the services that
    change an input (results, targets, 360 answers) call."""
    by_cycle: dict[int, set[int]] = defaultdict(set)
    for cycle_id, employee_id in pairs:
        by_cycle[cycle_id].add(employee_id)
    for cycle_id, people in by_cycle.items():
        refresh_cycle_scores(session, cycle_id, people)


# -- reading, within the reader's scope --------------------------------------------------------

def _may_see_360(session: Session, cycle_id: int) -> bool:
    """The 360 part, and the final score and band that include it, are shown once the
    cycle's 360 results are published, to HR too: until then they would move with each
    returned form, and two readings would give that rater away."""
    return cycle_feedback_published(session, cycle_id)


def score_cycle(session: Session, cycle_id: int) -> list[ScoreRow]:
    """Each participant's scores the acting user may read (HR and auditors: everyone; a
    manager: their line, never themselves), by employee number. Computed from the
    inputs until the scores are frozen; the stored scores after that."""
    settings, computed = compute_scores(session, cycle_id)
    allowed = reviewable_employee_ids(session)
    people = [p for p in computed if allowed is None or p in allowed]
    names = {}
    for chunk in batches(people):
        names.update({i: (no, name) for i, no, name in session.execute(
            select(Employee.id, Employee.employee_no, Employee.name).where(Employee.id.in_(chunk)))})
    stored = current_appraisals(session, cycle_id) if settings.frozen_at is not None else {}
    see_360 = _may_see_360(session, cycle_id)
    rows = []
    for person in people:
        score = computed[person]
        kpi, competency, final = score.kpi_score, score.competency_score, score.final_score
        changed_at = None
        if person in stored:
            appraisal = stored[person]
            kpi, competency, final = appraisal.kpi_score, appraisal.competency_score, appraisal.final_score
            changed_at = appraisal.score_inputs_changed_at
        if not see_360:
            competency = final = None
        band = band_of(final, settings.bands)
        rows.append(ScoreRow(person, *names[person], kpi, competency, final,
                             band.code if band else None, band.name if band else None, band.name_zh if band else None,
                             tuple(t.kpi_code for t in score.left_out), score.withheld if see_360 else (),
                             changed_at, see_360))
    return sorted(rows, key=lambda r: r.employee_no)


def explain(session: Session, cycle_id: int, employee_id: int, language: str = "en"):
    """How one person's score was computed: every input, the rule applied and each
    intermediate figure, as rows with message codes (reviewer.cycles.score_explain).
    Refused for anyone the acting user may not review (a manager's own appraisal included)."""
    from .score_explain import explanation

    require_reviewable(session, employee_id)
    settings, computed = compute_scores(session, cycle_id, [employee_id])
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    if employee_id not in participant_ids(session, settings.cycle_id):
        raise NotFound.coded("score_employee_not_in_cycle", employee=person.employee_no, cycle=settings.name)
    stored = current_appraisals(session, cycle_id, [employee_id]).get(employee_id)
    return explanation(settings, computed[employee_id], person.employee_no, person.name, stored,
                       _may_see_360(session, cycle_id), language)


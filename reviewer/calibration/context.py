"""A calibrated person's context, one click from a move: their bands in the last three
cycles next to this one, this cycle's KPI table and their 360 summary.

The 360 summary is the published one (reviewer.feedback.results) under its anonymity
rules, and only for those who may review the person (HR, auditors, their managers): a
session's other participants see the bands and the KPI table. While a blind session
is open nothing here names the person or carries their employee number; the 360
comments, which raters may write names into, are left out until it closes."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, Cycle, Employee, RatingBand

from ..access import require_reviewable, reviewable_employee_ids
from ..cycles.scoring import compute_scores
from ..errors import NotFound
from ..feedback.release import cycle_feedback_published, feedback_release
from ..feedback.results import Comment, feedback_report
from .bands import current_band_id
from .session_access import blind_codes, member_appraisal_ids, readable_session

PAST_CYCLES = 3


@dataclass(frozen=True)
class CycleBand:
    cycle_id: int
    cycle_name: str
    band_code: str | None  # None: not rated, or the cycle's 360 results not yet published
    band_name: str | None
    band_name_zh: str | None
    final_score: float | None  # None for an earlier cycle while a blind session is open
    current: bool  # the cycle being calibrated


@dataclass(frozen=True)
class KpiLine:
    kpi_code: str
    kpi_name: str
    kpi_name_zh: str | None
    target: float
    actual: float | None
    attainment: float | None  # a ratio (1.0 = on target)
    points: float | None
    weight: float


@dataclass(frozen=True)
class CompetencyLine:
    code: str
    name: str
    name_zh: str | None
    self_score: float | None
    manager_score: float | None
    others_score: float | None
    others_count: int
    gap: float | None
    verdict: str | None  # blind_spot, hidden_strength, aligned
    withheld: tuple[str, ...]


@dataclass(frozen=True)
class FeedbackSummary:
    threshold: int
    responses: dict[str, int]  # rater group -> returned forms
    competencies: tuple[CompetencyLine, ...]
    comments: tuple[Comment, ...]
    comments_withheld: bool  # a withheld group's comments are left out (anonymity)
    comments_hidden_blind: bool  # left out while a blind session is open


@dataclass(frozen=True)
class PersonContext:
    cycle_id: int
    appraisal_id: int
    label: str  # the name, or the blind code
    employee_no: str | None  # None in an open blind session
    manager: str | None  # name, or code in an open blind session
    blind: bool
    cycles: tuple[CycleBand, ...]  # up to three earlier cycles, oldest first, then this one
    kpi_lines: tuple[KpiLine, ...]
    kpi_score: float | None
    feedback: FeedbackSummary | None
    feedback_notice_code: str | None  # why there is no 360 summary (a message code)
    feedback_notice_params: dict

    @property
    def last_cycles(self) -> tuple[CycleBand, ...]:
        return tuple(c for c in self.cycles if not c.current)


def _bands_by_cycle(session: Session, cycle_ids: list[int]) -> dict[int, dict[int, RatingBand]]:
    bands: dict[int, dict[int, RatingBand]] = {c: {} for c in cycle_ids}
    for band in session.scalars(select(RatingBand).where(RatingBand.cycle_id.in_(cycle_ids))):
        bands[band.cycle_id][band.id] = band
    return bands


def _cycle_bands(session: Session, cycle: Cycle, employee_id: int, blind: bool) -> tuple[CycleBand, ...]:
    newest: dict[int, Appraisal] = {}
    for appraisal in session.scalars(select(Appraisal).join(Cycle, Cycle.id == Appraisal.cycle_id).where(
            Appraisal.employee_id == employee_id,
            (Cycle.id == cycle.id) | (Cycle.period_start < cycle.period_start))):
        if appraisal.cycle_id not in newest or appraisal.version > newest[appraisal.cycle_id].version:
            newest[appraisal.cycle_id] = appraisal
    cycles = {c.id: c for c in session.scalars(select(Cycle).where(Cycle.id.in_(list(newest))))}
    earlier = sorted((c for c in cycles.values() if c.id != cycle.id), key=lambda c: c.period_start)[-PAST_CYCLES:]
    shown = [*earlier, cycle]
    bands = _bands_by_cycle(session, [c.id for c in shown])
    result = []
    for each in shown:
        appraisal = newest.get(each.id)
        band = None
        published = cycle_feedback_published(session, each.id)
        if appraisal is not None and published:
            limits = [(b.id, b.min_score) for b in bands[each.id].values()]
            band = bands[each.id].get(current_band_id(appraisal, limits))
        # While blind, no earlier cycle's score: a closed session or a report of that cycle
        # shows it beside the name, and a score to one decimal says who.
        score = appraisal.final_score if appraisal is not None and published else None
        if blind and each.id != cycle.id:
            score = None
        result.append(CycleBand(each.id, each.name, band.code if band else None, band.name if band else None,
                                band.name_zh if band else None, score, each.id == cycle.id))
    return tuple(result)


def _kpi_lines(session: Session, cycle_id: int, employee_id: int) -> tuple[KpiLine, ...]:
    # The scoring service's own rows (its figures are the ones the score was built from).
    _, computed = compute_scores(session, cycle_id, [employee_id])
    return tuple(KpiLine(t.kpi_code, t.kpi_name, t.kpi_name_zh, t.target_value, t.actual, t.attainment, t.points,
                         t.weight) for t in computed[employee_id].targets)


def _feedback(session: Session, cycle_id: int, employee_id: int, blind: bool) -> FeedbackSummary:
    report = feedback_report(session, cycle_id, [employee_id])
    lines = tuple(CompetencyLine(r.competency.code, r.competency.name, r.competency.name_zh, r.self_score,
                                 r.manager_score, r.others_score, r.others_count, r.gap, r.verdict, r.withheld)
                  for r in report.competencies)
    comments = () if blind else tuple(report.comments)
    return FeedbackSummary(report.threshold, dict(report.responses), lines, comments, report.comments_withheld,
                           blind and bool(report.comments))


def person_context(session: Session, cycle_id: int, appraisal_id: int, *, session_id: int | None = None
                   ) -> PersonContext:
    """The context of one appraisal of the cycle. With ``session_id`` it is read as a
    participant of that calibration session (the person must be one of its members);
    without, only by someone who may review the person."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    appraisal = session.get(Appraisal, appraisal_id)
    if appraisal is None:
        raise NotFound.coded("appraisal_unknown_id", id=appraisal_id)
    if appraisal.cycle_id != cycle_id:
        raise NotFound.coded("context_not_in_cycle", id=appraisal_id)
    codes = None
    if session_id is not None:
        calibration = readable_session(session, session_id)
        if calibration.cycle_id != cycle_id or appraisal_id not in member_appraisal_ids(session, session_id):
            raise NotFound.coded("context_not_member")
        codes = blind_codes(session, calibration)
    else:
        require_reviewable(session, appraisal.employee_id)
    person = session.get(Employee, appraisal.employee_id)
    manager = session.get(Employee, person.manager_id) if person.manager_id else None
    label, number, manager_label = person.name, person.employee_no, manager.name if manager else None
    if codes is not None:
        label, number = codes.get(person.id, "—"), None
        manager_label = codes.get(manager.id, "—") if manager else None
    release = feedback_release(session, cycle_id)
    allowed = reviewable_employee_ids(session)
    feedback, notice, params = None, None, {}
    if not release.published:
        notice, params = release.notice_code, release.notice_params
    elif allowed is not None and person.id not in allowed:
        notice = "context_feedback_not_yours"
    else:
        feedback = _feedback(session, cycle_id, person.id, codes is not None)
    return PersonContext(cycle_id, appraisal_id, label, number, manager_label, codes is not None,
                         _cycle_bands(session, cycle, person.id, codes is not None), _kpi_lines(session, cycle_id, person.id),
                         appraisal.kpi_score, feedback, notice, params)

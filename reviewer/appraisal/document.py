"""Everything one person's appraisal document shows, gathered in one read.

The 360 part comes from results.feedback_report, so the anonymity rules of the
360 service apply to the PDF exactly as to every screen; and only once the cycle's
360 results are published (feedback.release): before that the document shows no
figure that moves with each returned form, neither the 360 results nor a 360 or
final score (a final score without its 360 part would pass for the final one).

The rating shown is the calibrated band when calibration set one. HR's copy
(``hr_copy``) adds what the employee's document never carries: the manager's
proposed band, the rank in the position and the calibration record; it has no
signature fields and is not sealed, so it can never pass for the signed document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Appraisal,
    AppraisalTargetReview,
    AppraisalState,
    Cycle,
    Employee,
    Evidence,
    EvidenceKind,
    ImprovementPlan,
    Kpi,
    PlanCheckIn,
    RatingBand,
    StoredFile,
    Target,
)

from ..access import require_hr, require_reviewable
from ..calibration.record import CalibrationRecord, calibration_record
from ..cycles.release import released_to_employee
from ..errors import NotFound, StageBlocked
from ..feedback.release import database_today, feedback_published
from ..feedback.results import FeedbackReport, feedback_report
from ..people.directory import department_paths
from ..kpi.targets import TargetRow, person_targets

FINAL_STATES = (AppraisalState.RELEASED, AppraisalState.SIGNED)


@dataclass(frozen=True)
class EvidenceFile:
    """One evidence file the appraisal relies on: the signature covers this hash."""

    name: str
    size: int
    sha256: str
    supports: str  # what it backs: a KPI code, or the improvement plan


@dataclass(frozen=True)
class PlanGoalLine:
    horizon: str
    description: str
    measure: str
    due: date
    status: str


@dataclass(frozen=True)
class PlanSummary:
    reason: str
    start: date
    end: date
    status: str
    outcome: str | None
    goals: list[PlanGoalLine]
    check_ins: int
    last_progress: int | None
    warnings: int


@dataclass(frozen=True)
class Band:
    code: str
    name: str
    name_zh: str | None


@dataclass
class AppraisalDocument:
    cycle_id: int
    cycle_name: str
    period_start: date
    period_end: date
    employee_id: int
    employee_no: str
    employee_name: str
    position: str | None
    position_zh: str | None
    department: str  # full path
    manager_name: str | None
    manager_id: int | None
    appraisal_id: int | None
    version: int
    state: str | None
    draft: bool  # not final: the cycle is still running or the appraisal not yet released
    kpi_weight: float
    competency_weight: float
    kpi_score: float | None = None
    competency_score: float | None = None
    final_score: float | None = None
    band: Band | None = None
    targets: list[TargetRow] = field(default_factory=list)
    feedback: FeedbackReport | None = None
    feedback_published: bool = True  # False: 360 results, 360 and final score and band are held back
    strengths: str | None = None
    development_areas: str | None = None
    self_comment: str | None = None
    manager_comment: str | None = None
    hr_comment: str | None = None
    # The manager's comment per KPI (KPI code -> comment), in the order of the targets.
    target_comments: list[tuple[str, str]] = field(default_factory=list)
    # The employee's submitted self-review: achievements, challenges, development wishes
    # and, per KPI, (KPI code, self-rating 1-5 or None, comment or None).
    self_achievements: str | None = None
    self_challenges: str | None = None
    self_development_wishes: str | None = None
    self_target_reviews: list[tuple[str, int | None, str | None]] = field(default_factory=list)
    plan: PlanSummary | None = None
    evidence: list[EvidenceFile] = field(default_factory=list)
    calibrated: bool = False  # the band shown is the one calibration set
    # HR's copy only (never in the employee's document, like the manager's private note):
    hr_copy: bool = False
    proposed_band: Band | None = None
    rank: tuple[int, int] | None = None  # (rank, people) in the person's position
    calibration_record: CalibrationRecord | None = None


def current_appraisal(session: Session, cycle_id: int, employee_id: int) -> Appraisal | None:
    """The newest version of a person's appraisal in a cycle (earlier ones are superseded),
    for someone who may review that person (a manager's own is refused)."""
    require_reviewable(session, employee_id)
    return session.scalar(select(Appraisal).where(Appraisal.cycle_id == cycle_id, Appraisal.employee_id == employee_id)
                          .order_by(Appraisal.version.desc()).limit(1))


def appraisal_document(session: Session, cycle_id: int, employee_id: int,
                       today: date | None = None, for_employee: bool = False,
                       hr_copy: bool = False) -> AppraisalDocument:
    """What one person's appraisal document shows; 360 figures only once published.
    Refused for anyone the acting user may not review (a manager's own included).
    Until HR releases it, it is a draft for the manager and HR: the employee's copy
    (``for_employee``, the one the three signers sign) is refused. The manager's
    private note for HR is never part of it. ``hr_copy`` (HR only, never the
    employee's copy) adds the proposed band, the rank and the calibration record."""
    if hr_copy:
        require_hr(session)
        for_employee = False
    require_reviewable(session, employee_id)
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    person = session.get(Employee, employee_id)
    if person is None:
        raise NotFound.coded("employee_unknown_id", id=employee_id)
    manager = session.get(Employee, person.manager_id) if person.manager_id else None
    appraisal = current_appraisal(session, cycle_id, employee_id)
    final = released_to_employee(cycle, appraisal)
    if for_employee and not final:
        raise StageBlocked.coded("appraisal_not_released", name=person.name)
    published = feedback_published(cycle, today or database_today(session))
    document = AppraisalDocument(
        cycle_id=cycle.id, cycle_name=cycle.name, period_start=cycle.period_start, period_end=cycle.period_end,
        employee_id=person.id, employee_no=person.employee_no, employee_name=person.name,
        position=person.position.title if person.position else None,
        position_zh=person.position.title_zh if person.position else None,
        department="/".join(department_paths(session).get(person.department_id, ())),
        manager_name=manager.name if manager else None, manager_id=manager.id if manager else None,
        appraisal_id=appraisal.id if appraisal else None, version=appraisal.version if appraisal else 1,
        state=appraisal.state.value if appraisal else None, draft=not final,
        kpi_weight=cycle.kpi_weight, competency_weight=cycle.competency_weight,
        targets=person_targets(session, cycle_id, employee_id),
        feedback=feedback_report(session, cycle_id, [employee_id]) if published else None,
        feedback_published=published,
    )
    if appraisal is not None:
        document.kpi_score = appraisal.kpi_score
        if published:
            document.competency_score, document.final_score = appraisal.competency_score, appraisal.final_score
            band_id = appraisal.calibrated_band_id or appraisal.proposed_band_id
            band = session.get(RatingBand, band_id) if band_id else None
            document.band = Band(band.code, band.name, band.name_zh) if band else None
            document.calibrated = appraisal.calibrated_band_id is not None
            if hr_copy and appraisal.proposed_band_id:
                proposed = session.get(RatingBand, appraisal.proposed_band_id)
                document.proposed_band = Band(proposed.code, proposed.name, proposed.name_zh)
        document.strengths, document.development_areas = appraisal.strengths, appraisal.development_areas
        document.self_comment, document.manager_comment = appraisal.self_comment, appraisal.manager_comment
        document.hr_comment = appraisal.hr_comment
        document.target_comments = _target_comments(session, appraisal.id, document.targets)
        if appraisal.self_submitted_at is not None:  # a draft self-review is the employee's own until submitted
            document.self_achievements = appraisal.self_achievements
            document.self_challenges = appraisal.self_challenges
            document.self_development_wishes = appraisal.self_development_wishes
            document.self_target_reviews = _self_target_reviews(session, appraisal.id, document.targets)
    if hr_copy:
        from ..calibration.ranking import ranks_of

        document.hr_copy = True
        document.rank = ranks_of(session, cycle_id).get(employee_id)
        document.calibration_record = calibration_record(session, [appraisal.id] if appraisal else [])
    plan = _plan(session, cycle_id, employee_id)
    document.plan = _plan_summary(plan) if plan else None
    document.evidence = _evidence(session, cycle_id, employee_id, plan)
    return document


def _target_comments(session: Session, appraisal_id: int, targets: list[TargetRow]) -> list[tuple[str, str]]:
    comments = dict(session.execute(
        select(AppraisalTargetReview.target_id, AppraisalTargetReview.manager_comment)
        .where(AppraisalTargetReview.appraisal_id == appraisal_id,
               AppraisalTargetReview.manager_comment.is_not(None))).all())
    return [(target.kpi_code, comments[target.id].strip()) for target in targets
            if (comments.get(target.id) or "").strip()]


def _self_target_reviews(session: Session, appraisal_id: int, targets: list[TargetRow]
                         ) -> list[tuple[str, int | None, str | None]]:
    reviews = {target_id: (rating, (comment or "").strip() or None) for target_id, rating, comment in session.execute(
        select(AppraisalTargetReview.target_id, AppraisalTargetReview.self_rating, AppraisalTargetReview.self_comment)
        .where(AppraisalTargetReview.appraisal_id == appraisal_id))}
    return [(target.kpi_code, *reviews[target.id]) for target in targets
            if target.id in reviews and any(reviews[target.id])]


def _plan(session: Session, cycle_id: int, employee_id: int) -> ImprovementPlan | None:
    """The person's improvement plan of this cycle, else their latest one still running."""
    plans = session.scalars(select(ImprovementPlan).where(ImprovementPlan.employee_id == employee_id)
                            .order_by(ImprovementPlan.start_date.desc())).all()
    return next((p for p in plans if p.cycle_id == cycle_id), None) or next(
        (p for p in plans if p.status.value in ("active", "extended")), None)


def _plan_summary(plan: ImprovementPlan) -> PlanSummary:
    return PlanSummary(
        reason=plan.reason, start=plan.start_date, end=plan.end_date, status=plan.status.value,
        outcome=plan.outcome.value if plan.outcome else None,
        goals=[PlanGoalLine(g.horizon.value, g.description, g.measure, g.due_date, g.status.value) for g in plan.goals],
        check_ins=len(plan.check_ins), last_progress=plan.check_ins[-1].progress_pct if plan.check_ins else None,
        warnings=len(plan.warnings))


def _evidence(session: Session, cycle_id: int, employee_id: int, plan: ImprovementPlan | None) -> list[EvidenceFile]:
    rows = session.execute(
        select(Evidence.original_name, StoredFile.size_bytes, StoredFile.sha256, Target.kpi_id)
        .join(StoredFile, StoredFile.sha256 == Evidence.file_sha256).join(Target, Target.id == Evidence.target_id)
        .where(Evidence.kind == EvidenceKind.FILE, Target.cycle_id == cycle_id, Target.employee_id == employee_id)
        .order_by(Evidence.added_at, Evidence.id)).all()
    codes = dict(session.execute(select(Kpi.id, Kpi.code)).all()) if rows else {}
    files = [EvidenceFile(name, size, sha, codes.get(kpi_id, "")) for name, size, sha, kpi_id in rows]
    if plan is not None:
        for name, size, sha in session.execute(
                select(Evidence.original_name, StoredFile.size_bytes, StoredFile.sha256)
                .join(StoredFile, StoredFile.sha256 == Evidence.file_sha256)
                .join(PlanCheckIn, PlanCheckIn.id == Evidence.check_in_id)
                .where(Evidence.kind == EvidenceKind.FILE, PlanCheckIn.plan_id == plan.id)
                .order_by(Evidence.added_at, Evidence.id)):
            files.append(EvidenceFile(name, size, sha, "plan"))
    return files

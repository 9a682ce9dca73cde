"""One appraisal's reviews as a form shows them: the person, their KPI targets, the
self-review and the manager review, each with whether the acting user may edit it
and, if not, why. Parts the user may not read come back empty with the reason."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AppraisalTargetReview, CycleStage

from ..feedback.release import cycle_feedback_published
from ..cycles.scoring import BandInfo
from ..kpi.targets import person_targets
from .manager_review import computed_band_id, cycle_bands
from ..access import acting
from .rules import (
    is_own,
    load,
    manager_review_read_refusal,
    manager_review_write_refusal,
    private_note_readable,
    refuse,
    return_refusal,
    self_review_read_refusal,
    self_review_write_refusal,
)


@dataclass(frozen=True)
class TargetLine:
    target_id: int
    kpi_code: str
    kpi_name: str
    kpi_name_zh: str | None
    target_value: float
    weight: float
    actual: float | None
    points: float | None
    self_rating: int | None
    self_comment: str | None
    manager_comment: str | None  # None also when the user may not read the manager's parts


@dataclass(frozen=True)
class SelfReviewPart:
    achievements: str | None
    challenges: str | None
    development_wishes: str | None
    submitted_at: datetime | None
    returned_at: datetime | None
    return_note: str | None
    can_edit: bool
    read_only_code: str | None  # why it may not be edited (a message code); None when it may
    read_only_params: dict[str, Any] = field(default_factory=dict)
    can_return: bool = False  # the acting user may send it back with a note


@dataclass(frozen=True)
class ManagerReviewPart:
    readable: bool  # False: every text below is None (see read_only_code)
    strengths: str | None
    development_areas: str | None
    overall_comment: str | None
    proposed_band_id: int | None
    justification: str | None
    private_note: str | None  # only for HR and the person's managers
    private_note_readable: bool
    submitted_at: datetime | None
    computed_band_id: int | None  # from the final score; None while not scored
    can_edit: bool
    read_only_code: str | None
    read_only_params: dict[str, Any] = field(default_factory=dict)
    potential: str | None = None  # 'low' / 'medium' / 'high'; None unrated or not readable
    potential_readable: bool = False  # managers, HR and auditors; never the person themselves

    @property
    def justification_needed(self) -> bool:
        return (self.proposed_band_id is not None and self.computed_band_id is not None
                and self.proposed_band_id != self.computed_band_id)


@dataclass(frozen=True)
class ReviewSheet:
    appraisal_id: int
    cycle_id: int
    cycle_name: str
    stage: CycleStage
    employee_id: int
    employee_no: str
    employee_name: str
    final_score: float | None
    bands: tuple[BandInfo, ...]  # best first
    targets: tuple[TargetLine, ...]
    self_review: SelfReviewPart
    manager_review: ManagerReviewPart


def review_sheet(session: Session, appraisal_id: int) -> ReviewSheet:
    """Both reviews of an appraisal as the acting user may see and change them.
    Refused for someone who may read neither part."""
    appraisal, cycle, person = load(session, appraisal_id)
    refuse(self_review_read_refusal(session, appraisal, person))
    manager_hidden = manager_review_read_refusal(session, appraisal, cycle, person)
    readable = manager_hidden is None
    # The final score (and the band it reaches) include the 360 part: held back from
    # everyone, HR included, until the cycle's 360 results are published.
    scored = readable and cycle_feedback_published(session, cycle.id)
    note_readable = readable and private_note_readable(session, appraisal)
    # Potential is a talent judgement for the people who plan roles, as in most nine-box
    # practice: the person does not see it, even once the rest of the review is released.
    potential_readable = readable and not is_own(acting(session), appraisal)
    reviews = {r.target_id: r for r in session.scalars(
        select(AppraisalTargetReview).where(AppraisalTargetReview.appraisal_id == appraisal.id))}
    targets = []
    for row in person_targets(session, cycle.id, person.id):
        review = reviews.get(row.id)
        targets.append(TargetLine(row.id, row.kpi_code, row.kpi_name, row.kpi_name_zh, row.target_value, row.weight,
                                  row.actual, row.points, review.self_rating if review else None,
                                  review.self_comment if review else None,
                                  review.manager_comment if review and readable else None))
    self_refusal = self_review_write_refusal(session, appraisal, cycle, person)
    self_code, self_params = self_refusal or (None, {})
    self_part = SelfReviewPart(appraisal.self_achievements, appraisal.self_challenges,
                               appraisal.self_development_wishes, appraisal.self_submitted_at,
                               appraisal.self_returned_at, appraisal.self_return_note, self_refusal is None,
                               self_code, self_params, return_refusal(session, appraisal, cycle, person) is None)
    write_refusal = manager_hidden or manager_review_write_refusal(session, appraisal, cycle, person)
    code, params = write_refusal or (None, {})
    manager_part = ManagerReviewPart(
        readable,
        appraisal.strengths if readable else None,
        appraisal.development_areas if readable else None,
        appraisal.manager_comment if readable else None,
        appraisal.proposed_band_id if readable else None,
        appraisal.rating_justification if readable else None,
        appraisal.manager_private_note if note_readable else None,
        note_readable,
        appraisal.manager_submitted_at if readable else None,
        computed_band_id(session, appraisal) if scored else None,
        write_refusal is None, code, params,
        appraisal.potential if potential_readable else None, potential_readable)
    bands = tuple(BandInfo(b.id, b.code, b.name, b.name_zh, b.min_score) for b in cycle_bands(session, cycle.id))
    return ReviewSheet(appraisal.id, cycle.id, cycle.name, cycle.stage, person.id, person.employee_no, person.name,
                       appraisal.final_score if scored else None, bands, tuple(targets), self_part, manager_part)


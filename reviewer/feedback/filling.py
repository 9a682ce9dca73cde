"""Guided filling of one feedback request inside the program.

Every answer is written the moment it is given (one short transaction), so closing
the window or a crash loses nothing; submitting checks the required answers and
locks the request. Offline imports and this module store answers the same way.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import Answer, AuditEvent, FeedbackRequest, RequestStatus
from db.models.base import utcnow

from ..cycles.lookup import open_cycle
from ..database.locking import get_for_update
from ..access import acting, require_writer
from ..errors import NotFound, PermissionDenied, StageBlocked, ValidationError
from ..messages import Term
from .forms import Question, RequestForm, request_forms
from .release import refuse_answers_when_published
from .scores import record_scores
from ..cycles.scoring import refresh_scores_of

# The states in which a request takes answers, here, from offline forms and in reminders.
OPEN_STATES = (RequestStatus.OPEN, RequestStatus.IN_PROGRESS)
MAX_TEXT = 4000  # characters in one written answer


@dataclass(frozen=True)
class Given:
    """What the rater gave for one question so far."""

    rating: int | None = None
    cannot_judge: bool = False
    text: str | None = None

    @property
    def answered(self) -> bool:
        return self.rating is not None or self.cannot_judge or bool(self.text and self.text.strip())


@dataclass(frozen=True)
class Filling:
    form: RequestForm
    status: RequestStatus
    given: dict[int, Given]  # question id -> answer

    @property
    def locked(self) -> bool:
        return self.status not in OPEN_STATES

    def missing(self) -> list[Question]:
        return [q for q in self.form.questions() if q.required and not self.given.get(q.id, Given()).answered]

    def answered_count(self) -> int:
        return sum(1 for q in self.form.questions() if self.given.get(q.id, Given()).answered)

    def resume_section(self) -> int:
        """The first section with a required question still open: where the rater stopped."""
        for index, section in enumerate(self.form.sections):
            if any(q.required and not self.given.get(q.id, Given()).answered for q in section.questions):
                return index
        return max(len(self.form.sections) - 1, 0)


def _require_rater(session: Session, request: FeedbackRequest, change: bool) -> None:
    """A form is filled by the one asked (or typed in by HR); an auditor may read it.
    Nobody else, a manager included, sees who answered what."""
    actor = require_writer(session) if change else acting(session)
    if actor.sees_everyone or (actor.employee_id is not None and actor.employee_id == request.rater_employee_id):
        return
    raise PermissionDenied.coded("form_not_yours", name=actor.display_name)


def open_filling(session: Session, request_id: int) -> Filling:
    """A form with the answers given so far, for its rater (or HR)."""
    request = session.get(FeedbackRequest, request_id)
    if request is None:
        raise NotFound.coded("request_unknown", id=request_id)
    _require_rater(session, request, change=False)
    actor = acting(session)
    if request.status == RequestStatus.SUBMITTED and (
            actor.employee_id is None or actor.employee_id != request.rater_employee_id):
        # HR types paper forms in while they are open; once returned, a form's answers
        # reach anyone but its rater only through the published, anonymised results.
        raise PermissionDenied.coded("submitted_form_confidential", name=actor.display_name)
    form = request_forms(session, [request_id])[0]
    given = {row.question_id: Given(row.rating, row.cannot_judge, row.text)
             for row in session.scalars(select(Answer).where(Answer.request_id == request_id))}
    return Filling(form, request.status, given)


def _fillable_request(session: Session, request_id: int) -> FeedbackRequest:
    request = get_for_update(session, FeedbackRequest, request_id)
    if request is None:
        raise NotFound.coded("request_unknown", id=request_id)
    _require_rater(session, request, change=True)
    if request.status == RequestStatus.SUBMITTED:
        raise StageBlocked.coded("request_submitted")
    if request.status not in OPEN_STATES:
        raise StageBlocked.coded("request_not_open", status=Term("request_status", request.status))
    open_cycle(session, request.cycle_id, "answers")
    refuse_answers_when_published(session, request.cycle_id)
    return request


def _question(session: Session, request_id: int, question_id: int) -> Question:
    for question in request_forms(session, [request_id])[0].questions():
        if question.id == question_id:
            return question
    raise NotFound.coded("question_not_on_form", id=question_id)


def save_answer(session: Session, request_id: int, question_id: int, given: Given) -> None:
    """Store (or clear) one answer of a draft; the request becomes in progress."""
    request = _fillable_request(session, request_id)
    question = _question(session, request_id, question_id)
    if given.rating is not None and (given.cannot_judge or not question.is_rating or not question.accepts(given.rating)):
        raise ValidationError.coded("rating_off_scale", rating=given.rating, low=question.scale_min,
                                    high=question.scale_max)
    if given.cannot_judge and not question.allow_cannot_judge:
        raise ValidationError.coded("no_cannot_judge")
    text = (given.text or "").strip() or None
    if text and len(text) > MAX_TEXT:
        raise ValidationError.coded("answer_too_long", length=len(text), limit=MAX_TEXT)
    session.execute(delete(Answer).where(Answer.request_id == request_id, Answer.question_id == question_id))
    if given.answered:
        session.add(Answer(request_id=request_id, question_id=question_id, rating=given.rating,
                           cannot_judge=given.cannot_judge, text=given.text if text else None))
    if request.status == RequestStatus.OPEN:
        request.status = RequestStatus.IN_PROGRESS
    session.flush()


def submit(session: Session, request_id: int) -> None:
    """Lock the answers; refused while a required question is unanswered."""
    request = _fillable_request(session, request_id)
    filling = open_filling(session, request_id)
    missing = filling.missing()
    if missing:
        numbers = [str(filling.form.questions().index(q) + 1) for q in missing]
        raise ValidationError.coded("answers_missing", numbers=", ".join(numbers))
    request.status = RequestStatus.SUBMITTED
    request.submitted_at = utcnow()
    record_scores(session, [request_id])
    session.add(AuditEvent(action="feedback.submitted", entity_type="feedback_requests", entity_id=request_id,
                           details={"answers": filling.answered_count()}))
    session.flush()
    refresh_scores_of(session, [(request.cycle_id, request.subject_id)])


def decline(session: Session, request_id: int) -> None:
    """The rater cannot give feedback (e.g. does not know the person); drafts are discarded."""
    request = _fillable_request(session, request_id)
    session.execute(delete(Answer).where(Answer.request_id == request_id))
    request.status = RequestStatus.DECLINED
    session.add(AuditEvent(action="feedback.declined", entity_type="feedback_requests", entity_id=request_id))
    session.flush()

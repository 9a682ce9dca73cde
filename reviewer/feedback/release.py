"""When a cycle's 360 results are published.

While forms are still coming back, any figure built from them moves with each
returned form: two drafts made before and after one more form would give that
rater's ratings away. So nothing shows 360 results to anyone, HR included, until the
cycle's 360 stage has ended or the release date HR set has come (before that only
how many forms came back: feedback.results.response_progress); and from then on
no more answers are taken, since a form stored after publication would move the
published figures by exactly its rater's ratings.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.models import AuditEvent, Cycle, CycleStage, FeedbackRequest, RequestStatus

from ..access import require_hr
from ..errors import NotFound, StageBlocked

STAGE_ORDER = tuple(CycleStage)
UNPUBLISHED_CODE = "feedback_unpublished"
ANSWERS_CLOSED_CODE = "answers_closed_published"
# Requests that could still be answered (a nomination becomes one when HR approves it).
UNANSWERED_STATES = (RequestStatus.OPEN, RequestStatus.IN_PROGRESS, RequestStatus.NOMINATED)


class CycleRelease(Protocol):
    stage: CycleStage
    feedback_release_date: date | None


def database_today(session: Session) -> date:
    """Today's date by the database's clock, in UTC: whether results are published (and
    answering closed) must not depend on the clock or time zone of the machine asking,
    or HR's machine in one zone and a rater's in another would disagree."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(text("SELECT CAST(timezone('UTC', now()) AS date)"))
    return date.fromisoformat(session.scalar(text("SELECT date('now')")))


def feedback_published(cycle: CycleRelease, today: date) -> bool:
    """True once the cycle is past its 360 stage or its release date has come.
    The one place that decides; before then nobody, HR included, sees 360 figures."""
    if STAGE_ORDER.index(cycle.stage) > STAGE_ORDER.index(CycleStage.SELF_REVIEW_360):
        return True
    return cycle.feedback_release_date is not None and today >= cycle.feedback_release_date


def unpublished_notice(cycle: CycleRelease) -> tuple[str, dict]:
    """The message code (and parameters) saying when unpublished results will be published."""
    if cycle.feedback_release_date is not None:
        return UNPUBLISHED_CODE + "_until", {"date": cycle.feedback_release_date.isoformat()}
    return UNPUBLISHED_CODE, {}


@dataclass(frozen=True)
class FeedbackRelease:
    published: bool
    notice_code: str  # says when unpublished results will be published
    notice_params: dict


def feedback_release(session: Session, cycle_id: int, today: date | None = None) -> FeedbackRelease:
    """Whether a cycle's 360 results are published today, and what to say if not."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    return FeedbackRelease(feedback_published(cycle, today or database_today(session)), *unpublished_notice(cycle))


def cycle_feedback_published(session: Session, cycle_id: int, today: date | None = None) -> bool:
    return feedback_release(session, cycle_id, today).published


def refuse_answers_when_published(session: Session, cycle_id: int, today: date | None = None) -> Cycle:
    """The cycle, refused (StageBlocked) once its 360 results are published: answering,
    importing returned forms, new raters and reminders all end at publication."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    if feedback_published(cycle, today or database_today(session)):
        raise StageBlocked.coded(ANSWERS_CLOSED_CODE, cycle=cycle.name)
    return cycle


def unanswered_requests(session: Session, cycle_id: int) -> int:
    """How many of the cycle's requests could still be answered (open, begun or nominated)."""
    return session.scalar(select(func.count()).select_from(FeedbackRequest).where(
        FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.status.in_(UNANSWERED_STATES)))


def set_feedback_release(session: Session, cycle_id: int, on: date | None, today: date | None = None) -> Cycle:
    """HR sets (or, with None, clears) the day the cycle's 360 results are published.
    Published results stay published: taking a release back would reopen answering, and
    one more form between two publications could be subtracted out again."""
    require_hr(session)
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    today = today or database_today(session)
    if feedback_published(cycle, today) and (on is None or on > today):
        raise StageBlocked.coded("release_cannot_be_taken_back", cycle=cycle.name)
    cycle.feedback_release_date = on
    session.add(AuditEvent(action="cycle.feedback_release_set", entity_type="cycles", entity_id=cycle.id,
                           details={"on": None if on is None else on.isoformat()}))
    session.flush()
    return cycle

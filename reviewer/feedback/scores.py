"""Each submitted form's ratings summed per competency (the rater_scores table).

Written in the same transaction that submits a form, from the answers just
stored, so results never read more than one row per rater and competency.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import Answer, FeedbackRequest, FormQuestion, RaterScore, RequestStatus


def _summed(where) -> select:
    return (select(Answer.request_id, FormQuestion.competency_id, func.count(Answer.rating), func.sum(Answer.rating))
            .join(FormQuestion, FormQuestion.id == Answer.question_id)
            .where(where, Answer.rating.is_not(None), FormQuestion.competency_id.is_not(None))
            .group_by(Answer.request_id, FormQuestion.competency_id))


def _store(session: Session, where, replace) -> None:
    session.execute(delete(RaterScore).where(replace))
    session.execute(insert(RaterScore).from_select(
        [RaterScore.request_id, RaterScore.competency_id, RaterScore.ratings, RaterScore.total], _summed(where)))


def record_scores(session: Session, request_ids: Iterable[int]) -> None:
    """Sum the answers of these (just submitted) requests; replaces any earlier sums."""
    for batch in batches(request_ids):
        _store(session, Answer.request_id.in_(batch), RaterScore.request_id.in_(batch))
    session.flush()


def record_cycle_scores(session: Session, cycle_id: int) -> None:
    """Sum every submitted request of a cycle at once (bulk loads: the demo, benchmarks)."""
    submitted = (select(FeedbackRequest.id)
                 .where(FeedbackRequest.cycle_id == cycle_id, FeedbackRequest.status == RequestStatus.SUBMITTED))
    _store(session, Answer.request_id.in_(submitted), RaterScore.request_id.in_(submitted))
    session.flush()

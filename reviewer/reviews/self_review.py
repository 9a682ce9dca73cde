"""The employee's self-review: achievements, challenges, development wishes and an
optional self-rating and comment per KPI target. Every field is stored the moment it
is typed (one short unit of work each), submitting locks it, and the manager (or HR)
can return it with a note, which unlocks it."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalTargetReview, Target, utcnow

from ..errors import NotFound, ValidationError
from .rules import clean_text, load, refuse, return_refusal, self_review_write_refusal
from .self_review_pdf import SELF_RATINGS

# Form field -> appraisal column.
SELF_FIELDS = {
    "achievements": "self_achievements",
    "challenges": "self_challenges",
    "development_wishes": "self_development_wishes",
}
SELF_TARGET_FIELDS = ("self_rating", "self_comment")
RATING_SCALE = (SELF_RATINGS[0], SELF_RATINGS[-1])  # one scale for the window, the form and imports


def _writable(session: Session, appraisal_id: int) -> Appraisal:
    appraisal, cycle, person = load(session, appraisal_id, lock=True)
    refuse(self_review_write_refusal(session, appraisal, cycle, person))
    return appraisal


def save_self_review_field(session: Session, appraisal_id: int, field: str, value: Any) -> None:
    """Store (or, when blank, clear) one field of a self-review still being written."""
    column = SELF_FIELDS.get(field)
    if column is None:
        raise ValidationError.coded("review_field_unknown", value=field)
    appraisal = _writable(session, appraisal_id)
    setattr(appraisal, column, clean_text(value))
    session.flush()


def parse_self_rating(value: Any) -> int | None:
    """A self-rating from a form or a cell: a whole number 1..5, or None when blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).strip()) if not isinstance(value, (int, float)) or isinstance(value, bool) \
            else float(value)
    except ValueError:
        number = None
    if isinstance(value, bool) or number is None or not number.is_integer() \
            or not RATING_SCALE[0] <= number <= RATING_SCALE[1]:
        raise ValidationError.coded("self_rating_off_scale", value=str(value))
    return int(number)


def target_review(session: Session, appraisal: Appraisal, target_id: int) -> AppraisalTargetReview:
    """The review row of one of the appraisal's targets, made on first use."""
    target = session.get(Target, target_id)
    if target is None or target.cycle_id != appraisal.cycle_id or target.employee_id != appraisal.employee_id:
        raise NotFound.coded("review_target_unknown", id=target_id)
    row = session.scalar(select(AppraisalTargetReview).where(
        AppraisalTargetReview.appraisal_id == appraisal.id, AppraisalTargetReview.target_id == target_id))
    if row is None:
        row = AppraisalTargetReview(appraisal_id=appraisal.id, target_id=target_id)
        session.add(row)
    return row


def save_self_target_field(session: Session, appraisal_id: int, target_id: int, field: str, value: Any) -> None:
    """Store the self-rating (1..5 or blank) or the comment on one KPI target."""
    if field not in SELF_TARGET_FIELDS:
        raise ValidationError.coded("review_field_unknown", value=field)
    stored = parse_self_rating(value) if field == "self_rating" else clean_text(value)
    appraisal = _writable(session, appraisal_id)
    setattr(target_review(session, appraisal, target_id), field, stored)
    session.flush()


def _submit(appraisal: Appraisal) -> None:
    if not appraisal.self_achievements:
        raise ValidationError.coded("self_review_incomplete")
    appraisal.self_submitted_at = utcnow()


def submit_self_review(session: Session, appraisal_id: int) -> None:
    """Lock the self-review; refused until the achievements are written."""
    _submit(_writable(session, appraisal_id))
    session.flush()


def submit_whole_self_review(session: Session, appraisal_id: int, texts: Mapping[str, Any],
                             targets: Mapping[int, tuple[Any, Any]]) -> None:
    """Store a whole self-review at once and submit it (a returned paper form): the same
    rules as typing it in the window, every value checked before any is written.
    ``texts``: form field -> text; ``targets``: target id -> (self-rating, comment)."""
    appraisal = _writable(session, appraisal_id)
    columns = {}
    for field, value in texts.items():
        if field not in SELF_FIELDS:
            raise ValidationError.coded("review_field_unknown", value=field)
        columns[SELF_FIELDS[field]] = clean_text(value)
    answers = {target_id: (parse_self_rating(rating), clean_text(comment))
               for target_id, (rating, comment) in targets.items()}
    own = set(session.scalars(select(Target.id).where(Target.cycle_id == appraisal.cycle_id,
                                                      Target.employee_id == appraisal.employee_id)))
    foreign = next((target_id for target_id in answers if target_id not in own), None)
    if foreign is not None:
        raise NotFound.coded("review_target_unknown", id=foreign)
    if not columns.get("self_achievements", appraisal.self_achievements):
        raise ValidationError.coded("self_review_incomplete")
    for column, text in columns.items():
        setattr(appraisal, column, text)
    reviewed = set(session.scalars(select(AppraisalTargetReview.target_id).where(
        AppraisalTargetReview.appraisal_id == appraisal.id)))
    for target_id, (rating, comment) in answers.items():
        if rating is None and comment is None and target_id not in reviewed:
            continue  # nothing to say about this target: no empty row
        row = target_review(session, appraisal, target_id)
        row.self_rating, row.self_comment = rating, comment
    _submit(appraisal)
    session.flush()


def return_self_review(session: Session, appraisal_id: int, note: str) -> None:
    """The manager (or HR) sends a submitted self-review back with a note saying what
    to change; it is writable again (also during the manager review stage)."""
    appraisal, cycle, person = load(session, appraisal_id, lock=True)
    refuse(return_refusal(session, appraisal, cycle, person))
    text = clean_text(note)
    if text is None:
        raise ValidationError.coded("return_note_required")
    appraisal.self_submitted_at = None
    appraisal.self_returned_at = utcnow()
    appraisal.self_return_note = text
    session.flush()

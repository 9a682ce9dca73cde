"""The manager review: a comment per KPI target, strengths, development areas, the
overall comment, a proposed band with its justification when it differs from the
band the score gives, the person's potential (low / medium / high, the nine-box's
second axis), and a private note for HR. Stored field by field as typed;
submitting locks it."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appraisal, Cycle, RatingBand, utcnow

from ..database.stale import NOT_KEPT, check_field_unchanged
from ..errors import ValidationError
from ..kpi.scoring import band_earned
from ..pdf.language import localised
from .potential import potential_level
from .rules import clean_text, load, manager_review_write_refusal, refuse
from .self_review import target_review

# Form field -> appraisal column (the band is saved by save_proposed_band).
MANAGER_FIELDS = {
    "strengths": "strengths",
    "development_areas": "development_areas",
    "overall_comment": "manager_comment",
    "justification": "rating_justification",
    "private_note": "manager_private_note",
}


def _writable(session: Session, appraisal_id: int) -> tuple[Appraisal, Cycle]:
    appraisal, cycle, person = load(session, appraisal_id, lock=True)
    refuse(manager_review_write_refusal(session, appraisal, cycle, person))
    return appraisal, cycle


# Every save below takes ``value_read``: what the caller's form last read or saved in that
# field. When another person (HR, a second window) wrote the field since, the save is
# refused naming them instead of overwriting their words. NOT_KEPT skips the check.

def save_manager_review_field(session: Session, appraisal_id: int, field: str, value: Any,
                              value_read: Any = NOT_KEPT) -> None:
    """Store (or, when blank, clear) one text field of a manager review being written."""
    column = MANAGER_FIELDS.get(field)
    if column is None:
        raise ValidationError.coded("review_field_unknown", value=field)
    appraisal, _ = _writable(session, appraisal_id)
    check_field_unchanged(session, appraisal, column, value_read, appraisal.employee_id)
    setattr(appraisal, column, clean_text(value))
    session.flush()


def save_manager_target_comment(session: Session, appraisal_id: int, target_id: int, value: Any,
                                value_read: Any = NOT_KEPT) -> None:
    """Store the manager's comment on one KPI target."""
    appraisal, _ = _writable(session, appraisal_id)
    review = target_review(session, appraisal, target_id)
    check_field_unchanged(session, review, "manager_comment", value_read, appraisal.employee_id)
    review.manager_comment = clean_text(value)
    session.flush()


def cycle_bands(session: Session, cycle_id: int) -> list[RatingBand]:
    """The cycle's rating bands, best first."""
    return list(session.scalars(select(RatingBand).where(RatingBand.cycle_id == cycle_id)
                                .order_by(RatingBand.min_score.desc())))


def find_band(session: Session, cycle: Cycle, value: int | str | None) -> int | None:
    """A band of the cycle by id, code or name (English or Chinese); None for a blank."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    for band in cycle_bands(session, cycle.id):
        if value == band.id or (isinstance(value, str) and value.strip().casefold() in {
                band.code.casefold(), band.name.casefold(), (band.name_zh or "").casefold()}):
            return band.id
    raise ValidationError.coded("band_not_in_cycle", value=str(value), cycle=cycle.name)


def save_proposed_band(session: Session, appraisal_id: int, band: int | str | None,
                       value_read: Any = NOT_KEPT) -> None:
    """Propose one of the cycle's bands (by id or code), or clear the proposal."""
    appraisal, cycle = _writable(session, appraisal_id)
    check_field_unchanged(session, appraisal, "proposed_band_id", value_read, appraisal.employee_id)
    appraisal.proposed_band_id = find_band(session, cycle, band)
    session.flush()


def save_potential(session: Session, appraisal_id: int, level: str | None, value_read: Any = NOT_KEPT) -> None:
    """Rate the person's potential (low / medium / high, in English or Chinese), or clear
    the rating; written under the same rules as the rest of the manager review."""
    appraisal, _ = _writable(session, appraisal_id)
    check_field_unchanged(session, appraisal, "potential", value_read, appraisal.employee_id)
    appraisal.potential = potential_level(level)
    session.flush()


def computed_band_id(session: Session, appraisal: Appraisal) -> int | None:
    """The band the final score reaches (None while the appraisal is not scored)."""
    if appraisal.final_score is None:
        return None
    return band_earned(appraisal.final_score, [(b.id, b.min_score) for b in cycle_bands(session, appraisal.cycle_id)])


def justification_needed(session: Session, appraisal: Appraisal) -> bool:
    """A proposed band other than the computed one must be justified."""
    computed = computed_band_id(session, appraisal)
    return appraisal.proposed_band_id is not None and computed is not None \
        and appraisal.proposed_band_id != computed


def submit_manager_review(session: Session, appraisal_id: int, language: str = "en") -> None:
    """Lock the manager review; refused without an overall comment and a proposed band,
    or with a band other than the computed one and no justification."""
    appraisal, _ = _writable(session, appraisal_id)
    if not appraisal.manager_comment or appraisal.proposed_band_id is None:
        raise ValidationError.coded("manager_review_incomplete")
    if justification_needed(session, appraisal) and not appraisal.rating_justification:
        names = {b.id: localised(b.name, b.name_zh, language) for b in cycle_bands(session, appraisal.cycle_id)}
        raise ValidationError.coded("justification_required", proposed=names[appraisal.proposed_band_id],
                                    computed=names[computed_band_id(session, appraisal)])
    appraisal.manager_submitted_at = utcnow()
    session.flush()

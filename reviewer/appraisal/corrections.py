"""Correcting an appraisal that signing has frozen.

A signed document must stay exactly what its signers saw, so a correction never
edits it: it creates the next version of the appraisal (which is printed and
signed anew) and marks the old one superseded. Both stay in the database, and
verifying the old PDF says that a corrected version exists.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Appraisal, AppraisalState, AuditEvent, RatingBand, SignatureRecord

from ..access import Actor, acting, require_reviewable
from ..errors import NotFound, PermissionDenied, StageBlocked, ValidationError
from ..kpi.scoring import band_for_score

TEXT_FIELDS = ("strengths", "development_areas", "self_comment", "manager_comment", "hr_comment")
COPIED = ("kpi_score", "competency_score", "final_score", "proposed_band_id", "calibrated_band_id", "potential",
          *TEXT_FIELDS)


@dataclass(frozen=True)
class Correction:
    reason: str
    final_score: float | None = None  # a new score re-derives the rating band
    texts: dict[str, str] | None = None  # field -> new text, fields from TEXT_FIELDS


def correction_refusal(actor: Actor, state: AppraisalState, version: int, signatures: int
                       ) -> tuple[str, dict] | None:
    """Why this appraisal cannot be corrected (a message code and its parameters),
    or None when it can: the one place the rule of who may correct what lives."""
    if not actor.may_write:
        return "auditor_reads_only", {"name": actor.display_name}
    if state == AppraisalState.SUPERSEDED:
        return "appraisal_superseded", {"version": version}
    if not signatures:
        return "appraisal_not_signed", {}
    return None


def correct_appraisal(session: Session, appraisal_id: int, correction: Correction) -> Appraisal:
    """The next version of a signed (or partly signed) appraisal, with the corrections applied."""
    old = session.get(Appraisal, appraisal_id)
    if old is None:
        raise NotFound.coded("appraisal_unknown", id=appraisal_id)
    require_reviewable(session, old.employee_id, change=True)
    signed = session.scalar(select(func.count(SignatureRecord.id)).where(SignatureRecord.appraisal_id == old.id))
    refusal = correction_refusal(acting(session), old.state, old.version, signed)
    if refusal is not None:
        code, params = refusal
        raise (PermissionDenied if code == "auditor_reads_only" else StageBlocked).coded(code, **params)
    reason = correction.reason.strip()
    if not reason:
        raise ValidationError.coded("correction_needs_reason")
    unknown = set(correction.texts or {}) - set(TEXT_FIELDS)
    if unknown:
        raise ValidationError.coded("correction_unknown_field", field=", ".join(sorted(unknown)))
    new = Appraisal(cycle_id=old.cycle_id, employee_id=old.employee_id, version=old.version + 1,
                    supersedes_id=old.id, state=AppraisalState.RELEASED, released_at=old.released_at,
                    **{name: getattr(old, name) for name in COPIED})
    for name, text in (correction.texts or {}).items():
        setattr(new, name, text.strip() or None)
    if correction.final_score is not None:
        if not 0 <= correction.final_score <= 100:
            raise ValidationError.coded("score_out_of_range", value=correction.final_score)
        bands = session.execute(select(RatingBand.id, RatingBand.min_score).where(
            RatingBand.cycle_id == old.cycle_id)).all()
        new.final_score = correction.final_score
        new.calibrated_band_id = band_for_score(correction.final_score, [(b.id, b.min_score) for b in bands])
    old.state = AppraisalState.SUPERSEDED
    session.add(new)
    session.flush()
    session.add(AuditEvent(action="appraisal.corrected", entity_type="appraisals", entity_id=new.id, details={
        "supersedes": old.id, "version": new.version, "reason": reason,
        "fields": sorted((correction.texts or {}).keys()) + (["final_score"] if correction.final_score is not None
                                                              else [])}))
    return new

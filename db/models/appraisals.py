"""Appraisals, calibration moves, signature records and the audit trail."""
from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import (
    LargeBinary,
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column, utcnow
from .cycles import MAX_SCORE
from .enums import AppraisalState, SignerRole


def _score_range(column: str, upper: int = MAX_SCORE) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR ({column} >= 0 AND {column} <= {upper})", name=f"{column}_range"
    )


class Appraisal(Base):
    """One employee's result in one cycle. A correction after sign-off creates the
    next version; the signed one stays as it was, marked superseded."""

    __tablename__ = "appraisals"
    __table_args__ = (
        UniqueConstraint("cycle_id", "employee_id", "version"),
        CheckConstraint("version >= 1", name="version_positive"),
        _score_range("kpi_score"),
        _score_range("competency_score", 100),
        _score_range("final_score"),
        CheckConstraint("potential IS NULL OR potential IN ('low', 'medium', 'high')", name="potential_level"),
        Index("ix_appraisals_employee", "employee_id"),
    )

    # Raised by every ORM save; an UPDATE that finds another number was based on a stale
    # read and is refused (reviewer.database.stale names who changed the row).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    id: Mapped[int] = mapped_column(primary_key=True)
    # RESTRICT: results outlive nothing silently; cycles with appraisals are closed, not deleted.
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="RESTRICT"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("appraisals.id", ondelete="RESTRICT"), unique=True
    )
    kpi_score: Mapped[Optional[float]] = mapped_column(Float)
    competency_score: Mapped[Optional[float]] = mapped_column(Float)
    final_score: Mapped[Optional[float]] = mapped_column(Float)
    proposed_band_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("rating_bands.id", ondelete="RESTRICT"), index=True
    )
    calibrated_band_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("rating_bands.id", ondelete="RESTRICT"), index=True
    )
    strengths: Mapped[Optional[str]] = mapped_column(Text)
    development_areas: Mapped[Optional[str]] = mapped_column(Text)
    self_comment: Mapped[Optional[str]] = mapped_column(Text)
    manager_comment: Mapped[Optional[str]] = mapped_column(Text)
    hr_comment: Mapped[Optional[str]] = mapped_column(Text)
    # Self-review (the employee's guided form); submitting locks it until the
    # manager returns it with a note.
    self_achievements: Mapped[Optional[str]] = mapped_column(Text)
    self_challenges: Mapped[Optional[str]] = mapped_column(Text)
    self_development_wishes: Mapped[Optional[str]] = mapped_column(Text)
    self_submitted_at: Mapped[Optional[datetime]] = mapped_column()
    self_returned_at: Mapped[Optional[datetime]] = mapped_column()
    self_return_note: Mapped[Optional[str]] = mapped_column(Text)
    # Manager review: strengths, development_areas and manager_comment (the overall
    # comment) above, proposed_band_id, and these.
    rating_justification: Mapped[Optional[str]] = mapped_column(Text)
    # For HR only: never printed in the employee's document.
    manager_private_note: Mapped[Optional[str]] = mapped_column(Text)
    manager_submitted_at: Mapped[Optional[datetime]] = mapped_column()
    # An input changed after the scores were frozen: flagged, not applied.
    score_inputs_changed_at: Mapped[Optional[datetime]] = mapped_column()
    # The manager's view of the person's potential (low / medium / high): the nine-box's
    # second axis. Calibration may move it, recording the move.
    potential: Mapped[Optional[str]] = mapped_column(String(10))
    state: Mapped[AppraisalState] = mapped_column(
        enum_column(AppraisalState, "appraisal_state"), default=AppraisalState.DRAFT, index=True
    )
    released_at: Mapped[Optional[datetime]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    calibrations: Mapped[list[CalibrationAdjustment]] = relationship(
        back_populates="appraisal", order_by="CalibrationAdjustment.created_at"
    )
    signatures: Mapped[list[SignatureRecord]] = relationship(
        back_populates="appraisal", order_by="SignatureRecord.signed_at"
    )


class AppraisalTargetReview(Base):
    """Per KPI target of an appraisal: the employee's optional self-rating and comment,
    and the manager's comment."""

    __tablename__ = "appraisal_target_reviews"
    __table_args__ = (
        UniqueConstraint("appraisal_id", "target_id"),
        CheckConstraint("self_rating IS NULL OR (self_rating >= 1 AND self_rating <= 5)", name="self_rating_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(ForeignKey("appraisals.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"), index=True)
    self_rating: Mapped[Optional[int]] = mapped_column(Integer)
    self_comment: Mapped[Optional[str]] = mapped_column(Text)
    manager_comment: Mapped[Optional[str]] = mapped_column(Text)


class CalibrationAdjustment(Base):
    """A rating moved in calibration: who moved it, from what, to what, why, and in
    which session. ``axis`` says which rating moved: the band, or the potential (a
    nine-box move). An undone move stays on record with when and by whom it was undone."""

    __tablename__ = "calibration_adjustments"
    __table_args__ = (
        CheckConstraint("length(reason) > 0", name="reason_required"),
        CheckConstraint("axis IN ('band', 'potential')", name="axis_known"),
        CheckConstraint("axis <> 'band' OR to_band_id IS NOT NULL", name="band_move_has_band"),
        CheckConstraint("axis <> 'potential' OR to_potential IN ('low', 'medium', 'high')",
                        name="potential_move_has_level"),
        _score_range("from_score"),
        _score_range("to_score"),
        Index("ix_calibration_adjustments_session", "session_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # RESTRICT: the record of a move must outlive any attempt to drop the appraisal.
    appraisal_id: Mapped[int] = mapped_column(
        ForeignKey("appraisals.id", ondelete="RESTRICT"), index=True
    )
    # None for moves recorded before sessions existed (and the demo's history).
    session_id: Mapped[Optional[int]] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="RESTRICT"))
    axis: Mapped[str] = mapped_column(String(12), default="band")
    adjusted_by_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("app_users.id", ondelete="RESTRICT"), index=True
    )
    # The profile's name at the time (the local owner has no profile row).
    adjusted_by_name: Mapped[Optional[str]] = mapped_column(String(100))
    from_band_id: Mapped[Optional[int]] = mapped_column(ForeignKey("rating_bands.id", ondelete="RESTRICT"))
    to_band_id: Mapped[Optional[int]] = mapped_column(ForeignKey("rating_bands.id", ondelete="RESTRICT"))
    from_potential: Mapped[Optional[str]] = mapped_column(String(10))
    to_potential: Mapped[Optional[str]] = mapped_column(String(10))
    from_score: Mapped[Optional[float]] = mapped_column(Float)
    to_score: Mapped[Optional[float]] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    undone_at: Mapped[Optional[datetime]] = mapped_column()
    undone_by_name: Mapped[Optional[str]] = mapped_column(String(100))

    appraisal: Mapped[Appraisal] = relationship(back_populates="calibrations")


class SignatureRecord(Base):
    """What this database knows of one signature applied to an appraisal PDF."""

    __tablename__ = "signature_records"
    __table_args__ = (
        UniqueConstraint("appraisal_id", "role"),
        CheckConstraint("length(certificate_sha256) = 64", name="certificate_sha256_length"),
        CheckConstraint("length(document_sha256) = 64", name="document_sha256_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(ForeignKey("appraisals.id", ondelete="RESTRICT"))
    signer_employee_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("employees.id", ondelete="RESTRICT"), index=True
    )
    signer_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[SignerRole] = mapped_column(enum_column(SignerRole, "signer_role"))
    signed_at: Mapped[datetime] = mapped_column()
    certificate_sha256: Mapped[str] = mapped_column(String(64))
    document_sha256: Mapped[str] = mapped_column(String(64), index=True)
    disagrees: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[Optional[str]] = mapped_column(Text)

    appraisal: Mapped[Appraisal] = relationship(back_populates="signatures")


class AuditEvent(Base):
    """Append-only trail of who changed what. Entries form a hash chain: each stores
    the SHA-256 of its own content and of the previous entry (reviewer.audit), so an
    entry edited, deleted or inserted behind the program's back breaks the chain."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Position in the chain, 1, 2, 3 …; None only for rows written before the chain existed.
    sequence: Mapped[Optional[int]] = mapped_column(Integer, unique=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_user_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("app_users.id", ondelete="SET NULL"), index=True
    )
    # The profile's name at the time: kept when the profile is renamed or removed.
    actor_name: Mapped[Optional[str]] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[Optional[int]] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    previous_hash: Mapped[Optional[str]] = mapped_column(String(64))
    entry_hash: Mapped[Optional[str]] = mapped_column(String(64))


class SigningCertificate(Base):
    """A certificate this database knows: a person's signing identity or the
    company CA that issued it. Private keys stay in password-protected PKCS#12
    files in the data folder, never here; a signature whose certificate (or its
    issuer) is listed here is "known" when a document is verified."""

    __tablename__ = "signing_certificates"
    __table_args__ = (CheckConstraint("length(fingerprint) = 64", name="fingerprint_length"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 of the DER certificate
    subject: Mapped[str] = mapped_column(String(300))
    holder_name: Mapped[str] = mapped_column(String(100))
    employee_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("employees.id", ondelete="SET NULL"), index=True
    )
    is_ca: Mapped[bool] = mapped_column(Boolean, default=False)
    issuer_fingerprint: Mapped[Optional[str]] = mapped_column(String(64))  # None when self-signed
    der: Mapped[bytes] = mapped_column(LargeBinary)
    key_file: Mapped[Optional[str]] = mapped_column(String(300))  # PKCS#12 file name in the identities folder
    not_after: Mapped[datetime] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

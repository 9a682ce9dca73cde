"""Calibration sessions: who is calibrated together, under which codes, and the order
HR keeps within a position. The moves themselves are CalibrationAdjustment rows."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow

SCOPE_KINDS = ("cycle", "department", "position")
POTENTIAL_LEVELS = ("low", "medium", "high")


class CalibrationSession(Base):
    """HR's meeting over one scope of a cycle in calibration. Open while closed_at is
    None; closing locks its moves and, in blind mode, reveals the names."""

    __tablename__ = "calibration_sessions"
    __table_args__ = (
        CheckConstraint("scope_kind IN ('cycle', 'department', 'position')", name="scope_kind_known"),
        CheckConstraint("scope_kind <> 'department' OR department_id IS NOT NULL", name="department_scope_named"),
        CheckConstraint("scope_kind <> 'position' OR position_id IS NOT NULL", name="position_scope_named"),
        CheckConstraint("length(name) > 0", name="name_required"),
        Index("ix_calibration_sessions_cycle", "cycle_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # RESTRICT: a cycle with sessions is past draft and is never deleted.
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(100))
    scope_kind: Mapped[str] = mapped_column(String(12))
    department_id: Mapped[Optional[int]] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"))
    position_id: Mapped[Optional[int]] = mapped_column(ForeignKey("positions.id", ondelete="RESTRICT"))
    blind: Mapped[bool] = mapped_column(Boolean, default=False)
    opened_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("app_users.id", ondelete="RESTRICT"))
    # The profile's name at the time, kept when the profile is renamed (as in the audit trail).
    opened_by_name: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("app_users.id", ondelete="RESTRICT"))
    closed_by_name: Mapped[Optional[str]] = mapped_column(String(100))
    closed_at: Mapped[Optional[datetime]] = mapped_column()

    members: Mapped[list[CalibrationMember]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="CalibrationMember.id")
    participants: Mapped[list[CalibrationParticipant]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="CalibrationParticipant.id")


class CalibrationParticipant(Base):
    """A manager (or anyone HR invites) who sits in the session and may read it."""

    __tablename__ = "calibration_participants"
    __table_args__ = (UniqueConstraint("session_id", "employee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), index=True)

    session: Mapped[CalibrationSession] = relationship(back_populates="participants")


class CalibrationMember(Base):
    """A person calibrated in the session, with the band they had when it opened (the
    "before" of the distribution)."""

    __tablename__ = "calibration_members"
    __table_args__ = (
        UniqueConstraint("session_id", "appraisal_id"),
        Index("ix_calibration_members_appraisal", "appraisal_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"))
    appraisal_id: Mapped[int] = mapped_column(ForeignKey("appraisals.id", ondelete="RESTRICT"))
    band_at_open_id: Mapped[Optional[int]] = mapped_column(ForeignKey("rating_bands.id", ondelete="RESTRICT"))
    potential_at_open: Mapped[Optional[str]] = mapped_column(String(10))

    session: Mapped[CalibrationSession] = relationship(back_populates="members")


class CalibrationCode(Base):
    """The stable code (P-017) under which a person, or a manager, appears in a blind
    session. Drawn at random when the session opens, so a code says nothing of the name."""

    __tablename__ = "calibration_codes"
    __table_args__ = (
        UniqueConstraint("session_id", "employee_id"),
        UniqueConstraint("session_id", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("calibration_sessions.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    code: Mapped[str] = mapped_column(String(12))


class PositionRanking(Base):
    """One person's place in the ranking of a position within a cycle (1 = best)."""

    __tablename__ = "position_rankings"
    __table_args__ = (
        UniqueConstraint("cycle_id", "employee_id"),
        CheckConstraint("rank >= 1", name="rank_positive"),
        Index("ix_position_rankings_cycle_position", "cycle_id", "position_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    position_id: Mapped[int] = mapped_column(ForeignKey("positions.id", ondelete="RESTRICT"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    rank: Mapped[int] = mapped_column(Integer)
    ranked_by_name: Mapped[str] = mapped_column(String(100))
    ranked_at: Mapped[datetime] = mapped_column(default=utcnow)

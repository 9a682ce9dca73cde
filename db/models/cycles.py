"""Appraisal cycles, their settings and rating bands."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
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
from .enums import CycleStage, Frequency

# Scores are on a 0-100 scale; extra credit for beating targets may lift the KPI
# part and the final score up to this bound.
MAX_SCORE = 150


class Cycle(Base):
    __tablename__ = "cycles"
    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period_order"),
        CheckConstraint(
            "kpi_weight >= 0 AND competency_weight >= 0 AND kpi_weight + competency_weight = 100",
            name="part_weights_total_100",
        ),
        CheckConstraint("anonymity_threshold BETWEEN 1 AND 20", name="anonymity_threshold_range"),
        CheckConstraint("distribution_margin_pct IS NULL OR (distribution_margin_pct >= 0 AND "
                        "distribution_margin_pct <= 100)", name="distribution_margin_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    frequency: Mapped[Frequency] = mapped_column(enum_column(Frequency, "frequency"))
    stage: Mapped[CycleStage] = mapped_column(
        enum_column(CycleStage, "cycle_stage"), default=CycleStage.DRAFT, index=True
    )
    kpi_weight: Mapped[float] = mapped_column(Float, default=70.0)
    competency_weight: Mapped[float] = mapped_column(Float, default=30.0)
    anonymity_threshold: Mapped[int] = mapped_column(Integer, default=3)
    # RESTRICT: a template a cycle uses is versioned, never deleted.
    form_template_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("form_templates.id", ondelete="RESTRICT"), index=True
    )
    # The day HR publishes the 360 results before the 360 stage ends (None: they
    # are published when the cycle moves past the 360 stage).
    feedback_release_date: Mapped[Optional[date]] = mapped_column(Date)
    # Weight of each rater group inside the competency part, keyed by relationship
    # value (None: the house defaults, reviewer.cycles.settings).
    group_weights: Mapped[Optional[dict[str, float]]] = mapped_column(JSON)
    # Department ids whose people (with their sub-departments) are in the cycle;
    # None: the whole company.
    department_scope: Mapped[Optional[list[int]]] = mapped_column(JSON)
    # Stage value -> ISO date by which that stage should be done.
    stage_due_dates: Mapped[Optional[dict[str, str]]] = mapped_column(JSON)
    # Where the settings were copied from: a note, not a foreign key, so that SQLite can
    # take the column out again on a downgrade without rebuilding the referenced table.
    copied_from_id: Mapped[Optional[int]] = mapped_column(Integer)
    # Set when the cycle enters calibration: scores no longer follow their inputs.
    scores_frozen_at: Mapped[Optional[datetime]] = mapped_column()
    # HR released the appraisals: the manager's parts join the employee's document.
    released_at: Mapped[Optional[datetime]] = mapped_column()
    closed_at: Mapped[Optional[datetime]] = mapped_column()
    # How far (percentage points) a band's share may stray from its guideline before
    # calibration warns (None: the house default, reviewer.calibration.distribution).
    distribution_margin_pct: Mapped[Optional[float]] = mapped_column(Float)
    # When set, a calibration session cannot be closed while a band is off by more than the margin.
    enforce_distribution: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    rating_bands: Mapped[list[RatingBand]] = relationship(
        back_populates="cycle", cascade="all, delete-orphan", order_by="RatingBand.min_score.desc()"
    )


class RatingBand(Base):
    """A final label such as Outstanding, reached at min_score; guideline_pct is the
    distribution guideline (at most this share of people) used in calibration."""

    __tablename__ = "rating_bands"
    __table_args__ = (
        UniqueConstraint("cycle_id", "code"),
        UniqueConstraint("cycle_id", "min_score"),
        CheckConstraint(f"min_score >= 0 AND min_score <= {MAX_SCORE}", name="min_score_range"),
        CheckConstraint(
            "guideline_pct IS NULL OR (guideline_pct >= 0 AND guideline_pct <= 100)",
            name="guideline_pct_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    name_zh: Mapped[Optional[str]] = mapped_column(String(60))
    min_score: Mapped[float] = mapped_column(Float)
    guideline_pct: Mapped[Optional[float]] = mapped_column(Float)

    cycle: Mapped[Cycle] = relationship(back_populates="rating_bands")


class CycleParticipant(Base):
    """A person in a cycle: everyone active on the start date in its scope, and people
    added later. A leaver stays a participant (what exists is kept) and is shown as such."""

    __tablename__ = "cycle_participants"
    __table_args__ = (
        UniqueConstraint("cycle_id", "employee_id"),
        Index("ix_cycle_participants_employee", "employee_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    # False for the people taken in when the cycle was created.
    added_late: Mapped[bool] = mapped_column(default=False)
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class CycleStageEvent(Base):
    """A stage change and its reasons: an advance, a step back, or a person let past
    a gate (or a close) without meeting it. Reasons are required except for a plain advance."""

    __tablename__ = "cycle_stage_events"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('advance', 'reopen', 'exception')", name="stage_event_kind"
        ),
        CheckConstraint(
            "kind = 'advance' OR (reason IS NOT NULL AND length(reason) > 0)", name="reason_required"
        ),
        CheckConstraint("kind <> 'exception' OR employee_id IS NOT NULL", name="exception_names_person"),
        Index("ix_cycle_stage_events_cycle", "cycle_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    from_stage: Mapped[CycleStage] = mapped_column(enum_column(CycleStage, "from_stage"))
    to_stage: Mapped[CycleStage] = mapped_column(enum_column(CycleStage, "to_stage"))
    employee_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("employees.id", ondelete="RESTRICT"), index=True
    )
    # The blocker code the exception lets the person past (e.g. "no_targets").
    blocker: Mapped[Optional[str]] = mapped_column(String(40))
    reason: Mapped[Optional[str]] = mapped_column(Text)
    actor_user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("app_users.id", ondelete="SET NULL"))
    actor_name: Mapped[Optional[str]] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)

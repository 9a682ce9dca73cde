"""Appraisal cycles, their settings and rating bands."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
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

"""Improvement plans: goals, actions, check-ins, warnings and an outcome."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column, utcnow
from .enums import ActionKind, GoalHorizon, GoalStatus, PlanOutcome, PlanStatus, RootCause


class ImprovementPlan(Base):
    __tablename__ = "improvement_plans"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="period_order"),
        CheckConstraint("length(reason) > 0", name="reason_required"),
        CheckConstraint(
            "(status = 'closed') = (outcome IS NOT NULL)", name="closed_has_outcome"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employees.id", ondelete="RESTRICT"), index=True
    )
    owner_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), index=True)
    cycle_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("cycles.id", ondelete="SET NULL"), index=True
    )
    reason: Mapped[str] = mapped_column(Text)
    analysis: Mapped[Optional[str]] = mapped_column(Text)
    root_cause: Mapped[Optional[RootCause]] = mapped_column(enum_column(RootCause, "root_cause"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    status: Mapped[PlanStatus] = mapped_column(
        enum_column(PlanStatus, "plan_status"), default=PlanStatus.DRAFT, index=True
    )
    outcome: Mapped[Optional[PlanOutcome]] = mapped_column(enum_column(PlanOutcome, "plan_outcome"))
    outcome_note: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    goals: Mapped[list[PlanGoal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanGoal.position"
    )
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )
    check_ins: Mapped[list[PlanCheckIn]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanCheckIn.held_on"
    )
    warnings: Mapped[list[PlanWarning]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanWarning.issued_on"
    )


class PlanGoal(Base):
    __tablename__ = "plan_goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    horizon: Mapped[GoalHorizon] = mapped_column(enum_column(GoalHorizon, "goal_horizon"))
    description: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(
        enum_column(GoalStatus, "goal_status"), default=GoalStatus.OPEN
    )

    plan: Mapped[ImprovementPlan] = relationship(back_populates="goals")


class PlanAction(Base):
    __tablename__ = "plan_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_plans.id", ondelete="CASCADE"), index=True
    )
    goal_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("plan_goals.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[ActionKind] = mapped_column(enum_column(ActionKind, "action_kind"))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[Optional[str]] = mapped_column(String(100))
    due_date: Mapped[Optional[date]] = mapped_column(Date)
    done_on: Mapped[Optional[date]] = mapped_column(Date)

    plan: Mapped[ImprovementPlan] = relationship(back_populates="actions")


class PlanCheckIn(Base):
    __tablename__ = "plan_check_ins"
    __table_args__ = (
        CheckConstraint("progress_pct >= 0 AND progress_pct <= 100", name="progress_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_plans.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    progress_pct: Mapped[int] = mapped_column(SmallInteger)
    notes: Mapped[Optional[str]] = mapped_column(Text)
    recorded_by_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("app_users.id", ondelete="SET NULL")
    )

    plan: Mapped[ImprovementPlan] = relationship(back_populates="check_ins")


class PlanWarning(Base):
    """A formal warning issued when a plan shows no progress by its deadline."""

    __tablename__ = "plan_warnings"
    __table_args__ = (CheckConstraint("length(reason) > 0", name="reason_required"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_plans.id", ondelete="CASCADE"), index=True
    )
    issued_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    issued_by_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("app_users.id", ondelete="SET NULL")
    )

    plan: Mapped[ImprovementPlan] = relationship(back_populates="warnings")

"""Improvement and development plans: goals (with their revisions), actions, check-ins
with progress per goal, warnings and recognition, acknowledgements per version, the
plan's own timeline, and signatures on its PDF."""
from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, enum_column, utcnow
from .enums import ActionKind, GoalHorizon, GoalStatus, PlanOutcome, PlanStatus, RootCause, SignerRole


class ImprovementPlan(Base):
    __tablename__ = "improvement_plans"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="period_order"),
        CheckConstraint("length(reason) > 0", name="reason_required"),
        CheckConstraint(
            "(status = 'closed') = (outcome IS NOT NULL)", name="closed_has_outcome"
        ),
        CheckConstraint("kind IN ('improvement', 'development')", name="kind_known"),
        CheckConstraint("source IN ('appraisal', 'alert', 'scratch')", name="source_known"),
        CheckConstraint("cadence_days IN (7, 14)", name="cadence_known"),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("extensions >= 0", name="extensions_non_negative"),
    )

    # Raised by every ORM save; an UPDATE that finds another number was based on a stale
    # read and is refused (reviewer.database.stale names who changed the row).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

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
    # Improvement (below standard) or development (anyone, not punitive): the same structure.
    kind: Mapped[str] = mapped_column(String(12), default="improvement")
    source: Mapped[str] = mapped_column(String(12), default="scratch")
    source_appraisal_id: Mapped[Optional[int]] = mapped_column(ForeignKey("appraisals.id", ondelete="SET NULL"))
    # What the company commits to (training budget, a mentor's time, tools).
    support: Mapped[Optional[str]] = mapped_column(Text)
    cadence_days: Mapped[int] = mapped_column(SmallInteger, default=14)
    # Raised by every change of the goals after an acknowledgement: the employee
    # acknowledges each version.
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Approval by HR is a moment, not a status: draft until approved, active once acknowledged.
    approved_at: Mapped[Optional[datetime]] = mapped_column()
    approved_by_name: Mapped[Optional[str]] = mapped_column(String(100))
    extensions: Mapped[int] = mapped_column(SmallInteger, default=0)
    closed_at: Mapped[Optional[datetime]] = mapped_column()
    closed_by_name: Mapped[Optional[str]] = mapped_column(String(100))

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
    baseline: Mapped[Optional[str]] = mapped_column(Text)
    target: Mapped[Optional[str]] = mapped_column(Text)
    # The KPI (improvement) or competency (development) the goal is about, when it is one.
    kpi_id: Mapped[Optional[int]] = mapped_column(ForeignKey("kpis.id", ondelete="SET NULL"))
    competency_id: Mapped[Optional[int]] = mapped_column(ForeignKey("competencies.id", ondelete="SET NULL"))

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
    """A dated, worded note on a plan: a formal warning (naming the check-in that recorded
    the shortfall and the goals missed) or a recognition of a milestone."""

    __tablename__ = "plan_warnings"
    __table_args__ = (
        CheckConstraint("length(reason) > 0", name="reason_required"),
        CheckConstraint("kind IN ('warning', 'recognition')", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_plans.id", ondelete="CASCADE"), index=True
    )
    issued_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    issued_by_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("app_users.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(12), default="warning")
    # The check-in that recorded the shortfall: the plan service requires one for a new
    # warning (warnings written before it existed have none).
    check_in_id: Mapped[Optional[int]] = mapped_column(ForeignKey("plan_check_ins.id", ondelete="RESTRICT"))
    goal_ids: Mapped[Optional[list[int]]] = mapped_column(JSON)

    plan: Mapped[ImprovementPlan] = relationship(back_populates="warnings")


class PlanGoalRevision(Base):
    """A goal changed after the plan was approved: what it was, what it became, and why."""

    __tablename__ = "plan_goal_revisions"
    __table_args__ = (CheckConstraint("length(reason) > 0", name="reason_required"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("plan_goals.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by_name: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    before: Mapped[dict] = mapped_column(JSON)
    after: Mapped[dict] = mapped_column(JSON)


class PlanAcknowledgement(Base):
    """The employee's receipt of one version of the plan (receipt, not agreement)."""

    __tablename__ = "plan_acknowledgements"
    __table_args__ = (UniqueConstraint("plan_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("improvement_plans.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    acknowledged_at: Mapped[datetime] = mapped_column(default=utcnow)
    disagrees: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[Optional[str]] = mapped_column(Text)


class PlanCheckInGoal(Base):
    """One goal's progress at a check-in."""

    __tablename__ = "plan_check_in_goals"
    __table_args__ = (
        UniqueConstraint("check_in_id", "goal_id"),
        CheckConstraint("progress_pct >= 0 AND progress_pct <= 100", name="progress_range"),
        CheckConstraint("state IN ('on_track', 'at_risk', 'off_track')", name="state_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    check_in_id: Mapped[int] = mapped_column(ForeignKey("plan_check_ins.id", ondelete="CASCADE"))
    goal_id: Mapped[int] = mapped_column(ForeignKey("plan_goals.id", ondelete="CASCADE"), index=True)
    progress_pct: Mapped[int] = mapped_column(SmallInteger)
    state: Mapped[str] = mapped_column(String(10))
    note: Mapped[Optional[str]] = mapped_column(Text)


class PlanEvent(Base):
    """The plan's own timeline: approved, acknowledged, extended, closed, reopened. (Every
    row change is on the audit trail too; this is what the plan document tells.)"""

    __tablename__ = "plan_events"
    __table_args__ = (
        CheckConstraint("kind IN ('approved', 'acknowledged', 'extended', 'closed', 'goals_changed')",
                        name="kind_known"),
        Index("ix_plan_events_plan", "plan_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("improvement_plans.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by_name: Mapped[str] = mapped_column(String(100))
    reason: Mapped[Optional[str]] = mapped_column(Text)
    details: Mapped[Optional[dict]] = mapped_column(JSON)


class PlanSignatureRecord(Base):
    """What this database knows of one signature applied to a plan PDF (as SignatureRecord
    for appraisals)."""

    __tablename__ = "plan_signature_records"
    __table_args__ = (
        UniqueConstraint("plan_id", "version", "role"),
        CheckConstraint("length(certificate_sha256) = 64", name="certificate_sha256_length"),
        CheckConstraint("length(document_sha256) = 64", name="document_sha256_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("improvement_plans.id", ondelete="RESTRICT"))
    version: Mapped[int] = mapped_column(Integer)
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

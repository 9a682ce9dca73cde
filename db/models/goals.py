"""Company and department goals of a cycle, cascaded to people's targets."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, utcnow


class CycleGoal(Base):
    """A goal with its measure. No department: a company goal. A goal may serve a
    parent goal; targets name the goal they serve (Target.goal_id)."""

    __tablename__ = "cycle_goals"
    __table_args__ = (
        CheckConstraint("length(title) > 0", name="title_required"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        Index("ix_cycle_goals_cycle", "cycle_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    # RESTRICT: a goal with sub-goals is not removed from under them (the service says so).
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("cycle_goals.id", ondelete="RESTRICT"), index=True)
    department_id: Mapped[Optional[int]] = mapped_column(ForeignKey("departments.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[Optional[str]] = mapped_column(Text)
    # How the goal is measured, in words ("Revenue from new customers").
    measure: Mapped[Optional[str]] = mapped_column(String(200))
    target_value: Mapped[Optional[float]] = mapped_column(Float)
    unit: Mapped[Optional[str]] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    parent: Mapped[Optional[CycleGoal]] = relationship(remote_side="CycleGoal.id", back_populates="children")
    children: Mapped[list[CycleGoal]] = relationship(back_populates="parent", order_by="CycleGoal.sort_order")

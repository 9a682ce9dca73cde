"""The KPI library, role templates, per-cycle targets, actuals and evidence."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    BigInteger,
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
from .enums import EvidenceKind, KpiDirection, KpiKind, KpiUnit, ScoringRule


class Kpi(Base):
    """One indicator in the library. Alert bands are attainment ratios (0.8 = 80 %)."""

    __tablename__ = "kpis"
    __table_args__ = (
        CheckConstraint("length(code) > 0", name="code_not_empty"),
        CheckConstraint(
            "critical_below IS NULL OR warning_below IS NULL OR critical_below <= warning_below",
            name="critical_not_above_warning",
        ),
        CheckConstraint(
            "(warning_below IS NULL OR warning_below >= 0) AND (critical_below IS NULL OR critical_below >= 0)",
            name="alert_bands_not_negative",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[Optional[str]] = mapped_column(String(120))
    description: Mapped[Optional[str]] = mapped_column(Text)
    unit: Mapped[KpiUnit] = mapped_column(enum_column(KpiUnit, "kpi_unit"))
    direction: Mapped[KpiDirection] = mapped_column(enum_column(KpiDirection, "kpi_direction"))
    kind: Mapped[KpiKind] = mapped_column(enum_column(KpiKind, "kpi_kind"))
    category: Mapped[str] = mapped_column(String(60), index=True)
    scoring_rule: Mapped[ScoringRule] = mapped_column(
        enum_column(ScoringRule, "scoring_rule"), default=ScoringRule.LINEAR
    )
    # Rule parameters, e.g. {"floor": 0, "cap": 1.2} or {"steps": [[1.1, 120], [1.0, 100]]}.
    scoring_params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    warning_below: Mapped[Optional[float]] = mapped_column(Float)
    critical_below: Mapped[Optional[float]] = mapped_column(Float)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)


class KpiTemplate(Base):
    """A role template: the KPIs and weights a position usually carries."""

    __tablename__ = "kpi_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_zh: Mapped[Optional[str]] = mapped_column(String(120))
    description: Mapped[Optional[str]] = mapped_column(Text)
    position_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("positions.id", ondelete="SET NULL"), index=True
    )

    items: Mapped[list[KpiTemplateItem]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="KpiTemplateItem.sort_order"
    )


class KpiTemplateItem(Base):
    __tablename__ = "kpi_template_items"
    __table_args__ = (
        UniqueConstraint("template_id", "kpi_id"),
        CheckConstraint("weight > 0 AND weight <= 100", name="weight_in_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("kpi_templates.id", ondelete="CASCADE"))
    # RESTRICT: a KPI in use by a template is retired (is_active), not deleted.
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpis.id", ondelete="RESTRICT"), index=True)
    weight: Mapped[float] = mapped_column(Float)
    default_target: Mapped[Optional[float]] = mapped_column(Float)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    template: Mapped[KpiTemplate] = relationship(back_populates="items")
    kpi: Mapped[Kpi] = relationship()


class Target(Base):
    """What one employee should reach on one KPI in one cycle, and how it scores."""

    __tablename__ = "targets"
    __table_args__ = (
        UniqueConstraint("cycle_id", "employee_id", "kpi_id"),
        CheckConstraint("weight > 0 AND weight <= 100", name="weight_in_range"),
        CheckConstraint("floor_ratio >= 0 AND cap_ratio >= floor_ratio AND cap_ratio <= 3", name="floor_cap_order"),
        CheckConstraint(
            "band_low IS NULL OR band_high IS NULL OR band_low <= band_high", name="band_order"
        ),
        Index("ix_targets_employee_cycle", "employee_id", "cycle_id"),
    )

    # Raised by every ORM save; an UPDATE that finds another number was based on a stale
    # read and is refused (reviewer.database.stale names who changed the row).
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}

    id: Mapped[int] = mapped_column(primary_key=True)
    # CASCADE: a cycle is only ever deleted while still a draft (the service guards it).
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    kpi_id: Mapped[int] = mapped_column(ForeignKey("kpis.id", ondelete="RESTRICT"), index=True)
    target_value: Mapped[float] = mapped_column(Float)
    weight: Mapped[float] = mapped_column(Float)
    band_low: Mapped[Optional[float]] = mapped_column(Float)
    band_high: Mapped[Optional[float]] = mapped_column(Float)
    floor_ratio: Mapped[float] = mapped_column(Float, default=0.0)
    cap_ratio: Mapped[float] = mapped_column(Float, default=1.2)
    # Per-target override of the KPI's step thresholds, when the KPI scores by steps.
    thresholds: Mapped[Optional[list[Any]]] = mapped_column(JSON)
    # The company or department goal this target serves (goal cascading).
    goal_id: Mapped[Optional[int]] = mapped_column(ForeignKey("cycle_goals.id", ondelete="SET NULL"), index=True)

    kpi: Mapped[Kpi] = relationship()
    actuals: Mapped[list[Actual]] = relationship(
        back_populates="target", order_by="Actual.as_of", cascade="all, delete-orphan"
    )


class Actual(Base):
    """One reported result. Corrections add a row; history is never overwritten."""

    __tablename__ = "actuals"
    __table_args__ = (Index("ix_actuals_target_as_of", "target_id", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("targets.id", ondelete="CASCADE"))
    value: Mapped[float] = mapped_column(Float)
    as_of: Mapped[date] = mapped_column(Date)
    source: Mapped[Optional[str]] = mapped_column(String(100))
    note: Mapped[Optional[str]] = mapped_column(Text)
    entered_by_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("app_users.id", ondelete="SET NULL"), index=True
    )
    entered_at: Mapped[datetime] = mapped_column(default=utcnow)

    target: Mapped[Target] = relationship(back_populates="actuals")


class StoredFile(Base):
    """A file in the managed evidence store, named by its content hash (stored once)."""

    __tablename__ = "stored_files"
    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
    )

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[Optional[str]] = mapped_column(String(120))
    stored_at: Mapped[datetime] = mapped_column(default=utcnow)


class Evidence(Base):
    """A file, note or link supporting exactly one target, answer or plan check-in."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN target_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN answer_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN check_in_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="exactly_one_owner",
        ),
        CheckConstraint(
            "(kind = 'file') = (file_sha256 IS NOT NULL AND original_name IS NOT NULL)",
            name="file_fields_match_kind",
        ),
        CheckConstraint("kind <> 'link' OR url IS NOT NULL", name="link_has_url"),
        CheckConstraint("kind <> 'note' OR note IS NOT NULL", name="note_has_text"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[EvidenceKind] = mapped_column(enum_column(EvidenceKind, "evidence_kind"))
    target_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("targets.id", ondelete="CASCADE"), index=True
    )
    answer_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), index=True
    )
    check_in_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("plan_check_ins.id", ondelete="CASCADE"), index=True
    )
    # RESTRICT: the store keeps a file while any evidence row still points at it.
    file_sha256: Mapped[Optional[str]] = mapped_column(
        ForeignKey("stored_files.sha256", ondelete="RESTRICT"), index=True
    )
    original_name: Mapped[Optional[str]] = mapped_column(String(255))
    note: Mapped[Optional[str]] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(String(2000))
    added_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("app_users.id", ondelete="SET NULL"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)

    stored_file: Mapped[Optional[StoredFile]] = relationship()

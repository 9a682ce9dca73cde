"""The KPI library: indicators with unit, direction, kind, scoring rule and alert bands."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Kpi, KpiDirection, KpiKind, KpiTemplateItem, KpiUnit, ScoringRule, Target

from ..access import acting, require_hr
from ..cycles.catalogue import category_zh, description_zh
from ..errors import NotFound, RowProblem, ValidationError
from ..text import hidden_character_problem


@dataclass(frozen=True)
class KpiRow:
    id: int
    code: str
    name: str
    name_zh: str | None
    unit: KpiUnit
    direction: KpiDirection
    kind: KpiKind
    category: str
    rule: ScoringRule
    is_active: bool
    targets: int  # how many targets use it
    category_zh: str | None = None  # the catalogue's Chinese name of the category, for display
    description: str | None = None
    description_zh: str | None = None  # the catalogue's Chinese description while the English one is unchanged


@dataclass(frozen=True)
class KpiLibrary:
    """The library as the KPI page shows it, with what the acting user may do."""
    rows: tuple[KpiRow, ...]
    categories: tuple[tuple[str, str | None], ...]  # (stored name, Chinese name) of every category in use
    can_edit: bool
    read_only_code: str | None = None  # why the user may not edit, as a message code
    read_only_params: dict[str, Any] = field(default_factory=dict)


@dataclass
class KpiInput:
    code: str
    name: str
    unit: KpiUnit
    direction: KpiDirection
    kind: KpiKind
    category: str
    rule: ScoringRule = ScoringRule.LINEAR
    name_zh: str | None = None
    description: str | None = None
    floor_pct: float = 0.0  # linear: below this attainment, no points
    cap_pct: float = 120.0  # linear: points stop growing here (extra credit above 100)
    steps: list[tuple[float, float]] = field(default_factory=list)  # (attainment %, points)
    warning_below_pct: float | None = 80.0
    critical_below_pct: float | None = 60.0
    is_active: bool = True
    # For display only, never saved: the catalogue's Chinese texts (reviewer.cycles.catalogue).
    category_zh: str | None = None
    description_zh: str | None = None

    @classmethod
    def from_kpi(cls, kpi: Kpi) -> "KpiInput":
        params = kpi.scoring_params or {}
        return cls(
            code=kpi.code, name=kpi.name, name_zh=kpi.name_zh, description=kpi.description, unit=kpi.unit,
            direction=kpi.direction, kind=kpi.kind, category=kpi.category, rule=kpi.scoring_rule,
            floor_pct=_percent(params.get("floor", 0.0)), cap_pct=_percent(params.get("cap", 1.2)),
            steps=[(_percent(ratio), points) for ratio, points in params.get("steps", [])],
            warning_below_pct=_percent(kpi.warning_below), critical_below_pct=_percent(kpi.critical_below),
            is_active=kpi.is_active, category_zh=category_zh(kpi.category),
            description_zh=description_zh(kpi.code, kpi.description))

    def scoring_params(self) -> dict[str, Any]:
        if self.rule == ScoringRule.STEPS:
            return {"steps": [[round(pct / 100, 4), points] for pct, points in sorted(self.steps, reverse=True)]}
        return {"floor": round(self.floor_pct / 100, 4), "cap": round(self.cap_pct / 100, 4)}


def _percent(ratio: float | None) -> float | None:
    """Stored ratios back as the percentages users typed (1.1 -> 110, not 110.00000000000001)."""
    return None if ratio is None else round(100 * ratio, 4)


def list_kpis(session: Session) -> list[KpiRow]:
    """The whole library with how widely each KPI is used, by category then code."""
    used = dict(session.execute(select(Target.kpi_id, func.count()).group_by(Target.kpi_id)).all())
    return [KpiRow(k.id, k.code, k.name, k.name_zh, k.unit, k.direction, k.kind, k.category, k.scoring_rule,
                   k.is_active, used.get(k.id, 0), category_zh(k.category), k.description,
                   description_zh(k.code, k.description))
            for k in session.scalars(select(Kpi).order_by(Kpi.category, Kpi.code))]


def kpi_library(session: Session) -> KpiLibrary:
    """The library, its categories and whether the acting user may change it."""
    rows = list_kpis(session)
    categories = tuple(sorted({(r.category, r.category_zh) for r in rows}))
    actor = acting(session)
    if actor.may_write:
        return KpiLibrary(tuple(rows), categories, True)
    return KpiLibrary(tuple(rows), categories, False, "auditor_reads_only", {"name": actor.display_name})


def check_kpi(session: Session, data: KpiInput, kpi_id: int | None = None) -> list[RowProblem]:
    """Every problem with the editor's values, by field."""
    problems: list[RowProblem] = []

    def problem(key, code, **params):
        problems.append(RowProblem(None, key, code, params))

    code = data.code.strip()
    if not code:
        problem("code", "missing")
    elif len(code) > 30:
        problem("code", "too_long", length=len(code), limit=30)
    else:
        holder = session.scalar(select(Kpi).where(Kpi.code == code))
        if holder is not None and holder.id != kpi_id:
            problem("code", "kpi_code_taken", value=code, name=holder.name)
    if not data.name.strip():
        problem("name", "missing")
    if not data.category.strip():
        problem("category", "missing")
    if data.rule == ScoringRule.LINEAR:
        if data.floor_pct < 0 or data.cap_pct > 300:
            problem("scoring", "percent_range", low=0, high=300)
        elif data.floor_pct > data.cap_pct:
            problem("scoring", "floor_above_cap", floor=data.floor_pct, cap=data.cap_pct)
    elif data.rule == ScoringRule.STEPS:
        thresholds = [pct for pct, _points in data.steps]
        if not data.steps:
            problem("scoring", "steps_missing")
        elif len(set(thresholds)) != len(thresholds):
            problem("scoring", "steps_repeat")
        elif any(points < 0 or points > 150 or pct < 0 for pct, points in data.steps):
            problem("scoring", "steps_range")
    elif data.rule == ScoringRule.BAND and data.direction != KpiDirection.TARGET_BAND:
        problem("scoring", "band_needs_band_direction")
    warning, critical = data.warning_below_pct, data.critical_below_pct
    if warning is not None and critical is not None and critical > warning:
        problem("alerts", "critical_above_warning", critical=critical, warning=warning)
    if any(v is not None and not 0 <= v <= 300 for v in (warning, critical)):
        problem("alerts", "percent_range", low=0, high=300)
    # The names a list, a PDF and an export show; the description is free text over lines.
    for key, value in (("code", data.code), ("name", data.name), ("name", data.name_zh), ("category", data.category)):
        hidden = hidden_character_problem(key, value.strip() if value else value)
        if hidden is not None:
            problems.append(hidden)
    return problems


def _apply(kpi: Kpi, data: KpiInput) -> None:
    kpi.code, kpi.name = data.code.strip(), data.name.strip()
    kpi.name_zh = (data.name_zh or "").strip() or None
    kpi.description = (data.description or "").strip() or None
    kpi.unit, kpi.direction, kpi.kind = data.unit, data.direction, data.kind
    kpi.category, kpi.scoring_rule = data.category.strip(), data.rule
    kpi.scoring_params = data.scoring_params()
    kpi.warning_below = None if data.warning_below_pct is None else data.warning_below_pct / 100
    kpi.critical_below = None if data.critical_below_pct is None else data.critical_below_pct / 100
    kpi.is_active = data.is_active


def save_kpi(session: Session, data: KpiInput, kpi_id: int | None = None) -> int:
    """Create (no id) or update a KPI; returns its id. The library is company-wide: HR only."""
    require_hr(session)
    problems = check_kpi(session, data, kpi_id)
    if problems:
        raise ValidationError.listing(problems)
    if kpi_id is None:
        kpi = Kpi(code="", name="", unit=data.unit, direction=data.direction, kind=data.kind, category="")
        session.add(kpi)
    else:
        kpi = session.get(Kpi, kpi_id)
        if kpi is None:
            raise NotFound.coded("kpi_unknown_id", id=kpi_id)
    _apply(kpi, data)
    session.flush()
    return kpi.id


def kpi_input(session: Session, kpi_id: int) -> KpiInput:
    kpi = session.get(Kpi, kpi_id)
    if kpi is None:
        raise NotFound.coded("kpi_unknown_id", id=kpi_id)
    return KpiInput.from_kpi(kpi)


def delete_kpi(session: Session, kpi_id: int) -> None:
    """Remove an unused KPI; one used by targets or templates can only be retired. HR only."""
    require_hr(session)
    kpi = session.get(Kpi, kpi_id)
    if kpi is None:
        raise NotFound.coded("kpi_unknown_id", id=kpi_id)
    uses = session.scalar(select(func.count()).select_from(Target).where(Target.kpi_id == kpi_id)) + \
        session.scalar(select(func.count()).select_from(KpiTemplateItem).where(KpiTemplateItem.kpi_id == kpi_id))
    if uses:
        raise ValidationError.coded("kpi_in_use", code=kpi.code, count=uses)
    session.delete(kpi)
    session.flush()

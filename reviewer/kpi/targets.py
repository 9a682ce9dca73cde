"""Targets: who must reach what on which KPI in a cycle, and how it scores."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from db.models import (
    Actual,
    AppraisalTargetReview,
    Cycle,
    Employee,
    Kpi,
    KpiDirection,
    KpiTemplate,
    KpiUnit,
    Position,
    Target,
)

from . import scoring
from .actuals import latest_readings
from ..cycles.scoring import refresh_cycle_scores
from ..access import acting, visible_employee_ids
from ..cycles.choices import read_only_reason
from ..cycles.lookup import open_cycle
from ..access import require_all_in_scope, require_hr, require_in_scope, reviewable_condition, visible_condition
from ..errors import NotFound, ValidationError
from ..people.directory import department_subtree, list_departments
from ..database.stale import check_version

WEIGHT_TOTAL = 100.0
WEIGHT_TOLERANCE = 1e-6  # sums of decimal weights are not exact: 33.3 + 33.3 + 33.4 is 100


def targets_in_use(session: Session, target_ids: list[int]) -> set[int]:
    """The targets that must stay: those with results, and those a self-review or manager
    review wrote about (dropping the target would delete those words with it)."""
    found: set[int] = set()
    for chunk in (target_ids[i:i + 5000] for i in range(0, len(target_ids), 5000)):
        found.update(session.scalars(select(Actual.target_id).where(Actual.target_id.in_(chunk))))
        found.update(session.scalars(select(AppraisalTargetReview.target_id).where(
            AppraisalTargetReview.target_id.in_(chunk),
            or_(AppraisalTargetReview.self_rating.is_not(None), AppraisalTargetReview.self_comment.is_not(None),
                AppraisalTargetReview.manager_comment.is_not(None)))))
    return found


def weights_balanced(total: float) -> bool:
    """Whether a person's target weights total 100 %: the one place this rule lives."""
    return abs(total - WEIGHT_TOTAL) <= WEIGHT_TOLERANCE


@dataclass(frozen=True)
class AssignResult:
    people: int
    created: int  # targets created
    kept: int  # people who already had targets and were left as they were
    replaced: int  # people whose targets were replaced


@dataclass(frozen=True)
class TargetRow:
    id: int
    kpi_code: str
    kpi_name: str
    kpi_name_zh: str | None
    unit: KpiUnit
    direction: KpiDirection
    target_value: float
    weight: float
    band_low: float | None
    band_high: float | None
    actual: float | None
    as_of: date | None
    attainment: float | None
    points: float | None
    # The target's row version when this row was read: a save from a form loaded with it
    # is refused if someone else saved the target meanwhile (update_target).
    row_version: int | None = None


def select_people(session: Session, position_id: int | None = None, department_id: int | None = None,
                  employee_ids: list[int] | None = None) -> list[int]:
    """Active people by position, by department (with its sub-departments), or by hand;
    only those the acting user may give targets to (a manager: their line)."""
    query = select(Employee.id).where(Employee.is_active, reviewable_condition(session, Employee.id))
    if position_id is not None:
        query = query.where(Employee.position_id == position_id)
    if department_id is not None:
        query = query.where(Employee.department_id.in_(department_subtree(list_departments(session), department_id)))
    if employee_ids is not None:
        query = query.where(Employee.id.in_(employee_ids))
    return list(session.scalars(query.order_by(Employee.employee_no)))


def assign_template(session: Session, cycle_id: int, template_id: int, employee_ids: list[int],
                    replace: bool = False) -> AssignResult:
    """Give each person the template's KPIs, weights and default targets. People who
    already have targets keep them unless ``replace``; targets with results are never
    removed (they stay, and the template's other KPIs are added)."""
    require_all_in_scope(session, employee_ids, change=True)
    open_cycle(session, cycle_id, "targets")
    template = session.get(KpiTemplate, template_id)
    if template is None:
        raise NotFound.coded("kpi_template_unknown", id=template_id)
    existing: dict[int, dict[int, int]] = defaultdict(dict)
    for target_id, employee_id, kpi_id in session.execute(
            select(Target.id, Target.employee_id, Target.kpi_id)
            .where(Target.cycle_id == cycle_id, Target.employee_id.in_(employee_ids))):
        existing[employee_id][kpi_id] = target_id
    with_results = targets_in_use(session, [t for current in existing.values() for t in current.values()])
    created = kept = replaced = 0
    for employee_id in employee_ids:
        current = existing.get(employee_id, {})
        if current and not replace:
            kept += 1
            continue
        if current:
            removable = [t for t in current.values() if t not in with_results]
            if removable:
                session.execute(delete(Target).where(Target.id.in_(removable)))
            current = {k: t for k, t in current.items() if t in with_results}
            replaced += 1
        for item in template.items:
            if item.kpi_id in current:
                continue
            session.add(Target(cycle_id=cycle_id, employee_id=employee_id, kpi_id=item.kpi_id,
                               target_value=item.default_target or 0.0, weight=item.weight,
                               **_band_for(item.kpi.direction, item.default_target)))
            created += 1
    session.flush()
    refresh_cycle_scores(session, cycle_id, employee_ids)
    return AssignResult(len(employee_ids), created, kept, replaced)


def _band_for(direction: KpiDirection, target: float | None) -> dict:
    if direction != KpiDirection.TARGET_BAND or target is None:
        return {}
    return {"band_low": round(target * 0.9, 4), "band_high": round(target * 1.1, 4)}


def update_target(session: Session, target_id: int, target_value: float, weight: float,
                  band_low: float | None = None, band_high: float | None = None, *,
                  version_read: int | None = None) -> None:
    """Override one person's target. ``version_read``: the target's row version when the
    user's form was loaded; the save is refused if another person saved it since."""
    target = session.get(Target, target_id)
    if target is None:
        raise NotFound.coded("target_unknown", id=target_id)
    check_version(session, target, version_read)
    require_in_scope(session, target.employee_id, change=True)
    open_cycle(session, target.cycle_id, "targets")
    if not 0 < weight <= 100:
        raise ValidationError.coded("weight_out_of_range", weight=f"{weight:g}")
    if band_low is not None and band_high is not None and band_low > band_high:
        raise ValidationError.coded("band_reversed")
    target.target_value, target.weight = target_value, weight
    target.band_low, target.band_high = band_low, band_high
    session.flush()
    refresh_cycle_scores(session, target.cycle_id, [target.employee_id])


def weight_totals(session: Session, cycle_id: int) -> dict[int, float]:
    """Each person's total target weight in the cycle."""
    return {e: round(total, 6) for e, total in session.execute(
        select(Target.employee_id, func.sum(Target.weight))
        .where(Target.cycle_id == cycle_id, visible_condition(session, Target.employee_id))
        .group_by(Target.employee_id))}


def people_off_weight(session: Session, cycle_id: int) -> dict[int, float]:
    """People whose weights do not total 100 %, with their total."""
    return {e: t for e, t in weight_totals(session, cycle_id).items() if not weights_balanced(t)}


@dataclass(frozen=True)
class PersonWeights:
    employee_id: int
    name: str
    employee_no: str
    total: float
    balanced: bool  # the weights total 100 %


@dataclass(frozen=True)
class CycleTargets:
    """Everyone with targets in a cycle, and whether the acting user may change them."""
    people: tuple[PersonWeights, ...]
    read_only_code: str | None = None  # why targets here may not change, as a message code
    read_only_params: dict = field(default_factory=dict)

    @property
    def editable(self) -> bool:
        return self.read_only_code is None

    @property
    def unbalanced(self) -> int:
        return sum(not p.balanced for p in self.people)


@dataclass(frozen=True)
class PersonTargets:
    rows: tuple[TargetRow, ...]
    total_weight: float
    balanced: bool
    editable: bool


def _read_only(session: Session, cycle_id: int) -> tuple[str, dict] | None:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    return read_only_reason(cycle, acting(session))


def cycle_targets(session: Session, cycle_id: int) -> CycleTargets:
    """The people with targets in a cycle (those the user may see), by employee number."""
    reason = _read_only(session, cycle_id)
    visible = visible_employee_ids(session)
    totals = weight_totals(session, cycle_id)
    people = []
    for employee_id, name, number in session.execute(
            select(Employee.id, Employee.name, Employee.employee_no)
            .where(Employee.id.in_(select(Target.employee_id).where(Target.cycle_id == cycle_id)))
            .order_by(Employee.employee_no)):
        if visible is None or employee_id in visible:
            total = totals[employee_id]
            people.append(PersonWeights(employee_id, name, number, total, weights_balanced(total)))
    code, params = reason or (None, {})
    return CycleTargets(tuple(people), code, params)


def person_target_sheet(session: Session, cycle_id: int, employee_id: int) -> PersonTargets:
    """One person's targets, their weight total and whether the user may change them."""
    rows = person_targets(session, cycle_id, employee_id)
    total = round(sum(r.weight for r in rows), 6)
    return PersonTargets(tuple(rows), total, weights_balanced(total), _read_only(session, cycle_id) is None)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    name_zh: str | None = None


@dataclass(frozen=True)
class AssignChoices:
    """What a template can be assigned by: templates, positions and departments."""
    templates: tuple[Choice, ...]
    positions: tuple[Choice, ...]
    departments: tuple[Choice, ...]


def assign_choices(session: Session) -> AssignChoices:
    return AssignChoices(
        tuple(Choice(t.id, t.name, t.name_zh) for t in session.scalars(select(KpiTemplate).order_by(KpiTemplate.code))),
        tuple(Choice(p.id, p.title, p.title_zh) for p in session.scalars(select(Position).order_by(Position.title))),
        tuple(Choice(d.id, d.name) for d in sorted(list_departments(session), key=lambda d: d.name)))


def assign_template_to(session: Session, cycle_id: int, template_id: int, *, employee_id: int | None = None,
                       department_id: int | None = None, position_id: int | None = None,
                       replace: bool = False) -> AssignResult:
    """Assign a template to one person, a department (with its teams) or a position."""
    if employee_id is not None:
        people = [employee_id]
    elif department_id is not None:
        people = select_people(session, department_id=department_id)
    else:
        people = select_people(session, position_id=position_id)
    return assign_template(session, cycle_id, template_id, people, replace=replace)


def points_for(kpi: Kpi, target: Target, ratio: float | None) -> float:
    """A target's points for an attainment, by its KPI's rule (the target's own step
    thresholds, if it has them, override the KPI's)."""
    steps = target.thresholds or (kpi.scoring_params or {}).get("steps")
    return scoring.target_points(kpi.scoring_rule, ratio, target.floor_ratio, target.cap_ratio, steps)


def person_targets(session: Session, cycle_id: int, employee_id: int) -> list[TargetRow]:
    """One person's targets with their latest result, attainment and points (a manager's
    own are visible to them, read-only)."""
    require_in_scope(session, employee_id)
    latest = latest_readings(session, Target.cycle_id == cycle_id, Target.employee_id == employee_id)
    rows = []
    for target, kpi in session.execute(
            select(Target, Kpi).join(Kpi).where(Target.cycle_id == cycle_id, Target.employee_id == employee_id)
            .order_by(Target.weight.desc(), Kpi.code)):
        as_of, actual = latest.get(target.id, (None, None))
        ratio = points = None
        if actual is not None:
            ratio = scoring.attainment(kpi.direction, target.target_value, actual, target.band_low, target.band_high)
            points = points_for(kpi, target, ratio)
        rows.append(TargetRow(target.id, kpi.code, kpi.name, kpi.name_zh, kpi.unit, kpi.direction,
                              target.target_value, target.weight, target.band_low, target.band_high,
                              actual, as_of, ratio, points, target.row_version))
    return rows


def copy_targets_forward(session: Session, from_cycle_id: int, to_cycle_id: int) -> AssignResult:
    """Give active people in the new cycle the same KPIs, targets and weights they had
    in an earlier one; people who already have targets in the new cycle keep them.
    It reaches the whole company, so it is HR's."""
    require_hr(session)
    open_cycle(session, to_cycle_id, "targets")
    if session.get(Cycle, from_cycle_id) is None:
        raise NotFound.coded("cycle_unknown_id", id=from_cycle_id)
    already = set(session.scalars(select(Target.employee_id).where(Target.cycle_id == to_cycle_id).distinct()))
    source = session.execute(
        select(Target).join(Employee).where(Target.cycle_id == from_cycle_id, Employee.is_active)).scalars().all()
    people = {t.employee_id for t in source}
    created = 0
    for old in source:
        if old.employee_id in already:
            continue
        session.add(Target(cycle_id=to_cycle_id, employee_id=old.employee_id, kpi_id=old.kpi_id,
                           target_value=old.target_value, weight=old.weight, band_low=old.band_low,
                           band_high=old.band_high, floor_ratio=old.floor_ratio, cap_ratio=old.cap_ratio,
                           thresholds=old.thresholds))
        created += 1
    session.flush()
    refresh_cycle_scores(session, to_cycle_id, people)
    return AssignResult(len(people), created, len(people & already), 0)

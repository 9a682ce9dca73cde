"""Starting on your own data: the shipped catalogue, and creating, listing and showing
cycles with who is in them and how far they are."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import (
    Appraisal,
    AppraisalState,
    Competency,
    Cycle,
    CycleParticipant,
    CycleStage,
    Department,
    Employee,
    FormTemplate,
    Frequency,
    Kpi,
    KpiTemplate,
    Target,
)

from ..access import acting, require_hr, reviewable_condition
from ..errors import NotFound, RowProblem, ValidationError
from ..messages import Term, Terms
from ..text import hidden_character_problem
from .catalogue import install_catalogue
from .participants import ParticipantRow, enrol_starting_participants, participant_rows
from .settings import (
    SETTINGS_LOCKED_FROM,
    Band,
    bands_of,
    default_bands,
    group_weights_of,
    replace_bands,
)

MAX_NAME = 100


# -- the catalogue ----------------------------------------------------------------------
@dataclass(frozen=True)
class CatalogueAdded:
    """How many of each part of the shipped catalogue were added (0: it was there)."""

    kpis: int
    role_templates: int
    competencies: int
    forms: int

    @property
    def anything(self) -> bool:
        return any((self.kpis, self.role_templates, self.competencies, self.forms))

    def as_dict(self) -> dict[str, int]:
        return {"kpis": self.kpis, "role_templates": self.role_templates, "competencies": self.competencies,
                "forms": self.forms}


def install_shipped_catalogue(session: Session) -> CatalogueAdded:
    """Add whatever part of the shipped catalogue (KPI library, role templates,
    competencies, both 360 forms) the database lacks; HR only, safe to run again."""
    require_hr(session)
    counted = (Kpi, KpiTemplate, Competency, FormTemplate)

    def counts() -> list[int]:
        return [session.scalar(select(func.count()).select_from(model)) for model in counted]

    before = counts()
    install_catalogue(session)
    after = counts()
    return CatalogueAdded(*(a - b for a, b in zip(after, before)))


# -- reading cycles ------------------------------------------------------------------------
@dataclass(frozen=True)
class CycleRow:
    """A cycle as listed: its stage and progress over the participants the user may review."""

    id: int
    name: str
    period_start: date
    period_end: date
    frequency: Frequency
    stage: CycleStage
    participants: int
    leavers: int
    with_targets: int
    appraisals: int
    self_reviews: int
    manager_reviews: int
    signed: int
    may_change: bool  # the acting user may change its settings now

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "period_start": self.period_start.isoformat(),
                "period_end": self.period_end.isoformat(), "frequency": self.frequency.value,
                "stage": self.stage.value, "participants": self.participants, "leavers": self.leavers,
                "with_targets": self.with_targets, "appraisals": self.appraisals,
                "self_reviews_submitted": self.self_reviews, "manager_reviews_submitted": self.manager_reviews,
                "signed": self.signed}


@dataclass(frozen=True)
class CycleDetail:
    row: CycleRow
    kpi_weight: float
    competency_weight: float
    group_weights: dict[str, float]
    bands: list[Band]
    anonymity_threshold: int
    form_template_id: int | None
    form_template: str | None  # None: each person's default form for their role
    form_template_zh: str | None
    due_dates: dict[str, str]
    departments: list[str] | None  # None: the whole company
    copied_from: str | None
    participants: list[ParticipantRow]
    locked_code: str | None = None  # why the settings can no longer change, if they cannot
    locked_params: dict[str, Any] = field(default_factory=dict)
    # Calibration's distribution rules (changeable in calibration too); None: the house margin.
    distribution_margin_pct: float | None = None
    enforce_distribution: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {**self.row.as_dict(), "distribution_margin_pct": self.distribution_margin_pct,
                "enforce_distribution": self.enforce_distribution, "kpi_weight": self.kpi_weight, "competency_weight": self.competency_weight,
                "group_weights": self.group_weights, "bands": [b.as_dict() for b in self.bands],
                "anonymity_threshold": self.anonymity_threshold, "form_template": self.form_template,
                "due_dates": self.due_dates, "departments": self.departments, "copied_from": self.copied_from,
                "settings_editable": self.locked_code is None,
                "participant_list": [p.as_dict() for p in self.participants]}


def list_cycles(session: Session) -> list[CycleRow]:
    """Every cycle, newest first, counted over the participants the acting user may
    review (a manager: their line; HR and auditors: everyone)."""
    cycles = list(session.scalars(select(Cycle).order_by(Cycle.period_start.desc(), Cycle.id.desc())))
    return _rows(session, cycles)


def cycle_detail(session: Session, cycle_id: int) -> CycleDetail:
    """A cycle's settings, stage, progress and participants (a manager sees their line's)."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    template = session.get(FormTemplate, cycle.form_template_id) if cycle.form_template_id else None
    departments = None
    if cycle.department_scope is not None:
        names = dict(session.execute(select(Department.id, Department.name)
                                     .where(Department.id.in_(cycle.department_scope))).all())
        departments = [names[d] for d in cycle.department_scope if d in names]
    source = session.get(Cycle, cycle.copied_from_id) if cycle.copied_from_id else None
    locked = ("cycle_settings_locked", {"cycle": cycle.name, "stage": Term("stage", cycle.stage)}) \
        if cycle.stage in SETTINGS_LOCKED_FROM else (None, {})
    return CycleDetail(
        row=_rows(session, [cycle])[0], kpi_weight=cycle.kpi_weight, competency_weight=cycle.competency_weight,
        group_weights={key.value: value for key, value in group_weights_of(cycle).items()},
        bands=bands_of(cycle), anonymity_threshold=cycle.anonymity_threshold,
        form_template_id=cycle.form_template_id,
        form_template=f"{template.name} (v{template.version})" if template else None,
        form_template_zh=f"{template.name_zh or template.name} (v{template.version})" if template else None,
        due_dates=dict(cycle.stage_due_dates or {}), departments=departments,
        copied_from=source.name if source else None, participants=participant_rows(session, cycle.id),
        locked_code=locked[0], locked_params=locked[1], distribution_margin_pct=cycle.distribution_margin_pct,
        enforce_distribution=bool(cycle.enforce_distribution))


def find_cycle(session: Session, name_or_id: str) -> int:
    """The id of the cycle named ``name_or_id`` (or with that id). A number that is one
    cycle's name and another's id is refused rather than guessed."""
    text = name_or_id.strip()
    cycle_id = session.scalar(select(Cycle.id).where(Cycle.name == text))
    if text.isdigit() and len(text) < 10:
        by_id = session.get(Cycle, int(text))
        if cycle_id is not None and by_id is not None and by_id.id != cycle_id:
            raise ValidationError.coded("cycle_name_or_id", value=text, other=by_id.name, id=cycle_id)
        if cycle_id is None and by_id is not None:
            cycle_id = by_id.id
    if cycle_id is None:
        names = list(session.scalars(select(Cycle.name).order_by(Cycle.period_start)))
        from ..messages import name_some

        if not names:
            raise NotFound.coded("cycle_unknown_none_yet", cycle=text)
        raise NotFound.coded("cycle_unknown_named", cycle=text, cycles=name_some(names))
    return cycle_id


def _rows(session: Session, cycles: Sequence[Cycle]) -> list[CycleRow]:
    ids = [c.id for c in cycles]
    if not ids:
        return []
    in_scope = reviewable_condition(session, Employee.id)
    participants = _per_cycle(session, select(CycleParticipant.cycle_id, func.count())
                              .join(Employee, Employee.id == CycleParticipant.employee_id)
                              .where(CycleParticipant.cycle_id.in_(ids), in_scope)
                              .group_by(CycleParticipant.cycle_id))
    leavers = _per_cycle(session, select(CycleParticipant.cycle_id, func.count())
                         .join(Employee, Employee.id == CycleParticipant.employee_id)
                         .where(CycleParticipant.cycle_id.in_(ids), in_scope, Employee.is_active.is_(False))
                         .group_by(CycleParticipant.cycle_id))
    with_targets = _per_cycle(session, select(Target.cycle_id, func.count(func.distinct(Target.employee_id)))
                              .join(Employee, Employee.id == Target.employee_id)
                              .where(Target.cycle_id.in_(ids), in_scope).group_by(Target.cycle_id))
    current = (select(Appraisal.cycle_id, func.count()).join(Employee, Employee.id == Appraisal.employee_id)
               .where(Appraisal.cycle_id.in_(ids), in_scope, Appraisal.state != AppraisalState.SUPERSEDED)
               .group_by(Appraisal.cycle_id))
    appraisals = _per_cycle(session, current)
    self_reviews = _per_cycle(session, current.where(Appraisal.self_submitted_at.is_not(None)))
    manager_reviews = _per_cycle(session, current.where(Appraisal.manager_submitted_at.is_not(None)))
    signed = _per_cycle(session, current.where(Appraisal.state == AppraisalState.SIGNED))
    actor = acting(session)
    return [CycleRow(c.id, c.name, c.period_start, c.period_end, c.frequency, c.stage,
                     participants.get(c.id, 0), leavers.get(c.id, 0), with_targets.get(c.id, 0),
                     appraisals.get(c.id, 0), self_reviews.get(c.id, 0), manager_reviews.get(c.id, 0),
                     signed.get(c.id, 0), actor.is_hr and c.stage not in SETTINGS_LOCKED_FROM)
            for c in cycles]


def _per_cycle(session: Session, query) -> dict[int, int]:
    return {cycle_id: count for cycle_id, count in session.execute(query)}


# -- creating a cycle ------------------------------------------------------------------------
@dataclass(frozen=True)
class NewCycle:
    """What HR says about a new cycle. ``department_ids`` None: the whole company;
    ``copy_from_id``: an earlier cycle whose settings, bands, form and targets to copy."""

    name: str
    period_start: date
    period_end: date
    frequency: Frequency | str
    department_ids: Sequence[int] | None = None
    copy_from_id: int | None = None


@dataclass(frozen=True)
class CreatedCycle:
    id: int
    name: str
    participants: int
    targets_copied: int
    copied_from: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "participants": self.participants,
                "targets_copied": self.targets_copied, "copied_from": self.copied_from}


def create_cycle(session: Session, new: NewCycle) -> CreatedCycle:
    """A draft cycle with everyone active on its start date in its scope as participants,
    the shipped rating bands (or the earlier cycle's settings, bands, form and targets). HR only."""
    require_hr(session)
    name = (new.name or "").strip()
    problems: list[RowProblem] = []
    if not name:
        problems.append(RowProblem(None, "cycle_name", "cycle_name_missing", {}))
    elif len(name) > MAX_NAME:
        problems.append(RowProblem(None, "cycle_name", "too_long", {"length": len(name), "limit": MAX_NAME}))
    elif (hidden := hidden_character_problem("cycle_name", name)) is not None:
        problems.append(hidden)
    elif (taken := _name_like(session, name)) is not None:
        problems.append(RowProblem(None, "cycle_name", "cycle_name_taken", {"value": taken}))
    if new.period_end < new.period_start:
        problems.append(RowProblem(None, "period_end", "cycle_end_before_start",
                                   {"end": new.period_end.isoformat(), "start": new.period_start.isoformat()}))
    try:
        frequency = Frequency(new.frequency)
    except ValueError:
        frequency = None
        problems.append(RowProblem(None, "frequency", "cycle_frequency_unknown",
                                   {"value": str(new.frequency), "choices": Terms("frequency", Frequency, with_value=True)}))
    scope = None
    if new.department_ids is not None:
        scope = list(dict.fromkeys(new.department_ids))
        known = set(session.scalars(select(Department.id).where(Department.id.in_(scope))))
        missing = [d for d in scope if d not in known]
        if missing:
            problems.append(RowProblem(None, "departments", "department_unknown_id", {"id": missing[0]}))
        if not scope:
            problems.append(RowProblem(None, "departments", "cycle_no_departments", {}))
    source = None
    if new.copy_from_id is not None:
        source = session.get(Cycle, new.copy_from_id)
        if source is None:
            raise NotFound.coded("cycle_unknown_id", id=new.copy_from_id)
    if problems:
        raise ValidationError.listing(problems)

    cycle = Cycle(name=name, period_start=new.period_start, period_end=new.period_end, frequency=frequency,
                  stage=CycleStage.DRAFT, department_scope=scope)
    if source is not None:
        cycle.kpi_weight, cycle.competency_weight = source.kpi_weight, source.competency_weight
        cycle.group_weights = dict(source.group_weights) if source.group_weights else None
        cycle.anonymity_threshold = source.anonymity_threshold
        cycle.form_template_id = source.form_template_id
        cycle.copied_from_id = source.id
    session.add(cycle)
    try:
        session.flush()
    except IntegrityError as error:
        # The name was free when checked: another program created the cycle since.
        raise ValidationError.listing([RowProblem(None, "cycle_name", "cycle_name_taken", {"value": name})]) \
            from error
    replace_bands(session, cycle, bands_of(source) if source is not None and source.rating_bands
                  else default_bands())
    participants = enrol_starting_participants(session, cycle)
    copied = _copy_targets(session, source, cycle) if source is not None else 0
    session.flush()
    return CreatedCycle(cycle.id, cycle.name, participants, copied, source.name if source else None)


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _name_like(session: Session, name: str) -> str | None:
    """The existing cycle name that reads the same as ``name`` (case, full-width
    characters and spacing aside), so `--cycle` never has to guess between two."""
    key = _name_key(name)
    return next((existing for existing in session.scalars(select(Cycle.name)) if _name_key(existing) == key), None)


def _copy_targets(session: Session, source: Cycle, cycle: Cycle) -> int:
    """The earlier cycle's targets of the people in the new one, on KPIs still in use."""
    inside = select(CycleParticipant.employee_id).where(CycleParticipant.cycle_id == cycle.id)
    targets = session.scalars(select(Target).join(Kpi, Kpi.id == Target.kpi_id).where(
        Target.cycle_id == source.id, Target.employee_id.in_(inside), Kpi.is_active.is_(True)))
    copies = [Target(cycle_id=cycle.id, employee_id=t.employee_id, kpi_id=t.kpi_id, target_value=t.target_value,
                     weight=t.weight, band_low=t.band_low, band_high=t.band_high, floor_ratio=t.floor_ratio,
                     cap_ratio=t.cap_ratio, thresholds=list(t.thresholds) if t.thresholds else None)
              for t in targets]
    session.add_all(copies)
    return len(copies)


def departments_named(session: Session, names: Sequence[str]) -> list[int]:
    """The ids of departments given by code, name or full path (总部/销售部)."""
    from ..messages import name_some
    from ..people.directory import department_paths

    paths = department_paths(session)
    codes = dict(session.execute(select(Department.code, Department.id).where(Department.code.is_not(None))).all())
    ids = []
    for given in (name.strip() for name in names):
        if not given:
            continue
        if given in codes:
            ids.append(codes[given])
            continue
        matches = [d for d, path in paths.items() if "/".join(path) == given or path[-1] == given
                   or "/".join(path).endswith("/" + given)]
        if not matches:
            raise NotFound.coded("department_unknown_named", value=given)
        if len(matches) > 1:
            raise ValidationError.coded("department_ambiguous", value=given,
                                        options=name_some("/".join(paths[d]) for d in matches))
        ids.append(matches[0])
    return ids

"""The appraisals of a cycle as the Appraisals page lists them: who, result, state
and which signatures each current version carries. Until the cycle's 360 results
are published the 360 score, the final score and the band (which include them)
are left out."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import batches
from db.models import Appraisal, Cycle, Department, Employee, RatingBand, SignatureRecord

from ..calibration.bands import current_band_id
from ..access import acting
from ..cycles.choices import CycleChoice, cycle_choices, newest_with_appraisals
from ..people.directory import department_paths
from ..feedback.release import cycle_feedback_published
from .corrections import correction_refusal
from ..pdf.language import localised
from .batch import cycle_people


@dataclass(frozen=True)
class AppraisalRow:
    appraisal_id: int
    employee_id: int
    employee_no: str
    name: str
    department: str
    kpi_score: float | None
    competency_score: float | None
    final_score: float | None
    band: str | None
    state: str
    version: int
    signed_roles: tuple[str, ...]
    feedback_published: bool = True
    correct_refusal_code: str | None = None  # why it cannot be corrected; None: the user may correct it
    correct_refusal_params: dict = field(default_factory=dict)
    # An input changed after the cycle's scores were frozen: the score stands, flagged.
    inputs_changed: bool = False

    @property
    def can_correct(self) -> bool:
        return self.correct_refusal_code is None


def cycles(session: Session) -> list[tuple[int, str]]:
    return [tuple(r) for r in session.execute(select(Cycle.id, Cycle.name).order_by(Cycle.period_start.desc()))]


@dataclass(frozen=True)
class AppraisalFilters:
    """What the Appraisals page filters by, and the cycle it opens on."""
    cycles: tuple[CycleChoice, ...]  # newest first
    opening_cycle_id: int | None  # the newest cycle that has appraisals (else the newest)
    departments: tuple[tuple[int, str], ...]  # id and full path, by path


def appraisal_filters(session: Session) -> AppraisalFilters:
    choices = cycle_choices(session)
    opening = newest_with_appraisals(choices)
    paths = sorted(((i, "/".join(p)) for i, p in department_paths(session).items()), key=lambda item: item[1])
    return AppraisalFilters(tuple(choices), opening.id if opening else None, tuple(paths))


def appraisal_rows(session: Session, cycle_id: int, department_id: int | None = None,
                   language: str = "en", today: date | None = None) -> list[AppraisalRow]:
    published = cycle_feedback_published(session, cycle_id, today)
    people = cycle_people(session, cycle_id, department_id)
    ids = [a for _, a in people]
    signed: dict[int, list[str]] = defaultdict(list)
    for chunk in batches(ids):
        for appraisal_id, role in session.execute(select(SignatureRecord.appraisal_id, SignatureRecord.role).where(
                SignatureRecord.appraisal_id.in_(chunk)).order_by(SignatureRecord.signed_at)):
            signed[appraisal_id].append(role.value)
    cycle_bands = session.scalars(select(RatingBand).where(RatingBand.cycle_id == cycle_id)).all()
    bands = {b.id: localised(b.name, b.name_zh, language) for b in cycle_bands}
    # As calibration counts a person: the calibrated band, else the proposed one, else the
    # band the final score earns (figures that are shown only once the 360 is published).
    limits = [(b.id, b.min_score) for b in cycle_bands]
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    actor = acting(session)
    rows = []
    for chunk in batches(ids):
        for appraisal, person in session.execute(select(Appraisal, Employee).join(
                Employee, Employee.id == Appraisal.employee_id).where(Appraisal.id.in_(chunk))):
            band = bands.get(current_band_id(appraisal, limits))
            code, params = correction_refusal(actor, appraisal.state, appraisal.version,
                                              len(signed[appraisal.id])) or (None, {})
            rows.append(AppraisalRow(appraisal.id, person.id, person.employee_no, person.name,
                                     departments.get(person.department_id, ""), appraisal.kpi_score,
                                     appraisal.competency_score if published else None,
                                     appraisal.final_score if published else None, band if published else None,
                                     appraisal.state.value, appraisal.version, tuple(signed[appraisal.id]),
                                     published, code, params, appraisal.score_inputs_changed_at is not None))
    return sorted(rows, key=lambda r: r.employee_no)

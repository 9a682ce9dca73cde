"""A small company in a cycle at its calibration stage, for the calibration tests.

    Chen (CEO, HQ) ── Mei (Sales) ── Ann, Bo, Cai (Sales East)
                   └─ Lin (Support) ── Dan, Eve (Support)

The cycle is moved to calibration by the stage service (everyone let past the manager
review gate with a reason); then the scores and proposed bands are set as frozen.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.models import (
    Appraisal,
    Cycle,
    CycleParticipant,
    CycleStage,
    Department,
    Employee,
    Frequency,
    Position,
    RatingBand,
)
from reviewer.cycles.participation import ensure_appraisals
from reviewer.cycles.stages import advance

# name -> (number, department, manager, position, final score, proposed band)
PEOPLE = {
    "Chen Wei": ("C001", "HQ", None, "Chief", 80.0, "B"),
    "Mei Lan": ("C002", "Sales", "Chen Wei", "Lead", 78.0, "B"),
    "Lin Hua": ("C003", "Support", "Chen Wei", "Lead", 70.0, "C"),
    "Ann Smith": ("C004", "Sales East", "Mei Lan", "Rep", 92.0, "A"),
    "Bo Zhang": ("C005", "Sales East", "Mei Lan", "Rep", 76.0, "B"),
    "Cai Ling": ("C006", "Sales East", "Mei Lan", "Rep", 65.0, "C"),
    "Dan Brown": ("C007", "Support", "Lin Hua", "Rep", 61.0, "C"),
    "Eve Stone": ("C008", "Support", "Lin Hua", "Rep", 40.0, "D"),
}
BANDS = (("A", "Outstanding", 90, 20.0), ("B", "Strong", 75, 30.0), ("C", "Solid", 60, 40.0),
         ("D", "Below", 0, 10.0))


@dataclass
class Company:
    cycle_id: int
    ids: dict[str, int]  # name -> employee id
    appraisals: dict[str, int]  # name -> appraisal id
    departments: dict[str, int]
    positions: dict[str, int]
    bands: dict[str, int]  # code -> band id


def build_company(session, *, stage: CycleStage = CycleStage.CALIBRATION, name: str = "2027 H1") -> Company:
    hq = Department(name="HQ")
    session.add(hq)
    session.flush()
    sales, support = Department(name="Sales", parent_id=hq.id), Department(name="Support", parent_id=hq.id)
    session.add_all([sales, support])
    session.flush()
    east = Department(name="Sales East", parent_id=sales.id)
    session.add(east)
    session.flush()
    departments = {"HQ": hq.id, "Sales": sales.id, "Support": support.id, "Sales East": east.id}
    positions = {}
    for title in ("Chief", "Lead", "Rep"):
        position = Position(title=title)
        session.add(position)
        session.flush()
        positions[title] = position.id
    ids: dict[str, int] = {}
    for person, (number, department, manager, title, _score, _band) in PEOPLE.items():
        employee = Employee(employee_no=number, name=person, department_id=departments[department],
                            manager_id=ids.get(manager), position_id=positions[title])
        session.add(employee)
        session.flush()
        ids[person] = employee.id
    cycle = Cycle(name=name, period_start=date(2027, 1, 1), period_end=date(2027, 6, 30),
                  frequency=Frequency.HALF_YEAR, anonymity_threshold=3)
    cycle.rating_bands = [RatingBand(code=c, name=n, min_score=m, guideline_pct=g) for c, n, m, g in BANDS]
    session.add(cycle)
    session.flush()
    session.add_all(CycleParticipant(cycle_id=cycle.id, employee_id=e) for e in ids.values())
    # The stages before the manager review are the cycle tests' business: start there.
    cycle.stage = CycleStage.MANAGER_REVIEW
    ensure_appraisals(session, cycle)
    session.flush()
    if stage != CycleStage.MANAGER_REVIEW:
        held = advance(session, cycle.id, dry_run=True).blockers
        advance(session, cycle.id, {b.employee_id: "built for the test" for b in held})
    bands = {b.code: b.id for b in cycle.rating_bands}
    appraisals = {}
    for person, (_number, _department, _manager, _title, score, band) in PEOPLE.items():
        appraisal = session.scalar(select(Appraisal).where(Appraisal.cycle_id == cycle.id,
                                                           Appraisal.employee_id == ids[person]))
        appraisal.final_score, appraisal.kpi_score, appraisal.competency_score = score, score, score
        appraisal.proposed_band_id = bands[band]
        appraisals[person] = appraisal.id
    session.flush()
    return Company(cycle.id, ids, appraisals, departments, positions, bands)

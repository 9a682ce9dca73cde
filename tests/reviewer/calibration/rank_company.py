"""A small company for the ranking and context tests, built from the ORM.

    Chen (Team lead, no manager)
    ├── Mei (Team lead, Sales) ── Ann, Bo, Cai (Account managers)
    └── Li (Team lead, Service) ── Dan, Eve (Account managers)

Four closed cycles (2025 Q1 .. 2025 Q4) and 2026 H1 in its calibration stage. In
2026 H1 the account managers score Bo 92, Ann 88, Cai 75, Dan 75, Eve 60; Ann has one
KPI target with a result."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.models import (
    Actual,
    Appraisal,
    AppraisalState,
    AppUser,
    CalibrationCode,
    CalibrationMember,
    CalibrationParticipant,
    CalibrationSession,
    Cycle,
    CycleParticipant,
    CycleStage,
    Department,
    Employee,
    Frequency,
    Kpi,
    KpiDirection,
    KpiKind,
    KpiUnit,
    Position,
    RatingBand,
    ScoringRule,
    Target,
    UserRole,
)
from reviewer.access import Actor

BANDS = [("A", "Outstanding", "卓越", 90), ("B", "Strong", "优秀", 75), ("C", "Solid", "良好", 60),
         ("D", "Below", "待改进", 0)]
PAST = [("2025 Q1", date(2025, 1, 1), date(2025, 3, 31)), ("2025 Q2", date(2025, 4, 1), date(2025, 6, 30)),
        ("2025 Q3", date(2025, 7, 1), date(2025, 9, 30)), ("2025 Q4", date(2025, 10, 1), date(2025, 12, 31))]
CURRENT = ("2026 H1", date(2026, 1, 1), date(2026, 6, 30))
# employee no, name, position, manager, department, final score now
PEOPLE = [("E01", "Chen", "lead", None, "Sales", 80.0), ("E02", "Mei", "lead", "E01", "Sales", 85.0),
          ("E03", "Li", "lead", "E01", "Service", 70.0),
          ("E11", "Ann", "am", "E02", "Sales", 88.0), ("E12", "Bo", "am", "E02", "Sales", 92.0),
          ("E13", "Cai", "am", "E02", "Sales", 75.0), ("E14", "Dan", "am", "E03", "Service", 75.0),
          ("E15", "Eve", "am", "E03", "Service", 60.0)]
# Ann's bands in the past cycles (calibrated codes), oldest first: the first must not show.
ANN_PAST = ["D", "C", "B", "A"]


@dataclass
class RankCompany:
    cycle_id: int
    past: list[int]
    ids: dict[str, int]  # name -> employee id
    appraisals: dict[str, int]  # name -> appraisal id in the current cycle
    positions: dict[str, int]  # "am" / "lead" -> position id
    bands: dict[str, int]  # code -> band id in the current cycle


def _cycle(session, name, start, end, stage) -> Cycle:
    cycle = Cycle(name=name, period_start=start, period_end=end, frequency=Frequency.QUARTER
                  if (end - start).days < 100 else Frequency.HALF_YEAR, stage=stage)
    cycle.rating_bands = [RatingBand(code=c, name=n, name_zh=z, min_score=m, guideline_pct=25) for c, n, z, m in BANDS]
    session.add(cycle)
    session.flush()
    return cycle


def build_rank_company(session) -> RankCompany:
    departments = {name: Department(name=name) for name in ("Sales", "Service")}
    session.add_all(departments.values())
    positions = {"am": Position(title="Account manager", title_zh="客户经理"),
                 "lead": Position(title="Team lead", title_zh="团队主管", is_manager_role=True)}
    session.add_all(positions.values())
    session.flush()
    ids: dict[str, int] = {}
    by_number: dict[str, int] = {}
    for number, name, position, manager, department, _ in PEOPLE:
        person = Employee(employee_no=number, name=name, position_id=positions[position].id,
                          department_id=departments[department].id, manager_id=by_number.get(manager))
        session.add(person)
        session.flush()
        ids[name] = by_number[number] = person.id
    past = []
    for (name, start, end), code in zip(PAST, ANN_PAST):
        cycle = _cycle(session, name, start, end, CycleStage.CLOSED)
        past.append(cycle.id)
        bands = {b.code: b.id for b in cycle.rating_bands}
        session.add(CycleParticipant(cycle_id=cycle.id, employee_id=ids["Ann"]))
        session.add(Appraisal(cycle_id=cycle.id, employee_id=ids["Ann"], final_score=70.0, kpi_score=70.0,
                              calibrated_band_id=bands[code], state=AppraisalState.SIGNED))
    cycle = _cycle(session, *CURRENT, CycleStage.CALIBRATION)
    bands = {b.code: b.id for b in cycle.rating_bands}
    appraisals = {}
    for number, name, _, _, _, score in PEOPLE:
        session.add(CycleParticipant(cycle_id=cycle.id, employee_id=ids[name]))
        appraisal = Appraisal(cycle_id=cycle.id, employee_id=ids[name], kpi_score=score, final_score=score,
                              state=AppraisalState.MANAGER_REVIEW)
        session.add(appraisal)
        session.flush()
        appraisals[name] = appraisal.id
    kpi = Kpi(code="SALES", name="Sales amount", name_zh="销售额", unit=KpiUnit.CURRENCY,
              direction=KpiDirection.HIGHER_BETTER, kind=KpiKind.QUANTITATIVE, category="sales",
              scoring_rule=ScoringRule.LINEAR, scoring_params={})
    session.add(kpi)
    session.flush()
    target = Target(cycle_id=cycle.id, employee_id=ids["Ann"], kpi_id=kpi.id, target_value=1000, weight=100)
    session.add(target)
    session.flush()
    session.add(Actual(target_id=target.id, value=880, as_of=date(2026, 5, 31)))
    session.flush()
    return RankCompany(cycle.id, past, ids, appraisals, {k: p.id for k, p in positions.items()}, bands)


def open_blind_session(session, company: RankCompany, members: list[str], participants: list[str],
                       blind: bool = True) -> int:
    """A session written directly (the sessions service is another slice's): members with
    codes P-0nn, their managers M-0n."""
    calibration = CalibrationSession(cycle_id=company.cycle_id, name="Account managers", scope_kind="cycle",
                                     blind=blind, opened_by_name="HR")
    session.add(calibration)
    session.flush()
    managers = []
    for n, name in enumerate(members, start=1):
        session.add(CalibrationMember(session_id=calibration.id, appraisal_id=company.appraisals[name]))
        session.add(CalibrationCode(session_id=calibration.id, employee_id=company.ids[name], code=f"P-{n:03d}"))
        manager = session.get(Employee, company.ids[name]).manager_id
        if manager not in managers:
            managers.append(manager)
    for n, manager in enumerate(managers, start=1):
        session.add(CalibrationCode(session_id=calibration.id, employee_id=manager, code=f"M-{n:02d}"))
    for name in participants:
        session.add(CalibrationParticipant(session_id=calibration.id, employee_id=company.ids[name]))
    session.flush()
    return calibration.id


def manager_actor(session, company: RankCompany, name: str) -> Actor:
    user = AppUser(username=name.lower(), display_name=name, role=UserRole.MANAGER, employee_id=company.ids[name])
    session.add(user)
    session.flush()
    return Actor(user.id, user.username, name, UserRole.MANAGER, company.ids[name])


HR = Actor(None, "hr", "Hanna HR", UserRole.HR_ADMIN)
AUDITOR = Actor(None, "audit", "Otto Auditor", UserRole.AUDITOR)

"""A small company with three cycles of results, for the history tests (services,
command line and window): 销售部 with 销售一组 below it, the manager 王建国 and four
people, one of whom left; 2025 H1 and 2025 H2 closed, 2026 H1 in its self-review stage."""
from __future__ import annotations

from datetime import date

from db.models import (Appraisal, AppraisalState, Cycle, CycleParticipant, CycleStage, Department, Employee,
                       Frequency, Kpi, KpiDirection, KpiKind, KpiUnit, RatingBand, ScoringRule, Target)

BANDS = [("A", "Outstanding", "卓越", 90), ("B", "Strong", "优秀", 75), ("C", "Solid", "良好", 60),
         ("D", "Below", "待改进", 0)]
# employee_no -> (name, scores per cycle: (kpi, competency, final, calibrated band code) or None)
PEOPLE = {
    "M1": ("王建国", [(80.0, 82.0, 80.6, None), (85.0, 88.0, 85.9, "B"), (None, None, None, None)]),
    "E1": ("李娜", [(70.0, 72.0, 70.6, None), (91.0, 89.0, 90.4, "A"), (88.0, None, None, None)]),
    "E2": ("张伟", [(60.0, 50.0, 57.0, None), (65.0, 70.0, 66.5, "B"), (70.0, None, None, None)]),
    "E3": ("=cmd|' /C calc'!A0", [None, (74.96, 75.0, 74.96, None), (None, None, None, None)]),
    "E4": ("赵离", [(75.0, 75.0, 75.0, None), None, None]),
}
CYCLES = [("2025 H1", date(2025, 1, 1), date(2025, 6, 30), CycleStage.CLOSED),
          ("2025 H2", date(2025, 7, 1), date(2025, 12, 31), CycleStage.CLOSED),
          ("2026 H1", date(2026, 1, 1), date(2026, 6, 30), CycleStage.SELF_REVIEW_360)]


def build_history_company(session) -> dict[str, int]:
    """Returns ids by name: employee numbers, 'sales', 'team' (departments) and cycle names."""
    sales = Department(name="销售部")
    session.add(sales)
    session.flush()
    team = Department(name="销售一组", parent_id=sales.id)
    session.add(team)
    session.flush()
    ids: dict[str, int] = {"sales": sales.id, "team": team.id}
    manager = Employee(employee_no="M1", name=PEOPLE["M1"][0], department_id=sales.id)
    session.add(manager)
    session.flush()
    ids["M1"] = manager.id
    for number, (name, _) in PEOPLE.items():
        if number == "M1":
            continue
        person = Employee(employee_no=number, name=name, department_id=team.id, manager_id=manager.id,
                          is_active=number != "E4", leave_date=date(2025, 9, 30) if number == "E4" else None)
        session.add(person)
        session.flush()
        ids[number] = person.id
    kpi = Kpi(code="SALES", name="Sales amount", name_zh="销售额", unit=KpiUnit.CURRENCY,
              direction=KpiDirection.HIGHER_BETTER, kind=KpiKind.QUANTITATIVE, category="sales",
              scoring_rule=ScoringRule.LINEAR, scoring_params={})
    session.add(kpi)
    session.flush()
    for position, (name, start, end, stage) in enumerate(CYCLES):
        cycle = Cycle(name=name, period_start=start, period_end=end, frequency=Frequency.HALF_YEAR, stage=stage)
        cycle.rating_bands = [RatingBand(code=c, name=n, name_zh=z, min_score=m) for c, n, z, m in BANDS]
        session.add(cycle)
        session.flush()
        ids[name] = cycle.id
        bands = {b.code: b.id for b in cycle.rating_bands}
        for number, (_, results) in PEOPLE.items():
            result = results[position]
            if result is None:
                continue
            kpi_score, competency, final, calibrated = result
            session.add(CycleParticipant(cycle_id=cycle.id, employee_id=ids[number]))
            session.add(Appraisal(cycle_id=cycle.id, employee_id=ids[number], kpi_score=kpi_score,
                                  competency_score=competency, final_score=final,
                                  calibrated_band_id=bands.get(calibrated),
                                  state=AppraisalState.SIGNED if stage == CycleStage.CLOSED
                                  else AppraisalState.DRAFT))
            if stage == CycleStage.SELF_REVIEW_360:
                session.add(Target(cycle_id=cycle.id, employee_id=ids[number], kpi_id=kpi.id,
                                   target_value=1_200_000, weight=100))
        session.flush()
    return ids

"""A small company with departments and one cycle, built from the ORM, for the goal tests.

    总部 (HQ): Chen (CEO)
    ├── 销售部 (Sales): Mei (manager, reports to Chen), Ann, Bo (report to Mei)
    │   └── 销售一组 (Sales team 1): Cai (reports to Mei)
    └── 客服部 (Service): Lou (reports to Chen)

Targets (target value 100 each, higher is better, linear scoring, cap 1.2):
    Ann: K0 weight 60, result 80 (0.8);  K1 weight 40, result 150 (1.5, counted as 1.2)
    Bo:  K0 weight 50, result 100 (1.0); K1 weight 50, no result
    Cai: K0 weight 100, result 90 (0.9)
    Lou: K0 weight 100, result 50 (0.5)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.models import (
    Actual,
    Cycle,
    CycleParticipant,
    Department,
    Employee,
    Frequency,
    Kpi,
    KpiDirection,
    KpiKind,
    KpiUnit,
    RatingBand,
    Target,
    UserRole,
)
from reviewer.access import Actor
from reviewer.workstation import Workstation

START, END = date(2027, 1, 1), date(2027, 6, 30)


@dataclass
class GoalCompany:
    cycle_id: int
    people: dict[str, int]
    departments: dict[str, int]
    kpis: list[int]
    targets: dict[tuple[str, int], int]  # (first name, kpi index) -> target id

    def manager(self, database, first: str = "Mei") -> Workstation:
        return Workstation(database, Actor(None, first.lower(), first, UserRole.MANAGER, self.people[first]))


def build_goal_company(session, name: str = "2027 H1") -> GoalCompany:
    hq = Department(name="总部")
    session.add(hq)
    session.flush()
    sales, service = Department(name="销售部", parent_id=hq.id), Department(name="客服部", parent_id=hq.id)
    session.add_all([sales, service])
    session.flush()
    team = Department(name="销售一组", parent_id=sales.id)
    session.add(team)
    session.flush()
    people: dict[str, Employee] = {}

    def person(number, first, department, manager=None):
        employee = Employee(employee_no=number, name=first, department_id=department.id,
                            manager_id=people[manager].id if manager else None)
        session.add(employee)
        session.flush()
        people[first] = employee

    person("E1", "Chen", hq)
    person("E2", "Mei", sales, "Chen")
    person("E3", "Ann", sales, "Mei")
    person("E4", "Bo", sales, "Mei")
    person("E5", "Cai", team, "Mei")
    person("E6", "Lou", service, "Chen")
    cycle = Cycle(name=name, period_start=START, period_end=END, frequency=Frequency.HALF_YEAR)
    cycle.rating_bands = [RatingBand(code="A", name="Outstanding", min_score=90),
                          RatingBand(code="C", name="Solid", min_score=0)]
    session.add(cycle)
    kpis = [Kpi(code=f"K{n}", name=f"KPI {n}", unit=KpiUnit.COUNT, direction=KpiDirection.HIGHER_BETTER,
                kind=KpiKind.QUANTITATIVE, category="Sales") for n in range(2)]
    session.add_all(kpis)
    session.flush()
    session.add_all(CycleParticipant(cycle_id=cycle.id, employee_id=e.id) for e in people.values())
    targets = {}
    for first, kpi, weight, result in (("Ann", 0, 60, 80), ("Ann", 1, 40, 150), ("Bo", 0, 50, 100),
                                       ("Bo", 1, 50, None), ("Cai", 0, 100, 90), ("Lou", 0, 100, 50)):
        target = Target(cycle_id=cycle.id, employee_id=people[first].id, kpi_id=kpis[kpi].id, target_value=100,
                        weight=weight)
        session.add(target)
        session.flush()
        if result is not None:
            session.add(Actual(target_id=target.id, value=result, as_of=date(2027, 5, 31)))
        targets[(first, kpi)] = target.id
    session.flush()
    return GoalCompany(cycle.id, {k: v.id for k, v in people.items()},
                       {"hq": hq.id, "sales": sales.id, "service": service.id, "team": team.id},
                       [k.id for k in kpis], targets)

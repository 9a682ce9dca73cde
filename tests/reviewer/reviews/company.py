"""A small company built over the ORM (not the demo): a head of sales, a team lead
reporting to them, two of the lead's people, a colleague in another team, KPIs with
targets, a cycle with five bands and an appraisal per person."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.models import (
    AppUser,
    Appraisal,
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
    RatingBand,
    ScoringRule,
    Target,
    UserRole,
)
from reviewer.access import Actor
from reviewer.cycles.participation import ensure_appraisals
from reviewer.workstation import Workstation

BANDS = (("A", "Outstanding", "卓越", 90), ("B", "Exceeds", "优秀", 80), ("C", "Meets", "良好", 70),
         ("D", "Partly meets", "待改进", 60), ("E", "Unsatisfactory", "不合格", 0))


@dataclass
class Company:
    database: object
    cycle_id: int
    ids: dict[str, int]  # employee number -> employee id
    appraisals: dict[str, int]  # employee number -> appraisal id
    targets: dict[str, list[int]]  # employee number -> target ids
    bands: dict[str, int]  # band code -> id
    users: dict[str, Actor]

    def as_(self, who: str) -> Workstation:
        return Workstation(self.database, self.users[who])

    def set_stage(self, stage: CycleStage) -> None:
        with self.database.session() as session:
            session.get(Cycle, self.cycle_id).stage = stage

    def set_score(self, number: str, final: float | None) -> None:
        with self.database.session() as session:
            session.get(Appraisal, self.appraisals[number]).final_score = final


def build_company(database, stage: CycleStage = CycleStage.SELF_REVIEW_360) -> Company:
    with database.session() as session:
        sales, service = Department(name="销售部"), Department(name="客服部")
        session.add_all([sales, service])
        session.flush()
        people = {}
        for number, name, department, manager in (
                ("S001", "周建国", sales, None), ("S002", "李娜", sales, "S001"), ("S003", "王磊", sales, "S002"),
                ("S004", "陈静", sales, "S002"), ("K001", "赵敏", service, None)):
            person = Employee(employee_no=number, name=name, department_id=department.id,
                              manager_id=people[manager].id if manager else None)
            session.add(person)
            session.flush()
            people[number] = person
        kpis = [Kpi(code=code, name=name, name_zh=zh, unit=KpiUnit.PERCENT, direction=KpiDirection.HIGHER_BETTER,
                    kind=KpiKind.QUANTITATIVE, category="Sales", scoring_rule=ScoringRule.LINEAR)
                for code, name, zh in (("NEW_CUST", "New customers", "新客户数"),
                                       ("SAT", "Customer satisfaction", "客户满意度"))]
        cycle = Cycle(name="2027 上半年", period_start=date(2027, 1, 1), period_end=date(2027, 6, 30),
                      frequency=Frequency.HALF_YEAR, stage=CycleStage.GOAL_SETTING)
        session.add_all([*kpis, cycle])
        session.flush()
        bands = {}
        for code, name, zh, minimum in BANDS:
            band = RatingBand(cycle_id=cycle.id, code=code, name=name, name_zh=zh, min_score=minimum)
            session.add(band)
            session.flush()
            bands[code] = band.id
        session.add_all(CycleParticipant(cycle_id=cycle.id, employee_id=p.id) for p in people.values())
        targets: dict[str, list[int]] = {}
        for number, person in people.items():
            for kpi, weight in zip(kpis, (60, 40)):
                target = Target(cycle_id=cycle.id, employee_id=person.id, kpi_id=kpi.id, target_value=100,
                                weight=weight)
                session.add(target)
                session.flush()
                targets.setdefault(number, []).append(target.id)
        ensure_appraisals(session, cycle)
        cycle.stage = stage
        users = {}
        for username, role, number in (("hr", UserRole.HR_ADMIN, None), ("lina", UserRole.MANAGER, "S002"),
                                       ("wanglei", UserRole.MANAGER, "S003"), ("head", UserRole.MANAGER, "S001"),
                                       ("zhaomin", UserRole.MANAGER, "K001"), ("audit", UserRole.AUDITOR, None)):
            user = AppUser(username=username, display_name=username, role=role,
                           employee_id=people[number].id if number else None)
            session.add(user)
            session.flush()
            users[username] = Actor(user.id, username, username, role, user.employee_id)
        session.flush()
        appraisals = {number: session.query(Appraisal.id).filter_by(cycle_id=cycle.id, employee_id=p.id).scalar()
                      for number, p in people.items()}
        return Company(database, cycle.id, {n: p.id for n, p in people.items()}, appraisals, targets, bands, users)

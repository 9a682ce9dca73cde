"""The demo company's structure at any size: departments from DOMAIN.md's
catalogues, a reporting tree four levels deep, positions and people."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.models import Department, Employee, Position

from .names import NameMaker

COMPANY = "华信商贸"
CHINESE_NUMERALS = "一二三四五六七八九十"
# Targets are stretch goals: a typical person reaches about 87 % of them.
TYPICAL_ATTAINMENT = 0.87


@dataclass(frozen=True)
class DepartmentSpec:
    code: str
    name: str
    staff_position: str
    template: str  # KPI role template code in the catalogue
    share: float  # of all staff
    team_size: int
    teams_are_departments: bool = False


DEPARTMENTS = (
    DepartmentSpec("SALES", "销售部", "Customer Manager", "customer_manager", 0.28, 22, True),
    DepartmentSpec("KA", "大客户部", "Key Account Manager", "key_accounts", 0.11, 12),
    DepartmentSpec("CS", "客户服务部", "Customer Service Specialist", "customer_service", 0.17, 13),
    DepartmentSpec("MKT", "市场部", "Lead Specialist", "lead_management", 0.11, 12),
    DepartmentSpec("FIELD", "外勤拜访部", "Field Sales Representative", "field_visits", 0.19, 15),
    DepartmentSpec("CRM", "CRM运营部", "CRM Analyst", "crm_team", 0.14, 14),
)

POSITIONS = (
    ("General Manager", "总经理", True),
    ("HR Manager", "人力资源经理", True),
    ("HR Specialist", "人力资源专员", False),
    ("Department Head", "部门经理", True),
    ("Team Lead", "团队主管", True),
    ("Customer Manager", "客户经理", False),
    ("Key Account Manager", "大客户经理", False),
    ("Customer Service Specialist", "客服专员", False),
    ("Lead Specialist", "线索管理专员", False),
    ("Field Sales Representative", "外勤销售代表", False),
    ("CRM Analyst", "CRM 分析师", False),
)


@dataclass
class PlannedPerson:
    """One employee row plus what the results builder needs to know about them."""

    row: dict
    template: str | None  # KPI template their targets come from (None: no KPIs)
    performance: float  # hidden "true" performance driving the demo's results
    team: int  # people sharing a manager share a team number
    is_manager: bool = False
    reports: list[int] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.row["id"]


@dataclass
class OrganisationPlan:
    departments: list[dict]
    people: list[PlannedPerson]

    def by_id(self) -> dict[int, PlannedPerson]:
        return {p.id: p for p in self.people}


def _team_name(department: str, n: int) -> str:
    numeral = CHINESE_NUMERALS[n - 1] if n <= len(CHINESE_NUMERALS) else str(n)
    return f"{department.rstrip('部')}{numeral}组"


def _random_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def plan_organisation(rng: random.Random, size: int, position_ids: dict[str, int]) -> OrganisationPlan:
    """Departments and people for a company of about ``size`` employees."""
    names = NameMaker(rng)
    departments: list[dict] = []
    people: list[PlannedPerson] = []
    team_counter = 0

    def add_department(code: str | None, name: str, parent_id: int | None) -> int:
        dept_id = len(departments) + 1
        departments.append({"id": dept_id, "code": code, "name": name, "parent_id": parent_id})
        return dept_id

    def add_person(dept_id, position, manager, template, hired_from, hired_to, team, is_manager=False):
        name, email = names.person()
        person = PlannedPerson(
            row={
                "id": len(people) + 1,
                "employee_no": f"E{10001 + len(people)}",
                "name": name,
                "email": email,
                "department_id": dept_id,
                "position_id": position_ids[position],
                "manager_id": manager.id if manager else None,
                "hire_date": _random_date(rng, hired_from, hired_to),
                "leave_date": None,
                "is_active": True,
            },
            template=template,
            performance=max(0.5, min(1.3, rng.gauss(TYPICAL_ATTAINMENT, 0.11))),
            team=team,
            is_manager=is_manager,
        )
        if manager:
            manager.reports.append(person.id)
        people.append(person)
        return person

    root = add_department("HQ", f"{COMPANY}总部", None)
    ceo = add_person(root, "General Manager", None, None, date(2008, 3, 1), date(2012, 1, 1), 0, True)
    hr_manager = add_person(root, "HR Manager", ceo, None, date(2012, 1, 1), date(2018, 1, 1), 0, True)
    for _ in range(max(1, size // 250)):
        add_person(root, "HR Specialist", hr_manager, None, date(2016, 1, 1), date(2024, 1, 1), 1)

    staff_total = max(len(DEPARTMENTS), size - len(people) - len(DEPARTMENTS))
    for spec in DEPARTMENTS:
        dept_id = add_department(spec.code, spec.name, root)
        head = add_person(dept_id, "Department Head", ceo, spec.template, date(2010, 1, 1), date(2018, 12, 31), 0, True)
        dept_staff = max(1, round(staff_total * spec.share))
        teams = max(1, round(dept_staff / (spec.team_size + 1)))
        for team_no in range(1, teams + 1):
            team_counter += 1
            team_dept = (
                add_department(f"{spec.code}-{team_no}", _team_name(spec.name, team_no), dept_id)
                if spec.teams_are_departments and teams > 1
                else dept_id
            )
            lead = head
            members = round(dept_staff / teams)
            if teams > 1:
                lead = add_person(team_dept, "Team Lead", head, spec.template, date(2012, 1, 1), date(2021, 12, 31), team_counter, True)
                members -= 1
            for _ in range(max(1, members)):
                # One in twenty joined during the open cycle, so has no past results.
                late = rng.random() < 0.05
                add_person(
                    team_dept, spec.staff_position, lead, spec.template,
                    date(2026, 7, 1) if late else date(2014, 1, 1),
                    date(2026, 9, 30) if late else date(2025, 12, 31),
                    team_counter,
                )

    staff = [p for p in people if not p.is_manager and p.template and p.row["hire_date"] < date(2026, 1, 1)]
    for leaver in rng.sample(staff, k=max(1, len(staff) // 70)):
        leaver.row["is_active"] = False
        leaver.row["leave_date"] = _random_date(rng, date(2026, 7, 15), date(2026, 10, 31))
    return OrganisationPlan(departments, people)


def insert_positions(session: Session) -> dict[str, int]:
    """Create the demo's job titles; returns title -> id."""
    positions = [Position(title=t, title_zh=zh, is_manager_role=m) for t, zh, m in POSITIONS]
    session.add_all(positions)
    session.flush()
    return {p.title: p.id for p in positions}


def insert_organisation(session: Session, plan: OrganisationPlan) -> None:
    """Write the planned departments and people in bulk (managers before their reports)."""
    session.execute(insert(Department), plan.departments)
    session.execute(insert(Employee), [p.row for p in plan.people])

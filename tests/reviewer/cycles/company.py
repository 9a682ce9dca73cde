"""A small company built from the ORM (not the demo) with one cycle, for the stage tests.

    Chen (CEO, no manager) ── Mei (manager) ── Ann, Bo, Cai
    Lou (no manager, nobody reports to them)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from db.models import (
    Actual,
    Appraisal,
    Cycle,
    CycleParticipant,
    Department,
    Employee,
    FeedbackRequest,
    FormTemplate,
    Frequency,
    Kpi,
    KpiDirection,
    KpiKind,
    KpiUnit,
    RatingBand,
    Relationship,
    RequestStatus,
    SignatureRecord,
    SignerRole,
    Target,
)

START, END = date(2027, 1, 1), date(2027, 6, 30)
IN_PERIOD = date(2027, 5, 31)


@dataclass
class Company:
    cycle_id: int
    ids: dict[str, int]  # first name -> employee id
    kpis: list[int]


def build_company(session, name: str = "2027 H1") -> Company:
    department = Department(name="Sales")
    session.add(department)
    session.flush()

    def person(number, first, manager=None):
        employee = Employee(employee_no=number, name=first, department_id=department.id,
                            manager_id=manager.id if manager else None)
        session.add(employee)
        session.flush()
        return employee

    chen = person("E1", "Chen")
    mei = person("E2", "Mei", chen)
    people = {"Chen": chen, "Mei": mei, "Ann": person("E3", "Ann", mei), "Bo": person("E4", "Bo", mei),
              "Cai": person("E5", "Cai", mei), "Lou": person("E6", "Lou")}
    cycle = Cycle(name=name, period_start=START, period_end=END, frequency=Frequency.HALF_YEAR,
                  anonymity_threshold=3)
    cycle.rating_bands = [RatingBand(code="A", name="Outstanding", min_score=90),
                          RatingBand(code="B", name="Strong", min_score=75),
                          RatingBand(code="C", name="Solid", min_score=60),
                          RatingBand(code="D", name="Below", min_score=0)]
    session.add(cycle)
    kpis = [Kpi(code=f"K{n}", name=f"KPI {n}", unit=KpiUnit.COUNT, direction=KpiDirection.HIGHER_BETTER,
                kind=KpiKind.QUANTITATIVE, category="Sales") for n in range(2)]
    session.add_all(kpis)
    session.flush()
    session.add_all(CycleParticipant(cycle_id=cycle.id, employee_id=e.id) for e in people.values())
    session.flush()
    return Company(cycle.id, {k: v.id for k, v in people.items()}, [k.id for k in kpis])


def give_targets(session, company: Company, first: str, weights=(60, 40), result_on=IN_PERIOD) -> list[Target]:
    targets = [Target(cycle_id=company.cycle_id, employee_id=company.ids[first], kpi_id=kpi, target_value=10,
                      weight=weight) for kpi, weight in zip(company.kpis, weights)]
    session.add_all(targets)
    session.flush()
    if result_on is not None:
        session.add_all(Actual(target_id=t.id, value=9, as_of=result_on) for t in targets)
        session.flush()
    return targets


def appraisal_of(session, company: Company, first: str) -> Appraisal:
    return session.scalar(select(Appraisal).where(Appraisal.cycle_id == company.cycle_id,
                                                  Appraisal.employee_id == company.ids[first]))


def ask(session, company: Company, subject: str, relation: Relationship, raters: list[str], answered: int) -> None:
    """Ask ``raters`` about ``subject``; the first ``answered`` of them submitted."""
    template = session.scalar(select(FormTemplate).limit(1))
    if template is None:
        template = FormTemplate(family="t", name="Form")
        session.add(template)
        session.flush()
    for n, rater in enumerate(raters):
        session.add(FeedbackRequest(
            cycle_id=company.cycle_id, subject_id=company.ids[subject], rater_employee_id=company.ids[rater],
            relation=relation, template_id=template.id,
            status=RequestStatus.SUBMITTED if n < answered else RequestStatus.OPEN))
    session.flush()


def sign(session, appraisal: Appraisal, *roles: SignerRole) -> None:
    for role in roles:
        session.add(SignatureRecord(appraisal_id=appraisal.id, signer_name=role.value, role=role,
                                    signed_at=datetime(2027, 7, 20), certificate_sha256="c" * 64,
                                    document_sha256=("%064x" % (appraisal.id * 10 + len(role.value)))))
    session.flush()

"""The calibration tests' company (tests/reviewer/calibration/company.py) with KPI
results for its five reps, a 360 round for Eve, and Fay, a rep outside the cycle.

Reps (position Rep): Ann, Bo, Cai (Sales East, under Mei), Dan, Eve (Support, under Lin).
Stored final scores (frozen at calibration): Ann 92, Bo 76, Cai 65, Dan 61, Eve 40.

    SALES  higher is better, target 100:  Ann 120, Bo 100, Cai 90, Dan 80, Eve 50
           (Eve also 40 earlier in the period and 200 after it: the latest in the period counts)
    CHURN  lower is better, target 5:     Ann 4, Bo 5, Cai 6, Dan 4.5, Eve 10
    CSAT   higher is better, target 90:   Cai 95, Dan 88, Eve 85 (two others: too few to compare)
    Fay    not in the cycle, SALES 1000: never compared with.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.models import (
    Actual,
    Competency,
    Employee,
    FeedbackRequest,
    FormTemplate,
    Kpi,
    KpiDirection,
    KpiKind,
    KpiUnit,
    RaterScore,
    Relationship,
    RequestStatus,
    ScoringRule,
    Target,
)
from tests.reviewer.calibration.company import Company, build_company

KPIS = {  # code -> (direction, target)
    "SALES": (KpiDirection.HIGHER_BETTER, 100.0),
    "CHURN": (KpiDirection.LOWER_BETTER, 5.0),
    "CSAT": (KpiDirection.HIGHER_BETTER, 90.0),
}
RESULTS = {  # person -> KPI -> [(as of, value)]
    "Ann Smith": {"SALES": [(date(2027, 3, 1), 120.0)], "CHURN": [(date(2027, 3, 1), 4.0)]},
    "Bo Zhang": {"SALES": [(date(2027, 3, 1), 100.0)], "CHURN": [(date(2027, 3, 1), 5.0)]},
    "Cai Ling": {"SALES": [(date(2027, 3, 1), 90.0)], "CHURN": [(date(2027, 3, 1), 6.0)],
                 "CSAT": [(date(2027, 3, 1), 95.0)]},
    "Dan Brown": {"SALES": [(date(2027, 3, 1), 80.0)], "CHURN": [(date(2027, 3, 1), 4.5)],
                  "CSAT": [(date(2027, 3, 1), 88.0)]},
    "Eve Stone": {"SALES": [(date(2027, 2, 1), 40.0), (date(2027, 5, 1), 50.0), (date(2027, 7, 15), 200.0)],
                  "CHURN": [(date(2027, 3, 1), 10.0)], "CSAT": [(date(2027, 3, 1), 85.0)]},
}
WEIGHTS = {"SALES": 50.0, "CHURN": 30.0, "CSAT": 20.0}


@dataclass
class PlansCompany(Company):
    kpis: dict[str, int]
    competencies: dict[str, int]
    fay_id: int


def build_plans_company(session) -> PlansCompany:
    company = build_company(session)
    kpis = {}
    for code, (direction, _target) in KPIS.items():
        kpi = Kpi(code=code, name=code.title(), unit=KpiUnit.COUNT, direction=direction, kind=KpiKind.QUANTITATIVE,
                  category="Sales", scoring_rule=ScoringRule.LINEAR, scoring_params={})
        session.add(kpi)
        session.flush()
        kpis[code] = kpi.id
    for person, results in RESULTS.items():
        for code, readings in results.items():
            target = Target(cycle_id=company.cycle_id, employee_id=company.ids[person], kpi_id=kpis[code],
                            target_value=KPIS[code][1], weight=WEIGHTS[code])
            target.actuals = [Actual(value=value, as_of=as_of) for as_of, value in readings]
            session.add(target)
    fay = Employee(employee_no="C009", name="Fay Long", department_id=company.departments["Support"],
                   manager_id=company.ids["Lin Hua"], position_id=company.positions["Rep"])
    session.add(fay)
    session.flush()
    outsider = Target(cycle_id=company.cycle_id, employee_id=fay.id, kpi_id=kpis["SALES"], target_value=100.0,
                      weight=100.0)
    outsider.actuals = [Actual(value=1000.0, as_of=date(2027, 3, 1))]
    session.add(outsider)
    competencies = {}
    for code in ("COMM", "TEAM", "OWN"):
        competency = Competency(code=code, name=code.title())
        session.add(competency)
        session.flush()
        competencies[code] = competency.id
    session.flush()
    return PlansCompany(**vars(company), kpis=kpis, competencies=competencies, fay_id=fay.id)


def rate(session, company: PlansCompany, subject: str, rater: str, relation: Relationship,
         ratings: dict[str, float]) -> None:
    """One submitted 360 form about ``subject``: one rating per competency."""
    template = session.query(FormTemplate).filter_by(family="plans").one_or_none()
    if template is None:
        template = FormTemplate(family="plans", name="Plans test form")
        session.add(template)
        session.flush()
    request = FeedbackRequest(cycle_id=company.cycle_id, subject_id=company.ids[subject],
                              rater_employee_id=company.ids[rater], relation=relation, template_id=template.id,
                              status=RequestStatus.SUBMITTED)
    session.add(request)
    session.flush()
    session.add_all(RaterScore(request_id=request.id, competency_id=company.competencies[code], ratings=1,
                               total=int(value)) for code, value in ratings.items())
    session.flush()

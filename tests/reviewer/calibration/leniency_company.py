"""A constructed cycle for the leniency tests: four managers' teams with published
manager-group 360 ratings, bands with guideline shares and proposed bands."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from db.models import (
    Appraisal,
    Competency,
    Cycle,
    CycleStage,
    Department,
    Employee,
    FeedbackRequest,
    FormQuestion,
    FormSection,
    FormTemplate,
    Frequency,
    QuestionKind,
    RaterScore,
    RatingBand,
    Relationship,
    RequestStatus,
)

# Each person's manager gives one rating per competency (two competencies, a 1-5 scale),
# so a person's manager-group score is 100 x ((a + b) / 2) / 5 = 10 x (a + b).
TEAMS = {
    "M1": [(5, 4), (4, 5), (4, 4), (5, 5), (4, 5)],  # 90, 90, 80, 100, 90: mean 90
    "M2": [(2, 3), (3, 3), (2, 2), (3, 2), (2, 3)],  # 50, 60, 40, 50, 50: mean 50
    "M3": [(3, 4), (4, 3), (3, 3), (4, 4), (3, 4), (4, 3)],  # 70, 70, 60, 80, 70, 70 (+ Q below)
    "M4": [(3, 4), (3, 3), (4, 4)],  # 70, 60, 80: a team below 5, counted in the organisation only
}
# Q reports to M3 and was rated by M3 (4, 4) and M4 (2, 2): the manager group's cell per
# competency is the mean of both, 3 and 3, so Q's score is 60 and Q counts in M3's team
# (two manager-group raters cannot be told apart: the direct manager's team).
SCORES = {"M1": [90, 90, 80, 100, 90], "M2": [50, 60, 40, 50, 50], "M3": [70, 70, 60, 80, 70, 70, 60],
          "M4": [70, 60, 80]}
EVERYONE = [s for scores in SCORES.values() for s in scores]  # 20 rated people
ORG_MEAN = 1390 / 20  # = 69.5
# Sample SD (ddof = 1): the squared deviations from 69.5 are 30.5² (100) + 3 x 20.5² (90) + 3 x 10.5² (80)
# + 5 x 0.5² (70) + 4 x 9.5² (60) + 3 x 19.5² (50) + 29.5² (40) = 4895, over n - 1 = 19.
ORG_SD = math.sqrt(4895 / 19)  # = 16.0509...
# Proposed bands (current appraisal). X has no guideline: whoever is proposed there is left out.
PROPOSED = {
    "M1": ["A", "A", "B", "A", "X"],
    "M2": ["C", "D", "D", "C", "D"],
    "M3": ["A", "B", "C", "C", "C", "D", "B"],
    "M4": ["B", "C", "C"],
}
# Guideline shares in percent, normalised over the bands that have one: they sum to 90 here.
GUIDELINE = {"A": 10.0, "B": 20.0, "C": 40.0, "D": 20.0, "X": None}


@dataclass
class Cycle16:
    cycle_id: int
    managers: dict[str, int]
    teams: dict[str, list[int]]
    template_id: int
    competencies: list[int]
    department_id: int


def rate(session, data: Cycle16, subject: int, rater: int, ratings, relation=Relationship.MANAGER,
          status=RequestStatus.SUBMITTED) -> None:
    request = FeedbackRequest(cycle_id=data.cycle_id, subject_id=subject, rater_employee_id=rater, relation=relation,
                              template_id=data.template_id, status=status, submitted_at=datetime(2027, 6, 1))
    session.add(request)
    session.flush()
    session.add_all(RaterScore(request_id=request.id, competency_id=c, ratings=1, total=r)
                    for c, r in zip(data.competencies, ratings))
    session.flush()


def build_cycle(session) -> Cycle16:
    department = Department(name="销售部")
    session.add(department)
    session.flush()
    managers = {}
    for n, label in enumerate(TEAMS, start=1):
        manager = Employee(employee_no=f"M{n:03}", name=f"经理{n}", department_id=department.id)
        session.add(manager)
        session.flush()
        managers[label] = manager.id
    cycle = Cycle(name="2027 H1", period_start=date(2027, 1, 1), period_end=date(2027, 6, 30),
                  frequency=Frequency.HALF_YEAR, stage=CycleStage.CALIBRATION, kpi_weight=70, competency_weight=30,
                  anonymity_threshold=3)
    cycle.rating_bands = [RatingBand(code=code, name=code, min_score=score, guideline_pct=GUIDELINE[code])
                          for code, score in (("A", 90), ("B", 75), ("C", 60), ("X", 50), ("D", 0))]
    competencies = [Competency(code="COMM", name="Communication"), Competency(code="TEAM", name="Teamwork")]
    template = FormTemplate(family="test", name="Test form")
    section = FormSection(position=1, title="All")
    section.questions = [FormQuestion(position=n, kind=QuestionKind.RATING, text=c.name, competency=c, scale_max=5)
                         for n, c in enumerate(competencies, start=1)]
    template.sections = [section]
    session.add_all([cycle, *competencies, template])
    session.flush()
    bands = {b.code: b.id for b in cycle.rating_bands}
    data = Cycle16(cycle.id, managers, {label: [] for label in TEAMS}, template.id, [c.id for c in competencies],
                   department.id)
    number = 0
    for label, ratings in TEAMS.items():
        for n, pair in enumerate(ratings):
            number += 1
            person = Employee(employee_no=f"E{number:03}", name=f"员工{number}", department_id=department.id,
                              manager_id=managers[label])
            session.add(person)
            session.flush()
            data.teams[label].append(person.id)
            rate(session, data, person.id, managers[label], pair)
            session.add(Appraisal(cycle_id=cycle.id, employee_id=person.id, proposed_band_id=bands[PROPOSED[label][n]]))
    q = Employee(employee_no="E099", name="双经理", department_id=department.id, manager_id=managers["M3"])
    session.add(q)
    session.flush()
    data.teams["M3"].append(q.id)
    rate(session, data, q.id, managers["M3"], (4, 4))
    rate(session, data, q.id, managers["M4"], (2, 2))
    # Q's first appraisal proposed A; the current (second) version proposes B, as PROPOSED says.
    first = Appraisal(cycle_id=cycle.id, employee_id=q.id, proposed_band_id=bands["A"], version=1)
    session.add(first)
    session.flush()
    session.add(Appraisal(cycle_id=cycle.id, employee_id=q.id, proposed_band_id=bands["B"], version=2,
                          supersedes_id=first.id))
    # In M1's line but never rated: no figure, in no team, in no count.
    unrated = Employee(employee_no="E100", name="未评", department_id=department.id, manager_id=managers["M1"])
    session.add(unrated)
    session.flush()
    session.add(Appraisal(cycle_id=cycle.id, employee_id=unrated.id, proposed_band_id=bands["D"]))
    session.flush()
    return data

from datetime import date

from sqlalchemy import func, select

from db.models import Appraisal, Cycle, CycleParticipant, CycleStage, Department, Employee, Frequency
from reviewer.cycles.participation import ensure_appraisals


def _cycle_with(session, people: int, stage: CycleStage) -> Cycle:
    department = Department(name="Sales")
    session.add(department)
    session.flush()
    employees = [Employee(employee_no=f"E{n}", name=f"张{n}", department_id=department.id) for n in range(people)]
    cycle = Cycle(name="2027 H1", period_start=date(2027, 1, 1), period_end=date(2027, 6, 30),
                  frequency=Frequency.HALF_YEAR, stage=stage)
    session.add_all([cycle, *employees])
    session.flush()
    session.add_all(CycleParticipant(cycle_id=cycle.id, employee_id=e.id) for e in employees)
    session.flush()
    return cycle


def test_every_participant_gets_one_appraisal_and_never_a_second(database):
    with database.session() as session:
        cycle = _cycle_with(session, 3, CycleStage.GOAL_SETTING)
        assert len(ensure_appraisals(session, cycle)) == 3
        assert ensure_appraisals(session, cycle) == []
        late = Employee(employee_no="E9", name="李四", department_id=session.scalars(select(Department.id)).one())
        session.add(late)
        session.flush()
        session.add(CycleParticipant(cycle_id=cycle.id, employee_id=late.id, added_late=True))
        assert ensure_appraisals(session, cycle) == [late.id]
        session.commit()
        assert session.scalar(select(func.count()).select_from(Appraisal)) == 4


def test_a_draft_cycle_has_no_appraisals_yet(database):
    with database.session() as session:
        cycle = _cycle_with(session, 2, CycleStage.DRAFT)
        assert ensure_appraisals(session, cycle) == []

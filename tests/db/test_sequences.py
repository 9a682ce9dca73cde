"""After the demo (inserted with planned ids) the program keeps adding rows normally."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.migrate import open_database
from db.models import Cycle, CycleStage, Department, KpiTemplate, Target
from reviewer.kpi.actuals import record_actual
from reviewer.demo import build_demo
from reviewer.people.departments import create_department
from reviewer.people.editing import PersonInput, create_person
from reviewer.kpi.targets import assign_template


def test_people_departments_targets_and_actuals_can_be_added_after_the_demo(database_url):
    database, _ = open_database(database_url)
    try:
        with database.session() as session:
            build_demo(session, size=60)
        with database.session() as session:
            root = session.scalar(select(Department.id).where(Department.parent_id.is_(None)))
            department_id = create_department(session, "新业务部", root)
            person_id = create_person(session, PersonInput(employee_no="N0001", name="赵新", department_id=department_id,
                                                           email="zhao.xin@example.com", position="客户经理",
                                                           hire_date=date(2026, 11, 2)))
            cycle_id = session.scalar(select(Cycle.id).where(Cycle.stage != CycleStage.CLOSED).order_by(Cycle.id))
            template_id = session.scalar(select(KpiTemplate.id).order_by(KpiTemplate.id))
            assert assign_template(session, cycle_id, template_id, [person_id]).created > 0
            target = session.scalar(select(Target).where(Target.employee_id == person_id).order_by(Target.id))
            cycle = session.get(Cycle, cycle_id)
            actual_id = record_actual(session, target.id, 1.0, cycle.period_start, "月报")
        with database.session() as session:
            assert session.get(Department, department_id).name == "新业务部"
            assert actual_id and target.id
    finally:
        database.dispose()

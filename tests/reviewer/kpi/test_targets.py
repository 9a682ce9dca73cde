"""Setting targets for a cycle."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from db.models import Cycle, CycleStage, Department, Employee, Frequency, KpiTemplate, Position, Target
from reviewer.errors import StageBlocked, ValidationError
from reviewer.kpi.targets import (
    assign_template,
    copy_targets_forward,
    people_off_weight,
    person_targets,
    select_people,
    update_target,
)


def cycles(session):
    closed = session.scalar(select(Cycle).where(Cycle.stage == CycleStage.CLOSED))
    current = session.scalar(select(Cycle).where(Cycle.stage == CycleStage.SELF_REVIEW_360))
    return closed, current


def new_cycle(session) -> Cycle:
    cycle = Cycle(name="2027 H1", period_start=date(2027, 1, 1), period_end=date(2027, 6, 30),
                  frequency=Frequency.HALF_YEAR, stage=CycleStage.GOAL_SETTING)
    session.add(cycle)
    session.flush()
    return cycle


def test_assigning_a_template_to_a_position_gives_everyone_weights_totalling_100(demo_database):
    with demo_database.session() as session:
        cycle = new_cycle(session)
        position = session.scalar(select(Position).where(Position.title == "Customer Manager"))
        template = session.scalar(select(KpiTemplate).where(KpiTemplate.code == "customer_manager"))
        people = select_people(session, position_id=position.id)
        result = assign_template(session, cycle.id, template.id, people)
        assert result.people == len(people) > 50 and result.created == len(people) * len(template.items)
        assert people_off_weight(session, cycle.id) == {}
        again = assign_template(session, cycle.id, template.id, people)
        assert (again.created, again.kept) == (0, len(people))


def test_selecting_a_department_includes_its_teams(demo_database):
    with demo_database.session() as session:
        sales = session.scalar(select(Department).where(Department.name == "销售部"))
        team = session.scalar(select(Department).where(Department.name == "销售一组"))
        everyone = select_people(session, department_id=sales.id)
        team_only = select_people(session, department_id=team.id)
        assert set(team_only) < set(everyone)


def test_an_override_that_breaks_the_total_is_reported(demo_database):
    with demo_database.session() as session:
        _, current = cycles(session)
        target = session.scalar(select(Target).where(Target.cycle_id == current.id))
        update_target(session, target.id, target.target_value * 1.1, target.weight + 5)
        off = people_off_weight(session, current.id)
        assert off == {target.employee_id: pytest.approx(105.0)}
        with pytest.raises(ValidationError):
            update_target(session, target.id, 1, 0)


def test_closed_cycles_cannot_change(demo_database):
    with demo_database.session() as session:
        closed, _ = cycles(session)
        target = session.scalar(select(Target).where(Target.cycle_id == closed.id))
        with pytest.raises(StageBlocked):
            update_target(session, target.id, 1, 50)


def test_copying_forward_repeats_last_cycles_targets_for_active_people(demo_database):
    with demo_database.session() as session:
        _, current = cycles(session)
        cycle = new_cycle(session)
        result = copy_targets_forward(session, current.id, cycle.id)
        copied = session.scalar(select(func.count()).select_from(Target).where(Target.cycle_id == cycle.id))
        active = session.scalar(select(func.count(func.distinct(Target.employee_id))).join(Employee)
                                .where(Target.cycle_id == current.id, Employee.is_active))
        assert result.created == copied and result.people == active
        assert copy_targets_forward(session, current.id, cycle.id).created == 0


def test_person_targets_show_latest_result_attainment_and_points(demo_database):
    with demo_database.session() as session:
        closed, _ = cycles(session)
        someone = session.scalar(select(Target.employee_id).where(Target.cycle_id == closed.id))
        rows = person_targets(session, closed.id, someone)
    assert rows and sum(r.weight for r in rows) == pytest.approx(100)
    assert all(r.actual is not None and r.points is not None for r in rows)

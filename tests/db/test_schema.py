"""The database itself refuses what the domain forbids, on every backend."""
from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError

from db.migrate import SCHEMA_HEAD, alembic_config
from db.models import (
    Base,
    Cycle,
    Department,
    Employee,
    FeedbackRequest,
    FormTemplate,
    Frequency,
    Relationship,
    Target,
    Kpi,
    KpiDirection,
    KpiKind,
    KpiUnit,
)


def add_team(session):
    """A department with a manager and two reports; returns (dept, boss, a, b)."""
    dept = Department(name="销售部")
    session.add(dept)
    session.flush()
    boss = Employee(employee_no="E1", name="张伟", department_id=dept.id)
    session.add(boss)
    session.flush()
    a = Employee(employee_no="E2", name="王芳", department_id=dept.id, manager_id=boss.id)
    session.add(a)
    session.flush()
    b = Employee(employee_no="E3", name="李强", department_id=dept.id, manager_id=a.id)
    session.add(b)
    session.flush()
    return dept, boss, a, b


def test_upgraded_schema_matches_the_models_exactly(database):
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_schema_head_constant_is_the_newest_migration():
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == SCHEMA_HEAD


def test_duplicate_employee_number_is_rejected(database):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            dept, *_ = add_team(session)
            session.add(Employee(employee_no="E1", name="另一个张伟", department_id=dept.id))
            session.flush()


def test_manager_loop_is_rejected_by_the_database(database):
    with database.session() as session:
        _, boss, a, b = add_team(session)
        boss_id, b_id = boss.id, b.id
    # Raw SQL on purpose: the guard must hold even for writes that skip the services.
    with pytest.raises(IntegrityError, match="manager loop"):
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE employees SET manager_id = :m WHERE id = :e"), {"m": b_id, "e": boss_id})
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT manager_id FROM employees WHERE id = :e"), {"e": boss_id}).scalar() is None


def test_employee_cannot_be_their_own_manager(database):
    with database.session() as session:
        _, boss, *_ = add_team(session)
        boss_id = boss.id
    with pytest.raises(IntegrityError):
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE employees SET manager_id = id WHERE id = :e"), {"e": boss_id})


def test_department_tree_cannot_loop(database):
    with database.session() as session:
        top = Department(name="总部")
        session.add(top)
        session.flush()
        child = Department(name="销售部", parent_id=top.id)
        session.add(child)
        session.flush()
        top_id, child_id = top.id, child.id
    with pytest.raises(IntegrityError, match="department loop"):
        with database.engine.begin() as conn:
            conn.execute(text("UPDATE departments SET parent_id = :c WHERE id = :t"), {"c": child_id, "t": top_id})


def test_department_with_people_cannot_be_deleted(database):
    with database.session() as session:
        dept, *_ = add_team(session)
        dept_id = dept.id
    with pytest.raises(IntegrityError):
        with database.engine.begin() as conn:
            conn.execute(text("DELETE FROM departments WHERE id = :d"), {"d": dept_id})


def _cycle(**overrides) -> Cycle:
    values = dict(name="2026 H1", period_start=date(2026, 1, 1), period_end=date(2026, 6, 30),
                  frequency=Frequency.HALF_YEAR)
    values.update(overrides)
    return Cycle(**values)


@pytest.mark.parametrize("overrides", [
    {"kpi_weight": 80, "competency_weight": 30},  # parts must total 100
    {"period_end": date(2025, 12, 31)},  # ends before it starts
    {"anonymity_threshold": 0},
])
def test_cycle_settings_out_of_range_are_rejected(database, overrides):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(_cycle(**overrides))
            session.flush()


def test_unknown_stage_is_rejected_even_in_raw_sql(database):
    with pytest.raises(IntegrityError):
        with database.engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO cycles (name, period_start, period_end, frequency, stage, kpi_weight, "
                "competency_weight, anonymity_threshold, created_at) VALUES "
                "('x', '2026-01-01', '2026-06-30', 'half_year', 'finished', 70, 30, 3, '2026-01-01')"
            ))


def test_enum_values_are_checked_before_reaching_sql(database):
    with pytest.raises(StatementError):
        with database.session() as session:
            session.add(_cycle(stage="finished"))
            session.flush()


def test_target_weight_must_be_between_0_and_100(database):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            dept, boss, *_ = add_team(session)
            cycle = _cycle()
            kpi = Kpi(code="K1", name="Sales", unit=KpiUnit.CURRENCY, direction=KpiDirection.HIGHER_BETTER,
                      kind=KpiKind.QUANTITATIVE, category="Sales")
            session.add_all([cycle, kpi])
            session.flush()
            session.add(Target(cycle_id=cycle.id, employee_id=boss.id, kpi_id=kpi.id, target_value=10, weight=120))
            session.flush()


def _request(session, relation, rater_id, subject_id):
    cycle = _cycle()
    form = FormTemplate(family="ic", version=1, name="IC")
    session.add_all([cycle, form])
    session.flush()
    session.add(FeedbackRequest(cycle_id=cycle.id, subject_id=subject_id, rater_employee_id=rater_id,
                                relation=relation, template_id=form.id))
    session.flush()


def test_an_employee_cannot_be_their_own_peer_rater(database):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            _, _, a, _ = add_team(session)
            _request(session, Relationship.PEER, a.id, a.id)


def test_a_self_review_must_be_by_the_subject(database):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            _, boss, a, _ = add_team(session)
            _request(session, Relationship.SELF, boss.id, a.id)


def test_a_self_review_by_the_subject_is_accepted(database):
    with database.session() as session:
        _, _, a, _ = add_team(session)
        _request(session, Relationship.SELF, a.id, a.id)
        assert session.query(FeedbackRequest).count() == 1


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(empty_sqlite_database):
    with empty_sqlite_database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_one_multi_row_insert_cannot_create_a_loop(database):
    """Automatic ids: the guard must see the new row's id (an AFTER INSERT check)."""
    with database.session() as session:
        dept = Department(name="总部")
        session.add(dept)
        session.flush()
        dept_id = session.scalar(text("SELECT max(id) FROM departments"))
        top = session.scalar(text("SELECT coalesce(max(id), 0) FROM employees"))
    first, second = top + 1, top + 2
    with pytest.raises(IntegrityError):
        with database.engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                conn.execute(text(
                    "INSERT INTO employees (employee_no, name, department_id, manager_id, is_active, created_at, "
                    "updated_at) VALUES ('L1', '甲', :d, :b, 1, '2026-01-01', '2026-01-01'), "
                    "('L2', '乙', :d, :a, 1, '2026-01-01', '2026-01-01')"), {"d": dept_id, "a": first, "b": second})
            else:  # PostgreSQL checks foreign keys per row, so make the pair with deferred-free ids
                conn.execute(text("INSERT INTO employees (id, employee_no, name, department_id, is_active, created_at, "
                                  "updated_at) VALUES (:a, 'L1', '甲', :d, true, now(), now())"), {"a": first, "d": dept_id})
                conn.execute(text("INSERT INTO employees (id, employee_no, name, department_id, manager_id, is_active, "
                                  "created_at, updated_at) VALUES (:b, 'L2', '乙', :d, :a, true, now(), now())"),
                             {"a": first, "b": second, "d": dept_id})
                conn.execute(text("UPDATE employees SET manager_id = :b WHERE id = :a"), {"a": first, "b": second})


@pytest.mark.parametrize("change", [{"cadence_days": 10}, {"kind": "punitive"}, {"source": "rumour"},
                                    {"version": 0}])
def test_a_plan_out_of_its_vocabulary_is_refused(database, change):
    from db.models import ImprovementPlan

    with pytest.raises(IntegrityError):
        with database.session() as session:
            _dept, boss, *_ = add_team(session)
            fields = dict(employee_id=boss.id, owner_id=boss.id, reason="Below target", start_date=date(2027, 1, 1),
                          end_date=date(2027, 4, 1))
            session.add(ImprovementPlan(**fields, **change))
            session.flush()


def test_a_check_in_goal_state_must_be_known(database):
    from db.models import ImprovementPlan, PlanCheckIn, PlanCheckInGoal, PlanGoal

    with pytest.raises(IntegrityError):
        with database.session() as session:
            _dept, boss, *_ = add_team(session)
            plan = ImprovementPlan(employee_id=boss.id, owner_id=boss.id, reason="Below target",
                                   start_date=date(2027, 1, 1), end_date=date(2027, 4, 1))
            session.add(plan)
            session.flush()
            goal = PlanGoal(plan_id=plan.id, horizon="short_term", description="Calls", measure="Calls a week",
                            due_date=date(2027, 2, 1))
            check_in = PlanCheckIn(plan_id=plan.id, held_on=date(2027, 1, 15), progress_pct=40)
            session.add_all([goal, check_in])
            session.flush()
            session.add(PlanCheckInGoal(check_in_id=check_in.id, goal_id=goal.id, progress_pct=40, state="fine"))
            session.flush()

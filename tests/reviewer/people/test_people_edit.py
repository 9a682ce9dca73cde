"""Adding, changing and deactivating people."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import Department, Employee
from reviewer.errors import ValidationError
from reviewer.people.editing import (
    PersonInput,
    create_person,
    deactivate_person,
    delete_person,
    reactivate_person,
    update_person,
)
from tests.db.test_schema import add_team


def test_create_then_edit_a_person(database):
    with database.session() as session:
        dept, boss, *_ = add_team(session)
        new_id = create_person(session, PersonInput(" E9 ", "陈静", dept.id, "Chen.Jing@Example.com", "客户经理",
                                                    boss.id, date(2026, 11, 2)))
        update_person(session, new_id, PersonInput("E9", "陈静怡", dept.id, "chen.jing@example.com", "大客户经理",
                                                    None, date(2026, 11, 2)))
    with database.session() as session:
        person = session.get(Employee, new_id)
        assert (person.employee_no, person.name, person.email, person.manager_id) == (
            "E9", "陈静怡", "chen.jing@example.com", None)
        assert person.position.title == "大客户经理"


def test_each_bad_field_is_reported(database):
    with database.session() as session:
        dept, boss, a, _ = add_team(session)
        with pytest.raises(ValidationError) as error:
            create_person(session, PersonInput("E1", "", dept.id, "not-mail"))
    fields = {p.field: p.code for p in error.value.problems}
    assert fields == {"employee_no": "number_taken", "name": "missing", "email": "email_invalid"}


def test_moving_a_manager_below_their_report_is_refused(database):
    with database.session() as session:
        dept, boss, a, b = add_team(session)
        with pytest.raises(ValidationError, match="loop"):
            update_person(session, boss.id, PersonInput("E1", "张伟", dept.id, manager_id=b.id))


def test_deactivating_moves_reports_up_and_undo_brings_them_back(database):
    with database.session() as session:
        dept, boss, a, b = add_team(session)  # boss <- a <- b
        done = deactivate_person(session, a.id, date(2026, 11, 30))
        assert session.get(Employee, b.id).manager_id == boss.id
        assert not session.get(Employee, a.id).is_active
        reactivate_person(session, done)
        assert session.get(Employee, a.id).is_active and session.get(Employee, b.id).manager_id == a.id


def test_someone_with_history_cannot_be_deleted_only_deactivated(demo_database):
    with demo_database.session() as session:
        anyone = session.scalar(select(Employee).where(Employee.employee_no == "E10020"))
        with pytest.raises(ValidationError, match="mark them as having left"):
            delete_person(session, anyone.id)


def test_a_mistaken_new_record_can_be_deleted(database):
    with database.session() as session:
        dept = Department(name="总部")
        session.add(dept)
        session.flush()
        new_id = create_person(session, PersonInput("X1", "误录", dept.id))
        delete_person(session, new_id)
        assert session.get(Employee, new_id) is None


def test_hire_and_leave_dates_centuries_away_are_refused(database):
    from datetime import timedelta

    from reviewer.people.editing import check_person

    with database.session() as session:
        dept, boss, a, _ = add_team(session)
        for hired, code in ((date(2999, 1, 1), "date_too_far_ahead"), (date(1850, 6, 1), "date_too_early")):
            problems = check_person(session, PersonInput("E9", "陈静", dept.id, hire_date=hired))
            assert [(p.field, p.code) for p in problems] == [("hire_date", code)]
        soon = date.today() + timedelta(days=90)  # a start already agreed for next quarter is fine
        assert check_person(session, PersonInput("E9", "陈静", dept.id, hire_date=soon)) == []
        with pytest.raises(ValidationError, match="check the year") as error:
            deactivate_person(session, a.id, date(3026, 11, 30))
        assert error.value.code == "leave_date_implausible"


def test_control_and_text_direction_characters_in_a_name_are_refused(database):
    from reviewer.people.editing import check_person

    with database.session() as session:
        dept, *_ = add_team(session)
        for name, shown in (("Ctrl\x07\x1bname", "U+0007, U+001B"), ("Evil\u202efdp.exe", "U+202E"),
                            ("\u2066陈静\u2069", "U+2066, U+2069"), ("陈\x9b静", "U+009B"),
                            ("陈\u200f静", "U+200F"), ("陈\u2028静", "U+2028"), ("陈\u200b静\ue000", "U+200B, U+E000")):
            problems = check_person(session, PersonInput("E9", name, dept.id))
            assert [(p.field, p.code) for p in problems] == [("name", "hidden_characters")]
            assert shown in problems[0].message
        with pytest.raises(ValidationError):
            create_person(session, PersonInput("E9\x1b", "陈静", dept.id))

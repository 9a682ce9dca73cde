"""What the People page's service tells each role: the list in their scope and, when
they cannot change it, why, in their own words."""
from __future__ import annotations

from db.models import Employee, UserRole
from reviewer.access import Actor, bind
from reviewer.messages import render
from reviewer.people.directory import people_view
from tests.db.test_schema import add_team


def test_a_manager_may_change_their_line_and_is_told_their_own_record_and_departments_are_hrs(database):
    with database.session() as session:
        _, boss, middle, below = add_team(session)
        session.add(Employee(employee_no="E9", name="赵六", department_id=boss.department_id))  # outside
        session.flush()
        bind(session, Actor(7, "wang", "王芳", UserRole.MANAGER, middle.id))
        view = people_view(session)
        assert {p.id for p in view.people} == {middle.id, below.id}  # their own record and their line
        assert view.may_change and not view.may_edit_departments
        assert view.read_only_code == "manager_people_scope"
        text = render(view.read_only_code, view.read_only_params)
        assert text.startswith("王芳 signed in as a manager") and "reporting line" in text and "departments" in text
        assert "Only HR may do this" not in text


def test_hr_may_change_the_list_and_an_auditor_is_told_they_read_only(database):
    with database.session() as session:
        add_team(session)
        bind(session, Actor(1, "hr", "HR", UserRole.HR_ADMIN))
        hr = people_view(session)
        assert hr.may_change and hr.may_edit_departments and hr.read_only_code is None and len(hr.people) == 3
        bind(session, Actor(2, "audit", "审计", UserRole.AUDITOR))
        auditor = people_view(session)
        assert not auditor.may_change and not auditor.may_edit_departments and auditor.read_only_code == "auditor_reads_only"

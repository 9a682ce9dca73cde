"""Editing the department tree."""
from __future__ import annotations

import pytest

from db.models import Department
from reviewer.people.departments import create_department, delete_department, move_department, rename_department
from reviewer.errors import ValidationError
from tests.db.test_schema import add_team


def test_add_rename_move_and_delete(database):
    with database.session() as session:
        top = create_department(session, "总部", None)
        sales = create_department(session, "销售部", top)
        team = create_department(session, "销售一组", sales)
        rename_department(session, team, "华东销售组")
        market = create_department(session, "市场部", top)
        move_department(session, team, market)
        assert session.get(Department, team).parent_id == market
        delete_department(session, team)
        assert session.get(Department, team) is None


def test_moving_a_department_inside_itself_is_refused(database):
    with database.session() as session:
        top = create_department(session, "总部", None)
        sales = create_department(session, "销售部", top)
        team = create_department(session, "销售一组", sales)
        with pytest.raises(ValidationError, match="inside itself"):
            move_department(session, sales, team)


def test_names_are_unique_among_siblings(database):
    with database.session() as session:
        top = create_department(session, "总部", None)
        create_department(session, "销售部", top)
        with pytest.raises(ValidationError, match="already a department called 销售部"):
            create_department(session, " 销售部 ", top)


def test_a_department_with_people_cannot_be_deleted(database):
    with database.session() as session:
        dept, *_ = add_team(session)
        with pytest.raises(ValidationError, match="3 people"):
            delete_department(session, dept.id)

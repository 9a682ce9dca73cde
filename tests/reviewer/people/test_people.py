"""People services: listing, detail and reporting lines."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from db.models import Employee
from reviewer.errors import ValidationError
from reviewer.people.directory import (
    department_subtree,
    list_departments,
    list_people,
    person_detail,
    set_manager,
    tenure_months,
)
from tests.db.test_schema import add_team


def test_moving_a_manager_under_their_own_report_names_the_loop(database):
    with database.session() as session:
        _, boss, a, b = add_team(session)
        with pytest.raises(ValidationError) as error:
            set_manager(session, boss.id, b.id)
    message = str(error.value)
    assert "张伟 (E1) cannot report to 李强 (E3)" in message
    assert "李强 → 王芳 → 张伟" in message


def test_a_valid_manager_change_is_saved(database):
    with database.session() as session:
        _, boss, a, b = add_team(session)
        set_manager(session, b.id, boss.id)
        b_id, boss_id = b.id, boss.id
    with database.session() as session:
        assert session.get(Employee, b_id).manager_id == boss_id


def test_list_people_resolves_department_and_manager_names(database):
    with database.session() as session:
        add_team(session)
        rows = {row.employee_no: row for row in list_people(session)}
    assert rows["E3"].manager_name == "王芳"
    assert rows["E3"].department == "销售部"
    assert rows["E1"].manager_name is None


def test_person_detail_lists_active_reports(demo_database):
    with demo_database.session() as session:
        ceo = session.scalar(select(Employee).where(Employee.manager_id.is_(None)))
        detail = person_detail(session, ceo.id)
    assert detail.manager is None
    assert len(detail.reports) >= 7  # six department heads and HR
    assert detail.department_path[0].endswith("总部")


def test_department_subtree_includes_every_level(demo_database):
    with demo_database.session() as session:
        departments = list_departments(session)
    sales = next(d for d in departments if d.name == "销售部")
    subtree = department_subtree(departments, sales.id)
    names = {d.name for d in departments if d.id in subtree}
    assert names == {"销售部", "销售一组", "销售二组", "销售三组"}


@pytest.mark.parametrize("hired, today, months", [
    (date(2020, 3, 15), date(2026, 3, 15), 72),
    (date(2020, 3, 15), date(2026, 3, 14), 71),
    (date(2026, 11, 30), date(2026, 11, 23), 0),
])
def test_tenure_counts_whole_months(hired, today, months):
    assert tenure_months(hired, today) == months


def test_reporting_tree_counts_everyone_below(demo_database):
    from reviewer.people.directory import reporting_tree, top_departments

    with demo_database.session() as session:
        people = list_people(session)
        departments = list_departments(session)
    roots = reporting_tree(people)
    active = [p for p in people if p.is_active]
    assert len(roots) == 1 and roots[0].headcount == len(active)
    for head in roots[0].reports:
        assert head.headcount == 1 + sum(child.headcount for child in head.reports)
    main = top_departments(departments)
    by_name = {d.name: d.id for d in departments}
    assert main[by_name["销售一组"]] == by_name["销售部"] == main[by_name["销售部"]]

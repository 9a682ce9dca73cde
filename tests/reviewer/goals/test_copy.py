"""Copying a cycle copies its goal tree and the goals its copied targets serve."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.models import CycleGoal, Target
from reviewer.cycles.setup import NewCycle, create_cycle


def test_copying_a_cycle_copies_the_goal_tree_and_the_targets_links(company, hr, tree):
    created = hr.call(create_cycle, NewCycle("2027 H2", date(2027, 7, 1), date(2027, 12, 31), "half_year",
                                             copy_from_id=company.cycle_id))
    assert created.goals_copied == 4 and created.as_dict()["goals_copied"] == 4
    with hr.unit() as session:
        goals = {g.title: g for g in session.scalars(select(CycleGoal).where(CycleGoal.cycle_id == created.id))}
        assert set(goals) == {"提高收入", "扩大销售", "一组新客户", "客户满意"}
        assert not set(g.id for g in goals.values()) & set(tree.values())
        assert goals["一组新客户"].parent is goals["扩大销售"] and goals["扩大销售"].parent is goals["提高收入"]
        assert goals["客户满意"].department_id == company.departments["service"]
        assert goals["提高收入"].measure == "营业收入" and goals["提高收入"].target_value == 5000
        served = {(t.employee_id, t.kpi_id): t.goal_id for t in session.scalars(
            select(Target).where(Target.cycle_id == created.id))}
        assert served[(company.people["Ann"], company.kpis[0])] == goals["扩大销售"].id
        assert served[(company.people["Cai"], company.kpis[0])] == goals["一组新客户"].id
        assert served[(company.people["Lou"], company.kpis[0])] == goals["客户满意"].id
        # The source cycle keeps its own tree.
        assert session.get(CycleGoal, tree["sales"]).cycle_id == company.cycle_id

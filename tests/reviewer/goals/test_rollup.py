"""Each goal's roll-up: the weighted mean attainment of the targets in its subtree, by the
cycle's own attainment, with counts of targets and people; a manager's roll-up covers
their people only and says so. Figures are in company.py's docstring."""
from __future__ import annotations

import pytest

from reviewer.goals.rollup import goal_tree


def _by_title(nodes):
    return {node.title: node for node in nodes}


def test_hr_sees_every_targets_attainment_rolled_up_the_tree(company, hr, tree):
    nodes = hr.call(goal_tree, company.cycle_id)
    assert [(n.title, n.depth) for n in nodes] == [("提高收入", 0), ("扩大销售", 1), ("一组新客户", 2), ("客户满意", 1)]
    goals = _by_title(nodes)
    # 一组新客户: Cai 90 of 100.
    assert goals["一组新客户"].attainment == pytest.approx(0.9)
    # 扩大销售: Ann 0.8×60 + 1.2×40 (1.5 counted up to the cap), Bo 1.0×50 (his K1 has no result), Cai 0.9×100.
    sales = goals["扩大销售"]
    assert sales.attainment == pytest.approx((48 + 48 + 50 + 90) / 250)
    assert (sales.own_targets, sales.targets, sales.measured, sales.people) == (4, 5, 4, 3)
    assert goals["客户满意"].attainment == pytest.approx(0.5)
    top = goals["提高收入"]
    assert top.attainment == pytest.approx((236 + 50) / 350)
    assert (top.targets, top.measured, top.people, top.scoped) == (6, 5, 4, False)
    assert top.measure == "营业收入" and top.unit == "万元" and top.target_value == 5000
    assert sales.department == "总部/销售部" and top.department is None


def test_a_managers_roll_up_covers_their_people_only_and_says_so(company, tree, database):
    nodes = company.manager(database).call(goal_tree, company.cycle_id)
    goals = _by_title(nodes)
    assert all(n.scoped for n in nodes)
    top = goals["提高收入"]
    # Lou (客服部, not in Mei's line) is left out of every figure.
    assert top.attainment == pytest.approx(236 / 250)
    assert (top.targets, top.measured, top.people) == (5, 4, 3)
    assert goals["客户满意"].attainment is None and goals["客户满意"].targets == 0
    assert [n.may_edit for n in nodes] == [False, True, True, False]


def test_a_goal_without_results_has_no_attainment(company, hr):
    from reviewer.goals.tree import GoalInput, add_goal

    hr.call(add_goal, company.cycle_id, GoalInput("新目标"))
    (node,) = hr.call(goal_tree, company.cycle_id)
    assert node.attainment is None and node.targets == 0 and node.as_dict()["attainment_pct"] is None

"""The targets import's optional goal column names, by title, the goal each target serves."""
from __future__ import annotations

from sqlalchemy import select

from db.models import Target
from reviewer.io.tables import Table
from reviewer.kpi.targets_import import guess_mapping, import_targets

HEADERS = ["工号", "指标", "目标值", "权重", "所属目标"]


def _import(hr, rows, headers=HEADERS):
    table = Table(headers, rows)
    with hr.unit() as session:
        return import_targets(session, table, guess_mapping(headers), cycle="2027 H1")


def _goals(hr, company):
    with hr.unit() as session:
        return {(t.employee_id, t.kpi_id): t.goal_id for t in session.scalars(
            select(Target).where(Target.cycle_id == company.cycle_id))}


def test_the_goal_column_is_recognised_by_its_chinese_header():
    assert guess_mapping(HEADERS)["goal"] == 4 and guess_mapping(HEADERS)["target"] == 2


def test_each_row_names_the_goal_its_target_serves(company, hr, tree):
    result = _import(hr, [["E5", "K0", 100, 100, "一组新客户 "], ["E3", "K0", 100, 60, "提高收入"],
                          ["E3", "K1", 100, 40, ""], ["E6", "K0", 100, 100, "提高收入"]])
    assert result.problems == [] and result.imported
    assert (result.unchanged, result.updated) == (1, 3)  # Cai's goal is the same; the others changed
    goals = _goals(hr, company)
    p, k = company.people, company.kpis
    assert goals[(p["Cai"], k[0])] == tree["team"]
    assert goals[(p["Ann"], k[0])] == tree["top"]
    assert goals[(p["Ann"], k[1])] is None  # a blank cell serves no goal
    assert goals[(p["Lou"], k[0])] == tree["top"]


def test_an_unknown_ambiguous_or_foreign_goal_is_a_row_problem(company, hr, tree):
    from reviewer.goals.tree import GoalInput, add_goal

    hr.call(add_goal, company.cycle_id, GoalInput("扩大销售", tree["top"], company.departments["service"]))
    result = _import(hr, [["E3", "K0", 100, 60, "不存在的目标"], ["E3", "K1", 100, 40, "扩大销售"],
                          ["E6", "K0", 100, 100, "一组新客户"]])
    assert not result.imported
    by_row = {(p.row, p.code): p for p in result.problems if p.field == "goal"}
    assert set(by_row) == {(2, "goal_import_unknown"), (3, "goal_import_ambiguous"),
                           (4, "goal_link_outside_department")}
    assert "不存在的目标" in by_row[(2, "goal_import_unknown")].message
    assert "2 goals" in by_row[(3, "goal_import_ambiguous")].message
    assert "Lou" in by_row[(4, "goal_link_outside_department")].message
    assert "销售一组" in by_row[(4, "goal_link_outside_department")].message


def test_without_the_goal_column_targets_keep_their_goals(company, hr, tree):
    result = _import(hr, [["E3", "K0", 100, 60], ["E3", "K1", 100, 40]], HEADERS[:4])
    assert result.imported and result.unchanged == 2
    assert _goals(hr, company)[(company.people["Ann"], company.kpis[0])] == tree["sales"]

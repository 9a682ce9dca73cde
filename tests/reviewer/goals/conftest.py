from __future__ import annotations

import pytest

from reviewer.goals.links import link_target
from reviewer.goals.tree import GoalInput, add_goal
from reviewer.workstation import Workstation

from .company import build_goal_company


@pytest.fixture
def company(database):
    with database.session() as session:
        return build_goal_company(session)


@pytest.fixture
def hr(database):
    return Workstation(database)


@pytest.fixture
def tree(company, hr):
    """提高收入 (company) > 扩大销售 (销售部) > 一组新客户 (销售一组); 提高收入 > 客户满意 (客服部);
    Ann's and Bo's targets serve 扩大销售, Cai's 一组新客户, Lou's 客户满意."""
    d = company.departments
    with hr.unit() as session:
        top = add_goal(session, company.cycle_id, GoalInput("提高收入", measure="营业收入", target_value=5000,
                                                             unit="万元"))
        sales = add_goal(session, company.cycle_id, GoalInput("扩大销售", top, d["sales"]))
        team = add_goal(session, company.cycle_id, GoalInput("一组新客户", sales, d["team"]))
        service = add_goal(session, company.cycle_id, GoalInput("客户满意", top, d["service"]))
        for key in (("Ann", 0), ("Ann", 1), ("Bo", 0), ("Bo", 1)):
            link_target(session, company.targets[key], sales)
        link_target(session, company.targets[("Cai", 0)], team)
        link_target(session, company.targets[("Lou", 0)], service)
    return {"top": top, "sales": sales, "team": team, "service": service}

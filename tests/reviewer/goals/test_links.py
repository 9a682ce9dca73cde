"""A target names the goal it serves: a goal of its own cycle, and a department goal
only for people in that department or below it; managers link their people's targets."""
from __future__ import annotations

import pytest

from db.models import Cycle, Frequency, Target
from reviewer.errors import PermissionDenied, ValidationError
from reviewer.goals.links import cycle_target_links, link_target
from reviewer.goals.tree import GoalInput, add_goal

from .company import END, START


def test_a_department_goal_takes_only_targets_of_its_people(company, hr, tree):
    with pytest.raises(ValidationError) as refused:
        hr.call(link_target, company.targets[("Lou", 0)], tree["sales"])
    assert refused.value.code == "goal_link_outside_department"
    assert "Lou" in str(refused.value) and "销售部" in str(refused.value)
    hr.call(link_target, company.targets[("Cai", 0)], tree["sales"])  # 销售一组 is below 销售部
    hr.call(link_target, company.targets[("Lou", 0)], tree["top"])  # a company goal takes anyone


def test_a_goal_of_another_cycle_is_refused(company, hr, tree):
    with hr.unit() as session:
        other = Cycle(name="2027 H2", period_start=START, period_end=END, frequency=Frequency.HALF_YEAR)
        session.add(other)
        session.flush()
        other_id = other.id
    elsewhere = hr.call(add_goal, other_id, GoalInput("下半年目标"))
    with pytest.raises(ValidationError) as refused:
        hr.call(link_target, company.targets[("Ann", 0)], elsewhere)
    assert refused.value.code == "goal_link_other_cycle"


def test_unlinking_leaves_the_target_without_a_goal(company, hr, tree):
    hr.call(link_target, company.targets[("Ann", 0)], None)
    with hr.unit() as session:
        assert session.get(Target, company.targets[("Ann", 0)]).goal_id is None


def test_a_manager_links_their_peoples_targets_only(company, tree, database):
    mei = company.manager(database)
    mei.call(link_target, company.targets[("Cai", 0)], tree["sales"])
    with pytest.raises(PermissionDenied):
        mei.call(link_target, company.targets[("Lou", 0)], tree["top"])
    links = mei.call(cycle_target_links, company.cycle_id)
    assert {link.name for link in links} == {"Ann", "Bo", "Cai"}
    assert all(link.may_change for link in links)
    assert {link.goal_id for link in links if link.name == "Cai"} == {tree["sales"]}

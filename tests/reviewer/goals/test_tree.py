"""The goal tree's rules: who keeps which goals, no loops, one cycle, cascading down the
organisation, and removing only what nothing depends on unless told to unlink."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import AuditEvent, Cycle, CycleGoal, CycleStage, Frequency, Target
from reviewer.errors import NotFound, PermissionDenied, StageBlocked, ValidationError
from reviewer.goals.tree import GoalInput, add_goal, edit_goal, find_goal, move_goal, remove_goal

from .company import END, START


def _code(excinfo) -> str:
    return excinfo.value.code


def test_a_goal_needs_a_title(company, hr):
    with pytest.raises(ValidationError) as refused:
        hr.call(add_goal, company.cycle_id, GoalInput("   "))
    assert _code(refused) == "goal_title_required"


def test_hr_builds_a_tree_with_chinese_titles(company, hr, tree):
    with hr.unit() as session:
        goal = session.get(CycleGoal, tree["team"])
        assert goal.title == "一组新客户" and goal.parent.title == "扩大销售" and goal.parent.parent.title == "提高收入"
        assert find_goal(session, company.cycle_id, "扩大销售") == tree["sales"]
        assert find_goal(session, company.cycle_id, str(tree["top"])) == tree["top"]


def test_a_goal_cannot_serve_itself_or_one_of_its_sub_goals(company, hr, tree):
    for goal, new_parent in ((tree["top"], tree["team"]), (tree["sales"], tree["sales"])):
        with pytest.raises(ValidationError) as refused:
            hr.call(move_goal, goal, new_parent)
        assert _code(refused) == "goal_loop"
    hr.call(move_goal, tree["team"], tree["top"])  # up a level is no loop


def test_a_parent_from_another_cycle_is_refused(company, hr, tree):
    with hr.unit() as session:
        other = Cycle(name="2027 H2", period_start=START, period_end=END, frequency=Frequency.HALF_YEAR)
        session.add(other)
        session.flush()
        other_id = other.id
    with pytest.raises(ValidationError) as refused:
        hr.call(add_goal, other_id, GoalInput("下半年", tree["top"]))
    assert _code(refused) == "goal_parent_other_cycle"


def test_goals_cascade_down_the_organisation(company, hr, tree):
    d = company.departments
    with pytest.raises(ValidationError) as refused:  # 客服部 is beside 销售部, not below it
        hr.call(add_goal, company.cycle_id, GoalInput("客服支持销售", tree["sales"], d["service"]))
    assert _code(refused) == "goal_department_not_below_parent"
    assert "客服部" in str(refused.value) and "销售部" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        hr.call(add_goal, company.cycle_id, GoalInput("公司目标", tree["sales"]))
    assert _code(refused) == "goal_company_under_department"


def test_two_goals_in_one_place_need_different_titles(company, hr, tree):
    with pytest.raises(ValidationError) as refused:
        hr.call(add_goal, company.cycle_id, GoalInput(" 扩大销售 ", tree["top"], company.departments["sales"]))
    assert _code(refused) == "goal_title_taken"
    # The same title in another department is another goal.
    hr.call(add_goal, company.cycle_id, GoalInput("扩大销售", tree["top"], company.departments["service"]))
    with pytest.raises(ValidationError) as refused:
        hr.call(find_goal, company.cycle_id, "扩大销售")
    assert _code(refused) == "goal_title_ambiguous"


def test_a_goal_with_sub_goals_or_targets_is_removed_only_when_told_to_unlink(company, hr, tree):
    with pytest.raises(ValidationError) as refused:
        hr.call(remove_goal, tree["sales"])
    assert _code(refused) == "goal_remove_has_links"
    assert "1 sub-goal" in str(refused.value) and "4 targets" in str(refused.value)
    with hr.unit() as session:
        version_before = session.get(Target, company.targets[("Ann", 0)]).row_version
    hr.call(remove_goal, tree["sales"], unlink=True)
    with hr.unit() as session:
        assert session.get(CycleGoal, tree["sales"]) is None
        assert session.get(CycleGoal, tree["team"]).parent_id == tree["top"]  # moved up
        unlinked = session.get(Target, company.targets[("Ann", 0)])
        assert unlinked.goal_id is None
        # A window holding the target sees it changed, and the trail says who unlinked it.
        assert unlinked.row_version == version_before + 1
        assert session.scalar(select(AuditEvent.id).where(
            AuditEvent.entity_type == "targets", AuditEvent.entity_id == unlinked.id,
            AuditEvent.action == "targets.updated")) is not None
        assert session.get(Target, company.targets[("Cai", 0)]).goal_id == tree["team"]


def test_a_goal_nothing_depends_on_is_removed(company, hr):
    goal = hr.call(add_goal, company.cycle_id, GoalInput("临时目标"))
    hr.call(remove_goal, goal)
    with pytest.raises(NotFound):
        hr.call(remove_goal, goal)


def test_changing_a_goals_department_keeps_its_targets_people_inside(company, hr, tree):
    # 一组新客户 may become a goal of 销售部: Cai's 销售一组 is below it.
    hr.call(edit_goal, tree["team"], GoalInput("一组新客户", tree["sales"], company.departments["sales"]))
    with pytest.raises(ValidationError) as refused:
        hr.call(edit_goal, tree["service"], GoalInput("客户满意", tree["top"], company.departments["sales"]))
    assert _code(refused) == "goal_targets_outside"  # Lou (客服部) serves it


def test_a_manager_keeps_the_goals_of_their_department_and_below(company, hr, tree, database):
    mei = company.manager(database)
    d = company.departments
    added = mei.call(add_goal, company.cycle_id, GoalInput("一组回款", tree["sales"], d["team"]))
    mei.call(edit_goal, added, GoalInput("一组回款率", tree["sales"], d["team"], measure="回款率"))
    with pytest.raises(PermissionDenied) as refused:
        mei.call(add_goal, company.cycle_id, GoalInput("公司新目标"))
    assert _code(refused) == "goal_company_hr_only"
    with pytest.raises(PermissionDenied) as refused:
        mei.call(add_goal, company.cycle_id, GoalInput("客服目标", tree["top"], d["service"]))
    assert _code(refused) == "goal_department_outside"
    with pytest.raises(PermissionDenied):
        mei.call(edit_goal, tree["top"], GoalInput("改公司目标"))
    mei.call(remove_goal, added)


def test_a_manager_cannot_unlink_targets_outside_their_line(company, hr, tree, database):
    lou_boss = company.manager(database, "Chen")  # Chen's department is 总部: every department is below
    lou_boss.call(remove_goal, tree["service"], unlink=True)  # Lou reports to Chen: allowed
    hr.call(add_goal, company.cycle_id, GoalInput("客户满意", tree["top"], company.departments["service"]))
    mei = company.manager(database)
    with hr.unit() as session:
        # Someone outside Mei's line (Chen himself) serves the sales goal.
        chen_target = Target(cycle_id=company.cycle_id, employee_id=company.people["Chen"],
                             kpi_id=company.kpis[0], target_value=1, weight=100, goal_id=tree["sales"])
        session.add(chen_target)
    with pytest.raises(PermissionDenied) as refused:
        mei.call(remove_goal, tree["sales"], unlink=True)
    assert _code(refused) == "goal_remove_others_targets"


def test_a_closed_cycles_goals_no_longer_change(company, hr, tree):
    with hr.unit() as session:
        session.get(Cycle, company.cycle_id).stage = CycleStage.CLOSED
    with pytest.raises(StageBlocked) as refused:
        hr.call(add_goal, company.cycle_id, GoalInput("太晚了"))
    assert _code(refused) == "goal_cycle_closed"


def test_an_auditor_changes_no_goal(company, database):
    from db.models import UserRole
    from reviewer.access import Actor
    from reviewer.workstation import Workstation

    auditor = Workstation(database, Actor(None, "audit", "Audit", UserRole.AUDITOR))
    with pytest.raises(PermissionDenied):
        auditor.call(add_goal, company.cycle_id, GoalInput("审计目标"))



@pytest.mark.parametrize("description", ["Grow\x00revenue", "Grow \u202erevenue", "x" * 4001])
def test_a_goal_description_with_hidden_characters_or_too_long_is_refused(company, hr, description):
    with pytest.raises(ValidationError):
        hr.call(add_goal, company.cycle_id, GoalInput(title="Grow", description=description))


def test_a_goal_description_may_run_over_several_lines(company, hr):
    goal_id = hr.call(add_goal, company.cycle_id, GoalInput(title="Grow", description="First line\n\tsecond line"))
    with hr.unit() as session:
        assert session.get(CycleGoal, goal_id).description == "First line\n\tsecond line"

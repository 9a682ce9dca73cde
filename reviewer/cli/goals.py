"""`main.py goal add|edit|list|link|remove`: a cycle's company and department goals, the
targets that serve them and each goal's roll-up, over reviewer.goals."""
from __future__ import annotations

import argparse
from typing import Any


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    goal = commands.add_parser("goal", parents=[common],
                               help="goal cascading: a cycle's company and department goals and their roll-up")
    actions = goal.add_subparsers(dest="goal_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="a new company goal, or a department goal with "
                                                           "--department")
    _cycle_option(add)
    add.add_argument("--title", required=True)
    _goal_fields(add)
    add.set_defaults(handler=_run_add)

    edit = actions.add_parser("edit", parents=[common], help="change a goal's words, measure, department or "
                                                             "parent (options not given stay)")
    _cycle_option(edit)
    edit.add_argument("--goal", required=True, metavar="G", help="the goal's title or id")
    edit.add_argument("--title")
    _goal_fields(edit)
    edit.add_argument("--top", action="store_true", help="make it a goal with no parent")
    edit.add_argument("--company", action="store_true", help="make it a company goal (no department)")
    edit.set_defaults(handler=_run_edit)

    listing = actions.add_parser("list", parents=[common], help="the goal tree with each goal's roll-up")
    _cycle_option(listing)
    listing.set_defaults(handler=_run_list)

    link = actions.add_parser("link", parents=[common], help="say which goal a person's target serves")
    _cycle_option(link)
    link.add_argument("--employee", required=True, metavar="EMPLOYEE_NO")
    link.add_argument("--kpi", required=True, metavar="K", help="the KPI's code or name")
    which = link.add_mutually_exclusive_group(required=True)
    which.add_argument("--goal", metavar="G", help="the goal's title or id")
    which.add_argument("--none", action="store_true", help="the target serves no goal")
    link.set_defaults(handler=_run_link)

    remove = actions.add_parser("remove", parents=[common], help="remove a goal")
    _cycle_option(remove)
    remove.add_argument("--goal", required=True, metavar="G", help="the goal's title or id")
    remove.add_argument("--unlink", action="store_true",
                        help="also when it has sub-goals (they move up) or targets (they serve no goal)")
    remove.set_defaults(handler=_run_remove)


def _cycle_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cycle", required=True, metavar="C", help="the cycle's name or id")


def _goal_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--parent", metavar="P", help="the goal it serves (title or id)")
    parser.add_argument("--department", metavar="D", help="a department goal: the department's name, code or path")
    parser.add_argument("--description")
    parser.add_argument("--measure", metavar="M", help="how it is measured, e.g. 'Revenue from new customers'")
    parser.add_argument("--target-value", type=float, metavar="V")
    parser.add_argument("--unit", metavar="U", help="e.g. 万元, %%")


def _department(session, name: str | None) -> int | None:
    from ..cycles.setup import departments_named

    return departments_named(session, [name])[0] if name and name.strip() else None


def _run_add(args) -> tuple[dict[str, Any], str]:
    from ..cycles.setup import find_cycle
    from ..goals.tree import GoalInput, add_goal, find_goal
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        parent = find_goal(session, cycle_id, args.parent) if args.parent else None
        goal_id = add_goal(session, cycle_id, GoalInput(
            args.title, parent, _department(session, args.department), args.description, args.measure,
            args.target_value, args.unit))
    return {"id": goal_id, "title": args.title.strip()}, f"Goal {goal_id} '{args.title.strip()}' added to {args.cycle}."


def _run_edit(args) -> tuple[dict[str, Any], str]:
    from db.models import CycleGoal

    from ..cycles.setup import find_cycle
    from ..goals.tree import GoalInput, edit_goal, find_goal
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        goal = session.get(CycleGoal, find_goal(session, cycle_id, args.goal))
        parent = None if args.top else find_goal(session, cycle_id, args.parent) if args.parent else goal.parent_id
        department = None if args.company else (_department(session, args.department) if args.department
                                                 else goal.department_id)

        def given(value, current):
            return current if value is None else value

        edit_goal(session, goal.id, GoalInput(
            given(args.title, goal.title), parent, department, given(args.description, goal.description),
            given(args.measure, goal.measure), given(args.target_value, goal.target_value), given(args.unit, goal.unit)))
        title = goal.title
    return {"id": goal.id, "title": title}, f"Goal {goal.id} '{title}' changed."


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def _run_list(args) -> tuple[Any, str]:
    from ..cycles.setup import find_cycle
    from ..goals.rollup import goal_tree
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        nodes = goal_tree(session, cycle_id)
    if not nodes:
        return [], f"{args.cycle} has no goals yet; add one with: main.py goal add --cycle '{args.cycle}' --title ..."
    # Figures first: Chinese titles are two columns wide and would shift them.
    lines = [f"{'Id':>5}  {'Attained':>9}  {'Targets':>7}  {'People':>6}  Goal"]
    for node in nodes:
        where = f" [{node.department}]" if node.department else ""
        measure = f" — {node.measure}" if node.measure else ""
        if node.target_value is not None:
            measure += f" {node.target_value:g}{' ' + node.unit if node.unit else ''}"
        lines.append(f"{node.id:>5}  {_percent(node.attainment):>9}  {node.targets:>7}  {node.people:>6}  "
                     f"{'  ' * node.depth}{node.title}{where}{measure}")
    if nodes[0].scoped:
        lines.append("Figures cover only the people in your reporting line (and yourself).")
    return [node.as_dict() for node in nodes], "\n".join(lines)


def _run_link(args) -> tuple[dict[str, Any], str]:
    from ..appraisal.export import employee_id_by_number
    from ..cycles.setup import find_cycle
    from ..goals.links import find_target, link_target
    from ..goals.tree import find_goal
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        target_id = find_target(session, cycle_id, employee_id_by_number(session, args.employee), args.kpi)
        goal_id = None if args.none else find_goal(session, cycle_id, args.goal)
        link_target(session, target_id, goal_id)
    text = (f"{args.employee}'s target on {args.kpi} serves no goal." if goal_id is None
            else f"{args.employee}'s target on {args.kpi} now serves goal {goal_id} '{args.goal}'.")
    return {"target_id": target_id, "goal_id": goal_id}, text


def _run_remove(args) -> tuple[dict[str, Any], str]:
    from ..cycles.setup import find_cycle
    from ..goals.tree import find_goal, remove_goal
    from .runner import workstation_from_args

    with workstation_from_args(args).unit() as session:
        cycle_id = find_cycle(session, args.cycle)
        goal_id = find_goal(session, cycle_id, args.goal)
        remove_goal(session, goal_id, unlink=args.unlink)
    return {"id": goal_id}, f"Goal {goal_id} '{args.goal}' removed."

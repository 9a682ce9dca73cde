"""A cycle's goal tree: adding, editing, moving and removing company and department goals.

Who may: HR keeps every goal. A manager keeps the goals of their own department and
the departments below it (a department head cascades their part of the company goal
to their teams); company goals stay HR's. A closed cycle's goals no longer change."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import CycleGoal, CycleStage, Employee, Target

from ..access import Actor, acting, require_writer, visible_employee_ids
from ..errors import NotFound, PermissionDenied, StageBlocked, ValidationError
from ..messages import Term
from ..people.directory import department_paths, departments_below

MAX_TITLE = 200
MAX_MEASURE = 200
MAX_DESCRIPTION = 4000  # as a written answer on a form
MAX_UNIT = 20


@dataclass(frozen=True)
class GoalInput:
    """What a user says about a goal. ``department_id`` None: a company goal."""

    title: str
    parent_id: int | None = None
    department_id: int | None = None
    description: str | None = None
    measure: str | None = None
    target_value: float | None = None
    unit: str | None = None


def title_key(title: str) -> str:
    """Titles compare equal despite full-width forms, case and spacing."""
    return " ".join(unicodedata.normalize("NFKC", title).casefold().split())


def managed_departments(session: Session, actor: Actor | None = None) -> set[int] | None:
    """The departments whose goals the acting user keeps: None means every goal (HR);
    a manager, their own department and those below it; anyone else, none."""
    actor = actor or acting(session)
    if actor.is_hr:
        return None
    if not actor.may_write or actor.employee_id is None:
        return set()
    own = session.scalar(select(Employee.department_id).where(Employee.id == actor.employee_id))
    return departments_below(session, [own]) if own is not None else set()


def may_keep(managed: set[int] | None, department_id: int | None) -> bool:
    return managed is None or (department_id is not None and department_id in managed)


def _require_may_keep(session: Session, department_id: int | None) -> None:
    actor = require_writer(session)
    managed = managed_departments(session, actor)
    if may_keep(managed, department_id):
        return
    if department_id is None:
        raise PermissionDenied.coded("goal_company_hr_only", name=actor.display_name)
    raise PermissionDenied.coded("goal_department_outside", name=actor.display_name,
                                 department=_department_name(session, department_id))


def _department_name(session: Session, department_id: int | None) -> str:
    if department_id is None:
        return ""
    path = department_paths(session).get(department_id)
    if path is None:
        raise NotFound.coded("department_unknown_id", id=department_id)
    return "/".join(path)


def _cycle_for_goals(session: Session, cycle_id: int):
    """The cycle whose goals change, locked until this unit of work ends: two people adding
    the same title, or linking a target while its goal is removed, take turns, so the second
    sees what the first did."""
    from db.models import Cycle

    from ..database.locking import get_for_update

    cycle = get_for_update(session, Cycle, cycle_id)
    if cycle is None:
        raise NotFound.coded("cycle_unknown_id", id=cycle_id)
    if cycle.stage == CycleStage.CLOSED:
        raise StageBlocked.coded("goal_cycle_closed", cycle=cycle.name)
    return cycle


def _goal_to_change(session: Session, goal_id: int) -> CycleGoal:
    """The goal read afresh after its cycle is locked (see _cycle_for_goals): removed or
    changed by someone else meanwhile, this unit sees it so."""
    goal = goal_in_cycle(session, goal_id)
    _cycle_for_goals(session, goal.cycle_id)
    goal = session.get(CycleGoal, goal_id, populate_existing=True)
    if goal is None:
        raise NotFound.coded("goal_unknown_id", id=goal_id)
    return goal


def goal_in_cycle(session: Session, goal_id: int, cycle_id: int | None = None) -> CycleGoal:
    """The goal, refused when unknown (or in another cycle than ``cycle_id``)."""
    goal = session.get(CycleGoal, goal_id)
    if goal is None or (cycle_id is not None and goal.cycle_id != cycle_id):
        raise NotFound.coded("goal_unknown_id", id=goal_id)
    return goal


def _clean(text: str | None, field: str, limit: int) -> str | None:
    from ..text import refuse_hidden_characters

    value = (text or "").strip()
    if not value:
        return None
    refuse_hidden_characters(field, value)
    if len(value) > limit:
        raise ValidationError.coded("goal_text_too_long", value=value, length=len(value), limit=limit,
                                    what=Term("goal_field", field))
    return value


def _checked(session: Session, cycle_id: int, given: GoalInput, goal: CycleGoal | None) -> dict:
    """The goal's fields from ``given``, refused when they break a rule of the tree."""
    title = _clean(given.title, "title", MAX_TITLE)
    if title is None:
        raise ValidationError.coded("goal_title_required")
    from ..text import refuse_hidden_characters_in_prose

    description = (given.description or "").strip() or None
    refuse_hidden_characters_in_prose("description", description)
    if description is not None and len(description) > MAX_DESCRIPTION:
        raise ValidationError.coded("goal_text_too_long", value=description[:40] + "…", length=len(description),
                                    limit=MAX_DESCRIPTION, what=Term("goal_field", "description"))
    values = {"title": title, "description": description,
              "measure": _clean(given.measure, "measure", MAX_MEASURE), "unit": _clean(given.unit, "unit", MAX_UNIT),
              "target_value": given.target_value, "department_id": given.department_id,
              "parent_id": given.parent_id}
    if given.target_value is not None and given.target_value != given.target_value:  # NaN
        raise ValidationError.coded("goal_target_value_invalid")
    _department_name(session, given.department_id)  # refuses an unknown department
    parent = None
    if given.parent_id is not None:
        parent = session.get(CycleGoal, given.parent_id)
        if parent is None:
            raise NotFound.coded("goal_unknown_id", id=given.parent_id)
        if parent.cycle_id != cycle_id:
            raise ValidationError.coded("goal_parent_other_cycle", parent=parent.title)
        if goal is not None and given.parent_id in subtree_ids(session, goal.id):
            raise ValidationError.coded("goal_loop", goal=goal.title, parent=parent.title)
        # Cascading runs down the organisation: a goal serves a goal of its own department
        # or of one above it, never one of a team below or beside it.
        if parent.department_id is not None:
            if given.department_id is None:
                raise ValidationError.coded("goal_company_under_department", parent=parent.title)
            if given.department_id not in departments_below(session, [parent.department_id]):
                raise ValidationError.coded("goal_department_not_below_parent", parent=parent.title,
                                            department=_department_name(session, given.department_id),
                                            parent_department=_department_name(session, parent.department_id))
    siblings = select(CycleGoal.id, CycleGoal.title).where(
        CycleGoal.cycle_id == cycle_id,
        CycleGoal.parent_id.is_(None) if given.parent_id is None else CycleGoal.parent_id == given.parent_id,
        CycleGoal.department_id.is_(None) if given.department_id is None
        else CycleGoal.department_id == given.department_id)
    for sibling_id, sibling_title in session.execute(siblings):
        if (goal is None or sibling_id != goal.id) and title_key(sibling_title) == title_key(title):
            raise ValidationError.coded("goal_title_taken", title=sibling_title)
    if goal is not None and given.department_id != goal.department_id:
        _refuse_moving_away_from_below(session, goal, given.department_id)
    return values


def _refuse_moving_away_from_below(session: Session, goal: CycleGoal, department_id: int | None) -> None:
    """A goal that changes department must still cover its sub-goals and its targets' people."""
    if department_id is None:
        return
    covered = departments_below(session, [department_id])
    for child in goal.children:
        if child.department_id is None or child.department_id not in covered:
            raise ValidationError.coded("goal_children_outside", goal=goal.title, child=child.title,
                                        department=_department_name(session, department_id))
    outside = session.scalar(select(func.count()).select_from(Target).join(Employee, Employee.id == Target.employee_id)
                             .where(Target.goal_id == goal.id, Employee.department_id.not_in(covered)))
    if outside:
        raise ValidationError.coded("goal_targets_outside", goal=goal.title, count=outside,
                                    department=_department_name(session, department_id))


def add_goal(session: Session, cycle_id: int, given: GoalInput) -> int:
    """A new goal at the end of its parent's goals; returns its id."""
    _cycle_for_goals(session, cycle_id)
    _require_may_keep(session, given.department_id)
    values = _checked(session, cycle_id, given, None)
    last = session.scalar(select(func.max(CycleGoal.sort_order)).where(
        CycleGoal.cycle_id == cycle_id,
        CycleGoal.parent_id.is_(None) if given.parent_id is None else CycleGoal.parent_id == given.parent_id))
    goal = CycleGoal(cycle_id=cycle_id, sort_order=(last or 0) + 1, **values)
    session.add(goal)
    session.flush()
    return goal.id


def edit_goal(session: Session, goal_id: int, given: GoalInput) -> None:
    """Change a goal's words, measure, department or parent (a move), within the rules of the tree."""
    goal = _goal_to_change(session, goal_id)
    _require_may_keep(session, goal.department_id)
    _require_may_keep(session, given.department_id)
    values = _checked(session, goal.cycle_id, given, goal)
    if values["parent_id"] != goal.parent_id:
        last = session.scalar(select(func.max(CycleGoal.sort_order)).where(
            CycleGoal.cycle_id == goal.cycle_id,
            CycleGoal.parent_id.is_(None) if given.parent_id is None else CycleGoal.parent_id == given.parent_id))
        goal.sort_order = (last or 0) + 1
    for key, value in values.items():
        setattr(goal, key, value)
    session.flush()


def move_goal(session: Session, goal_id: int, parent_id: int | None) -> None:
    """Put a goal (with its sub-goals) under another goal, or at the top with None."""
    goal = goal_in_cycle(session, goal_id)
    edit_goal(session, goal_id, GoalInput(goal.title, parent_id, goal.department_id, goal.description,
                                          goal.measure, goal.target_value, goal.unit))


def remove_goal(session: Session, goal_id: int, *, unlink: bool = False) -> None:
    """Remove a goal. A goal with sub-goals or targets serving it is refused unless
    ``unlink``: then its sub-goals move up to its parent and its targets serve no goal."""
    goal = _goal_to_change(session, goal_id)
    _require_may_keep(session, goal.department_id)
    children = list(goal.children)
    linked = list(session.scalars(select(Target.employee_id).where(Target.goal_id == goal.id)))
    if (children or linked) and not unlink:
        raise ValidationError.coded("goal_remove_has_links", goal=goal.title, goals=len(children),
                                    targets=len(linked))
    visible = visible_employee_ids(session)
    if linked and visible is not None and any(e not in visible for e in linked):
        raise PermissionDenied.coded("goal_remove_others_targets", goal=goal.title,
                                     name=acting(session).display_name)
    for child in children:
        child.parent = goal.parent  # leaves goal.children, so deleting the goal leaves it be
    # Row by row, not one UPDATE: each target's version rises (a window holding it then
    # knows it changed) and the audit trail records every unlinking.
    for target in session.scalars(select(Target).where(Target.goal_id == goal.id)):
        target.goal_id = None
    session.flush()
    session.delete(goal)
    session.flush()


def subtree_ids(session: Session, goal_id: int) -> set[int]:
    """The goal and every goal below it."""
    tree = session.execute(select(CycleGoal.id, CycleGoal.parent_id).where(
        CycleGoal.cycle_id == select(CycleGoal.cycle_id).where(CycleGoal.id == goal_id).scalar_subquery())).all()
    children: dict[int | None, list[int]] = {}
    for node, parent in tree:
        children.setdefault(parent, []).append(node)
    found, pending = set(), [goal_id]
    while pending:
        node = pending.pop()
        if node not in found:
            found.add(node)
            pending.extend(children.get(node, ()))
    return found


def find_goal(session: Session, cycle_id: int, text: str) -> int:
    """The goal of the cycle titled ``text`` (or with that id); refused when no goal or
    several goals carry that title."""
    given = (text or "").strip()
    key = title_key(given)
    matches = [(goal_id, department_id) for goal_id, title, department_id in session.execute(
        select(CycleGoal.id, CycleGoal.title, CycleGoal.department_id).where(CycleGoal.cycle_id == cycle_id))
        if title_key(title) == key]
    if len(matches) == 1:
        return matches[0][0]
    if len(matches) > 1:
        raise ValidationError.coded("goal_title_ambiguous", value=given, count=len(matches),
                                    ids=", ".join(str(goal_id) for goal_id, _d in sorted(matches)))
    if given.isdigit() and len(given) < 10:
        goal = session.get(CycleGoal, int(given))
        if goal is not None and goal.cycle_id == cycle_id:
            return goal.id
    raise NotFound.coded("goal_unknown_named", value=given)


def copy_goal_tree(session: Session, source_cycle_id: int, cycle_id: int) -> dict[int, int]:
    """Copy a cycle's goals, with their parents and order, into another cycle; returns
    old goal id -> new goal id (for the copied targets' links). No permission check:
    the caller (creating a cycle) is HR's."""
    goals = list(session.scalars(select(CycleGoal).where(CycleGoal.cycle_id == source_cycle_id)
                                 .order_by(CycleGoal.id)))
    copies = {g.id: CycleGoal(cycle_id=cycle_id, department_id=g.department_id, title=g.title,
                              description=g.description, measure=g.measure, target_value=g.target_value,
                              unit=g.unit, sort_order=g.sort_order) for g in goals}
    for goal in goals:
        if goal.parent_id in copies:
            copies[goal.id].parent = copies[goal.parent_id]
    session.add_all(copies.values())
    session.flush()
    return {old: new.id for old, new in copies.items()}


@dataclass(frozen=True)
class GoalFormChoices:
    """What the goal form offers the acting user: the departments whose goals they keep
    (id, path) and whether they may add company goals."""

    departments: tuple[tuple[int, str], ...]
    may_add_company: bool

    @property
    def may_add(self) -> bool:
        return self.may_add_company or bool(self.departments)


def goal_form_choices(session: Session) -> GoalFormChoices:
    managed = managed_departments(session)
    paths = department_paths(session)
    listed = sorted(((d, "/".join(p)) for d, p in paths.items() if managed is None or d in managed),
                    key=lambda item: item[1])
    return GoalFormChoices(tuple(listed), managed is None)

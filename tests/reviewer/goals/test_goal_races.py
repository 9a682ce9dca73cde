"""Two people changing the same goal tree at once, on SQLite and PostgreSQL: one wins,
the other gets a coded message, and nothing is half-written (no duplicate title, no
target serving a goal that is gone)."""
from __future__ import annotations

import threading

from sqlalchemy import func, select

from db.models import CycleGoal, Target
from reviewer.errors import ReviewerError
from reviewer.goals import links
from reviewer.goals.links import link_target
from reviewer.goals.tree import GoalInput, add_goal, remove_goal


def _after_a_pause(barrier: threading.Barrier) -> None:
    """Wait for the other writer to reach the same point; a writer held by a lock never
    does, and then this one goes on alone after the pause."""
    try:
        barrier.wait(3)
    except threading.BrokenBarrierError:
        pass


def test_two_people_adding_the_same_goal_one_is_told_the_title_is_taken(database, company, hr, tree):
    checked, outcomes = threading.Barrier(2), []

    def add(title: str) -> None:
        with hr.unit() as session:
            try:
                add_goal(session, company.cycle_id, GoalInput(title, tree["top"], company.departments["sales"]))
                _after_a_pause(checked)  # both have checked the titles before either commits
                outcomes.append("added")
            except ReviewerError as refused:
                session.rollback()
                outcomes.append(refused.code)

    writers = [threading.Thread(target=add, args=(title,)) for title in ("新市场", "新市场 ")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
    assert sorted(outcomes) == ["added", "goal_title_taken"]
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(CycleGoal).where(CycleGoal.title == "新市场")) == 1


def test_a_target_linked_while_its_goal_is_removed_ends_serving_no_goal(database, company, hr, tree, monkeypatch):
    """The link has read the goal when the removal runs: the removal waits for the link
    (or the link finds the goal gone); never a link to a goal that no longer exists."""
    outcomes: list[str] = []

    def remove() -> None:
        with hr.unit() as session:
            try:
                remove_goal(session, tree["sales"], unlink=True)
                outcomes.append("removed")
            except ReviewerError as refused:
                session.rollback()
                outcomes.append(refused.code)

    remover = threading.Thread(target=remove)
    checking = links.goal_takes

    def goal_takes_then_removal(*args, **kwargs):
        if not remover.is_alive() and not outcomes:
            remover.start()
            remover.join(3)  # held by the link's lock once fixed; done meanwhile before
        return checking(*args, **kwargs)

    monkeypatch.setattr(links, "goal_takes", goal_takes_then_removal)
    try:
        with hr.unit() as session:
            link_target(session, company.targets[("Cai", 0)], tree["sales"])
        outcomes.append("linked")
    except ReviewerError as refused:
        outcomes.append(refused.code)
    remover.join(60)
    assert sorted(outcomes) == ["linked", "removed"]
    with database.session() as session:
        assert session.get(CycleGoal, tree["sales"]) is None
        assert session.scalar(select(Target.goal_id).where(Target.id == company.targets[("Cai", 0)])) is None


def test_two_people_removing_the_same_goal_the_second_is_told_it_is_gone(database, company, hr, tree):
    removed, outcomes = threading.Barrier(2), []

    def remove() -> None:
        with hr.unit() as session:
            try:
                remove_goal(session, tree["service"], unlink=True)
                _after_a_pause(removed)
                outcomes.append("removed")
            except ReviewerError as refused:
                session.rollback()
                outcomes.append(refused.code)

    writers = [threading.Thread(target=remove) for _ in range(2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(60)
    assert sorted(outcomes) == ["goal_unknown_id", "removed"]
    with database.session() as session:
        assert session.get(CycleGoal, tree["service"]) is None


def test_a_targets_import_naming_a_goal_while_it_is_removed_links_no_removed_goal(database, company, hr, tree,
                                                                                 monkeypatch):
    from reviewer.io.tables import Table
    from reviewer.kpi import targets_import
    from reviewer.kpi.targets_import import guess_mapping, import_targets

    outcomes: list[str] = []

    def remove() -> None:
        with hr.unit() as session:
            remove_goal(session, tree["service"], unlink=True)
        outcomes.append("removed")

    remover = threading.Thread(target=remove)
    finding = targets_import._CycleGoals.find

    def find_then_removal(self, *args, **kwargs):
        found = finding(self, *args, **kwargs)
        if not remover.is_alive() and not outcomes:
            remover.start()
            remover.join(3)  # held by the import's lock once fixed; done meanwhile before
        return found

    monkeypatch.setattr(targets_import._CycleGoals, "find", find_then_removal)
    headers = ["工号", "指标", "目标值", "权重", "所属目标"]
    with hr.unit() as session:
        result = import_targets(session, Table(headers, [["E6", "K0", 100, 100, "客户满意"]]), guess_mapping(headers),
                                cycle="2027 H1")
    assert result.imported and result.problems == []
    remover.join(60)
    assert outcomes == ["removed"]
    with database.session() as session:
        assert session.get(CycleGoal, tree["service"]) is None
        assert session.scalar(select(Target.goal_id).where(Target.id == company.targets[("Lou", 0)])) is None

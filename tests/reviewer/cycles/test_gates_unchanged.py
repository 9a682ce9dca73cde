"""The gates and the dashboard give exactly what they gave before their queries were
made faster: every blocker of every gate, and the dashboard's progress per stage, per
department and per manager, over a generated cycle of 2,400 people full of edge cases
(see gate_company), as HR and as a manager who sees only their line.

The expected values are digests of what the implementation before the speed-up
(commit df5d04c) returned, the same on SQLite and PostgreSQL. After a deliberate change
of a rule, print the new ones with

    python -m tests.reviewer.cycles.test_gates_unchanged
"""
from __future__ import annotations

import hashlib
import json

from sqlalchemy import select

from db.models import Cycle, CycleStage, Employee, UserRole
from reviewer.access import Actor, bind
from reviewer.cycles.blockers import GATES, gate_blockers
from reviewer.cycles.dashboard import cycle_dashboard

from .gate_company import build_gate_company

EXPECTED = {
    'hr at manager review': {'dashboard blockers': (607, 'a70ab4663ab64c54'),
                             'dashboard matrix': (295, 'f71c5510fb9b196b'),
                             'dashboard progress': (295, 'c08f61cd6584bd53'),
                             'gate calibration': (242, '71ce61abf28b9d47'),
                             'gate draft': (31, '93421ac491f28a1b'),
                             'gate goal_setting': (196, 'a42594b5d3d88a12'),
                             'gate manager_review': (607, 'a70ab4663ab64c54'),
                             'gate self_review_360': (4259, '16e1f4507db09b91'),
                             'gate sign_off': (664, '402a478bd55d6b7f')},
    'hr at sign-off': {'dashboard blockers': (664, '402a478bd55d6b7f'),
                       'dashboard matrix': (295, 'b76f6b9d2ba80d12'),
                       'dashboard progress': (295, 'e7d832baabb32df6'),
                       'gate calibration': (242, '71ce61abf28b9d47'),
                       'gate draft': (31, '93421ac491f28a1b'),
                       'gate goal_setting': (196, 'a42594b5d3d88a12'),
                       'gate manager_review': (607, 'a70ab4663ab64c54'),
                       'gate self_review_360': (4259, '16e1f4507db09b91'),
                       'gate sign_off': (664, '402a478bd55d6b7f')},
    'manager at self-review': {'dashboard blockers': (480, 'd18017ae0f6b7af3'),
                               'dashboard matrix': (60, 'b7d8d55777b87bc3'),
                               'dashboard progress': (60, 'e79af541c454e8ea'),
                               'gate calibration': (30, '154ddbc44ae921b5'),
                               'gate draft': (0, 'e3b0c44298fc1c14'),
                               'gate goal_setting': (18, '95df8d76fbdbae51'),
                               'gate manager_review': (50, 'b483178a1aadd970'),
                               'gate self_review_360': (480, 'd18017ae0f6b7af3'),
                               'gate sign_off': (76, '7b72f6d25d8a8c1f')},
}


def _blocker_lines(blockers) -> list[str]:
    # Sorted: the order of one person's blockers is the database's (it differs between backends).
    return sorted(json.dumps([b.employee_no, b.code, b.message_code, {k: str(v) for k, v in b.params.items()},
                              b.place, b.leaver], ensure_ascii=False) for b in blockers)


def _group_lines(groups) -> list[str]:
    return [json.dumps([g.name, g.total, g.done]) for g in groups]


def snapshot(session, cycle_id: int) -> dict[str, list[str]]:
    """Every gate's blockers and the dashboard, as lines of text."""
    cycle = session.get(Cycle, cycle_id)
    sections = {f"gate {stage.value}": _blocker_lines(gate_blockers(session, cycle, stage)) for stage in GATES}
    view = cycle_dashboard(session, cycle_id)
    matrix = view.progress_by_stage
    sections["dashboard blockers"] = _blocker_lines(view.blockers)
    sections["dashboard progress"] = [json.dumps([view.progress.done, view.progress.total])] + \
        _group_lines(view.progress.by_department) + _group_lines(view.progress.by_manager)
    sections["dashboard matrix"] = [json.dumps([[s.value for s in matrix.stages], matrix.reached,
                                                matrix.everyone.total, matrix.everyone.done])] + \
        [json.dumps([g.name, g.total, g.done]) for g in (*matrix.by_department, *matrix.by_manager)]
    return sections


def digests(sections: dict[str, list[str]]) -> dict[str, tuple[int, str]]:
    return {name: (len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16])
            for name, lines in sections.items()}


def scenarios(session) -> dict[str, dict[str, tuple[int, str]]]:
    cycle_id = build_gate_company(session)
    cycle = session.get(Cycle, cycle_id)
    found = {"hr at manager review": digests(snapshot(session, cycle_id))}
    cycle.stage = CycleStage.SIGN_OFF
    session.flush()
    found["hr at sign-off"] = digests(snapshot(session, cycle_id))
    cycle.stage = CycleStage.SELF_REVIEW_360
    session.flush()
    # A manager high in the tree: the gates see only their line.
    manager = session.scalar(select(Employee.id).where(Employee.employee_no == "G00004"))
    bind(session, Actor(None, "manager", "Manager", UserRole.MANAGER, manager))
    found["manager at self-review"] = digests(snapshot(session, cycle_id))
    return found


def test_the_gates_and_the_dashboard_give_what_they_gave_before(database):
    with database.session() as session:
        found = scenarios(session)
    assert found == EXPECTED


if __name__ == "__main__":  # print the expected values of the code as it stands
    import pprint
    import tempfile
    from pathlib import Path

    from db.location import resolve_database_url
    from db.migrate import open_database

    database, _ = open_database(resolve_database_url(str(Path(tempfile.mkdtemp()) / "gates.sqlite3")))
    with database.session() as session:
        pprint.pprint(scenarios(session), width=120)

"""Who is acting, measured (issue 14): the audit trail's cost on a 20,000-row roster
import, against the same import writing no audit in the same run; and the people list,
its filter and the cold start for HR and for a manager of about 2,000 people."""
from __future__ import annotations

import shutil
import statistics
import time
from contextlib import contextmanager
from pathlib import Path


def manager_actor(employee_id: int):
    """A manager profile for ``employee_id``, as a signed-in manager acts."""
    from reviewer.access import Actor
    from reviewer.vocabulary import UserRole

    return Actor(None, "bench.manager", "Bench manager", UserRole.MANAGER, employee_id)


def act_as_manager(employee_id: int) -> None:
    """Make the window of this process open as that manager, as if they had signed in
    (the benchmark database has no profiles, so the window would not ask)."""
    import reviewer.workstation as workstation

    actor = manager_actor(employee_id)
    workstation.identify = lambda database, *_args, **_kwargs: workstation.Workstation(database, actor)


def manager_of_about(path: Path, size: int) -> tuple[int, int]:
    """(employee id, line size) of the manager whose reporting line is nearest ``size``."""
    from collections import defaultdict

    from sqlalchemy import select

    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import Employee

    database, _ = open_database(resolve_database_url(str(path)))
    with database.session() as session:
        managers = dict(session.execute(select(Employee.id, Employee.manager_id)).all())
    database.dispose()
    children = defaultdict(list)
    for person, manager in managers.items():
        children[manager].append(person)
    sizes = {}

    def count(person: int) -> int:  # iterative post-order: trees are deep
        order, pending = [], [person]
        while pending:
            current = pending.pop()
            order.append(current)
            pending.extend(children.get(current, []))
        for current in reversed(order):
            sizes[current] = sum(1 + sizes[c] for c in children.get(current, []))
        return sizes[person]

    for root in children.get(None, []):
        count(root)
    best = min((p for p in sizes if sizes[p]), key=lambda p: abs(sizes[p] - size))
    return best, sizes[best]


@contextmanager
def audit_off():
    """The same program with the audit trail switched off: the capture's listeners
    removed and the bulk entries skipped. For the comparison only."""
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from reviewer.audit import capture
    from reviewer.roster import apply

    listeners = [("before_flush", capture._take_explicit_entries), ("after_flush", capture._write_entries),
                 ("before_commit", capture._write_pending_entries), ("after_rollback", capture._forget_entries)]
    for name, listener in listeners:
        event.remove(Session, name, listener)
    recorded = apply.record_rows
    apply.record_rows = lambda *args, **kwargs: 0
    try:
        yield
    finally:
        apply.record_rows = recorded
        for name, listener in listeners:
            event.listen(Session, name, listener)


def roster_import_with_and_without_audit(folder: Path, roster: Path, template: Path, runs: int = 3
                                         ) -> tuple[float, float, int, int]:
    """Median seconds of the fully checked import with the audit trail, and without,
    interleaved on fresh copies of one migrated database; people created and entries written."""
    from sqlalchemy import func, select

    from benchmarks.roster_import import import_with_validation
    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import AuditEvent

    with_audit, without = [], []
    created = entries = 0
    for run in range(runs):
        for audited in (True, False):
            path = folder / f"audit-{run}-{int(audited)}.sqlite3"
            shutil.copy(template, path)
            if audited:
                seconds, created = import_with_validation(path, roster)
                with_audit.append(seconds)
                database, _ = open_database(resolve_database_url(str(path)))
                with database.session() as session:
                    entries = session.scalar(select(func.count()).select_from(AuditEvent))
                database.dispose()
            else:
                with audit_off():
                    without.append(import_with_validation(path, roster)[0])
    return statistics.median(with_audit), statistics.median(without), created, entries


def people_list_seconds(path: Path, employee_id: int | None, repeats: int = 5) -> tuple[float, int]:
    """Median time of the people list as the People page asks for it; None for HR."""
    from db.location import resolve_database_url
    from db.migrate import open_database
    from db.models import UserRole
    from reviewer.access import LOCAL_OWNER, Actor
    from reviewer.people.directory import list_people
    from reviewer.workstation import Workstation

    database, _ = open_database(resolve_database_url(str(path)))
    actor = LOCAL_OWNER if employee_id is None else Actor(None, "m", "M", UserRole.MANAGER, employee_id)
    workstation = Workstation(database, actor)
    times, rows = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        rows = len(workstation.call(list_people))
        times.append(time.perf_counter() - start)
    database.dispose()
    return statistics.median(times), rows
